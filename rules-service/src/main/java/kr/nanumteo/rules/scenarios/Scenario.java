package kr.nanumteo.rules.scenarios;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One scenario: a sentence for a name, a request, and what must come of it.
 *
 * @param kind      the decision kind (dual-income, …)
 * @param pack      the pack to use, or null for the pack in force on the request's asOf
 * @param expect    a partial answer: every field given must match the real one (arrays element by element)
 * @param fired     rule ids that must fire
 * @param notFired  rule ids that must not fire
 * @param rejected  when set, the request must be refused (400) naming exactly these fields
 */
public record Scenario(String file, String name, String kind, String pack, JsonNode request, JsonNode expect,
        List<String> fired, List<String> notFired, List<String> rejected) {}
