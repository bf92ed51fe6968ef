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
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service against the real PostgreSQL (a test schema rebuilt once per context) and the
 * repository's rule packs, driven through MockMvc ({@link DecisionEndpoints} for the usual calls).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresRequired.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({DatabaseTest.FreshSchema.class, DatabaseTest.AsTester.class, DatabaseTest.AnswersAsDocumented.class, DecisionEndpoints.class})
public @interface DatabaseTest {

    /** MockMvc sends the tester's credentials unless a request sets its own. */
    @TestConfiguration
    class AsTester {
        @Bean
        MockMvcBuilderCustomizer testerCredentials() {
            return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").header(HttpHeaders.AUTHORIZATION, Credentials.TESTER));
        }
    }

    /**
     * Every answer of an API route with a status its operation documents, in every test of the service, is
     * checked against api-docs/openapi.yaml ({@link OpenApiAnswers}): a test whose answer is not as documented
     * fails, whatever it asserts itself.
     */
    @TestConfiguration
    class AnswersAsDocumented {
        @Bean
        MockMvcBuilderCustomizer answersAsDocumented() {
            return builder -> builder.alwaysDo(r -> {
                String path = r.getRequest().getRequestURI();
                String method = r.getRequest().getMethod();
                int status = r.getResponse().getStatus();
                if (path.startsWith("/api/") && !r.getRequest().isAsyncStarted() && OpenApiAnswers.documents(method, path, status)) {
                    java.util.List<String> problems = OpenApiAnswers.problems(method, path, status, r.getResponse().getContentType(),
                            r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                    if (!problems.isEmpty()) {
                        throw new AssertionError("not as api-docs/openapi.yaml documents it: " + problems);
                    }
                }
            });
        }
    }

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
