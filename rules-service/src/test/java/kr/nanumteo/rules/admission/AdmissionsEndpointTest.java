package kr.nanumteo.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/admissions/dual-income-centre through the running service and the real decision log. */
@DatabaseTest
class AdmissionsEndpointTest {

    static final String URI = "/api/v1/admissions/dual-income-centre";
    static final String ELIGIBILITY = "/api/v1/eligibility/dual-income";

    /** Both parents employed and proven: ELIGIBLE. */
    static final String BOTH_WORK = """
            { "asOf": "2024-03-04", "singleParent": false, "guardians": [
                { "relation": "MOTHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 21, "shift": "DAY",
                  "documents": ["EMPLOYMENT_CERTIFICATE"] },
                { "relation": "FATHER", "activity": "EMPLOYED", "dailyHours": 9, "monthlyDays": 22, "shift": "DAY",
                  "documents": ["LABOR_CONTRACT"] } ] }""";

    /** The father works 6 hours a day by day: NOT_ELIGIBLE. */
    static final String ONE_WORKS_SHORT_DAYS = """
            { "asOf": "2024-03-04", "singleParent": false, "guardians": [
                { "relation": "MOTHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 21, "shift": "DAY",
                  "documents": ["EMPLOYMENT_CERTIFICATE"] },
                { "relation": "FATHER", "activity": "EMPLOYED", "dailyHours": 6, "monthlyDays": 21, "shift": "DAY",
                  "documents": ["LABOR_CONTRACT"] } ] }""";

    @Autowired
    DecisionEndpoints calls;

    String decide(String uri, String body, String expectedOutcome) throws Exception {
        MvcTestResult r = calls.post(uri, body);
        assertThat(r).hasStatusOk();
        JsonNode answer = calls.body(r);
        assertThat(answer.get("outcome").asString()).isEqualTo(expectedOutcome);
        return answer.get("decisionId").asString();
    }

    @Test
    void applicantsAreAdmittedOrWaitInTheirOrderAndTheRoundIsRecorded() throws Exception {
        MvcTestResult r = calls.post(URI, """
                { "centreId": "daegu-suseong-02", "asOf": "2024-03-04", "area": 23.1, "emergencyCareReserve": 2,
                  "applicants": [
                    { "reference": "B-1", "dualIncomeOutcome": "NOT_ELIGIBLE" },
                    { "reference": "B-2", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "B-3", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "B-4", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "B-5", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "B-6", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "B-7", "dualIncomeOutcome": "ELIGIBLE" } ] }""");

        assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        JsonNode answer = calls.body(r);
        assertThat(answer.propertyNames()).containsExactly("decisionId", "outcome", "rulePack", "places", "applicants", "reasons", "evaluatedAt");
        assertThat(answer.get("outcome").asString()).isEqualTo("SOME_WAITING");
        assertThat(answer.at("/places/capacity").asInt()).isEqualTo(7);
        assertThat(answer.at("/places/emergencyCareReserve").asInt()).isEqualTo(2);
        assertThat(answer.at("/places/reserveFromRequest").asBoolean()).isTrue();
        assertThat(answer.at("/places/openPlaces").asInt()).isEqualTo(5);
        assertThat(answer.at("/places/dualIncomeQuota").asInt()).isEqualTo(4);
        assertThat(answer.at("/places/othersAdmissible").asBoolean()).isFalse();
        assertThat(answer.get("applicants").findValuesAsString("reference")).containsExactly("B-1", "B-2", "B-3", "B-4", "B-5", "B-6", "B-7");
        assertThat(answer.get("applicants").findValuesAsString("placement"))
                .containsExactly("WAITING", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "WAITING");
        assertThat(answer.at("/applicants/6/waitingPosition").asInt()).isEqualTo(1);
        assertThat(answer.at("/applicants/0/waitingPosition").asInt()).isEqualTo(2);
        assertThat(answer.at("/applicants/0/reasons/1/ruleId").asString()).isEqualTo("AD-33");
        assertThat(answer.at("/applicants/0/reasons/1/message").asString()).contains("대기");

        JsonNode record = calls.recordedDecision(answer.get("decisionId").asString());
        assertThat(record.get("kind").asString()).isEqualTo("admissions");
        assertThat(record.get("response")).isEqualTo(answer);
        assertThat(record.at("/request/emergencyCareReserve").asInt()).isEqualTo(2);
    }

    @Test
    void applicantsCitingEligibilityDecisionsAreJudgedOnTheRecordedOutcomes() throws Exception {
        String eligible = decide(ELIGIBILITY, BOTH_WORK, "ELIGIBLE");
        String pending = decide(ELIGIBILITY, Examples.DUAL_INCOME, "NEEDS_DOCUMENTS");
        String notEligible = decide(ELIGIBILITY, ONE_WORKS_SHORT_DAYS, "NOT_ELIGIBLE");

        MvcTestResult r = calls.post(URI, """
                { "asOf": "2024-03-05", "area": 13.2,
                  "applicants": [
                    { "reference": "C-1", "decisionId": "%s" },
                    { "reference": "C-2", "decisionId": "%s" },
                    { "reference": "C-3", "decisionId": "%s", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "C-4", "dualIncomeOutcome": "ELIGIBLE" } ] }""".formatted(notEligible, pending, eligible));

        assertThat(r).hasStatusOk();
        JsonNode answer = calls.body(r);
        assertThat(answer.get("applicants").findValuesAsString("dualIncomeOutcome"))
                .containsExactly("NOT_ELIGIBLE", "NEEDS_DOCUMENTS", "ELIGIBLE", "ELIGIBLE");
        assertThat(answer.get("applicants").findValuesAsString("group")).containsExactly("OTHER", "OTHER", "DUAL_INCOME", "DUAL_INCOME");
        assertThat(answer.at("/applicants/0/decisionId").asString()).isEqualTo(notEligible);
        assertThat(answer.at("/places/capacity").asInt()).isEqualTo(4);
        assertThat(answer.at("/places/openPlaces").asInt()).isEqualTo(3);
        // 2 dual-income applicants fall short of 70% of 4 places (2.8), so the first other child takes the third open place
        assertThat(answer.get("applicants").findValuesAsString("placement")).containsExactly("ADMITTED", "WAITING", "ADMITTED", "ADMITTED");

        JsonNode recordedRequest = calls.recordedDecision(answer.get("decisionId").asString()).get("request");
        assertThat(recordedRequest.at("/applicants/0/dualIncomeOutcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(recordedRequest.at("/applicants/1/dualIncomeOutcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
        assertThat(recordedRequest.at("/applicants/1/decisionId").asString()).isEqualTo(pending);
        // The day each cited decision was made for comes from the log too, and is recorded with the request.
        assertThat(recordedRequest.at("/applicants/0/eligibilityAsOf").asString()).isEqualTo("2024-03-04");
        assertThat(answer.at("/applicants/0/eligibilityAsOf").asString()).isEqualTo("2024-03-04");
        assertThat(recordedRequest.at("/applicants/3/eligibilityAsOf").isNull()).isTrue();
    }

    @Test
    void aCitedDecisionMadeForADayFarFromTheRoundIsNotUsedForThePriority() throws Exception {
        String eligible = decide(ELIGIBILITY, BOTH_WORK, "ELIGIBLE"); // judged for 2024-03-04

        MvcTestResult near = calls.post(URI, """
                { "asOf": "2024-06-04", "area": 33, "applicants": [ { "reference": "G-1", "decisionId": "%s" } ] }""".formatted(eligible));
        MvcTestResult far = calls.post(URI, """
                { "asOf": "2024-09-01", "area": 33, "applicants": [ { "reference": "G-1", "decisionId": "%s" } ] }""".formatted(eligible));

        assertThat(near).hasStatusOk();
        assertThat(calls.body(near).at("/applicants/0/group").asString()).isEqualTo("DUAL_INCOME");
        assertThat(far).hasStatusOk();
        JsonNode answer = calls.body(far);
        assertThat(answer.at("/applicants/0/group").asString()).isEqualTo("OTHER");
        assertThat(answer.at("/applicants/0/reasons/0/ruleId").asString()).isEqualTo("AD-13");
        assertThat(answer.at("/applicants/0/reasons/0/message").asString()).contains("2024-03-04", "2024-09-01", "3개월");
    }

    @Test
    void aDayOfJudgementContradictingTheLogIs422() throws Exception {
        String eligible = decide(ELIGIBILITY, BOTH_WORK, "ELIGIBLE");
        long before = calls.recorded();

        MvcTestResult r = calls.post(URI, """
                { "asOf": "2024-03-05", "area": 33,
                  "applicants": [ { "reference": "H-1", "decisionId": "%s", "eligibilityAsOf": "2024-03-05" } ] }""".formatted(eligible));

        assertThat(r).hasStatus(422);
        JsonNode problem = calls.body(r);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("applicants[0].eligibilityAsOf");
        assertThat(problem.at("/errors/0/message").asString()).contains("2024-03-05", "2024-03-04");
        assertThat(calls.recorded()).isEqualTo(before);
    }

    @Test
    void aDecisionIdNotInTheLogIs422AndNothingIsRecorded() throws Exception {
        long before = calls.recorded();
        MvcTestResult r = calls.post(URI, """
                { "asOf": "2024-03-05", "area": 33,
                  "applicants": [
                    { "reference": "D-1", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "D-2", "decisionId": "5d0f3a9e-1c2b-4e7d-8a6f-0b9c8d7e6f5a" } ] }""");

        assertThat(r).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = calls.body(r);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nanumteo:problem:unresolved-reference");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("applicants[1].decisionId");
        assertThat(problem.at("/errors/0/message").asString()).contains("5d0f3a9e-1c2b-4e7d-8a6f-0b9c8d7e6f5a", "기록에 없습니다");
        assertThat(calls.recorded()).isEqualTo(before);
    }

    @Test
    void aDecisionOfAnotherKindOrAnOutcomeContradictingTheLogIs422() throws Exception {
        String centre = decide("/api/v1/standards/centre", Examples.CENTRE_STANDARDS, "DOES_NOT_MEET_STANDARDS");
        String eligible = decide(ELIGIBILITY, BOTH_WORK, "ELIGIBLE");
        long before = calls.recorded();

        MvcTestResult r = calls.post(URI, """
                { "asOf": "2024-03-05", "area": 33,
                  "applicants": [
                    { "reference": "E-1", "decisionId": "%s" },
                    { "reference": "E-2", "decisionId": "%s", "dualIncomeOutcome": "NOT_ELIGIBLE" } ] }""".formatted(centre, eligible));

        assertThat(r).hasStatus(422);
        JsonNode problem = calls.body(r);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("applicants[0].decisionId", "applicants[1].dualIncomeOutcome");
        assertThat(problem.at("/errors/0/message").asString()).contains("centre-standards");
        assertThat(problem.at("/errors/1/message").asString()).contains("NOT_ELIGIBLE", "ELIGIBLE");
        assertThat(calls.recorded()).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsRecorded() throws Exception {
        long before = calls.recorded();
        MvcTestResult r = calls.post(URI, """
                { "asOf": "2024-13-01", "area": -3, "emergencyCareReserve": -1,
                  "applicants": [
                    { "reference": "F-1", "dualIncomeOutcome": "MAYBE" },
                    { "reference": "F-1", "dualIncomeOutcome": "ELIGIBLE" },
                    { "decisionId": "not-a-uuid" } ] }""");

        assertThat(r).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(calls.body(r).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "asOf", "area", "emergencyCareReserve", "applicants[0].dualIncomeOutcome", "applicants[1].reference",
                "applicants[2].reference", "applicants[2].decisionId");
        assertThat(calls.recorded()).isEqualTo(before);
    }
}
