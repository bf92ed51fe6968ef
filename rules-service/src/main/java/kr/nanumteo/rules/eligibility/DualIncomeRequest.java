package kr.nanumteo.rules.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** POST /api/v1/eligibility/dual-income, exactly as the intake contract (API.md) fixes it. */
public record DualIncomeRequest(
        String applicationId,
        LocalDate asOf,
        String rulePack,
        Boolean singleParent,
        List<GuardianInput> guardians) {

    /** One guardian as the intake system sends it. */
    public record GuardianInput(
            Relation relation,
            Activity activity,
            BigDecimal dailyHours,
            Integer monthlyDays,
            Shift shift,
            BigDecimal weeklyHours,
            Boolean registeredHolder,
            LocalDate businessRegisteredOn,
            LocalDate jobSeekingRegisteredOn,
            Boolean salesRecordsMatch,
            List<DocumentCode> documents) {}
}
