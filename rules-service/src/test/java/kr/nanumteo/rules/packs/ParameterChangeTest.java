package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.HouseholdOutcome;
import kr.nanumteo.rules.requests.RequestBinder;
import tools.jackson.databind.json.JsonMapper;

/** Policy staff change a number in pack.yaml; outcomes change; no Java is touched. */
class ParameterChangeTest {

    static final String HOUSEHOLD_WORKING_21_DAYS = """
            { "asOf": "2024-05-02", "singleParent": false, "guardians": [
              { "relation": "MOTHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 21, "shift": "DAY", "documents": ["LABOR_CONTRACT"] },
              { "relation": "FATHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 23, "shift": "DAY", "documents": ["LABOR_CONTRACT"] } ] }""";

    @TempDir
    Path tmp;

    @Test
    void raisingTheMonthlyDaysFrom20To22TurnsA21DayHouseholdAway() throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        DualIncomeRequest request = RequestBinder.bind(JsonMapper.builder().build().readTree(HOUSEHOLD_WORKING_21_DAYS), DualIncomeRequest.class);
        RulePack before = PackLoader.load(PackFiles.fromDirectory(dir));

        Path yaml = dir.resolve("pack.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        String days = "  dualIncome.work.minMonthlyDays:\n    value: 20\n";
        assertThat(text).contains(days);
        Files.writeString(yaml, text.replace(days, days.replace("20", "22")), StandardCharsets.UTF_8);
        RulePack after = PackLoader.load(PackFiles.fromDirectory(dir));

        var was = DualIncomeEligibility.KIND.decide(before, request, Stamp.now());
        var is = DualIncomeEligibility.KIND.decide(after, request, Stamp.now());
        assertThat(was.outcome()).isEqualTo(HouseholdOutcome.ELIGIBLE);
        assertThat(is.outcome()).isEqualTo(HouseholdOutcome.NOT_ELIGIBLE);
        assertThat(is.guardians().get(0).reasons()).anySatisfy(r -> {
            assertThat(r.ruleId()).isEqualTo("DI-07");
            assertThat(r.message()).isEqualTo("월 21일 근로는 기준 22일에 못 미쳐 '일'의 요건을 충족하지 못합니다");
        });
        assertThat(after.sha256()).isNotEqualTo(before.sha256());
        assertThat(List.of(was.guardians().get(1).outcome(), is.guardians().get(1).outcome())).containsOnly(
                kr.nanumteo.rules.eligibility.DualIncomeResponse.GuardianOutcome.QUALIFIES);
    }
}
