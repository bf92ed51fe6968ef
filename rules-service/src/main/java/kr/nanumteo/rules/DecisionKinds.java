package kr.nanumteo.rules;

import java.util.List;
import java.util.Optional;

import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.admission.DualIncomeCentreAdmissions;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.standards.CentreStandards;

/** Every kind of decision the service makes, by name: what scenarios, replays and comparisons dispatch on. */
public final class DecisionKinds {

    public static final List<DecisionKind<?, ?>> ALL = List.of(
            DualIncomeEligibility.KIND,
            CentreStandards.KIND,
            DualIncomeCentreAdmissions.KIND);

    private DecisionKinds() {
    }

    public static Optional<DecisionKind<?, ?>> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
