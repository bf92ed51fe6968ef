package kr.nanumteo.rules.decisions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The identity and time given to a decision before it is evaluated, so the answer can carry them and be recorded as sent. */
public record Stamp(UUID decisionId, Instant evaluatedAt) {

    public static Stamp now() {
        return new Stamp(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
