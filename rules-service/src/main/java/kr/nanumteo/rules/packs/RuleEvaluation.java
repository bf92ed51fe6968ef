package kr.nanumteo.rules.packs;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Runs a pack's rules over a set of facts: a fresh session per evaluation, so the listener that
 * collects what fired sees this evaluation only; the session is always disposed.
 */
public final class RuleEvaluation {

    /** The DRL global every pack file declares: {@code global kr.nanumteo.rules.packs.Parameters params;} */
    public static final String PARAMS_GLOBAL = "params";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$\\w+)\\}");

    /** The working memory after the rules ran, and the rules that fired in order. */
    public record Result(List<Object> facts, List<FiredRule> fired) {

        public <T> List<T> factsOf(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (Object f : facts) {
                if (type.isInstance(f)) {
                    out.add(type.cast(f));
                }
            }
            return out;
        }

        public <T> Optional<T> single(Class<T> type) {
            List<T> all = factsOf(type);
            if (all.size() > 1) {
                throw new IllegalStateException("rules produced " + all.size() + " " + type.getSimpleName() + " facts where one was expected");
            }
            return all.stream().findFirst();
        }

        public List<String> firedIds() {
            return fired.stream().map(FiredRule::ruleId).toList();
        }
    }

    private RuleEvaluation() {
    }

    public static Result run(RulePack pack, Collection<?> facts) {
        return run(pack, pack.parameters(), facts);
    }

    /** With parameters other than the pack's own: only for a request's documented override. */
    public static Result run(RulePack pack, Parameters parameters, Collection<?> facts) {
        KieSession session = pack.kieBase().newKieSession();
        try {
            session.setGlobal(PARAMS_GLOBAL, parameters);
            Collector collector = new Collector();
            session.addEventListener(collector);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new Result(List.copyOf(session.getObjects()), List.copyOf(collector.fired));
        } finally {
            session.dispose();
        }
    }

    private static final class Collector extends DefaultAgendaEventListener {
        private final List<FiredRule> fired = new ArrayList<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Match match = event.getMatch();
            Rule rule = match.getRule();
            fired.add(new FiredRule(meta(rule, "id"), rule.getName(), render(meta(rule, "message"), match),
                    meta(rule, "citation"), List.copyOf(match.getObjects())));
        }
    }

    private static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        return v == null ? null : v.toString();
    }

    /** Fills {@code {$x}} in a rule's message with the value bound to {@code $x} in this match. */
    static String render(String template, Match match) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = match.getDeclarationIds().contains(m.group(1)) ? match.getDeclarationValue(m.group(1)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(format(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Numbers as staff write them (8, 4.5, 56,712,000), codes by their Korean names, dates in ISO form, lists joined by commas. */
    static String format(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            return plain.scale() <= 0 ? String.format("%,d", plain.toBigInteger()) : plain.toPlainString();
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format("%,d", ((Number) value).longValue());
        }
        if (value instanceof KoreanLabel k) {
            return k.koreanLabel();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(RuleEvaluation::format).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
