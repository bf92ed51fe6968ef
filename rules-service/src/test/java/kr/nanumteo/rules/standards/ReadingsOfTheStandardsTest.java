package kr.nanumteo.rules.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.standards.CentreStandardsResponse.CentreOutcome;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the guideline leaves a reading open the pack states it with a parameter (INT-CS-01 what counts
 * as the place for once-a-week programmes, INT-CS-02 whether the open call is binding); the other
 * reading is one parameter away, and gives the answer it should.
 */
class ReadingsOfTheStandardsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 3);

    private static CentreStandardsResponse inspect(RulePack pack, String programmes, String delegation) {
        CentreStandards kind = CentreStandards.KIND;
        CentreStandardsRequest request = kind.read(JsonMapper.builder().build().readTree("""
                { "asOf": "%s", "centreType": "GENERAL", "appliedYear": 2021,
                  "space": { "floorArea": 90, "exclusiveArea": 70, "playRoom": true, "programmeRoom": true, "office": true,
                             "toilets": { "location": "INSIDE", "separateBySex": true }, "emergencyFacilities": true },
                  "staff": { "dedicated": 1, "dedicatedOnSiteAlways": true, "assistantMonths": 10 },
                  "delegation": %s,
                  "operation": { "openDaysPerWeek": 5, "openHoursPerWeek": 40, %s, "committeeMeetingsPerQuarter": 1, "pumasiGroups": 10 },
                  "cctv": { "cameras": 1, "megapixels": 1.3, "storageDays": 60 } }""".formatted(DAY, delegation, programmes)));
        return kind.decide(pack, request, Stamp.now());
    }

    private static final String NOT_DELEGATED = "{ \"delegated\": false }";
    private static final String CITY_FEW_USERS_ONCE = "\"programmesPerWeek\": 1, \"fewUsers\": true, \"ruralArea\": false";
    private static final String RURAL_FEW_USERS_ONCE = "\"programmesPerWeek\": 1, \"fewUsers\": true, \"ruralArea\": true";
    private static final String TWICE = "\"programmesPerWeek\": 2";

    @Test
    void whereOnlyRuralAreasMayRunProgrammesOnceAWeekACityCentreWithFewUsersFallsShort() {
        RulePack ruralOnly = TestPacks.withParameter(TestPacks.inForceOn(DAY), "standards.programmes.reducedOnlyInRuralAreas", true);

        CentreStandardsResponse city = inspect(ruralOnly, CITY_FEW_USERS_ONCE, NOT_DELEGATED);
        assertThat(city.findings().get(Standard.PROGRAMMES).status()).isEqualTo(FindingStatus.NOT_MET);
        assertThat(city.findings().get(Standard.PROGRAMMES).reasons()).extracting(r -> r.ruleId()).containsExactly("CS-44", "CS-46", "CS-48");

        CentreStandardsResponse rural = inspect(ruralOnly, RURAL_FEW_USERS_ONCE, NOT_DELEGATED);
        assertThat(rural.findings().get(Standard.PROGRAMMES).status()).isEqualTo(FindingStatus.MET);

        CentreStandardsResponse asPublished = inspect(TestPacks.inForceOn(DAY), CITY_FEW_USERS_ONCE, NOT_DELEGATED);
        assertThat(asPublished.findings().get(Standard.PROGRAMMES).status()).isEqualTo(FindingStatus.MET);
    }

    @Test
    void whereTheOpenCallIsReadAsAdviceADelegationWithoutOneIsARecommendation() {
        String withoutOpenCall = "{ \"delegated\": true, \"chosenByOpenCall\": false }";
        RulePack advice = TestPacks.withParameter(TestPacks.inForceOn(DAY), "standards.delegation.openCallBinding", false);

        CentreStandardsResponse r = inspect(advice, TWICE, withoutOpenCall);
        assertThat(r.findings().get(Standard.DELEGATION).status()).isEqualTo(FindingStatus.RECOMMENDATION);
        assertThat(r.findings().get(Standard.DELEGATION).reasons()).extracting(x -> x.ruleId()).containsExactly("CS-36");
        assertThat(r.outcome()).isEqualTo(CentreOutcome.MEETS_WITH_RECOMMENDATIONS);

        CentreStandardsResponse asPublished = inspect(TestPacks.inForceOn(DAY), TWICE, withoutOpenCall);
        assertThat(asPublished.findings().get(Standard.DELEGATION).status()).isEqualTo(FindingStatus.NOT_MET);
    }

    @Test
    void eachReadingNamesTheParameterThatHoldsIt() {
        RulePack pack = TestPacks.inForceOn(DAY);
        assertThat(pack.interpretations()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo("INT-CS-01");
            assertThat(i.parameter()).isEqualTo("standards.programmes.reducedOnlyInRuralAreas");
        });
        assertThat(pack.interpretations()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo("INT-CS-02");
            assertThat(i.parameter()).isEqualTo("standards.delegation.openCallBinding");
        });
    }
}
