package kr.nanumteo.rules.admission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.decisions.DecisionService;
import tools.jackson.databind.JsonNode;

/** Admissions to a dual-income child-care centre (api-docs/openapi.yaml, tag centres). */
@RestController
class AdmissionsController {

    private final DecisionService decisions;

    AdmissionsController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping(path = "/api/v1/admissions/dual-income-centre", consumes = "application/json", produces = "application/json")
    ResponseEntity<String> dualIncomeCentre(@RequestBody JsonNode body) {
        return decisions.decide(DualIncomeCentreAdmissions.KIND, body);
    }
}
