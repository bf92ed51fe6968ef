package kr.nanumteo.rules.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kr.nanumteo.rules.budget.BudgetFacts.AssetCap;
import kr.nanumteo.rules.budget.BudgetFacts.Budget;
import kr.nanumteo.rules.budget.BudgetFacts.BudgetCase;
import kr.nanumteo.rules.budget.BudgetFacts.Centre;
import kr.nanumteo.rules.budget.BudgetFacts.CentreVerdict;
import kr.nanumteo.rules.budget.BudgetFacts.Shares;
import kr.nanumteo.rules.budget.BudgetPlan.AssetPurchase;
import kr.nanumteo.rules.budget.BudgetPlan.AssistantStaffPlan;
import kr.nanumteo.rules.budget.BudgetPlan.LeftoverTransfer;
import kr.nanumteo.rules.budget.BudgetPlan.VolunteerAllowance;
import kr.nanumteo.rules.budget.CentreBudgetRequest.CentreInput;
import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.centre.Region;
import kr.nanumteo.rules.centre.Sido;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;

/**
 * A centre's budget for a year (개소 예산), RULES.md §4: the standard amount, national and local
 * shares, and the checks of the plan line by line. The request is checked here; every amount, rate
 * and judgement is the pack's (budget.drl and its parameters).
 */
public final class CentreBudget implements DecisionKind<CentreBudgetRequest, CentreBudgetResponse> {

    public static final CentreBudget KIND = new CentreBudget();

    private CentreBudget() {
    }

    @Override
    public String name() {
        return "centre-budget";
    }

    /** Centre and pooled budgets share budget.drl: the pooled checks apply the centre checks to the pool. */
    @Override
    public String rules() {
        return "budget";
    }

    @Override
    public Class<CentreBudgetRequest> requestType() {
        return CentreBudgetRequest.class;
    }

    /** A budget year is decided by the pack in force on its first day. */
    @Override
    public LocalDate asOf(CentreBudgetRequest request) {
        return LocalDate.of(request.year(), 1, 1);
    }

    @Override
    public String requestedPack(CentreBudgetRequest request) {
        return request.rulePack();
    }

    @Override
    public void validate(CentreBudgetRequest r, FieldErrors errors) {
        errors.maxLength("centreId", r.centreId(), 64);
        errors.requireYear("year", r.year());
        BudgetPlans.validateRegion(r.region(), errors, "region");
        if (errors.require("centre", r.centre())) {
            CentreInput c = r.centre();
            errors.require("centre.type", c.type());
            errors.require("centre.nationallyFunded", c.nationallyFunded());
            BudgetPlans.validateOpenedIn(c.openedIn(), r.year(), errors, "centre.openedIn");
            errors.range("centre.operatorCentresInSigungu", c.operatorCentresInSigungu(), 1, 1000, "개소 수");
        }
        BudgetPlans.validate(r.plan(), errors, null);
    }

    @Override
    public CentreBudgetResponse decide(RulePack pack, CentreBudgetRequest request, Stamp stamp) {
        Region region = request.region();
        CentreInput c = request.centre();
        String sigungu = region.sigungu().strip();
        List<Object> facts = new ArrayList<>();
        facts.add(new BudgetCase(request.year(), false, region.sido(), region.sido().koreanName(), sigungu, null));
        facts.add(new Centre(0, null, region.sido(), region.sido().koreanName(), sigungu, c.nationallyFunded(), c.openedIn(),
                c.type(), c.type().koreanName(), c.operatorCentresInSigungu() == null ? 1 : c.operatorCentresInSigungu(), null, null));
        facts.addAll(BudgetPlans.facts(request.plan()));
        RuleEvaluation.Result result = RuleEvaluation.run(pack, rules(), facts);

        BudgetPlans.Findings findings = new BudgetPlans.Findings(result);
        List<Reason> reasons = new ArrayList<>();
        for (FiredRule fired : result.fired()) {
            if (!findings.file(fired)) {
                reasons.add(fired.reason());
            }
        }
        CentreVerdict verdict = result.single(CentreVerdict.class)
                .orElseThrow(() -> new IllegalStateException(pack + " gave the centre budget no outcome"));
        Long standard = result.single(Budget.class).map(Budget::perCentre).orElse(null);
        FundingShares shares = result.single(Shares.class).map(s -> new FundingShares(s.nationalPercent(), s.national(), s.local())).orElse(null);
        AssetLimit assets = result.single(AssetCap.class).map(a -> new AssetLimit(a.assets(), a.limit())).orElse(null);
        Long over = BudgetPlans.overStandard(result);
        return new CentreBudgetResponse(stamp.decisionId(), verdict.outcome(), pack.ref(), standard, shares,
                BudgetPlans.total(request.plan()), over, assets, findings.list(request.plan()), List.copyOf(reasons), stamp.evaluatedAt());
    }

    @Override
    public CentreBudgetRequest example() {
        return new CentreBudgetRequest("example", 2024, null, new Region(Sido.SEOUL, "도봉구"),
                new CentreInput(CentreType.GENERAL, true, 2019, 1),
                new BudgetPlan(32_000_000L, new AssistantStaffPlan(10_000_000L, 10), 8_212_000L, 5_000_000L,
                        List.of(new AssetPurchase("공기청정기", 750_000L, 2, null), new AssetPurchase("보드게임", 40_000L, 5, null)),
                        List.of(new VolunteerAllowance(60, 20_000L)),
                        List.of(new LeftoverTransfer(300_000L, BudgetLine.PROJECT))));
    }
}
