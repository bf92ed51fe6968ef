package kr.nanumteo.rules.standards;

import java.math.BigDecimal;
import java.time.Year;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.standards.CentreStandardsResponse.CentreOutcome;

/**
 * The facts the centre-standards rules reason over. Plain records, shared by every pack and stable
 * across years: fields are added, never repurposed.
 */
@FactModel
public final class CentreStandardsFacts {

    private CentreStandardsFacts() {
    }

    // ── input ──────────────────────────────────────────────────────────

    /**
     * The centre as inspected, flattened from the request. Inputs that only some centres have are null
     * for the others: {@code pumasiGroups} may be absent for a dual-income centre, the CCTV detail when
     * there is no camera, the care hours and carers for an ordinary centre, the operator's centre count
     * unless it claims its own assistant-staff plan. A finding the inspection does not give is null too
     * (a 2023 inspection gives no 2024-only fact): the standard resting on it is then not judged. The
     * inspection's 안전 관리 and 설비기준 findings are facts as the request gives them
     * ({@link CentreStandardsRequest.SafetyInput}, {@link CentreStandardsRequest.FacilitiesInput}).
     *
     * @param appliedYear the year the centre applied as a new centre (or opened); a {@link Year} so that
     *                    messages show it as a year
     * @param shortestWeekdayCareHours the fewest hours of care given on any weekday (4-다: 주중에는 일 … 이상)
     * @param cctvViewingLogYears years the CCTV viewing log (열람 관리대장) is kept
     */
    public record Centre(
            CentreType type,
            Year appliedYear,
            BigDecimal floorArea,
            BigDecimal exclusiveArea,
            Boolean playRoom,
            Boolean programmeRoom,
            Boolean office,
            ToiletLocation toilets,
            Boolean toiletsSeparateBySex,
            Boolean toiletsSafeAndHygienic,
            Boolean emergencyFacilities,
            int dedicatedStaff,
            Boolean dedicatedOnSiteAlways,
            boolean dedicatedShifts,
            int assistantMonths,
            boolean operatorAssistantPlan,
            Integer operatorCentresInDistrict,
            boolean delegated,
            Boolean chosenByOpenCall,
            int openDaysPerWeek,
            BigDecimal openHoursPerWeek,
            int programmesPerWeek,
            boolean instructorsScarce,
            boolean fewUsers,
            boolean ruralArea,
            int committeeMeetingsPerQuarter,
            Integer pumasiGroups,
            int cctvCameras,
            BigDecimal cctvMegapixels,
            Integer cctvStorageDays,
            BigDecimal shortestWeekdayCareHours,
            Integer carersBesidesManager,
            Boolean ancillarySpaceSecured,
            Boolean wheelchairAccess,
            Boolean outdoorSpaceAdjacent,
            Integer usableYears,
            Boolean privatePremises,
            Boolean staffDisqualificationChecked,
            Boolean cctvManagementPlan,
            Integer cctvViewingLogYears) {}

    /**
     * One row of the 2024 비치물품 table and whether the centre has it; one per row, and only when the inspection
     * lists the furnishings.
     */
    public record Furnishing(FurnishingItem item, int row, boolean present) {}

    /**
     * One standard to inspect; every rule that speaks of a standard matches its Check, which is how a
     * firing is filed under that standard's finding.
     */
    public record Check(Standard standard) {

        public Verdict met() {
            return new Verdict(standard, FindingStatus.MET);
        }

        public Verdict notMet() {
            return new Verdict(standard, FindingStatus.NOT_MET);
        }

        public Verdict notApplicable() {
            return new Verdict(standard, FindingStatus.NOT_APPLICABLE);
        }

        public Verdict recommendation() {
            return new Verdict(standard, FindingStatus.RECOMMENDATION);
        }

        public Verdict notJudged() {
            return new Verdict(standard, FindingStatus.NOT_JUDGED);
        }
    }

    // ── derived ────────────────────────────────────────────────────────

    /** How many programmes a week this centre must run: the full minimum, or the reduced one (4-다 4)). */
    public record RequiredProgrammes(int perWeek) {}

    /** The status of one standard; several NOT_MET verdicts for one standard may stand together (one per shortfall). */
    public record Verdict(Standard standard, FindingStatus status) {}

    /** The centre's overall outcome. */
    public record CentreVerdict(CentreOutcome outcome) {}
}
