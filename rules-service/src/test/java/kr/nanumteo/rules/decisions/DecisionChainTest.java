package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.packs.RulePack;

/**
 * A log that predates the chain is sealed by V5 as it stands; two instances with two writers each go on
 * appending to one chain; and what is done to it behind the service's back — a changed answer, a decision
 * added outside a batch, a batch removed — is named by the verification. In a schema of its own, migrated
 * by Flyway as the service migrates, so no other test's rows are in it.
 */
@ExtendWith(PostgresRequired.class)
class DecisionChainTest {

    static final String SCHEMA = PostgresRequired.TEST_SCHEMA + "_chain";
    /** More than two genesis batches of 200, and answers with Korean text and escapes, as real ones have. */
    static final int BEFORE_THE_CHAIN = 450;

    final List<UUID> ids = new ArrayList<>();

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(PostgresRequired.URL, PostgresRequired.USER, PostgresRequired.PASSWORD).schemas(SCHEMA)
                .createSchemas(true).cleanDisabled(false).placeholders(Map.of("service_role", "nanumteo_service")).target(target).load();
    }

    @BeforeEach
    void aLogRecordedBeforeTheChainThenV5() throws SQLException {
        flyway("latest").clean();
        flyway("4").migrate();
        try (Connection owner = PostgresRequired.asOwner(SCHEMA); PreparedStatement ps = owner.prepareStatement("""
                insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request, response, evaluated_at, recorded_at)
                values (?, 'dual-income', 'ELIGIBLE', '2023-03-02', 'nanumteo-2023', '2023.1.0', ?, ?::json, ?::json, now(),
                        now() - make_interval(secs => ?))""")) {
            for (int i = 0; i < BEFORE_THE_CHAIN; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                ps.setObject(1, id);
                ps.setString(2, "0".repeat(64));
                ps.setString(3, "{\"applicationId\":\"intake-2023-%06d\", \"asOf\": \"2023-03-02\"}".formatted(i));
                ps.setString(4, "{\"decisionId\":\"%s\",\"reasons\":[{\"message\":\"하루 8시간 근로로 \\\"기준\\\" 8시간을 충족합니다\\u00e9\"}]}".formatted(id));
                ps.setInt(5, BEFORE_THE_CHAIN - i); // recorded in this order
                ps.addBatch();
            }
            ps.executeBatch();
        }
        flyway("latest").migrate();
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        try (Connection owner = PostgresRequired.asOwner("public")) {
            owner.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static DecisionChain.Verification verify() throws SQLException {
        try (Connection c = PostgresRequired.asOwner(SCHEMA)) {
            return DecisionChain.verify(c);
        }
    }

    private static void behindTheServicesBack(String sql) throws SQLException {
        try (Connection owner = PostgresRequired.asOwner(SCHEMA)) {
            owner.createStatement().execute("set session_replication_role = replica");
            owner.createStatement().execute(sql);
        }
    }

    @Test
    void theDecisionsBeforeTheChainAreSealedAsTheyStoodInBatchesOf200() throws SQLException {
        DecisionChain.Verification v = verify();

        assertThat(v.brokenAt()).isNull();
        assertThat(v.decisions()).isEqualTo(BEFORE_THE_CHAIN);
        assertThat(v.batches()).isEqualTo(3);
        assertThat(v.head().batch()).isEqualTo(3);
    }

    /**
     * Two service instances on one database, each with two writer threads, record at once after the sealed
     * pre-chain decisions: the chain stays one line — every batch links to the one before, every decision
     * is in exactly one batch — and no caller is refused.
     */
    @Test
    void twoInstancesWithTwoWritersEachKeepOneUnbrokenChain() throws Exception {
        List<HikariDataSource> pools = List.of(pool(), pool());
        List<GroupCommit> instances = pools.stream().map(p -> new GroupCommit(p, 2, 200)).toList();
        int callers = 64;
        int each = 10;
        ExecutorService clients = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                GroupCommit instance = instances.get(i % 2);
                calls.add(clients.submit(() -> {
                    go.await();
                    for (int n = 0; n < each; n++) {
                        UUID id = UUID.randomUUID();
                        instance.record(new RecordedDecision(id, "dual-income", "ELIGIBLE", LocalDate.of(2024, 3, 4),
                                new RulePack.Ref("nanumteo-2024", "2024.1.0", "0".repeat(64)), "{\"n\":" + n + "}",
                                "{\"decisionId\":\"" + id + "\",\"outcome\":\"ELIGIBLE\"}", Instant.now(), null));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : calls) {
                f.get(); // throws if a caller was refused (503)
            }
        } finally {
            clients.shutdownNow();
            instances.forEach(GroupCommit::close);
            pools.forEach(HikariDataSource::close);
        }

        DecisionChain.Verification v = verify();
        assertThat(v.brokenAt()).isNull();
        assertThat(v.decisions()).isEqualTo(BEFORE_THE_CHAIN + callers * each);
        assertThat(v.batches()).as("batches, not one per decision").isLessThan(3 + callers * each);
    }

    /** A connection pool of its own, as each instance of the service has, as the service's role. */
    private static HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(PostgresRequired.URL);
        pool.setUsername("nanumteo_service");
        pool.setSchema(SCHEMA);
        pool.setMaximumPoolSize(2);
        return pool;
    }

    @Test
    void aChangedAnswerBreaksItsBatch() throws SQLException {
        UUID inSecondBatch = ids.get(250);
        behindTheServicesBack("update decision set response = '{\"decisionId\":\"" + inSecondBatch + "\",\"outcome\":\"NOT_ELIGIBLE\"}' where id = '"
                + inSecondBatch + "'");

        DecisionChain.Verification v = verify();

        assertThat(v.status()).isEqualTo("BROKEN");
        assertThat(v.brokenAt().batch()).isEqualTo(2);
        assertThat(v.brokenAt().problem()).contains("고리와 맞지 않습니다");
        assertThat(v.decisions()).as("the first batch verified").isEqualTo(200);
    }

    @Test
    void aDecisionAddedOutsideTheChainIsNamed() throws SQLException {
        UUID added = UUID.randomUUID();
        behindTheServicesBack("""
                insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request, response, evaluated_at)
                values ('%s', 'dual-income', 'ELIGIBLE', '2024-03-04', 'nanumteo-2024', '2024.1.0', '%s', '{}', '{}', now())"""
                .formatted(added, "0".repeat(64)));

        DecisionChain.Verification v = verify();

        assertThat(v.status()).isEqualTo("BROKEN");
        assertThat(v.brokenAt().decisionId()).isEqualTo(added);
        assertThat(v.brokenAt().batch()).isNull();
    }

    @Test
    void aRemovedBatchIsNamed() throws SQLException {
        behindTheServicesBack("delete from decision_batch where seq = 2");

        assertThat(verify().brokenAt()).satisfies(b -> {
            assertThat(b.batch()).isEqualTo(2);
            assertThat(b.problem()).contains("묶음 2가 없습니다");
        });
    }
}
