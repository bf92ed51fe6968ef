package kr.nanumteo.rules.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/** The answer of the dual-income endpoint (API.md): fields may be added, never renamed or removed. */
@FactModel
public record DualIncomeResponse(
        UUID decisionId,
        HouseholdOutcome outcome,
        RulePack.Ref rulePack,
        List<GuardianResult> guardians,
        List<Reason> reasons,
        Instant evaluatedAt) implements DecisionResponse {

    public enum HouseholdOutcome { ELIGIBLE, NEEDS_DOCUMENTS, NOT_ELIGIBLE }

    public enum GuardianOutcome { QUALIFIES, QUALIFIES_PENDING_DOCUMENTS, DOES_NOT_QUALIFY }

    public record GuardianResult(int index, GuardianOutcome outcome, List<MissingRequirement> missingDocuments, List<Reason> reasons) {}

    /**
     * One requirement still open: met by any one of {@code anyOf}, each alternative needing all its
     * documents. {@code label} (added to the contract) names the requirement in Korean for the desk.
     */
    public record MissingRequirement(List<List<DocumentCode>> anyOf, String label) {}
}
