package kr.nanumteo.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** The intake contract (API.md) through the running service and the real decision log. */
@DatabaseTest
class EligibilityEndpointTest {

    static final String URI = "/api/v1/eligibility/dual-income";


    @Autowired
    MockMvcTester mvc;
    @Autowired
    DecisionEndpoints api;

    MvcTestResult post(String body) {
        return api.post(URI, body);
    }

    JsonNode body(MvcTestResult r) throws Exception {
        return api.body(r);
    }

    long decisions() {
        return api.recorded();
    }

    @Test
    void aDecisionIsAnsweredInTheContractShapeAndIsInTheLogAsSent() throws Exception {
        MvcTestResult r = post(Examples.DUAL_INCOME);

        assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        String sent = api.text(r);
        JsonNode answer = api.body(r);
        assertThat(answer.propertyNames()).containsExactly("decisionId", "outcome", "rulePack", "guardians", "reasons", "evaluatedAt");
        assertThat(answer.get("outcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
        assertThat(answer.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
        assertThat(answer.at("/rulePack/version").asString()).isEqualTo("2024.1.1");
        assertThat(answer.at("/rulePack/sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(answer.at("/guardians/0/outcome").asString()).isEqualTo("QUALIFIES");
        assertThat(answer.at("/guardians/1/outcome").asString()).isEqualTo("QUALIFIES_PENDING_DOCUMENTS");
        assertThat(answer.at("/guardians/1/missingDocuments/0/anyOf").toString())
                .isEqualTo("[[\"INCOME_AMOUNT_CERTIFICATE\"],[\"VAT_TAX_BASE_CERTIFICATE\"]]");
        assertThat(answer.at("/guardians/1/reasons/0").propertyNames()).contains("ruleId", "message", "citation");
        assertThat(answer.at("/reasons/0/message").asString()).contains("증빙서류");

        MvcTestResult logged = api.recordOf(answer.get("decisionId").asString());
        assertThat(logged).hasStatusOk();
        JsonNode record = body(logged);
        assertThat(record.get("response")).isEqualTo(answer);
        assertThat(api.storedResponse(answer.get("decisionId").asString())).isEqualTo(sent);
        assertThat(record.get("kind").asString()).isEqualTo("dual-income");
        assertThat(record.at("/rulePack/sha256")).isEqualTo(answer.at("/rulePack/sha256"));
        assertThat(record.at("/request/applicationId").asString()).isEqualTo("intake-2024-000123");
        assertThat(record.at("/request/guardians/1/businessRegisteredOn").asString()).isEqualTo("2020-05-01");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsRecorded() throws Exception {
        long before = decisions();
        MvcTestResult r = post("""
                { "applicationId": "%s", "asOf": "2024-02-30", "singleParent": false,
                  "guardians": [
                    { "relation": "AUNT", "activity": "EMPLOYED", "dailyHours": 25, "monthlyDays": -1,
                      "documents": ["EMPLOYMENT_CERTIFICATE", "PAYSLIP"] } ] }""".formatted("x".repeat(65)));

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(r);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nanumteo:problem:invalid-request");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "applicationId", "asOf", "guardians", "guardians[0].relation", "guardians[0].dailyHours",
                "guardians[0].monthlyDays", "guardians[0].shift", "guardians[0].documents[1]");
        assertThat(problem.get("errors").findValuesAsString("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() throws Exception {
        MvcTestResult r = post("{ \"asOf\": \"2024-03-04\", ");

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(r).at("/errors/0/field").asString()).isEqualTo("$");
    }

    @Test
    void aDateWithNoPackInForceIs422NamingThePacksThatExist() throws Exception {
        long before = decisions();
        MvcTestResult r = post(Examples.DUAL_INCOME.replace("2024-03-04", "2022-06-30"));

        assertThat(r).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(r);
        assertThat(problem.get("availablePacks").findValuesAsString("id")).containsExactly("nanumteo-2023", "nanumteo-2024");
        assertThat(problem.get("availablePacks").findValuesAsString("period"))
                .containsExactly("2023-01-01 ~ 2023-12-31", "2024-01-01 ~");
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void aRequestedPackMustBeInForceOnTheDate() throws Exception {
        MvcTestResult r = post(Examples.DUAL_INCOME.replace("\"rulePack\": null", "\"rulePack\": \"nanumteo-2023\""));

        assertThat(r).hasStatus(422);
        assertThat(body(r).get("rulePack").asString()).isEqualTo("nanumteo-2023");
    }

    @Test
    void aRequestedPackInForceDecides() throws Exception {
        MvcTestResult r = post(Examples.DUAL_INCOME.replace("\"rulePack\": null", "\"rulePack\": \"nanumteo-2023\"")
                .replace("2024-03-04", "2023-11-20"));

        assertThat(r).hasStatusOk();
        assertThat(body(r).at("/rulePack/id").asString()).isEqualTo("nanumteo-2023");
    }

    @Test
    void anUnknownDecisionIs404AndABadIdIs400() {
        assertThat(mvc.get().uri("/api/v1/decisions/00000000-0000-0000-0000-000000000000").exchange())
                .hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/decisions/not-a-uuid").exchange())
                .hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theDecisionLogRefusesUpdatesAndDeletes() throws Exception {
        String id = body(post(Examples.DUAL_INCOME)).get("decisionId").asString();

        // as the owner: the service's own role may not even try (LeastPrivilegeTest); the table refuses its owner too
        try (java.sql.Connection owner = kr.nanumteo.rules.PostgresRequired.asOwner(kr.nanumteo.rules.PostgresRequired.TEST_SCHEMA)) {
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("update decision set outcome = 'ELIGIBLE' where id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("delete from decision where id = '" + id + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(body(api.recordOf(id)).get("outcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
    }
}
