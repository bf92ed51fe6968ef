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
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.eligibility.DualIncomeRequest.GuardianInput;
import kr.nanumteo.rules.packs.Parameters;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The peer: the dual-income decision as DMN decision tables ({@code dual-income.dmn}) in Camunda's
 * standalone DMN engine (FEEL), as shipped and with FEEL parsed once. It decides outcomes only — the household's and each guardian's — so it
 * does less than the pack (no reasons, no missing-document lists); its figures are a lower bound of
 * what the same answer would cost there. The tables read the pack's parameters as input variables.
 */
public final class DmnDualIncome {

    /** What the peer decides. */
    public record Outcomes(String household, List<String> guardians) {}

    /** The engine as Camunda ships it. */
    public static final DmnDualIncome AS_SHIPPED = new DmnDualIncome(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
    /** With FEEL expressions parsed once (ParsedOnceFeelEngine): the first thing a user would tune. */
    public static final DmnDualIncome PARSED_ONCE = new DmnDualIncome(((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).feelEngineFactory(ParsedOnceFeelEngine::new).buildEngine());

    private static final Map<String, Map<String, Object>> PARAMETERS = new ConcurrentHashMap<>();

    private final DmnEngine engine;
    private final DmnDecision guardian;
    private final DmnDecision household;

    private DmnDualIncome(DmnEngine engine) {
        this.engine = engine;
        try (InputStream in = DmnDualIncome.class.getResourceAsStream("/dual-income.dmn")) {
            Map<String, DmnDecision> byKey = new HashMap<>();
            engine.parseDecisions(in).forEach(d -> byKey.put(d.getKey(), d));
            guardian = byKey.get("guardianOutcome");
            household = byKey.get("household");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With the engine as shipped. */
    public static Outcomes decide(RulePack pack, DualIncomeRequest request) {
        return AS_SHIPPED.outcomes(pack, request);
    }

    public Outcomes outcomes(RulePack pack, DualIncomeRequest request) {
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
            outcomes.add((String) engine.evaluateDecision(guardian, v).getSingleResult().getSingleEntry());
        }
        String verdict = (String) engine.evaluateDecision(household, Map.of("guardianOutcomes", outcomes)).getSingleResult().getSingleEntry();
        return new Outcomes(verdict, List.copyOf(outcomes));
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
