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
    public static final String USER = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");

    private static volatile boolean reachable;

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
                    or point SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD at a PostgreSQL you can use."""
                    .formatted(URL, USER, e.getMessage()), e);
        }
    }
}
