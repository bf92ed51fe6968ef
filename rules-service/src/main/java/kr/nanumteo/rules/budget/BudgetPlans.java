package kr.nanumteo.rules.budget;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import kr.nanumteo.rules.budget.BudgetFacts.Asset;
import kr.nanumteo.rules.budget.BudgetFacts.AssetCap;
import kr.nanumteo.rules.budget.BudgetFacts.AssistantStaff;
import kr.nanumteo.rules.budget.BudgetFacts.Budget;
import kr.nanumteo.rules.budget.BudgetFacts.LeftoverTotal;
import kr.nanumteo.rules.budget.BudgetFacts.LineIn;
import kr.nanumteo.rules.budget.BudgetFacts.NeedsChange;
import kr.nanumteo.rules.budget.BudgetFacts.OverStandard;
import kr.nanumteo.rules.budget.BudgetFacts.Plan;
import kr.nanumteo.rules.budget.BudgetFacts.Transfer;
import kr.nanumteo.rules.budget.BudgetFacts.VolunteerTotal;
import kr.nanumteo.rules.budget.BudgetFacts.Volunteers;
import kr.nanumteo.rules.budget.BudgetPlan.AssetPurchase;
import kr.nanumteo.rules.budget.BudgetPlan.LeftoverTransfer;
import kr.nanumteo.rules.budget.BudgetPlan.VolunteerAllowance;
import kr.nanumteo.rules.centre.Region;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.requests.FieldErrors;

/**
 * What a centre budget and a pooled budget do alike with their plan: check its shape, turn it into
 * facts, and file what the rules found under the part of the plan it is about.
 */
final class BudgetPlans {

    /**
     * Sanity bounds on the request's shape, not policy: no rule reads them. Every amount, an asset item's
     * (unit price × quantity) included, is at most 1000억 원, and every list is bounded, so that every sum
     * of a plan (here and in budget.drl) stays far inside a long; the sums are exact all the same.
     */
    static final long MAX_AMOUNT = 100_000_000_000L;
    private static final int MAX_QUANTITY = 100_000;
    private static final int MAX_PERSON_DAYS = 100_000;
    static final int MAX_ASSETS = 1_000;
    static final int MAX_VOLUNTEERS = 1_000;
    static final int MAX_TRANSFERS = 100;

    private BudgetPlans() {
    }

    static void validateRegion(Region region, FieldErrors errors, String at) {
        if (!errors.require(at, region)) {
            return;
        }
        errors.require(at + ".sido", region.sido());
        if (region.sigungu() == null || region.sigungu().isBlank()) {
            errors.reject(at + ".sigungu", "필수 항목입니다");
        } else {
            errors.maxLength(at + ".sigungu", region.sigungu(), 40);
        }
    }

    /** An opening year is required (it decides the asset limit) and cannot be after the budget year. */
    static void validateOpenedIn(Integer openedIn, Integer year, FieldErrors errors, String at) {
        if (errors.require(at, openedIn)) {
            errors.range(at, openedIn, 1900, 2100, "연도");
            if (year != null && openedIn > year) {
                errors.reject(at, "개소 연도(" + openedIn + ")가 예산 연도(" + year + ")보다 늦을 수 없습니다");
            }
        }
    }

    /**
     * @param centres for a pooled plan, how many centres an asset item may name (0 when the centres are
     *                themselves refused, so no index can be checked); null for a centre budget, whose
     *                items name none
     */
    static void validate(BudgetPlan plan, FieldErrors errors, Integer centres) {
        if (!errors.require("plan", plan)) {
            return;
        }
        amount(errors, "plan.dedicatedStaff", plan.dedicatedStaff(), 0);
        amount(errors, "plan.project", plan.project(), 0);
        amount(errors, "plan.operating", plan.operating(), 0);
        if (errors.require("plan.assistantStaff", plan.assistantStaff())) {
            amount(errors, "plan.assistantStaff.amount", plan.assistantStaff().amount(), 0);
            if (errors.require("plan.assistantStaff.monthsEmployed", plan.assistantStaff().monthsEmployed())) {
                errors.range("plan.assistantStaff.monthsEmployed", plan.assistantStaff().monthsEmployed(), 0, 12, "개월 수");
            }
        }
        List<AssetPurchase> assets = errors.maxItems("plan.assets", plan.assets(), MAX_ASSETS) && plan.assets() != null ? plan.assets() : List.of();
        for (int i = 0; i < assets.size(); i++) {
            AssetPurchase a = assets.get(i);
            String at = "plan.assets[" + i + "].";
            if (a.item() == null || a.item().isBlank()) {
                errors.reject(at + "item", "필수 항목입니다");
            } else {
                errors.maxLength(at + "item", a.item(), 100);
            }
            amount(errors, at + "unitPrice", a.unitPrice(), 1);
            if (errors.require(at + "quantity", a.quantity())) {
                errors.range(at + "quantity", a.quantity(), 1, MAX_QUANTITY, "수량");
            }
            if (a.unitPrice() != null && a.quantity() != null && !errors.has(at + "unitPrice") && !errors.has(at + "quantity")
                    && assetAmount(a) > MAX_AMOUNT) {
                errors.reject(at.substring(0, at.length() - 1), "품목 금액(단가 × 수량 = " + assetAmount(a) + "원)은 " + MAX_AMOUNT + "원 이하여야 합니다");
            }
            if (a.centre() != null) {
                if (centres == null) {
                    errors.reject(at + "centre", "개소 예산에서는 쓰지 않습니다 (통합 예산에서 품목의 시설을 밝힐 때만 씁니다)");
                } else if (centres > 0) {
                    errors.range(at + "centre", a.centre(), 0, centres - 1, "시설 번호(centres의 순번)");
                }
            }
        }
        List<VolunteerAllowance> volunteers = errors.maxItems("plan.volunteers", plan.volunteers(), MAX_VOLUNTEERS) && plan.volunteers() != null
                ? plan.volunteers() : List.of();
        for (int i = 0; i < volunteers.size(); i++) {
            String at = "plan.volunteers[" + i + "].";
            if (errors.require(at + "personDays", volunteers.get(i).personDays())) {
                errors.range(at + "personDays", volunteers.get(i).personDays(), 0, MAX_PERSON_DAYS, "연인원(일)");
            }
            amount(errors, at + "dailyAllowance", volunteers.get(i).dailyAllowance(), 0);
        }
        List<LeftoverTransfer> transfers = errors.maxItems("plan.assistantLeftover", plan.assistantLeftover(), MAX_TRANSFERS)
                && plan.assistantLeftover() != null ? plan.assistantLeftover() : List.of();
        for (int i = 0; i < transfers.size(); i++) {
            String at = "plan.assistantLeftover[" + i + "].";
            amount(errors, at + "amount", transfers.get(i).amount(), 1);
            if (errors.require(at + "to", transfers.get(i).to()) && transfers.get(i).to() == BudgetLine.ASSISTANT_STAFF) {
                errors.reject(at + "to", "남은 보조인력 인건비를 같은 항목(ASSISTANT_STAFF)으로 옮길 수는 없습니다");
            }
        }
    }

    private static void amount(FieldErrors errors, String field, Long value, long min) {
        if (errors.require(field, value)) {
            errors.range(field, value, min, MAX_AMOUNT, "금액(원)");
        }
    }

    static long assetAmount(AssetPurchase a) {
        return Math.multiplyExact(a.unitPrice(), (long) a.quantity());
    }

    static long assetsTotal(BudgetPlan plan) {
        return plan.assets() == null ? 0 : plan.assets().stream().mapToLong(BudgetPlans::assetAmount).reduce(0, Math::addExact);
    }

    /** The five lines added up: dedicated staff, assistant staff, project, operating, asset purchases. */
    static long total(BudgetPlan plan) {
        return LongStream.of(plan.dedicatedStaff(), plan.assistantStaff().amount(), plan.project(), plan.operating(), assetsTotal(plan))
                .reduce(0, Math::addExact);
    }

    static List<Object> facts(BudgetPlan plan) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Plan(total(plan), assetsTotal(plan), plan.dedicatedStaff(), plan.assistantStaff().amount(), plan.project(), plan.operating()));
        facts.add(new AssistantStaff(plan.assistantStaff().amount(), plan.assistantStaff().monthsEmployed()));
        List<AssetPurchase> assets = plan.assets() == null ? List.of() : plan.assets();
        for (int i = 0; i < assets.size(); i++) {
            AssetPurchase a = assets.get(i);
            facts.add(new Asset(i, a.item().strip(), a.unitPrice(), a.quantity(), assetAmount(a), a.centre()));
        }
        List<VolunteerAllowance> volunteers = plan.volunteers() == null ? List.of() : plan.volunteers();
        long allowances = 0;
        for (int i = 0; i < volunteers.size(); i++) {
            facts.add(new Volunteers(i, volunteers.get(i).personDays(), volunteers.get(i).dailyAllowance()));
            allowances = Math.addExact(allowances, Math.multiplyExact((long) volunteers.get(i).personDays(), volunteers.get(i).dailyAllowance()));
        }
        if (!volunteers.isEmpty()) {
            facts.add(new VolunteerTotal(allowances));
        }
        List<LeftoverTransfer> transfers = plan.assistantLeftover() == null ? List.of() : plan.assistantLeftover();
        Map<BudgetLine, Long> movedIn = new EnumMap<>(BudgetLine.class);
        for (int i = 0; i < transfers.size(); i++) {
            LeftoverTransfer t = transfers.get(i);
            facts.add(new Transfer(i, t.amount(), t.to(), t.to().koreanName()));
            movedIn.merge(t.to(), t.amount(), Math::addExact);
        }
        if (!transfers.isEmpty()) {
            facts.add(new LeftoverTotal(movedIn.values().stream().mapToLong(Long::longValue).sum()));
        }
        movedIn.forEach((line, amount) -> facts.add(new LineIn(line, line.koreanName(), planned(plan, line), amount)));
        return facts;
    }

    /** How much the plan is over the budget under review: null when there is none (no national budget, no pool). */
    static Long overStandard(RuleEvaluation.Result result) {
        if (result.single(Budget.class).isEmpty()) {
            return null;
        }
        return result.single(OverStandard.class).map(OverStandard::amount).orElse(0L);
    }

    /** What the plan puts in a line (asset purchases aside: leftover pay is not moved into them). */
    private static long planned(BudgetPlan plan, BudgetLine line) {
        return switch (line) {
            case DEDICATED_STAFF -> plan.dedicatedStaff();
            case ASSISTANT_STAFF -> plan.assistantStaff().amount();
            case PROJECT -> plan.project();
            case OPERATING -> plan.operating();
        };
    }

    /**
     * Reasons filed by the part of the plan they are about: an item before the asset total, so a rule
     * about one asset is not filed under all of them.
     */
    static final class Findings {

        private static final List<Class<?>> BY_SPECIFICITY = List.of(Asset.class, Transfer.class, Volunteers.class, AssistantStaff.class,
                AssetCap.class, VolunteerTotal.class, LeftoverTotal.class, LineIn.class);

        private final Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        private final Set<String> needsChange = new HashSet<>();

        Findings(RuleEvaluation.Result result) {
            result.factsOf(NeedsChange.class).forEach(n -> subjectOf(n.about()).ifPresent(needsChange::add));
        }

        /** Files the reason under its part of the plan; false when the rule is about no part of it. */
        boolean file(FiredRule fired) {
            for (Class<?> type : BY_SPECIFICITY) {
                Optional<?> fact = fired.about(type);
                if (fact.isPresent()) {
                    reasons.computeIfAbsent(subjectOf(fact.get()).orElseThrow(), k -> new ArrayList<>()).add(fired.reason());
                    return true;
                }
            }
            return false;
        }

        /**
         * In the plan's own order: assistant staff, the asset total, each asset, each volunteer entry, the
         * volunteer allowances together, each transfer, the transfers together.
         */
        List<PlanFinding> list(BudgetPlan plan) {
            List<String> order = new ArrayList<>(List.of("plan.assistantStaff", "plan.assets"));
            int assets = plan.assets() == null ? 0 : plan.assets().size();
            int volunteers = plan.volunteers() == null ? 0 : plan.volunteers().size();
            int transfers = plan.assistantLeftover() == null ? 0 : plan.assistantLeftover().size();
            for (int i = 0; i < assets; i++) {
                order.add("plan.assets[" + i + "]");
            }
            for (int i = 0; i < volunteers; i++) {
                order.add("plan.volunteers[" + i + "]");
            }
            order.add("plan.volunteers");
            for (int i = 0; i < transfers; i++) {
                order.add("plan.assistantLeftover[" + i + "]");
            }
            order.add("plan.assistantLeftover");
            List<PlanFinding> out = new ArrayList<>();
            for (String subject : order) {
                List<Reason> r = reasons.get(subject);
                if (r != null || needsChange.contains(subject)) {
                    out.add(new PlanFinding(subject, needsChange.contains(subject) ? PlanFinding.Status.NEEDS_CHANGE : PlanFinding.Status.OK,
                            r == null ? List.of() : List.copyOf(r)));
                }
            }
            return List.copyOf(out);
        }

        private static Optional<String> subjectOf(Object fact) {
            if (fact instanceof Asset a) {
                return Optional.of("plan.assets[" + a.index() + "]");
            }
            if (fact instanceof Transfer t) {
                return Optional.of("plan.assistantLeftover[" + t.index() + "]");
            }
            if (fact instanceof Volunteers v) {
                return Optional.of("plan.volunteers[" + v.index() + "]");
            }
            if (fact instanceof AssistantStaff) {
                return Optional.of("plan.assistantStaff");
            }
            if (fact instanceof AssetCap) {
                return Optional.of("plan.assets");
            }
            if (fact instanceof VolunteerTotal) {
                return Optional.of("plan.volunteers");
            }
            if (fact instanceof LeftoverTotal || fact instanceof LineIn) {
                return Optional.of("plan.assistantLeftover");
            }
            return Optional.empty();
        }
    }
}
