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
    static final String INTAKE_PASSWORD = "it-intake-" + java.util.UUID.randomUUID();
    static final String AUDITOR_PASSWORD = "it-auditor-" + java.util.UUID.randomUUID();

    @Test
    void theJarStartsWithTheBundledPacksAndAnswersWithARecordedDecision() throws Exception {
        Path jar = Path.of(System.getProperty("executableJar", "target/rules-service-exec.jar"));
        assertThat(jar).exists();
        try (Connection c = DriverManager.getConnection(PostgresRequired.URL, PostgresRequired.USER, PostgresRequired.PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("rules-service", ".log");
        ProcessBuilder launch = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--nanumteo.security.users.intake.password=" + INTAKE_PASSWORD,
                "--nanumteo.security.users.auditor.password=" + AUDITOR_PASSWORD));
        // the one schema setting, as an operator gives it; the service connects as its own role (V4), Flyway as the owner
        launch.environment().put("NANUMTEO_DB_SCHEMA", SCHEMA);
        Process service = launch.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            long started = System.nanoTime();
            HttpResponse<String> answer = null;
            while (System.nanoTime() - started < Duration.ofSeconds(90).toNanos() && service.isAlive()) {
                try {
                    answer = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/eligibility/dual-income"))
                            .header("Content-Type", "application/json").header("Authorization", Credentials.basic("intake", INTAKE_PASSWORD))
                            .POST(HttpRequest.BodyPublishers.ofString(Examples.DUAL_INCOME))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (IOException notYetListening) {
                    Thread.sleep(200);
                }
            }
            assertThat(answer).as("the jar answered; its log:\n" + Files.readString(log)).isNotNull();
            System.out.printf("packaged jar: first answer %d ms after launch%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode decision = JsonMapper.builder().build().readTree(answer.body());
            assertThat(decision.get("outcome").asString()).isEqualTo("NEEDS_DOCUMENTS");
            assertThat(decision.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
            assertThat(decision.at("/rulePack/sha256").asString())
                    .isEqualTo(kr.nanumteo.rules.packs.PackFiles.fromDirectory(TestPacks.DIR.resolve("2024")).sha256());

            HttpResponse<String> recorded = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/decisions/" + decision.get("decisionId").asString()))
                    .header("Authorization", Credentials.basic("intake", INTAKE_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(recorded.statusCode()).isEqualTo(200);
            assertThat(JsonMapper.builder().build().readTree(recorded.body()).get("response")).isEqualTo(decision);
            assertThat(Files.readString(log)).contains("rule pack nanumteo-2023", "rule pack nanumteo-2024", "rule packs warmed");
            HttpResponse<String> probe = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(probe.statusCode()).isEqualTo(200);
            assertThat(probe.body()).as("a probe without credentials gets the status only").contains("\"UP\"").doesNotContain("rulePacks", "sha256");
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                    .header("Authorization", Credentials.basic("auditor", AUDITOR_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"rulePacks\"", "nanumteo-2023", "nanumteo-2024", "\"db\"");
            HttpResponse<String> info = http.send(HttpRequest.newBuilder(base.resolve("/actuator/info"))
                    .header("Authorization", Credentials.basic("auditor", AUDITOR_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
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
        } finally {
            service.destroy();
            if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /**
     * {@code --help} and {@code help} print the usage and exit 0 at once: no Spring, no web server, no
     * database (the environment points the service at a database that does not exist, so starting it
     * would fail, not exit 0); an unknown option of a command is its usage and exit 2.
     */
    @Test
    void helpPrintsTheUsageWithoutStartingTheService() throws Exception {
        Path jar = Path.of(System.getProperty("executableJar", "target/rules-service-exec.jar"));
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
