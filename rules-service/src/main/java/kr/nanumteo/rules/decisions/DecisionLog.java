package kr.nanumteo.rules.decisions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.nanumteo.rules.packs.RulePack;

/**
 * The append-only decision log in PostgreSQL. The service only inserts and reads (its role may do no
 * more, V4); the table itself refuses updates and deletes (V1); every batch of decisions is sealed in a
 * hash chain that shows what was done to the log behind the service's back (V5, {@link DecisionChain}).
 */
@Repository
public class DecisionLog {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final GroupCommit writer;

    DecisionLog(JdbcClient jdbc, DataSource dataSource,
            @Value("${nanumteo.decision-log.writers:1}") int writers,
            @Value("${nanumteo.decision-log.max-batch:200}") int maxBatch) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.writer = new GroupCommit(dataSource, writers, maxBatch);
    }

    /**
     * Writes the decision and returns once it is committed, or throws {@link DecisionNotRecordedException}:
     * the caller must then not answer with it. Concurrent decisions are committed together (GroupCommit).
     */
    public void record(RecordedDecision d) {
        writer.record(d);
    }

    @PreDestroy
    void close() {
        writer.close();
    }

    /** The whole log checked against its hash chain, as it is stored now. */
    public DecisionChain.Verification verify() {
        try (Connection c = dataSource.getConnection()) {
            return DecisionChain.verify(c);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the decision log could not be verified: " + e.getMessage(), e);
        }
    }

    /** One line of a search: what a spreadsheet of decisions shows. */
    public record Summary(UUID decisionId, String kind, String outcome, LocalDate asOf, RulePack.Ref rulePack,
            Instant evaluatedAt, UUID replayOf, String applicationId, String reasons) {}

    /**
     * No text is extracted from the JSON in SQL: one stored value PostgreSQL cannot hold as text would
     * fail every search. The writer lists each decision in columns of its own; a row written before them
     * is read through functions no stored value can make fail (V3__decision_search_columns.sql).
     */
    private static final String SUMMARY_COLUMNS = """
            select id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, evaluated_at, replay_of,
                   case when summarised then application_id else decision_listed_application_id(request) end as application_id,
                   case when summarised then reasons else decision_listed_reasons(response) end as reasons
            from decision""";

    public long count(DecisionSearch search) {
        return jdbc.sql("select count(*) from decision" + search.where()).params(search.params()).query(Long.class).single();
    }

    /** The order of a search and of its export. */
    private static final String NEWEST_FIRST = " order by evaluated_at desc, id";

    /** Newest first. */
    public List<Summary> search(DecisionSearch search, int page, int size) {
        return jdbc.sql(SUMMARY_COLUMNS + search.where() + NEWEST_FIRST + " limit :limit offset :offset")
                .params(search.params()).param("limit", size).param("offset", (long) page * size)
                .query(DecisionLog::summary).list();
    }

    /** Every matching decision, newest first as a search lists them, handed one by one to {@code each} (no list is built). */
    public void forEach(DecisionSearch search, Consumer<Summary> each) {
        jdbc.sql(SUMMARY_COLUMNS + search.where() + NEWEST_FIRST).params(search.params())
                .query((RowCallbackHandler) rs -> each.accept(summary(rs, 0)));
    }

    private static Summary summary(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("outcome"),
                rs.getDate("as_of").toLocalDate(),
                new RulePack.Ref(rs.getString("pack_id"), rs.getString("pack_version"), rs.getString("pack_sha256")),
                rs.getTimestamp("evaluated_at").toInstant(), rs.getObject("replay_of", UUID.class),
                rs.getString("application_id"), rs.getString("reasons"));
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
