package kr.nanumteo.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.admission.AdmissionsResponse.ApplicantResult;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.json.JsonMapper;

/**
 * INT-AD-01: each pack reads "우선 모집(70%까지)" as a floor for dual-income children and keeps the other
 * reading one parameter away. Both readings are run here on one round: 10 places, nine dual-income
 * children and one other child who applied first.
 */
class ReadingsOfTheSeventyPercentRuleTest {

    private static final String KEY = "admissions.dualIncome.shareIsCap";

    private static AdmissionsResponse decide(RulePack pack, String day) {
        DualIncomeCentreAdmissions kind = DualIncomeCentreAdmissions.KIND;
        AdmissionsRequest request = kind.read(JsonMapper.builder().build().readTree("""
                { "asOf": "%s", "area": 33, "applicants": [
                    { "reference": "N-1", "dualIncomeOutcome": "NOT_ELIGIBLE" },
                    { "reference": "E-1", "dualIncomeOutcome": "ELIGIBLE" }, { "reference": "E-2", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "E-3", "dualIncomeOutcome": "ELIGIBLE" }, { "reference": "E-4", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "E-5", "dualIncomeOutcome": "ELIGIBLE" }, { "reference": "E-6", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "E-7", "dualIncomeOutcome": "ELIGIBLE" }, { "reference": "E-8", "dualIncomeOutcome": "ELIGIBLE" },
                    { "reference": "E-9", "dualIncomeOutcome": "ELIGIBLE" } ] }""".formatted(day)));
        return kind.decide(pack, request, Stamp.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-06-01", "2024-06-01"})
    void thePackStatesItsReadingAsAnInterpretationWithItsParameter(String day) {
        RulePack pack = TestPacks.inForceOn(LocalDate.parse(day));

        assertThat(pack.interpretations()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo("INT-AD-01");
            assertThat(i.parameter()).isEqualTo(KEY);
        });
        assertThat(pack.parameters().flag(KEY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-06-01", "2024-06-01"})
    void readAsAFloorDualIncomeChildrenFillThePlacesBeyondSeventyPercent(String day) {
        AdmissionsResponse r = decide(TestPacks.inForceOn(LocalDate.parse(day)), day);

        assertThat(r.places().dualIncomeQuota()).isEqualTo(7);
        assertThat(r.applicants()).extracting(ApplicantResult::placement).map(Enum::name)
                .containsExactly("WAITING", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED");
        assertThat(r.reasons()).extracting(reason -> reason.ruleId()).contains("AD-22").doesNotContain("AD-23");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-06-01", "2024-06-01"})
    void readAsACapDualIncomeChildrenStopAtSeventyPercentAndWaitAheadOfOthers(String day) {
        AdmissionsResponse r = decide(TestPacks.withParameter(TestPacks.inForceOn(LocalDate.parse(day)), KEY, true), day);

        assertThat(r.applicants()).extracting(ApplicantResult::placement).map(Enum::name)
                .containsExactly("WAITING", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "WAITING", "WAITING");
        assertThat(r.applicants()).extracting(ApplicantResult::waitingPosition).containsExactly(3, null, null, null, null, null, null, null, 1, 2);
        assertThat(r.reasons()).extracting(reason -> reason.ruleId()).contains("AD-23").doesNotContain("AD-22");
        assertThat(r.applicants().get(8).reasons()).extracting(reason -> reason.ruleId()).contains("AD-31");
    }
}
