package kr.nanumteo.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.eligibility.DualIncomeResponse;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * A benchmark of a peer that decides differently proves nothing: the hand-written baseline and the DMN
 * peer must decide the generated benchmark cases exactly as the rule packs do. Runs in `verify` (a few
 * seconds); the benchmarks themselves do not.
 */
class PeersAgreeTest {

    private static final Stamp STAMP = new Stamp(new UUID(0, 7), Instant.EPOCH);
    private static PackSet packs;
    private static List<DualIncomeRequest> cases;

    @BeforeAll
    static void load() {
        packs = BenchPacks.load();
        cases = Cases.dualIncome(400, 7);
    }

    @Test
    void theCasesReachEveryOutcomeAndBothPacks() {
        Map<String, Integer> seen = new TreeMap<>();
        for (DualIncomeRequest r : cases) {
            RulePack pack = packs.select(r.asOf(), null);
            DualIncomeResponse d = DualIncomeEligibility.KIND.decide(pack, r, STAMP);
            seen.merge(pack.id() + " " + d.outcome(), 1, Integer::sum);
            d.guardians().forEach(g -> seen.merge(g.outcome().name(), 1, Integer::sum));
            d.guardians().forEach(g -> g.reasons().forEach(x -> seen.merge(x.ruleId(), 1, Integer::sum)));
        }
        assertThat(seen).containsKeys("nanumteo-2023 ELIGIBLE", "nanumteo-2023 NEEDS_DOCUMENTS", "nanumteo-2023 NOT_ELIGIBLE",
                "nanumteo-2024 ELIGIBLE", "nanumteo-2024 NEEDS_DOCUMENTS", "nanumteo-2024 NOT_ELIGIBLE",
                "QUALIFIES", "QUALIFIES_PENDING_DOCUMENTS", "DOES_NOT_QUALIFY");
        // every guardian rule of the pack fires on some case
        for (String id : List.of("DI-01", "DI-02", "DI-03", "DI-04", "DI-05", "DI-06", "DI-07", "DI-08", "DI-09", "DI-10", "DI-11",
                "DI-12", "DI-13", "DI-20", "DI-21", "DI-22", "DI-23", "DI-24", "DI-25", "DI-26", "DI-27", "DI-28", "DI-29", "DI-40",
                "DI-41", "DI-50", "DI-51", "DI-52")) {
            assertThat(seen).as(id).containsKey(id);
        }
    }

    @Test
    void theHandWrittenDecisionGivesThePacksAnswers() {
        for (DualIncomeRequest r : cases) {
            RulePack pack = packs.select(r.asOf(), null);
            DualIncomeResponse engine = DualIncomeEligibility.KIND.decide(pack, r, STAMP);
            DualIncomeResponse hand = HandWrittenDualIncome.decide(pack, r, STAMP);
            assertThat(normalized(hand)).as("%s", r).isEqualTo(normalized(engine));
        }
    }

    @Test
    void theDmnPeerGivesThePacksOutcomes() {
        for (DualIncomeRequest r : cases) {
            RulePack pack = packs.select(r.asOf(), null);
            DualIncomeResponse engine = DualIncomeEligibility.KIND.decide(pack, r, STAMP);
            DmnDualIncome.Outcomes expected = new DmnDualIncome.Outcomes(engine.outcome().name(),
                    engine.guardians().stream().map(g -> g.outcome().name()).toList());
            assertThat(DmnDualIncome.AS_SHIPPED.outcomes(pack, r)).as("%s", r).isEqualTo(expected);
            assertThat(DmnDualIncome.PARSED_ONCE.outcomes(pack, r)).as("parsed once: %s", r).isEqualTo(expected);
        }
    }

    @Test
    void aPackWithoutItsSessionPoolDecidesAlike() {
        for (DualIncomeRequest r : cases.subList(0, 50)) {
            RulePack pack = packs.select(r.asOf(), null);
            assertThat(DualIncomeEligibility.KIND.decide(BenchPacks.withoutPool(pack), r, STAMP))
                    .isEqualTo(DualIncomeEligibility.KIND.decide(pack, r, STAMP));
        }
    }

    /** The answer with its reasons sorted and missing documents as sets: the engine's agenda orders them, not the rules. */
    private static Object normalized(DualIncomeResponse d) {
        Comparator<Reason> byRule = Comparator.comparing(Reason::ruleId).thenComparing(Reason::message);
        List<Object> guardians = new ArrayList<>();
        d.guardians().forEach(g -> guardians.add(List.of(g.index(), g.outcome(), new HashSet<>(g.missingDocuments()),
                g.reasons().stream().sorted(byRule).toList())));
        return List.of(d.decisionId(), d.outcome(), d.rulePack(), guardians, d.reasons().stream().sorted(byRule).toList(), d.evaluatedAt());
    }
}
