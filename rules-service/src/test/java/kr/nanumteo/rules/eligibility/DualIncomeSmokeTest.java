package kr.nanumteo.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.RulePack;

class DualIncomeSmokeTest {

    @Test
    void theExampleHouseholdNeedsTheSelfEmployedIncomeProof() {
        DualIncomeEligibility kind = DualIncomeEligibility.KIND;
        RulePack pack = TestPacks.all().select(kind.example().asOf(), null);
        DualIncomeResponse r = kind.decide(pack, kind.example(), Stamp.now());
        assertThat(r.outcome()).isEqualTo(DualIncomeResponse.HouseholdOutcome.NEEDS_DOCUMENTS);
    }
}
