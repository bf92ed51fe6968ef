package kr.nanumteo.rules;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every decision endpoint test does: post a JSON request, read the answer as sent, and look at the
 * decision log. A test bean of {@link DatabaseTest}, so each endpoint test autowires it.
 */
@TestComponent
public class DecisionEndpoints {

    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    DecisionEndpoints(MockMvcTester mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    public MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    /** The body exactly as the service sent it. */
    public String text(MvcTestResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(text(r));
    }

    /** How many decisions the log holds. */
    public long recorded() {
        return jdbc.sql("select count(*) from decision").query(Long.class).single();
    }

    /** The log's record of a decision, as GET /api/v1/decisions/{id} answers it. */
    public MvcTestResult recordOf(String decisionId) {
        return mvc.get().uri("/api/v1/decisions/" + decisionId).exchange();
    }

    /** The decision as the log returns it (GET /api/v1/decisions/{id}). */
    public JsonNode recordedDecision(String decisionId) throws Exception {
        MvcTestResult r = recordOf(decisionId);
        org.assertj.core.api.Assertions.assertThat(r).hasStatusOk();
        return body(r);
    }

    /** The answer the log stored for a decision, as text. */
    public String storedResponse(String decisionId) {
        return jdbc.sql("select response::text from decision where id = ?::uuid").param(decisionId).query(String.class).single();
    }
}
