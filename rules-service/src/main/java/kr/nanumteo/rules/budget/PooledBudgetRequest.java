package kr.nanumteo.rules.budget;

import java.util.List;

import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.centre.Region;

/**
 * POST /api/v1/budgets/pooled: an operator's plan to spend the budgets of its centres in one 시군구 as
 * one pool (개소 간 예산 통합 집행).
 *
 * @param operatorId the operator (사업수행기관) asking, as the caller identifies it
 * @param year       the budget year; the pack in force on 1 January of it decides
 * @param region     the 시도 and 시군구 of the pool
 * @param centres    the centres the operator proposes to pool
 * @param plan       the pooled spending plan; its asset items may name their centre
 */
public record PooledBudgetRequest(
        String operatorId,
        Integer year,
        String rulePack,
        Region region,
        List<PoolCentreInput> centres,
        BudgetPlan plan) {

    /**
     * @param operatorId                  who runs this centre
     * @param dedicatedWorkerAlwaysOnSite 전담인력 상시 배치
     * @param pumasiGroups                돌봄품앗이 it runs
     */
    public record PoolCentreInput(
            String centreId,
            String operatorId,
            Region region,
            CentreType type,
            Boolean nationallyFunded,
            Integer openedIn,
            Boolean dedicatedWorkerAlwaysOnSite,
            Integer pumasiGroups) {}
}
