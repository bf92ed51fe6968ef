package kr.nanumteo.rules;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails (never skips) a database test when PostgreSQL cannot be reached, saying how to start it.
 * Runs before Spring builds the context, so the message is the first thing in the report.
 */
public class PostgresRequired implements BeforeAllCallback {

    public static final String URL = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    /** The owner Flyway migrates as (a superuser on the local PostgreSQL): what tests use to look behind the service's back. */
    public static final String USER = System.getenv().getOrDefault("SPRING_FLYWAY_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("SPRING_FLYWAY_PASSWORD", "");

    /** The schema the test profile uses (application-test.properties). */
    public static final String TEST_SCHEMA = System.getenv().getOrDefault("NANUMTEO_TEST_SCHEMA", "nanumteo_test");

    private static volatile boolean reachable;

    /** A connection as the owner, in {@code schema}: to do what the service may not, behind its back. */
    public static Connection asOwner(String schema) throws SQLException {
        Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        c.setSchema(schema);
        return c;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (reachable) {
            return;
        }
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            reachable = c.isValid(5);
        } catch (SQLException e) {
            throw new AssertionError("""
                    PostgreSQL is not reachable at %s as user '%s' (%s).
                    These tests use the real database and do not skip. Start it with:
                        pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    or point SPRING_DATASOURCE_URL and SPRING_FLYWAY_USER / _PASSWORD (the owner) at a PostgreSQL you can use."""
                    .formatted(URL, USER, e.getMessage()), e);
        }
    }
}
