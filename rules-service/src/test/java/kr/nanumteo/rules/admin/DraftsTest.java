package kr.nanumteo.rules.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.Instance;
import kr.nanumteo.rules.OwnSchema;
import kr.nanumteo.rules.PostgresRequired;
import tools.jackson.databind.JsonNode;

/**
 * Next year's pack through the API, as the console drives it: a draft made from the pack in service, one
 * parameter changed with its citation and a reason, the check that catches what was left, a file replaced,
 * the submission, a second account's approval — and the new budget decided.
 */
@ExtendWith(PostgresRequired.class)
class DraftsTest {

    static final String SCHEMA = OwnSchema.name("drafts");
    static Instance service;

    @BeforeAll
    static void start() throws Exception {
        Instance.dropSchema(SCHEMA);
        service = Instance.start(SCHEMA, Map.of());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    static HttpResponse<String> put(String path, String json) throws Exception {
        return service.send("PUT", path, Credentials.POLICY, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDraftBecomesNextYearsPackWithEveryChangeRecorded() throws Exception {
        HttpResponse<String> created = service.postJson("/api/v1/admin/drafts", Credentials.POLICY, "{\"from\": \"nanumteo-2024\", \"year\": 2025}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = service.json(created);
        String id = draft.get("id").asString();
        assertThat(draft.get("packId").asString()).isEqualTo("nanumteo-2025");
        assertThat(draft.get("version").asString()).isEqualTo("2025.1.0");
        assertThat(draft.at("/basedOn/id").asString()).isEqualTo("nanumteo-2024");
        assertThat(draft.get("citationsToReview").size()).isPositive();

        HttpResponse<String> changed = put("/api/v1/admin/drafts/" + id + "/parameters/budget.standardPerCentre", """
                { "value": 58000000, "citation": "2025 사업안내 사업 예산 1) 예산 지원 (개소별 58,000천원(지방비 포함))",
                  "reason": "2025 사업안내의 개소별 예산" }""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode last = lastChange(service.json(changed));
        assertThat(last.get("what").asString()).isEqualTo("parameter budget.standardPerCentre: 56712000 → 58000000");
        assertThat(last.get("reason").asString()).isEqualTo("2025 사업안내의 개소별 예산");
        assertThat(last.get("by").asString()).isEqualTo("policy");

        HttpResponse<String> noReason = put("/api/v1/admin/drafts/" + id + "/parameters/budget.standardPerCentre", "{\"value\": 1}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(service.json(noReason).get("errors").findValuesAsString("field")).containsExactly("reason");

        // The interpretation that quotes the old amount is caught before anything goes live.
        HttpResponse<String> checked = service.postJson("/api/v1/admin/drafts/" + id + "/check", Credentials.POLICY, "");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(service.json(checked).get("findings").findValuesAsString("message"))
                .anySatisfy(m -> assertThat(m).contains("budget.standardPerCentre", "'56,712천원'"));
        assertThat(service.postJson("/api/v1/admin/drafts/" + id + "/submission", Credentials.POLICY, "").statusCode()).isEqualTo(422);

        HttpResponse<String> yaml = service.get("/api/v1/admin/drafts/" + id + "/files/pack.yaml", Credentials.POLICY);
        String fixed = yaml.body().replace("개소별 56,712천원, 지방비 포함", "개소별 58,000천원, 지방비 포함");
        HttpResponse<String> replaced = service.send("PUT", "/api/v1/admin/drafts/" + id + "/files/pack.yaml?reason=INT-CB-01",
                Credentials.POLICY, "text/plain", fixed.getBytes(StandardCharsets.UTF_8));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(lastChange(service.json(replaced)).get("what").asString()).isEqualTo("file pack.yaml");

        HttpResponse<String> submitted = service.postJson("/api/v1/admin/drafts/" + id + "/submission", Credentials.POLICY, "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        HttpResponse<String> approved = service.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/approval", Credentials.REVIEWER, "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);

        HttpResponse<String> budget = service.postJson("/api/v1/budgets/centre", Credentials.INTAKE, kr.nanumteo.rules.Examples.CENTRE_BUDGET.replace("\"year\": 2024", "\"year\": 2025"));
        assertThat(budget.statusCode()).as(budget.body()).isEqualTo(200);
        assertThat(service.json(budget).at("/rulePack/id").asString()).isEqualTo("nanumteo-2025");
        assertThat(budget.body()).contains("58000000");
    }

    @Test
    void aDraftsCheckSaysWhatItChangesInTheRecordedDecisionsOutcomesFirstWithTheRulesBehind() throws Exception {
        String days21In2024 = PublishTest.DAYS_21_IN_2025.replace("2025-03-03", "2024-03-04");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = service.postJson("/api/v1/eligibility/dual-income", Credentials.INTAKE, days21In2024);
            assertThat(service.json(r).get("outcome").asString()).isEqualTo("ELIGIBLE");
        }
        String id = service.json(service.postJson("/api/v1/admin/drafts", Credentials.POLICY, "{\"from\": \"nanumteo-2024\", \"year\": 2025}"))
                .get("id").asString();
        put("/api/v1/admin/drafts/" + id + "/parameters/dualIncome.work.minMonthlyDays", """
                { "value": 22, "citation": "2025 사업안내 4-나 ※맞벌이가구 증빙서류 1 (월 22일 이상 근로)", "reason": "시험" }""");

        JsonNode report = service.json(service.postJson("/api/v1/admin/drafts/" + id + "/check", Credentials.POLICY, ""));

        JsonNode recorded = report.get("recordedDecisions");
        assertThat(recorded.at("/previous/id").asString()).isEqualTo("nanumteo-2024");
        assertThat(recorded.at("/decisionsByKind/dual-income").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(recorded.at("/changes/outcomeChanged").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode first = recorded.at("/changes/groups/0");
        assertThat(first.get("nature").asString()).isEqualTo("OUTCOME");
        assertThat(first.get("change").asString()).isEqualTo("ELIGIBLE → NOT_ELIGIBLE");
        assertThat(first.get("rules").findValuesAsString("id")).contains("DI-07");
        assertThat(first.get("rules").findValuesAsString("message")).anySatisfy(m -> assertThat(m).contains("월 {$days}일 근로는"));
        assertThat(report.at("/previousScenarios/changes/groups/0/nature").asString()).isEqualTo("OUTCOME");
        assertThat(report.at("/previousScenarios/changes/outcomeChanged").asInt()).isPositive();
    }

    static JsonNode lastChange(JsonNode draft) {
        JsonNode changes = draft.get("changes");
        return changes.get(changes.size() - 1);
    }
}
