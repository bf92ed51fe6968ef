package kr.nanumteo.rules.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.nanumteo.rules.PostgresRequired;

/**
 * V4 on a server where the service role does not exist yet, as on a fresh machine, with three checkouts
 * migrating schemas of their own at the same moment: the role is created once, no migration fails, and
 * each schema grants it SELECT and INSERT only. The role here is one made for this test, dropped after.
 */
@ExtendWith(PostgresRequired.class)
class ServiceRoleMigrationTest {

    @Test
    void parallelMigrationsOfThreeSchemasCreateTheMissingRoleOnceAndGrantItInEach() throws Exception {
        String role = "nanumteo_h2_role_" + UUID.randomUUID().toString().substring(0, 8);
        List<String> schemas = List.of(1, 2, 3).stream().map(i -> PostgresRequired.TEST_SCHEMA + "_parallel" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(schemas.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> migrations = new ArrayList<>();
            for (String schema : schemas) {
                Flyway flyway = Flyway.configure().dataSource(PostgresRequired.URL, PostgresRequired.USER, PostgresRequired.PASSWORD)
                        .schemas(schema).createSchemas(true).cleanDisabled(false).placeholders(Map.of("service_role", role)).load();
                flyway.clean();
                migrations.add(pool.submit(() -> {
                    go.await();
                    return flyway.migrate();
                }));
            }
            go.countDown();
            for (Future<?> m : migrations) {
                m.get();
            }

            try (Connection owner = PostgresRequired.asOwner("public")) {
                assertThat(count(owner, "select count(*) from pg_roles where rolname = '" + role + "' and rolcanlogin and not rolsuper")).isEqualTo(1);
                for (String schema : schemas) {
                    for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
                        boolean expected = privilege.equals("SELECT") || privilege.equals("INSERT");
                        assertThat(count(owner, "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname = '" + schema + "' and c.relname in ('decision', 'rule_pack')"
                                + " and has_table_privilege('" + role + "', c.oid, '" + privilege + "')"))
                                .as(schema + " " + privilege).isEqualTo(expected ? 2 : 0);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            try (Connection owner = PostgresRequired.asOwner("public")) {
                for (String schema : schemas) {
                    owner.createStatement().execute("drop schema if exists " + schema + " cascade");
                }
                owner.createStatement().execute("drop owned by " + role);
                owner.createStatement().execute("drop role if exists " + role);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
