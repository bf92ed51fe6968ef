package kr.nanumteo.rules;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole instance of the service, started in this JVM on a random loopback port against a schema of the
 * test's choosing — two of them on one schema are two instances on one database. Closed by the test.
 */
public final class Instance implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    public final int port;

    private Instance(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Drops the schema, so the next instance started on it begins with an empty database. */
    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresRequired.URL, PostgresRequired.USER, PostgresRequired.PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** Starts an instance with the test profile on {@code schema}, with these properties over it (as command-line arguments). */
    public static Instance start(String schema, Map<String, String> properties) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", "0");
        all.put("server.address", "127.0.0.1");
        all.put("nanumteo.database.schema", schema);
        all.putAll(properties);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new Instance(new SpringApplicationBuilder(Application.class).profiles("test").run(args));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
        return send(request(path, credentials).GET(), Duration.ofSeconds(30));
    }

    public HttpResponse<String> post(String path, String credentials, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path, credentials).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                Duration.ofSeconds(150));
    }

    /** Any method, with a body of this content type. */
    public HttpResponse<String> send(String method, String path, String credentials, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(request(path, credentials).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body)),
                Duration.ofSeconds(150));
    }

    public HttpResponse<String> postJson(String path, String credentials, String json) throws IOException, InterruptedException {
        return post(path, credentials, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return credentials == null ? b : b.header("Authorization", credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) throws IOException, InterruptedException {
        return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
    }
}
