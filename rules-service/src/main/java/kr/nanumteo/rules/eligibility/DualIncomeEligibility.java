package kr.nanumteo.rules.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.eligibility.DualIncomeFacts.Guardian;
import kr.nanumteo.rules.eligibility.DualIncomeFacts.GuardianVerdict;
import kr.nanumteo.rules.eligibility.DualIncomeFacts.Household;
import kr.nanumteo.rules.eligibility.DualIncomeFacts.HouseholdVerdict;
import kr.nanumteo.rules.eligibility.DualIncomeFacts.ProofIncomplete;
import kr.nanumteo.rules.eligibility.DualIncomeRequest.GuardianInput;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.GuardianOutcome;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.GuardianResult;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.MissingRequirement;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;

/**
 * Dual-income household eligibility (맞벌이가구 판정), RULES.md §1. The request is checked here; every
 * judgement — hours, days, proof, dates — is the pack's (dual-income.drl and its parameters).
 */
public final class DualIncomeEligibility implements DecisionKind<DualIncomeRequest, DualIncomeResponse> {

    public static final DualIncomeEligibility KIND = new DualIncomeEligibility();

    /** Activities whose work pattern (hours, days, shift) the contract requires. */
    private static final Set<Activity> WORK_PATTERN = Set.of(Activity.EMPLOYED, Activity.SELF_EMPLOYED, Activity.FARMER);

    /** A household has one or two guardians; a guardian at most one of each document code. */
    static final int MAX_GUARDIANS = 2;
    static final int MAX_DOCUMENTS = DocumentCode.values().length;

    private DualIncomeEligibility() {
    }

    @Override
    public String name() {
        return "dual-income";
    }

    @Override
    public Class<DualIncomeRequest> requestType() {
        return DualIncomeRequest.class;
    }

    @Override
    public LocalDate asOf(DualIncomeRequest request) {
        return request.asOf();
    }

    @Override
    public String requestedPack(DualIncomeRequest request) {
        return request.rulePack();
    }

    @Override
    public String applicationId(DualIncomeRequest request) {
        return request.applicationId();
    }

    @Override
    public void validate(DualIncomeRequest r, FieldErrors errors) {
        errors.maxLength("applicationId", r.applicationId(), 64);
        errors.require("asOf", r.asOf());
        errors.require("singleParent", r.singleParent());
        if (r.guardians() == null || r.guardians().isEmpty()) {
            errors.reject("guardians", "보호자를 1명 이상 보내야 합니다");
        } else if (!errors.maxItems("guardians", r.guardians(), MAX_GUARDIANS)) {
            return;
        } else if (r.singleParent() != null) {
            int expected = r.singleParent() ? 1 : 2;
            if (r.guardians().size() != expected) {
                errors.reject("guardians", (r.singleParent() ? "한부모가구(singleParent: true)는 보호자 1명" : "양부모가구(singleParent: false)는 보호자 2명")
                        + "이어야 합니다 (받은 보호자 수: " + r.guardians().size() + ")");
            }
        }
        if (r.guardians() == null) {
            return;
        }
        for (int i = 0; i < r.guardians().size(); i++) {
            GuardianInput g = r.guardians().get(i);
            String at = "guardians[" + i + "].";
            if (g == null) {
                continue;
            }
            errors.require(at + "relation", g.relation());
            errors.require(at + "activity", g.activity());
            errors.range(at + "dailyHours", g.dailyHours(), 0, 24, "시간");
            errors.range(at + "monthlyDays", g.monthlyDays(), 0, 31, "일수");
            errors.range(at + "weeklyHours", g.weeklyHours(), 0, 168, "시간");
            errors.maxItems(at + "documents", g.documents(), MAX_DOCUMENTS);
            if (g.activity() == null) {
                continue;
            }
            if (WORK_PATTERN.contains(g.activity())) {
                String why = g.activity() + " 보호자는 근로 형태(dailyHours, monthlyDays, shift)가 필수입니다";
                if (g.dailyHours() == null) {
                    errors.reject(at + "dailyHours", why);
                }
                if (g.monthlyDays() == null) {
                    errors.reject(at + "monthlyDays", why);
                }
                if (g.shift() == null) {
                    errors.reject(at + "shift", why);
                }
            }
            boolean registered = !Boolean.FALSE.equals(g.registeredHolder());
            List<DocumentCode> docs = g.documents() == null ? List.of() : g.documents();
            if (g.activity() == Activity.SELF_EMPLOYED && registered && g.businessRegisteredOn() == null) {
                errors.reject(at + "businessRegisteredOn", "사업자로 등록된 자영업 보호자는 사업자 등록일이 필수입니다 (신규 자영업자 여부를 가립니다)");
            }
            if (docs.contains(DocumentCode.JOB_SEEKING_REGISTRATION) && g.jobSeekingRegisteredOn() == null) {
                errors.reject(at + "jobSeekingRegisteredOn", "구직등록필증을 낸 경우 구직 등록일이 필수입니다 (3개월 요건을 확인합니다)");
            }
            if (g.activity() == Activity.SELF_EMPLOYED && docs.contains(DocumentCode.SALES_LEDGER)
                    && docs.contains(DocumentCode.SALES_EVIDENCE) && g.salesRecordsMatch() == null) {
                errors.reject(at + "salesRecordsMatch", "매출 장부와 매출증빙자료를 낸 경우 둘이 일치하는지(true/false)가 필수입니다");
            }
        }
    }

    @Override
    public DualIncomeResponse decide(RulePack pack, DualIncomeRequest request, Stamp stamp) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Household(request.asOf(), request.singleParent(), request.guardians().size()));
        for (int i = 0; i < request.guardians().size(); i++) {
            GuardianInput g = request.guardians().get(i);
            Set<String> docs = new LinkedHashSet<>();
            if (g.documents() != null) {
                g.documents().forEach(d -> docs.add(d.name()));
            }
            facts.add(new Guardian(i, g.relation(), g.activity(), g.dailyHours(), g.monthlyDays(), g.shift(), g.weeklyHours(),
                    !Boolean.FALSE.equals(g.registeredHolder()), g.businessRegisteredOn(), g.jobSeekingRegisteredOn(),
                    g.salesRecordsMatch(), Set.copyOf(docs)));
        }
        RuleEvaluation.Result result = RuleEvaluation.run(pack, rules(), facts);

        Map<Integer, List<Reason>> guardianReasons = new TreeMap<>();
        List<Reason> householdReasons = new ArrayList<>();
        for (FiredRule fired : result.fired()) {
            fired.about(Guardian.class).ifPresentOrElse(
                    g -> guardianReasons.computeIfAbsent(g.index(), k -> new ArrayList<>()).add(fired.reason()),
                    () -> householdReasons.add(fired.reason()));
        }
        List<GuardianResult> guardians = new ArrayList<>();
        for (int i = 0; i < request.guardians().size(); i++) {
            int index = i;
            GuardianOutcome outcome = result.factsOf(GuardianVerdict.class).stream().filter(v -> v.guardian() == index)
                    .map(GuardianVerdict::outcome).findFirst()
                    .orElseThrow(() -> new IllegalStateException(pack + " gave guardian " + index + " no outcome"));
            List<MissingRequirement> missing = outcome == GuardianOutcome.QUALIFIES_PENDING_DOCUMENTS
                    ? result.factsOf(ProofIncomplete.class).stream().filter(p -> p.guardian() == index).map(DualIncomeEligibility::missing).toList()
                    : List.of();
            guardians.add(new GuardianResult(index, outcome, missing, List.copyOf(guardianReasons.getOrDefault(index, List.of()))));
        }
        HouseholdVerdict verdict = result.single(HouseholdVerdict.class)
                .orElseThrow(() -> new IllegalStateException(pack + " gave the household no outcome"));
        return new DualIncomeResponse(stamp.decisionId(), verdict.outcome(), pack.ref(), List.copyOf(guardians),
                List.copyOf(householdReasons), stamp.evaluatedAt());
    }

    private static MissingRequirement missing(ProofIncomplete p) {
        return new MissingRequirement(p.missing().stream().map(alt -> alt.stream().map(DocumentCode::valueOf).toList()).toList(), p.label());
    }

    @Override
    public DualIncomeRequest example() {
        return new DualIncomeRequest("example", LocalDate.of(2024, 3, 4), null, false, List.of(
                new GuardianInput(Relation.MOTHER, Activity.EMPLOYED, new BigDecimal("8.0"), 21, Shift.DAY, null, true, null, null, null,
                        List.of(DocumentCode.EMPLOYMENT_CERTIFICATE)),
                new GuardianInput(Relation.FATHER, Activity.SELF_EMPLOYED, new BigDecimal("9"), 22, Shift.DAY, null, true,
                        LocalDate.of(2020, 5, 1), null, null, List.of(DocumentCode.BUSINESS_REGISTRATION))));
    }
}
