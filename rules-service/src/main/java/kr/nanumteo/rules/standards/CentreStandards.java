package kr.nanumteo.rules.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.FiredRule;
import kr.nanumteo.rules.packs.KoreanParticles;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleEvaluation;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.standards.CentreStandardsFacts.Centre;
import kr.nanumteo.rules.standards.CentreStandardsFacts.CentreVerdict;
import kr.nanumteo.rules.standards.CentreStandardsFacts.Check;
import kr.nanumteo.rules.standards.CentreStandardsFacts.Furnishing;
import kr.nanumteo.rules.standards.CentreStandardsFacts.Verdict;
import kr.nanumteo.rules.standards.CentreStandardsRequest.CctvInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.DelegationInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.DualIncomeCareInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.FacilitiesInput;
import kr.nanumteo.rules.standards.CentreStandardsRequest.SafetyInput;
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
    private static final int YEARS_LIMIT = 100;
    /**
     * The first year a centre can have applied in: the pilot of 2010 (2 사업의 이해 › 바 추진 연혁, 시범사업 실시('10년)).
     * A bound on the request's sense, not a rule: no pack reads it.
     */
    private static final int FIRST_CENTRES = 2010;

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
            errors.range("appliedYear", r.appliedYear(), FIRST_CENTRES, Math.min(r.asOf().getYear(), 2100),
                    "연도(시범사업이 시작된 " + FIRST_CENTRES + "년부터 점검일의 연도까지)");
        }
        space(r.space(), errors);
        staff(r.staff(), errors);
        delegation(r.delegation(), errors);
        operation(r.operation(), r.centreType(), errors);
        cctv(r.cctv(), errors);
        dualIncomeCare(r.dualIncomeCare(), r.centreType(), r.operation(), errors);
        safety(r.safety(), errors);
        furnishings(r, errors);
    }

    private static void space(SpaceInput s, FieldErrors errors) {
        if (!errors.require("space", s)) {
            return;
        }
        if (errors.require("space.floorArea", s.floorArea())) {
            errors.range("space.floorArea", s.floorArea(), 0, AREA_LIMIT, "면적(㎡)");
        }
        // 전용면적, the rooms, toilets and emergency facilities are 2024's (3-라, 3-마): absent, they are not judged.
        if (s.exclusiveArea() != null) {
            errors.range("space.exclusiveArea", s.exclusiveArea(), 0, AREA_LIMIT, "면적(㎡)");
            if (s.floorArea() != null && s.exclusiveArea().compareTo(s.floorArea()) > 0) {
                errors.reject("space.exclusiveArea", "전용면적(" + s.exclusiveArea().toPlainString() + "㎡)은 시설 면적("
                        + s.floorArea().toPlainString() + "㎡)보다 클 수 없습니다");
            }
        }
        if (Boolean.TRUE.equals(s.ancillarySpaceSecured()) && s.floorArea() != null && s.exclusiveArea() != null
                && s.floorArea().compareTo(s.exclusiveArea()) <= 0) {
            errors.reject("space.ancillarySpaceSecured", "시설 면적(" + s.floorArea().toPlainString() + "㎡)이 전용면적("
                    + s.exclusiveArea().toPlainString() + "㎡)과 같아 전용면적 밖에 부속 공간을 둘 자리가 없습니다");
        }
        errors.range("space.usableYears", s.usableYears(), 0, YEARS_LIMIT, "연수");
        ToiletsInput t = s.toilets();
        if (t != null && t.location() == null && (t.separateBySex() != null || t.safeAndHygienic() != null)) {
            errors.reject("space.toilets.location", "화장실의 남·여 구분이나 안전·위생을 보내려면 위치(location)도 보내야 합니다");
        }
    }

    private static void staff(StaffInput s, FieldErrors errors) {
        if (!errors.require("staff", s)) {
            return;
        }
        if (errors.require("staff.dedicated", s.dedicated())) {
            errors.range("staff.dedicated", s.dedicated(), 0, MANY, "인원");
        }
        if (s.dedicated() != null && s.dedicated() == 0) {
            if (Boolean.TRUE.equals(s.dedicatedOnSiteAlways())) {
                errors.reject("staff.dedicatedOnSiteAlways", "전담인력이 0명인데 상시 배치되어 있다고 할 수는 없습니다");
            }
            if (Boolean.TRUE.equals(s.dedicatedShifts())) {
                errors.reject("staff.dedicatedShifts", "전담인력이 0명인데 교대 근무를 한다고 할 수는 없습니다");
            }
        }
        if (errors.require("staff.assistantMonths", s.assistantMonths())) {
            errors.range("staff.assistantMonths", s.assistantMonths(), 0, 12, "개월 수(한 해)");
        }
        if (Boolean.TRUE.equals(s.operatorAssistantPlan()) && s.operatorCentresInDistrict() == null) {
            errors.reject("staff.operatorCentresInDistrict", "사업수행기관의 자체 보조인력 배치계획을 내세우는 경우 그 기관이 같은 시군구에서 운영하는 나눔터 수가 필수입니다");
        }
        errors.range("staff.operatorCentresInDistrict", s.operatorCentresInDistrict(), 1, MANY, "개소 수");
    }

    /** Whether the operator was chosen by open call is 2024's question (4-가): absent, it is not judged. */
    private static void delegation(DelegationInput d, FieldErrors errors) {
        if (errors.require("delegation", d)) {
            errors.require("delegation.delegated", d.delegated());
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
            if (o.openDaysPerWeek() != null && !errors.has("operation.openDaysPerWeek")
                    && o.openHoursPerWeek().compareTo(BigDecimal.valueOf(24L * o.openDaysPerWeek())) > 0) {
                errors.reject("operation.openHoursPerWeek", "주 " + o.openDaysPerWeek() + "일 개방으로 주 " + o.openHoursPerWeek().toPlainString()
                        + "시간을 운영할 수는 없습니다 (하루는 24시간)");
            }
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
        errors.range("cctv.viewingLogRetentionYears", c.viewingLogRetentionYears(), 0, YEARS_LIMIT, "연수");
        if (c.cameras() > 0) {
            if (errors.require("cctv.megapixels", c.megapixels())) {
                errors.range("cctv.megapixels", c.megapixels(), 0, MANY, "화소(백만)");
            }
            if (errors.require("cctv.storageDays", c.storageDays())) {
                errors.range("cctv.storageDays", c.storageDays(), 0, MANY, "일수");
            }
        }
    }

    private static void dualIncomeCare(DualIncomeCareInput d, CentreType type, OperationInput operation, FieldErrors errors) {
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
        List<BigDecimal> days = Stream.of(h.monday(), h.tuesday(), h.wednesday(), h.thursday(), h.friday()).filter(x -> x != null).toList();
        if (days.size() < 5 || operation == null || operation.openHoursPerWeek() == null || operation.openDaysPerWeek() == null) {
            return;
        }
        // Care is given while the centre is open: the weekdays' care cannot exceed the week's hours or days open.
        BigDecimal care = days.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long careDays = days.stream().filter(x -> x.signum() > 0).count();
        if (care.compareTo(operation.openHoursPerWeek()) > 0) {
            errors.reject("dualIncomeCare.weekdayCareHours", "주중 돌봄 시간의 합(" + care.toPlainString() + "시간)이 주당 운영 시간("
                    + operation.openHoursPerWeek().toPlainString() + "시간)보다 많을 수 없습니다");
        } else if (careDays > operation.openDaysPerWeek()) {
            errors.reject("dualIncomeCare.weekdayCareHours", "돌봄을 제공하는 주중 " + careDays + "일이 주당 개방 일수("
                    + operation.openDaysPerWeek() + "일)보다 많을 수 없습니다");
        }
    }

    private static void safety(SafetyInput s, FieldErrors errors) {
        if (s == null) {
            return;
        }
        errors.range("safety.fireExtinguishers", s.fireExtinguishers(), 0, MANY, "개수");
        errors.range("safety.localInspectionsLastSixMonths", s.localInspectionsLastSixMonths(), 0, MANY, "횟수");
    }

    /**
     * The furnishings listed once each, and in step with what the request says elsewhere of the same thing:
     * the table's CCTV, 소화기 and 재난대피 안내도 are the cameras, extinguishers and evacuation map of 4-마.
     */
    private static void furnishings(CentreStandardsRequest r, FieldErrors errors) {
        List<FurnishingItem> items = r.furnishings();
        if (items == null) {
            return;
        }
        if (items.size() > FurnishingItem.values().length) {
            errors.reject("furnishings", "비치물품은 표의 " + FurnishingItem.values().length + "가지까지 적습니다 (받은 수: " + items.size() + ")");
            return;
        }
        Set<FurnishingItem> seen = EnumSet.noneOf(FurnishingItem.class);
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                errors.reject("furnishings[" + i + "]", KoreanParticles.resolve(items.get(i) + "이(가) 두 번 있습니다"));
            }
        }
        CctvInput cctv = r.cctv();
        if (cctv != null && cctv.cameras() != null) {
            inStep(errors, seen, FurnishingItem.CCTV, cctv.cameras() > 0, "cctv.cameras이(가) " + cctv.cameras() + "대");
        }
        SafetyInput safety = r.safety();
        if (safety != null && safety.fireExtinguishers() != null) {
            inStep(errors, seen, FurnishingItem.FIRE_EXTINGUISHER, safety.fireExtinguishers() > 0,
                    "safety.fireExtinguishers이(가) " + safety.fireExtinguishers() + "개");
        }
        if (safety != null && safety.evacuationMap() != null) {
            inStep(errors, seen, FurnishingItem.EVACUATION_MAP, safety.evacuationMap(), "safety.evacuationMap이(가) " + safety.evacuationMap());
        }
    }

    private static void inStep(FieldErrors errors, Set<FurnishingItem> listed, FurnishingItem item, boolean elsewhere, String said) {
        if (listed.contains(item) != elsewhere) {
            errors.reject("furnishings", KoreanParticles.resolve("비치물품에 " + item + "이(가) " + (listed.contains(item) ? "있는데" : "없는데") + " "
                    + said + "입니다"));
        }
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
        // Absent, each is a fact with every finding null: the rules then judge none of them.
        facts.add(request.safety() == null ? new SafetyInput(null, null, null, null, null, null, null) : request.safety());
        facts.add(request.facilities() == null ? new FacilitiesInput(null, null, null, null, null, null) : request.facilities());
        if (request.furnishings() != null) {
            for (FurnishingItem item : FurnishingItem.values()) {
                facts.add(new Furnishing(item, item.row(), request.furnishings().contains(item)));
            }
        }
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
        ToiletsInput t = s.toilets() == null ? new ToiletsInput(null, null, null) : s.toilets();
        StaffInput st = r.staff();
        OperationInput o = r.operation();
        CctvInput c = r.cctv();
        DualIncomeCareInput d = r.dualIncomeCare();
        BigDecimal shortestDay = d == null ? null : shortest(d.weekdayCareHours());
        return new Centre(r.centreType(), Year.of(r.appliedYear()), s.floorArea(), s.exclusiveArea(), s.playRoom(), s.programmeRoom(), s.office(),
                t.location(), t.separateBySex(), t.safeAndHygienic(), s.emergencyFacilities(),
                st.dedicated(), st.dedicatedOnSiteAlways(), Boolean.TRUE.equals(st.dedicatedShifts()), st.assistantMonths(),
                Boolean.TRUE.equals(st.operatorAssistantPlan()), st.operatorCentresInDistrict(),
                r.delegation().delegated(), r.delegation().chosenByOpenCall(),
                o.openDaysPerWeek(), o.openHoursPerWeek(), o.programmesPerWeek(), Boolean.TRUE.equals(o.instructorsScarce()),
                Boolean.TRUE.equals(o.fewUsers()), Boolean.TRUE.equals(o.ruralArea()), o.committeeMeetingsPerQuarter(), o.pumasiGroups(),
                c.cameras(), c.megapixels(), c.storageDays(), shortestDay, d == null ? null : d.carersBesidesManager(),
                s.ancillarySpaceSecured(), s.wheelchairAccess(), s.outdoorSpaceAdjacent(), s.usableYears(), s.privatePremises(),
                st.disqualificationChecked(), c.managementPlan(), c.viewingLogRetentionYears());
    }

    private static BigDecimal shortest(WeekdayHours h) {
        return Stream.of(h.monday(), h.tuesday(), h.wednesday(), h.thursday(), h.friday()).min(Comparator.naturalOrder()).orElseThrow();
    }

    @Override
    public CentreStandardsRequest example() {
        return new CentreStandardsRequest("example", LocalDate.of(2024, 5, 20), null, CentreType.GENERAL, 2021,
                new SpaceInput(new BigDecimal("92.4"), new BigDecimal("70.2"), true, true, true,
                        new ToiletsInput(ToiletLocation.INSIDE, true, null), true, true, true, null, 10, false),
                new StaffInput(2, true, true, 10, false, null, true),
                new DelegationInput(true, true),
                new OperationInput(5, new BigDecimal("40"), 2, false, false, false, 1, 6),
                new CctvInput(2, new BigDecimal("2.0"), 60, true, 3),
                null,
                new SafetyInput(true, false, true, 2, true, true, 1),
                new FacilitiesInput(true, true, true, true, true, true),
                List.of(FurnishingItem.values()));
    }
}
