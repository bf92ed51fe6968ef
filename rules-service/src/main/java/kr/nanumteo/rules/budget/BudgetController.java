package kr.nanumteo.rules.budget;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.decisions.DecisionService;
import tools.jackson.databind.JsonNode;

/** The centre and pooled budget endpoints (api-docs/openapi.yaml, tag funding). */
@RestController
class BudgetController {

    private final DecisionService decisions;

    BudgetController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping(path = "/api/v1/budgets/centre", consumes = "application/json", produces = "application/json")
    ResponseEntity<String> centre(@RequestBody JsonNode body) {
        return decisions.decide(CentreBudget.KIND, body);
    }

    @PostMapping(path = "/api/v1/budgets/pooled", consumes = "application/json", produces = "application/json")
    ResponseEntity<String> pooled(@RequestBody JsonNode body) {
        return decisions.decide(PooledBudget.KIND, body);
    }
}
