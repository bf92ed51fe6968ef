package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** With the decision log unreachable, a decision is never returned: 503 and a problem detail. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/postgres",
        "spring.datasource.hikari.connection-timeout=500",
        "spring.flyway.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseDownTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void noAnswerIsGivenThatCannotBeRecorded() throws Exception {
        MvcTestResult r = mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", kr.nanumteo.rules.Credentials.INTAKE)
                .content(kr.nanumteo.rules.Examples.DUAL_INCOME).exchange();

        assertThat(r).hasStatus(503).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).hasHeader("Retry-After", "5");
        String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("urn:nanumteo:problem:decision-not-recorded").doesNotContain("decisionId").doesNotContain("outcome");
    }
}
