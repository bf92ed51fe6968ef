package kr.nanumteo.rules.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import kr.nanumteo.rules.admission.AdmissionFacts.AdmissionsVerdict;
import kr.nanumteo.rules.admission.AdmissionFacts.Applicant;
import kr.nanumteo.rules.admission.AdmissionFacts.Capacity;
import kr.nanumteo.rules.admission.AdmissionFacts.CentreTooSmall;
import kr.nanumteo.rules.admission.AdmissionFacts.Centre;
import kr.nanumteo.rules.admission.AdmissionFacts.Group;
import kr.nanumteo.rules.admission.AdmissionFacts.OpenPlaces;
import kr.nanumteo.rules.admission.AdmissionFacts.OthersAdmissible;
import kr.nanumteo.rules.admission.AdmissionFacts.Placed;
import kr.nanumteo.rules.admission.AdmissionFacts.Quota;
import kr.nanumteo.rules.admission.AdmissionFacts.Tally;
import kr.nanumteo.rules.admission.AdmissionsRequest.ApplicantInput;
import kr.nanumteo.rules.admission.AdmissionsResponse.ApplicantGroup;
import kr.nanumteo.rules.admission.AdmissionsResponse.ApplicantResult;
import kr.nanumteo.rules.admission.AdmissionsResponse.Places;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionLog;
import kr.nanumteo.rules.decisions.RecordedDecision;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.decisions.UnresolvedReferenceException;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.HouseholdOutcome;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.KoreanParticles;
import kr.nanumteo.rules.packs.Parameters;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;

/**
 * Admissions to a 맞벌이가구 자녀돌봄시설 (정원과 우선 모집), RULES.md §2. The request is checked here and
 * cited eligibility decisions are read from the log; capacity, the dual-income priority and who is
 * admitted or waits are the pack's (admissions.drl and its parameters).
 */
public final class DualIncomeCentreAdmissions implements DecisionKind<AdmissionsRequest, AdmissionsResponse> {

    public static final DualIncomeCentreAdmissions KIND = new DualIncomeCentreAdmissions();

    /** The pack parameter a request's {@code emergencyCareReserve} overrides (documented in openapi.yaml). */
    static final String RESERVE_PARAMETER = "admissions.emergencyCare.reservedPlaces";

    /** Sanity bounds that only keep typing errors out; not guideline thresholds. */
    private static final int AREA_LIMIT = 100_000;
    private static final int MANY = 10_000;
    /** The most applicants one round takes (a centre of the largest area holds about 30,000 children). */
    static final int MAX_APPLICANTS = 10_000;

    private DualIncomeCentreAdmissions() {
    }

    @Override
    public String name() {
        return "admissions";
    }

    @Override
    public Class<AdmissionsRequest> requestType() {
        return AdmissionsRequest.class;
    }

    @Override
    public LocalDate asOf(AdmissionsRequest request) {
        return request.asOf();
    }

    @Override
    public String requestedPack(AdmissionsRequest request) {
        return request.rulePack();
    }

    @Override
    public void validate(AdmissionsRequest r, FieldErrors errors) {
        errors.maxLength("centreId", r.centreId(), 64);
        errors.require("asOf", r.asOf());
        if (errors.require("area", r.area())) {
            errors.range("area", r.area(), 0, AREA_LIMIT, "면적(㎡)");
        }
        if (r.exclusiveArea() != null) {
            errors.range("exclusiveArea", r.exclusiveArea(), 0, AREA_LIMIT, "면적(㎡)");
            if (r.area() != null && r.exclusiveArea().compareTo(r.area()) > 0) {
                errors.reject("exclusiveArea", "전용면적(" + r.exclusiveArea().toPlainString() + "㎡)은 시설 면적(" + r.area().toPlainString()
                        + "㎡)보다 클 수 없습니다");
            }
        }
        errors.range("emergencyCareReserve", r.emergencyCareReserve(), 0, MANY, "정원 수");
        if (r.applicants() == null || r.applicants().isEmpty()) {
            errors.reject("applicants", "신청자를 1명 이상 보내야 합니다");
            return;
        }
        if (!errors.maxItems("applicants", r.applicants(), MAX_APPLICANTS)) {
            return;
        }
        Set<String> references = new HashSet<>();
        for (int i = 0; i < r.applicants().size(); i++) {
            ApplicantInput a = r.applicants().get(i);
            String at = "applicants[" + i + "].";
            if (errors.require(at + "reference", a.reference())) {
                errors.maxLength(at + "reference", a.reference(), 64);
                if (!references.add(a.reference())) {
                    errors.reject(at + "reference", "같은 신청자 참조(" + a.reference() + ")가 두 번 있습니다");
                }
            }
            if (a.dualIncomeOutcome() == null && a.decisionId() == null && !errors.has(at + "decisionId")) {
                errors.reject(at + "dualIncomeOutcome", "맞벌이가구 판정 결과(dualIncomeOutcome)나 그 판정의 decisionId 중 하나는 있어야 합니다");
            }
        }
    }

    /**
     * Replaces each cited eligibility decision by its recorded outcome (kept next to its id), so that
     * what is evaluated, recorded and replayed does not depend on the log. A decisionId that is not in
     * the log, is not a dual-income decision, or whose outcome contradicts the one sent, is refused.
     */
    @Override
    public AdmissionsRequest resolve(AdmissionsRequest request, DecisionLog log) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        List<ApplicantInput> resolved = new ArrayList<>();
        for (int i = 0; i < request.applicants().size(); i++) {
            ApplicantInput a = request.applicants().get(i);
            if (a.decisionId() == null) {
                resolved.add(a);
                continue;
            }
            String field = "applicants[" + i + "].decisionId";
            Optional<RecordedDecision> recorded = log.find(a.decisionId());
            if (recorded.isEmpty()) {
                errors.add(error(field, "결정 " + a.decisionId() + "이(가) 기록에 없습니다"));
            } else if (!recorded.get().kind().equals(DualIncomeEligibility.KIND.name())) {
                errors.add(error(field, "결정 " + a.decisionId() + "은(는) 맞벌이가구 판정(" + DualIncomeEligibility.KIND.name()
                        + ")이 아니라 " + recorded.get().kind() + " 결정입니다"));
            } else {
                HouseholdOutcome outcome = HouseholdOutcome.valueOf(recorded.get().outcome());
                LocalDate judgedFor = recorded.get().asOf();
                if (a.dualIncomeOutcome() != null && a.dualIncomeOutcome() != outcome) {
                    errors.add(error("applicants[" + i + "].dualIncomeOutcome", "보낸 판정 결과 " + a.dualIncomeOutcome()
                            + "이(가) 결정 " + a.decisionId() + "에 기록된 " + outcome + "와(과) 다릅니다"));
                }
                if (a.eligibilityAsOf() != null && !a.eligibilityAsOf().equals(judgedFor)) {
                    errors.add(error("applicants[" + i + "].eligibilityAsOf", "보낸 이용일 " + a.eligibilityAsOf()
                            + "이(가) 결정 " + a.decisionId() + "에 기록된 이용일 " + judgedFor + "와(과) 다릅니다"));
                }
                resolved.add(new ApplicantInput(a.reference(), outcome, a.decisionId(), judgedFor));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnresolvedReferenceException(errors);
        }
        return new AdmissionsRequest(request.centreId(), request.asOf(), request.rulePack(), request.area(), request.emergencyCareReserve(),
                List.copyOf(resolved), request.exclusiveArea());
    }

    private static FieldErrors.FieldError error(String field, String message) {
        return new FieldErrors.FieldError(field, KoreanParticles.resolve(message));
    }

    @Override
    public AdmissionsResponse decide(RulePack pack, AdmissionsRequest request, Stamp stamp) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Centre(request.area(), request.exclusiveArea(), request.asOf()));
        facts.add(Tally.start());
        for (int i = 0; i < request.applicants().size(); i++) {
            ApplicantInput a = request.applicants().get(i);
            if (a.dualIncomeOutcome() == null) {
                throw new IllegalStateException("applicant " + i + " cites decision " + a.decisionId() + " that was not resolved");
            }
            facts.add(new Applicant(i, a.reference(), a.dualIncomeOutcome(), a.eligibilityAsOf()));
        }
        Parameters parameters = request.emergencyCareReserve() == null
                ? pack.parameters()
                : pack.parameters().with(Map.of(RESERVE_PARAMETER, BigDecimal.valueOf(request.emergencyCareReserve())));
        RuleEvaluation.Result result = RuleEvaluation.run(pack, rules(), parameters, facts);

        Map<Integer, List<Reason>> applicantReasons = new TreeMap<>();
        List<Reason> reasons = new ArrayList<>();
        for (FiredRule fired : result.fired()) {
            fired.about(Applicant.class).ifPresentOrElse(
                    a -> applicantReasons.computeIfAbsent(a.index(), k -> new ArrayList<>()).add(fired.reason()),
                    () -> reasons.add(fired.reason()));
        }
        OpenPlaces open = only(result, OpenPlaces.class, pack);
        List<Group> groups = result.factsOf(Group.class);
        // A centre too small for one child has no round: no quota, and nobody else to take a place.
        boolean round = result.single(CentreTooSmall.class).isEmpty();
        Places places = new Places(only(result, Capacity.class, pack).places(), open.reserved(),
                request.emergencyCareReserve() != null && request.emergencyCareReserve() == open.reserved(),
                open.places(), round ? only(result, Quota.class, pack).places() : 0,
                (int) groups.stream().filter(g -> g.group() == ApplicantGroup.DUAL_INCOME).count(),
                round && only(result, OthersAdmissible.class, pack).admissible());
        Map<Integer, Placed> placements = new HashMap<>();
        result.factsOf(Placed.class).forEach(p -> placements.putIfAbsent(p.applicant(), p));
        List<ApplicantResult> applicants = new ArrayList<>();
        for (int i = 0; i < request.applicants().size(); i++) {
            ApplicantInput a = request.applicants().get(i);
            Placed placed = placements.get(i);
            if (placed == null) {
                throw new IllegalStateException(pack + " neither admitted applicant " + i + " nor put it on the waiting list");
            }
            applicants.add(new ApplicantResult(i, a.reference(), a.dualIncomeOutcome(), a.decisionId(), placed.group(), placed.placement(),
                    placed.waitingPosition(), List.copyOf(applicantReasons.getOrDefault(i, List.of())), a.eligibilityAsOf()));
        }
        return new AdmissionsResponse(stamp.decisionId(), only(result, AdmissionsVerdict.class, pack).outcome(), pack.ref(), places,
                List.copyOf(applicants), List.copyOf(reasons), stamp.evaluatedAt());
    }

    private static <T> T only(RuleEvaluation.Result result, Class<T> type, RulePack pack) {
        return result.single(type).orElseThrow(() -> new IllegalStateException(pack + " derived no " + type.getSimpleName()));
    }

    @Override
    public AdmissionsRequest example() {
        return new AdmissionsRequest("example", LocalDate.of(2024, 3, 4), null, new BigDecimal("33.5"), null, List.of(
                new ApplicantInput("A-1", HouseholdOutcome.ELIGIBLE, null, LocalDate.of(2024, 3, 4)),
                new ApplicantInput("A-2", HouseholdOutcome.NOT_ELIGIBLE, null, null),
                new ApplicantInput("A-3", HouseholdOutcome.ELIGIBLE, null, null),
                new ApplicantInput("A-4", HouseholdOutcome.NEEDS_DOCUMENTS, null, null)), new BigDecimal("30"));
    }
}
