package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** The log as a spreadsheet: no cell runs as a formula, newest first, times in UTC as in the JSON. */
@DatabaseTest
class CsvExportTest {

    /** What the probe sent as applicationId (those with a tab or carriage return are refused as control characters now). */
    static final List<String> FORMULAS = List.of("=1+2", "+1+2", "-1+2", "@SUM(1;2)", "=HYPERLINK(\"http://example.com\",\"x\")",
            "=cmd|' /C calc'!A0");

    @Autowired
    DecisionEndpoints api;
    @Autowired
    MockMvcTester mvc;

    @Test
    void aCellThatWouldRunAsAFormulaIsWrittenAsTextNewestFirstInUtc() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String formula : FORMULAS) {
            String request = Examples.DUAL_INCOME.replace("\"intake-2024-000123\"", "\"" + formula.replace("\"", "\\\"") + "\"");
            ids.add(api.body(api.post("/api/v1/eligibility/dual-income", request)).get("decisionId").asString());
            Thread.sleep(2); // distinct times, so that newest first is one order
        }

        String csv = new String(mvc.get().uri("/api/v1/decisions?format=csv&kind=dual-income").exchange().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        List<String> rows = csv.lines().skip(1).filter(l -> ids.stream().anyMatch(l::startsWith)).toList();

        assertThat(rows).hasSize(FORMULAS.size());
        for (int i = 0; i < FORMULAS.size(); i++) {
            String row = rows.get(FORMULAS.size() - 1 - i);
            assertThat(row).as("newest first").startsWith(ids.get(i));
            assertThat(row).contains(",\"'" + FORMULAS.get(i).replace("\"", "\"\"") + "\",");
            JsonNode recorded = api.recordedDecision(ids.get(i));
            String evaluatedAt = recorded.at("/response/evaluatedAt").asString();
            assertThat(evaluatedAt).endsWith("Z");
            assertThat(row.split(",")[7]).as("evaluatedAt as in the JSON").isEqualTo(evaluatedAt);
        }
        List<Instant> times = csv.lines().skip(1).map(l -> Instant.parse(l.split(",")[7])).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void oneApplicationsDecisionsAreFoundByItsApplicationIdInTheListAndTheSpreadsheet() throws Exception {
        String application = "csv-" + java.util.UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(api.body(api.post("/api/v1/eligibility/dual-income", Examples.DUAL_INCOME.replace("intake-2024-000123", application)))
                    .get("decisionId").asString());
        }
        api.post("/api/v1/eligibility/dual-income", Examples.DUAL_INCOME.replace("intake-2024-000123", application + "-other"));

        JsonNode page = api.body(mvc.get().uri("/api/v1/decisions?applicationId=" + application).exchange());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsString("decisionId")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(page.get("items").findValuesAsString("applicationId")).containsOnly(application);
        String csv = new String(mvc.get().uri("/api/v1/decisions?format=csv&applicationId=" + application).exchange().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).toList()).hasSize(2).allSatisfy(row -> assertThat(row).contains("," + application + ","));
    }

    @Test
    void aCellStartingWithATabOrCarriageReturnAsAnOlderRowMayHoldIsNeutralisedToo() {
        assertThat(DecisionCsv.field("\t=1+2")).isEqualTo("\"'\t=1+2\"");
        assertThat(DecisionCsv.field("\r=1+2")).isEqualTo("\"'\r=1+2\"");
        assertThat(DecisionCsv.field("보호자 2명, 둘 다 \"근로\"")).isEqualTo("\"보호자 2명, 둘 다 \"\"근로\"\"\"");
        assertThat(DecisionCsv.field("intake-2024-000123")).isEqualTo("intake-2024-000123");
        assertThat(DecisionCsv.field(null)).isEmpty();
    }
}
