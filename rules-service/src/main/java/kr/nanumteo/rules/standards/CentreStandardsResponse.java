package kr.nanumteo.rules.standards;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The answer of the centre-standards endpoint: one finding per standard the pack's year has, keyed by
 * the standard's code in the order of {@link Standard}, and an overall outcome.
 */
@FactModel
public record CentreStandardsResponse(
        UUID decisionId,
        CentreOutcome outcome,
        RulePack.Ref rulePack,
        Map<Standard, Finding> findings,
        List<Reason> reasons,
        Instant evaluatedAt) implements DecisionResponse {

    public enum CentreOutcome { MEETS_STANDARDS, MEETS_WITH_RECOMMENDATIONS, DOES_NOT_MEET_STANDARDS }

    /** How the centre stands against one standard, and the rules that decided it. */
    public record Finding(String title, FindingStatus status, List<Reason> reasons) {}
}
