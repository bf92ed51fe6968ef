package kr.nanumteo.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackLoader;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.RequestBinder;

/** The same cases under two packs: what changes, grouped, with the rules responsible. */
class ComparisonTest {

    static final String WORKS_DAYS = """
            { "asOf": "2024-05-02", "singleParent": false, "guardians": [
              { "relation": "MOTHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": %d, "shift": "DAY", "documents": ["LABOR_CONTRACT"] },
              { "relation": "FATHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 23, "shift": "DAY", "documents": ["LABOR_CONTRACT"] } ] }""";

    @TempDir
    Path tmp;

    RulePack with22Days() throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        Path yaml = dir.resolve("pack.yaml");
        String days = "  dualIncome.work.minMonthlyDays:\n    value: 20\n";
        Files.writeString(yaml, Files.readString(yaml).replace(days, days.replace("20", "22")), StandardCharsets.UTF_8);
        return PackLoader.load(PackFiles.fromDirectory(dir));
    }

    static String oneLine(String json) {
        return json.replaceAll("\\s*\\n\\s*", " ");
    }

    @Test
    void oneCaseSideBySideNamesTheChangedFieldsAndTheRulesBehindThem() throws IOException {
        RulePack current = TestPacks.all().byId("nanumteo-2024").orElseThrow();
        var request = RequestBinder.bind(PackComparison.JSON.readTree(WORKS_DAYS.formatted(21)), kr.nanumteo.rules.eligibility.DualIncomeRequest.class);

        PackComparison.Result c = PackComparison.compare(DualIncomeEligibility.KIND, request, current, with22Days());

        assertThat(c.changed()).isTrue();
        assertThat(c.left().outcome()).isEqualTo("ELIGIBLE");
        assertThat(c.right().outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(c.differences()).extracting(JsonDiff.Difference::path)
                .containsExactlyInAnyOrder("outcome", "guardians[0].outcome");
        assertThat(c.rulesOnlyRight()).contains("DI-07", "DI-50", "DI-62");
        assertThat(c.rulesOnlyLeft()).containsExactly("DI-60"); // DI-06 still fires for the father, who works 23 days
    }

    @Test
    void theSameRulesUnderTwoYearsDoNotCountCitationsAsChanges() {
        RulePack y2023 = TestPacks.all().byId("nanumteo-2023").orElseThrow();
        RulePack y2024 = TestPacks.all().byId("nanumteo-2024").orElseThrow();
        var request = RequestBinder.bind(PackComparison.JSON.readTree(WORKS_DAYS.formatted(21)), kr.nanumteo.rules.eligibility.DualIncomeRequest.class);

        PackComparison.Result c = PackComparison.compare(DualIncomeEligibility.KIND, request, y2023, y2024);

        assertThat(c.changed()).isFalse();
        assertThat(c.differences()).isEmpty();
        assertThat(c.rulesOnlyLeft()).isEmpty();
    }

    @Test
    void aBatchCountsChangesGroupsThemWithTheirRulesAndReportsBadLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(oneLine(WORKS_DAYS.formatted(19 + i % 5))); // 19, 20, 21, 22, 23 days
        }
        lines.add("{ not json");
        lines.add(oneLine(WORKS_DAYS.formatted(40)));
        lines.add("");

        BatchComparison.Report r = BatchComparison.run(DualIncomeEligibility.KIND, lines,
                TestPacks.all().byId("nanumteo-2024").orElseThrow(), with22Days());

        assertThat(r.cases()).isEqualTo(300);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.rejectedLines()).extracting(BatchComparison.Rejected::line).containsExactly(301, 302);
        assertThat(r.changed()).isEqualTo(120); // 20 and 21 days: eligible before, not after
        assertThat(r.unchanged()).isEqualTo(180);
        assertThat(r.outcomes()).containsEntry("ELIGIBLE → NOT_ELIGIBLE", 120).containsEntry("ELIGIBLE → ELIGIBLE", 120)
                .containsEntry("NOT_ELIGIBLE → NOT_ELIGIBLE", 60);
        assertThat(r.groups()).singleElement().satisfies(g -> {
            assertThat(g.change()).isEqualTo("outcome ELIGIBLE → NOT_ELIGIBLE");
            assertThat(g.cases()).isEqualTo(120);
            assertThat(g.rules()).containsEntry("DI-07", 120);
            assertThat(g.examples()).hasSize(BatchComparison.EXAMPLES);
        });
        assertThat(BatchComparison.markdown(r)).contains("달라짐 120건", "DI-07 120");
    }
}
