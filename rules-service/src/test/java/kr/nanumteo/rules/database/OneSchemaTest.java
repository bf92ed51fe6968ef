package kr.nanumteo.rules.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.StartRefusedException;

/**
 * The schema is one setting, NANUMTEO_DB_SCHEMA, for the connections and Flyway alike: set, both use it;
 * contradicted by a currentSchema in SPRING_DATASOURCE_URL, the service does not start and nothing is
 * migrated. Run with the service's own application.properties, its DataSource and its Flyway.
 */
@ExtendWith(PostgresRequired.class)
class OneSchemaTest {

    static final String SCHEMA = PostgresRequired.TEST_SCHEMA + "_one";
    static final String ELSEWHERE = PostgresRequired.TEST_SCHEMA + "_elsewhere";

    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
            .withUserConfiguration(DatabaseSettings.class)
            .withPropertyValues("spring.datasource.url=" + PostgresRequired.URL);

    @Test
    void theConnectionsAndFlywayUseTheSchemaNamedByTheOneSetting() throws SQLException {
        drop(SCHEMA);
        try {
            service.withPropertyValues("NANUMTEO_DB_SCHEMA=" + SCHEMA).run(context -> {
                assertThat(context).hasNotFailed();
                JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
                assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
                assertThat(jdbc.queryForObject("select n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where c.oid = to_regclass('decision')", String.class)).isEqualTo(SCHEMA);
                assertThat(jdbc.queryForObject("select current_user", String.class)).as("the service's own role").isEqualTo("nanumteo_service");
            });
        } finally {
            drop(SCHEMA);
        }
    }

    @Test
    void aCurrentSchemaInTheUrlThatDiffersStopsTheStartBeforeAnythingIsMigrated() throws SQLException {
        drop(SCHEMA);
        service.withPropertyValues("NANUMTEO_DB_SCHEMA=" + SCHEMA, "spring.datasource.url=" + PostgresRequired.URL + "?currentSchema=" + ELSEWHERE)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(StartRefusedException.class)
                            .hasMessageContaining("NANUMTEO_DB_SCHEMA").hasMessageContaining("'" + SCHEMA + "'")
                            .hasMessageContaining("currentSchema=" + ELSEWHERE);
                });
        assertThat(exists(SCHEMA)).as("nothing migrated").isFalse();
        assertThat(exists(ELSEWHERE)).isFalse();
    }

    @Test
    void everySettingThatNamesAnotherSchemaIsNamed() {
        assertThat(DatabaseSettings.conflicts("nanumteo", "jdbc:postgresql://db/postgres?ssl=true&currentSchema=nanumteo", "nanumteo",
                new String[] {"nanumteo"}, null)).isEmpty();
        assertThat(DatabaseSettings.conflicts("nanumteo", "jdbc:postgresql://db/postgres?currentschema=other", "pool",
                new String[] {"flyway"}, "default")).containsExactly("SPRING_DATASOURCE_URL(spring.datasource.url)의 currentSchema=other",
                        "spring.datasource.hikari.schema=pool", "spring.flyway.schemas=flyway", "spring.flyway.default-schema=default");
    }

    private static boolean exists(String schema) throws SQLException {
        try (Connection c = PostgresRequired.asOwner("public");
                ResultSet rs = c.createStatement().executeQuery("select 1 from pg_namespace where nspname = '" + schema + "'")) {
            return rs.next();
        }
    }

    private static void drop(String schema) throws SQLException {
        try (Connection c = PostgresRequired.asOwner("public")) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }
}
