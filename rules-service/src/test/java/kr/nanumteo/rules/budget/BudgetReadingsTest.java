package kr.nanumteo.rules.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.ChangedPack;
import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.budget.BudgetPlan.AssetPurchase;
import kr.nanumteo.rules.budget.BudgetPlan.AssistantStaffPlan;
import kr.nanumteo.rules.budget.CentreBudgetRequest.CentreInput;
import kr.nanumteo.rules.budget.PooledBudgetRequest.PoolCentreInput;
import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.centre.Region;
import kr.nanumteo.rules.centre.Sido;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The readings pack.yaml leaves to policy staff (INT-PB-01, INT-CB-02, INT-2023-POOLING): changing the
 * parameter changes the decision, with no Java touched. The packs as published are the scenarios' business.
 */
class BudgetReadingsTest {

    static final Region NOWON = new Region(Sido.SEOUL, "노원구");

    static RulePack pack(String id) {
        return TestPacks.all().byId(id).orElseThrow();
    }

    static List<String> ids(List<Reason> reasons) {
        return reasons.stream().map(Reason::ruleId).toList();
    }

    static PooledBudgetRequest twoCentresInNowon(int year, List<AssetPurchase> assets) {
        return new PooledBudgetRequest("nowon-family-centre", year, null, NOWON, List.of(
                new PoolCentreInput("a", "nowon-family-centre", NOWON, CentreType.GENERAL, true, 2019, true, 6),
                new PoolCentreInput("b", "nowon-family-centre", NOWON, CentreType.GENERAL, true, 2020, true, 5)),
                new BudgetPlan(60_000_000L, new AssistantStaffPlan(20_000_000L, 10), 15_000_000L, 8_000_000L, assets, List.of(), List.of()));
    }

    @Test
    void aPoolsAssetLimitIsOnThePoolUnlessThePackReadsItPerCentre() {
        // Centre a gets 6,000,000 of assets: over its own 10% (5,671,200) but within the pool's (11,342,400).
        PooledBudgetRequest request = twoCentresInNowon(2024, List.of(
                new AssetPurchase("유아 놀이시설", 3_000_000L, 2, 0), new AssetPurchase("책장", 600_000L, 1, null)));

        PooledBudgetResponse onThePool = PooledBudget.KIND.decide(pack("nanumteo-2024"), request, Stamp.now());
        PooledBudgetResponse perCentre = PooledBudget.KIND.decide(
                ChangedPack.with("2024", "budget.pooling.assetCapPerCentre", "true"), request, Stamp.now());

        assertThat(onThePool.outcome()).isEqualTo(PooledBudgetResponse.Outcome.WITHIN_GUIDELINE);
        assertThat(onThePool.assets()).isEqualTo(new AssetLimit(6_600_000, 11_342_400));
        assertThat(perCentre.outcome()).isEqualTo(PooledBudgetResponse.Outcome.NEEDS_CHANGES);
        assertThat(perCentre.assets()).isNull();
        assertThat(ids(perCentre.centres().get(0).reasons())).contains("PB-21");
        assertThat(ids(perCentre.centres().get(1).reasons())).contains("PB-20");
        assertThat(perCentre.findings()).filteredOn(f -> f.subject().equals("plan.assets[1]")).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(PlanFinding.Status.NEEDS_CHANGE);
                    assertThat(ids(f.reasons())).contains("PB-22");
                });
    }

    @Test
    void howFarTheOpeningYearRelaxesTheAssetLimitIsTheParameter() {
        // Opened in the budget year, with 12,000,000 of assets: 21% of the centre's 56,712,000.
        CentreBudgetRequest request = new CentreBudgetRequest(null, 2024, null, new Region(Sido.GYEONGGI, "수원시"),
                new CentreInput(CentreType.GENERAL, true, 2024, 1),
                new BudgetPlan(30_000_000L, new AssistantStaffPlan(10_000_000L, 10), 4_712_000L, 0L,
                        List.of(new AssetPurchase("놀이 교구장", 1_200_000L, 10, null)), List.of(), List.of()));

        CentreBudgetResponse lifted = CentreBudget.KIND.decide(pack("nanumteo-2024"), request, Stamp.now());
        CentreBudgetResponse toTwenty = CentreBudget.KIND.decide(
                ChangedPack.with("2024", "budget.asset.openingYearMaxPercent", "20"), request, Stamp.now());

        assertThat(lifted.outcome()).isEqualTo(CentreBudgetResponse.Outcome.WITHIN_GUIDELINE);
        assertThat(ids(lifted.reasons())).contains("CB-06");
        assertThat(lifted.assets()).isEqualTo(new AssetLimit(12_000_000, 56_712_000));
        assertThat(toTwenty.outcome()).isEqualTo(CentreBudgetResponse.Outcome.NEEDS_CHANGES);
        assertThat(toTwenty.assets()).isEqualTo(new AssetLimit(12_000_000, 11_342_400));
        assertThat(toTwenty.findings().get(1).subject()).isEqualTo("plan.assets");
        assertThat(ids(toTwenty.findings().get(1).reasons())).containsExactly("CB-09");
    }

    @Test
    void poolingIn2023IsThePacksParameterNotACodePath() {
        PooledBudgetRequest request = twoCentresInNowon(2023, List.of());

        PooledBudgetResponse asPublished = PooledBudget.KIND.decide(pack("nanumteo-2023"), request, Stamp.now());
        PooledBudgetResponse allowed = PooledBudget.KIND.decide(ChangedPack.with("2023", "budget.pooling.allowed", "true"), request, Stamp.now());

        assertThat(asPublished.outcome()).isEqualTo(PooledBudgetResponse.Outcome.POOLING_NOT_ALLOWED);
        assertThat(allowed.outcome()).isEqualTo(PooledBudgetResponse.Outcome.WITHIN_GUIDELINE);
        assertThat(allowed.pooledTotal()).isEqualTo(2 * 55_194_000L);
    }
}
