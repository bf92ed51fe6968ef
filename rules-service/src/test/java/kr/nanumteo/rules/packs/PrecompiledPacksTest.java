package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.scenarios.Scenario;
import kr.nanumteo.rules.scenarios.ScenarioFiles;
import kr.nanumteo.rules.scenarios.ScenarioResult;
import kr.nanumteo.rules.scenarios.ScenarioRunner;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service starts from the packs the build compiled (PrecompiledPacks); everything else compiles DRL.
 * Both must be the same rules: every scenario of both years is decided by each, and the answers must be
 * equal but for the decision's own id and time.
 */
class PrecompiledPacksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void theBuildCompiledEveryBundledPackAndTheServiceReadsThoseInsteadOfCompiling() {
        List<PackFiles> bundled = PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT);
        assertThat(bundled).hasSize(2);
        for (PackFiles files : bundled) {
            assertThat(PackLoader.load(files, true).precompiled())
                    .as(files.origin() + ": no compiled-packs/" + files.sha256() + ".bin — run the build's process-classes phase")
                    .isTrue();
        }
    }

    @Test
    void aPackWhoseFilesDifferFromWhatTheBuildCompiledIsCompiledFromItsDrl() throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        PackLoaderTest.replace(dir.resolve("pack.yaml"), "    value: 20\n", "    value: 22\n");

        PackLoader.Loaded loaded = PackLoader.load(PackFiles.fromDirectory(dir), true);

        assertThat(loaded.precompiled()).isFalse();
        assertThat(loaded.pack().parameters().integer("dualIncome.work.minMonthlyDays")).isEqualTo(22);
    }

    @Test
    void precompiledAndSourceCompiledPacksDecideEveryScenarioAlike() throws IOException {
        List<PackFiles> bundled = PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT);
        ScenarioRunner precompiled = new ScenarioRunner(PackSet.of(bundled.stream().map(f -> PackLoader.load(f, true).pack()).toList()));
        ScenarioRunner fromDrl = new ScenarioRunner(PackSet.of(bundled.stream().map(f -> PackLoader.load(f, false).pack()).toList()));

        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "test-scenarios"))) {
            files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("target")).sorted()
                    .forEach(p -> scenarios.addAll(ScenarioFiles.read(p)));
        }
        assertThat(scenarios).hasSizeGreaterThan(400);
        for (Scenario s : scenarios) {
            ScenarioResult a = precompiled.run(s, null);
            ScenarioResult b = fromDrl.run(s, null);
            assertThat(withoutStamp(a.response())).as(s.file() + ": " + s.name()).isEqualTo(withoutStamp(b.response()));
            assertThat(a.firedRules()).isEqualTo(b.firedRules());
            assertThat(a.outcome()).isEqualTo(b.outcome());
        }
    }

    private static Object withoutStamp(String response) {
        if (response.isEmpty() || !response.startsWith("{")) {
            return response;
        }
        ObjectNode tree = (ObjectNode) JSON.readTree(response);
        tree.remove("decisionId");
        tree.remove("evaluatedAt");
        return tree;
    }
}
