package kr.nanumteo.rules.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.packs.Units;
import tools.jackson.databind.JsonNode;

/**
 * Counts and groups what one pack changes against another over many cases — a previous pack's scenarios,
 * the recorded decision log — the way policy staff need to read it: first the cases whose outcome changes
 * (and to what), then those whose amounts change, then the rest; amounts with separators, rules by their id
 * and Korean message. Safe to feed from several threads.
 */
public final class ChangeReport {

    /** Examples kept per group. */
    static final int EXAMPLES = 5;

    enum Nature { OUTCOME, AMOUNTS, OTHER }

    /** What kind of change a comparison is, and the label that groups it with the same changes. */
    record Kind(Nature nature, String change) {

        static Kind of(PackComparison.Result c) {
            if (!c.left().outcome().equals(c.right().outcome())) {
                return new Kind(Nature.OUTCOME, c.left().outcome() + " → " + c.right().outcome());
            }
            boolean amounts = c.differences().stream().anyMatch(d -> d.left() != null && d.right() != null && d.left().isNumber()
                    && d.right().isNumber());
            return new Kind(amounts ? Nature.AMOUNTS : Nature.OTHER, c.left().outcome() + " 그대로; 바뀐 항목: " + changedFields(c.differences()));
        }
    }

    private final RulePack left;
    private final RulePack right;
    private int cases;
    private final Map<Kind, Group> groups = new LinkedHashMap<>();
    private final Map<String, Integer> changedByKind = new TreeMap<>();

    private static final class Group {
        int cases;
        final Map<String, Integer> newly = new LinkedHashMap<>();
        final Map<String, Integer> gone = new LinkedHashMap<>();
        final List<String> examples = new ArrayList<>();
    }

    public ChangeReport(RulePack left, RulePack right) {
        this.left = left;
        this.right = right;
    }

    /** One case compared; {@code source} names it in the examples (a scenario's name, a decision's id). */
    public synchronized void add(String source, PackComparison.Result c) {
        cases++;
        if (!c.changed()) {
            return;
        }
        changedByKind.merge(c.kind(), 1, Integer::sum);
        Group g = groups.computeIfAbsent(Kind.of(c), k -> new Group());
        g.cases++;
        c.rulesOnlyRight().forEach(id -> g.newly.merge(id, 1, Integer::sum));
        c.rulesOnlyLeft().forEach(id -> g.gone.merge(id, 1, Integer::sum));
        if (g.examples.size() < EXAMPLES) {
            g.examples.add(source + ": " + String.join("; ", c.differences().stream().map(ChangeReport::difference).toList()));
        }
    }

    public synchronized PackCheck.Changes build() {
        List<Map.Entry<Kind, Group>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Comparator.<Map.Entry<Kind, Group>>comparingInt(e -> e.getKey().nature().ordinal())
                .thenComparing(e -> -e.getValue().cases));
        List<PackCheck.ChangedGroup> out = new ArrayList<>();
        int[] byNature = new int[Nature.values().length];
        for (Map.Entry<Kind, Group> e : sorted) {
            Group g = e.getValue();
            byNature[e.getKey().nature().ordinal()] += g.cases;
            List<PackCheck.RuleCount> rules = new ArrayList<>();
            g.newly.forEach((id, n) -> rules.add(new PackCheck.RuleCount(id, message(right, id), true, n)));
            g.gone.forEach((id, n) -> rules.add(new PackCheck.RuleCount(id, message(left, id), false, n)));
            out.add(new PackCheck.ChangedGroup(e.getKey().nature().name(), e.getKey().change(), g.cases, List.copyOf(rules), List.copyOf(g.examples)));
        }
        return new PackCheck.Changes(cases, byNature[Nature.OUTCOME.ordinal()], byNature[Nature.AMOUNTS.ordinal()],
                byNature[Nature.OTHER.ordinal()], List.copyOf(out), Collections.unmodifiableMap(new TreeMap<>(changedByKind)));
    }

    /** A difference as staff read it: amounts with separators ({@code annualBasis.amount: 360,000 → 600,000}). */
    public static String difference(JsonDiff.Difference d) {
        return d.path() + ": " + value(d.left()) + " → " + value(d.right());
    }

    private static String value(JsonNode n) {
        if (n == null || n.isNull()) {
            return "(없음)";
        }
        return n.isNumber() ? Units.display(n.decimalValue(), "") : n.isString() ? n.asString() : n.toString();
    }

    /** The changed fields with their positions left out, so cases that change the same way group together. */
    static String changedFields(List<JsonDiff.Difference> differences) {
        TreeSet<String> fields = new TreeSet<>();
        differences.forEach(d -> fields.add(withoutIndexes(d.path())));
        return String.join(", ", fields);
    }

    private static String withoutIndexes(String path) {
        StringBuilder out = new StringBuilder();
        boolean inIndex = false;
        for (char c : path.toCharArray()) {
            if (c == '[') {
                inIndex = true;
                out.append("[]");
            } else if (c == ']') {
                inIndex = false;
            } else if (!inIndex) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String message(RulePack pack, String id) {
        return pack.rules().stream().filter(r -> r.id().equals(id)).findFirst().map(RulePack.RuleInfo::message).orElse("");
    }
}
