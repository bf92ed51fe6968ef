package kr.nanumteo.rules.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.eligibility.DualIncomeResponse.HouseholdOutcome;

/**
 * POST /api/v1/admissions/dual-income-centre: a 맞벌이가구 자녀돌봄시설's floor area and its applicants in
 * the order they applied.
 *
 * @param emergencyCareReserve places held for 일시·긴급돌봄; null for the pack's own number (the pack holds at least its
 *                             minimum and fewer than the capacity, INT-AD-02)
 * @param exclusiveArea        the centre's 전용면적 (m²), optional: capacity follows it where the pack reads capacity from
 *                             the exclusive area (admissions.capacity.fromExclusiveArea, INT-AD-05)
 */
public record AdmissionsRequest(
        String centreId,
        LocalDate asOf,
        String rulePack,
        BigDecimal area,
        Integer emergencyCareReserve,
        List<ApplicantInput> applicants,
        BigDecimal exclusiveArea) {

    /**
     * One applicant: the caller's reference, and either the household's dual-income outcome or the
     * {@code decisionId} of a recorded eligibility decision (then the log is the source, and the service
     * fills {@code dualIncomeOutcome} and {@code eligibilityAsOf} in from it before the request is evaluated
     * and recorded).
     *
     * @param eligibilityAsOf the 시설 이용일 (asOf) the outcome was judged for; optional with an outcome sent directly.
     *                        The priority uses an outcome only when this day is near enough the round (INT-AD-06).
     */
    public record ApplicantInput(String reference, HouseholdOutcome dualIncomeOutcome, UUID decisionId, LocalDate eligibilityAsOf) {}
}
