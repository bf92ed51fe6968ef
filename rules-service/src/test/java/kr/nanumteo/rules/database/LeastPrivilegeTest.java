package kr.nanumteo.rules.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.PostgresRequired;

/**
 * The service connects as a role that may read the log and add to it, and nothing else — not what the
 * probe did as the superuser (replication role, disabled triggers, a dropped table); tables a later
 * migration adds get the same grants.
 */
@DatabaseTest
class LeastPrivilegeTest {

    static final String INSERT = """
            insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request, response, evaluated_at)
            values ('%s', 'dual-income', 'ELIGIBLE', '2024-03-04', 'nanumteo-2024', '2024.1.0', '%s', '{}', '{}', now())""";

    @Autowired
    DataSource dataSource;

    @Test
    void theServiceRoleIsNotTheOwnerAndMayOnlyReadAndInsert() throws SQLException {
        try (Connection service = dataSource.getConnection()) {
            assertThat(service.getMetaData().getUserName()).isEqualTo("nanumteo_service").isNotEqualTo(PostgresRequired.USER);
            // it may insert — rolled back: a decision inserted outside the group commit is outside the hash chain,
            // and the verification would rightly call the shared test log broken
            service.setAutoCommit(false);
            assertThat(service.createStatement().executeUpdate(INSERT.formatted(UUID.randomUUID(), "0".repeat(64)))).isEqualTo(1);
            assertThat(service.createStatement().executeQuery("select count(*) from decision").next()).isTrue();
            service.rollback();

            for (String tamper : List.of(
                    "update decision set outcome = 'NOT_ELIGIBLE'",
                    "delete from decision",
                    "truncate decision",
                    "alter table decision disable trigger user",
                    "set session_replication_role = replica",
                    "drop table decision cascade",
                    "update rule_pack set sha256 = sha256",
                    "insert into flyway_schema_history select * from flyway_schema_history limit 1")) {
                service.setAutoCommit(true);
                assertThatThrownBy(() -> service.createStatement().execute(tamper)).as(tamper)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(tamper + ": " + e.getMessage())
                                .isIn("42501")); // insufficient_privilege (42501), not the trigger's refusal
            }
        }
    }

    @Test
    void aTableALaterMigrationAddsGetsSelectAndInsertOnly() throws SQLException {
        String table = "later_log_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection owner = PostgresRequired.asOwner(PostgresRequired.TEST_SCHEMA)) {
            owner.createStatement().execute("create table " + table + " (id int primary key)");
            try (Connection service = dataSource.getConnection()) {
                service.createStatement().execute("insert into " + table + " values (1)");
                assertThat(service.createStatement().executeQuery("select id from " + table).next()).isTrue();
                assertThatThrownBy(() -> service.createStatement().execute("update " + table + " set id = 2"))
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
                assertThatThrownBy(() -> service.createStatement().execute("delete from " + table))
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            } finally {
                owner.createStatement().execute("drop table " + table);
            }
        }
    }
}
