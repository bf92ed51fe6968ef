package kr.nanumteo.rules.packs;

/** Why a decision came out as it did: the rule that fired, its Korean message, and the guideline section it rests on. */
public record Reason(String ruleId, String message, String citation) {}
