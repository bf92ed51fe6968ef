package kr.nanumteo.rules.admission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.HouseholdOutcome;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/** The answer of the admissions endpoint: the places, and each applicant admitted or waiting, in the request's order. */
@FactModel
public record AdmissionsResponse(
        UUID decisionId,
        AdmissionsOutcome outcome,
        RulePack.Ref rulePack,
        Places places,
        List<ApplicantResult> applicants,
        List<Reason> reasons,
        Instant evaluatedAt) implements DecisionResponse {

    /** NO_PLACES: the centre is too small for one child, so nobody is admitted or put on a waiting list. */
    public enum AdmissionsOutcome { ALL_ADMITTED, SOME_WAITING, NO_PLACES }

    /** Whom the applicant is recruited as: a dual-income child (우선 모집) or another child. */
    public enum ApplicantGroup { DUAL_INCOME, OTHER }

    /** NOT_PLACED: in a centre with no places, neither admitted nor waiting. */
    public enum Placement { ADMITTED, WAITING, NOT_PLACED }

    /**
     * @param capacity             정원: floor(area / area per child)
     * @param emergencyCareReserve places held for 일시·긴급돌봄
     * @param reserveFromRequest   whether the reserve is the request's, not the pack's
     * @param openPlaces           places recruited now: capacity less the reserve
     * @param dualIncomeQuota      places for dual-income children first (우선 모집)
     * @param dualIncomeApplicants applicants recruited as dual-income children
     * @param othersAdmissible     whether other children may take the places dual-income children leave
     */
    public record Places(int capacity, int emergencyCareReserve, boolean reserveFromRequest, int openPlaces, int dualIncomeQuota,
            int dualIncomeApplicants, boolean othersAdmissible) {}

    /**
     * @param waitingPosition the place on the waiting list (dual-income children first, then in order of application), or null
     * @param eligibilityAsOf the 시설 이용일 the dual-income outcome was judged for (from the cited decision), or null
     */
    public record ApplicantResult(int index, String reference, HouseholdOutcome dualIncomeOutcome, UUID decisionId, ApplicantGroup group,
            Placement placement, Integer waitingPosition, List<Reason> reasons, LocalDate eligibilityAsOf) {}
}
