package kr.nanumteo.rules.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request decided by two packs, side by side: what differs in the answers (outcome, amounts,
 * findings) and which rules fired under one pack only. The packs are used whatever their periods:
 * the point is to see a 2023 case under the 2024 rules. Nothing here is recorded.
 */
public final class PackComparison {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Not compared: the envelope, and the reasons — their citations name each year's guideline, so they
     * always differ between years; the rules behind a difference are compared by id instead.
     */
    static final Set<String> NOT_COMPARED = Set.of("decisionId", "evaluatedAt", "rulePack", "reasons");

    /** A comparison needs no identity of its own; one fixed stamp spares a random UUID per case. */
    private static final Stamp UNRECORDED = new Stamp(new UUID(0, 0), Instant.EPOCH);

    /** One pack's answer. */
    public record Side(RulePack.Ref pack, String outcome, List<String> firedRules, JsonNode response) {}

    /** The two answers and how they differ. */
    public record Result(String kind, Side left, Side right, boolean changed, List<JsonDiff.Difference> differences,
            List<String> rulesOnlyLeft, List<String> rulesOnlyRight) {}

    private PackComparison() {
    }

    public static <Q, R extends DecisionResponse> Result compare(DecisionKind<Q, R> kind, Q request, RulePack left, RulePack right) {
        return compared(kind, side(kind, request, left), side(kind, request, right));
    }

    /** A request of {@code kind} as JSON, read and checked as its endpoint reads it, decided by both packs. */
    public static <Q> Result compareJson(DecisionKind<Q, ?> kind, JsonNode request, RulePack left, RulePack right) {
        return compare(kind, kind.read(request), left, right);
    }

    /**
     * A recorded decision against what {@code pack} answers to its request now: the recorded answer is the left
     * side, as it was sent.
     */
    public static <Q> Result againstRecorded(DecisionKind<Q, ?> kind, JsonNode request, RulePack.Ref recordedPack, JsonNode recorded,
            RulePack pack) {
        Side l = new Side(recordedPack, recorded.path("outcome").asString(), Reason.ruleIdsIn(recorded), recorded);
        Side r = side(kind, kind.read(request), pack);
        return compared(kind, l, r);
    }

    private static Result compared(DecisionKind<?, ?> kind, Side l, Side r) {
        List<JsonDiff.Difference> differences = JsonDiff.diff(l.response(), r.response(), NOT_COMPARED);
        List<String> onlyLeft = new ArrayList<>(l.firedRules());
        onlyLeft.removeAll(r.firedRules());
        List<String> onlyRight = new ArrayList<>(r.firedRules());
        onlyRight.removeAll(l.firedRules());
        return new Result(kind.name(), l, r, !differences.isEmpty(), differences, List.copyOf(onlyLeft), List.copyOf(onlyRight));
    }

    private static <Q, R extends DecisionResponse> Side side(DecisionKind<Q, R> kind, Q request, RulePack pack) {
        R response = kind.decide(pack, request, UNRECORDED);
        JsonNode tree = JSON.valueToTree(response);
        return new Side(pack.ref(), response.outcome().name(), Reason.ruleIdsIn(tree), tree);
    }
}
