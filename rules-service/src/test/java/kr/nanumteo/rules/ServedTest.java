package kr.nanumteo.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a real Tomcat on 127.0.0.1 (a random port) against the real PostgreSQL: for what
 * MockMvc does not go through — the servlet container's error dispatch, its connections and their
 * request bodies. Tests send their own credentials.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresRequired.class)
// A body timeout of 3 s instead of 10, so that a test of a trickling body ends sooner.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "nanumteo.requests.body-timeout=3s"})
@ActiveProfiles("test")
@Import(DatabaseTest.FreshSchema.class)
public @interface ServedTest {
}
