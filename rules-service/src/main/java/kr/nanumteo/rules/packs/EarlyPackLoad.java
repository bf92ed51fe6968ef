package kr.nanumteo.rules.packs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts loading the rule packs as soon as the service knows where they are — before Spring builds
 * the context, connects to PostgreSQL, runs Flyway and starts Tomcat — so that both happen at once on
 * the machine's cores instead of one after the other. The bundled packs load precompiled (about 1.3 s in a
 * fresh JVM, see PrecompiledPacks); a folder of other packs compiles its DRL here (about 5 s for two).
 * {@link PackRegistry} then takes the compiled set, or the refusal, exactly as if it had compiled the
 * packs itself. Registered in META-INF/spring.factories.
 */
public final class EarlyPackLoad implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String DIR_PROPERTY = "nanumteo.rule-packs.dir";

    /** By folder ("" for the bundled packs); each taken once, by the registry of the context that started it. */
    private static final Map<String, CompletableFuture<PackSet>> STARTED = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String dir = event.getEnvironment().getProperty(DIR_PROPERTY, "");
        CompletableFuture<PackSet> load = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                load.complete(PackSet.load(folders(dir)));
            } catch (RuntimeException | Error e) {
                load.completeExceptionally(e);
            }
        }, "rule-pack-compiler");
        t.setDaemon(true);
        STARTED.put(dir, load);
        t.start();
    }

    /** The packs of {@code dir}, compiled early if this start began that, else now. */
    static PackSet take(String dir) {
        CompletableFuture<PackSet> started = STARTED.remove(dir);
        if (started == null) {
            return PackSet.load(folders(dir));
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    static List<PackFiles> folders(String dir) {
        return dir.isBlank() ? PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT) : PackFiles.allInDirectory(Path.of(dir));
    }
}
