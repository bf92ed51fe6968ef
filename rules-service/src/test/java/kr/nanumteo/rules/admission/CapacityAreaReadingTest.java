package kr.nanumteo.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which area sets capacity is a reading the pack names (INT-AD-05): the floor area as 4-나 writes it, or
 * 2024's 전용면적 one parameter away. 95 m² of floor and 72 m² of exclusive area give 28 or 21 places.
 */
class CapacityAreaReadingTest {

    private static final String KEY = "admissions.capacity.fromExclusiveArea";
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static AdmissionsResponse decide(RulePack pack, String areas) {
        DualIncomeCentreAdmissions kind = DualIncomeCentreAdmissions.KIND;
        AdmissionsRequest request = kind.read(JsonMapper.builder().build().readTree("""
                { "asOf": "%s", %s, "applicants": [ { "reference": "A-1", "dualIncomeOutcome": "ELIGIBLE" } ] }""".formatted(DAY, areas)));
        return kind.decide(pack, request, Stamp.now());
    }

    @Test
    void asPublishedTheFloorAreaSetsCapacityAndTheReadingNamesItsParameter() {
        RulePack pack = TestPacks.inForceOn(DAY);
        assertThat(pack.parameters().flag(KEY)).isFalse();
        assertThat(pack.interpretations()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo("INT-AD-05");
            assertThat(i.parameter()).isEqualTo(KEY);
        });

        AdmissionsResponse r = decide(pack, "\"area\": 95, \"exclusiveArea\": 72");
        assertThat(r.places().capacity()).isEqualTo(28);
        assertThat(r.reasons()).extracting(x -> x.ruleId()).contains("AD-01").doesNotContain("AD-07", "AD-09");
    }

    @Test
    void readFromTheExclusiveAreaTheSameCentreHas21PlacesAndWithoutOneTheFloorAreaIsUsedAndSaid() {
        RulePack exclusive = TestPacks.withParameter(TestPacks.inForceOn(DAY), KEY, true);

        AdmissionsResponse r = decide(exclusive, "\"area\": 95, \"exclusiveArea\": 72");
        assertThat(r.places().capacity()).isEqualTo(21);
        assertThat(r.reasons()).extracting(x -> x.ruleId()).contains("AD-07").doesNotContain("AD-01", "AD-09");
        assertThat(r.reasons().get(0).message()).contains("전용면적 72㎡", "21명", "시설 면적 95㎡");

        AdmissionsResponse without = decide(exclusive, "\"area\": 95");
        assertThat(without.places().capacity()).isEqualTo(28);
        assertThat(without.reasons().get(0).ruleId()).isEqualTo("AD-09");
        assertThat(without.reasons().get(0).message()).contains("exclusiveArea", "95㎡");
    }
}
