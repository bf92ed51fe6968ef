package kr.nanumteo.rules.decisions;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading the decision log: a decision with its request, its answer as sent, and the pack's sha256. */
@RestController
class DecisionController {

    private final DecisionLog log;
    private final JsonMapper json;

    DecisionController(DecisionLog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    @GetMapping("/api/v1/decisions/{id}")
    ObjectNode get(@PathVariable UUID id) {
        RecordedDecision d = log.find(id).orElseThrow(() -> new DecisionNotFoundException(id));
        ObjectNode out = json.createObjectNode();
        out.put("decisionId", d.decisionId().toString());
        out.put("kind", d.kind());
        out.put("outcome", d.outcome());
        out.put("asOf", d.asOf().toString());
        out.set("rulePack", json.valueToTree(d.rulePack()));
        out.put("evaluatedAt", d.evaluatedAt().toString());
        if (d.replayOf() != null) {
            out.put("replayOf", d.replayOf().toString());
        }
        out.set("request", json.readTree(d.request()));
        out.set("response", json.readTree(d.response()));
        return out;
    }
}
