package kr.nanumteo.rules.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The answer of the centre budget endpoint. Whole won. Fields may be added, never renamed or removed.
 *
 * @param standardBudget the year's budget per centre; null when the centre is not nationally funded
 * @param shares         national and local shares of it; null when not nationally funded
 * @param planTotal      the plan's five lines added up
 * @param planOverStandard how much the plan is over the standard budget, which is all the national and local
 *                       shares cover (0 when it is not over); null when not nationally funded
 * @param assets         asset purchases against their limit; null when not nationally funded
 * @param findings       per part of the plan, what the rules found
 * @param reasons        the rules about the centre and the outcome
 */
@FactModel
public record CentreBudgetResponse(
        UUID decisionId,
        Outcome outcome,
        RulePack.Ref rulePack,
        Long standardBudget,
        FundingShares shares,
        long planTotal,
        Long planOverStandard,
        AssetLimit assets,
        List<PlanFinding> findings,
        List<Reason> reasons,
        Instant evaluatedAt) implements DecisionResponse {

    public enum Outcome { WITHIN_GUIDELINE, NEEDS_CHANGES, NOT_NATIONALLY_FUNDED }
}
