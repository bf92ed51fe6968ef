package kr.nanumteo.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackSet;

/**
 * Every scenario file under test-scenarios/&lt;year&gt;/ as JUnit tests named by their sentences, run
 * against the real packs in ../rule-packs.
 */
class ScenarioTest {

    private static final Path SCENARIOS = Path.of(System.getProperty("scenarioDir", "."));
    private static final Path PACK_DIR = Path.of(System.getProperty("rulePackDir", "../rule-packs"));
    private static final PackSet PACKS = PackSet.load(PackFiles.allInDirectory(PACK_DIR));

    /** Every pack folder has its year's scenarios: a pack nothing tests does not pass for tested. */
    @Test
    void everyPackHasAScenarioFolderOfItsYear() throws IOException {
        List<String> packs;
        try (Stream<Path> dirs = Files.list(PACK_DIR)) {
            packs = dirs.filter(d -> Files.isRegularFile(d.resolve(PackFiles.DESCRIPTOR))).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(packs).isNotEmpty();
        assertThat(packs).allSatisfy(year -> assertThat(SCENARIOS.resolve(year)).as("scenarios of rule-packs/" + year).isDirectory());
    }

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(PACKS);
        List<Path> years;
        try (Stream<Path> dirs = Files.list(SCENARIOS)) {
            years = dirs.filter(d -> d.getFileName().toString().matches("\\d{4}")).sorted().toList();
        }
        assertThat(years).as("scenario folders per year under " + SCENARIOS.toAbsolutePath()).isNotEmpty();
        return years.stream().map(year -> {
            List<Scenario> scenarios = ScenarioFiles.readYear(year); // a year folder without scenario files fails here
            return DynamicContainer.dynamicContainer(year.getFileName().toString(), scenarios.stream().map(s ->
                    DynamicTest.dynamicTest("[" + s.file() + "] " + s.name(), () -> {
                        ScenarioResult r = runner.run(s, null);
                        if (!r.passed()) {
                            fail(String.join("\n", r.failures()) + "\n  팩: " + r.pack() + "\n  발동 규칙: " + r.firedRules());
                        }
                    })));
        });
    }
}
