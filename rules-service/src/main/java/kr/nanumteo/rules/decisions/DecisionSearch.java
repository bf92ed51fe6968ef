package kr.nanumteo.rules.decisions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import kr.nanumteo.rules.requests.FieldErrors;

/**
 * A selection of the decision log. {@code from} and {@code to} are days of decision (inclusive) in
 * Korean time, as staff count them; {@code applicationId} is the caller's own reference, matched exactly;
 * every criterion is optional.
 */
public record DecisionSearch(String kind, String pack, String outcome, LocalDate from, LocalDate to, String applicationId) {

    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    /**
     * A selection as the API's query and the console's search form give it: blank means any; a date that is
     * not YYYY-MM-DD, or a text with a control character, is rejected into {@code errors}.
     */
    public static DecisionSearch of(String kind, String pack, String outcome, String from, String to, String applicationId,
            FieldErrors errors) {
        errors.text("kind", kind, false);
        errors.text("pack", pack, false);
        errors.text("outcome", outcome, false);
        errors.text("applicationId", applicationId, false);
        return new DecisionSearch(blankToNull(kind), blankToNull(pack), blankToNull(outcome), date("from", from, errors), date("to", to, errors),
                blankToNull(applicationId));
    }

    /** The criteria as a query or a form gives them, as text (the console binds its search form to it). */
    public record Criteria(String kind, String pack, String outcome, String from, String to, String applicationId) {

        public DecisionSearch parse(FieldErrors errors) {
            return of(kind, pack, outcome, from, to, applicationId, errors);
        }
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

    String where() {
        StringBuilder sql = new StringBuilder(" where true");
        if (kind != null) {
            sql.append(" and kind = :kind");
        }
        if (pack != null) {
            sql.append(" and pack_id = :pack");
        }
        if (outcome != null) {
            sql.append(" and outcome = :outcome");
        }
        if (from != null) {
            sql.append(" and evaluated_at >= :from");
        }
        if (to != null) {
            sql.append(" and evaluated_at < :to");
        }
        if (applicationId != null) {
            // as the search lists it (DecisionLog): the column, or for a row written before V3 its request's field
            sql.append(" and case when summarised then application_id else decision_listed_application_id(request) end = :applicationId");
        }
        return sql.toString();
    }

    java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("kind", kind);
        p.put("pack", pack);
        p.put("outcome", outcome);
        p.put("applicationId", applicationId);
        if (from != null) {
            p.put("from", java.sql.Timestamp.from(from.atStartOfDay(KOREA).toInstant()));
        }
        if (to != null) {
            p.put("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(KOREA).toInstant()));
        }
        return p;
    }
}
