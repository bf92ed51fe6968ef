package kr.nanumteo.rules;

import java.nio.file.Path;
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
                p.parameters().with(Map.of(key, value)), p.interpretations(), p.rules(), p.origin(), p.kieBase());
    }

    public static synchronized PackSet all() {
        if (set == null) {
            set = PackSet.load(PackFiles.allInDirectory(DIR));
        }
        return set;
    }
}
