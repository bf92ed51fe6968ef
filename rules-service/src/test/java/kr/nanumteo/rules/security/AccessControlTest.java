package kr.nanumteo.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.OpenApiSpec;
import kr.nanumteo.rules.PostgresRequired;
import tools.jackson.databind.JsonNode;

/**
 * Every route, asked with no credentials, a wrong password, and each role: 401, 403, or — for a role it
 * lets through — exactly the success or validation status the route documents for the request sent here.
 * "Anything but 401 or 403" would pass a 500.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DatabaseTest.FreshSchema.class)
class AccessControlTest {

    /** Who may call a route, and what the route answers them for the request {@link #call} sends. */
    record Access(Set<String> roles, int status) {}

    /** Each route ("METHOD path", path variables as {}). A route missing here fails the first test. */
    static final Map<String, Access> ALLOWED = Map.ofEntries(
            // The decision routes get "{}": refused, naming every missing field, before any pack is asked.
            Map.entry("POST /api/v1/eligibility/dual-income", new Access(Set.of("intake"), 400)),
            Map.entry("POST /api/v1/subsidies/pumasi", new Access(Set.of("intake"), 400)),
            Map.entry("POST /api/v1/budgets/centre", new Access(Set.of("intake"), 400)),
            Map.entry("POST /api/v1/budgets/pooled", new Access(Set.of("intake"), 400)),
            Map.entry("POST /api/v1/standards/centre", new Access(Set.of("intake"), 400)),
            Map.entry("POST /api/v1/admissions/dual-income-centre", new Access(Set.of("intake"), 400)),
            // A random decision id is not in the log.
            Map.entry("GET /api/v1/decisions/{}", new Access(Set.of("intake", "auditor"), 404)),
            Map.entry("GET /api/v1/decisions", new Access(Set.of("auditor"), 200)),
            Map.entry("GET /api/v1/decisions/verification", new Access(Set.of("auditor"), 200)),
            Map.entry("POST /api/v1/decisions/{}/replay", new Access(Set.of("auditor"), 404)),
            Map.entry("POST /api/v1/comparisons", new Access(Set.of("auditor"), 400)),
            // One JSON line that is no case: the report counts it as rejected.
            Map.entry("POST /api/v1/comparisons/batch", new Access(Set.of("auditor"), 200)),
            Map.entry("GET /api/v1/rule-packs", new Access(Set.of("policy", "auditor"), 200)),
            Map.entry("GET /api/v1/rule-packs/{}", new Access(Set.of("policy", "auditor"), 200)),
            // An empty body is no zip of a pack.
            Map.entry("POST /api/v1/admin/rule-packs", new Access(Set.of("policy"), 400)),
            Map.entry("POST /api/v1/admin/rule-packs/reload", new Access(Set.of("policy"), 200)),
            // A version that was never submitted.
            Map.entry("POST /api/v1/admin/rule-packs/{}/{}/approval", new Access(Set.of("policy"), 404)),
            Map.entry("POST /api/v1/admin/rule-packs/{}/{}/withdrawal", new Access(Set.of("policy"), 404)),
            // "{}" names neither the pack to start from nor the year.
            Map.entry("POST /api/v1/admin/drafts", new Access(Set.of("policy"), 400)),
            Map.entry("GET /api/v1/admin/drafts", new Access(Set.of("policy"), 200)),
            // A random draft id is no draft.
            Map.entry("GET /api/v1/admin/drafts/{}", new Access(Set.of("policy"), 404)),
            Map.entry("PUT /api/v1/admin/drafts/{}/parameters/{}", new Access(Set.of("policy"), 404)),
            Map.entry("GET /api/v1/admin/drafts/{}/files/**", new Access(Set.of("policy"), 404)),
            Map.entry("PUT /api/v1/admin/drafts/{}/files/**", new Access(Set.of("policy"), 404)),
            Map.entry("POST /api/v1/admin/drafts/{}/check", new Access(Set.of("policy"), 404)),
            Map.entry("POST /api/v1/admin/drafts/{}/submission", new Access(Set.of("policy"), 404)));

    static final Map<String, String> PASSWORDS = Map.of("intake", "intake-test-secret", "policy", "policy-test-secret",
            "auditor", "auditor-test-secret");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteHasItsRolesStatedHere() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + OpenApiSpec.normalize(p)))));

        assertThat(served).isEqualTo(new TreeSet<>(ALLOWED.keySet()));
    }

    @Test
    void theStatusExpectedOfEachRouteIsOneItDocuments() {
        ALLOWED.forEach((route, access) -> {
            String[] parts = route.split(" ", 2);
            JsonNode operation = OpenApiSpec.operation(parts[0], parts[1]).orElseThrow(() -> new AssertionError(route + " is not documented"));
            assertThat(operation.get("responses").propertyNames()).as(route + " documents").contains(String.valueOf(access.status()));
        });
    }

    /**
     * What openapi.yaml tells an integrator (each operation's {@code security}: HTTP Basic and the roles that
     * may call it) is what this table holds and the calls below prove.
     */
    @Test
    void eachRouteDocumentsHttpBasicWithTheRolesThatMayCallIt() {
        assertThat(OpenApiSpec.SPEC.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        ALLOWED.forEach((route, access) -> {
            String[] parts = route.split(" ", 2);
            JsonNode security = OpenApiSpec.operation(parts[0], parts[1]).orElseThrow().path("security");
            assertThat(security.size()).as(route + " security requirements").isEqualTo(1);
            Set<String> documented = new TreeSet<>();
            security.get(0).get("basicAuth").values().forEach(role -> documented.add(role.asString()));
            assertThat(documented).as(route).isEqualTo(new TreeSet<>(access.roles().stream().map(r -> r.toUpperCase(java.util.Locale.ROOT)).toList()));
        });
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordEveryRouteIs401() {
        ALLOWED.keySet().forEach(route -> {
            assertProblem(call(route, null, null), 401, route);
            assertProblem(call(route, "intake", "not-the-password"), 401, route);
        });
    }

    @Test
    void eachRoleGetsThroughWhereAllowedWithTheRoutesOwnAnswerAndIs403Elsewhere() {
        ALLOWED.forEach((route, access) -> PASSWORDS.forEach((user, password) -> {
            MvcTestResult r = call(route, user, password);
            if (access.roles().contains(user)) {
                assertThat(r).as(user + " " + route).hasStatus(access.status());
                assertThat(r.getResponse().getContentType()).as(user + " " + route)
                        .startsWith(access.status() < 400 ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            } else {
                assertProblem(r, 403, user + " " + route);
            }
        }));
    }

    @Test
    void healthIsOpenToProbesWithItsDetailsForStaffOnlyAndTheRestOfActuatorToStaff() {
        for (String probe : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
            for (MvcTestResult r : List.of(mvc.get().uri(probe).exchange(),
                    mvc.get().uri(probe).header("Authorization", kr.nanumteo.rules.Credentials.INTAKE).exchange())) {
                assertThat(r).as(probe).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
                assertThat(r).as(probe).bodyText().doesNotContain("components", "rulePacks", "sha256", "path", "details");
            }
        }
        for (String staff : List.of("policy", "auditor")) {
            assertThat(mvc.get().uri("/actuator/health").header("Authorization", kr.nanumteo.rules.Credentials.basic(staff, PASSWORDS.get(staff)))
                    .exchange()).as(staff).hasStatusOk().bodyText()
                    .contains("rulePacks", "nanumteo-2024", "sha256", "diskSpace", "\"path\"");
        }
        assertProblem(mvc.get().uri("/actuator/metrics").exchange(), 401, "metrics");
        assertProblem(mvc.get().uri("/actuator/metrics").header("Authorization", kr.nanumteo.rules.Credentials.basic("intake", PASSWORDS.get("intake"))).exchange(),
                403, "metrics");
        assertThat(mvc.post().uri("/api/v1/eligibility/dual-income").header("Authorization", kr.nanumteo.rules.Credentials.INTAKE)
                .contentType(MediaType.APPLICATION_JSON).content(kr.nanumteo.rules.Examples.DUAL_INCOME).exchange()).hasStatusOk();
        String auditor = kr.nanumteo.rules.Credentials.basic("auditor", PASSWORDS.get("auditor"));
        assertThat(mvc.get().uri("/actuator/metrics/nanumteo.decisions?tag=outcome:NEEDS_DOCUMENTS&tag=pack:nanumteo-2024")
                .header("Authorization", auditor).exchange()).hasStatusOk().bodyJson().extractingPath("$.measurements[0].value")
                .asNumber().satisfies(n -> assertThat(n.doubleValue()).isGreaterThanOrEqualTo(1));
        assertThat(mvc.get().uri("/actuator/metrics/nanumteo.evaluation?tag=kind:dual-income").header("Authorization", auditor).exchange())
                .hasStatusOk();
    }

    private MvcTestResult call(String route, String user, String password) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("/decisions/{}", "/decisions/" + UUID.randomUUID()).replace("/rule-packs/{}/{}/", "/rule-packs/nanumteo-2024/0.0.0/")
                .replace("/rule-packs/{}", "/rule-packs/nanumteo-2024").replace("/drafts/{}", "/drafts/" + UUID.randomUUID())
                .replace("/parameters/{}", "/parameters/budget.standardPerCentre").replace("/files/**", "/files/pack.yaml");
        var request = mvc.method(HttpMethod.valueOf(parts[0])).uri(path);
        if (path.endsWith("/comparisons/batch")) {
            request = request.param("kind", "dual-income").param("left", "nanumteo-2023").param("right", "nanumteo-2024")
                    .contentType("application/x-ndjson").content("{}");
        } else if (path.endsWith("/admin/rule-packs")) {
            request = request.contentType("application/zip").content(new byte[0]);
        } else if (parts[0].equals("POST") || parts[0].equals("PUT")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (user != null) {
            request = request.header("Authorization", kr.nanumteo.rules.Credentials.basic(user, password));
        }
        return request.exchange();
    }

    private static void assertProblem(MvcTestResult r, int status, String what) {
        assertThat(r).as(what).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == 401) {
            assertThat(r.getResponse().getHeader("WWW-Authenticate")).as(what).startsWith("Basic");
        }
    }
}
