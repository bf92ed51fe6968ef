package kr.nanumteo.rules.decisions;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.nanumteo.rules.packs.RulePack;

/**
 * The append-only decision log in PostgreSQL. The service only inserts and reads; the table itself
 * refuses updates and deletes (see V1__decision_log.sql).
 */
@Repository
public class DecisionLog {

    private final JdbcClient jdbc;

    DecisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the decision, or throws {@link DecisionNotRecordedException}: the caller must then not answer with it. */
    public void record(RecordedDecision d) {
        try {
            jdbc.sql("""
                    insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256,
                                          request, response, evaluated_at, replay_of)
                    values (?, ?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?)""")
                    .params(d.decisionId(), d.kind(), d.outcome(), d.asOf(), d.rulePack().id(), d.rulePack().version(),
                            d.rulePack().sha256(), d.request(), d.response(), Timestamp.from(d.evaluatedAt()), d.replayOf())
                    .update();
        } catch (DataAccessException e) {
            throw new DecisionNotRecordedException(e);
        }
    }

    public Optional<RecordedDecision> find(UUID id) {
        return jdbc.sql("""
                select id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request::text as request,
                       response::text as response, evaluated_at, replay_of
                from decision where id = ?""")
                .param(id)
                .query((rs, n) -> new RecordedDecision(
                        rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("outcome"),
                        rs.getDate("as_of").toLocalDate(),
                        new RulePack.Ref(rs.getString("pack_id"), rs.getString("pack_version"), rs.getString("pack_sha256")),
                        rs.getString("request"), rs.getString("response"),
                        rs.getTimestamp("evaluated_at").toInstant(), rs.getObject("replay_of", UUID.class)))
                .optional();
    }
}
