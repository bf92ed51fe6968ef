package kr.nanumteo.rules.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionLog;
import kr.nanumteo.rules.decisions.DecisionNotFoundException;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.decisions.DecisionService;
import kr.nanumteo.rules.decisions.RecordedDecision;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-makes a recorded decision from its recorded request with the pack it was made with — the same
 * id, version and sha256, or no replay at all — and records the replay, linked to the original.
 */
@Service
public class Replays {

    /** What may differ between a decision and its faithful replay. */
    private static final Set<String> ENVELOPE = Set.of("decisionId", "evaluatedAt");

    /** The replay's answer. {@code result} is IDENTICAL, or DIFFERENT with every difference listed. */
    public record Replay(UUID replayId, UUID decisionId, String result, RulePack.Ref rulePack,
            List<JsonDiff.Difference> differences, JsonNode replayed) {}

    private final DecisionLog log;
    private final DecisionService decisions;
    private final PackRegistry packs;
    private final JsonMapper json;

    Replays(DecisionLog log, DecisionService decisions, PackRegistry packs, JsonMapper json) {
        this.log = log;
        this.decisions = decisions;
        this.packs = packs;
        this.json = json;
    }

    public Replay replay(UUID decisionId) {
        RecordedDecision recorded = log.find(decisionId).orElseThrow(() -> new DecisionNotFoundException(decisionId));
        DecisionKind<?, ?> kind = DecisionKinds.byName(recorded.kind())
                .orElseThrow(() -> new IllegalStateException("recorded kind " + recorded.kind() + " is unknown to this service"));
        return replay(kind, recorded, packFor(recorded.rulePack()));
    }

    private <Q, R extends DecisionResponse> Replay replay(DecisionKind<Q, R> kind, RecordedDecision recorded, RulePack pack) {
        Q request = kind.read(json.readTree(recorded.request()));
        String answer = decisions.decideAndRecord(kind, pack, request, recorded.decisionId());
        JsonNode replayed = json.readTree(answer);
        List<JsonDiff.Difference> differences = JsonDiff.diff(json.readTree(recorded.response()), replayed, ENVELOPE);
        return new Replay(UUID.fromString(replayed.get("decisionId").asString()), recorded.decisionId(),
                differences.isEmpty() ? "IDENTICAL" : "DIFFERENT", pack.ref(), differences, replayed);
    }

    /** Why a decision made with {@code recorded} cannot be replayed now (its pack is not loaded, or has other content), if it cannot. */
    public Optional<ReplayRefusedException> refusal(RulePack.Ref recorded) {
        Map<String, String> loaded = new LinkedHashMap<>();
        packs.served().forEach(p -> loaded.put(p.id() + " " + p.version(), p.sha256()));
        Optional<RulePack> same = packs.find(recorded.id(), recorded.version());
        if (same.isEmpty()) {
            return Optional.of(new ReplayRefusedException(ReplayRefusedException.Why.PACK_NOT_LOADED, recorded, loaded,
                    "이 결정을 내린 규칙 팩 " + recorded.id() + " " + recorded.version() + "이(가) 지금 서비스에 없어 재현할 수 없습니다. 있는 팩: "
                            + loaded.keySet()));
        }
        if (!same.get().sha256().equals(recorded.sha256())) {
            return Optional.of(new ReplayRefusedException(ReplayRefusedException.Why.PACK_CHANGED, recorded, loaded,
                    "규칙 팩 " + recorded.id() + " " + recorded.version() + "의 내용이 결정 당시와 다릅니다 (기록된 sha256 " + recorded.sha256()
                            + ", 지금 " + same.get().sha256() + "). 다른 규칙으로 재현한 결과는 재현이 아니므로 재현하지 않습니다."));
        }
        return Optional.empty();
    }

    private RulePack packFor(RulePack.Ref recorded) {
        Optional<ReplayRefusedException> refused = refusal(recorded);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return packs.find(recorded.id(), recorded.version()).orElseThrow();
    }
}
