package kr.nanumteo.rules.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.money.Percent;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.Parameters;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.subsidy.PumasiFacts.AnnualBasis;
import kr.nanumteo.rules.subsidy.PumasiFacts.Centre;
import kr.nanumteo.rules.subsidy.PumasiFacts.Discouraged;
import kr.nanumteo.rules.subsidy.PumasiFacts.Eligible;
import kr.nanumteo.rules.subsidy.PumasiFacts.Expense;
import kr.nanumteo.rules.subsidy.PumasiFacts.Group;
import kr.nanumteo.rules.subsidy.PumasiFacts.GroupMinimum;
import kr.nanumteo.rules.subsidy.PumasiFacts.GroupMonth;
import kr.nanumteo.rules.subsidy.PumasiFacts.MonthSettled;
import kr.nanumteo.rules.subsidy.PumasiFacts.MonthlyCap;
import kr.nanumteo.rules.subsidy.PumasiFacts.Refused;
import kr.nanumteo.rules.subsidy.PumasiFacts.SupportPeriod;
import kr.nanumteo.rules.subsidy.PumasiFacts.Verdict;
import kr.nanumteo.rules.subsidy.PumasiSubsidyRequest.ExpenseInput;
import kr.nanumteo.rules.subsidy.PumasiSubsidyRequest.GroupInput;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.ExpenseResult;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.ExpenseStatus;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.GroupResult;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.MinimumGroups;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.MonthResult;

/**
 * Pumasi activity subsidy (돌봄품앗이 활동비), RULES.md §3. The request is checked here; caps, shares,
 * months, refusals, the minimum number of groups and the annual basis are the pack's
 * (pumasi-subsidy.drl and its parameters). Java only adds up what the rules settled.
 */
public final class PumasiSubsidy implements DecisionKind<PumasiSubsidyRequest, PumasiSubsidyResponse> {

    public static final PumasiSubsidy KIND = new PumasiSubsidy();

    /**
     * The pack parameter a request's {@code supportPeriodMonths} replaces: the guideline leaves the
     * period to the local government (4-라 4) "지역별 자율 결정"), so the caller may state its own.
     */
    static final String SUPPORT_PERIOD = "pumasi.supportPeriod.months";

    /** Sanity bounds on the request's shape, not policy: no rule reads them. */
    private static final long MAX_AMOUNT = 1_000_000_000L;
    private static final int MAX_HOUSEHOLDS = 10_000;
    private static final int MAX_PERIOD_MONTHS = 1_200;
    static final int MAX_GROUPS = 1_000;
    static final int MAX_EXPENSES = 1_000;

    private PumasiSubsidy() {
    }

    @Override
    public String name() {
        return "pumasi-subsidy";
    }

    @Override
    public Class<PumasiSubsidyRequest> requestType() {
        return PumasiSubsidyRequest.class;
    }

    /** A subsidy year is decided by the pack in force on its first day. */
    @Override
    public LocalDate asOf(PumasiSubsidyRequest request) {
        return LocalDate.of(request.year(), 1, 1);
    }

    @Override
    public String requestedPack(PumasiSubsidyRequest request) {
        return request.rulePack();
    }

    @Override
    public void validate(PumasiSubsidyRequest r, FieldErrors errors) {
        errors.maxLength("centreId", r.centreId(), 64);
        errors.requireYear("year", r.year());
        errors.require("centreType", r.centreType());
        errors.range("supportPeriodMonths", r.supportPeriodMonths(), 1, MAX_PERIOD_MONTHS, "개월 수");
        if (!errors.require("groups", r.groups()) || !errors.maxItems("groups", r.groups(), MAX_GROUPS)) {
            return;
        }
        for (int i = 0; i < r.groups().size(); i++) {
            GroupInput g = r.groups().get(i);
            String at = "groups[" + i + "].";
            errors.maxLength(at + "groupId", g.groupId(), 64);
            if (errors.require(at + "formedOn", g.formedOn()) && r.year() != null && g.formedOn().getYear() > r.year()) {
                errors.reject(at + "formedOn", "품앗이 구성일(" + g.formedOn() + ")이 활동비 지원 연도(" + r.year()
                        + ")보다 뒤입니다. 그해에 없던 품앗이는 그해의 활동비를 받을 수 없습니다");
            }
            if (errors.require(at + "households", g.households())) {
                errors.range(at + "households", g.households(), 1, MAX_HOUSEHOLDS, "가구 수");
            }
            if (errors.require(at + "dualIncomeHouseholds", g.dualIncomeHouseholds())) {
                errors.range(at + "dualIncomeHouseholds", g.dualIncomeHouseholds(), 0, MAX_HOUSEHOLDS, "가구 수");
                if (g.households() != null && g.dualIncomeHouseholds() > g.households()) {
                    errors.reject(at + "dualIncomeHouseholds", "맞벌이가구 수(" + g.dualIncomeHouseholds()
                            + ")가 참여 가구 수(" + g.households() + ")보다 많을 수 없습니다");
                }
            }
            if (g.plannedMonths() != null && errors.maxItems(at + "plannedMonths", g.plannedMonths(), 12)) {
                Set<Integer> seen = new HashSet<>();
                for (int k = 0; k < g.plannedMonths().size(); k++) {
                    Integer month = g.plannedMonths().get(k);
                    errors.range(at + "plannedMonths[" + k + "]", month, 1, 12, "월");
                    if (!seen.add(month)) {
                        errors.reject(at + "plannedMonths[" + k + "]", month + "월이 두 번 있습니다");
                    }
                }
            }
            if (g.expenses() == null || !errors.maxItems(at + "expenses", g.expenses(), MAX_EXPENSES)) {
                continue;
            }
            for (int k = 0; k < g.expenses().size(); k++) {
                ExpenseInput e = g.expenses().get(k);
                String ex = at + "expenses[" + k + "].";
                if (errors.require(ex + "month", e.month())) {
                    errors.range(ex + "month", e.month(), 1, 12, "월");
                }
                errors.require(ex + "category", e.category());
                if (errors.require(ex + "amount", e.amount())) {
                    errors.range(ex + "amount", e.amount(), 1, MAX_AMOUNT, "금액(원)");
                }
                if (e.unitPrice() == null) {
                    if (e.category() == ExpenseCategory.DURABLE_GOODS) {
                        errors.reject(ex + "unitPrice", "내구성 물품은 취득단가가 필수입니다");
                    }
                } else {
                    errors.range(ex + "unitPrice", e.unitPrice(), 1, MAX_AMOUNT, "금액(원)");
                    if (e.amount() != null && e.unitPrice() > e.amount()) {
                        errors.reject(ex + "unitPrice", "단가(" + e.unitPrice() + "원)가 금액(" + e.amount() + "원)보다 클 수 없습니다");
                    }
                }
            }
        }
    }

    @Override
    public PumasiSubsidyResponse decide(RulePack pack, PumasiSubsidyRequest request, Stamp stamp) {
        int year = request.year();
        List<GroupInput> groups = request.groups();
        List<Object> facts = new ArrayList<>();
        facts.add(new Centre(year, request.centreType(), request.centreType().koreanName(), groups.size()));
        for (int i = 0; i < groups.size(); i++) {
            GroupInput g = groups.get(i);
            Set<Integer> planned = g.plannedMonths() == null ? Set.of() : Set.copyOf(g.plannedMonths());
            facts.add(new Group(i, g.formedOn(), g.households(), g.dualIncomeHouseholds(), planned));
            for (int month : monthsOf(g)) {
                YearMonth ym = YearMonth.of(year, month);
                facts.add(new GroupMonth(i, month, ym.atDay(1), ym.atEndOfMonth(), planned.contains(month)));
            }
            for (int k = 0; k < expensesOf(g).size(); k++) {
                ExpenseInput e = expensesOf(g).get(k);
                facts.add(new Expense(i, k, e.month(), e.category(), e.category().koreanName(), e.amount(), e.unitPrice()));
            }
        }
        Parameters parameters = request.supportPeriodMonths() == null
                ? pack.parameters()
                : pack.parameters().with(Map.of(SUPPORT_PERIOD, BigDecimal.valueOf(request.supportPeriodMonths())));
        RuleEvaluation.Result result = RuleEvaluation.run(pack, rules(), parameters, facts);

        // File each reason under the most specific thing it is about: a cost, a month, a group, or the centre.
        Map<List<Integer>, List<Reason>> byExpense = new HashMap<>();
        Map<List<Integer>, List<Reason>> byMonth = new HashMap<>();
        Map<Integer, List<Reason>> byGroup = new HashMap<>();
        List<Reason> centreReasons = new ArrayList<>();
        for (FiredRule fired : result.fired()) {
            var expense = fired.about(Expense.class);
            var month = fired.about(GroupMonth.class);
            var group = fired.about(Group.class);
            if (expense.isPresent()) {
                byExpense.computeIfAbsent(List.of(expense.get().group(), expense.get().index()), k -> new ArrayList<>()).add(fired.reason());
            } else if (month.isPresent()) {
                byMonth.computeIfAbsent(List.of(month.get().group(), month.get().month()), k -> new ArrayList<>()).add(fired.reason());
            } else if (group.isPresent()) {
                byGroup.computeIfAbsent(group.get().index(), k -> new ArrayList<>()).add(fired.reason());
            } else {
                centreReasons.add(fired.reason());
            }
        }
        Set<List<Integer>> refused = new HashSet<>();
        result.factsOf(Refused.class).forEach(f -> refused.add(List.of(f.group(), f.expense())));
        Set<List<Integer>> discouraged = new HashSet<>();
        result.factsOf(Discouraged.class).forEach(f -> discouraged.add(List.of(f.group(), f.expense())));
        Set<List<Integer>> eligible = new HashSet<>();
        result.factsOf(Eligible.class).forEach(f -> eligible.add(List.of(f.group(), f.expense())));
        Map<List<Integer>, MonthSettled> settled = new HashMap<>();
        result.factsOf(MonthSettled.class).forEach(f -> settled.put(List.of(f.group(), f.month()), f));
        Map<Integer, Long> caps = new HashMap<>();
        result.factsOf(MonthlyCap.class).forEach(f -> caps.put(f.group(), f.amount()));

        List<GroupResult> groupResults = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupInput g = groups.get(i);
            int index = i;
            Long cap = caps.get(i);
            if (cap == null) {
                throw new IllegalStateException(pack + " gave group " + i + " no monthly cap");
            }
            Map<Integer, Long> claimedByMonth = new TreeMap<>();
            List<ExpenseResult> expenses = new ArrayList<>();
            for (int k = 0; k < expensesOf(g).size(); k++) {
                ExpenseInput e = expensesOf(g).get(k);
                List<Integer> key = List.of(i, k);
                ExpenseStatus status;
                if (refused.contains(key)) {
                    status = ExpenseStatus.REFUSED;
                } else if (eligible.contains(key)) {
                    status = discouraged.contains(key) ? ExpenseStatus.ELIGIBLE_WITH_WARNING : ExpenseStatus.ELIGIBLE;
                } else {
                    throw new IllegalStateException(pack + " neither admitted nor refused expense " + k + " of group " + i);
                }
                claimedByMonth.merge(e.month(), e.amount(), Math::addExact);
                expenses.add(new ExpenseResult(k, e.month(), e.category(), e.amount(), status,
                        List.copyOf(byExpense.getOrDefault(key, List.of()))));
            }
            List<MonthResult> months = new ArrayList<>();
            long payable = 0;
            for (int month : monthsOf(g)) {
                MonthSettled s = settled.get(List.of(i, month));
                if (s == null) {
                    throw new IllegalStateException(pack + " did not settle month " + month + " of group " + i);
                }
                payable = Math.addExact(payable, s.payable());
                months.add(new MonthResult(month, g.plannedMonths() != null && g.plannedMonths().contains(month), s.cap(),
                        claimedByMonth.getOrDefault(month, 0L), s.eligible(), s.payable(),
                        List.copyOf(byMonth.getOrDefault(List.of(i, month), List.of()))));
            }
            long claimed = claimedByMonth.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
            groupResults.add(new GroupResult(index, g.groupId(), Percent.share(g.dualIncomeHouseholds(), g.households()), cap,
                    claimed, payable, List.copyOf(months), List.copyOf(expenses), List.copyOf(byGroup.getOrDefault(i, List.of()))));
        }

        Verdict verdict = result.single(Verdict.class).orElseThrow(() -> new IllegalStateException(pack + " gave the centre no outcome"));
        GroupMinimum minimum = result.single(GroupMinimum.class)
                .orElseThrow(() -> new IllegalStateException(pack + " did not judge the minimum number of groups"));
        AnnualBasis basis = result.single(AnnualBasis.class).orElseThrow(() -> new IllegalStateException(pack + " gave no annual basis"));
        SupportPeriod period = result.single(SupportPeriod.class).orElseThrow(() -> new IllegalStateException(pack + " gave no support period"));
        return new PumasiSubsidyResponse(stamp.decisionId(), verdict.outcome(), pack.ref(), period.months(),
                new MinimumGroups(minimum.required(), minimum.groups(), minimum.met()),
                new PumasiSubsidyResponse.AnnualBasis(basis.groupsWithPlans(), basis.monthlyAmount(), basis.months(), basis.amount(),
                        basis.raisedGroups(), basis.raisedMonthlyAmount()),
                verdict.claimed(), verdict.payable(), List.copyOf(groupResults), List.copyOf(centreReasons), stamp.evaluatedAt());
    }

    /** The months a group planned or claimed for, in order: each is settled, even when nothing in it is paid. */
    private static Set<Integer> monthsOf(GroupInput g) {
        Set<Integer> months = new TreeSet<>();
        if (g.plannedMonths() != null) {
            months.addAll(g.plannedMonths());
        }
        expensesOf(g).forEach(e -> months.add(e.month()));
        return months;
    }

    private static List<ExpenseInput> expensesOf(GroupInput g) {
        return g.expenses() == null ? List.of() : g.expenses();
    }

    @Override
    public PumasiSubsidyRequest example() {
        return new PumasiSubsidyRequest("example", 2024, null, CentreType.GENERAL, null, List.of(
                new GroupInput("example-1", LocalDate.of(2023, 3, 2), 10, 3, List.of(3, 4),
                        List.of(new ExpenseInput(3, ExpenseCategory.MATERIALS, 42_000L, null),
                                new ExpenseInput(4, ExpenseCategory.DURABLE_GOODS, 80_000L, 80_000L))),
                new GroupInput("example-2", LocalDate.of(2024, 2, 10), 6, 1, List.of(3),
                        List.of(new ExpenseInput(3, ExpenseCategory.SNACKS, 20_000L, null)))));
    }
}
