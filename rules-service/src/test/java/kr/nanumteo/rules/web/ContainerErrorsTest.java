package kr.nanumteo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.ServedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Errors that happen outside Spring MVC, on the real server: answered as problems, not as a 403 from /error. */
@ServedTest
class ContainerErrorsTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestTheFirewallRefusesIsA400ProblemInKorean() throws Exception {
        // Spring Security's firewall refuses a path parameter (;) and sends the error to /error.
        HttpResponse<String> r = get("/api/v1/decisions;jsessionid=x", Credentials.basic("auditor", "auditor-test-secret"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = JsonMapper.builder().build().readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("urn:nanumteo:problem:invalid-request");
        assertThat(p.get("title").asString()).isEqualTo("요청 값이 올바르지 않습니다");
        assertThat(p.get("instance").asString()).isEqualTo("/api/v1/decisions;jsessionid=x");
    }

    @Test
    void onTheRealServerAnUnknownRouteIs404WithAnAccountAnd401WithoutAndARoleStill403() throws Exception {
        assertThat(get("/api/v1/no-such-thing", Credentials.basic("policy", "policy-test-secret")).statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = get("/api/v1/no-such-thing", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(get("/api/v1/decisions", Credentials.INTAKE).statusCode()).isEqualTo(403);
    }
}
