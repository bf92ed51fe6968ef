package kr.nanumteo.rules.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.audit.ChangeReport;
import kr.nanumteo.rules.audit.PackComparison;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RuleFailedException;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The runs a pack check needs: a pack's own scenarios, its predecessor's scenarios re-decided by it, and the
 * generated requests (seeded by both). A pack's scenarios are {@code <root>/<pack folder>}; without a root,
 * those bundled in the service beside the pack of that folder.
 */
public final class PackScenarios {

    record Run(int total, List<String> failures, List<String> flips, PackCheck.Changes changes) implements PackCheck.ScenarioRun {}

    private PackScenarios() {
    }

    /**
     * @param own      the folder holding the checked pack's scenarios (as {@code <root>/<pack folder>}), or null
     * @param previous the folder holding the previous pack's, or null for the bundled ones
     */
    public static PackCheck.Runs runs(Path own, Path previous) {
        return runs(own, previous, null);
    }

    /** @param recorded re-decides the decision log for (previous, pack), or null where there is no log (the jar's check) */
    public static PackCheck.Runs runs(Path own, Path previous, BiFunction<RulePack, RulePack, PackCheck.LogChanges> recorded) {
        return new PackCheck.Runs() {
            @Override
            public Optional<PackCheck.LogChanges> recorded(RulePack previousPack, RulePack pack) {
                return recorded == null ? Optional.empty() : Optional.of(recorded.apply(previousPack, pack));
            }

            @Override
            public Optional<PackCheck.ScenarioRun> own(RulePack pack, PackSet set) {
                List<Scenario> scenarios = own == null ? List.of() : of(pack, own);
                return scenarios.isEmpty() ? Optional.empty() : Optional.of(decide(pack, set, scenarios));
            }

            @Override
            public Optional<PackCheck.ScenarioRun> flips(RulePack previousPack, RulePack pack) {
                List<Scenario> scenarios = of(previousPack, previous);
                return scenarios.isEmpty() ? Optional.empty() : Optional.of(changes(previousPack, pack, scenarios));
            }

            @Override
            public PackCheck.CorpusRun generated(RulePack pack, RulePack previousPack) {
                List<Scenario> seeds = new ArrayList<>(own == null ? List.of() : of(pack, own));
                if (previousPack != null) {
                    seeds.addAll(of(previousPack, previous));
                }
                return GeneratedRequests.decide(pack, seeds);
            }
        };
    }

    /** The scenarios of {@code pack}: {@code <root>/<its folder>}, or with no root the bundled ones of its folder. */
    static List<Scenario> of(RulePack pack, Path root) {
        if (root == null) {
            return ScenarioFiles.bundled(Path.of(pack.origin()).getFileName().toString());
        }
        return PackCheck.scenariosFor(pack, root).map(ScenarioFiles::read).orElse(List.of());
    }

    /** Each scenario decided by the pack (whatever its dates say). */
    private static PackCheck.ScenarioRun decide(RulePack pack, PackSet set, List<Scenario> scenarios) {
        ScenarioRunner runner = new ScenarioRunner(set);
        List<String> failures = new ArrayList<>();
        for (Scenario s : scenarios) {
            ScenarioResult r = runner.run(s, pack.id());
            if (!r.passed()) {
                failures.add("[" + s.file() + "] " + s.name() + ": " + String.join("; ", r.failures()));
            }
        }
        return new Run(scenarios.size(), failures, List.of(), null);
    }

    /** The previous pack's scenarios, decided by both packs: the ones whose answer changes, outcome changes first. */
    private static PackCheck.ScenarioRun changes(RulePack previous, RulePack pack, List<Scenario> all) {
        List<Scenario> scenarios = all.stream().filter(s -> s.rejected() == null).toList();
        List<String> outcomeFlips = new ArrayList<>();
        List<String> otherFlips = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ChangeReport report = new ChangeReport(previous, pack);
        for (Scenario s : scenarios) {
            PackComparison.Result c;
            try {
                c = PackComparison.compareJson(DecisionKinds.byName(s.kind()).orElseThrow(), s.request(), previous, pack);
            } catch (RuleFailedException e) {
                failures.add("[" + s.file() + "] " + s.name() + ": " + e.pack().id() + " " + e.pack().version() + "의 규칙 "
                        + (e.ruleId() == null ? "(" + e.file() + "의 한 규칙)" : e.ruleId()) + "이(가) 오류를 냈습니다: " + e.reason());
                continue;
            }
            report.add("[" + s.file() + "] " + s.name(), c);
            if (c.changed()) {
                (c.left().outcome().equals(c.right().outcome()) ? otherFlips : outcomeFlips)
                        .add("[" + s.file() + "] " + s.name() + ": " + c.left().outcome() + " → " + c.right().outcome()
                        + (c.differences().isEmpty() ? "" : " (" + String.join("; ", c.differences().stream()
                                .map(ChangeReport::difference).toList()) + ")")
                        + (c.rulesOnlyRight().isEmpty() ? "" : " — 새로 발동: " + String.join(", ", c.rulesOnlyRight()))
                        + (c.rulesOnlyLeft().isEmpty() ? "" : " — 더는 발동 안 함: " + String.join(", ", c.rulesOnlyLeft())));
            }
        }
        List<String> flips = new ArrayList<>(outcomeFlips);
        flips.addAll(otherFlips);
        return new Run(scenarios.size(), failures, flips, report.build());
    }
}
