package kr.nanumteo.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackSet;

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

    public static synchronized PackSet all() {
        if (set == null) {
            set = PackSet.load(PackFiles.allInDirectory(DIR));
        }
        return set;
    }
}
