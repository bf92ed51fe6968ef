package kr.nanumteo.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.audit.JsonDiff;
import kr.nanumteo.rules.audit.PackComparison;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/**
 * Every 2023 scenario decided by the 2023 and the 2024 pack differs exactly where the guideline's
 * 2023→2024 comparison table says the years differ, and nowhere else.
 */
class YearDifferencesTest {

    /**
     * What may change per decision kind, by answer field; for centre standards, by standard. Each entry is
     * a row of the table: 예산 지원 (amount per centre and so the shares, the asset limit and how far a plan is over
     * it; pooling), 예산 내역 (where leftover assistant-staff pay may go; the operator's own staffing plan), 사업 인력 (on-site
     * dedicated staff; the operator's assistant-staff plan), 공간 발굴 (exclusive area), 공간 조성 (rooms,
     * office, toilets, emergency facilities; the 설비기준 and the 비치물품 table, "(표 추가)"), 위탁 운영 (open call). Dual-income eligibility, admissions and
     * pumasi subsidies are unchanged (pumasi only changes its name, which is in messages, not answers).
     */
    static final Map<String, Set<String>> MAY_DIFFER = Map.of(
            "dual-income", Set.of(),
            "admissions", Set.of(),
            "pumasi-subsidy", Set.of(),
            "centre-budget", Set.of("standardBudget", "shares", "assets", "findings", "outcome", "planOverStandard"),
            "pooled-budget", Set.of("outcome", "standardBudgetPerCentre", "pooledCentres", "pooledTotal", "shares", "assets", "centres", "findings",
                    "planOverStandard"),
            "centre-standards", Set.of("outcome", "findings.DEDICATED_STAFF", "findings.ASSISTANT_STAFF", "findings.FLOOR_AREA",
                    "findings.ANCILLARY_SPACE", "findings.ACTIVITY_SPACES", "findings.OFFICE", "findings.TOILETS",
                    "findings.EMERGENCY_FACILITIES", "findings.DELEGATION", "findings.HEATING_VENTILATION_DAYLIGHT",
                    "findings.FIRE_RETARDANT_FINISHES", "findings.WATER_SUPPLY", "findings.FIRE_SAFETY", "findings.STORAGE",
                    "findings.SAFETY_FITTINGS", "findings.FURNISHINGS"));

    @Test
    void the2023ScenariosUnderThe2024RulesDifferOnlyWhereTheComparisonTableSays() {
        PackSet packs = PackSet.load(PackFiles.allInDirectory(Path.of(System.getProperty("rulePackDir", "../rule-packs"))));
        RulePack y2023 = packs.byId("nanumteo-2023").orElseThrow();
        RulePack y2024 = packs.byId("nanumteo-2024").orElseThrow();
        Map<String, Set<String>> changed = new TreeMap<>();
        Map<String, Set<String>> unexplained = new TreeMap<>();

        for (Scenario s : ScenarioFiles.read(Path.of(System.getProperty("scenarioDir", "."), "2023"))) {
            if (s.rejected() != null) {
                continue;
            }
            PackComparison.Result c = PackComparison.compareJson(DecisionKinds.byName(s.kind()).orElseThrow(), s.request(), y2023, y2024);
            for (JsonDiff.Difference d : c.differences()) {
                String field = field(s.kind(), d.path());
                changed.computeIfAbsent(s.kind(), k -> new TreeSet<>()).add(field);
                if (!MAY_DIFFER.getOrDefault(s.kind(), Set.of()).contains(field)) {
                    unexplained.computeIfAbsent(s.kind(), k -> new TreeSet<>()).add(field + " in \"" + s.name() + "\"");
                }
            }
        }

        assertThat(unexplained).as("differences the comparison table does not explain").isEmpty();
        // And each row of the table shows in some scenario.
        assertThat(changed.get("centre-budget")).contains("standardBudget", "shares", "findings");
        assertThat(changed.get("pooled-budget")).contains("outcome", "pooledTotal");
        assertThat(changed.get("centre-standards")).contains("findings.DEDICATED_STAFF", "findings.ASSISTANT_STAFF", "findings.FLOOR_AREA",
                "findings.ACTIVITY_SPACES", "findings.TOILETS", "findings.DELEGATION");
    }

    /** "shares.national" → "shares"; for centre standards "findings.TOILETS.status" → "findings.TOILETS". */
    private static String field(String kind, String path) {
        String[] parts = path.replaceAll("\\[\\d+]", "").split("\\.");
        return kind.equals("centre-standards") && parts[0].equals("findings") && parts.length > 1 ? "findings." + parts[1] : parts[0];
    }

}
