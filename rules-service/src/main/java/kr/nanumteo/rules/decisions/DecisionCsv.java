package kr.nanumteo.rules.decisions;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A selection of the log as a spreadsheet, for the API and the console alike: every matching decision, newest
 * first, UTF-8 with a byte-order mark so that Excel opens the Korean text as Korean, times in UTC as in the JSON.
 */
public final class DecisionCsv {

    private DecisionCsv() {
    }

    public static void write(DecisionLog log, DecisionSearch search, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decisions.csv\"");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        out.print("decisionId,kind,outcome,asOf,packId,packVersion,packSha256,evaluatedAt,replayOf,applicationId,reasons\r\n");
        log.forEach(search, d -> out.print(String.join(",", Stream.of(d.decisionId().toString(), d.kind(), d.outcome(), d.asOf().toString(),
                d.rulePack().id(), d.rulePack().version(), d.rulePack().sha256(), d.evaluatedAt().toString(),
                d.replayOf() == null ? null : d.replayOf().toString(), d.applicationId(), d.reasons()).map(DecisionCsv::field).toList())
                + "\r\n"));
        out.flush();
    }

    /**
     * One cell, RFC 4180: quoted when it holds a comma, quote or line break. A cell a spreadsheet would
     * read as a formula — starting with =, +, -, @, tab or carriage return, as an applicationId may — is
     * neutralised as OWASP describes for CSV injection: a leading apostrophe, and quoted.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        if (!formula && value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + (formula ? "'" : "") + value.replace("\"", "\"\"") + '"';
    }
}
