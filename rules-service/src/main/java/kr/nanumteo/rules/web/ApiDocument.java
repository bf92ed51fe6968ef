package kr.nanumteo.rules.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API contract, served: {@code api-docs/openapi.yaml} itself (the build copies it into the jar), at the
 * addresses OpenAPI tools look for — {@code /v3/api-docs} as JSON, {@code /v3/api-docs.yaml} as written. It is
 * the document the tests hold the service to, not one generated from the controllers; springdoc's Swagger UI
 * ({@code /swagger-ui/index.html}) shows it (application.properties, {@code springdoc.swagger-ui.url}).
 */
@RestController
class ApiDocument {

    static final String RESOURCE = "api-docs/openapi.yaml";

    private final byte[] yaml;
    private final byte[] json;

    ApiDocument(JsonMapper mapper) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            yaml = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the API document " + RESOURCE + " is not in the jar", e);
        }
        json = mapper.writeValueAsBytes(YAMLMapper.builder().build().readTree(yaml));
    }

    @GetMapping(value = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> asJson() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    @GetMapping(value = "/v3/api-docs.yaml", produces = "application/yaml")
    ResponseEntity<byte[]> asYaml() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8")).body(yaml);
    }
}
