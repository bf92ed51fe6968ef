package kr.nanumteo.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.RequestBinder;
import tools.jackson.databind.json.JsonMapper;

/** A decision comes out the same every time — or it could not be replayed. */
class DeterminismTest {

    @Test
    void theSameRequestGetsTheSameAnswerInTheSameOrderEveryTime() {
        JsonMapper json = JsonMapper.builder().build();
        DualIncomeRequest request = RequestBinder.bind(json.readTree("""
                { "asOf": "2024-03-04", "singleParent": false, "guardians": [
                  { "relation": "MOTHER", "activity": "SELF_EMPLOYED", "dailyHours": 8, "monthlyDays": 20, "shift": "DAY",
                    "businessRegisteredOn": "2020-01-01", "documents": [] },
                  { "relation": "FATHER", "activity": "FARMER", "dailyHours": 9, "monthlyDays": 25, "shift": "DAY", "documents": [] } ] }"""),
                DualIncomeRequest.class);
        RulePack pack = TestPacks.all().byId("nanumteo-2024").orElseThrow();
        Stamp fixed = new Stamp(new UUID(0, 1), Instant.EPOCH);

        Set<String> answers = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            answers.add(json.writeValueAsString(DualIncomeEligibility.KIND.decide(pack, request, fixed)));
        }

        assertThat(answers).hasSize(1);
        assertThat(answers.iterator().next()).contains("\"missingDocuments\":[{\"anyOf\":[[\"BUSINESS_REGISTRATION\"]]");
    }
}
