package kr.nanumteo.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** api-docs/openapi.yaml as the tests read it: what the service is held to. */
public final class OpenApiSpec {

    public static final JsonNode SPEC = read();

    private OpenApiSpec() {
    }

    private static JsonNode read() {
        try {
            return YAMLMapper.builder().build().readTree(Files.readAllBytes(Path.of("..", "api-docs", "openapi.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path with its variables as {}: /api/v1/decisions/{decisionId} → /api/v1/decisions/{}. */
    public static String normalize(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    /** The documented operation of a method and a path (variables as {}), if there is one. */
    public static Optional<JsonNode> operation(String method, String normalizedPath) {
        JsonNode paths = SPEC.get("paths");
        for (String path : paths.propertyNames()) {
            if (normalize(path).equals(normalizedPath) && paths.get(path).has(method.toLowerCase(Locale.ROOT))) {
                return Optional.of(paths.get(path).get(method.toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }
}
