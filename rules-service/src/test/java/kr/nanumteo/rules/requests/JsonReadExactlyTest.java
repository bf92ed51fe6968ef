package kr.nanumteo.rules.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** A request is read as it was written: numbers exactly, each key once. */
@DatabaseTest
class JsonReadExactlyTest {

    static final String DUAL_INCOME = "/api/v1/eligibility/dual-income";

    @Autowired
    DecisionEndpoints endpoints;

    @Test
    void justUnderEightHoursIsNotEightHoursAndIsRecordedAsSent() throws Exception {
        MvcTestResult r = endpoints.post(DUAL_INCOME, Examples.DUAL_INCOME.replace("\"dailyHours\": 8.0", "\"dailyHours\": 7.99999999999999999"));

        assertThat(r).hasStatusOk();
        JsonNode answer = endpoints.body(r);
        assertThat(answer.at("/guardians/0/outcome").asString()).isEqualTo("DOES_NOT_QUALIFY");
        assertThat(answer.at("/guardians/0/reasons").findValuesAsString("message"))
                .contains("하루 7.99999999999999999시간 근로는 기준 8시간에 못 미쳐 '일'의 요건을 충족하지 못합니다");
        String recorded = endpoints.recordOf(answer.get("decisionId").asString()).getResponse().getContentAsString();
        assertThat(recorded).contains("\"dailyHours\":7.99999999999999999");
    }

    @Test
    void anEmptyBodyOrOneNestedBeyondTheLimitIsA400SayingSoNotAFormatError() throws Exception {
        long before = endpoints.recorded();
        MvcTestResult empty = endpoints.post(DUAL_INCOME, "");
        MvcTestResult deep = endpoints.post(DUAL_INCOME, "[".repeat(100_000));

        assertThat(empty).hasStatus(400);
        assertThat(endpoints.body(empty).at("/errors/0/message").asString()).isEqualTo("요청 본문이 비어 있습니다: JSON 객체를 보내 주세요");
        assertThat(deep).hasStatus(400);
        assertThat(endpoints.body(deep).at("/errors/0/message").asString()).startsWith("JSON이 받을 수 있는 한도를 넘습니다");
        assertThat(endpoints.recorded()).isEqualTo(before);
    }

    @Test
    void aKeyGivenTwiceIsA400NamingItAndNothingIsRecorded() throws Exception {
        long before = endpoints.recorded();
        MvcTestResult top = endpoints.post(DUAL_INCOME, Examples.DUAL_INCOME.replace("\"asOf\": \"2024-03-04\"",
                "\"asOf\": \"2024-02-30\", \"asOf\": \"2024-03-04\""));
        MvcTestResult nested = endpoints.post(DUAL_INCOME, Examples.DUAL_INCOME.replace("\"relation\": \"FATHER\"",
                "\"relation\": \"FATHER\", \"relation\": \"MOTHER\""));

        assertThat(top).hasStatus(400);
        assertThat(endpoints.body(top).get("errors").findValuesAsString("field")).containsExactly("asOf");
        assertThat(endpoints.body(top).at("/errors/0/message").asString()).startsWith("같은 항목이 두 번 있습니다");
        assertThat(nested).hasStatus(400);
        assertThat(endpoints.body(nested).get("errors").findValuesAsString("field")).containsExactly("guardians[1].relation");
        assertThat(endpoints.recorded()).isEqualTo(before);
    }

    @Test
    void aNumberBeyondADoubleOrWithAnEndlessExponentIsA400NamingItNotAnError() throws Exception {
        MvcTestResult hours = endpoints.post(DUAL_INCOME, Examples.DUAL_INCOME.replace("\"dailyHours\": 8.0", "\"dailyHours\": 1e400"));
        MvcTestResult zero = endpoints.post(DUAL_INCOME, Examples.DUAL_INCOME.replace("\"dailyHours\": 8.0", "\"dailyHours\": 0e1000000000"));
        MvcTestResult area = endpoints.post("/api/v1/admissions/dual-income-centre", """
                { "asOf": "2024-03-04", "area": 1e400, "applicants": [ { "reference": "A-1", "dualIncomeOutcome": "ELIGIBLE" } ] }""");

        assertThat(hours).hasStatus(400);
        assertThat(endpoints.body(hours).get("errors").findValuesAsString("field")).containsExactly("guardians[0].dailyHours");
        assertThat(zero).hasStatus(400);
        assertThat(endpoints.body(zero).get("errors").findValuesAsString("field")).containsExactly("guardians[0].dailyHours");
        assertThat(area).hasStatus(400);
        assertThat(endpoints.body(area).get("errors").findValuesAsString("field")).containsExactly("area");
    }
}
