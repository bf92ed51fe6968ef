package kr.nanumteo.rules.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The answer of the pumasi subsidy endpoint. Money is whole won. Fields may be added, never renamed
 * or removed.
 *
 * @param supportPeriodMonths the support period the decision used (the request's, or the pack's)
 * @param claimedTotal        everything the groups claimed
 * @param payableTotal        what is paid: eligible costs, month by month, up to each group's cap
 * @param reasons             the centre-level rules that decided (minimum groups, annual basis, outcome)
 */
@FactModel
public record PumasiSubsidyResponse(
        UUID decisionId,
        Outcome outcome,
        RulePack.Ref rulePack,
        int supportPeriodMonths,
        MinimumGroups minimumGroups,
        AnnualBasis annualBasis,
        long claimedTotal,
        long payableTotal,
        List<GroupResult> groups,
        List<Reason> reasons,
        Instant evaluatedAt) implements DecisionResponse {

    /** PAYABLE: all claimed is paid; PARTLY_PAYABLE: some is refused or over a cap; NOT_PAYABLE: nothing is; NO_CLAIMS: nothing was claimed. */
    public enum Outcome { PAYABLE, PARTLY_PAYABLE, NOT_PAYABLE, NO_CLAIMS }

    public enum ExpenseStatus { ELIGIBLE, ELIGIBLE_WITH_WARNING, REFUSED }

    /** The centre's minimum number of groups (4-라 3)); {@code required} is null where the centre's type has none. */
    public record MinimumGroups(Integer required, int groups, boolean met) {}

    /**
     * The annual activity budget basis (활동비 사용 안내): the groups with a monthly plan for a month they can be
     * paid, each at its amount a month, × months. {@code monthlyAmount} is the standard amount, and
     * {@code raisedGroups} of the groups count at {@code raisedMonthlyAmount}, the raised amount of a group
     * whose households are dual-income enough (INT-PS-06).
     */
    public record AnnualBasis(int groupsWithPlans, long monthlyAmount, int months, long amount, int raisedGroups, long raisedMonthlyAmount) {}

    /**
     * One group, in request order.
     *
     * @param dualIncomeSharePercent dual-income households as a share of all, cut to one decimal (display only)
     * @param monthlyCap             the most paid for one month
     */
    public record GroupResult(
            int index,
            String groupId,
            BigDecimal dualIncomeSharePercent,
            long monthlyCap,
            long claimed,
            long payable,
            List<MonthResult> months,
            List<ExpenseResult> expenses,
            List<Reason> reasons) {}

    /** A month the group planned or claimed for: the cap, what was claimed, what of it is eligible, and what is paid. */
    public record MonthResult(int month, boolean planned, long cap, long claimed, long eligible, long payable, List<Reason> reasons) {}

    /** Every claimed cost, in request order: eligible, eligible with a warning (not a refusal), or refused, and why. */
    public record ExpenseResult(int index, int month, ExpenseCategory category, long amount, ExpenseStatus status, List<Reason> reasons) {}
}
