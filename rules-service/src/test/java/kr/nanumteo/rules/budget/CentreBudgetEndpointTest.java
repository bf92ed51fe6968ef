package kr.nanumteo.rules.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/budgets/centre through the running service and the real decision log. */
@DatabaseTest
class CentreBudgetEndpointTest {

    static final String URI = "/api/v1/budgets/centre";

    @Autowired
    DecisionEndpoints api;

    @Test
    void aBudgetIsAnsweredInTheDocumentedShapeAndIsInTheLogAsSent() throws Exception {
        MvcTestResult r = api.post(URI, Examples.CENTRE_BUDGET);

        assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        String sent = api.text(r);
        JsonNode answer = api.body(r);
        assertThat(answer.propertyNames()).containsExactly("decisionId", "outcome", "rulePack", "standardBudget", "shares", "planTotal",
                "planOverStandard", "assets", "findings", "reasons", "evaluatedAt");
        // The board game (40,000 a unit) is booked as an asset: everything else keeps the guideline.
        assertThat(answer.get("outcome").asString()).isEqualTo("NEEDS_CHANGES");
        assertThat(answer.get("standardBudget").asLong()).isEqualTo(56_712_000);
        assertThat(answer.at("/shares/national").asLong()).isEqualTo(17_013_600);
        assertThat(answer.at("/shares/local").asLong()).isEqualTo(56_712_000 - 17_013_600);
        assertThat(answer.get("planTotal").asLong()).isEqualTo(33_000_000 + 10_000_000 + 7_912_000 + 4_000_000 + 1_500_000 + 200_000);
        assertThat(answer.get("planOverStandard").asLong()).isZero();
        assertThat(answer.at("/assets/limit").asLong()).isEqualTo(5_671_200);
        // The board game is a supply for 일반수용비, not an asset purchase: only the air purifiers count.
        assertThat(answer.at("/assets/planned").asLong()).isEqualTo(1_500_000);
        assertThat(answer.get("findings").findValuesAsString("subject")).containsExactly("plan.assistantStaff", "plan.assets",
                "plan.assets[0]", "plan.assets[1]", "plan.volunteers[0]", "plan.assistantLeftover[0]");
        assertThat(answer.get("findings").findValuesAsString("status")).containsExactly("OK", "OK", "OK", "NEEDS_CHANGE", "OK", "OK");
        assertThat(answer.at("/findings/3/reasons/0/ruleId").asString()).isEqualTo("CB-11");
        assertThat(answer.at("/findings/3/reasons/0/message").asString()).contains("보드게임 세트", "일반수용비");

        String id = answer.get("decisionId").asString();
        JsonNode record = api.body(api.recordOf(id));
        assertThat(record.get("kind").asString()).isEqualTo("centre-budget");
        assertThat(record.get("outcome").asString()).isEqualTo("NEEDS_CHANGES");
        assertThat(record.get("response")).isEqualTo(answer);
        assertThat(api.storedResponse(id)).isEqualTo(sent);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        MvcTestResult r = api.post(URI, """
                { "year": 2024, "region": { "sido": "SEOUL_CITY", "sigungu": " " },
                  "centre": { "type": "GENERAL", "nationallyFunded": true, "openedIn": 2025 },
                  "plan": { "dedicatedStaff": 1, "assistantStaff": { "amount": 0, "monthsEmployed": 13 }, "operating": 0,
                            "assets": [ { "item": "책상", "unitPrice": 600000, "quantity": 1, "centre": 0 } ],
                            "assistantLeftover": [ { "amount": 100, "to": "ASSISTANT_STAFF" } ] } }""");

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = api.body(r);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("region.sido", "region.sigungu",
                "centre.openedIn", "plan.project", "plan.assistantStaff.monthsEmployed", "plan.assets[0].centre",
                "plan.assistantLeftover[0].to");
        assertThat(api.recorded()).isEqualTo(before);
    }

    @Test
    void aYearWithNoPackOrAPackNotInForceIs422AndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        List<MvcTestResult> answers = new ArrayList<>();
        answers.add(api.post(URI, Examples.CENTRE_BUDGET.replace("\"year\": 2024", "\"year\": 2021")));
        answers.add(api.post(URI, Examples.CENTRE_BUDGET.replace("\"rulePack\": null", "\"rulePack\": \"nanumteo-2023\"")));

        assertThat(answers).allSatisfy(r -> assertThat(r).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(api.body(answers.get(1)).get("rulePack").asString()).isEqualTo("nanumteo-2023");
        assertThat(api.recorded()).isEqualTo(before);
    }
}
