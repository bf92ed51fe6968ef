package kr.nanumteo.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service against the real PostgreSQL (a test schema rebuilt once per context) and the
 * repository's rule packs, driven through MockMvc; {@link DecisionCalls} can be autowired.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresRequired.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({DatabaseTest.FreshSchema.class, DecisionCalls.class})
public @interface DatabaseTest {

    /** Drops and rebuilds the test schema when a context starts, so tests see only what they wrote. */
    @TestConfiguration
    class FreshSchema {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
