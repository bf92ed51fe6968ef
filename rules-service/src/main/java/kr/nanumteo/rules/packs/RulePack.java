package kr.nanumteo.rules.packs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled, frozen rule pack: its identity and period, its parameters and interpretations, the
 * catalogue of its rules, the files it was compiled from (what its sha256 covers), and one compiled
 * module per rules file.
 *
 * @param effectiveTo the last day in force, inclusive; {@code null} while no later pack has started
 */
public record RulePack(
        String id,
        String version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String sha256,
        String guideline,
        String previous,
        Parameters parameters,
        List<Interpretation> interpretations,
        List<RuleInfo> rules,
        PackFiles files,
        Map<String, Module> modules) {

    /**
     * The rules of one .drl file, compiled to a KieBase of their own, with a pool of sessions over it (a
     * session is costly to create, cheap to reset). Each decision kind evaluates only its own file's rules:
     * one decision's rules never see, or fire on, another's facts.
     *
     * @param expressions rule name → the texts of its constraints, froms and evals: what ties an error
     *                    thrown while evaluating one of them to its rule ({@link RuleFailedException})
     * @param parameters  the keys of the parameters the file's rules read
     */
    public record Module(String file, KieBase kieBase, KieSessionsPool sessions, Map<String, List<String>> expressions,
            java.util.Set<String> parameters) {}

    /** The rules of {@code name}.drl; a pack without that file cannot make that kind of decision. */
    public Module module(String name) {
        Module m = modules.get(name);
        if (m == null) {
            throw new IllegalStateException("rule pack " + id + " " + version + " has no " + name + ".drl (it has " + modules.keySet() + ")");
        }
        return m;
    }

    /** How a decision names the pack it was made with. */
    public record Ref(String id, String version, String sha256) {
        @Override
        public String toString() {
            return id + " " + version + " (sha256 " + sha256 + ")";
        }
    }

    /** Where the guideline is ambiguous: the reading this pack takes and the parameter that holds it, if any. */
    public record Interpretation(String id, String topic, String reading, String parameter, String citation) {}

    /** A rule as the catalogue shows it: stable id, its sentence name, the section it implements, its message. */
    public record RuleInfo(String id, String name, String file, String citation, String message) {}

    /** Where the pack was read from, for messages: {@code rule-packs/2024}. */
    public String origin() {
        return files.origin();
    }

    public Ref ref() {
        return new Ref(id, version, sha256);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The period as staff write it: {@code 2023-01-01 ~ 2023-12-31}, or open-ended {@code 2024-01-01 ~}. */
    public String period() {
        return effectiveFrom + " ~" + (effectiveTo == null ? "" : " " + effectiveTo);
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + period() + ")";
    }
}
