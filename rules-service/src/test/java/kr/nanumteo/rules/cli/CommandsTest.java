package kr.nanumteo.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's commands, as an auditor runs them. */
class CommandsTest {

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path scenarioFile(String expectedOutcome) throws IOException {
        Path file = tmp.resolve("cases").resolve("dual-income.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                kind: dual-income
                scenarios:
                  - name: 월 21일 일하는 부모는 맞벌이가구다
                    request:
                      asOf: 2023-06-01
                      singleParent: false
                      guardians:
                        - { relation: MOTHER, activity: EMPLOYED, dailyHours: 8, monthlyDays: 21, shift: DAY, documents: [LABOR_CONTRACT] }
                        - { relation: FATHER, activity: EMPLOYED, dailyHours: 8, monthlyDays: 23, shift: DAY, documents: [LABOR_CONTRACT] }
                    expect: { outcome: %s }
                    fired: { reasons: [DI-60] }
                """.formatted(expectedOutcome));
        return file.getParent();
    }

    @Test
    void helpPrintsTheUsageAndExitsZeroEachCommandHasItsOwnAndAWrongCommandLineIsTheUsageAndExitTwo() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"help"}}) {
            out.reset();
            assertThat(run(args)).as(String.join(" ", args)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", args))
                    .contains("사용법", "scenarios", "compare", "check", "new-pack", "submit", "approve", "verify-log");
        }
        out.reset();
        assertThat(run("compare", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("사용법: java -jar rules-service-exec.jar compare", "--kind", "--left", "--right", "dual-income");
        out.reset();
        assertThat(run("help", "verify-log")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("사용법: java -jar rules-service-exec.jar verify-log", "--schema");

        assertThat(run("check", "--bogus", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("알 수 없는 옵션이나 인자입니다: --bogus", "사용법: java -jar rules-service-exec.jar check");
        err.reset();
        assertThat(run("scenarios", "--pack")).as("an option without its value").isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pack", "사용법: java -jar rules-service-exec.jar scenarios");
    }

    @Test
    void onlySpringSettingsStartTheServiceAndAnUnknownOptionOrWordIsAUsageErrorInstead() {
        assertThat(Commands.startsService(new String[0])).isTrue();
        assertThat(Commands.startsService(new String[] {"--server.port=9090", "--spring.profiles.active=x", "--debug"})).isTrue();
        assertThat(Commands.startsService(new String[] {"--bogus"})).isFalse();
        assertThat(Commands.startsService(new String[] {"--server.port=9090", "scenarios"})).isFalse();
        assertThat(Commands.startsService(new String[] {"chek"})).isFalse();
        assertThat(Commands.startsService(new String[] {"--=x"})).isFalse();

        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bogus", "사용법: java -jar rules-service-exec.jar");
        err.reset();
        assertThat(run("chek")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("chek", "사용법: java -jar rules-service-exec.jar");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("help", "명령의 사용법을 보입니다").doesNotContain("Display help information");
    }

    @Test
    void scenariosPassingUnderAPackWriteJUnitAndMarkdownAndExitZero() throws IOException {
        Path cases = scenarioFile("ELIGIBLE");
        Path report = tmp.resolve("report");

        int code = run("scenarios", "--packs", "../rule-packs", "--pack", "nanumteo-2023", "--out", report.toString(), cases.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 passed, 0 failed");
        assertThat(Files.readString(report.resolve("junit.xml"))).contains("<testcase", "월 21일 일하는 부모는 맞벌이가구다").doesNotContain("<failure");
        assertThat(Files.readString(report.resolve("report.md"))).contains("nanumteo-2023", "통과", "DI-60");
    }

    @Test
    void aFailingScenarioExitsNonZeroAndTheReportsShowTheDifference() throws IOException {
        Path cases = scenarioFile("NOT_ELIGIBLE");
        Path report = tmp.resolve("report");

        int code = run("scenarios", "--packs", "../rule-packs", "--out", report.toString(), cases.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 passed, 1 failed", "outcome: 기대 \"NOT_ELIGIBLE\", 실제 \"ELIGIBLE\"");
        assertThat(Files.readString(report.resolve("junit.xml"))).contains("<failure");
        assertThat(Files.readString(report.resolve("report.md"))).contains("**실패**", "기대 \"NOT_ELIGIBLE\"");
    }

    @Test
    void withTwoPacksTheScenariosComparisonIsWritten() throws IOException {
        Path cases = scenarioFile("ELIGIBLE");
        Path report = tmp.resolve("report");

        int code = run("scenarios", "--packs", "../rule-packs", "--pack", "nanumteo-2023", "--compare", "nanumteo-2024",
                "--out", report.toString(), cases.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(report.resolve("comparison.md"))).contains("nanumteo-2023 → nanumteo-2024", "1건 중 결과가 달라지는 것 0건");
    }

    @Test
    void aBatchFileIsComparedAndAWrongCommandSaysHowToUseIt() throws IOException {
        Path cases = tmp.resolve("cases.jsonl");
        Files.writeString(cases, """
                {"asOf":"2024-05-02","singleParent":true,"guardians":[{"relation":"MOTHER","activity":"UNIVERSITY_STUDENT","documents":["ENROLLMENT_CERTIFICATE"]}]}
                {"asOf":"2024-05-02","singleParent":true,"guardians":[{"relation":"MOTHER","activity":"NOT_WORKING"}]}
                """);

        int code = run("compare", "--packs", "../rule-packs", "--kind", "dual-income", "--left", "nanumteo-2023", "--right", "nanumteo-2024",
                cases.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("사례 2건 — 같음 2건, 달라짐 0건", "ELIGIBLE → ELIGIBLE | 1", "NOT_ELIGIBLE → NOT_ELIGIBLE | 1");
        assertThat(run("compare", "--packs", "../rule-packs", "--kind", "nothing", "--left", "nanumteo-2023", "--right", "nanumteo-2024",
                cases.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("알 수 없는 결정 종류: nothing", "사용법");
    }

    /** A 2025 pack copied from 2024 as policy staff would start it, with the scenarios folder beside it. */
    Path workspaceWith2025(String from, String to) throws IOException {
        Path packs = tmp.resolve("ws").resolve("rule-packs");
        kr.nanumteo.rules.TestPacks.copy("2023", packs);
        kr.nanumteo.rules.TestPacks.copy("2024", packs);
        Path p2025 = Files.move(kr.nanumteo.rules.TestPacks.copy("2024", tmp.resolve("copy")), packs.resolve("2025"));
        Path yaml = p2025.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: nanumteo-2024", "id: nanumteo-2025").replace("version: 2024.1.1", "version: 2025.1.0")
                .replace("effectiveFrom: 2024-01-01", "effectiveFrom: 2025-01-01").replace("previous: nanumteo-2023", "previous: nanumteo-2024"));
        Path drl = p2025.resolve("dual-income.drl");
        Files.writeString(drl, Files.readString(drl).replace("nanumteo.y2024", "nanumteo.y2025"));
        // The texts that state the changed number change with it, as check asks (it refuses a stale one).
        String days = to.contains("value: ") ? to.substring(to.indexOf("value: ") + "value: ".length()).strip() : "20";
        Files.writeString(yaml, Files.readString(yaml).replace(from, to).replace("월 20일", "월 " + days + "일"));
        Path scenarios = tmp.resolve("ws").resolve("test-scenarios").resolve("2024");
        Files.createDirectories(scenarios);
        Files.copy(Path.of("..", "test-scenarios", "2024", "dual-income.yaml"), scenarios.resolve("dual-income.yaml"));
        return p2025;
    }

    @Test
    void checkReportsWhatAOneParameterChangeDoesToThePreviousYearsScenarios() throws IOException {
        Path p2025 = workspaceWith2025("  dualIncome.work.minMonthlyDays:\n    value: 20\n", "  dualIncome.work.minMonthlyDays:\n    value: 22\n");

        int code = run("check", p2025.toString());

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report + err).isZero();
        assertThat(report).contains("**통과**", "nanumteo-2025 2025.1.0", "시행 기간: 2025-01-01 ~", "비교 대상(이전 팩): nanumteo-2024 2024.1.1")
                .contains("| dualIncome.work.minMonthlyDays | 20 | 22 | 일/월 |")
                .contains("논리·안내문이 바뀐 규칙이 없습니다")
                .contains("주의 시나리오: 이 팩의 시나리오가 없습니다")
                .containsPattern("\\d+건 중 결과가 달라지는 것 [1-9]\\d*건")
                .contains("ELIGIBLE → NOT_ELIGIBLE", "새로 발동: DI-07");
    }

    @Test
    void checkFailsOnANumberWrittenIntoARuleAndNamesFileAndLine() throws IOException {
        Path p2025 = workspaceWith2025("", "");
        Path drl = p2025.resolve("dual-income.drl");
        String text = Files.readString(drl);
        String before = "$g : Guardian( monthlyDays != null, index == $i, $days : monthlyDays, monthlyDays < $min )";
        assertThat(text).contains(before);
        Files.writeString(drl, text.replace(before, "$g : Guardian( monthlyDays != null, index == $i, $days : monthlyDays, monthlyDays < 20 )"));

        int code = run("check", p2025.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("**실패**")
                .containsPattern("\\*\\*오류\\*\\* dual-income\\.drl:\\d+: 규칙 \"A guardian who works too few days a month does not meet the work test\"에 숫자 20이")
                .contains("| DI-07 |", "조건·결과(논리)");
    }
}
