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

/** A policy officer's new year, from the command line: new-pack, an edit, check, and the scenarios by folder. */
class NewPackCommandTest {

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void newPackWritesNextYearsPackThatChecksAndDecidesItsYearWithNoOtherFlag() throws IOException {
        Path packs = tmp.resolve("rule-packs");
        Files.createDirectories(packs);
        for (String year : new String[] {"2023", "2024"}) {
            kr.nanumteo.rules.TestPacks.copy(year, packs);
        }
        Path target = packs.resolve("2025");

        int made = run("new-pack", "--from", packs.resolve("2024").toString(), "--year", "2025", target.toString());

        assertThat(made).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nanumteo-2025 2025.1.0을 만들었습니다", "확인할 근거", "DI-01: 2024 사업안내");
        assertThat(Files.readString(target.resolve("pack.yaml"))).contains("id: nanumteo-2025", "previous: nanumteo-2024");

        // The officer changes the minimum area — value and the citation that states it — and checks the pack.
        Path yaml = target.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  standards.space.minExclusiveArea:\n    value: 66\n",
                "  standards.space.minExclusiveArea:\n    value: 70\n").replace("전용면적 최소 66제곱미터 이상", "전용면적 최소 70제곱미터 이상")
                .replace("※전용면적 66제곱미터는 최소 면적기준", "※전용면적 70제곱미터는 최소 면적기준"));
        int checked = run("check", "--scenarios", tmp.resolve("no-scenarios").toString(), target.toString());
        assertThat(checked).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("standards.space.minExclusiveArea", "66", "70");

        Path cases = tmp.resolve("cases");
        Files.createDirectories(cases);
        Files.writeString(cases.resolve("dual-income.yaml"), """
                kind: dual-income
                scenarios:
                  - name: 2025년에 이용하는 맞벌이 부모는 2025년 팩으로 판정된다
                    request:
                      asOf: 2025-03-03
                      singleParent: false
                      guardians:
                        - { relation: MOTHER, activity: EMPLOYED, dailyHours: 8, monthlyDays: 21, shift: DAY, documents: [LABOR_CONTRACT] }
                        - { relation: FATHER, activity: EMPLOYED, dailyHours: 8, monthlyDays: 23, shift: DAY, documents: [LABOR_CONTRACT] }
                    expect: { outcome: ELIGIBLE, rulePack: { id: nanumteo-2025 } }
                """);
        int ran = run("scenarios", "--pack", target.toString(), "--out", tmp.resolve("report").toString(), cases.toString());
        assertThat(ran).as(out.toString(StandardCharsets.UTF_8) + err).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 passed, 0 failed");
    }

    @Test
    void newPackRefusesAFolderThatIsAlreadyThere() throws IOException {
        Path target = tmp.resolve("2025");
        Files.createDirectories(target);
        Files.writeString(target.resolve("x"), "x");

        int code = run("new-pack", "--from", "../rule-packs/2024", "--year", "2025", target.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("이미 있습니다");
    }
}
