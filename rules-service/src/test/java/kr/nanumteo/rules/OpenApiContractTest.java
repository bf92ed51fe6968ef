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
            String path = op.get("x-path").asString();
            for (JsonNode example : op.at("/requestBody/content/application~1json/examples").values()) {
                MvcTestResult r = mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(example.get("value"))).exchange();
                assertThat(r).as(op.get("operationId").asString()).hasStatusOk();
                assertThat(asDocumented(r)).as(op.get("operationId").asString()).isEmpty();
            }
            String schema = "/paths/" + path.replace("/", "~1") + "/post/responses/200/content/application~1json/schema";
            for (Map.Entry<String, JsonNode> example : op.at("/responses/200/content/application~1json/examples").properties()) {
                assertThat(OpenApiAnswers.validate(schema, json.writeValueAsString(example.getValue().get("value")),
                        "documented answer " + example.getKey())).as(op.get("operationId").asString()).isEmpty();
            }
        }
    }

    /**
     * Every route, called as a client would, answers as the document says — its success and its problem
     * details, body validated against the documented schema — and no documented route is left uncalled.
     */
    @Test
    void everyRoutesRealAnswersAreAsDocumented() throws Exception {
        Map<String, Set<Integer>> answered = new TreeMap<>();
        java.util.function.BiConsumer<MvcTestResult, Integer> check = (r, expected) -> {
            String method = r.getRequest().getMethod();
            String uri = r.getRequest().getRequestURI();
            assertThat(r).as(method + " " + uri).hasStatus(expected);
            assertThat(asDocumented(r)).as(method + " " + uri).isEmpty();
            answered.computeIfAbsent(method + " " + OpenApiAnswers.template(method, uri).orElseThrow(), k -> new TreeSet<>()).add(expected);
        };
        for (JsonNode op : decisionOperations()) {
            JsonNode example = op.at("/requestBody/content/application~1json/examples").values().iterator().next().get("value");
            check.accept(post(op.get("x-path").asString(), json.writeValueAsString(example)), 200);
            check.accept(post(op.get("x-path").asString(), "{}"), 400);
        }
        String id = json.readTree(post("/api/v1/eligibility/dual-income", Examples.DUAL_INCOME).getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("decisionId").asString();
        check.accept(mvc.get().uri("/api/v1/decisions/" + id).exchange(), 200);
        check.accept(mvc.get().uri("/api/v1/decisions/" + java.util.UUID.randomUUID()).exchange(), 404);
        check.accept(mvc.get().uri("/api/v1/decisions/not-an-id").exchange(), 400);
        check.accept(mvc.get().uri("/api/v1/decisions?kind=dual-income&size=5").exchange(), 200);
        check.accept(mvc.get().uri("/api/v1/decisions?format=csv&pack=nanumteo-2024").exchange(), 200);
        check.accept(mvc.get().uri("/api/v1/decisions?from=2024-02-30").exchange(), 400);
        check.accept(mvc.get().uri("/api/v1/decisions/verification").exchange(), 200);
        check.accept(mvc.post().uri("/api/v1/decisions/" + id + "/replay").exchange(), 200);
        check.accept(mvc.post().uri("/api/v1/decisions/" + java.util.UUID.randomUUID() + "/replay").exchange(), 404);
        check.accept(post("/api/v1/comparisons", """
                { "kind": "dual-income", "left": "nanumteo-2023", "right": "nanumteo-2024", "request": %s }""".formatted(Examples.DUAL_INCOME)), 200);
        check.accept(post("/api/v1/comparisons", "{}"), 400);
        String line = json.writeValueAsString(json.readTree(Examples.DUAL_INCOME));
        check.accept(mvc.post().uri("/api/v1/comparisons/batch?kind=dual-income&left=nanumteo-2023&right=nanumteo-2024")
                .contentType("application/x-ndjson").content(line + "\n" + line + "\n").exchange(), 200);
        check.accept(mvc.post().uri("/api/v1/comparisons/batch?kind=nothing&left=nanumteo-2023&right=nanumteo-2024")
                .contentType("application/x-ndjson").content(line).exchange(), 400);
        check.accept(mvc.get().uri("/api/v1/rule-packs").exchange(), 200);
        check.accept(mvc.get().uri("/api/v1/rule-packs/nanumteo-2024").exchange(), 200);
        check.accept(mvc.get().uri("/api/v1/rule-packs/nanumteo-1999").exchange(), 404);
        check.accept(mvc.post().uri("/api/v1/admin/rule-packs").contentType("application/zip").content(new byte[] {1, 2, 3}).exchange(), 400);
        check.accept(mvc.post().uri("/api/v1/admin/rule-packs/reload").exchange(), 200);
        check.accept(mvc.post().uri("/api/v1/admin/rule-packs/nanumteo-2024/0.0.0/approval").exchange(), 404);
        check.accept(post("/api/v1/admin/rule-packs/nanumteo-2024/0.0.0/withdrawal", "{\"reason\": \"없는 버전\"}"), 404);
        MvcTestResult draft = post("/api/v1/admin/drafts", "{\"from\": \"nanumteo-2024\", \"year\": 2025}");
        check.accept(draft, 201);
        String draftId = json.readTree(draft.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
        check.accept(post("/api/v1/admin/drafts", "{}"), 400);
        check.accept(mvc.get().uri("/api/v1/admin/drafts").exchange(), 200);
        check.accept(mvc.get().uri("/api/v1/admin/drafts/" + draftId).exchange(), 200);
        check.accept(mvc.get().uri("/api/v1/admin/drafts/" + java.util.UUID.randomUUID()).exchange(), 404);
        check.accept(mvc.put().uri("/api/v1/admin/drafts/" + draftId + "/parameters/budget.standardPerCentre").contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 58000000, \"reason\": \"2025 사업안내\"}").exchange(), 200);
        check.accept(mvc.put().uri("/api/v1/admin/drafts/" + java.util.UUID.randomUUID() + "/parameters/budget.standardPerCentre")
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1, \"reason\": \"없는 초안\"}").exchange(), 404);
        MvcTestResult file = mvc.get().uri("/api/v1/admin/drafts/" + draftId + "/files/README.md").exchange();
        check.accept(file, 200);
        check.accept(mvc.get().uri("/api/v1/admin/drafts/" + draftId + "/files/nothing.drl").exchange(), 404);
        check.accept(mvc.put().uri("/api/v1/admin/drafts/" + draftId + "/files/README.md?reason=heading").contentType(MediaType.TEXT_PLAIN)
                .content(file.getResponse().getContentAsString(StandardCharsets.UTF_8) + "\n").exchange(), 200);
        check.accept(mvc.put().uri("/api/v1/admin/drafts/" + java.util.UUID.randomUUID() + "/files/README.md?reason=x").contentType(MediaType.TEXT_PLAIN)
                .content("x").exchange(), 404);
        check.accept(mvc.post().uri("/api/v1/admin/drafts/" + draftId + "/check").exchange(), 200);
        check.accept(mvc.post().uri("/api/v1/admin/drafts/" + java.util.UUID.randomUUID() + "/check").exchange(), 404);
        check.accept(mvc.post().uri("/api/v1/admin/drafts/" + java.util.UUID.randomUUID() + "/submission").exchange(), 404);

        Set<String> documented = new TreeSet<>();
        SPEC.get("paths").propertyNames().forEach(path -> SPEC.get("paths").get(path).propertyNames()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertThat(answered.keySet()).as("routes whose real answers were checked").isEqualTo(documented);
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static List<String> asDocumented(MvcTestResult r) {
        try {
            return OpenApiAnswers.problems(r.getRequest().getMethod(), r.getRequest().getRequestURI(), r.getResponse().getStatus(),
                    r.getResponse().getContentType(), r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
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
}
