package kr.nanumteo.rules.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * A decision as the log keeps it: the request as evaluated, the answer exactly as sent (JSON text),
 * and the pack (id, version, sha256) that made it.
 *
 * @param listing what the log's search lists of it, written beside the JSON; null when not known (a
 *                decision read back from the log), and the log then reads it from the JSON
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
        UUID replayOf,
        Listing listing) {

    public RecordedDecision(UUID decisionId, String kind, String outcome, LocalDate asOf, RulePack.Ref rulePack, String request,
            String response, Instant evaluatedAt, UUID replayOf) {
        this(decisionId, kind, outcome, asOf, rulePack, request, response, evaluatedAt, replayOf, null);
    }

    /**
     * The caller's reference and the answer's reasons, as a search lists them: kept as columns of their
     * own so that no query has to extract text from the JSON (see V3__decision_search_columns.sql).
     *
     * @param reasons the messages of the answer's reasons joined by " / ", null when it gives none
     */
    public record Listing(String applicationId, String reasons) {

        static Listing of(String applicationId, List<Reason> reasons) {
            return new Listing(applicationId, reasons == null || reasons.isEmpty() ? null
                    : String.join(" / ", reasons.stream().map(Reason::message).toList()));
        }
    }
}
