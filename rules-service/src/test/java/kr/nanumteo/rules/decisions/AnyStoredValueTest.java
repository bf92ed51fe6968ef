package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/**
 * No control character gets into the log through a request, and the log's search, filters and export
 * work over whatever a row already holds — here a NUL written before requests refused it.
 */
@DatabaseTest
class AnyStoredValueTest {

    static final String DUAL_INCOME = "/api/v1/eligibility/dual-income";

    @Autowired
    DecisionEndpoints api;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aControlCharacterInAnyStringIsA400NamingTheFieldAndNothingIsRecorded() throws Exception {
        long before = api.recorded();
        assertRefused(DUAL_INCOME, Examples.DUAL_INCOME.replace("intake-2024-000123", "nul\\u0000byte"), "applicationId", "U+0000");
        assertRefused(DUAL_INCOME, Examples.DUAL_INCOME.replace("intake-2024-000123", "tab\\there"), "applicationId", "U+0009");
        assertRefused(DUAL_INCOME, Examples.DUAL_INCOME.replace("\"rulePack\": null", "\"rulePack\": \"nanumteo-2024\\n\""), "rulePack", "U+000A");
        assertRefused("/api/v1/admissions/dual-income-centre", """
                { "asOf": "2024-03-04", "area": 33.5, "applicants": [ { "reference": "A-1\\u202e", "dualIncomeOutcome": "ELIGIBLE" } ] }""",
                "applicants[0].reference", "U+202E");
        assertRefused("/api/v1/admissions/dual-income-centre", """
                { "asOf": "2024-03-04", "area": 33.5, "applicants": [ { "reference": "A-\\ud800", "dualIncomeOutcome": "ELIGIBLE" } ] }""",
                "applicants[0].reference", "서로게이트");
        assertRefused("/api/v1/budgets/centre", Examples.CENTRE_BUDGET.replace("공기청정기", "공기\\u0000청정기"), "plan.assets[0].item", "U+0000");
        assertThat(api.recorded()).isEqualTo(before);
    }

    @Test
    void freeTextMayHoldTabsAndLineBreaks() throws Exception {
        MvcTestResult r = api.post("/api/v1/budgets/centre", Examples.CENTRE_BUDGET.replace("공기청정기", "공기청정기\\t2대\\n(거실용)"));

        assertThat(r).hasStatusOk();
        JsonNode recorded = api.recordedDecision(api.body(r).get("decisionId").asString());
        assertThat(recorded.at("/request/plan/assets/0/item").asString()).isEqualTo("공기청정기\t2대\n(거실용)");
    }

    @Test
    void aQueryValueWithAControlCharacterIsA400NamingIt() throws Exception {
        MvcTestResult r = mvc.get().uri("/api/v1/decisions?kind={kind}&outcome=ELIGIBLE", "dual-income\u0000").exchange();

        assertThat(r).hasStatus(400);
        assertThat(api.body(r).get("errors").findValuesAsString("field")).containsExactly("kind");
    }

    @Test
    void aRowHoldingANulIsSearchedFilteredExportedAndReadBack() throws Exception {
        UUID old = UUID.randomUUID();
        // Written as the service wrote decisions before it refused control characters (and before V3): json only.
        jdbc.sql("""
                insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request, response, evaluated_at)
                values (?, 'dual-income', 'NOT_ELIGIBLE', date '2024-03-04', 'nanumteo-2024', '2024.1.0', repeat('0', 64), ?::json, ?::json,
                        timestamptz '2024-03-04 09:00:00+09')""")
                .param(old).param("{\"applicationId\":\"nul\\u0000byte\",\"note\":\"\\\\u0000 as text\"}")
                .param("{\"outcome\":\"NOT_ELIGIBLE\",\"reasons\":[{\"ruleId\":\"DI-99\",\"message\":\"첫째\\u0000 이유\"},{\"message\":\"둘째\"}]}")
                .update();
        String made = api.body(api.post(DUAL_INCOME, Examples.DUAL_INCOME)).get("decisionId").asString();

        JsonNode all = api.body(mvc.get().uri("/api/v1/decisions?size=500").exchange());
        JsonNode oldRow = item(all, old.toString());
        assertThat(oldRow.get("applicationId").asString()).isEqualTo("nul\uFFFDbyte");
        assertThat(oldRow.get("reasons").asString()).isEqualTo("첫째\uFFFD 이유 / 둘째");
        assertThat(item(all, made).get("applicationId").asString()).isEqualTo("intake-2024-000123");
        assertThat(item(all, made).get("reasons").asString()).contains("맞벌이가구");

        JsonNode filtered = api.body(mvc.get().uri("/api/v1/decisions?kind=dual-income&outcome=NOT_ELIGIBLE&pack=nanumteo-2024&from=2024-03-04&to=2024-03-04")
                .exchange());
        assertThat(filtered.get("total").asLong()).isEqualTo(1);
        assertThat(filtered.at("/items/0/decisionId").asString()).isEqualTo(old.toString());

        MvcTestResult csv = mvc.get().uri("/api/v1/decisions?format=csv&kind=dual-income").exchange();
        assertThat(csv).hasStatusOk();
        assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains(old + ",dual-income,NOT_ELIGIBLE", "nul\uFFFDbyte", made);

        JsonNode readBack = api.recordedDecision(old.toString());
        assertThat(readBack.at("/request/applicationId").asString()).isEqualTo("nul\u0000byte");
        assertThat(readBack.at("/request/note").asString()).isEqualTo("\\u0000 as text");
    }

    private void assertRefused(String uri, String body, String field, String naming) throws Exception {
        MvcTestResult r = api.post(uri, body);
        assertThat(r).as(field).hasStatus(400);
        JsonNode errors = api.body(r).get("errors");
        assertThat(errors.findValuesAsString("field")).as(field).containsExactly(field);
        assertThat(errors.get(0).get("message").asString()).contains(naming);
    }

    private static JsonNode item(JsonNode page, String decisionId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("decisionId").asString().equals(decisionId)) {
                return item;
            }
        }
        throw new AssertionError(decisionId + " not in " + page);
    }
}
