package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.Stamp;
import tools.jackson.databind.json.JsonMapper;

/**
 * If the .drl files of a pack shared one KieBase, a rule that matches no fact of its own decision
 * (one made only of 'not' or 'exists' patterns) would fire in every other decision's evaluation and
 * leak its reason into that answer. Each kind's example must fire rules of one file only.
 */
class OneDecisionOneFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyDecisionFiresTheRulesOfOneFileOnly() {
        for (PackSet.InForce p : TestPacks.all().packs()) {
            Map<String, String> fileOf = p.pack().rules().stream()
                    .collect(Collectors.toMap(RulePack.RuleInfo::id, RulePack.RuleInfo::file));
            for (DecisionKind<?, ?> kind : DecisionKinds.ALL) {
                Set<String> files = new TreeSet<>();
                JSON.valueToTree(decideExample(kind, p.pack())).findValuesAsString("ruleId").forEach(id -> files.add(fileOf.get(id)));
                assertThat(files).as(kind.name() + " under " + p.pack().id()).hasSize(1);
            }
        }
    }

    private static <Q> Object decideExample(DecisionKind<Q, ?> kind, RulePack pack) {
        return kind.decide(pack, kind.example(), Stamp.now());
    }
}
