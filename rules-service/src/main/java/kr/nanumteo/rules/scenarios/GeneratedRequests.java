package kr.nanumteo.rules.scenarios;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.Parameters;
import kr.nanumteo.rules.packs.RuleFailedException;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.InvalidRequestException;
import kr.nanumteo.rules.requests.RequestBinder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests made up to find, before a pack goes into service, the rules that throw: a rule that fails on a
 * valid request answers 500 for as long as its pack serves, so {@code check} looks for one first.
 *
 * <p>From each seed — each kind's example request, and the requests of the pack's own scenarios and of its
 * predecessor's — it varies one field at a time: every value of an enum, true and false (and null where a
 * field may be absent), every number at each numeric parameter the kind's rules read and on both sides of it, dates
 * at the edges of the pack's period. What the service would refuse (400) is left out; every other request is
 * decided, and a request that makes a rule throw is named with the field that was varied.
 */
public final class GeneratedRequests {

    /** At most this many requests of one kind, so a check stays a matter of seconds. */
    static final int MAX_PER_KIND = 6_000;
    /** Failures named per rule; the rest are counted. */
    private static final int NAMED_PER_RULE = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Run(int cases, List<String> failures) implements PackCheck.CorpusRun {
    }

    /** One request to decide: its JSON, where it came from, and what was changed in it. */
    record Case(JsonNode request, String origin, String varied) {
    }

    private GeneratedRequests() {
    }

    /** Decides the generated requests of every kind {@code pack} decides; the seeds are scenarios of any kind. */
    public static PackCheck.CorpusRun decide(RulePack pack, List<Scenario> seeds) {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (DecisionKind<?, ?> kind : DecisionKinds.ALL) {
            if (!pack.modules().containsKey(kind.rules())) {
                continue;
            }
            Map<String, List<String>> byRule = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Case c : cases(kind, pack, seeds)) {
                Decided d = decideOne(kind, pack, c);
                if (d.refused()) {
                    continue; // the service would answer 400: not a case the rules see
                }
                cases++;
                if (d.rule() != null) {
                    counts.merge(d.rule(), 1, Integer::sum);
                    List<String> named = byRule.computeIfAbsent(d.rule(), r -> new ArrayList<>());
                    if (named.size() < NAMED_PER_RULE) {
                        named.add(d.finding());
                    }
                }
            }
            byRule.forEach((rule, named) -> {
                int more = counts.get(rule) - named.size();
                named.forEach(failures::add);
                if (more > 0) {
                    failures.add("[" + kind.name() + "] " + rule + ": 같은 오류가 생성된 요청 " + more + "건에서 더 났습니다");
                }
            });
        }
        return new Run(cases, List.copyOf(failures));
    }

    /** How one request fared: refused by the service (400), decided, or failed in a rule (named, with the finding). */
    private record Decided(boolean refused, String rule, String finding) {
        static final Decided REFUSED = new Decided(true, null, null);
        static final Decided DECIDED = new Decided(false, null, null);
    }

    private static <Q, R extends DecisionResponse> Decided decideOne(DecisionKind<Q, R> kind, RulePack pack, Case c) {
        Q request;
        try {
            request = kind.read(c.request());
        } catch (InvalidRequestException e) {
            return Decided.REFUSED;
        }
        try {
            kind.decide(pack, request, Stamp.now());
            return Decided.DECIDED;
        } catch (RuleFailedException e) {
            String rule = e.ruleId() == null ? "(" + e.file() + "의 한 규칙)" : e.ruleId() + " \"" + e.ruleName() + "\"";
            return new Decided(false, rule, "[" + kind.name() + "] 규칙 " + rule + "이(가) 오류를 냈습니다 (" + e.reason() + "): " + describe(c));
        } catch (RuntimeException e) {
            return new Decided(false, kind.name(), "[" + kind.name() + "] 판정 중 오류가 났습니다 (" + e + "): " + describe(c));
        }
    }

    private static String describe(Case c) {
        String json = JSON.writeValueAsString(c.request());
        return c.origin() + (c.varied() == null ? "" : "에서 " + c.varied()) + " — 요청 " + (json.length() > 1_500 ? json.substring(0, 1_500) + "…" : json);
    }

    /** Every request to decide for one kind: the seeds, then one field of a seed varied at a time. */
    static List<Case> cases(DecisionKind<?, ?> kind, RulePack pack, List<Scenario> scenarios) {
        List<Case> seeds = new ArrayList<>();
        seeds.add(new Case(JSON.valueToTree(kind.example()), "예시 요청", null));
        for (Scenario s : scenarios) {
            if (s.kind().equals(kind.name()) && s.rejected() == null && s.request().isObject()) {
                seeds.add(new Case(s.request(), "시나리오 '" + s.name() + "'의 요청", null));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Case> out = new ArrayList<>();
        for (Case seed : seeds) {
            if (seen.add(seed.request().toString())) {
                out.add(seed);
            }
        }
        Values values = new Values(pack, pack.module(kind.rules()).parameters());
        Set<String> varied = new LinkedHashSet<>();
        for (Case seed : seeds) {
            List<Leaf> leaves = new ArrayList<>();
            leaves(seed.request(), kind.requestType(), "", "", leaves);
            for (Leaf leaf : leaves) {
                if (!varied.add(leaf.pattern())) {
                    continue; // each field is varied once, on the first seed that has it
                }
                for (JsonNode value : values.of(leaf.type(), leaf.nullable())) {
                    if (out.size() >= MAX_PER_KIND) {
                        return out;
                    }
                    JsonNode request = with(seed.request(), leaf.path(), value);
                    if (seen.add(request.toString())) {
                        out.add(new Case(request, seed.origin(), leaf.display() + " = " + value));
                    }
                }
            }
        }
        return out;
    }

    /** A value in a request: its path (object keys and array indexes), the field it is, and its Java type. */
    private record Leaf(List<Object> path, String pattern, String display, Type type, boolean nullable) {
    }

    private static void leaves(JsonNode node, Type type, String pattern, String display, List<Leaf> out) {
        leaves(node, type, pattern, display, new ArrayList<>(), out);
    }

    private static void leaves(JsonNode node, Type type, String pattern, String display, List<Object> path, List<Leaf> out) {
        Class<?> raw = RequestBinder.rawClass(type);
        if (node.isObject() && raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                JsonNode child = node.get(c.getName());
                String p = pattern.isEmpty() ? c.getName() : pattern + "." + c.getName();
                String d = display.isEmpty() ? c.getName() : display + "." + c.getName();
                List<Object> at = new ArrayList<>(path);
                at.add(c.getName());
                if (child == null || child.isNull()) {
                    if (isLeafType(RequestBinder.rawClass(c.getGenericType()))) {
                        out.add(new Leaf(at, p, d, c.getGenericType(), true));
                    }
                } else {
                    leaves(child, c.getGenericType(), p, d, at, out);
                }
            }
        } else if (node.isArray() && List.class.isAssignableFrom(raw) && type instanceof ParameterizedType pt) {
            Type element = pt.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                List<Object> at = new ArrayList<>(path);
                at.add(i);
                leaves(node.get(i), element, pattern + "[]", display + "[" + i + "]", at, out);
            }
        } else if (isLeafType(raw)) {
            out.add(new Leaf(path, pattern, display, type, !raw.isPrimitive()));
        }
    }

    private static boolean isLeafType(Class<?> c) {
        return c.isEnum() || c == Boolean.class || c == boolean.class || c == LocalDate.class || c == BigDecimal.class
                || Number.class.isAssignableFrom(c) || (c.isPrimitive() && c != void.class);
    }

    /** The values a field is tried with. */
    private static final class Values {
        private final Set<BigDecimal> thresholds = new TreeSet<>();
        private final List<LocalDate> dates = new ArrayList<>();

        /** @param read the parameters the kind's rules read: their values are the thresholds that matter */
        Values(RulePack pack, Set<String> read) {
            Parameters parameters = pack.parameters();
            parameters.all().values().forEach(p -> {
                if (p.value() instanceof BigDecimal n && read.contains(p.key())) {
                    thresholds.add(n.stripTrailingZeros());
                }
            });
            thresholds.add(BigDecimal.ZERO);
            thresholds.add(BigDecimal.ONE);
            LocalDate from = pack.effectiveFrom();
            dates.addAll(List.of(from.minusDays(1), from, from.plusMonths(1), from.withDayOfYear(from.lengthOfYear())));
            if (pack.effectiveTo() != null) {
                dates.addAll(List.of(pack.effectiveTo(), pack.effectiveTo().plusDays(1)));
            }
        }

        List<JsonNode> of(Type type, boolean nullable) {
            Class<?> c = RequestBinder.rawClass(type);
            List<JsonNode> out = new ArrayList<>();
            if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    out.add(NODES.stringNode(((Enum<?>) constant).name()));
                }
            } else if (c == Boolean.class || c == boolean.class) {
                out.add(NODES.booleanNode(true));
                out.add(NODES.booleanNode(false));
            } else if (c == LocalDate.class) {
                dates.forEach(d -> out.add(NODES.stringNode(d.toString())));
            } else {
                boolean whole = c != BigDecimal.class && c != Double.class && c != double.class && c != Float.class && c != float.class;
                BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.01");
                Set<BigDecimal> numbers = new TreeSet<>();
                for (BigDecimal t : thresholds) {
                    if (whole && t.stripTrailingZeros().scale() > 0) {
                        continue;
                    }
                    numbers.add(t.subtract(step));
                    numbers.add(t);
                    numbers.add(t.add(step));
                }
                // Whole numbers as JSON integers (the binder refuses 2.0E+1 for a count); decimals without an exponent.
                numbers.forEach(n -> out.add(whole ? NODES.numberNode(n.longValueExact())
                        : NODES.numberNode(n.scale() < 0 ? n.setScale(0) : n)));
            }
            if (nullable) {
                out.add(NODES.nullNode());
            }
            return out;
        }
    }

    private static JsonNode with(JsonNode request, List<Object> path, JsonNode value) {
        JsonNode copy = request.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

}
