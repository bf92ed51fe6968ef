package kr.nanumteo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** Each error answered as what it is, in Korean, and never as a 403 it is not. */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorsAreWhatTheyAreTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DecisionEndpoints endpoints;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecisionIdThatIsNotAUuidIsA400NamingDecisionIdAsTheApiDocumentsIt() throws Exception {
        for (MvcTestResult r : new MvcTestResult[] {mvc.get().uri("/api/v1/decisions/not-a-uuid").exchange(),
                mvc.post().uri("/api/v1/decisions/not-a-uuid/replay").exchange()}) {
            JsonNode p = problem(r, 400, "urn:nanumteo:problem:invalid-request");
            assertThat(p.at("/errors/0/field").asString()).isEqualTo("decisionId");
            assertThat(p.at("/errors/0/message").asString()).contains("UUID", "not-a-uuid");
        }
    }

    @Test
    void aMissingOrBadQueryValueIsA400NamingIt() throws Exception {
        JsonNode missing = problem(mvc.post().uri("/api/v1/comparisons/batch?left=nanumteo-2023&right=nanumteo-2024")
                .contentType("application/x-ndjson").content("{}").exchange(), 400, "urn:nanumteo:problem:invalid-request");
        assertThat(missing.get("errors").findValuesAsString("field")).containsExactly("kind");
        assertThat(missing.at("/errors/0/message").asString()).isEqualTo("필수 항목입니다");

        JsonNode page = problem(mvc.get().uri("/api/v1/decisions?page=-1&size=501").exchange(), 400, "urn:nanumteo:problem:invalid-request");
        assertThat(page.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("page", "size");
    }

    @Test
    void anUnknownRouteIs404AndAWrongMethod405ForAnyAccountButStill401WithoutOne() throws Exception {
        JsonNode unknown = problem(mvc.get().uri("/api/v1/no-such-thing").exchange(), 404, "urn:nanumteo:problem:not-found");
        assertThat(unknown.get("detail").asString()).isEqualTo("이 경로에는 아무것도 없습니다.");
        problem(mvc.post().uri("/api/v1/eligibility/no-such-decision").header("Authorization", Credentials.INTAKE)
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange(), 404, "urn:nanumteo:problem:not-found");

        MvcTestResult wrongMethod = mvc.delete().uri("/api/v1/decisions/" + UUID.randomUUID()).exchange();
        JsonNode p = problem(wrongMethod, 405, "urn:nanumteo:problem:method-not-allowed");
        assertThat(p.get("detail").asString()).isEqualTo("이 경로는 DELETE 요청을 받지 않습니다. 받는 메서드: [GET]");
        assertThat(wrongMethod.getResponse().getHeader("Allow")).isEqualTo("GET");
        problem(mvc.get().uri("/api/v1/eligibility/dual-income").header("Authorization", Credentials.INTAKE).exchange(),
                405, "urn:nanumteo:problem:method-not-allowed");

        assertThat(mvc.get().uri("/api/v1/no-such-thing").header("Authorization", "").exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/no-such-thing").header("Authorization", Credentials.basic("intake", "wrong")).exchange())
                .hasStatus(401);
    }

    @Test
    void aRouteThatIsServedStaysRefusedToARoleItIsNotForEvenWithAnotherMethodOrMediaType() {
        // The intake account may not read the log: refused, whatever the request looks like.
        assertThat(mvc.get().uri("/api/v1/decisions").header("Authorization", Credentials.INTAKE).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/decisions?format=csv").header("Authorization", Credentials.INTAKE).exchange()).hasStatus(403);
        assertThat(mvc.head().uri("/api/v1/decisions").header("Authorization", Credentials.INTAKE).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/error").header("Authorization", Credentials.INTAKE).exchange()).hasStatus(403);
    }

    @Test
    void theFrameworksOwnProblemsAreInKorean() throws Exception {
        long before = endpoints.recorded();
        JsonNode media = problem(mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.TEXT_PLAIN)
                .content(Examples.DUAL_INCOME).exchange(), 415, "urn:nanumteo:problem:unsupported-media-type");
        assertThat(media.get("title").asString()).isEqualTo("지원하지 않는 본문 형식입니다");
        assertThat(media.get("detail").asString()).isEqualTo("받지 않는 본문 형식(Content-Type)입니다: text/plain. 받는 형식: [application/json]");

        JsonNode accept = problem(mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_XML).content(Examples.DUAL_INCOME).exchange(), 406, "urn:nanumteo:problem:not-acceptable");
        assertThat(accept.get("title").asString()).isEqualTo("요청한 형식으로 답할 수 없습니다");
        assertThat(endpoints.recorded()).as("nothing rejected is recorded").isEqualTo(before);
    }

    @Test
    void anUnexpectedFailureIsA500WithACorrelationIdThatTheLogCarries(CapturedOutput output) throws Exception {
        UUID id = UUID.randomUUID();
        // A decision of a kind this service does not know: replaying it is a fault of the service, not of the caller.
        jdbc.sql("""
                insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request, response, evaluated_at)
                values (?, 'retired-kind', 'X', date '2024-03-04', 'nanumteo-2024', '2024.1.0', repeat('0', 64), '{}', '{}', now())""")
                .param(id).update();

        JsonNode p = problem(mvc.post().uri("/api/v1/decisions/" + id + "/replay").exchange(), 500, "urn:nanumteo:problem:internal");
        String correlation = p.get("correlationId").asString();
        assertThat(p.get("title").asString()).isEqualTo("서비스 내부 오류입니다");
        assertThat(p.get("detail").asString()).contains(correlation).doesNotContain("retired-kind", "Exception");
        assertThat(output.getOut()).contains("internal error " + correlation, "IllegalStateException");
    }

    private JsonNode problem(MvcTestResult r, int status, String type) throws Exception {
        assertThat(r).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode p = endpoints.body(r);
        assertThat(p.get("type").asString()).as(p.toString()).isEqualTo(type);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asString()).as("a Korean title").matches(".*[가-힣].*");
        assertThat(p.get("detail").asString()).as("a Korean detail").matches("(?s).*[가-힣].*");
        return p;
    }
}
