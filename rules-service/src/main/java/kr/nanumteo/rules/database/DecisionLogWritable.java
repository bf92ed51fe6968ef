package kr.nanumteo.rules.database;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness: DOWN while the service cannot write its decision log — the connection's schema is not the
 * configured one, a log table is missing there, the service's role may not insert into it, or the
 * database is read-only. A service that answers every decision 503 is not ready, whatever the database's
 * own health says. Nothing is written to find out: the log is append-only.
 */
@Component("decisionLogHealthIndicator") // shown as "decisionLog": Spring Boot drops the suffix
class DecisionLogWritable implements HealthIndicator {

    /** The tables every decision is written to: the decision and its batch's link in the chain. */
    static final List<String> TABLES = List.of("decision", "decision_batch");

    private final JdbcClient jdbc;
    private final String schema;

    DecisionLogWritable(JdbcClient jdbc, @Value("${nanumteo.database.schema}") String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    private record Table(String name, String schema, Boolean mayInsert) {}

    private record Session(String schema, String role, boolean readOnly) {}

    @Override
    public Health health() {
        Session session;
        List<Table> tables;
        try {
            session = jdbc.sql("""
                    select current_schema() as schema, current_user as role,
                           pg_is_in_recovery() or current_setting('transaction_read_only') = 'on' as read_only""")
                    .query((rs, n) -> new Session(rs.getString("schema"), rs.getString("role"), rs.getBoolean("read_only"))).single();
            // unqualified, as the service's inserts name them: found through the connection's search_path
            tables = jdbc.sql("""
                    select t.name, n.nspname as schema, case when c.oid is null then null else has_table_privilege(c.oid, 'INSERT') end as may_insert
                    from unnest(?::text[]) with ordinality as t(name, i)
                    left join pg_class c on c.oid = to_regclass(t.name)
                    left join pg_namespace n on n.oid = c.relnamespace
                    order by t.i""")
                    .param(TABLES.toArray(String[]::new))
                    .query((rs, n) -> new Table(rs.getString("name"), rs.getString("schema"), (Boolean) rs.getObject("may_insert"))).list();
        } catch (DataAccessException e) {
            return Health.down().withDetail("reason", "데이터베이스에 물을 수 없습니다: " + e.getMostSpecificCause().getMessage()).build();
        }
        List<String> problems = new ArrayList<>();
        if (!schema.equals(session.schema())) {
            problems.add("연결의 스키마가 " + (session.schema() == null ? "없습니다(스키마 '" + schema + "' 없음)" : "'" + session.schema() + "'")
                    + " — 설정된 스키마는 '" + schema + "'입니다");
        }
        for (Table t : tables) {
            if (t.schema() == null || !t.schema().equals(schema)) {
                problems.add("스키마 '" + schema + "'에 결정 기록 테이블이 없습니다: " + t.name());
            } else if (!Boolean.TRUE.equals(t.mayInsert())) {
                problems.add("역할 '" + session.role() + "'에게 " + t.name() + " 테이블의 INSERT 권한이 없습니다");
            }
        }
        if (session.readOnly()) {
            problems.add("데이터베이스가 읽기 전용입니다");
        }
        Health.Builder health = problems.isEmpty() ? Health.up() : Health.down().withDetail("reasons", problems);
        return health.withDetail("schema", schema).withDetail("role", session.role()).withDetail("tables", TABLES).build();
    }
}
