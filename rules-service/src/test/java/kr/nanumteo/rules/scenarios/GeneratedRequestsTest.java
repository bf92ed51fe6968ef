package kr.nanumteo.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.ThrowingPack;
import kr.nanumteo.rules.eligibility.Activity;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/** Before a pack goes into service, its check decides requests made up to find a rule that throws. */
class GeneratedRequestsTest {

    @Test
    void theBundledPacksDecideEveryGeneratedRequestWithoutARuleFailing() {
        for (PackSet.InForce p : TestPacks.all().packs()) {
            RulePack pack = p.pack();
            List<Scenario> seeds = ScenarioFiles.bundled(pack.origin().substring(pack.origin().lastIndexOf('/') + 1));

            PackCheck.CorpusRun run = GeneratedRequests.decide(pack, seeds);

            assertThat(seeds).as("the scenarios bundled beside " + pack.id()).hasSizeGreaterThan(100);
            assertThat(run.failures()).as(pack.id()).isEmpty();
            assertThat(run.cases()).as("valid requests decided for " + pack.id()).isGreaterThan(1_000);
        }
    }

    @Test
    void everyEnumValueAndBothSidesOfEachParameterAreTried() {
        RulePack pack = TestPacks.all().byId("nanumteo-2024").orElseThrow();

        List<String> requests = GeneratedRequests.cases(DualIncomeEligibility.KIND, pack, List.of()).stream()
                .map(c -> c.request().toString()).toList();

        for (Activity a : Activity.values()) {
            assertThat(requests).as("activity " + a).anySatisfy(r -> assertThat(r).contains("\"activity\":\"" + a.name() + "\""));
        }
        // dualIncome.work.minDailyHours is 8: 7.99, 8 and 8.01 hours are each tried.
        assertThat(requests).anySatisfy(r -> assertThat(r).contains("\"dailyHours\":7.99"))
                .anySatisfy(r -> assertThat(r).contains("\"dailyHours\":8,"))
                .anySatisfy(r -> assertThat(r).contains("\"dailyHours\":8.01"));
        // dualIncome.work.minMonthlyDays is 20: 19, 20 and 21 days.
        assertThat(requests).anySatisfy(r -> assertThat(r).contains("\"monthlyDays\":19"))
                .anySatisfy(r -> assertThat(r).contains("\"monthlyDays\":21"));
    }

    @Test
    void aPackWhoseRuleThrowsForSingleParentsIsRefusedNamingTheRuleAndTheRequest() {
        List<RulePack> others = TestPacks.all().packs().stream().map(PackSet.InForce::pack).toList();

        PackCheck.Report report = PackCheck.check(ThrowingPack.files("2024.9.0"), others, PackScenarios.runs(null, null));

        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).filteredOn(f -> f.severity() == PackCheck.Severity.ERROR)
                .anySatisfy(f -> assertThat(f.message())
                        .startsWith("[dual-income] 규칙 " + ThrowingPack.RULE_ID + " \"" + ThrowingPack.RULE_NAME + "\"가 오류를 냈습니다 "
                                + "(ArithmeticException: integer overflow): ")
                        .contains("\"singleParent\":true"));
        assertThat(report.generated().cases()).isGreaterThan(1_000);
    }
}
