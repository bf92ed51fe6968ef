package kr.nanumteo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.OpenApiSpec;
import kr.nanumteo.rules.PostgresRequired;
import tools.jackson.databind.json.JsonMapper;

/** The contract as integrators' tools fetch it: api-docs/openapi.yaml itself, and Swagger UI showing it, without credentials. */
@ExtendWith(PostgresRequired.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DatabaseTest.FreshSchema.class)
class ApiDocumentTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theServedDocumentIsTheContractTheTestsHoldTheServiceTo() throws Exception {
        MvcTestResult asJson = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(asJson).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        // read as the tests read the file: numbers as the document writes them, not as the service reads requests
        assertThat(JsonMapper.builder().build().readTree(asJson.getResponse().getContentAsString(StandardCharsets.UTF_8))).isEqualTo(OpenApiSpec.SPEC);

        MvcTestResult asYaml = mvc.get().uri("/v3/api-docs.yaml").exchange();
        assertThat(asYaml).hasStatusOk();
        assertThat(asYaml.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(Path.of("..", "api-docs", "openapi.yaml")));
    }

    @Test
    void swaggerUiAnswersWithoutCredentialsAndShowsThatDocument() throws Exception {
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk().bodyText().contains("swagger-ui");
        MvcTestResult config = mvc.get().uri("/v3/api-docs/springdoc/swagger-config").exchange();
        assertThat(config).hasStatusOk();
        assertThat(json.readTree(config.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("url").asString()).isEqualTo("/v3/api-docs.yaml");
        // "Try it out" signs in with HTTP Basic: the document says so
        assertThat(OpenApiSpec.SPEC.at("/components/securitySchemes/basicAuth/type").asString()).isEqualTo("http");
    }

    /** springdoc's own document, generated from the controllers, is not a second contract: nobody gets it. */
    @Test
    void theDocumentSpringdocWouldGenerateIsServedToNoOne() {
        assertThat(mvc.get().uri("/v3/api-docs/springdoc").exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/v3/api-docs/springdoc").header("Authorization", Credentials.TESTER).exchange()).hasStatus(403);
    }
}
