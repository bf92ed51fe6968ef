package kr.nanumteo.rules.budget;

import java.math.BigDecimal;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.centre.Sido;

/**
 * The facts the budget rules reason over (budget.drl): one centre's budget and an operator's pooled
 * budget share them, so the category checks of a plan are the same rules for both. Plain records,
 * shared by every pack and stable across years: fields are added, never repurposed. Whole won.
 */
@FactModel
public final class BudgetFacts {

    private BudgetFacts() {
    }

    // ── input ──────────────────────────────────────────────────────────

    /**
     * What is being decided: one centre's budget ({@code pooled} false) or an operator's pool in the
     * 시군구 given; {@code operatorId} is null for a centre budget.
     */
    public record BudgetCase(int year, boolean pooled, Sido sido, String sidoName, String sigungu, String operatorId) {}

    /**
     * A centre: in a centre budget the one centre (index 0, its region the case's), in a pool each
     * centre listed. Fields a decision does not receive are null.
     */
    public record Centre(
            int index,
            String operatorId,
            Sido sido,
            String sidoName,
            String sigungu,
            boolean nationallyFunded,
            Integer openedIn,
            CentreType type,
            String typeName,
            Integer operatorCentresInSigungu,
            Boolean dedicatedWorkerAlwaysOnSite,
            Integer pumasiGroups) {}

    /**
     * The plan's total, every item booked as an asset whatever its price ({@code assetsTotal}), and its
     * lines as planned: what leftover pay and volunteer allowances are checked against.
     */
    public record Plan(long total, long assetsTotal, long dedicatedStaff, long assistantStaff, long project, long operating) {}

    /** Assistant-staff pay and months employed. */
    public record AssistantStaff(long amount, int monthsEmployed) {}

    /** An item booked as an asset; {@code centre} is the pooled centre it is for, or null. */
    public record Asset(int index, String item, long unitPrice, int quantity, long amount, Integer centre) {}

    /** Volunteer allowances: person-days at a daily allowance. */
    public record Volunteers(int index, int personDays, long dailyAllowance) {}

    /** Leftover assistant-staff pay moved to another line. */
    public record Transfer(int index, long amount, BudgetLine to, String toName) {}

    /** All the leftover assistant-staff pay the plan moves out, added up; only when it moves some. */
    public record LeftoverTotal(long amount) {}

    /**
     * A line that leftover assistant-staff pay moves into: what the plan puts in that line, and how much of
     * it the moves say came from the assistant-staff line (already counted in it).
     */
    public record LineIn(BudgetLine line, String lineName, long planned, long movedIn) {}

    /** All the volunteer allowances (person-days × daily allowance), added up; only when the plan has some. */
    public record VolunteerTotal(long amount) {}

    // ── derived ────────────────────────────────────────────────────────

    /** The budget under review: the standard amount per centre, how many centres, and the total. */
    public record Budget(long perCentre, int centres, long total) {}

    /** This centre's standard budget is in the plan under review. */
    public record Funded(int centre) {}

    /** The national and local shares of the budget. */
    public record Shares(BigDecimal nationalPercent, long national, long local) {}

    /** One funded centre's part of the asset limit: its rate and the amount that rate allows. */
    public record CapShare(int centre, BigDecimal percent, long limit) {}

    /** The plan's asset purchases (items at or above the unit price) against the limit. */
    public record AssetCap(long limit, long assets) {}

    /** How much the plan's total is over the budget under review. */
    public record OverStandard(long amount) {}

    /** The operator may set its own assistant-staff plan instead of the 10-month rule. */
    public record OperatorStaffingPlan() {}

    /** Pooling is allowed in this pack's year. */
    public record PoolingAllowed() {}

    /** This centre cannot join the pool. */
    public record CannotPool(int centre) {}

    /** This centre may join the pool. */
    public record MayPool(int centre) {}

    /** A pooled centre that does not keep a minimum standard the guideline keeps under pooling. */
    public record StandardNotKept(int centre) {}

    /** The plan must change where {@code about} (an item, a centre, the asset total) is concerned. */
    public record NeedsChange(Object about) {}

    /** The centre budget's outcome. */
    public record CentreVerdict(CentreBudgetResponse.Outcome outcome) {}

    /** The pooled budget's outcome. */
    public record PoolVerdict(PooledBudgetResponse.Outcome outcome) {}
}
