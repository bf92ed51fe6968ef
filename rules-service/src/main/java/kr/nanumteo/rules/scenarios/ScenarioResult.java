package kr.nanumteo.rules.scenarios;

import java.util.List;

import kr.nanumteo.rules.packs.RulePack;

/**
 * What a scenario gave: the pack it ran on, the outcome, the rules that fired, and every way it
 * differed from what was expected (empty when it passed).
 */
public record ScenarioResult(Scenario scenario, RulePack.Ref pack, String outcome, List<String> firedRules,
        String response, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
