package kr.nanumteo.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.Instance;
import kr.nanumteo.rules.OwnSchema;
import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.TestPacks;

/**
 * The README's policy-staff path, as a new officer would walk it: new-pack → edit → check → submit →
 * approval by a second officer → the new year decided. No sed, no package edits, no zip made by hand.
 */
@ExtendWith(PostgresRequired.class)
class PolicyStaffFlowTest {

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static final Map<String, String> ENV = Map.of("NANUMTEO_POLICY_PASSWORD", "policy-test-secret",
            "NANUMTEO_REVIEWER_PASSWORD", "reviewer-test-secret");

    int run(String... args) {
        out.reset();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Commands.run(args, print, print, ENV::get);
    }

    @Test
    void aNewYearsPackGoesFromNewPackToServiceInFiveCommands() throws Exception {
        String schema = OwnSchema.name("flow");
        Instance.dropSchema(schema);
        Path packs = tmp.resolve("rule-packs");
        TestPacks.copy("2023", packs);
        TestPacks.copy("2024", packs);
        Path p2025 = packs.resolve("2025");
        try (Instance service = Instance.start(schema, Map.of())) {
            String url = "http://127.0.0.1:" + service.port;

            assertThat(run("new-pack", "--from", packs.resolve("2024").toString(), "--year", "2025", p2025.toString())).isZero();
            Path yaml = p2025.resolve("pack.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("    value: 56712000\n", "    value: 58000000\n")
                    .replace("개소별 56,712천원(지방비 포함)", "개소별 58,000천원(지방비 포함)").replace("개소별 56,712천원, 지방비 포함", "개소별 58,000천원, 지방비 포함"));
            Path readme = p2025.resolve("README.md");
            Files.writeString(readme, Files.readString(readme) + "\n2025: 개소별 예산 58,000천원.\n");
            assertThat(run("check", "--scenarios", tmp.resolve("no-scenarios").toString(), p2025.toString())).as(out.toString(StandardCharsets.UTF_8)).isZero();

            assertThat(run("submit", "--url", url, p2025.toString())).as(out.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("202 AWAITING_APPROVAL: nanumteo-2025 2025.1.0", "approve nanumteo-2025 2025.1.0");
            assertThat(run("approve", "--url", url, "nanumteo-2025", "2025.1.0")).as("the submitter's own approval").isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("403", "자신이 제출한 팩은 승인할 수 없습니다");
            assertThat(run("approve", "--url", url, "--user", "reviewer", "nanumteo-2025", "2025.1.0")).as(out.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("201 PUBLISHED: nanumteo-2025 2025.1.0");

            var budget = service.postJson("/api/v1/budgets/centre", Credentials.INTAKE,
                    kr.nanumteo.rules.Examples.CENTRE_BUDGET.replace("\"year\": 2024", "\"year\": 2025"));
            assertThat(service.json(budget).at("/rulePack/id").asString()).isEqualTo("nanumteo-2025");
            assertThat(budget.body()).contains("58000000");
        }
    }
}
