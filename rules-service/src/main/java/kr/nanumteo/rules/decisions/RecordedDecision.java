package kr.nanumteo.rules.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.nanumteo.rules.packs.RulePack;

/**
 * A decision as the log keeps it: the request as evaluated, the answer exactly as sent (JSON text),
 * and the pack (id, version, sha256) that made it.
 */
public record RecordedDecision(
        UUID decisionId,
        String kind,
        String outcome,
        LocalDate asOf,
        RulePack.Ref rulePack,
        String request,
        String response,
        Instant evaluatedAt,
        UUID replayOf) {}
