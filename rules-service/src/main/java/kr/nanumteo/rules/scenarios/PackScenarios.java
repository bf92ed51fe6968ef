package kr.nanumteo.rules.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.audit.PackComparison;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/** The scenario runs a pack check needs: a pack's own scenarios, and its predecessor's scenarios re-decided by it. */
public final class PackScenarios {

    record Run(int total, List<String> failures, List<String> flips) implements PackCheck.ScenarioRun {}

    private PackScenarios() {
    }

    /** The scenarios of {@code test-scenarios/<pack folder>}, each decided by the pack (whatever its dates say). */
    public static Optional<PackCheck.ScenarioRun> own(RulePack pack, PackSet set, Path scenarioRoot) {
        return PackCheck.scenariosFor(pack, scenarioRoot).map(dir -> {
            ScenarioRunner runner = new ScenarioRunner(set);
            List<Scenario> scenarios = ScenarioFiles.read(dir);
            List<String> failures = new ArrayList<>();
            for (Scenario s : scenarios) {
                ScenarioResult r = runner.run(s, pack.id());
                if (!r.passed()) {
                    failures.add("[" + s.file() + "] " + s.name() + ": " + String.join("; ", r.failures()));
                }
            }
            return new Run(scenarios.size(), failures, List.of());
        });
    }

    /** The previous pack's scenarios, decided by both packs: the ones whose answer changes. */
    public static Optional<PackCheck.ScenarioRun> flips(RulePack previous, RulePack pack, Path scenarioRoot) {
        return PackCheck.scenariosFor(previous, scenarioRoot).map(dir -> {
            List<Scenario> scenarios = ScenarioFiles.read(dir).stream().filter(s -> s.rejected() == null).toList();
            List<String> flips = new ArrayList<>();
            for (Scenario s : scenarios) {
                PackComparison.Result c = PackComparison.compareJson(DecisionKinds.byName(s.kind()).orElseThrow(), s.request(), previous, pack);
                if (c.changed()) {
                    flips.add("[" + s.file() + "] " + s.name() + ": " + c.left().outcome() + " → " + c.right().outcome()
                            + (c.differences().isEmpty() ? "" : " (" + String.join("; ", c.differences().stream()
                                    .map(ScenarioReports::difference).toList()) + ")")
                            + (c.rulesOnlyRight().isEmpty() ? "" : " — 새로 발동: " + String.join(", ", c.rulesOnlyRight()))
                            + (c.rulesOnlyLeft().isEmpty() ? "" : " — 더는 발동 안 함: " + String.join(", ", c.rulesOnlyLeft())));
                }
            }
            return new Run(scenarios.size(), List.of(), flips);
        });
    }

}
