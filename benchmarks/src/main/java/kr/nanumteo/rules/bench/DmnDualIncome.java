package kr.nanumteo.rules.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.eligibility.DualIncomeRequest.GuardianInput;
import kr.nanumteo.rules.packs.Parameters;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The peer: the dual-income decision as DMN decision tables ({@code dual-income.dmn}) in Camunda's
 * standalone DMN engine (FEEL). It decides outcomes only — the household's and each guardian's — so it
 * does less than the pack (no reasons, no missing-document lists); its figures are a lower bound of
 * what the same answer would cost there. The tables read the pack's parameters as input variables.
 */
public final class DmnDualIncome {

    /** What the peer decides. */
    public record Outcomes(String household, List<String> guardians) {}

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision GUARDIAN;
    private static final DmnDecision HOUSEHOLD;
    private static final Map<String, Map<String, Object>> PARAMETERS = new ConcurrentHashMap<>();

    static {
        try (InputStream in = DmnDualIncome.class.getResourceAsStream("/dual-income.dmn")) {
            Map<String, DmnDecision> byKey = new HashMap<>();
            ENGINE.parseDecisions(in).forEach(d -> byKey.put(d.getKey(), d));
            GUARDIAN = byKey.get("guardianOutcome");
            HOUSEHOLD = byKey.get("household");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DmnDualIncome() {
    }

    public static Outcomes decide(RulePack pack, DualIncomeRequest request) {
        Map<String, Object> params = PARAMETERS.computeIfAbsent(pack.sha256(), k -> parameters(pack));
        List<GuardianInput> guardians = request.guardians();
        List<String> outcomes = new ArrayList<>(guardians.size());
        for (int i = 0; i < guardians.size(); i++) {
            GuardianInput g = guardians.get(i);
            GuardianInput other = guardians.size() > 1 ? guardians.get(1 - i) : null;
            Map<String, Object> v = new HashMap<>(params);
            v.put("asOf", request.asOf());
            v.put("activity", g.activity().name());
            v.put("registeredHolder", !Boolean.FALSE.equals(g.registeredHolder()));
            v.put("otherActivity", other == null ? null : other.activity().name());
            v.put("otherRegisteredHolder", other == null ? null : !Boolean.FALSE.equals(other.registeredHolder()));
            v.put("shift", g.shift() == null ? null : g.shift().name());
            v.put("dailyHours", g.dailyHours());
            v.put("monthlyDays", g.monthlyDays());
            v.put("businessRegisteredOn", g.businessRegisteredOn());
            v.put("jobSeekingRegisteredOn", g.jobSeekingRegisteredOn());
            v.put("salesRecordsMatch", g.salesRecordsMatch());
            v.put("documents", g.documents() == null ? List.of() : g.documents().stream().map(Enum::name).toList());
            outcomes.add((String) ENGINE.evaluateDecision(GUARDIAN, v).getSingleResult().getSingleEntry());
        }
        String household = (String) ENGINE.evaluateDecision(HOUSEHOLD, Map.of("guardianOutcomes", outcomes)).getSingleResult().getSingleEntry();
        return new Outcomes(household, List.copyOf(outcomes));
    }

    /** The pack's parameters under the names the tables use. */
    private static Map<String, Object> parameters(RulePack pack) {
        Parameters p = pack.parameters();
        Map<String, Object> v = new HashMap<>();
        v.put("minDailyHours", p.num("dualIncome.work.minDailyHours"));
        v.put("minDailyHoursReducedShift", p.num("dualIncome.work.minDailyHoursReducedShift"));
        v.put("reducedHoursShifts", p.list("dualIncome.work.reducedHoursShifts"));
        v.put("minMonthlyDays", p.integer("dualIncome.work.minMonthlyDays"));
        v.put("jobSeekingPeriod", Period.ofMonths(p.integer("dualIncome.jobSeeking.minMonths")));
        v.put("newBusinessPeriod", Period.ofMonths(p.integer("dualIncome.newBusiness.months")));
        v.put("employeeDocs", p.list("dualIncome.proof.employee"));
        v.put("studentDocs", p.list("dualIncome.proof.student"));
        v.put("traineeDocs", p.list("dualIncome.proof.trainee"));
        v.put("jobSeekingDocs", p.list("dualIncome.proof.jobSeeking"));
        v.put("businessRegistrationDocs", p.list("dualIncome.proof.businessRegistration"));
        v.put("businessIncomeDocs", p.list("dualIncome.proof.businessIncome"));
        v.put("newBusinessIncomeReportDocs", p.list("dualIncome.proof.newBusinessIncomeReport"));
        v.put("newBusinessSalesDocs", p.list("dualIncome.proof.newBusinessSales"));
        v.put("farmerStatusDocs", p.list("dualIncome.proof.farmerStatus"));
        v.put("farmSalesDocs", p.list("dualIncome.proof.farmSales"));
        v.put("workConfirmationDocs", p.list("dualIncome.proof.workConfirmation"));
        return Map.copyOf(v);
    }
}
