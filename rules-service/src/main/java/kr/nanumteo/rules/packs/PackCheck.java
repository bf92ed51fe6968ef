package kr.nanumteo.rules.packs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Everything policy staff need to know before a pack goes live: does it compile, is it complete (ids,
 * citations, Korean messages, parameters, interpretations, no numbers written into rules), does its
 * period fit with the other packs, do its scenarios pass — and what does it change compared with the
 * pack it follows: rules, parameters, interpretations, and the outcomes of that pack's scenarios.
 *
 * <p>Scenario running is passed in ({@code scenarios}), so this stays free of the decision kinds.
 */
public final class PackCheck {

    public enum Severity { ERROR, WARNING }

    /** A finding as staff read it: its particles are resolved here, whichever check wrote it ('22일로', ''20일'이'). */
    public record Finding(Severity severity, String where, String message) {
        public Finding {
            message = KoreanParticles.resolve(message);
        }
    }

    /** A parameter added (before null), removed (after null) or given another value. */
    public record ParameterChange(String key, Object before, Object after, String unit, String citation) {}

    /** A rule added, removed, or changed in its logic, its message or its citation. */
    public record RuleChange(String id, String name, String change) {}

    public record InterpretationChange(String id, String before, String after) {}

    /** What differs between two packs: rules, parameters and interpretations (two packs side by side, and a check). */
    public record Differences(List<RuleChange> rules, List<ParameterChange> parameters, List<InterpretationChange> interpretations) {}

    /** How a set of scenarios fared: passed and failed ones, and those whose answer another pack changes. */
    public interface ScenarioRun {
        int total();

        List<String> failures();

        /** Each changed case in a line, those whose outcome changes first. */
        List<String> flips();

        /** The same changes, counted and grouped, or null where there is nothing to compare. */
        default Changes changes() {
            return null;
        }
    }

    /**
     * What a pack changes in a set of cases, for policy staff: first how many change outcome and how, then
     * those whose amounts change, then the rest — each group with the rules behind it; {@code changedByKind}: the
     * changed cases of each decision kind.
     */
    public record Changes(int cases, int outcomeChanged, int amountsChanged, int otherChanged, List<ChangedGroup> groups,
            Map<String, Integer> changedByKind) {}

    /**
     * Cases that change the same way. {@code nature}: OUTCOME, AMOUNTS or OTHER; {@code change}: "ELIGIBLE →
     * NOT_ELIGIBLE", or the fields that changed; {@code examples}: a few of the cases, each with what changed.
     */
    public record ChangedGroup(String nature, String change, int cases, List<RuleCount> rules, List<String> examples) {}

    /** A rule that fires in the changed cases under one pack only: newly ({@code newly}) or no longer. */
    public record RuleCount(String id, String message, boolean newly, int cases) {}

    /**
     * The recorded decision log re-decided by the checked pack: of the decisions made with the previous pack
     * (the newest {@code limitPerKind} of each kind), what the checked pack would answer differently; the
     * requests on which one of its rules fails; how many recorded requests it cannot read at all.
     */
    public record LogChanges(RulePack.Ref previous, Map<String, Integer> decisionsByKind, int limitPerKind, Changes changes,
            List<String> failures, int unreadable) {}

    /** Requests made up from the pack's parameters and the scenarios' requests, decided to find rules that throw. */
    public interface CorpusRun {
        int cases();

        List<String> failures();
    }

    /** What a check runs besides reading the pack; scenario running lives with the decision kinds (scenarios/). */
    public interface Runs {
        /** The pack's own scenarios, each decided by it, or empty when it has none. */
        Optional<ScenarioRun> own(RulePack pack, PackSet set);

        /** The previous pack's scenarios decided by both packs: those whose answer changes. */
        Optional<ScenarioRun> flips(RulePack previous, RulePack pack);

        /** Generated requests of every kind, decided by the pack ({@code previous} may be null). */
        CorpusRun generated(RulePack pack, RulePack previous);

        /** The decisions recorded with {@code previous}, re-decided by the pack; empty without a decision log (the jar's check). */
        default Optional<LogChanges> recorded(RulePack previous, RulePack pack) {
            return Optional.empty();
        }
    }

    /** @param loaded the compiled pack (null when it did not compile); not part of the report's JSON */
    public record Report(String folder, RulePack.Ref pack, String period, RulePack.Ref previous, List<Finding> findings,
            List<RulePack.Interpretation> interpretations, List<RuleChange> rules, List<ParameterChange> parameters,
            List<InterpretationChange> interpretationChanges, ScenarioRun ownScenarios, ScenarioRun previousScenarios,
            CorpusRun generated, LogChanges recordedDecisions, @JsonIgnore RulePack loaded) {

        public boolean ok() {
            return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    private PackCheck() {
    }

    /**
     * @param folder the pack to check
     * @param others the packs it will serve beside (a pack with the same id is the one it replaces)
     * @param runs   its scenarios, its predecessor's, and the generated requests
     */
    public static Report check(PackFiles folder, List<RulePack> others, Runs runs) {
        List<Finding> findings = new ArrayList<>();
        RulePack pack;
        try {
            pack = PackLoader.load(folder);
        } catch (PackLoadException e) {
            e.problems().forEach(p -> findings.add(new Finding(Severity.ERROR, folder.origin(), p)));
            return new Report(folder.origin(), null, null, null, findings, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null);
        }
        lint(folder, pack, findings);
        PackGuards.replacing(pack, others, findings);

        List<RulePack> together = new ArrayList<>(others.stream().filter(p -> !p.id().equals(pack.id())).toList());
        together.add(pack);
        PackSet set = null;
        try {
            set = PackSet.of(together);
        } catch (PackLoadException e) {
            e.problems().forEach(p -> findings.add(new Finding(Severity.ERROR, "시행 기간", p)));
        }
        if (set != null) {
            PackGuards.gaps(set, findings);
        }
        String period = set == null ? pack.period() : set.packs().stream().filter(p -> p.pack() == pack).findFirst()
                .map(PackSet.InForce::period).orElse(pack.period());

        ScenarioRun own = set == null ? null : runs.own(pack, set).orElse(null);
        if (own == null && set != null) {
            findings.add(new Finding(Severity.WARNING, "시나리오", "이 팩의 시나리오가 없습니다: 팩이 바르게 판정하는지 보여 주는 것이 없습니다"));
        } else if (own != null) {
            own.failures().forEach(f -> findings.add(new Finding(Severity.ERROR, "시나리오", f)));
        }

        RulePack previous = pack.previous() == null ? null
                : others.stream().filter(p -> p.id().equals(pack.previous())).findFirst().orElse(null);
        // A rule that throws on a valid request would answer 500 for as long as the pack serves: find it first.
        CorpusRun generated = runs.generated(pack, previous);
        generated.failures().forEach(f -> findings.add(new Finding(Severity.ERROR, "생성한 요청", f)));
        if (pack.previous() != null && previous == null) {
            findings.add(new Finding(Severity.WARNING, PackFiles.DESCRIPTOR,
                    "previous " + pack.previous() + "이(가) 없어 바뀐 점을 비교하지 못했습니다"));
        }
        Differences differences = previous == null ? new Differences(List.of(), List.of(), List.of()) : differences(previous, pack);
        List<ParameterChange> parameters = differences.parameters();
        PackGuards.staleValues(pack, parameters, findings);
        if (previous != null) {
            PackGuards.readme(previous, pack, findings);
        }
        ScenarioRun flips = previous == null ? null : runs.flips(previous, pack).orElse(null);
        if (flips != null) {
            flips.failures().forEach(f -> findings.add(new Finding(Severity.ERROR, "이전 팩의 시나리오", f)));
        }
        LogChanges recorded = previous == null ? null : runs.recorded(previous, pack).orElse(null);
        if (recorded != null) {
            recorded.failures().forEach(f -> findings.add(new Finding(Severity.ERROR, "기록된 결정", f)));
        }
        return new Report(folder.origin(), pack.ref(), period, previous == null ? null : previous.ref(), findings,
                pack.interpretations(), differences.rules(), parameters, differences.interpretations(), own, flips, generated, recorded, pack);
    }

    private static void lint(PackFiles folder, RulePack pack, List<Finding> findings) {
        Set<String> used = new TreeSet<>();
        folder.files().keySet().stream().filter(n -> n.endsWith(".drl")).forEach(name -> {
            String text = folder.text(name);
            DrlSource.rules(text).values().forEach(rule -> DrlSource.literalNumbers(rule).forEach((line, number) ->
                    findings.add(new Finding(Severity.ERROR, name + ":" + line, "규칙 \"" + rule.name() + "\"에 숫자 " + number
                            + "이(가) 직접 쓰였습니다. 금액·기준·비율은 pack.yaml의 파라미터로 옮기고 params로 읽으세요"))));
            pack.parameters().all().keySet().stream().filter(k -> text.contains("\"" + k + "\"")).forEach(used::add);
        });
        pack.parameters().all().keySet().stream().filter(k -> !used.contains(k)).forEach(k ->
                findings.add(new Finding(Severity.WARNING, PackFiles.DESCRIPTOR, "이 파라미터를 쓰는 규칙이 없습니다: " + k)));
        if (pack.interpretations().isEmpty()) {
            findings.add(new Finding(Severity.WARNING, PackFiles.DESCRIPTOR,
                    "interpretations가 비어 있습니다: 지침이 모호한 곳을 이 팩이 어떻게 읽는지 적어 주세요"));
        }
    }

    /** What {@code after} changes from {@code before}. */
    public static Differences differences(RulePack before, RulePack after) {
        return new Differences(ruleChanges(before, after), parameterChanges(before.parameters(), after.parameters()),
                interpretationChanges(before, after));
    }

    private static List<RuleChange> ruleChanges(RulePack before, RulePack after) {
        Map<String, RulePack.RuleInfo> was = byId(before.rules());
        Map<String, RulePack.RuleInfo> is = byId(after.rules());
        Map<String, DrlSource.RuleText> wasText = texts(before);
        Map<String, DrlSource.RuleText> isText = texts(after);
        List<RuleChange> changes = new ArrayList<>();
        is.forEach((id, rule) -> {
            RulePack.RuleInfo old = was.get(id);
            if (old == null) {
                changes.add(new RuleChange(id, rule.name(), "추가"));
                return;
            }
            List<String> what = new ArrayList<>();
            DrlSource.RuleText a = wasText.get(old.name());
            DrlSource.RuleText b = isText.get(rule.name());
            if (a == null || b == null || !DrlSource.normalized(a.body()).equals(DrlSource.normalized(b.body()))) {
                what.add("조건·결과(논리)");
            }
            if (!old.name().equals(rule.name())) {
                what.add("이름");
            }
            if (!Objects.equals(old.message(), rule.message())) {
                what.add("안내문");
            }
            if (!Objects.equals(old.citation(), rule.citation())) {
                what.add("근거 표기");
            }
            if (!what.isEmpty()) {
                changes.add(new RuleChange(id, rule.name(), "변경: " + String.join(", ", what)));
            }
        });
        was.forEach((id, rule) -> {
            if (!is.containsKey(id)) {
                changes.add(new RuleChange(id, rule.name(), "삭제"));
            }
        });
        return changes;
    }

    private static Map<String, DrlSource.RuleText> texts(RulePack pack) {
        Map<String, DrlSource.RuleText> out = new LinkedHashMap<>();
        PackFiles files = pack.files();
        files.files().keySet().stream().filter(n -> n.endsWith(".drl")).forEach(n -> out.putAll(DrlSource.rules(files.text(n))));
        return out;
    }

    private static Map<String, RulePack.RuleInfo> byId(List<RulePack.RuleInfo> rules) {
        Map<String, RulePack.RuleInfo> out = new LinkedHashMap<>();
        rules.forEach(r -> out.put(r.id(), r));
        return out;
    }

    static List<ParameterChange> parameterChanges(Parameters before, Parameters after) {
        List<ParameterChange> changes = new ArrayList<>();
        after.all().forEach((key, p) -> {
            Parameters.Parameter old = before.all().get(key);
            if (old == null || !same(old.value(), p.value())) {
                changes.add(new ParameterChange(key, old == null ? null : old.value(), p.value(), p.unit(), p.citation()));
            }
        });
        before.all().forEach((key, p) -> {
            if (!after.has(key)) {
                changes.add(new ParameterChange(key, p.value(), null, p.unit(), p.citation()));
            }
        });
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static List<InterpretationChange> interpretationChanges(RulePack before, RulePack after) {
        Map<String, String> was = new LinkedHashMap<>();
        before.interpretations().forEach(i -> was.put(i.id(), i.reading()));
        List<InterpretationChange> changes = new ArrayList<>();
        after.interpretations().forEach(i -> {
            String old = was.remove(i.id());
            if (!Objects.equals(old, i.reading())) {
                changes.add(new InterpretationChange(i.id(), old, i.reading()));
            }
        });
        was.forEach((id, reading) -> changes.add(new InterpretationChange(id, reading, null)));
        return changes;
    }

    /** The scenario folder that goes with a pack folder: {@code rule-packs/2024} → {@code <root>/2024}. */
    public static Optional<Path> scenariosFor(RulePack pack, Path scenarioRoot) {
        Path dir = scenarioRoot.resolve(Path.of(pack.origin()).getFileName().toString());
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
