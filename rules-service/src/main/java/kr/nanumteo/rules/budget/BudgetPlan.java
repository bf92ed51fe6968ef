package kr.nanumteo.rules.budget;

import java.util.List;

import kr.nanumteo.rules.requests.FreeText;

/**
 * A spending plan for one year (사업 예산 2) 예산 내역), of one centre or of a pool. Whole won.
 * The plan's total is the five lines: dedicated staff, assistant staff, project, operating and the
 * asset purchases.
 *
 * @param dedicatedStaff    전담인력 인건비
 * @param assistantStaff    보조인력(2023: 추가 관리인력) 인건비 and how long the assistant is employed
 * @param project           사업비, volunteer allowances included
 * @param operating         운영비 other than asset purchases
 * @param assets            자산취득비, item by item as booked
 * @param volunteers        자원봉사자 수당 planned within {@code project}
 * @param assistantLeftover leftover assistant-staff pay moved to another line (already counted in that line)
 */
public record BudgetPlan(
        Long dedicatedStaff,
        AssistantStaffPlan assistantStaff,
        Long project,
        Long operating,
        List<AssetPurchase> assets,
        List<VolunteerAllowance> volunteers,
        List<LeftoverTransfer> assistantLeftover) {

    /** @param monthsEmployed months the assistant is employed in the year, 0–12 */
    public record AssistantStaffPlan(Long amount, Integer monthsEmployed) {}

    /**
     * An item booked as an asset purchase.
     *
     * @param item   what it is, e.g. "공기청정기"
     * @param centre pooled plans only: the index in {@code centres} of the centre the item is for
     */
    public record AssetPurchase(@FreeText String item, Long unitPrice, Integer quantity, Integer centre) {}

    /** @param dailyAllowance the allowance one volunteer gets a day (교통비 및 식비) */
    public record VolunteerAllowance(Integer personDays, Long dailyAllowance) {}

    /** @param to the line the leftover pay is moved to */
    public record LeftoverTransfer(Long amount, BudgetLine to) {}
}
