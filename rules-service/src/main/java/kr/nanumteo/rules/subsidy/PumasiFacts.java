package kr.nanumteo.rules.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.money.Percent;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.Outcome;

/**
 * The facts the pumasi subsidy rules reason over (pumasi-subsidy.drl). Plain records, shared by every
 * pack and stable across years: fields are added, never repurposed. Money is whole won.
 */
@FactModel
public final class PumasiFacts {

    private PumasiFacts() {
    }

    // ── input ──────────────────────────────────────────────────────────

    /** The centre asking: its type and how many groups it listed. */
    public record Centre(int year, CentreType type, String typeName, int groups) {}

    /** One group; {@code plannedMonths} are the months of the year with a submitted monthly plan. */
    public record Group(int index, LocalDate formedOn, int households, int dualIncomeHouseholds, Set<Integer> plannedMonths) {

        public int plannedMonthCount() {
            return plannedMonths.size();
        }

        /** Whether dual-income households make up at least {@code percent}% of the group, exactly. */
        public boolean dualIncomeShareReaches(BigDecimal percent) {
            return Percent.reaches(dualIncomeHouseholds, households, percent);
        }
    }

    /** A month of the year the group planned, or claimed costs in, with its first and last day. */
    public record GroupMonth(int group, int month, LocalDate firstDay, LocalDate lastDay, boolean planned) {}

    /** One claimed cost; {@code index} is its place in the group's expenses. {@code unitPrice} may be null. */
    public record Expense(int group, int index, int month, ExpenseCategory category, String categoryName, long amount, Long unitPrice) {}

    // ── derived ────────────────────────────────────────────────────────

    /** The support period in force for this decision, in months from a group's formation. */
    public record SupportPeriod(int months) {}

    /** The most this group is paid for one month. */
    public record MonthlyCap(int group, long amount) {}

    /** Costs in this month of this group are not paid (no plan, before formation, after the support period). */
    public record MonthNotFunded(int group, int month) {}

    /** A durable item the pack reads as a consumable because of its low unit price. */
    public record ConsumableByPrice(int group, int expense) {}

    /** This cost is not paid. */
    public record Refused(int group, int expense) {}

    /** This cost is paid but discouraged (지양): a warning, not a refusal. */
    public record Discouraged(int group, int expense) {}

    /** This cost counts toward the month's payment. */
    public record Eligible(int group, int expense, int month, long amount) {}

    /** A month settled: eligible cost and what is paid of it under the cap. */
    public record MonthSettled(int group, int month, long cap, long eligible, long payable) {}

    /** The centre's minimum number of groups; {@code required} null where its type has none. */
    public record GroupMinimum(Integer required, int groups, boolean met) {}

    /**
     * The annual activity budget basis: the groups counted, the standard monthly amount, the months, the
     * amount; and how many of the groups count at the raised monthly amount of a dual-income group.
     */
    public record AnnualBasis(int groupsWithPlans, long monthlyAmount, int months, long amount, int raisedGroups, long raisedMonthlyAmount) {}

    /** The outcome, with the totals it rests on. */
    public record Verdict(Outcome outcome, long claimed, long payable) {}
}
