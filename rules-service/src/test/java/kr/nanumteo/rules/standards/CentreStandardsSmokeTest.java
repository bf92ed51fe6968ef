package kr.nanumteo.rules.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.standards.CentreStandardsResponse.CentreOutcome;

class CentreStandardsSmokeTest {

    @Test
    void theExampleCentreMeetsTheStandardsButIsAdvisedToAddPumasiGroups() {
        CentreStandards kind = CentreStandards.KIND;
        RulePack pack = TestPacks.all().select(kind.example().asOf(), null);
        CentreStandardsResponse r = kind.decide(pack, kind.example(), Stamp.now());

        assertThat(r.outcome()).isEqualTo(CentreOutcome.MEETS_WITH_RECOMMENDATIONS);
        assertThat(r.findings().get(Standard.PUMASI_GROUPS_RECOMMENDED).status()).isEqualTo(FindingStatus.RECOMMENDATION);
        assertThat(r.findings()).containsKeys(Standard.values());
        assertThat(r.findings().values()).allSatisfy(f -> assertThat(f.reasons()).isNotEmpty());
    }
}
