package kr.nanumteo.rules.decisions;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;

/**
 * A selection of the log as a spreadsheet, for the API and the console alike: every matching decision, newest
 * first, UTF-8 with a byte-order mark so that Excel opens the Korean text as Korean, times in UTC as in the JSON.
 */
public final class DecisionCsv {

    private static final List<String> HEADER = List.of("decisionId", "kind", "outcome", "asOf", "packId", "packVersion", "packSha256",
            "evaluatedAt", "replayOf", "applicationId", "reasons");
    /** RFC 4180: comma, double quote, CRLF, a cell quoted when it needs to be (Commons CSV's minimal quoting). */
    private static final CSVFormat CELLS = CSVFormat.RFC4180;
    private static final CSVFormat NEUTRALISED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    /** What a spreadsheet reads as the start of a formula. */
    private static final String FORMULA_START = "=+-@\t\r";

    private DecisionCsv() {
    }

    public static void write(DecisionLog log, DecisionSearch search, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decisions.csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        CELLS.printRecord(out, HEADER.toArray());
        try {
            log.forEach(search, d -> row(out, d.decisionId().toString(), d.kind(), d.outcome(), d.asOf().toString(), d.rulePack().id(),
                    d.rulePack().version(), d.rulePack().sha256(), d.evaluatedAt().toString(),
                    d.replayOf() == null ? null : d.replayOf().toString(), d.applicationId(), d.reasons()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void row(Writer out, String... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                cell(cells[i], out, i == 0);
            }
            CELLS.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One cell, after the delimiter unless it is the first. A cell a spreadsheet would read as a formula —
     * starting with =, +, -, @, tab or carriage return, as an applicationId may — is neutralised as OWASP
     * describes for CSV injection: a leading apostrophe, and quoted.
     */
    private static void cell(String value, Appendable out, boolean first) throws IOException {
        boolean formula = value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0;
        (formula ? NEUTRALISED : CELLS).print(formula ? "'" + value : value, out, first);
    }

    /** One cell as a row writes it after its first (null is an empty cell). */
    static String field(String value) {
        StringBuilder out = new StringBuilder();
        try {
            cell(value, out, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.substring(CELLS.getDelimiterString().length());
    }
}
