package kr.nanumteo.rules.bench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import kr.nanumteo.rules.audit.BatchComparison;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.eligibility.DualIncomeResponse;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/**
 * Many cases at once, as comparisons and replays run them; the score is cases per second
 * ({@code ops/s} with one op = one case).
 *
 * <ul>
 * <li>{@code comparison*}: {@code BatchComparison.run} — each JSON line read, checked, decided by the 2023
 * and the 2024 pack and the answers diffed, in parallel on all cores (one case = two decisions);
 * <li>{@code onePack*}: each case decided by the pack in force on its date, one thread or all cores;
 * <li>{@code handWritten*}, {@code dmn*}: the same loop over the peers.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class BatchBenchmark {

    static final int CASES = 4096;
    private static final Stamp STAMP = new Stamp(new UUID(0, 2), Instant.EPOCH);

    private List<String> lines;
    private DualIncomeRequest[] requests;
    private RulePack[] packFor;
    private RulePack y2023;
    private RulePack y2024;

    @Setup(Level.Trial)
    public void setUp() {
        PackSet packs = BenchPacks.load();
        List<DualIncomeRequest> cases = Cases.dualIncome(CASES, 11);
        lines = Cases.jsonLines(cases);
        requests = cases.toArray(DualIncomeRequest[]::new);
        packFor = cases.stream().map(r -> packs.select(r.asOf(), null)).toArray(RulePack[]::new);
        y2023 = packs.byId("nanumteo-2023").orElseThrow();
        y2024 = packs.byId("nanumteo-2024").orElseThrow();
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public BatchComparison.Report comparison2023vs2024() {
        return BatchComparison.run(DualIncomeEligibility.KIND, lines, y2023, y2024);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void onePackOneThread(Blackhole bh) {
        for (int i = 0; i < CASES; i++) {
            bh.consume(DualIncomeEligibility.KIND.decide(packFor[i], requests[i], STAMP));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public List<DualIncomeResponse> onePackAllCores() {
        // toList, not count(): a sized stream's count() would skip the map, and so every decision
        return IntStream.range(0, CASES).parallel()
                .mapToObj(i -> DualIncomeEligibility.KIND.decide(packFor[i], requests[i], STAMP)).toList();
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void handWrittenOneThread(Blackhole bh) {
        for (int i = 0; i < CASES; i++) {
            bh.consume(HandWrittenDualIncome.decide(packFor[i], requests[i], STAMP));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void dmnOneThread(Blackhole bh) {
        for (int i = 0; i < CASES; i++) {
            bh.consume(DmnDualIncome.AS_SHIPPED.outcomes(packFor[i], requests[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void dmnParsedOnceOneThread(Blackhole bh) {
        for (int i = 0; i < CASES; i++) {
            bh.consume(DmnDualIncome.PARSED_ONCE.outcomes(packFor[i], requests[i]));
        }
    }
}
