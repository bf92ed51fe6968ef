package kr.nanumteo.rules.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kr.nanumteo.rules.FactModel;

/**
 * POST /api/v1/standards/centre: a centre as a year's inspection sees it. The same fields serve every
 * year; each pack judges those its year's guideline speaks of (api-docs/openapi.yaml describes each).
 * A finding the inspection does not give leaves the standard it decides not judged (NOT_JUDGED): a 2023
 * inspection sends no 2024-only fact, and fields added later are never required.
 *
 * @param safety      안전 관리 (4-마): insurance, fire extinguishers, the evacuation map, safety checks
 * @param facilities  2024 설비기준 (3-마)
 * @param furnishings the items of the 2024 비치물품 table (3-마 【표】) the centre has, each counted when it is as the
 *                    table's 내용 column describes
 *
 * <p>Part of the fact model: the rules read the inspection's {@link SafetyInput} and {@link FacilitiesInput} as they
 * come (all values, no behaviour).
 */
@FactModel
public record CentreStandardsRequest(
        String centreId,
        LocalDate asOf,
        String rulePack,
        CentreType centreType,
        Integer appliedYear,
        SpaceInput space,
        StaffInput staff,
        DelegationInput delegation,
        OperationInput operation,
        CctvInput cctv,
        DualIncomeCareInput dualIncomeCare,
        SafetyInput safety,
        FacilitiesInput facilities,
        List<FurnishingItem> furnishings) {

    /**
     * Floor area (the whole centre, ancillary spaces included) and 전용면적, rooms and facilities (3-라, 3-마).
     *
     * @param ancillarySpaceSecured office, toilets and the like secured apart from the exclusive area (3-라 ※ 부속 공간)
     * @param wheelchairAccess      disabled people enter easily: a ramp, or an entrance without a step (3-라 이용자의 접근성)
     * @param outdoorSpaceAdjacent  an outdoor activity space next to a 맞벌이가구 자녀돌봄시설 (3-라)
     * @param usableYears           years the space is secured for the centre (for private premises, the term of
     *                              the facility maintenance contract) (3-라 사용 기간)
     * @param privatePremises       the space is private (민간시설), so the period rests on a maintenance contract
     */
    public record SpaceInput(
            BigDecimal floorArea,
            BigDecimal exclusiveArea,
            Boolean playRoom,
            Boolean programmeRoom,
            Boolean office,
            ToiletsInput toilets,
            Boolean emergencyFacilities,
            Boolean ancillarySpaceSecured,
            Boolean wheelchairAccess,
            Boolean outdoorSpaceAdjacent,
            Integer usableYears,
            Boolean privatePremises) {}

    public record ToiletsInput(ToiletLocation location, Boolean separateBySex, Boolean safeAndHygienic) {}

    /**
     * 전담인력 and 보조인력 (3-다 사업 인력).
     *
     * @param disqualificationChecked every worker was checked free of the disqualifications of 사회복지사업법
     *                                제35조의2 and 아동복지법 제29조의3 (e.g. through a criminal-record check)
     */
    public record StaffInput(
            Integer dedicated,
            Boolean dedicatedOnSiteAlways,
            Boolean dedicatedShifts,
            Integer assistantMonths,
            Boolean operatorAssistantPlan,
            Integer operatorCentresInDistrict,
            Boolean disqualificationChecked) {}

    /** 위탁 운영 (4-가). */
    public record DelegationInput(Boolean delegated, Boolean chosenByOpenCall) {}

    /** 운영 관리 (4-다) and 품앗이 구성 (4-라 3)). */
    public record OperationInput(
            Integer openDaysPerWeek,
            BigDecimal openHoursPerWeek,
            Integer programmesPerWeek,
            Boolean instructorsScarce,
            Boolean fewUsers,
            Boolean ruralArea,
            Integer committeeMeetingsPerQuarter,
            Integer pumasiGroups) {}

    /**
     * CCTV (4-마 2) 일반사항); {@code megapixels} is that of the weakest camera.
     *
     * @param managementPlan           an internal plan for running CCTV and handling its images (내부 관리계획)
     * @param viewingLogRetentionYears years the viewing log (열람 관리대장) is kept; 0 when none is kept
     */
    public record CctvInput(Integer cameras, BigDecimal megapixels, Integer storageDays, Boolean managementPlan,
            Integer viewingLogRetentionYears) {}

    /**
     * 안전 관리 (4-마 2) 일반사항, 재난 안전관리; 1) ② 안전점검).
     *
     * @param childFacilityAccidentInsurance    어린이시설상해보험
     * @param businessLiabilityInsurance        영업배상책임보험
     * @param buildingFireInsurance             건물화재보험
     * @param fireExtinguishers                 fire extinguishers installed
     * @param evacuationMap                     an evacuation map (피난안내도) where users see it
     * @param weeklyChecklistKept               the operator keeps the safety checklist week by week (서식 13-1)
     * @param localInspectionsLastSixMonths     the local government's safety inspections (서식 13-2) in the six months up to asOf
     */
    public record SafetyInput(
            Boolean childFacilityAccidentInsurance,
            Boolean businessLiabilityInsurance,
            Boolean buildingFireInsurance,
            Integer fireExtinguishers,
            Boolean evacuationMap,
            Boolean weeklyChecklistKept,
            Integer localInspectionsLastSixMonths) {}

    /**
     * 2024 설비기준 (3-마), each as the inspector found it.
     *
     * @param heatingVentilationDaylight 난방·환기·채광: heating and ventilation in the activity space, and daylight
     * @param fireRetardantFinishes      방염: non-combustible or fire-retardant walls and ceilings, flame-proof curtains and carpets
     * @param waterSupply                급수·배수: mains water, or water meeting 먹는물 관리법 제5조
     * @param fireSafety                 소방: fire-fighting equipment, an emergency exit and emergency facilities
     * @param storage                    수납: heavy things kept low in storage
     * @param safetyFittings             기타 안전설비: mats, door guards, no trip at thresholds, corner guards
     */
    public record FacilitiesInput(
            Boolean heatingVentilationDaylight,
            Boolean fireRetardantFinishes,
            Boolean waterSupply,
            Boolean fireSafety,
            Boolean storage,
            Boolean safetyFittings) {}

    /** Only for a 맞벌이가구 자녀돌봄시설 (4-다 < 맞벌이가구 자녀 돌봄시설 운영 관리 >). */
    public record DualIncomeCareInput(WeekdayHours weekdayCareHours, Integer carersBesidesManager) {}

    /** Hours of care given on each weekday (주중). */
    public record WeekdayHours(BigDecimal monday, BigDecimal tuesday, BigDecimal wednesday, BigDecimal thursday, BigDecimal friday) {}
}
