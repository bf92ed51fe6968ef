package kr.nanumteo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.Examples;
import kr.nanumteo.rules.ServedTest;

/**
 * Slow clients on the real server, on 127.0.0.1 only: a client without credentials is refused before
 * its body is read and holds no request thread, a body trickling in is cut off at the body timeout,
 * and with 40 connections trickling bodies a normal request is still answered in under a second.
 */
@ServedTest
class SlowClientsTest {

    static final String DUAL_INCOME = "/api/v1/eligibility/dual-income";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void withFortyConnectionsTricklingABodyWithoutCredentialsANormalRequestIsAnsweredInUnderASecond() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService tricklers = Executors.newFixedThreadPool(40, r -> {
            Thread t = new Thread(r, "trickler");
            t.setDaemon(true);
            return t;
        });
        List<Long> millis = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // The service is already serving when slow clients come: its first requests warm what a request goes through.
        List<Long> quiet = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            quiet.add(timedDecision(http));
        }
        try {
            for (int i = 0; i < 40; i++) {
                tricklers.execute(() -> trickleUntil(stop, refused));
            }
            Thread.sleep(3_000); // every trickler connected and sending
            for (int i = 0; i < 10; i++) {
                millis.add(timedDecision(http));
                Thread.sleep(300);
            }
        } finally {
            stop.set(true);
            tricklers.shutdownNow();
            assertThat(tricklers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        System.out.printf("normal requests answered in %s ms before, and in %s ms with 40 connections trickling a body without credentials; "
                + "%d trickling requests refused%n", quiet, millis, refused.get());
        assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
        assertThat(refused.get()).as("the trickling requests were answered 401, not left to hold a thread").isGreaterThanOrEqualTo(40);
    }

    /** The contract example, decided and recorded: how long its answer took, in ms. */
    private long timedDecision(HttpClient http) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(DUAL_INCOME)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Authorization", Credentials.INTAKE)
                .POST(HttpRequest.BodyPublishers.ofString(Examples.DUAL_INCOME)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * A client without credentials declaring a 100 kB body and sending it a byte every 2 s, whatever it
     * is answered, for as long as the connection stays open; then it opens another.
     */
    private void trickleUntil(AtomicBoolean stop, AtomicInteger refused) {
        while (!stop.get()) {
            try (Socket s = connect()) {
                OutputStream out = s.getOutputStream();
                out.write(head("Content-Length: 100000"));
                InputStream in = s.getInputStream();
                StringBuilder answer = new StringBuilder();
                boolean counted = false;
                while (!stop.get()) {
                    out.write(' ');
                    out.flush();
                    while (in.available() > 0) {
                        answer.append((char) in.read());
                    }
                    if (!counted && answer.indexOf("HTTP/1.1 401") == 0) {
                        refused.incrementAndGet();
                        counted = true;
                    }
                    Thread.sleep(2_000);
                }
            } catch (IOException closedByTheServer) {
                // open another one
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Test
    void aRequestWithoutCredentialsIsRefusedBeforeItsBodyArrivesAndItsConnectionClosed() throws Exception {
        try (Socket s = connect()) {
            s.getOutputStream().write(head("Content-Length: 5000"));
            s.getOutputStream().write('{');
            InputStream in = s.getInputStream();
            long start = System.nanoTime();

            assertThat(statusOf(in)).isEqualTo(401);
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest).as("the rest of the answer, then the connection closed")
                    .contains("WWW-Authenticate: Basic", "urn:nanumteo:problem:unauthenticated", "자격 증명(HTTP Basic)이 필요합니다");
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms, with 4,999 bytes of the body never sent").isLessThan(2_000);
        }
    }

    @Test
    void aBodyTricklingInPastTheBodyTimeoutIsCutOffWith408AndNothingIsRecorded() throws Exception {
        long before = jdbc.sql("select count(*) from decision").query(Long.class).single();
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(head("Authorization: " + Credentials.INTAKE + "\r\nContent-Length: " + Examples.DUAL_INCOME.length()));
            InputStream in = s.getInputStream();
            long start = System.nanoTime();
            byte[] body = Examples.DUAL_INCOME.getBytes(StandardCharsets.US_ASCII);
            int sent = 0;
            // Two bytes a second: the body would take minutes; the service stops reading it at 3 s (the test's body timeout).
            while (in.available() == 0 && sent < body.length && (System.nanoTime() - start) < Duration.ofSeconds(10).toNanos()) {
                out.write(body[sent++]);
                out.flush();
                Thread.sleep(500);
            }
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 408").contains("urn:nanumteo:problem:request-body-too-slow", "3초 안에");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(2_500L, 8_000L);
        }
        assertThat(jdbc.sql("select count(*) from decision").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413AsItArrives() throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(head("Authorization: " + Credentials.INTAKE + "\r\nTransfer-Encoding: chunked"));
            InputStream in = s.getInputStream();
            byte[] chunk = ("4000\r\n" + " ".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 2 * 64 && in.available() == 0; i++) { // up to 2 MB, no length declared
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // the service answered and closed while the body was still coming
            }
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 413").contains("1 MB까지");
        }
    }

    /** The head of a JSON POST to the dual-income decision, with {@code headers} (CRLF between them) and then the body to come. */
    private static byte[] head(String headers) {
        return ("POST " + DUAL_INCOME + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.setSoTimeout(15_000);
        return s;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The status of the HTTP answer on {@code in}, read up to the end of its status line. */
    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            line.append((char) c);
        }
        return Integer.parseInt(line.toString().split(" ")[1]);
    }
}
