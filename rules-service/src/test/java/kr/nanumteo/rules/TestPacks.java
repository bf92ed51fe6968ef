package kr.nanumteo.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.time.LocalDate;
import java.util.Map;

import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/** The real packs of this repository, read from ../rule-packs, compiled once per test JVM. */
public final class TestPacks {

    public static final Path DIR = Path.of("..", "rule-packs");

    private static PackSet set;

    private TestPacks() {
    }

    /** A copy of one of the repository's pack folders (e.g. "2024") under {@code into}, to change or break. */
    public static Path copy(String folder, Path into) throws IOException {
        Path dir = into.resolve(folder);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(DIR.resolve(folder))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /** The pack in force on {@code day}. */
    public static RulePack inForceOn(LocalDate day) {
        return all().select(day, null);
    }

    /**
     * The same pack with one parameter changed: how a test reads the guideline the other way an
     * interpretation allows (the pack on disk is not touched).
     */
    public static RulePack withParameter(RulePack p, String key, Object value) {
        return new RulePack(p.id(), p.version(), p.effectiveFrom(), p.effectiveTo(), p.sha256(), p.guideline(), p.previous(),
                p.parameters().with(Map.of(key, value)), p.interpretations(), p.rules(), p.files(), p.modules());
    }

    public static synchronized PackSet all() {
        if (set == null) {
            set = PackSet.load(PackFiles.allInDirectory(DIR));
        }
        return set;
    }
}
