package kr.nanumteo.rules.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.InvalidRequestException;
import tools.jackson.core.JacksonException;

/**
 * Many cases (JSON lines, one request a line) decided by two packs: how many change, grouped by kind
 * of change, with examples and the rules responsible. Cases run in parallel; each keeps only a small
 * summary, so the report's memory does not grow with the answers.
 */
public final class BatchComparison {

    /** Examples kept per group, and bad lines listed. */
    static final int EXAMPLES = 5;

    /** One kind of change: e.g. "outcome ELIGIBLE → NOT_ELIGIBLE", or the fields that changed under the same outcome. */
    public record Group(String change, int cases, Map<String, Integer> rules, List<Example> examples) {}

    /** A case of a group: its line in the file and how it differed. */
    public record Example(int line, List<JsonDiff.Difference> differences, List<String> rulesOnlyLeft, List<String> rulesOnlyRight) {}

    /** A line that is not a valid request. */
    public record Rejected(int line, List<FieldErrors.FieldError> errors) {}

    public record Report(String kind, RulePack.Ref left, RulePack.Ref right, int cases, int unchanged, int changed,
            int rejected, Map<String, Integer> outcomes, List<Group> groups, List<Rejected> rejectedLines,
            long millis, long casesPerSecond) {}

    private record CaseResult(int line, String outcomes, String group, Example example, List<FieldErrors.FieldError> errors) {}

    private BatchComparison() {
    }

    /**
     * JSON lines (one request a line) of the decision kind named {@code kind}, decided by the packs in service
     * named {@code left} and {@code right}; a kind or pack that is not there is a 400 naming the field.
     */
    public static Report run(PackSet set, String kind, String left, String right, String lines) {
        FieldErrors errors = new FieldErrors();
        DecisionKind<?, ?> k = kind(kind, "kind", errors);
        RulePack l = pack(set, left, "left", errors);
        RulePack r = pack(set, right, "right", errors);
        errors.throwIfAny();
        return run(k, List.of(lines.split("\r?\n")), l, r);
    }

    static DecisionKind<?, ?> kind(String name, String field, FieldErrors errors) {
        if (!errors.require(field, name)) {
            return null;
        }
        return DecisionKinds.byName(name).orElseGet(() -> {
            errors.reject(field, "알 수 없는 결정 종류 '" + name + "'입니다. 있는 종류: "
                    + DecisionKinds.ALL.stream().map(DecisionKind::name).toList());
            return null;
        });
    }

    static RulePack pack(PackSet set, String id, String field, FieldErrors errors) {
        if (!errors.require(field, id)) {
            return null;
        }
        return set.byId(id).orElseGet(() -> {
            errors.reject(field, "서비스에 없는 규칙 팩 '" + id + "'입니다. 있는 팩: " + set.periods().keySet());
            return null;
        });
    }

    public static <Q, R extends DecisionResponse> Report run(DecisionKind<Q, R> kind, List<String> lines, RulePack left, RulePack right) {
        long start = System.nanoTime();
        List<CaseResult> results = IntStream.range(0, lines.size()).parallel()
                .filter(i -> !lines.get(i).isBlank())
                .mapToObj(i -> one(kind, i + 1, lines.get(i), left, right))
                .toList();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, List<CaseResult>> byGroup = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        int rejectedCount = 0;
        int unchanged = 0;
        for (CaseResult r : results) {
            if (r.errors() != null) {
                rejectedCount++;
                if (rejected.size() < EXAMPLES) {
                    rejected.add(new Rejected(r.line(), r.errors()));
                }
                continue;
            }
            outcomes.merge(r.outcomes(), 1, Integer::sum);
            if (r.group() == null) {
                unchanged++;
            } else {
                byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((change, cases) -> {
            Map<String, Integer> rules = new TreeMap<>();
            cases.forEach(c -> {
                c.example().rulesOnlyLeft().forEach(id -> rules.merge(id, 1, Integer::sum));
                c.example().rulesOnlyRight().forEach(id -> rules.merge(id, 1, Integer::sum));
            });
            groups.add(new Group(change, cases.size(), rules, cases.stream().limit(EXAMPLES).map(CaseResult::example).toList()));
        });
        groups.sort(Comparator.comparingInt(Group::cases).reversed());
        int decided = results.size() - rejectedCount;
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        return new Report(kind.name(), left.ref(), right.ref(), decided, unchanged, decided - unchanged, rejectedCount,
                outcomes, List.copyOf(groups), List.copyOf(rejected), millis, results.size() * 1000L / millis);
    }

    private static <Q, R extends DecisionResponse> CaseResult one(DecisionKind<Q, R> kind, int line, String text,
            RulePack left, RulePack right) {
        Q request;
        try {
            request = kind.read(PackComparison.JSON.readTree(text));
        } catch (InvalidRequestException e) {
            return new CaseResult(line, null, null, null, e.errors());
        } catch (JacksonException e) {
            return new CaseResult(line, null, null, null, List.of(new FieldErrors.FieldError("$", "JSON 형식이 올바르지 않습니다: " + e.getOriginalMessage())));
        }
        PackComparison.Result c = PackComparison.compare(kind, request, left, right);
        String outcomes = c.left().outcome() + " → " + c.right().outcome();
        if (!c.changed()) {
            return new CaseResult(line, outcomes, null, null, null);
        }
        String group = !c.left().outcome().equals(c.right().outcome())
                ? "outcome " + outcomes
                : "outcome " + c.left().outcome() + " unchanged; changed: " + ChangeReport.changedFields(c.differences());
        return new CaseResult(line, outcomes, group, new Example(line, c.differences(), c.rulesOnlyLeft(), c.rulesOnlyRight()), null);
    }

    /** The report for people: counts, outcome transitions, then each group with its rules and examples. */
    public static String markdown(Report r) {
        StringBuilder md = new StringBuilder("# 규칙 팩 일괄 비교: ").append(r.kind()).append("\n\n")
                .append("- 왼쪽: ").append(r.left()).append("\n- 오른쪽: ").append(r.right()).append("\n\n")
                .append("사례 ").append(r.cases()).append("건 — 같음 ").append(r.unchanged()).append("건, 달라짐 ").append(r.changed())
                .append("건; 읽을 수 없는 줄 ").append(r.rejected()).append("건. ").append(r.millis()).append(" ms (초당 ")
                .append(r.casesPerSecond()).append("건)\n\n## 결과의 이동\n\n| 왼쪽 → 오른쪽 | 건수 |\n| --- | --- |\n");
        r.outcomes().forEach((t, n) -> md.append("| ").append(t).append(" | ").append(n).append(" |\n"));
        for (Group g : r.groups()) {
            md.append("\n## ").append(g.change()).append(" — ").append(g.cases()).append("건\n\n한쪽에서만 발동한 규칙(건수): ");
            md.append(String.join(", ", g.rules().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append("\n\n");
            for (Example e : g.examples()) {
                md.append("- ").append(e.line()).append("번째 줄: ")
                        .append(String.join("; ", e.differences().stream().map(d -> d.path() + ": " + d.left() + " → " + d.right()).toList()))
                        .append('\n');
            }
        }
        if (!r.rejectedLines().isEmpty()) {
            md.append("\n## 읽을 수 없는 줄 (처음 ").append(r.rejectedLines().size()).append("개)\n\n");
            r.rejectedLines().forEach(x -> md.append("- ").append(x.line()).append("번째 줄: ").append(x.errors()).append('\n'));
        }
        return md.toString();
    }
}
