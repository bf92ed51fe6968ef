package kr.nanumteo.rules.packs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * The bundled packs' DRL, compiled by the build and shipped inside the service.
 *
 * <p>Compiling both packs costs a fresh JVM about 4–5 s of CPU (PackCompileBenchmark), which on two cores
 * is most of the service's start-up. The build ({@code process-classes}, see rules-service/pom.xml) runs
 * {@link #main} over the bundled packs: each is loaded and checked exactly as at run time, and its
 * compiled DRL packages are written to {@code compiled-packs/<sha256>.bin} in the service's classes.
 * {@link PackLoader} reads such a file only for a pack whose files hash to that sha256 — the same bytes
 * the build compiled — and compiles anything else (a pack published at run time, a changed folder) from
 * its DRL as before. The file is as trusted as the service's own classes: it comes from the same build
 * and sits in the same jar. A file that cannot be read is ignored and the pack compiled instead.
 */
public final class PrecompiledPacks {

    static final String ROOT = "compiled-packs/";

    private PrecompiledPacks() {
    }

    /** The compiled DRL packages the build made for the pack with this sha256, if it made any. */
    static Optional<List<KiePackage>> find(String sha256, ClassLoader classes) {
        try (InputStream in = PrecompiledPacks.class.getClassLoader().getResourceAsStream(ROOT + sha256 + ".bin")) {
            if (in == null) {
                return Optional.empty();
            }
            try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new BufferedInputStream(in), classes)) {
                List<KiePackage> packages = new ArrayList<>();
                for (Object o : (List<?>) objects.readObject()) {
                    packages.add((KiePackage) o);
                }
                return Optional.of(packages);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(PrecompiledPacks.class)
                    .warn("compiled pack {} unreadable, compiling its DRL instead: {}", sha256, e.toString());
            return Optional.empty();
        }
    }

    /** Writes the compiled DRL packages of every bundled pack to {@code args[0]}; fails on a pack that does not load. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (PackFiles files : PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT)) {
            PackLoader.Loaded loaded = PackLoader.load(files, false);
            Path file = out.resolve(files.sha256() + ".bin");
            try (OutputStream o = Files.newOutputStream(file); ObjectOutputStream objects = new DroolsObjectOutputStream(o)) {
                objects.writeObject(new ArrayList<>(loaded.packages()));
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
            System.out.println("compiled " + files.origin() + " -> " + file + " (" + Files.size(file) + " bytes)");
        }
    }
}
