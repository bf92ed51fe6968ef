package kr.nanumteo.rules.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The answer of the pooled budget endpoint. Whole won. Fields may be added, never renamed or removed.
 * The pool's figures are null when no pool is formed (pooling not allowed that year, or too few centres);
 * {@code assets} is also null when the pack reads the asset limit per centre (INT-PB-01), each pooled
 * centre's reasons then giving its own limit.
 *
 * @param pooledCentres how many centres are pooled
 * @param pooledTotal   their budgets added up
 * @param planOverStandard how much the plan is over the pooled total, which is all the national and local shares
 *                      cover (0 when it is not over); null when no pool is formed
 */
@FactModel
public record PooledBudgetResponse(
        UUID decisionId,
        Outcome outcome,
        RulePack.Ref rulePack,
        Long standardBudgetPerCentre,
        Integer pooledCentres,
        Long pooledTotal,
        FundingShares shares,
        long planTotal,
        Long planOverStandard,
        AssetLimit assets,
        List<CentreResult> centres,
        List<PlanFinding> findings,
        List<Reason> reasons,
        Instant evaluatedAt) implements DecisionResponse {

    public enum Outcome { WITHIN_GUIDELINE, NEEDS_CHANGES, TOO_FEW_CENTRES, POOLING_NOT_ALLOWED }

    /**
     * One centre, in request order: whether it may join the pool, and for a pooled centre whether it
     * keeps the minimum standards (전담인력 상시배치, 돌봄품앗이 운영); null for a centre outside the pool.
     */
    public record CentreResult(int index, String centreId, boolean mayPool, Boolean minimumStandardsMet, List<Reason> reasons) {}
}
