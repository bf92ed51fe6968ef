package kr.nanumteo.rules.packs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Runs a pack's rules over a set of facts. Each evaluation takes a session of its own from the pack's
 * pool (reset when it goes back), with a listener of its own that collects what fired in this
 * evaluation only. A rule that throws ends the evaluation with a {@link RuleFailedException} naming it.
 */
public final class RuleEvaluation {

    /** The DRL global every pack file declares: {@code global kr.nanumteo.rules.packs.Parameters params;} */
    public static final String PARAMS_GLOBAL = "params";

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

    /** Runs the rules of the pack's {@code rules}.drl. */
    public static Result run(RulePack pack, String rules, Collection<?> facts) {
        return run(pack, rules, pack.parameters(), facts);
    }

    /** With parameters other than the pack's own: only for a request's documented override. */
    public static Result run(RulePack pack, String rules, Parameters parameters, Collection<?> facts) {
        RulePack.Module module = pack.module(rules);
        KieSession session = module.sessions().newKieSession();
        Collector collector = new Collector();
        try {
            session.setGlobal(PARAMS_GLOBAL, parameters);
            session.addEventListener(collector);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new Result(inInsertionOrder(session), List.copyOf(collector.fired));
        } catch (RuntimeException e) {
            // A rule threw (its consequence, a constraint, a from): the pack's fault, never the caller's.
            throw RuleFailedException.of(pack, module, e);
        } finally {
            // A pooled session is reset and reused on dispose; its listener must not outlive this evaluation.
            session.removeEventListener(collector);
            session.dispose();
        }
    }

    /**
     * The working memory in the order the facts were inserted (by fact-handle id). The session's own
     * {@code getObjects()} order varies from run to run, and an answer built from it would too: a
     * decision must come out the same every time, or it cannot be replayed.
     */
    private static List<Object> inInsertionOrder(KieSession session) {
        return session.getFactHandles().stream()
                .map(InternalFactHandle.class::cast)
                .sorted(Comparator.comparingLong(InternalFactHandle::getId))
                .map(InternalFactHandle::getObject)
                .toList();
    }

    private static final class Collector extends DefaultAgendaEventListener {
        private final List<FiredRule> fired = new ArrayList<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Match match = event.getMatch();
            Rule rule = match.getRule();
            MessageTemplate message = (MessageTemplate) ((RuleImpl) rule).getMetaData(MessageTemplate.METADATA_KEY);
            fired.add(new FiredRule(meta(rule, "id"), rule.getName(), message.render(match),
                    meta(rule, "citation"), List.copyOf(match.getObjects())));
        }
    }

    private static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        return v == null ? null : v.toString();
    }
}
