package kr.nanumteo.rules;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every endpoint test does: post a JSON body, read the answer, count what the decision log holds. */
@TestComponent
public class DecisionCalls {

    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    DecisionCalls(MockMvcTester mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    public MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    public JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The decision as the log returns it (GET /api/v1/decisions/{id}). */
    public JsonNode recorded(String decisionId) throws Exception {
        return body(mvc.get().uri("/api/v1/decisions/" + decisionId).exchange());
    }

    public long recordedDecisions() {
        return jdbc.sql("select count(*) from decision").query(Long.class).single();
    }
}
