package kr.nanumteo.rules.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.standards.CentreStandardsFacts.Centre;
import kr.nanumteo.rules.standards.CentreStandardsFacts.CentreVerdict;
import kr.nanumteo.rules.standards.CentreStandardsFacts.Check;
import kr.nanumteo.rules.standards.CentreStandardsFacts.Verdict;
import kr.nanumteo.rules.standards.CentreStandardsRequest.CctvInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.DelegationInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.DualIncomeCareInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.OperationInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.SpaceInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.StaffInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.ToiletsInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.WeekdayHours;
import kr.nanumteo.rules.standards.CentreStandardsResponse.CentreOutcome;
import kr.nanumteo.rules.standards.CentreStandardsResponse.Finding;

/**
 * Centre standards (사업 인력, 공간, 운영 관리), RULES.md §5. The request is checked here for presence
 * and sense; which standards a year has, and whether the centre meets them, is the pack's
 * (centre-standards.drl and its parameters).
 */
public final class CentreStandards implements DecisionKind<CentreStandardsRequest, CentreStandardsResponse> {

    public static final CentreStandards KIND = new CentreStandards();

    /** Sanity bounds on counts that are not guideline thresholds: they only keep typing errors out. */
    private static final int MANY = 10_000;
    private static final int AREA_LIMIT = 100_000;

    private CentreStandards() {
    }

    @Override
    public String name() {
        return "centre-standards";
    }

    @Override
    public Class<CentreStandardsRequest> requestType() {
        return CentreStandardsRequest.class;
    }

    @Override
    public LocalDate asOf(CentreStandardsRequest request) {
        return request.asOf();
    }

    @Override
    public String requestedPack(CentreStandardsRequest request) {
        return request.rulePack();
    }

    @Override
    public void validate(CentreStandardsRequest r, FieldErrors errors) {
        errors.maxLength("centreId", r.centreId(), 64);
        errors.require("asOf", r.asOf());
        errors.require("centreType", r.centreType());
        if (errors.require("appliedYear", r.appliedYear()) && r.asOf() != null) {
            errors.range("appliedYear", r.appliedYear(), 1, Math.min(r.asOf().getYear(), 2100), "연도(점검일의 연도 이하)");
        }
        space(r.space(), errors);
        staff(r.staff(), errors);
        delegation(r.delegation(), errors);
        operation(r.operation(), r.centreType(), errors);
        cctv(r.cctv(), errors);
        dualIncomeCare(r.dualIncomeCare(), r.centreType(), errors);
    }

    private static void space(SpaceInput s, FieldErrors errors) {
        if (!errors.require("space", s)) {
            return;
        }
        if (errors.require("space.floorArea", s.floorArea())) {
            errors.range("space.floorArea", s.floorArea(), 0, AREA_LIMIT, "면적(㎡)");
        }
        if (errors.require("space.exclusiveArea", s.exclusiveArea())) {
            errors.range("space.exclusiveArea", s.exclusiveArea(), 0, AREA_LIMIT, "면적(㎡)");
            if (s.floorArea() != null && s.exclusiveArea().compareTo(s.floorArea()) > 0) {
                errors.reject("space.exclusiveArea", "전용면적(" + s.exclusiveArea().toPlainString() + "㎡)은 시설 면적("
                        + s.floorArea().toPlainString() + "㎡)보다 클 수 없습니다");
            }
        }
        errors.require("space.playRoom", s.playRoom());
        errors.require("space.programmeRoom", s.programmeRoom());
        errors.require("space.office", s.office());
        errors.require("space.emergencyFacilities", s.emergencyFacilities());
        ToiletsInput t = s.toilets();
        if (errors.require("space.toilets", t) && errors.require("space.toilets.location", t.location())) {
            if (t.location() == ToiletLocation.INSIDE && t.separateBySex() == null) {
                errors.reject("space.toilets.separateBySex", "내부 화장실은 남·여 구분 여부(true/false)가 필수입니다");
            }
            if (t.location() == ToiletLocation.OUTSIDE && t.safeAndHygienic() == null) {
                errors.reject("space.toilets.safeAndHygienic", "외부 화장실은 아동의 안전·위생관리에 문제가 없는지(true/false)가 필수입니다");
            }
        }
    }

    private static void staff(StaffInput s, FieldErrors errors) {
        if (!errors.require("staff", s)) {
            return;
        }
        if (errors.require("staff.dedicated", s.dedicated())) {
            errors.range("staff.dedicated", s.dedicated(), 0, MANY, "인원");
        }
        errors.require("staff.dedicatedOnSiteAlways", s.dedicatedOnSiteAlways());
        if (errors.require("staff.assistantMonths", s.assistantMonths())) {
            errors.range("staff.assistantMonths", s.assistantMonths(), 0, 12, "개월 수(한 해)");
        }
        if (Boolean.TRUE.equals(s.operatorAssistantPlan()) && s.operatorCentresInDistrict() == null) {
            errors.reject("staff.operatorCentresInDistrict", "사업수행기관의 자체 보조인력 배치계획을 내세우는 경우 그 기관이 같은 시군구에서 운영하는 나눔터 수가 필수입니다");
        }
        errors.range("staff.operatorCentresInDistrict", s.operatorCentresInDistrict(), 1, MANY, "개소 수");
    }

    private static void delegation(DelegationInput d, FieldErrors errors) {
        if (!errors.require("delegation", d) || !errors.require("delegation.delegated", d.delegated())) {
            return;
        }
        if (d.delegated() && d.chosenByOpenCall() == null) {
            errors.reject("delegation.chosenByOpenCall", "위탁 운영하는 경우 수탁자를 공개모집으로 선정했는지(true/false)가 필수입니다");
        }
    }

    private static void operation(OperationInput o, CentreType type, FieldErrors errors) {
        if (!errors.require("operation", o)) {
            return;
        }
        if (errors.require("operation.openDaysPerWeek", o.openDaysPerWeek())) {
            errors.range("operation.openDaysPerWeek", o.openDaysPerWeek(), 0, 7, "일수(주)");
        }
        if (errors.require("operation.openHoursPerWeek", o.openHoursPerWeek())) {
            errors.range("operation.openHoursPerWeek", o.openHoursPerWeek(), 0, 7 * 24, "시간(주)");
        }
        if (errors.require("operation.programmesPerWeek", o.programmesPerWeek())) {
            errors.range("operation.programmesPerWeek", o.programmesPerWeek(), 0, MANY, "횟수");
        }
        if (errors.require("operation.committeeMeetingsPerQuarter", o.committeeMeetingsPerQuarter())) {
            errors.range("operation.committeeMeetingsPerQuarter", o.committeeMeetingsPerQuarter(), 0, MANY, "횟수");
        }
        if (type == CentreType.GENERAL && o.pumasiGroups() == null) {
            errors.reject("operation.pumasiGroups", "공동육아나눔터(GENERAL)는 품앗이 수가 필수입니다");
        }
        errors.range("operation.pumasiGroups", o.pumasiGroups(), 0, MANY, "개수");
    }

    private static void cctv(CctvInput c, FieldErrors errors) {
        if (!errors.require("cctv", c) || !errors.require("cctv.cameras", c.cameras())) {
            return;
        }
        errors.range("cctv.cameras", c.cameras(), 0, MANY, "대수");
        if (c.cameras() > 0) {
            if (errors.require("cctv.megapixels", c.megapixels())) {
                errors.range("cctv.megapixels", c.megapixels(), 0, MANY, "화소(백만)");
            }
            if (errors.require("cctv.storageDays", c.storageDays())) {
                errors.range("cctv.storageDays", c.storageDays(), 0, MANY, "일수");
            }
        }
    }

    private static void dualIncomeCare(DualIncomeCareInput d, CentreType type, FieldErrors errors) {
        if (type == CentreType.GENERAL && d != null) {
            errors.reject("dualIncomeCare", "맞벌이가구 자녀돌봄시설(DUAL_INCOME_CARE)에만 보내는 항목입니다");
            return;
        }
        if (type != CentreType.DUAL_INCOME_CARE) {
            return;
        }
        if (!errors.require("dualIncomeCare", d)) {
            return;
        }
        if (errors.require("dualIncomeCare.carersBesidesManager", d.carersBesidesManager())) {
            errors.range("dualIncomeCare.carersBesidesManager", d.carersBesidesManager(), 0, MANY, "인원");
        }
        WeekdayHours h = d.weekdayCareHours();
        if (!errors.require("dualIncomeCare.weekdayCareHours", h)) {
            return;
        }
        String at = "dualIncomeCare.weekdayCareHours.";
        day(at + "monday", h.monday(), errors);
        day(at + "tuesday", h.tuesday(), errors);
        day(at + "wednesday", h.wednesday(), errors);
        day(at + "thursday", h.thursday(), errors);
        day(at + "friday", h.friday(), errors);
    }

    private static void day(String field, BigDecimal hours, FieldErrors errors) {
        if (errors.require(field, hours)) {
            errors.range(field, hours, 0, 24, "시간");
        }
    }

    @Override
    public CentreStandardsResponse decide(RulePack pack, CentreStandardsRequest request, Stamp stamp) {
        List<Object> facts = new ArrayList<>();
        facts.add(centre(request));
        for (Standard s : Standard.values()) {
            facts.add(new Check(s));
        }
        RuleEvaluation.Result result = RuleEvaluation.run(pack, rules(), facts);

        Map<Standard, List<Reason>> reasons = new EnumMap<>(Standard.class);
        List<Reason> overall = new ArrayList<>();
        for (FiredRule fired : result.fired()) {
            fired.about(Check.class).ifPresentOrElse(
                    c -> reasons.computeIfAbsent(c.standard(), k -> new ArrayList<>()).add(fired.reason()),
                    () -> overall.add(fired.reason()));
        }
        Map<Standard, FindingStatus> statuses = new EnumMap<>(Standard.class);
        for (Verdict v : result.factsOf(Verdict.class)) {
            FindingStatus before = statuses.putIfAbsent(v.standard(), v.status());
            if (before != null && before != v.status()) {
                throw new IllegalStateException(pack + " gave " + v.standard() + " both " + before + " and " + v.status());
            }
        }
        reasons.keySet().stream().filter(s -> !statuses.containsKey(s)).findFirst().ifPresent(s -> {
            throw new IllegalStateException(pack + " spoke of " + s + " but gave it no status");
        });
        Map<Standard, Finding> findings = new EnumMap<>(Standard.class);
        statuses.forEach((s, status) -> findings.put(s, new Finding(s.title(), status, List.copyOf(reasons.getOrDefault(s, List.of())))));
        CentreOutcome outcome = result.single(CentreVerdict.class).map(CentreVerdict::outcome)
                .orElseThrow(() -> new IllegalStateException(pack + " gave the centre no outcome"));
        return new CentreStandardsResponse(stamp.decisionId(), outcome, pack.ref(), findings, List.copyOf(overall), stamp.evaluatedAt());
    }

    static Centre centre(CentreStandardsRequest r) {
        SpaceInput s = r.space();
        ToiletsInput t = s.toilets();
        StaffInput st = r.staff();
        OperationInput o = r.operation();
        CctvInput c = r.cctv();
        DualIncomeCareInput d = r.dualIncomeCare();
        BigDecimal shortestDay = d == null ? null : shortest(d.weekdayCareHours());
        return new Centre(r.centreType(), Year.of(r.appliedYear()), s.floorArea(), s.exclusiveArea(), s.playRoom(), s.programmeRoom(), s.office(),
                t.location(), Boolean.TRUE.equals(t.separateBySex()), Boolean.TRUE.equals(t.safeAndHygienic()), s.emergencyFacilities(),
                st.dedicated(), st.dedicatedOnSiteAlways(), Boolean.TRUE.equals(st.dedicatedShifts()), st.assistantMonths(),
                Boolean.TRUE.equals(st.operatorAssistantPlan()), st.operatorCentresInDistrict(),
                r.delegation().delegated(), Boolean.TRUE.equals(r.delegation().chosenByOpenCall()),
                o.openDaysPerWeek(), o.openHoursPerWeek(), o.programmesPerWeek(), Boolean.TRUE.equals(o.instructorsScarce()),
                Boolean.TRUE.equals(o.fewUsers()), Boolean.TRUE.equals(o.ruralArea()), o.committeeMeetingsPerQuarter(), o.pumasiGroups(),
                c.cameras(), c.megapixels(), c.storageDays(), shortestDay, d == null ? null : d.carersBesidesManager());
    }

    private static BigDecimal shortest(WeekdayHours h) {
        return Stream.of(h.monday(), h.tuesday(), h.wednesday(), h.thursday(), h.friday()).min(Comparator.naturalOrder()).orElseThrow();
    }

    @Override
    public CentreStandardsRequest example() {
        return new CentreStandardsRequest("example", LocalDate.of(2024, 5, 20), null, CentreType.GENERAL, 2021,
                new SpaceInput(new BigDecimal("92.4"), new BigDecimal("70.2"), true, true, true,
                        new ToiletsInput(ToiletLocation.INSIDE, true, null), true),
                new StaffInput(2, true, true, 10, false, null),
                new DelegationInput(true, true),
                new OperationInput(5, new BigDecimal("40"), 2, false, false, false, 1, 6),
                new CctvInput(2, new BigDecimal("2.0"), 60),
                null);
    }
}
