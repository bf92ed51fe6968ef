package kr.nanumteo.rules.eligibility;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.decisions.DecisionService;
import tools.jackson.databind.JsonNode;

/** The intake system's endpoint. Its contract is fixed (API.md, api-docs/openapi.yaml). */
@RestController
class EligibilityController {

    private final DecisionService decisions;

    EligibilityController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping(path = "/api/v1/eligibility/dual-income", consumes = "application/json", produces = "application/json")
    ResponseEntity<String> dualIncome(@RequestBody JsonNode body) {
        return decisions.decide(DualIncomeEligibility.KIND, body);
    }
}
