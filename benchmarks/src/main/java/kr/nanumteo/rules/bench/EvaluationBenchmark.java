package kr.nanumteo.rules.bench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/**
 * One decision in process, single-threaded: the rule pack with its session pool (what the service
 * does) and with a new KieSession per request, beside the same dual-income decision written by hand
 * and as a Camunda DMN decision table — all in one run, so the engine's cost reads as a ratio.
 *
 * <p>{@code kind}: every entry of {@link DecisionKinds#ALL} (BenchmarkKindsTest keeps the list whole —
 * a new kind is one more name here). {@code input}: {@code example} is the kind's own example request
 * (what start-up warms with); {@code mix} cycles through 1,024 generated cases of every outcome.
 * The hand-written and DMN peers exist for dual-income only and skip other kinds.
 */
@State(Scope.Thread)
@BenchmarkMode({ Mode.AverageTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
public class EvaluationBenchmark {

    @Param({ "dual-income", "pumasi-subsidy", "centre-budget", "pooled-budget", "centre-standards", "admissions" })
    public String kind;

    @Param({ "example", "mix" })
    public String input;

    private static final Stamp STAMP = new Stamp(new UUID(0, 1), Instant.EPOCH);
    private static final int MIX = 1024;

    private DecisionKind<Object, DecisionResponse> decisionKind;
    private Object[] requests;
    private RulePack[] pooled;
    private RulePack[] fresh;
    private int next;

    @SuppressWarnings("unchecked")
    @Setup(Level.Trial)
    public void setUp() {
        decisionKind = (DecisionKind<Object, DecisionResponse>) DecisionKinds.byName(kind).orElseThrow();
        PackSet packs = BenchPacks.load();
        List<?> cases = input.equals("example") ? List.of(decisionKind.example())
                : kind.equals("dual-income") ? Cases.dualIncome(MIX, 42) : List.of(decisionKind.example());
        requests = cases.toArray();
        pooled = new RulePack[requests.length];
        fresh = new RulePack[requests.length];
        for (int i = 0; i < requests.length; i++) {
            pooled[i] = packs.select(decisionKind.asOf(requests[i]), decisionKind.requestedPack(requests[i]));
            fresh[i] = BenchPacks.withoutPool(pooled[i]);
        }
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == requests.length ? 0 : i + 1;
        return i;
    }

    /** What the service does: a session from the pack's pool. */
    @Benchmark
    public DecisionResponse rulesPooledSession() {
        int i = nextIndex();
        return decisionKind.decide(pooled[i], requests[i], STAMP);
    }

    /** A new KieSession for every request. */
    @Benchmark
    public DecisionResponse rulesNewSession() {
        int i = nextIndex();
        return decisionKind.decide(fresh[i], requests[i], STAMP);
    }

    /** The same answer in plain Java: the limit. */
    @Benchmark
    public Object handWritten() {
        int i = nextIndex();
        return requests[i] instanceof DualIncomeRequest r ? HandWrittenDualIncome.decide(pooled[i], r, STAMP) : null;
    }

    /** The same outcomes from DMN decision tables in Camunda's engine, as shipped (FEEL parsed on every evaluation). */
    @Benchmark
    public Object dmnPeer() {
        int i = nextIndex();
        return requests[i] instanceof DualIncomeRequest r ? DmnDualIncome.AS_SHIPPED.outcomes(pooled[i], r) : null;
    }

    /** The same, with each FEEL expression parsed once. */
    @Benchmark
    public Object dmnPeerParsedOnce() {
        int i = nextIndex();
        return requests[i] instanceof DualIncomeRequest r ? DmnDualIncome.PARSED_ONCE.outcomes(pooled[i], r) : null;
    }
}
