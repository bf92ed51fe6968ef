package kr.nanumteo.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/subsidies/pumasi through the running service and the real decision log. */
@DatabaseTest
class PumasiSubsidyEndpointTest {

    static final String URI = "/api/v1/subsidies/pumasi";

    @Autowired
    DecisionEndpoints api;

    @Test
    void aSettlementIsAnsweredInTheDocumentedShapeAndIsInTheLogAsSent() throws Exception {
        MvcTestResult r = api.post(URI, Examples.PUMASI_SUBSIDY);

        assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        String sent = api.text(r);
        JsonNode answer = api.body(r);
        assertThat(answer.propertyNames()).containsExactly("decisionId", "outcome", "rulePack", "supportPeriodMonths", "minimumGroups",
                "annualBasis", "claimedTotal", "payableTotal", "groups", "reasons", "evaluatedAt");
        assertThat(answer.get("outcome").asString()).isEqualTo("PARTLY_PAYABLE");
        assertThat(answer.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
        // 햇살반: 3 of 10 households are dual-income, so up to 50,000 a month; March's 53,000 is capped, April's durable item refused.
        assertThat(answer.at("/groups/0/monthlyCap").asLong()).isEqualTo(50_000);
        assertThat(answer.at("/groups/0/months/0/payable").asLong()).isEqualTo(50_000);
        assertThat(answer.at("/groups/0/expenses").findValuesAsString("status"))
                .containsExactly("ELIGIBLE", "ELIGIBLE_WITH_WARNING", "REFUSED");
        assertThat(answer.at("/groups/0/expenses/2/reasons/0/ruleId").asString()).isEqualTo("PS-12");
        // 숲놀이반: 1 of 6, so up to 30,000; March is paid in full, May had no monthly plan.
        assertThat(answer.at("/groups/1/monthlyCap").asLong()).isEqualTo(30_000);
        assertThat(answer.at("/groups/1/payable").asLong()).isEqualTo(25_000);
        assertThat(answer.at("/groups/1/months/1/planned").asBoolean()).isFalse();
        assertThat(answer.get("claimedTotal").asLong()).isEqualTo(208_000);
        assertThat(answer.get("payableTotal").asLong()).isEqualTo(75_000);
        // The basis follows each group's cap: 햇살반 counts at the raised 50,000, 숲놀이반 at 30,000 (INT-PS-06).
        assertThat(answer.at("/annualBasis/amount").asLong()).isEqualTo((50_000 + 30_000) * 12);
        assertThat(answer.at("/annualBasis/raisedGroups").asInt()).isEqualTo(1);
        assertThat(answer.at("/minimumGroups/met").asBoolean()).isFalse();
        assertThat(answer.get("reasons").findValuesAsString("message")).allSatisfy(m -> assertThat(m).containsPattern("[가-힣]"));

        String id = answer.get("decisionId").asString();
        JsonNode record = api.body(api.recordOf(id));
        assertThat(record.get("kind").asString()).isEqualTo("pumasi-subsidy");
        assertThat(record.get("asOf").asString()).isEqualTo("2024-01-01");
        assertThat(record.get("response")).isEqualTo(answer);
        assertThat(api.storedResponse(id)).isEqualTo(sent);
        assertThat(record.at("/request/groups/0/groupId").asString()).isEqualTo("햇살반");
    }

    /** The example moved back by {@code years}: the subsidy year and the days the groups were formed. */
    private static String exampleYearsEarlier(int years) {
        return Examples.PUMASI_SUBSIDY.replace("\"year\": 2024", "\"year\": " + (2024 - years))
                .replace("2023-03-02", (2023 - years) + "-03-02").replace("2024-02-10", (2024 - years) + "-02-10");
    }

    @Test
    void theYearPicksItsPack() throws Exception {
        MvcTestResult r = api.post(URI, exampleYearsEarlier(1));
        assertThat(r).hasStatusOk();
        JsonNode answer = api.body(r);

        assertThat(answer.at("/rulePack/id").asString()).isEqualTo("nanumteo-2023");
        // The pumasi amounts did not change: the same groups a year earlier are paid the same.
        assertThat(answer.get("payableTotal").asLong()).isEqualTo(75_000);
        assertThat(answer.get("reasons").findValuesAsString("message")).anySatisfy(m -> assertThat(m).contains("자녀돌봄 품앗이"));
    }

    @Test
    void aGroupFormedAfterTheSubsidyYearIsRefusedAndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        // 숲놀이반 was formed on 2024-02-10: it was no group of 2023.
        MvcTestResult r = api.post(URI, Examples.PUMASI_SUBSIDY.replace("\"year\": 2024", "\"year\": 2023"));

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = api.body(r);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("groups[1].formedOn");
        assertThat(problem.at("/errors/0/message").asString()).contains("2024-02-10", "2023");
        assertThat(api.recorded()).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        MvcTestResult r = api.post(URI, """
                { "centreId": "%s", "year": "2024", "centreType": "NANUMTEO", "supportPeriodMonths": 0,
                  "groups": [
                    { "formedOn": "2024-02-30", "households": 0, "dualIncomeHouseholds": 3, "plannedMonths": [3, 13, 3],
                      "expenses": [
                        { "category": "DURABLE_GOODS", "amount": -5 },
                        { "month": 4, "category": "MATERIALS", "amount": 1000, "unitPrice": 2000 } ] } ] }"""
                .formatted("x".repeat(65)));

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = api.body(r);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nanumteo:problem:invalid-request");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "centreId", "year", "centreType", "supportPeriodMonths", "groups[0].formedOn", "groups[0].households",
                "groups[0].dualIncomeHouseholds", "groups[0].plannedMonths[1]", "groups[0].plannedMonths[2]",
                "groups[0].expenses[0].month", "groups[0].expenses[0].amount", "groups[0].expenses[0].unitPrice",
                "groups[0].expenses[1].unitPrice");
        assertThat(problem.get("errors").findValuesAsString("message")).allSatisfy(m -> assertThat(m).containsPattern("[가-힣]"));
        assertThat(api.recorded()).isEqualTo(before);
    }

    @Test
    void aYearWithNoPackInForceIs422AndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        MvcTestResult r = api.post(URI, exampleYearsEarlier(2));

        assertThat(r).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = api.body(r);
        assertThat(problem.get("asOf").asString()).isEqualTo("2022-01-01");
        assertThat(problem.get("availablePacks").findValuesAsString("id")).containsExactly("nanumteo-2023", "nanumteo-2024");
        assertThat(api.recorded()).isEqualTo(before);
    }
}
