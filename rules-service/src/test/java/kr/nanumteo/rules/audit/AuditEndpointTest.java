package kr.nanumteo.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Comparisons over HTTP, and the decision log selected for spreadsheets. */
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

    @Test
    void theLogIsSelectedByKindOutcomeAndDayAndExportedAsCsvThatExcelReadsAsKorean() throws Exception {
        mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON).content(Examples.DUAL_INCOME).exchange();
        mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON)
                .content(Examples.DUAL_INCOME.replace("\"BUSINESS_REGISTRATION\"", "\"BUSINESS_REGISTRATION\", \"VAT_TAX_BASE_CERTIFICATE\"")).exchange();

        JsonNode page = body(mvc.get().uri("/api/v1/decisions?kind=dual-income&outcome=NEEDS_DOCUMENTS&size=1").exchange());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.at("/items/0/outcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
        assertThat(page.at("/items/0/applicationId").asString()).isEqualTo("intake-2024-000123");
        JsonNode eligible = body(mvc.get().uri("/api/v1/decisions?outcome=ELIGIBLE&pack=nanumteo-2024").exchange());
        assertThat(eligible.get("items").findValuesAsString("outcome")).isNotEmpty().containsOnly("ELIGIBLE");
        JsonNode none = body(mvc.get().uri("/api/v1/decisions?from=2020-01-01&to=2020-12-31").exchange());
        assertThat(none.get("total").asLong()).isZero();

        MvcTestResult csv = mvc.get().uri("/api/v1/decisions?format=csv&kind=dual-income").exchange();
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains("dual-income", "nanumteo-2024").containsPattern("T[0-9:.]+Z,");
        assertThat(text).contains("맞벌이가구로 인정됩니다");

        MvcTestResult bad = mvc.get().uri("/api/v1/decisions?from=2024-02-30&size=0").exchange();
        assertThat(bad).hasStatus(400);
        assertThat(body(bad).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("from", "size");
    }
}
