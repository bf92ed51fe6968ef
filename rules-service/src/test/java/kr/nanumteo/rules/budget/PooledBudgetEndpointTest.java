package kr.nanumteo.rules.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/budgets/pooled through the running service and the real decision log. */
@DatabaseTest
class PooledBudgetEndpointTest {

    static final String URI = "/api/v1/budgets/pooled";

    @Autowired
    DecisionEndpoints api;

    @Test
    void aPoolIsAnsweredInTheDocumentedShapeAndIsInTheLogAsSent() throws Exception {
        MvcTestResult r = api.post(URI, Examples.POOLED_BUDGET);

        assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        String sent = api.text(r);
        JsonNode answer = api.body(r);
        assertThat(answer.propertyNames()).containsExactly("decisionId", "outcome", "rulePack", "standardBudgetPerCentre", "pooledCentres",
                "pooledTotal", "shares", "planTotal", "planOverStandard", "assets", "centres", "findings", "reasons", "evaluatedAt");
        assertThat(answer.get("outcome").asString()).isEqualTo("WITHIN_GUIDELINE");
        // The two 노원구 centres pool; the 도봉구 one is in another 시군구.
        assertThat(answer.get("pooledCentres").asInt()).isEqualTo(2);
        assertThat(answer.get("pooledTotal").asLong()).isEqualTo(2 * 56_712_000L);
        assertThat(answer.at("/shares/national").asLong()).isEqualTo(2 * 17_013_600L);
        assertThat(answer.get("centres").findValuesAsString("mayPool")).containsExactly("true", "true", "false");
        assertThat(answer.at("/centres/2/minimumStandardsMet").isNull()).isTrue();
        assertThat(answer.at("/centres/2/reasons/0/ruleId").asString()).isEqualTo("PB-04");
        // Nine months of assistant staff are the operator's own plan when it pools centres in one 시군구 (2024).
        assertThat(answer.at("/findings/0/subject").asString()).isEqualTo("plan.assistantStaff");
        assertThat(answer.at("/findings/0/reasons/0/ruleId").asString()).isEqualTo("CB-23");

        String id = answer.get("decisionId").asString();
        JsonNode record = api.body(api.recordOf(id));
        assertThat(record.get("kind").asString()).isEqualTo("pooled-budget");
        assertThat(record.get("response")).isEqualTo(answer);
        assertThat(api.storedResponse(id)).isEqualTo(sent);
    }

    @Test
    void poolingIn2023IsARecordedAnswerCitingTheComparisonTableNotAnError() throws Exception {
        long before = api.recorded();
        MvcTestResult r = api.post(URI, Examples.POOLED_BUDGET.replace("\"year\": 2024", "\"year\": 2023"));

        assertThat(r).hasStatusOk();
        JsonNode answer = api.body(r);
        assertThat(answer.get("outcome").asString()).isEqualTo("POOLING_NOT_ALLOWED");
        assertThat(answer.at("/rulePack/id").asString()).isEqualTo("nanumteo-2023");
        assertThat(answer.get("reasons").findValuesAsString("ruleId")).containsExactly("PB-01");
        assertThat(answer.at("/reasons/0/citation").asString()).contains("신구대비표");
        assertThat(answer.get("pooledTotal").isNull()).isTrue();
        assertThat(answer.get("centres").findValuesAsString("mayPool")).containsOnly("false");
        assertThat(api.recorded()).isEqualTo(before + 1);
        assertThat(api.body(api.recordOf(answer.get("decisionId").asString())).get("outcome").asString()).isEqualTo("POOLING_NOT_ALLOWED");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        MvcTestResult noCentres = api.post(URI, """
                { "operatorId": " ", "year": 2024, "centres": [],
                  "plan": { "dedicatedStaff": 1, "assistantStaff": { "amount": 0, "monthsEmployed": 10 }, "project": 0, "operating": 0,
                            "assets": [ { "item": "매트", "unitPrice": 1000, "quantity": 0, "centre": 3 } ] } }""");
        MvcTestResult badCentre = api.post(URI, """
                { "operatorId": "op", "year": 2024, "region": { "sido": "SEOUL", "sigungu": "노원구" },
                  "centres": [ { "operatorId": "op", "region": { "sido": "SEOUL", "sigungu": "노원구" }, "type": "GENERAL",
                                 "nationallyFunded": true, "openedIn": 2020, "pumasiGroups": -1 } ],
                  "plan": { "dedicatedStaff": 1, "assistantStaff": { "amount": 0, "monthsEmployed": 10 }, "project": 0, "operating": 0,
                            "assets": [ { "item": "매트", "unitPrice": 1000, "quantity": 1, "centre": 1 } ] } }""");

        assertThat(noCentres).hasStatus(400);
        assertThat(api.body(noCentres).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("operatorId", "region", "centres", "plan.assets[0].quantity");
        assertThat(badCentre).hasStatus(400);
        assertThat(api.body(badCentre).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("centres[0].dedicatedWorkerAlwaysOnSite", "centres[0].pumasiGroups", "plan.assets[0].centre");
        assertThat(api.recorded()).isEqualTo(before);
    }

    @Test
    void aCentreListedTwiceIsRefusedNamingItInsteadOfPoolingWithItself() throws Exception {
        long before = api.recorded();
        MvcTestResult r = api.post(URI, Examples.POOLED_BUDGET.replace("\"centreId\": \"nowon-b\"", "\"centreId\": \"nowon-a\""));

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = api.body(r).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("centres[1].centreId");
        assertThat(errors.at("/0/message").asString()).contains("'nowon-a'가 centres[0]에도 있습니다", "자기 자신과 통합할 수 없어");
        assertThat(api.recorded()).isEqualTo(before);
    }

    @Test
    void aYearWithNoPackInForceIs422AndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        MvcTestResult r = api.post(URI, Examples.POOLED_BUDGET.replace("\"year\": 2024", "\"year\": 2022"));

        assertThat(r).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.body(r).get("availablePacks").findValuesAsString("id")).containsExactly("nanumteo-2023", "nanumteo-2024");
        assertThat(api.recorded()).isEqualTo(before);
    }
}
