package kr.nanumteo.rules.packs;

import java.util.LinkedHashSet;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Why a decision came out as it did: the rule that fired, its Korean message, and the guideline section it rests on. */
public record Reason(String ruleId, String message, String citation) {

    /** Every rule id named anywhere in an answer's reasons, in order of first appearance. */
    public static List<String> ruleIdsIn(JsonNode answer) {
        return List.copyOf(new LinkedHashSet<>(answer.findValuesAsString("ruleId")));
    }
}
