package kr.nanumteo.rules.bench;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;

import kr.nanumteo.rules.decisions.Stamp;

/**
 * A decision's id and time ({@link Stamp#now()}), made by as many threads at once as the service has request
 * threads (16), so that a lock all of them share shows as a queue: the score is ids per second, all threads
 * together.
 *
 * <ul>
 * <li>{@code stamp}: the service's path now — java-uuid-generator's time-based epoch generator, one per thread;
 * <li>{@code handWrittenBefore}: the hand-written version 7 it replaced (one DRBG per thread, bits set by hand);
 * <li>{@code sharedGenerator}: one java-uuid-generator generator for the whole JVM, as its examples use it —
 * the JVM-wide lock (its SecureRandom's) that {@code stamp} keeps off the request path;
 * <li>{@code randomUuid}: {@code UUID.randomUUID()}, version 4 from the JVM's one SecureRandom.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(16)
@Fork(1)
public class DecisionIdBenchmark {

    private static final TimeBasedEpochRandomGenerator SHARED = Generators.timeBasedEpochRandomGenerator(drbg());

    private static final ThreadLocal<SecureRandom> BEFORE = ThreadLocal.withInitial(DecisionIdBenchmark::drbg);

    @Benchmark
    public Stamp stamp() {
        return Stamp.now();
    }

    @Benchmark
    public UUID handWrittenBefore() {
        return handWrittenVersion7(Instant.now().toEpochMilli());
    }

    @Benchmark
    public UUID sharedGenerator() {
        return SHARED.construct(Instant.now().toEpochMilli());
    }

    @Benchmark
    public UUID randomUuid() {
        return UUID.randomUUID();
    }

    /** Stamp.version7 as it was at 8f31466, for the comparison. */
    private static UUID handWrittenVersion7(long millis) {
        byte[] r = new byte[10];
        BEFORE.get().nextBytes(r);
        long randA = ((r[0] & 0xFFL) << 4) | ((r[1] & 0xF0L) >>> 4);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = (randB << 8) | (r[i] & 0xFFL);
        }
        long lsb = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
