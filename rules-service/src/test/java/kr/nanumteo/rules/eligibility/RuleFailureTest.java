package kr.nanumteo.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.ThrowingPack;
import kr.nanumteo.rules.packs.PackLoader;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.JsonNode;

/**
 * A rule that throws at run time is the pack's error: 500, naming pack, version and rule, nothing recorded —
 * not a 403 (as a probe saw) and not a decision.
 */
@DatabaseTest
class RuleFailureTest {

    static final String SINGLE_PARENT = """
            { "asOf": "2024-03-04", "singleParent": true, "guardians": [
              { "relation": "FATHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 20, "shift": "DAY",
                "documents": ["EMPLOYMENT_INSURANCE_RECORD"] } ] }""";

    @Autowired
    DecisionEndpoints api;
    @Autowired
    PackRegistry registry;

    @Test
    void aRuleThatThrowsIsAnsweredAs500NamingPackVersionAndRuleAndNothingIsRecorded() throws Exception {
        PackSet before = registry.current();
        // Put the throwing pack into service as a published pack would be, past the check that now refuses it.
        RulePack throwing = PackLoader.load(ThrowingPack.files("2024.9.1"));
        List<RulePack> packs = new ArrayList<>(before.packs().stream().map(PackSet.InForce::pack).filter(p -> !p.id().equals("nanumteo-2024")).toList());
        packs.add(throwing);
        registry.activate(PackSet.of(packs));
        try {
            long recorded = api.recorded();

            MvcTestResult r = api.post("/api/v1/eligibility/dual-income", SINGLE_PARENT);

            assertThat(r).hasStatus(500);
            assertThat(r.getResponse().getContentType()).isEqualTo("application/problem+json");
            JsonNode problem = api.body(r);
            assertThat(problem.get("type").asString()).isEqualTo("urn:nanumteo:problem:rule-failed");
            assertThat(problem.get("ruleId").asString()).isEqualTo(ThrowingPack.RULE_ID);
            assertThat(problem.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
            assertThat(problem.at("/rulePack/version").asString()).isEqualTo("2024.9.1");
            assertThat(problem.get("correlationId").asString()).matches("[0-9a-f-]{36}");
            assertThat(problem.get("detail").asString()).contains("nanumteo-2024 2024.9.1", ThrowingPack.RULE_ID, "기록되지 않았습니다",
                    problem.get("correlationId").asString());
            assertThat(api.recorded()).isEqualTo(recorded);

            // A household that is not single-parent is decided by the same pack as ever.
            MvcTestResult two = api.post("/api/v1/eligibility/dual-income", kr.nanumteo.rules.Examples.DUAL_INCOME);
            assertThat(two).hasStatusOk();
            assertThat(api.body(two).at("/rulePack/version").asString()).isEqualTo("2024.9.1");
        } finally {
            registry.activate(before);
        }
    }
}
