package kr.nanumteo.rules;

import java.nio.file.Path;

import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackSet;

/** The real packs of this repository, read from ../rule-packs, compiled once per test JVM. */
public final class TestPacks {

    public static final Path DIR = Path.of("..", "rule-packs");

    private static PackSet set;

    private TestPacks() {
    }

    public static synchronized PackSet all() {
        if (set == null) {
            set = PackSet.load(PackFiles.allInDirectory(DIR));
        }
        return set;
    }
}
