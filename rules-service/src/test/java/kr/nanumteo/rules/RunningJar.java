package kr.nanumteo.rules;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar started as an operator starts it, on 127.0.0.1 and a free port, against one schema given
 * by its one setting (NANUMTEO_DB_SCHEMA), with the intake and auditor passwords given; its output in a file.
 */
final class RunningJar implements AutoCloseable {

    static final String INTAKE_PASSWORD = "it-intake-" + java.util.UUID.randomUUID();
    static final String AUDITOR_PASSWORD = "it-auditor-" + java.util.UUID.randomUUID();

    final Process process;
    final URI base;
    final Path log;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RunningJar(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static Path jar() {
        return Path.of(System.getProperty("executableJar", "target/rules-service-exec.jar"));
    }

    static RunningJar start(String schema) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("rules-service", ".log");
        ProcessBuilder launch = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--nanumteo.security.users.intake.password=" + INTAKE_PASSWORD,
                "--nanumteo.security.users.auditor.password=" + AUDITOR_PASSWORD));
        // the one schema setting, as an operator gives it; the service connects as its own role (V4), Flyway as the owner
        launch.environment().put("NANUMTEO_DB_SCHEMA", schema);
        Process process = launch.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new RunningJar(process, URI.create("http://127.0.0.1:" + port), log);
    }

    /** The README's example decided, waiting up to 90 s for the jar to listen; null if it never answered. */
    HttpResponse<String> firstDecision() throws IOException, InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofSeconds(90).toNanos() && process.isAlive()) {
            try {
                return decide(Examples.DUAL_INCOME);
            } catch (IOException notYetListening) {
                Thread.sleep(200);
            }
        }
        return null;
    }

    HttpResponse<String> decide(String request) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve("/api/v1/eligibility/dual-income"))
                .header("Content-Type", "application/json").header("Authorization", Credentials.basic("intake", INTAKE_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(request)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            r.header("Authorization", Credentials.basic(user, password));
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hook, no graceful stop, as a crash or an OOM killer ends it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
