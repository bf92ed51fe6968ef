package kr.nanumteo.rules.packs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The packs the running service decides with. Loaded once at start-up from the bundled rule packs,
 * or from {@code nanumteo.rule-packs.dir} when set; a pack that does not compile, or periods that
 * overlap, stop the start with every problem named.
 */
@Component
public class PackRegistry {

    public static final String BUNDLED_ROOT = "rule-packs";
    private static final Logger log = LoggerFactory.getLogger(PackRegistry.class);

    private volatile PackSet current;

    public PackRegistry(@Value("${nanumteo.rule-packs.dir:}") String dir) {
        long start = System.nanoTime();
        // Usually compiled already, while the rest of the service started (EarlyPackLoad).
        this.current = EarlyPackLoad.take(dir);
        current.packs().forEach(p -> log.info("rule pack {} {} in force {} sha256={} ({} rules) from {}",
                p.pack().id(), p.pack().version(), p.period(), p.pack().sha256(), p.pack().rules().size(), p.pack().origin()));
        log.info("{} rule packs compiled (waited {} ms for them)", current.packs().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The set in service now. Callers take it once per request, so a request finishes on the packs it started with. */
    public PackSet current() {
        return current;
    }
}
