package kr.nanumteo.rules.packs;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The packs the running service decides with. Loaded at start-up from the bundled rule packs, or from
 * {@code nanumteo.rule-packs.dir} when set; a pack that does not compile, or periods that overlap, stop
 * the start with every problem named. Later sets are put into service whole ({@link #activate}) by
 * publishing; every pack served stays findable by id and version for replays.
 */
@Component
public class PackRegistry {

    public static final String BUNDLED_ROOT = "rule-packs";
    private static final Logger log = LoggerFactory.getLogger(PackRegistry.class);

    private final Path directory;
    private volatile PackSet current;
    /** Every pack this process has served, by id and version: replays need packs that are no longer in force. */
    private final Map<String, RulePack> served = new ConcurrentHashMap<>();
    /** Where a pack this process has not served is looked for (the packs stored in the database), if anywhere. */
    private volatile BiFunction<String, String, Optional<RulePack>> library = (id, version) -> Optional.empty();

    public PackRegistry(@Value("${nanumteo.rule-packs.dir:}") String dir) {
        this.directory = dir.isBlank() ? null : Path.of(dir);
        long start = System.nanoTime();
        // Usually compiled already, while the rest of the service started (EarlyPackLoad).
        this.current = EarlyPackLoad.take(dir);
        current.packs().forEach(p -> served.put(key(p.pack().id(), p.pack().version()), p.pack()));
        current.packs().forEach(p -> log.info("rule pack {} {} in force {} sha256={} ({} rules) from {}",
                p.pack().id(), p.pack().version(), p.period(), p.pack().sha256(), p.pack().rules().size(), p.pack().origin()));
        log.info("{} rule packs compiled (waited {} ms for them)", current.packs().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The set in service now. Callers take it once per request, so a request finishes on the packs it started with. */
    public PackSet current() {
        return current;
    }

    /** Where the packs were read from: a folder, or null for the packs bundled in the jar. */
    public Path directory() {
        return directory;
    }

    /** Puts {@code next} into service in one step; requests already running finish on the set they took. */
    public synchronized void activate(PackSet next) {
        next.packs().forEach(p -> served.put(key(p.pack().id(), p.pack().version()), p.pack()));
        this.current = next;
        next.packs().forEach(p -> log.info("rule pack {} {} in force {} sha256={} (activated)", p.pack().id(), p.pack().version(),
                p.period(), p.pack().sha256()));
    }

    /** Keeps {@code pack} findable by id and version (for replays) without putting it into service. */
    public void remember(RulePack pack) {
        served.putIfAbsent(key(pack.id(), pack.version()), pack);
    }

    /**
     * A pack under this id and version, in force or not: one this process has served, or else one the library
     * holds (a pack published before the last restart, or on another instance), remembered once found.
     */
    public Optional<RulePack> find(String id, String version) {
        RulePack known = served.get(key(id, version));
        if (known != null) {
            return Optional.of(known);
        }
        Optional<RulePack> stored = library.apply(id, version);
        stored.ifPresent(this::remember);
        return stored;
    }

    /** Sets where {@link #find} looks for packs this process has not served. */
    public void setLibrary(BiFunction<String, String, Optional<RulePack>> library) {
        this.library = library;
    }

    /** Every pack this process has served. */
    public Collection<RulePack> served() {
        return served.values();
    }

    private static String key(String id, String version) {
        return id + "\u0000" + version;
    }
}
