package kr.nanumteo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.ServedTest;
import kr.nanumteo.rules.requests.QueryParameters;

/**
 * A careless client's addresses, sent as written over a socket (an HTTP client library would refuse to): what
 * Tomcat refuses before any servlet, and what it cannot decode for one, are problem details in Korean too.
 */
@ServedTest
class WhatTomcatRefusesTest {

    @LocalServerPort
    int port;

    record Answer(int status, String head, String body) {}

    Answer get(String target, String authorization) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization + "\r\nConnection: close\r\n\r\n");
    }

    Answer send(String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, answer.substring(split + 4));
        }
    }

    @Test
    void aRequestLineTomcatRefusesIsAProblemDetailNotAnHtmlPage() throws IOException {
        for (String target : new String[] {"/api/v1/decisions?applicationId=a|b", "/api/v1/decisions?kind={x}",
                "/api/v1/decisions/%2F..%2Fx", "/api/v1/decisions/%00", "/api/v1/decisions\\x"}) {
            Answer a = get(target, Credentials.AUDITOR);
            assertThat(a.status()).as(target).isEqualTo(400);
            assertThat(a.head()).as(target).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(a.body()).as(target).contains("\"type\":\"urn:nanumteo:problem:invalid-request\"", "\"status\":400",
                    "\"detail\":\"요청의 주소나 헤더를 받아들일 수 없습니다.\"").doesNotContain("<html", "Tomcat");
        }
    }

    @Test
    void anHttpVersionTomcatDoesNotSpeakIs505SayingWhichToUse() throws IOException {
        Answer a = send("GET /api/v1/decisions HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(a.status()).isEqualTo(505);
        assertThat(a.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(a.body()).contains("HTTP/1.1로 보내 주세요");
    }

    @Test
    void aQueryValueThatIsNotPercentEncodedUtf8Is400NamingTheParameterNot500() throws IOException {
        Answer a = get("/api/v1/decisions?kind=dual-income&applicationId=%zz&outcome=%C3%28", Credentials.AUDITOR);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(a.body()).contains("\"field\":\"applicationId\"", "(받은 값: %zz)", "\"field\":\"outcome\"", "(받은 값: %C3%28)")
                .doesNotContain("\"field\":\"kind\"", "correlationId");
    }

    /**
     * A console search whose applicationId cannot be read is refused too, not answered with every application's
     * decisions (Tomcat drops the parameter it cannot decode for every caller after the first). The answer is
     * the API's problem detail: the refusal comes before any page is chosen, and no browser sends such an address.
     */
    @Test
    void aConsoleSearchWithAnUnreadableFilterIsRefusedNotWidened() throws IOException {
        for (String target : new String[] {"/console/decisions?applicationId=%zz", "/console/comparisons?kind=%zz"}) {
            Answer a = get(target, Credentials.AUDITOR);

            assertThat(a.status()).as(target).isEqualTo(400);
            assertThat(a.head()).as(target).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(a.body()).as(target).contains("(받은 값: %zz)").doesNotContain("correlationId");
        }
    }

    @Test
    void aSignInFormWhoseBodyCannotBeReadIs400() throws IOException {
        String form = "username=auditor&password=%zz";
        Answer a = send("POST /console/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("요청의 매개변수를 읽을 수 없습니다").doesNotContain("correlationId");
    }

    @Test
    void aValueReadsWhenItIsPercentEncodedUtf8() {
        assertThat(QueryParameters.undecodable("a=%EA%B0%80+b&c=d&e&=f")).isEmpty();
        assertThat(QueryParameters.undecodable(null)).isEmpty();
        assertThat(QueryParameters.undecodable("a=%E")).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("a"));
        assertThat(QueryParameters.undecodable("%zz=1")).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("%zz"));
        assertThat(QueryParameters.undecodable("a=%ED%A0%80")).as("a surrogate encoded as UTF-8 is not UTF-8").hasSize(1);
        assertThat(QueryParameters.refusal("a=1").errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("$"));
    }
}
