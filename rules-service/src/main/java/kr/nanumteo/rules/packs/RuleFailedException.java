package kr.nanumteo.rules.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A rule of a pack failed while deciding a case — its consequence, a constraint or a {@code from} threw.
 * That is the pack's fault, not the caller's: the service answers 500 naming the pack, its version and the
 * rule, records nothing, and logs it with the decision id the answer would have had. {@code check} decides
 * a generated corpus of requests before a pack goes into service, so that this is found first.
 */
public class RuleFailedException extends RuntimeException {

    private final RulePack.Ref pack;
    private final String file;
    /** The rule's id, or null when the failure cannot be traced to one rule of the file. */
    private final String ruleId;
    private final String ruleName;
    private final UUID decisionId;

    RuleFailedException(RulePack.Ref pack, String file, String ruleId, String ruleName, UUID decisionId, Throwable cause) {
        super("rule " + (ruleId == null ? "(one of " + file + ")" : ruleId + " \"" + ruleName + "\"") + " of " + pack.id() + " "
                + pack.version() + " failed: " + rootMessage(cause), cause);
        this.pack = pack;
        this.file = file;
        this.ruleId = ruleId;
        this.ruleName = ruleName;
        this.decisionId = decisionId;
    }

    /** The same failure, with the id of the decision it kept from being made. */
    public RuleFailedException withDecisionId(UUID id) {
        return new RuleFailedException(pack, file, ruleId, ruleName, id, getCause());
    }

    public RulePack.Ref pack() {
        return pack;
    }

    public String file() {
        return file;
    }

    public String ruleId() {
        return ruleId;
    }

    public String ruleName() {
        return ruleName;
    }

    public UUID decisionId() {
        return decisionId;
    }

    /** What went wrong underneath, as the JVM put it (an ArithmeticException's "Rounding necessary"). */
    public String reason() {
        return rootMessage(getCause());
    }

    /**
     * The failure of one of the rules of {@code module}, traced to its rule: a consequence names its rule; a
     * constraint's error names the rule it belongs to; a {@code from} or {@code eval} error quotes its expression,
     * which the pack's descriptor ties to a rule.
     */
    static RuleFailedException of(RulePack pack, RulePack.Module module, RuntimeException e) {
        if (e instanceof ConsequenceException c && c.getMatch() != null) {
            Rule rule = c.getMatch().getRule();
            Object id = rule.getMetaData().get("id");
            return new RuleFailedException(pack.ref(), module.file(), id == null ? null : id.toString(), rule.getName(), null, e);
        }
        List<String> texts = new ArrayList<>();
        for (Throwable t = e; t != null && texts.size() < 10; t = t.getCause()) {
            if (t.getMessage() != null) {
                texts.add(t.getMessage());
            }
        }
        List<RulePack.RuleInfo> rules = pack.rules().stream().filter(r -> r.file().equals(module.file())).toList();
        for (RulePack.RuleInfo r : rules) {
            if (texts.stream().anyMatch(t -> t.contains("\"" + r.name() + "\""))) {
                return new RuleFailedException(pack.ref(), module.file(), r.id(), r.name(), null, e);
            }
        }
        for (RulePack.RuleInfo r : rules) {
            for (String expression : module.expressions().getOrDefault(r.name(), List.of())) {
                if (texts.stream().anyMatch(t -> t.contains(expression.strip()))) {
                    return new RuleFailedException(pack.ref(), module.file(), r.id(), r.name(), null, e);
                }
            }
        }
        return new RuleFailedException(pack.ref(), module.file(), null, null, null, e);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null ? "" : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
