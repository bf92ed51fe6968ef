package kr.nanumteo.rules.admission;

import java.math.BigDecimal;
import java.time.LocalDate;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.admission.AdmissionsResponse.AdmissionsOutcome;
import kr.nanumteo.rules.admission.AdmissionsResponse.ApplicantGroup;
import kr.nanumteo.rules.admission.AdmissionsResponse.Placement;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.HouseholdOutcome;

/**
 * The facts the admissions rules reason over. Plain records, shared by every pack and stable across
 * years: fields are added, never repurposed.
 */
@FactModel
public final class AdmissionFacts {

    private AdmissionFacts() {
    }

    // ── input ──────────────────────────────────────────────────────────

    /**
     * The centre's floor area (시설 면적), from which its capacity follows, its 전용면적 when given (null otherwise),
     * and the day admissions are decided.
     */
    public record Centre(BigDecimal area, BigDecimal exclusiveArea, LocalDate asOf) {}

    /**
     * One applicant, {@code index} being the order of application (0 first); {@code eligibilityAsOf} is the 시설 이용일
     * its dual-income outcome was judged for, when known (null for an outcome sent without it).
     */
    public record Applicant(int index, String reference, HouseholdOutcome dualIncome, LocalDate eligibilityAsOf) {}

    /**
     * How far the applicants have been classified, one at a time in the order they applied: {@code next}
     * is the index of the next applicant to classify, {@code dualIncome} and {@code others} how many of
     * each group came before it. The decision inserts the first, {@code Tally(0, 0, 0)}; the rules that
     * classify an applicant replace it with the next. Numbering applicants this way lets a round of n
     * applicants be placed in n steps, where finding "the earliest not yet placed" again for every
     * placement took n² (2,000 applicants took 6 s).
     */
    public record Tally(int next, int dualIncome, int others) {

        public static Tally start() {
            return new Tally(0, 0, 0);
        }

        /** The place within {@code group} of applicant {@code next} when it is recruited as one of it: 1 for the first. */
        public int placeIn(ApplicantGroup group) {
            return (group == ApplicantGroup.DUAL_INCOME ? dualIncome : others) + 1;
        }

        /** The tally once applicant {@code next} is classified into {@code group}. */
        public Tally after(ApplicantGroup group) {
            return group == ApplicantGroup.DUAL_INCOME ? new Tally(next + 1, dualIncome + 1, others) : new Tally(next + 1, dualIncome, others + 1);
        }
    }

    // ── derived ────────────────────────────────────────────────────────

    /** 정원, and the area it was counted from. */
    public record Capacity(int places, BigDecimal area) {}

    /** The area is too small for one child: no places, and no round. */
    public record CentreTooSmall() {}

    /** The places recruited now, after holding {@code reserved} for 일시·긴급돌봄. */
    public record OpenPlaces(int reserved, int places) {}

    /** 우선 모집 인원: how many dual-income children are recruited first. */
    public record Quota(int places) {}

    /** How many dual-income children may be admitted in all, as the pack reads the priority share. */
    public record DualIncomeLimit(int places) {}

    /** Whether other children may take the places dual-income children leave. */
    public record OthersAdmissible(boolean admissible) {}

    /**
     * Whom an applicant is recruited as, and its place among the applicants of its group in the order
     * they applied ({@code rank} 1 first; 0 from a pack that does not number them).
     */
    public record Group(int applicant, ApplicantGroup group, int rank) {

        public Group(int applicant, ApplicantGroup group) {
            this(applicant, group, 0);
        }
    }

    /** Where an applicant ends up; {@code waitingPosition} only when waiting. */
    public record Placed(int applicant, ApplicantGroup group, Placement placement, Integer waitingPosition) {}

    /** The outcome of the whole round. */
    public record AdmissionsVerdict(AdmissionsOutcome outcome) {}
}
