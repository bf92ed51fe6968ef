package kr.nanumteo.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.Examples;
import kr.nanumteo.rules.decisions.DecisionSearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comparisons over HTTP, and the decision log selected for spreadsheets. The schema is shared with every
 * other test class of the context, so the log tests look for the decisions they made, by id.
 */
@DatabaseTest
class AuditEndpointTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;

    JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aCaseIsComparedUnderTwoPacksSideBySide() throws Exception {
        MvcTestResult r = mvc.post().uri("/api/v1/comparisons").contentType(MediaType.APPLICATION_JSON).content("""
                { "kind": "dual-income", "left": "nanumteo-2023", "right": "nanumteo-2024", "request": %s }"""
                .formatted(Examples.DUAL_INCOME)).exchange();

        assertThat(r).hasStatusOk();
        JsonNode c = body(r);
        assertThat(c.at("/left/pack/id").asString()).isEqualTo("nanumteo-2023");
        assertThat(c.at("/right/pack/id").asString()).isEqualTo("nanumteo-2024");
        assertThat(c.at("/left/outcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
        assertThat(c.at("/left/response/guardians/1/missingDocuments")).isEqualTo(c.at("/right/response/guardians/1/missingDocuments"));
        assertThat(c.get("changed").asBoolean()).isFalse();
    }

    @Test
    void aComparisonNamesEveryBadFieldIncludingThoseOfTheCase() throws Exception {
        MvcTestResult r = mvc.post().uri("/api/v1/comparisons").contentType(MediaType.APPLICATION_JSON).content("""
                { "kind": "dual-income", "left": "nanumteo-2022", "right": "nanumteo-2024",
                  "request": { "asOf": "2024-03-04", "singleParent": true, "guardians": [] } }""").exchange();
        assertThat(r).hasStatus(400);
        assertThat(body(r).get("errors").findValuesAsString("field")).containsExactly("left");

        MvcTestResult bad = mvc.post().uri("/api/v1/comparisons").contentType(MediaType.APPLICATION_JSON).content("""
                { "kind": "dual-income", "left": "nanumteo-2023", "right": "nanumteo-2024",
                  "request": { "asOf": "2024-03-04", "singleParent": true, "guardians": [] } }""").exchange();
        assertThat(bad).hasStatus(400);
        assertThat(body(bad).get("errors").findValuesAsString("field")).containsExactly("request.guardians");
    }

    @Test
    void aBatchOfJsonLinesIsReported() throws Exception {
        String lines = Examples.DUAL_INCOME.replaceAll("\\s*\\n\\s*", " ") + "\n" + "{}\n";
        MvcTestResult r = mvc.post().uri("/api/v1/comparisons/batch?kind=dual-income&left=nanumteo-2023&right=nanumteo-2024")
                .contentType("application/x-ndjson").content(lines).exchange();

        assertThat(r).hasStatusOk();
        JsonNode report = body(r);
        assertThat(report.get("cases").asInt()).isEqualTo(1);
        assertThat(report.get("unchanged").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/rejectedLines/0/line").asInt()).isEqualTo(2);
    }

    /** Posts a dual-income case, requires the answer and its outcome, and returns it. */
    private JsonNode decided(String request, String outcome) throws Exception {
        MvcTestResult r = mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON).content(request).exchange();
        assertThat(r).hasStatusOk();
        JsonNode answer = body(r);
        assertThat(answer.get("outcome").asString()).isEqualTo(outcome);
        return answer;
    }

    /** The Korean day a decision was made, as the log's from/to count days. */
    private static LocalDate dayOf(JsonNode answer) {
        return Instant.parse(answer.get("evaluatedAt").asString()).atZone(DecisionSearch.KOREA).toLocalDate();
    }

    /**
     * Every item a selection of the log lists, page by page: other test classes write to the same schema,
     * so a test looks for its own decisions in it rather than counting.
     */
    private List<JsonNode> selected(String query) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            MvcTestResult r = mvc.get().uri("/api/v1/decisions?" + query + "&size=" + 500 + "&page=" + page).exchange();
            assertThat(r).as(query).hasStatusOk();
            JsonNode answer = body(r);
            answer.get("items").values().forEach(items::add);
            if (answer.get("items").isEmpty() || items.size() >= answer.get("total").asLong()) {
                assertThat(items).as(query).hasSize((int) answer.get("total").asLong());
                return items;
            }
        }
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("decisionId").asString()).toList();
    }

    @Test
    void theLogIsSelectedByKindOutcomeAndPackAndEachItemKeepsTheSelection() throws Exception {
        JsonNode pending = decided(Examples.DUAL_INCOME, "NEEDS_DOCUMENTS");
        JsonNode eligible = decided(Examples.DUAL_INCOME.replace("\"BUSINESS_REGISTRATION\"", "\"BUSINESS_REGISTRATION\", \"VAT_TAX_BASE_CERTIFICATE\""),
                "ELIGIBLE");
        String pendingId = pending.get("decisionId").asString();
        String eligibleId = eligible.get("decisionId").asString();

        List<JsonNode> needsDocuments = selected("kind=dual-income&outcome=NEEDS_DOCUMENTS");
        assertThat(ids(needsDocuments)).contains(pendingId).doesNotContain(eligibleId);
        assertThat(needsDocuments).allSatisfy(i -> {
            assertThat(i.get("kind").asString()).isEqualTo("dual-income");
            assertThat(i.get("outcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
        });
        JsonNode mine = needsDocuments.stream().filter(i -> i.get("decisionId").asString().equals(pendingId)).findFirst().orElseThrow();
        assertThat(mine.get("applicationId").asString()).isEqualTo("intake-2024-000123");
        assertThat(mine.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");

        List<JsonNode> eligibleIn2024 = selected("outcome=ELIGIBLE&pack=nanumteo-2024");
        assertThat(ids(eligibleIn2024)).contains(eligibleId).doesNotContain(pendingId);
        assertThat(eligibleIn2024).allSatisfy(i -> {
            assertThat(i.get("outcome").asString()).isEqualTo("ELIGIBLE");
            assertThat(i.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
        });

        MvcTestResult onePage = mvc.get().uri("/api/v1/decisions?kind=dual-income&size=1").exchange();
        assertThat(onePage).hasStatusOk();
        assertThat(body(onePage).get("items")).hasSize(1);
    }

    @Test
    void todaysDecisionIsFoundFromTodayToTodayAndToIsInclusive() throws Exception {
        JsonNode answer = decided(Examples.DUAL_INCOME, "NEEDS_DOCUMENTS");
        String id = answer.get("decisionId").asString();
        LocalDate today = dayOf(answer);

        assertThat(ids(selected("from=" + today + "&to=" + today))).contains(id);
        assertThat(ids(selected("to=" + today))).contains(id);
        assertThat(ids(selected("from=" + today))).contains(id);
        assertThat(ids(selected("from=" + today.minusDays(7) + "&to=" + today))).contains(id);
        assertThat(ids(selected("to=" + today.minusDays(1)))).doesNotContain(id);
        assertThat(ids(selected("from=" + today.plusDays(1)))).doesNotContain(id);
        assertThat(selected("from=2020-01-01&to=2020-12-31")).isEmpty();
    }

    @Test
    void theSelectionIsExportedAsCsvThatExcelReadsAsKorean() throws Exception {
        JsonNode answer = decided(Examples.DUAL_INCOME, "NEEDS_DOCUMENTS");
        String id = answer.get("decisionId").asString();
        LocalDate today = dayOf(answer);

        MvcTestResult csv = mvc.get().uri("/api/v1/decisions?format=csv&kind=dual-income&from=" + today + "&to=" + today).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(
                "\uFEFFdecisionId,kind,outcome,asOf,packId,packVersion,packSha256,evaluatedAt,replayOf,applicationId,reasons");
        String row = text.lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
        assertThat(row).contains("dual-income", "NEEDS_DOCUMENTS", "2024-03-04", "nanumteo-2024", "intake-2024-000123")
                .containsPattern("T[0-9:.]+Z,"); // UTC, as in the JSON
        assertThat(row).contains("요건은 충족하나 증빙서류가 모자랍니다");
        assertThat(text.lines().skip(1)).allSatisfy(l -> assertThat(l).contains(",dual-income,"));

        MvcTestResult bad = mvc.get().uri("/api/v1/decisions?from=2024-02-30&size=0").exchange();
        assertThat(bad).hasStatus(400);
        assertThat(body(bad).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("from", "size");
    }
}
