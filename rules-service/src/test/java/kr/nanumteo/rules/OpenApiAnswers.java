package kr.nanumteo.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.InputFormat;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;

/**
 * Real answers held to api-docs/openapi.yaml: the operation of the request's method and path, the response its
 * status documents, the media type, and the body validated against that response's schema by a JSON Schema
 * validator in OpenAPI 3.1's dialect (networknt json-schema-validator, reading the document itself, every
 * {@code $ref} resolved by it).
 */
public final class OpenApiAnswers {

    /** The document's id for the validator, which is given the document itself under it (nothing is fetched). */
    private static final String DOCUMENT = "https://nanumteo.invalid/api-docs/openapi.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
            registry -> registry.schemas(Map.of(DOCUMENT, tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(OpenApiSpec.SPEC))));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApiAnswers() {
    }

    /** The documented path a request path is of ({@code /api/v1/decisions/0190…} → {@code /api/v1/decisions/{decisionId}}): the most literal one. */
    public static Optional<String> template(String method, String path) {
        List<String> matching = new ArrayList<>();
        for (String template : OpenApiSpec.SPEC.get("paths").propertyNames()) {
            String regex = Pattern.quote(template).replace("/**", "\\E/.+\\Q").replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex) && OpenApiSpec.SPEC.get("paths").get(template).has(method.toLowerCase(Locale.ROOT))) {
                matching.add(template);
            }
        }
        return matching.stream().min(Comparator.comparingLong((String t) -> t.chars().filter(c -> c == '{' || c == '*').count()));
    }

    /** Whether the operation of this request documents this status (or a default answer). */
    public static boolean documents(String method, String path, int status) {
        return template(method, path).map(t -> OpenApiSpec.SPEC.get("paths").get(t).get(method.toLowerCase(Locale.ROOT)).get("responses"))
                .filter(responses -> responses.has(String.valueOf(status)) || responses.has("default")).isPresent();
    }

    /**
     * What is wrong with an answer by the document; empty when it is as documented. A status the operation does
     * not document, or a media type its response does not, is wrong too.
     */
    public static List<String> problems(String method, String path, int status, String contentType, String body) {
        String what = method + " " + path + " → " + status;
        Optional<String> template = template(method, path);
        if (template.isEmpty()) {
            return List.of(what + ": no documented operation");
        }
        String pointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses";
        JsonNode responses = OpenApiSpec.SPEC.at(pointer);
        String key = responses.has(String.valueOf(status)) ? String.valueOf(status) : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of(what + ": the operation documents only " + responses.propertyNames());
        }
        pointer += "/" + key;
        JsonNode response = OpenApiSpec.SPEC.at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asString().substring(1);
            response = OpenApiSpec.SPEC.at(pointer);
        }
        if (!response.has("content")) {
            return body == null || body.isEmpty() ? List.of() : List.of(what + ": a body where the document gives none");
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!response.get("content").has(media)) {
            return List.of(what + ": " + media + " where the document gives " + response.get("content").propertyNames());
        }
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            return body == null || body.isEmpty() ? List.of(what + ": no body") : List.of();
        }
        return validate(pointer + "/content/" + escape(media) + "/schema", body, what);
    }

    /** What is wrong with a JSON text by the schema at this JSON pointer of the document; empty when it conforms. */
    public static List<String> validate(String schemaPointer, String json, String what) {
        Schema schema = SCHEMAS.computeIfAbsent(schemaPointer, p -> REGISTRY.getSchema(SchemaLocation.of(DOCUMENT + "#" + uriFragment(p))));
        return schema.validate(json, InputFormat.JSON).stream().map(e -> what + ": " + e).toList();
    }

    private static String escape(String pointerStep) {
        return pointerStep.replace("~", "~0").replace("/", "~1");
    }

    private static String uriFragment(String pointer) {
        return pointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
    }
}
