package kr.nanumteo.rules.decisions;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;

/** The identity and time given to a decision before it is evaluated, so the answer can carry them and be recorded as sent. */
public record Stamp(UUID decisionId, Instant evaluatedAt) {

    /**
     * A UUID version 7 generator (java-uuid-generator's time-based epoch generator, random in every id) per
     * thread, each over its own DRBG. One shared generator, like {@code UUID.randomUUID()}'s one JVM-wide
     * SecureRandom, is one lock every request queues on: under load that queue was most of the service's
     * lost throughput (JFR: 462 waits of 20 ms or more in 15 s at 1,500 requests/s). A thread's own generator
     * is never contended (docs/benchmarks.md, "Decision ids").
     */
    private static final ThreadLocal<TimeBasedEpochRandomGenerator> GENERATOR = ThreadLocal.withInitial(() -> {
        try {
            return Generators.timeBasedEpochRandomGenerator(SecureRandom.getInstance("DRBG"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no DRBG SecureRandom in this JDK", e);
        }
    });

    public static Stamp now() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new Stamp(version7(at), at);
    }

    /**
     * A UUID version 7 (RFC 9562): the decision's millisecond first, then 74 random bits. Ids that grow
     * with time are appended to the decision log's primary-key index instead of scattered through it, and
     * sort in the order the decisions were made.
     */
    static UUID version7(Instant at) {
        return GENERATOR.get().construct(at.toEpochMilli());
    }
}
