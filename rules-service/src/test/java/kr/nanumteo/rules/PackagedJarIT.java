package kr.nanumteo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runnable jar as the README runs it: starts with the bundled packs (compiled from inside the
 * jar), answers the contract example on loopback with a recorded decision, and stops.
 */
@ExtendWith(PostgresRequired.class)
class PackagedJarIT {

    /** Beside the test schema, so parallel checkouts (NANUMTEO_TEST_SCHEMA) keep apart here too. */
    static final String SCHEMA = System.getenv().getOrDefault("NANUMTEO_TEST_SCHEMA", "nanumteo_test") + "_it";

    @Test
    void theJarStartsWithTheBundledPacksAndAnswersWithARecordedDecision() throws Exception {
        assertThat(RunningJar.jar()).exists();
        try (Connection c = DriverManager.getConnection(PostgresRequired.URL, PostgresRequired.USER, PostgresRequired.PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
        long started = System.nanoTime();
        try (RunningJar service = RunningJar.start(SCHEMA)) {
            HttpClient http = service.http;
            URI base = service.base;
            Path log = service.log;
            HttpResponse<String> answer = service.firstDecision();
            assertThat(answer).as("the jar answered; its log:\n" + Files.readString(log)).isNotNull();
            System.out.printf("packaged jar: first answer %d ms after launch%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode decision = JsonMapper.builder().build().readTree(answer.body());
            assertThat(decision.get("outcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
            assertThat(decision.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
            assertThat(decision.at("/rulePack/sha256").asString())
                    .isEqualTo(kr.nanumteo.rules.packs.PackFiles.fromDirectory(TestPacks.DIR.resolve("2024")).sha256());

            HttpResponse<String> recorded = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/decisions/" + decision.get("decisionId").asString()))
                    .header("Authorization", Credentials.basic("intake", RunningJar.INTAKE_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(recorded.statusCode()).isEqualTo(200);
            assertThat(JsonMapper.builder().build().readTree(recorded.body()).get("response")).isEqualTo(decision);
            assertThat(Files.readString(log)).contains("rule pack nanumteo-2023", "rule pack nanumteo-2024", "rule packs warmed");
            HttpResponse<String> probe = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(probe.statusCode()).isEqualTo(200);
            assertThat(probe.body()).as("a probe without credentials gets the status only").contains("\"UP\"").doesNotContain("rulePacks", "sha256");
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                    .header("Authorization", Credentials.basic("auditor", RunningJar.AUDITOR_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"rulePacks\"", "nanumteo-2023", "nanumteo-2024", "\"db\"");
            HttpResponse<String> info = http.send(HttpRequest.newBuilder(base.resolve("/actuator/info"))
                    .header("Authorization", Credentials.basic("auditor", RunningJar.AUDITOR_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            JsonNode about = JsonMapper.builder().build().readTree(info.body());
            assertThat(about.at("/build/artifact").asString()).as(info.body()).isEqualTo("rules-service");
            assertThat(about.at("/git/commit/id").asString()).as(info.body()).matches("[0-9a-f]{7,40}");
            assertThat(about.at("/rulePacks/inService").findValuesAsString("sha256")).as(info.body())
                    .contains(decision.at("/rulePack/sha256").asString());
            HttpResponse<String> ui = http.send(HttpRequest.newBuilder(base.resolve("/swagger-ui/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ui.statusCode()).as("Swagger UI without credentials").isEqualTo(200);
            assertThat(ui.body()).contains("swagger-ui");
        }
    }

    /**
     * Killed (SIGKILL) while eight clients send decisions, and started again on the same database: every
     * decision that was answered is in the log, the hash chain verifies INTACT, and the service decides again.
     * A decision recorded but never answered (cut off in flight) is allowed: the log holds it, nobody acted on it.
     */
    @Test
    void everyDecisionAnsweredBeforeAKillIsInTheLogAfterTheRestartAndTheChainHolds() throws Exception {
        String schema = SCHEMA + "_kill";
        try (Connection c = DriverManager.getConnection(PostgresRequired.URL, PostgresRequired.USER, PostgresRequired.PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
        java.util.Set<String> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger cutOff = new java.util.concurrent.atomic.AtomicInteger();
        JsonMapper json = JsonMapper.builder().build();
        try (RunningJar first = RunningJar.start(schema)) {
            assertThat(first.firstDecision()).as("the jar answered; its log:\n" + first.output()).isNotNull();
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
            java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
            for (int t = 0; t < 8; t++) {
                int client = t;
                clients.submit(() -> {
                    for (int i = 0; !killed.get() || i % 50 != 0; i++) { // a few more after the kill, to meet a closed port
                        try {
                            HttpResponse<String> r = first.decide(Examples.DUAL_INCOME.replace("intake-2024-000123", "kill-" + client + "-" + i));
                            if (r.statusCode() == 200) {
                                answered.add(json.readTree(r.body()).get("decisionId").asString());
                            }
                        } catch (IOException e) {
                            cutOff.incrementAndGet();
                            if (killed.get()) {
                                return null;
                            }
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(3_000);
            killed.set(true);
            first.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        System.out.printf("killed mid-load: %d decisions answered, %d requests cut off%n", answered.size(), cutOff.get());
        assertThat(answered).as("decisions answered before the kill").hasSizeGreaterThan(50);

        try (RunningJar second = RunningJar.start(schema)) {
            HttpResponse<String> again = second.firstDecision();
            assertThat(again).as("the restarted jar answered; its log:\n" + second.output()).isNotNull();
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            try (Connection c = DriverManager.getConnection(PostgresRequired.URL, PostgresRequired.USER, PostgresRequired.PASSWORD);
                    java.sql.PreparedStatement q = c.prepareStatement("select count(*) from " + schema + ".decision where id = any(?)")) {
                q.setArray(1, c.createArrayOf("uuid", answered.toArray()));
                java.sql.ResultSet rs = q.executeQuery();
                rs.next();
                assertThat(rs.getLong(1)).as("answered decisions in the log after the restart").isEqualTo(answered.size());
            }
            HttpResponse<String> verification = second.get("/api/v1/decisions/verification", "auditor", RunningJar.AUDITOR_PASSWORD);
            assertThat(verification.statusCode()).as(verification.body()).isEqualTo(200);
            JsonNode v = json.readTree(verification.body());
            assertThat(v.get("status").asString()).as(verification.body()).isEqualTo("INTACT");
            assertThat(v.get("decisions").asLong()).isGreaterThanOrEqualTo(answered.size() + 2L);
        }
    }

    /**
     * {@code --help} and {@code help} print the usage and exit 0 at once: no Spring, no web server, no
     * database (the environment points the service at a database that does not exist, so starting it
     * would fail, not exit 0); an unknown option of a command is its usage and exit 2.
     */
    @Test
    void helpPrintsTheUsageWithoutStartingTheService() throws Exception {
        Path jar = RunningJar.jar();
        for (List<String> args : List.of(List.of("--help"), List.of("help"), List.of("check", "--help"), List.of("check", "--bogus", "x"), List.of("--bogus"))) {
            // UTF-8 whatever the machine's locale, to read the Korean usage back
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
            command.addAll(args);
            ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true);
            launch.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/none");
            Process p = launch.start();
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as(args + " ends by itself").isTrue();
            String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(args + ": " + printed).isEqualTo(args.contains("--bogus") ? 2 : 0);
            assertThat(printed).as(args.toString()).contains("사용법").doesNotContain("Tomcat", "Started Application", "HikariPool");
            if (args.contains("check")) {
                assertThat(printed).as(args.toString()).contains("--packs", "--scenarios");
            } else {
                assertThat(printed).as(args.toString()).contains("scenarios", "compare", "check", "new-pack", "submit", "approve", "verify-log");
            }
        }
    }
}
