package kr.nanumteo.rules.scenarios;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One scenario: a sentence for a name, a request, and what must come of it.
 *
 * @param kind      the decision kind (dual-income, …)
 * @param pack      the pack to use, or null for the pack in force on the request's asOf
 * @param expect    a partial answer: every field given must match the real one (arrays element by element)
 * @param fired     rule ids that must fire, by the part of the answer they must fire for: {@link #ANYWHERE}
 *                  for the whole answer (a file's plain list), else a path such as {@code guardians[1]} or
 *                  {@code reasons} (the answer's own reasons only), whose subtree must name the rule
 * @param notFired  rule ids that must not fire, by part of the answer in the same way
 * @param rejected  when set, the request must be refused (400) naming exactly these fields
 */
public record Scenario(String file, String name, String kind, String pack, JsonNode request, JsonNode expect,
        Map<String, List<String>> fired, Map<String, List<String>> notFired, List<String> rejected) {

    /** The key of {@link #fired} and {@link #notFired} that stands for the whole answer. */
    public static final String ANYWHERE = "";
}
