package kr.nanumteo.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.nanumteo.rules.TestPacks;

/**
 * What a scenario's expectations hold the rules to: a rule expected for one guardian is not satisfied by
 * its firing for the other, and a year folder without scenarios is an error, not a pass.
 */
class ScenarioRunnerTest {

    /** The mother works 8 hours (DI-04 fires for her), the father 7.5 (DI-05 fires for him only). */
    private static final String TWO_GUARDIANS = """
            kind: dual-income
            scenarios:
              - name: %s
                request:
                  asOf: 2024-03-04
                  singleParent: false
                  guardians:
                    - { relation: MOTHER, activity: EMPLOYED, dailyHours: 8, monthlyDays: 20, shift: DAY, documents: [EMPLOYMENT_CERTIFICATE] }
                    - { relation: FATHER, activity: EMPLOYED, dailyHours: 7.5, monthlyDays: 22, shift: DAY, documents: [EMPLOYMENT_CERTIFICATE] }
                expect: { outcome: NOT_ELIGIBLE }
                fired: %s
                notFired: %s
            """;

    private final ScenarioRunner runner = new ScenarioRunner(TestPacks.all());

    private ScenarioResult run(Path dir, String fired, String notFired) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, TWO_GUARDIANS.formatted("시나리오", fired, notFired));
        List<Scenario> scenarios = ScenarioFiles.read(file);
        assertThat(scenarios).hasSize(1);
        return runner.run(scenarios.get(0), null);
    }

    @Test
    void aRuleExpectedForOneGuardianDoesNotPassByFiringForTheOther(@TempDir Path dir) throws IOException {
        ScenarioResult right = run(dir, "{'guardians[1]': [DI-05], 'guardians[0]': [DI-04], reasons: [DI-62]}", "{'guardians[0]': [DI-05]}");
        assertThat(right.failures()).isEmpty();

        ScenarioResult wrongGuardian = run(dir, "{'guardians[0]': [DI-05]}", "[]");
        assertThat(wrongGuardian.failures()).singleElement().asString().contains("DI-05", "guardians[0]");

        ScenarioResult notForThatOne = run(dir, "{'guardians[1]': [DI-05]}", "{'guardians[0]': [DI-04]}");
        assertThat(notForThatOne.failures()).singleElement().asString().contains("DI-04", "발동하지 않아야");

        ScenarioResult householdRuleUnderAGuardian = run(dir, "{'guardians[1]': [DI-62]}", "[]");
        assertThat(householdRuleUnderAGuardian.failures()).singleElement().asString().contains("DI-62");
    }

    @Test
    void withTwoGuardiansARuleExpectedAnywhereIsRefusedForNotNamingWhom(@TempDir Path dir) throws IOException {
        ScenarioResult r = run(dir, "[DI-05, DI-62]", "[DI-07]");
        assertThat(r.failures()).singleElement().asString().contains("guardians", "DI-05");
        // A rule that must not fire anywhere is the stricter check, and stays allowed.
        assertThat(run(dir, "{reasons: [DI-62]}", "[DI-07]").failures()).isEmpty();
    }

    @Test
    void aPartTheAnswerDoesNotHaveIsAFailure(@TempDir Path dir) throws IOException {
        assertThat(run(dir, "{'guardians[2]': [DI-05]}", "[]").failures()).singleElement().asString().contains("guardians[2]");
        assertThat(run(dir, "{'guardians one': [DI-05]}", "[]").failures()).singleElement().asString().contains("guardians one");
    }

    @Test
    void aYearFolderWithoutScenarioFilesIsAnError(@TempDir Path dir) throws IOException {
        Path year = Files.createDirectories(dir.resolve("2025"));
        Files.writeString(year.resolve("README.md"), "no scenarios yet");
        assertThatThrownBy(() -> ScenarioFiles.readYear(year)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025");

        Files.writeString(year.resolve("dual-income.yaml"), TWO_GUARDIANS.formatted("하나", "{reasons: [DI-62]}", "[]"));
        assertThat(ScenarioFiles.readYear(year)).hasSize(1);
    }
}
