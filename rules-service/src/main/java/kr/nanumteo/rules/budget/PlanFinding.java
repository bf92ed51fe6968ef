package kr.nanumteo.rules.budget;

import java.util.List;

import kr.nanumteo.rules.packs.Reason;

/**
 * What the rules found about one part of the plan, named by its path in the request
 * ({@code plan.assets[1]}, {@code plan.assistantStaff}; {@code plan.assets} for the asset total).
 */
public record PlanFinding(String subject, Status status, List<Reason> reasons) {

    /** OK: within the guideline; NEEDS_CHANGE: the plan must change here. */
    public enum Status { OK, NEEDS_CHANGE }
}
