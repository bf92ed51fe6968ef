package kr.nanumteo.rules.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/** The envelope every decision answer shares: its id, outcome, the pack it was made with, and when. */
public interface DecisionResponse {

    UUID decisionId();

    Enum<?> outcome();

    RulePack.Ref rulePack();

    Instant evaluatedAt();

    /** The reasons of the decision as a whole (items have their own). */
    List<Reason> reasons();
}
