package kr.nanumteo.rules.budget;

import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.centre.Region;

/**
 * POST /api/v1/budgets/centre: one centre's budget plan for a year.
 *
 * @param centreId the caller's own reference for the centre, optional
 * @param year     the budget year; the pack in force on 1 January of it decides
 * @param rulePack optional pack id; it must be in force on 1 January of {@code year}
 */
public record CentreBudgetRequest(
        String centreId,
        Integer year,
        String rulePack,
        Region region,
        CentreInput centre,
        BudgetPlan plan) {

    /**
     * @param type                     recorded with the decision; no budget rule of 2023 or 2024 depends on it
     * @param nationallyFunded         국비 지원 시설
     * @param openedIn                 the year the centre opened (개소 연도)
     * @param operatorCentresInSigungu centres its operator runs in the same 시군구, this one included; default 1
     */
    public record CentreInput(CentreType type, Boolean nationallyFunded, Integer openedIn, Integer operatorCentresInSigungu) {}
}
