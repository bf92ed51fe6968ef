package kr.nanumteo.rules.decisions;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A selection of the decision log. {@code from} and {@code to} are days of decision (inclusive) in
 * Korean time, as staff count them; every criterion is optional.
 */
public record DecisionSearch(String kind, String pack, String outcome, LocalDate from, LocalDate to) {

    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

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
        return sql.toString();
    }

    java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("kind", kind);
        p.put("pack", pack);
        p.put("outcome", outcome);
        if (from != null) {
            p.put("from", java.sql.Timestamp.from(from.atStartOfDay(KOREA).toInstant()));
        }
        if (to != null) {
            p.put("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(KOREA).toInstant()));
        }
        return p;
    }
}
