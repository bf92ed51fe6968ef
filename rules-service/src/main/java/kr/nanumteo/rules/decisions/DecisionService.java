package kr.nanumteo.rules.decisions;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path every decision endpoint takes: read and check the request (400), pick the pack in
 * force on its date (422), evaluate, record, and only then answer — with the very JSON text that was
 * recorded. If recording fails the caller gets 503 and no decision.
 */
@Service
public class DecisionService {

    private final PackRegistry packs;
    private final DecisionLog log;
    private final JsonMapper json;

    DecisionService(PackRegistry packs, DecisionLog log, JsonMapper json) {
        this.packs = packs;
        this.log = log;
        this.json = json;
    }

    public <Q, R extends DecisionResponse> ResponseEntity<String> decide(DecisionKind<Q, R> kind, JsonNode body) {
        Q request = kind.resolve(kind.read(body), log);
        RulePack pack = packs.current().select(kind.asOf(request), kind.requestedPack(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(decideAndRecord(kind, pack, request, null));
    }

    /**
     * Decides {@code request} with {@code pack} and writes the decision to the log; returns the answer
     * text exactly as recorded, or throws {@link DecisionNotRecordedException} and returns nothing.
     *
     * @param replayOf the decision this one replays, or null
     */
    public <Q, R extends DecisionResponse> String decideAndRecord(DecisionKind<Q, R> kind, RulePack pack, Q request, UUID replayOf) {
        R response = kind.decide(pack, request, Stamp.now());
        String answer = json.writeValueAsString(response);
        log.record(new RecordedDecision(response.decisionId(), kind.name(), response.outcome().name(), kind.asOf(request),
                pack.ref(), json.writeValueAsString(request), answer, response.evaluatedAt(), replayOf));
        return answer;
    }
}
