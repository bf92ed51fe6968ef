package kr.nanumteo.rules.audit;

import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.InvalidRequestException;
import kr.nanumteo.rules.requests.RequestBinder;
import tools.jackson.databind.JsonNode;

/** The auditors' calls: replay a recorded decision, and compare how two packs decide the same cases. */
@RestController
class AuditController {

    /** POST /api/v1/comparisons: one case, its decision kind, and the two packs to decide it with. */
    record ComparisonRequest(String kind, String left, String right, JsonNode request) {}

    private final Replays replays;
    private final PackRegistry packs;

    AuditController(Replays replays, PackRegistry packs) {
        this.replays = replays;
        this.packs = packs;
    }

    @PostMapping("/api/v1/decisions/{decisionId}/replay")
    Replays.Replay replay(@PathVariable UUID decisionId) {
        return replays.replay(decisionId);
    }

    @PostMapping(path = "/api/v1/comparisons", consumes = "application/json")
    PackComparison.Result compare(@RequestBody JsonNode body) {
        FieldErrors errors = new FieldErrors();
        ComparisonRequest c = RequestBinder.bind(body, ComparisonRequest.class, errors);
        PackSet set = packs.current();
        DecisionKind<?, ?> kind = c == null ? null : BatchComparison.kind(c.kind(), "kind", errors);
        RulePack left = c == null ? null : BatchComparison.pack(set, c.left(), "left", errors);
        RulePack right = c == null ? null : BatchComparison.pack(set, c.right(), "right", errors);
        if (c != null && c.request() == null) {
            errors.reject("request", "비교할 요청이 필요합니다");
        }
        errors.throwIfAny();
        return compare(kind, c.request(), left, right);
    }

    private static PackComparison.Result compare(DecisionKind<?, ?> kind, JsonNode json, RulePack left, RulePack right) {
        try {
            return PackComparison.compareJson(kind, json, left, right);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.errors().stream()
                    .map(f -> new FieldErrors.FieldError(f.field().equals("$") ? "request" : "request." + f.field(), f.message())).toList());
        }
    }

    /** JSON lines, one request of {@code kind} a line, each decided by both packs. */
    @PostMapping(path = "/api/v1/comparisons/batch", consumes = {"application/x-ndjson", "text/plain"})
    BatchComparison.Report batch(@RequestParam String kind, @RequestParam String left, @RequestParam String right,
            @RequestBody String lines) {
        return BatchComparison.run(packs.current(), kind, left, right, lines);
    }
}
