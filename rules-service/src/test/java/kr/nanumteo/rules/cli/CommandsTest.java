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
                    fired: [DI-60]
                """.formatted(expectedOutcome));
        return file.getParent();
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
}
