package kr.nanumteo.rules;

import java.util.List;
import java.util.Optional;

import kr.nanumteo.rules.budget.CentreBudget;
import kr.nanumteo.rules.budget.PooledBudget;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.admission.DualIncomeCentreAdmissions;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.standards.CentreStandards;
import kr.nanumteo.rules.subsidy.PumasiSubsidy;

/** Every kind of decision the service makes, by name: what scenarios, replays and comparisons dispatch on. */
public final class DecisionKinds {

    public static final List<DecisionKind<?, ?>> ALL = List.of(
            DualIncomeEligibility.KIND,
            PumasiSubsidy.KIND,
            CentreBudget.KIND,
            PooledBudget.KIND,
            CentreStandards.KIND,
            DualIncomeCentreAdmissions.KIND);

    private DecisionKinds() {
    }

    public static Optional<DecisionKind<?, ?>> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
