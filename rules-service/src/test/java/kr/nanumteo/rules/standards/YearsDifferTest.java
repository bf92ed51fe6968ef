package kr.nanumteo.rules.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.standards.CentreStandardsResponse.Finding;
import tools.jackson.databind.json.JsonMapper;

/**
 * One centre inspected under the 2023 and the 2024 pack differs exactly where the comparison table
 * (신구대비표) of the 2024 guideline says the years differ: 사업 인력, 공간 발굴, 공간 조성, 위탁 운영.
 * The centre is chosen to trip every difference at once; the scenario files show each one on its own.
 */
class YearsDifferTest {

    /** On-site staff missing, assistant staff replaced by the operator's plan, 60 of 70 m² exclusive, no play room, delegated without open call. */
    private static final String CENTRE = """
            { "asOf": "%s", "centreType": "GENERAL", "appliedYear": 2019,
              "space": { "floorArea": 70, "exclusiveArea": 60, "playRoom": false, "programmeRoom": true, "office": true,
                         "toilets": { "location": "INSIDE", "separateBySex": true }, "emergencyFacilities": true },
              "staff": { "dedicated": 1, "dedicatedOnSiteAlways": false, "assistantMonths": 0,
                         "operatorAssistantPlan": true, "operatorCentresInDistrict": 2 },
              "delegation": { "delegated": true, "chosenByOpenCall": false },
              "operation": { "openDaysPerWeek": 5, "openHoursPerWeek": 40, "programmesPerWeek": 1, "instructorsScarce": true,
                             "committeeMeetingsPerQuarter": 1, "pumasiGroups": 5 },
              "cctv": { "cameras": 1, "megapixels": 1.3, "storageDays": 60 } }""";

    private static Map<Standard, Finding> inspectedOn(String day) {
        CentreStandards kind = CentreStandards.KIND;
        CentreStandardsRequest request = kind.read(JsonMapper.builder().build().readTree(CENTRE.formatted(day)));
        return kind.decide(TestPacks.all().select(request.asOf(), null), request, Stamp.now()).findings();
    }

    @Test
    void theYearsDifferOnlyInStaffingSpaceAndDelegation() {
        Map<Standard, Finding> y2023 = inspectedOn("2023-10-04");
        Map<Standard, Finding> y2024 = inspectedOn("2024-10-04");

        assertThat(y2024.keySet()).containsAll(y2023.keySet());
        Set<Standard> added = EnumSet.copyOf(y2024.keySet());
        added.removeAll(y2023.keySet());
        // 공간 발굴's 부속 공간 and 공간 조성's rooms, 설비기준 and 비치물품 table are 2024's (신구대비표 "(표 추가)").
        assertThat(added).containsExactlyInAnyOrder(
                Standard.ANCILLARY_SPACE, Standard.ACTIVITY_SPACES, Standard.OFFICE, Standard.TOILETS, Standard.EMERGENCY_FACILITIES,
                Standard.HEATING_VENTILATION_DAYLIGHT, Standard.FIRE_RETARDANT_FINISHES, Standard.WATER_SUPPLY, Standard.FIRE_SAFETY,
                Standard.STORAGE, Standard.SAFETY_FITTINGS, Standard.FURNISHINGS);

        Set<Standard> changed = EnumSet.noneOf(Standard.class);
        y2023.forEach((s, f) -> {
            if (f.status() != y2024.get(s).status()) {
                changed.add(s);
            }
        });
        assertThat(changed).containsExactlyInAnyOrder(Standard.DEDICATED_STAFF, Standard.ASSISTANT_STAFF, Standard.FLOOR_AREA, Standard.DELEGATION);
        assertThat(y2023.get(Standard.DEDICATED_STAFF).status()).isEqualTo(FindingStatus.MET);
        assertThat(y2024.get(Standard.DEDICATED_STAFF).status()).isEqualTo(FindingStatus.NOT_MET);
        assertThat(y2023.get(Standard.ASSISTANT_STAFF).status()).isEqualTo(FindingStatus.NOT_MET);
        assertThat(y2024.get(Standard.ASSISTANT_STAFF).status()).isEqualTo(FindingStatus.MET);
        assertThat(y2023.get(Standard.FLOOR_AREA).status()).isEqualTo(FindingStatus.MET);
        assertThat(y2024.get(Standard.FLOOR_AREA).status()).isEqualTo(FindingStatus.NOT_MET);
        assertThat(y2023.get(Standard.DELEGATION).status()).isEqualTo(FindingStatus.MET);
        assertThat(y2024.get(Standard.DELEGATION).status()).isEqualTo(FindingStatus.NOT_MET);
        assertThat(y2024.get(Standard.ACTIVITY_SPACES).status()).isEqualTo(FindingStatus.NOT_MET);
    }

    @Test
    void whereTheYearsAgreeTheFindingsSayTheSameThing() {
        Map<Standard, Finding> y2023 = inspectedOn("2023-10-04");
        Map<Standard, Finding> y2024 = inspectedOn("2024-10-04");

        for (Standard s : EnumSet.of(Standard.OPENING_DAYS, Standard.OPENING_HOURS, Standard.PROGRAMMES, Standard.OPERATING_COMMITTEE,
                Standard.CCTV_CAMERAS, Standard.CCTV_RESOLUTION, Standard.CCTV_STORAGE, Standard.DUAL_INCOME_CARE_HOURS,
                Standard.WHEELCHAIR_ACCESS, Standard.OUTDOOR_SPACE, Standard.USE_PERIOD, Standard.STAFF_DISQUALIFICATION,
                Standard.CCTV_MANAGEMENT_PLAN, Standard.CCTV_VIEWING_LOG, Standard.ACCIDENT_INSURANCE, Standard.FIRE_INSURANCE,
                Standard.FIRE_EXTINGUISHERS, Standard.EVACUATION_MAP, Standard.WEEKLY_SAFETY_CHECK, Standard.LOCAL_SAFETY_INSPECTION)) {
            assertThat(y2023.get(s).reasons()).as(s.name()).extracting(r -> r.ruleId() + " " + r.message())
                    .isEqualTo(y2024.get(s).reasons().stream().map(r -> r.ruleId() + " " + r.message()).toList());
        }
    }
}
