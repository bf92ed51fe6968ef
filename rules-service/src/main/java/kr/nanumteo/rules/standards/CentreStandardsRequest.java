package kr.nanumteo.rules.standards;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * POST /api/v1/standards/centre: a centre as a year's inspection sees it. The same fields serve every
 * year; each pack judges those its year's guideline speaks of (api-docs/openapi.yaml describes each).
 */
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
        DualIncomeCareInput dualIncomeCare) {

    /** Floor area (the whole centre, ancillary spaces included) and 전용면적, rooms and facilities (3-라, 3-마). */
    public record SpaceInput(
            BigDecimal floorArea,
            BigDecimal exclusiveArea,
            Boolean playRoom,
            Boolean programmeRoom,
            Boolean office,
            ToiletsInput toilets,
            Boolean emergencyFacilities) {}

    public record ToiletsInput(ToiletLocation location, Boolean separateBySex, Boolean safeAndHygienic) {}

    /** 전담인력 and 보조인력 (3-다 사업 인력). */
    public record StaffInput(
            Integer dedicated,
            Boolean dedicatedOnSiteAlways,
            Boolean dedicatedShifts,
            Integer assistantMonths,
            Boolean operatorAssistantPlan,
            Integer operatorCentresInDistrict) {}

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

    /** CCTV (4-마 2) 일반사항); {@code megapixels} is that of the weakest camera. */
    public record CctvInput(Integer cameras, BigDecimal megapixels, Integer storageDays) {}

    /** Only for a 맞벌이가구 자녀돌봄시설 (4-다 < 맞벌이가구 자녀 돌봄시설 운영 관리 >). */
    public record DualIncomeCareInput(WeekdayHours weekdayCareHours, Integer carersBesidesManager) {}

    /** Hours of care given on each weekday (주중). */
    public record WeekdayHours(BigDecimal monday, BigDecimal tuesday, BigDecimal wednesday, BigDecimal thursday, BigDecimal friday) {}
}
