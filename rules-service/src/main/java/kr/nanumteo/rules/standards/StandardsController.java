package kr.nanumteo.rules.standards;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.decisions.DecisionService;
import tools.jackson.databind.JsonNode;

/** Centre inspections against a year's standards (api-docs/openapi.yaml, tag centres). */
@RestController
class StandardsController {

    private final DecisionService decisions;

    StandardsController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping(path = "/api/v1/standards/centre", consumes = "application/json", produces = "application/json")
    ResponseEntity<String> centre(@RequestBody JsonNode body) {
        return decisions.decide(CentreStandards.KIND, body);
    }
}
