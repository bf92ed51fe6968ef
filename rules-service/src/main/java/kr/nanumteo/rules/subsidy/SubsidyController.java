package kr.nanumteo.rules.subsidy;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.decisions.DecisionService;
import tools.jackson.databind.JsonNode;

/** The pumasi activity subsidy endpoint (api-docs/openapi.yaml, tag funding). */
@RestController
class SubsidyController {

    private final DecisionService decisions;

    SubsidyController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping(path = "/api/v1/subsidies/pumasi", consumes = "application/json", produces = "application/json")
    ResponseEntity<String> pumasi(@RequestBody JsonNode body) {
        return decisions.decide(PumasiSubsidy.KIND, body);
    }
}
