package kr.nanumteo.rules.decisions;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
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
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "50") String size) {
        FieldErrors errors = new FieldErrors();
        DecisionSearch search = search(kind, pack, outcome, from, to, errors);
        Integer p = integer("page", page, 0, Integer.MAX_VALUE, errors);
        Integer n = integer("size", size, 1, MAX_PAGE_SIZE, errors);
        errors.throwIfAny();
        return new Page(log.count(search), p, n, log.search(search, p, n));
    }

    /**
     * The same selection as a spreadsheet: every matching decision, newest first, UTF-8 with a byte-order
     * mark so that Excel opens the Korean text as Korean, times in UTC as in the JSON.
     */
    @GetMapping(path = "/api/v1/decisions", params = "format=csv")
    void csv(@RequestParam(required = false) String kind, @RequestParam(required = false) String pack,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        FieldErrors errors = new FieldErrors();
        DecisionSearch search = search(kind, pack, outcome, from, to, errors);
        errors.throwIfAny();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decisions.csv\"");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        out.print("decisionId,kind,outcome,asOf,packId,packVersion,packSha256,evaluatedAt,replayOf,applicationId,reasons\r\n");
        log.forEach(search, d -> out.print(String.join(",", Stream.of(d.decisionId().toString(), d.kind(), d.outcome(), d.asOf().toString(),
                d.rulePack().id(), d.rulePack().version(), d.rulePack().sha256(), d.evaluatedAt().toString(),
                d.replayOf() == null ? null : d.replayOf().toString(), d.applicationId(), d.reasons()).map(DecisionController::csvField).toList())
                + "\r\n"));
        out.flush();
    }

    private static DecisionSearch search(String kind, String pack, String outcome, String from, String to, FieldErrors errors) {
        errors.text("kind", kind, false);
        errors.text("pack", pack, false);
        errors.text("outcome", outcome, false);
        return new DecisionSearch(blankToNull(kind), blankToNull(pack), blankToNull(outcome), date("from", from, errors), date("to", to, errors));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String field, String value, FieldErrors errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.reject(field, "날짜(YYYY-MM-DD)가 아니거나 없는 날짜입니다: '" + value + "'");
            return null;
        }
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

    /**
     * One cell, RFC 4180: quoted when it holds a comma, quote or line break. A cell a spreadsheet would
     * read as a formula — starting with =, +, -, @, tab or carriage return, as an applicationId may — is
     * neutralised as OWASP describes for CSV injection: a leading apostrophe, and quoted.
     */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        if (!formula && value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + (formula ? "'" : "") + value.replace("\"", "\"\"") + '"';
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
