package kr.nanumteo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kr.nanumteo.rules.decisions.DecisionKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** api-docs/openapi.yaml and the running service describe the same API. */
@DatabaseTest
class OpenApiContractTest {

    static final JsonNode SPEC = OpenApiSpec.SPEC;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + OpenApiSpec.normalize(p)))));
        Set<String> documented = new TreeSet<>();
        SPEC.get("paths").propertyNames().forEach(path -> SPEC.get("paths").get(path).propertyNames()
                .forEach(method -> documented.add(method.toUpperCase() + " " + OpenApiSpec.normalize(path))));

        assertThat(documented).isEqualTo(served);
    }

    /**
     * Path and query parameters by the names the spec gives them, as a 400 names them: a path variable
     * is {@code {decisionId}} in both, not {@code {id}} in one of them.
     */
    @Test
    void everyRouteTakesThePathAndQueryParametersTheSpecNames() {
        Map<String, Set<String>> served = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> {
                    Set<String> query = served.computeIfAbsent(m.name() + " " + p, k -> new TreeSet<>());
                    info.getParamsCondition().getExpressions().forEach(e -> query.add(e.getName()));
                    for (MethodParameter parameter : method.getMethodParameters()) {
                        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                        if (param != null) {
                            query.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
                        }
                    }
                })));
        Map<String, Set<String>> documented = new TreeMap<>();
        SPEC.get("paths").propertyNames().forEach(path -> SPEC.get("paths").get(path).propertyNames().forEach(method -> {
            Set<String> query = documented.computeIfAbsent(method.toUpperCase() + " " + path, k -> new TreeSet<>());
            SPEC.get("paths").get(path).get(method).path("parameters").values().forEach(param -> {
                if (param.get("in").asString().equals("query")) {
                    query.add(param.get("name").asString());
                }
            });
        }));

        assertThat(documented).isEqualTo(served);
    }

    @Test
    void everyDecisionRequestSchemaListsExactlyTheFieldsTheServiceReads() {
        for (JsonNode op : decisionOperations()) {
            DecisionKind<?, ?> kind = DecisionKinds.byName(op.get("x-decision-kind").asString()).orElseThrow();
            JsonNode schema = op.at("/requestBody/content/application~1json/schema");
            List<String> problems = new ArrayList<>();
            compareFields(kind.requestType(), schema, kind.name(), problems);
            assertThat(problems).as(kind.name()).isEmpty();
        }
    }

    @Test
    void everyDocumentedExampleIsAnsweredAsTheSchemaSays() throws Exception {
        for (JsonNode op : decisionOperations()) {
            JsonNode responseSchema = op.at("/responses/200/content/application~1json/schema");
            for (JsonNode example : op.at("/requestBody/content/application~1json/examples").values()) {
                MvcTestResult r = mvc.post().uri(op.get("x-path").asString()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(example.get("value"))).exchange();
                assertThat(r).as(op.get("operationId").asString()).hasStatusOk();
                List<String> problems = new ArrayList<>();
                conforms(json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)), responseSchema, "$", problems);
                assertThat(problems).as(op.get("operationId").asString()).isEmpty();
            }
            for (JsonNode example : op.at("/responses/200/content/application~1json/examples").values()) {
                List<String> problems = new ArrayList<>();
                conforms(example.get("value"), responseSchema, "$", problems);
                assertThat(problems).as("documented answer of " + op.get("operationId").asString()).isEmpty();
            }
        }
    }

    /**
     * Every number, string and list of every decision request states its bound (maximum, maxLength,
     * maxItems), and the service refuses a value just past it, naming that field: each documented example
     * with one value past its bound at a time.
     */
    @Test
    void everyValueOfADecisionRequestHasADocumentedBoundThatTheServiceHolds() throws Exception {
        for (JsonNode op : decisionOperations()) {
            JsonNode schema = op.at("/requestBody/content/application~1json/schema");
            List<String> unbounded = new ArrayList<>();
            unbounded(schema, "$", unbounded);
            assertThat(unbounded).as(op.get("operationId").asString() + ": values without a documented bound").isEmpty();

            for (JsonNode example : op.at("/requestBody/content/application~1json/examples").values()) {
                JsonNode request = example.get("value");
                List<String> pointers = new ArrayList<>();
                bounded(request, schema, "", pointers);
                for (String pointer : pointers) {
                    JsonNode past = pastBound(request, pointer, schema);
                    MvcTestResult r = mvc.post().uri(op.get("x-path").asString()).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(past)).exchange();
                    String field = kr.nanumteo.rules.requests.FieldErrors.fromPointer(pointer);
                    assertThat(r).as(op.get("operationId").asString() + " " + field + " past its bound").hasStatus(400);
                    assertThat(json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("errors").findValuesAsString("field"))
                            .as(op.get("operationId").asString() + " " + field).contains(field);
                }
                assertThat(pointers).as("the example has bounded values to try").isNotEmpty();
            }
        }
    }

    /** Numbers without maximum, strings without maxLength (or enum, format), lists without maxItems. */
    private static void unbounded(JsonNode declared, String path, List<String> out) {
        JsonNode schema = resolve(declared);
        Set<String> types = types(schema);
        if (schema.has("properties")) {
            for (String name : schema.get("properties").propertyNames()) {
                unbounded(schema(schema, name), path + "." + name, out);
            }
        } else if (types.contains("array")) {
            if (!schema.has("maxItems")) {
                out.add(path);
            }
            unbounded(schema.get("items"), path + "[]", out);
        } else if ((types.contains("integer") || types.contains("number")) && !schema.has("maximum")) {
            out.add(path);
        } else if (types.contains("string") && !schema.has("enum") && !schema.has("format") && !schema.has("maxLength")) {
            out.add(path);
        }
    }

    private static JsonNode schema(JsonNode object, String property) {
        return object.get("properties").get(property);
    }

    /** JSON pointers of the values in {@code value} whose schema bounds them (a list's first item stands for all). */
    private static void bounded(JsonNode value, JsonNode schema, String pointer, List<String> out) {
        schema = resolve(schema);
        if (value.isObject() && schema.has("properties")) {
            for (String name : value.propertyNames()) {
                if (schema.get("properties").has(name)) {
                    bounded(value.get(name), schema(schema, name), pointer + "/" + name, out);
                }
            }
        } else if (value.isArray() && !value.isEmpty()) {
            if (schema.has("maxItems")) {
                out.add(pointer);
            }
            bounded(value.get(0), schema.get("items"), pointer + "/0", out);
        } else if ((value.isNumber() && schema.has("maximum")) || (value.isString() && schema.has("maxLength"))) {
            out.add(pointer);
        }
    }

    /** The request with the value at {@code pointer} just past its bound: one more than the most, one item or character too many. */
    private JsonNode pastBound(JsonNode request, String pointer, JsonNode schema) {
        JsonNode copy = request.deepCopy();
        JsonNode value = copy.at(pointer);
        JsonNode bound = schemaAt(schema, pointer);
        JsonNode past;
        if (value.isArray()) {
            tools.jackson.databind.node.ArrayNode more = json.createArrayNode();
            for (int i = 0; i <= bound.get("maxItems").asInt(); i++) {
                more.add(value.get(0).deepCopy());
            }
            past = more;
        } else if (value.isNumber()) {
            past = json.getNodeFactory().numberNode(bound.get("maximum").decimalValue().add(java.math.BigDecimal.ONE));
        } else {
            past = json.getNodeFactory().stringNode("x".repeat(bound.get("maxLength").asInt() + 1));
        }
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = copy.at(parent);
        if (container.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) container).set(Integer.parseInt(last), past);
        } else {
            ((tools.jackson.databind.node.ObjectNode) container).set(last, past);
        }
        return copy;
    }

    private static JsonNode schemaAt(JsonNode schema, String pointer) {
        JsonNode at = resolve(schema);
        for (String step : pointer.substring(1).split("/")) {
            at = resolve(step.chars().allMatch(Character::isDigit) ? at.get("items") : schema(at, step));
        }
        return at;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode t = schema.get("type");
        if (t != null) {
            if (t.isArray()) {
                t.values().forEach(x -> types.add(x.asString()));
            } else {
                types.add(t.asString());
            }
        }
        return types;
    }

    private static List<JsonNode> decisionOperations() {
        List<JsonNode> ops = new ArrayList<>();
        for (String path : SPEC.get("paths").propertyNames()) {
            JsonNode post = SPEC.get("paths").get(path).get("post");
            if (post != null && post.has("x-decision-kind")) {
                ((tools.jackson.databind.node.ObjectNode) post).put("x-path", path);
                ops.add(post);
            }
        }
        assertThat(ops).isNotEmpty();
        return ops;
    }

    static JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = SPEC.at(schema.get("$ref").asString().substring(1));
        }
        return schema;
    }

    /** The record's components and the schema's properties are the same names, all the way down. */
    private static void compareFields(Type type, JsonNode schema, String path, List<String> problems) {
        schema = resolve(schema);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (Collection.class.isAssignableFrom(raw)) {
            compareFields(((ParameterizedType) type).getActualTypeArguments()[0], schema.get("items"), path + "[]", problems);
            return;
        }
        if (!raw.isRecord()) {
            return;
        }
        Set<String> fields = new TreeSet<>();
        for (RecordComponent c : raw.getRecordComponents()) {
            fields.add(c.getName());
        }
        Set<String> documented = new TreeSet<>(schema.get("properties").propertyNames());
        if (!fields.equals(documented)) {
            problems.add(path + ": the service reads " + fields + " but the schema documents " + documented);
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            if (schema.get("properties").has(c.getName())) {
                compareFields(c.getGenericType(), schema.get("properties").get(c.getName()), path + "." + c.getName(), problems);
            }
        }
    }

    /** A small structural check: types, enums, required and undocumented properties, through $refs. */
    static void conforms(JsonNode value, JsonNode schema, String path, List<String> problems) {
        schema = resolve(schema);
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                problems.add(path + ": null where the schema says " + types);
            }
            return;
        }
        String actual = value.isObject() ? "object" : value.isArray() ? "array" : value.isBoolean() ? "boolean"
                : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : "string";
        if (!types.isEmpty() && !types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
            problems.add(path + ": " + actual + " where the schema says " + types);
            return;
        }
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").values().forEach(e -> allowed.add(e.asString()));
            if (!allowed.contains(value.asString())) {
                problems.add(path + ": " + value + " is not one of " + allowed);
            }
        }
        if (value.isObject() && schema.has("properties")) {
            for (String name : value.propertyNames()) {
                if (!schema.get("properties").has(name)) {
                    problems.add(path + "." + name + ": not in the schema");
                } else {
                    conforms(value.get(name), schema.get("properties").get(name), path + "." + name, problems);
                }
            }
            for (JsonNode required : schema.path("required").values()) {
                if (!value.has(required.asString())) {
                    problems.add(path + "." + required.asString() + ": required but absent");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value.values()) {
                conforms(item, schema.get("items"), path + "[" + i++ + "]", problems);
            }
        }
    }
}
