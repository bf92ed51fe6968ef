package kr.nanumteo.rules.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.nanumteo.rules.budget.BudgetFacts.AssetCap;
import kr.nanumteo.rules.budget.BudgetFacts.Budget;
import kr.nanumteo.rules.budget.BudgetFacts.BudgetCase;
import kr.nanumteo.rules.budget.BudgetFacts.Centre;
import kr.nanumteo.rules.budget.BudgetFacts.Funded;
import kr.nanumteo.rules.budget.BudgetFacts.MayPool;
import kr.nanumteo.rules.budget.BudgetFacts.PoolVerdict;
import kr.nanumteo.rules.budget.BudgetFacts.Shares;
import kr.nanumteo.rules.budget.BudgetFacts.StandardNotKept;
import kr.nanumteo.rules.budget.BudgetPlan.AssetPurchase;
import kr.nanumteo.rules.budget.BudgetPlan.AssistantStaffPlan;
import kr.nanumteo.rules.budget.BudgetPlan.VolunteerAllowance;
import kr.nanumteo.rules.budget.PooledBudgetRequest.PoolCentreInput;
import kr.nanumteo.rules.budget.PooledBudgetResponse.CentreResult;
import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.centre.Region;
import kr.nanumteo.rules.centre.Sido;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.KoreanParticles;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;

/**
 * An operator's pooled budget (개소 간 예산 통합 집행), RULES.md §4: whether the year allows pooling,
 * which centres may pool, the pooled total and its shares, each pooled centre's minimum standards,
 * and the same plan checks as a centre budget applied to the pool. The request is checked here; every
 * judgement is the pack's (budget.drl and its parameters).
 */
public final class PooledBudget implements DecisionKind<PooledBudgetRequest, PooledBudgetResponse> {

    public static final PooledBudget KIND = new PooledBudget();

    private static final int MAX_CENTRES = 100;

    private PooledBudget() {
    }

    @Override
    public String name() {
        return "pooled-budget";
    }

    /** Centre and pooled budgets share budget.drl: the pooled checks apply the centre checks to the pool. */
    @Override
    public String rules() {
        return "budget";
    }

    @Override
    public Class<PooledBudgetRequest> requestType() {
        return PooledBudgetRequest.class;
    }

    /** A budget year is decided by the pack in force on its first day. */
    @Override
    public LocalDate asOf(PooledBudgetRequest request) {
        return LocalDate.of(request.year(), 1, 1);
    }

    @Override
    public String requestedPack(PooledBudgetRequest request) {
        return request.rulePack();
    }

    @Override
    public void validate(PooledBudgetRequest r, FieldErrors errors) {
        requiredText(errors, "operatorId", r.operatorId());
        errors.requireYear("year", r.year());
        BudgetPlans.validateRegion(r.region(), errors, "region");
        int centres = 0;
        if (r.centres() == null || r.centres().isEmpty()) {
            errors.reject("centres", "시설을 1개 이상 보내야 합니다");
        } else if (errors.maxItems("centres", r.centres(), MAX_CENTRES)) {
            centres = r.centres().size();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < centres; i++) {
                PoolCentreInput c = r.centres().get(i);
                String at = "centres[" + i + "].";
                errors.maxLength(at + "centreId", c.centreId(), 64);
                if (c.centreId() != null && !c.centreId().isBlank()) {
                    // One centre cannot pool with itself: listed twice, it would bring its budget into the pool twice.
                    Integer first = seen.putIfAbsent(c.centreId().strip(), i);
                    if (first != null) {
                        errors.reject(at + "centreId", KoreanParticles.resolve("시설 '" + c.centreId().strip() + "'이(가) centres[" + first
                                + "]에도 있습니다. 한 시설은 자기 자신과 통합할 수 없어 시설마다 한 번씩만 보냅니다"));
                    }
                }
                requiredText(errors, at + "operatorId", c.operatorId());
                BudgetPlans.validateRegion(c.region(), errors, at + "region");
                errors.require(at + "type", c.type());
                errors.require(at + "nationallyFunded", c.nationallyFunded());
                BudgetPlans.validateOpenedIn(c.openedIn(), r.year(), errors, at + "openedIn");
                errors.require(at + "dedicatedWorkerAlwaysOnSite", c.dedicatedWorkerAlwaysOnSite());
                if (errors.require(at + "pumasiGroups", c.pumasiGroups())) {
                    errors.range(at + "pumasiGroups", c.pumasiGroups(), 0, 10_000, "품앗이 수");
                }
            }
        }
        BudgetPlans.validate(r.plan(), errors, centres);
    }

    private static void requiredText(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.reject(field, "필수 항목입니다");
        } else {
            errors.maxLength(field, value, 64);
        }
    }

    @Override
    public PooledBudgetResponse decide(RulePack pack, PooledBudgetRequest request, Stamp stamp) {
        Region region = request.region();
        List<Object> facts = new ArrayList<>();
        facts.add(new BudgetCase(request.year(), true, region.sido(), region.sido().koreanName(), region.sigungu().strip(),
                request.operatorId().strip()));
        for (int i = 0; i < request.centres().size(); i++) {
            PoolCentreInput c = request.centres().get(i);
            facts.add(new Centre(i, c.operatorId().strip(), c.region().sido(), c.region().sido().koreanName(), c.region().sigungu().strip(),
                    c.nationallyFunded(), c.openedIn(), c.type(), c.type().koreanName(), null, c.dedicatedWorkerAlwaysOnSite(),
                    c.pumasiGroups()));
        }
        facts.addAll(BudgetPlans.facts(request.plan()));
        RuleEvaluation.Result result = RuleEvaluation.run(pack, rules(), facts);

        BudgetPlans.Findings findings = new BudgetPlans.Findings(result);
        Map<Integer, List<Reason>> byCentre = new HashMap<>();
        List<Reason> reasons = new ArrayList<>();
        for (FiredRule fired : result.fired()) {
            if (findings.file(fired)) {
                continue;
            }
            fired.about(Centre.class).ifPresentOrElse(
                    c -> byCentre.computeIfAbsent(c.index(), k -> new ArrayList<>()).add(fired.reason()),
                    () -> reasons.add(fired.reason()));
        }
        Set<Integer> mayPool = new HashSet<>();
        result.factsOf(MayPool.class).forEach(m -> mayPool.add(m.centre()));
        Set<Integer> funded = new HashSet<>();
        result.factsOf(Funded.class).forEach(f -> funded.add(f.centre()));
        Set<Integer> standardNotKept = new HashSet<>();
        result.factsOf(StandardNotKept.class).forEach(s -> standardNotKept.add(s.centre()));
        List<CentreResult> centres = new ArrayList<>();
        for (int i = 0; i < request.centres().size(); i++) {
            centres.add(new CentreResult(i, request.centres().get(i).centreId(), mayPool.contains(i),
                    funded.contains(i) ? !standardNotKept.contains(i) : null, List.copyOf(byCentre.getOrDefault(i, List.of()))));
        }

        PoolVerdict verdict = result.single(PoolVerdict.class)
                .orElseThrow(() -> new IllegalStateException(pack + " gave the pooled budget no outcome"));
        var budget = result.single(Budget.class);
        FundingShares shares = result.single(Shares.class).map(s -> new FundingShares(s.nationalPercent(), s.national(), s.local())).orElse(null);
        AssetLimit assets = result.single(AssetCap.class).map(a -> new AssetLimit(a.assets(), a.limit())).orElse(null);
        Long over = BudgetPlans.overStandard(result);
        return new PooledBudgetResponse(stamp.decisionId(), verdict.outcome(), pack.ref(),
                budget.map(Budget::perCentre).orElse(null), budget.map(Budget::centres).orElse(null), budget.map(Budget::total).orElse(null),
                shares, BudgetPlans.total(request.plan()), over, assets, List.copyOf(centres), findings.list(request.plan()),
                List.copyOf(reasons), stamp.evaluatedAt());
    }

    @Override
    public PooledBudgetRequest example() {
        return new PooledBudgetRequest("example-operator", 2024, null, new Region(Sido.SEOUL, "노원구"), List.of(
                new PoolCentreInput("example-a", "example-operator", new Region(Sido.SEOUL, "노원구"), CentreType.GENERAL, true, 2019, true, 12),
                new PoolCentreInput("example-b", "example-operator", new Region(Sido.SEOUL, "노원구"), CentreType.DUAL_INCOME, true, 2024, true, 0)),
                new BudgetPlan(64_000_000L, new AssistantStaffPlan(20_000_000L, 12), 17_424_000L, 10_000_000L,
                        List.of(new AssetPurchase("놀이매트", 1_000_000L, 2, null)), List.of(new VolunteerAllowance(120, 20_000L)), List.of()));
    }
}
