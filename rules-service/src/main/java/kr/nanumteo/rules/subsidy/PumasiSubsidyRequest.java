package kr.nanumteo.rules.subsidy;

import java.time.LocalDate;
import java.util.List;

import kr.nanumteo.rules.centre.CentreType;

/**
 * POST /api/v1/subsidies/pumasi: one centre's pumasi groups (돌봄품앗이) in one year, with the months
 * each group submitted a monthly plan (서식 9) for and the activity costs it claims.
 *
 * @param centreId            the caller's own reference for the centre, optional
 * @param year                the year of the subsidy; the pack in force on 1 January of it decides
 * @param rulePack            optional pack id; it must be in force on 1 January of {@code year}
 * @param supportPeriodMonths the support period the local government chose (지역별 자율 결정), in
 *                            months from a group's formation; absent: the pack's
 *                            {@code pumasi.supportPeriod.months}
 */
public record PumasiSubsidyRequest(
        String centreId,
        Integer year,
        String rulePack,
        CentreType centreType,
        Integer supportPeriodMonths,
        List<GroupInput> groups) {

    /**
     * One pumasi group.
     *
     * @param groupId              the caller's own reference for the group, optional (no member names)
     * @param households           member households
     * @param dualIncomeHouseholds how many of them are dual-income (맞벌이가구)
     * @param plannedMonths        months (1–12) of {@code year} with a submitted monthly plan
     */
    public record GroupInput(
            String groupId,
            LocalDate formedOn,
            Integer households,
            Integer dualIncomeHouseholds,
            List<Integer> plannedMonths,
            List<ExpenseInput> expenses) {}

    /**
     * One claimed cost, settled after the fact against the plan and receipts (실비 사후 정산).
     *
     * @param month     1–12, the month of {@code year} it was spent in
     * @param amount    whole won
     * @param unitPrice whole won a unit; required for durable goods
     */
    public record ExpenseInput(Integer month, ExpenseCategory category, Long amount, Long unitPrice) {}
}
