package kr.nanumteo.rules.decisions;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.requests.FieldErrors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading the decision log: one decision with its request, its answer as sent and the pack's sha256; or a selection. */
@RestController
class DecisionController {

    private final DecisionLog log;
    private final JsonMapper json;

    DecisionController(DecisionLog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    /** A page of the log, newest first. */
    record Page(long total, int page, int size, List<DecisionLog.Summary> items) {}

    static final int MAX_PAGE_SIZE = 500;

    @GetMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    Page search(@RequestParam(required = false) String kind, @RequestParam(required = false) String pack,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String applicationId,
            @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        FieldErrors errors = new FieldErrors();
        DecisionSearch search = DecisionSearch.of(kind, pack, outcome, from, to, applicationId, errors);
        Integer p = integer("page", page, 0, Integer.MAX_VALUE, errors);
        Integer n = integer("size", size, 1, MAX_PAGE_SIZE, errors);
        errors.throwIfAny();
        return new Page(log.count(search), p, n, log.search(search, p, n));
    }

    /** The same selection as a spreadsheet ({@link DecisionCsv}). */
    @GetMapping(path = "/api/v1/decisions", params = "format=csv")
    void csv(@RequestParam(required = false) String kind, @RequestParam(required = false) String pack,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String applicationId,
            HttpServletResponse response) throws IOException {
        FieldErrors errors = new FieldErrors();
        DecisionSearch search = DecisionSearch.of(kind, pack, outcome, from, to, applicationId, errors);
        errors.throwIfAny();
        DecisionCsv.write(log, search, response);
    }

    private static Integer integer(String field, String value, int min, int max, FieldErrors errors) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.reject(field, min + " 이상 " + max + " 이하의 정수여야 합니다 (받은 값: " + value + ")");
        return null;
    }

    /** The log against its hash chain (auditors): INTACT, or BROKEN naming the first batch or decision that does not verify. */
    @GetMapping(path = "/api/v1/decisions/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    DecisionChain.Verification verification() {
        return log.verify();
    }

    @GetMapping("/api/v1/decisions/{decisionId}")
    ObjectNode get(@PathVariable UUID decisionId) {
        RecordedDecision d = log.find(decisionId).orElseThrow(() -> new DecisionNotFoundException(decisionId));
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
