package kr.nanumteo.rules.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/standards/centre through the running service and the real decision log. */
@DatabaseTest
class StandardsEndpointTest {

    static final String URI = "/api/v1/standards/centre";

    @Autowired
    DecisionEndpoints calls;

    @Test
    void aCentreIsJudgedStandardByStandardAndTheAnswerIsInTheLogAsSent() throws Exception {
        MvcTestResult r = calls.post(URI, Examples.CENTRE_STANDARDS);

        assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        JsonNode answer = calls.body(r);
        assertThat(answer.propertyNames()).containsExactly("decisionId", "outcome", "rulePack", "findings", "reasons", "evaluatedAt");
        assertThat(answer.get("outcome").asString()).isEqualTo("DOES_NOT_MEET_STANDARDS");
        assertThat(answer.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
        JsonNode findings = answer.get("findings");
        assertThat(findings.propertyNames()).containsExactly(java.util.Arrays.stream(Standard.values()).map(Enum::name).toArray(String[]::new));
        assertThat(findings.at("/FLOOR_AREA/status").asString()).isEqualTo("NOT_MET");
        assertThat(findings.at("/FLOOR_AREA/reasons/0/ruleId").asString()).isEqualTo("CS-15");
        assertThat(findings.at("/FLOOR_AREA/reasons/0/message").asString()).contains("64㎡", "66㎡");
        assertThat(findings.at("/FLOOR_AREA/reasons/0/citation").asString()).startsWith("2024 사업안내 3-라");
        assertThat(findings.at("/TOILETS/status").asString()).isEqualTo("NOT_MET");
        assertThat(findings.at("/CCTV_STORAGE/status").asString()).isEqualTo("NOT_MET");
        assertThat(findings.at("/ANCILLARY_SPACE/status").asString()).isEqualTo("MET");
        assertThat(findings.at("/DELEGATION/status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(findings.at("/PUMASI_GROUPS_RECOMMENDED/status").asString()).isEqualTo("MET");
        assertThat(findings.at("/DUAL_INCOME_CARERS/status").asString()).isEqualTo("NOT_APPLICABLE");
        // What the inspection does not say is not judged, and says which field would decide it.
        assertThat(findings.at("/FIRE_INSURANCE/status").asString()).isEqualTo("NOT_JUDGED");
        assertThat(findings.at("/FIRE_INSURANCE/reasons/0/message").asString()).contains("safety.buildingFireInsurance");
        assertThat(findings.at("/FURNISHINGS/status").asString()).isEqualTo("NOT_JUDGED");
        assertThat(answer.at("/reasons/0/message").asString()).isEqualTo("3개 기준에 미달합니다");
        assertThat(answer.at("/reasons/1/ruleId").asString()).isEqualTo("CS-93");

        JsonNode record = calls.recordedDecision(answer.get("decisionId").asString());
        assertThat(record.get("kind").asString()).isEqualTo("centre-standards");
        assertThat(record.get("outcome").asString()).isEqualTo("DOES_NOT_MEET_STANDARDS");
        assertThat(record.get("response")).isEqualTo(answer);
        assertThat(record.at("/request/space/exclusiveArea").decimalValue()).isEqualByComparingTo("64");
    }

    @Test
    void theSameCentreInspectedIn2023IsJudgedByThe2023Pack() throws Exception {
        JsonNode answer = calls.body(calls.post(URI, Examples.CENTRE_STANDARDS.replace("2024-04-15", "2023-04-15")));

        assertThat(answer.at("/rulePack/id").asString()).isEqualTo("nanumteo-2023");
        assertThat(answer.at("/findings/FLOOR_AREA/status").asString()).isEqualTo("MET");
        assertThat(answer.at("/findings/FLOOR_AREA/reasons/0/ruleId").asString()).isEqualTo("CS-12");
        assertThat(answer.get("findings").has("TOILETS")).isFalse();
        assertThat(answer.get("outcome").asString()).isEqualTo("DOES_NOT_MEET_STANDARDS");
        assertThat(answer.at("/reasons/0/message").asString()).isEqualTo("1개 기준에 미달합니다");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsRecorded() throws Exception {
        long before = calls.recorded();
        MvcTestResult r = calls.post(URI, """
                { "asOf": "2024-04-15", "centreType": "GENERAL", "appliedYear": 2025,
                  "space": { "floorArea": 60, "exclusiveArea": 70, "playRoom": true, "programmeRoom": "yes", "office": true,
                             "toilets": { "location": "OUTSIDE" }, "emergencyFacilities": true },
                  "staff": { "dedicated": -1, "dedicatedOnSiteAlways": true, "assistantMonths": 13, "operatorAssistantPlan": true },
                  "delegation": { "delegated": true },
                  "operation": { "openDaysPerWeek": 8, "openHoursPerWeek": 40, "programmesPerWeek": 2, "committeeMeetingsPerQuarter": 1 },
                  "cctv": { "cameras": 2 },
                  "dualIncomeCare": { "carersBesidesManager": 1 } }""");

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = calls.body(r);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nanumteo:problem:invalid-request");
        // An outside toilet without its safety finding and a delegation without its open-call finding are not
        // judged (2024) or not asked (2023): no longer refused.
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "appliedYear", "space.exclusiveArea", "space.programmeRoom",
                "staff.dedicated", "staff.assistantMonths", "staff.operatorCentresInDistrict",
                "operation.openDaysPerWeek", "operation.pumasiGroups", "cctv.megapixels", "cctv.storageDays", "dualIncomeCare");
        assertThat(problem.get("errors").findValuesAsString("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(calls.recorded()).isEqualTo(before);
    }

    @Test
    void anInspectionDayWithNoPackInForceIs422AndNothingIsRecorded() throws Exception {
        long before = calls.recorded();
        MvcTestResult r = calls.post(URI, Examples.CENTRE_STANDARDS.replace("2024-04-15", "2022-11-30"));

        assertThat(r).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(calls.body(r).get("type").asString()).isEqualTo("urn:nanumteo:problem:no-rule-pack-in-force");
        assertThat(calls.recorded()).isEqualTo(before);
    }
}
