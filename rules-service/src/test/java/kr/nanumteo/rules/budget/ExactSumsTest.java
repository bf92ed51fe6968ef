package kr.nanumteo.rules.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** Amounts are bounded and every sum of a plan exact: no total wraps around to a negative that reads as within the limit. */
@DatabaseTest
class ExactSumsTest {

    @Autowired
    DecisionEndpoints api;

    static String withAssets(String request, String item, int count) {
        String assets = String.join(", ", Collections.nCopies(count, item));
        return request.replaceFirst("(?s)\"assets\": \\[.*?]", "\"assets\": [" + assets + "]");
    }

    @Test
    void aThousandAssetsOfAHundredBillionWonTimesAHundredThousandAreRefusedItemByItemNotSummedToANegative() throws Exception {
        long before = api.recorded();
        String huge = "{ \"item\": \"x\", \"unitPrice\": 100000000000, \"quantity\": 100000 }";

        for (String uri : new String[] {"/api/v1/budgets/centre", "/api/v1/budgets/pooled"}) {
            String request = uri.endsWith("centre") ? Examples.CENTRE_BUDGET : Examples.POOLED_BUDGET;
            MvcTestResult r = api.post(uri, withAssets(request, huge, 1000));

            assertThat(r).as(uri).hasStatus(400);
            JsonNode errors = api.body(r).get("errors");
            assertThat(errors).hasSize(1000);
            assertThat(errors.get(0).get("field").asString()).isEqualTo("plan.assets[0]");
            assertThat(errors.get(0).get("message").asString()).isEqualTo("품목 금액(단가 × 수량 = 10000000000000000원)은 100000000000원 이하여야 합니다");
        }
        assertThat(api.recorded()).isEqualTo(before);
    }

    @Test
    void theLargestPlanTheBoundsAllowIsSummedExactlyAndJudgedOverTheLimit() throws Exception {
        String largest = "{ \"item\": \"x\", \"unitPrice\": 100000000, \"quantity\": 1000 }";

        JsonNode centre = api.body(api.post("/api/v1/budgets/centre", withAssets(Examples.CENTRE_BUDGET, largest, BudgetPlans.MAX_ASSETS)));
        JsonNode pooled = api.body(api.post("/api/v1/budgets/pooled", withAssets(Examples.POOLED_BUDGET, largest, BudgetPlans.MAX_ASSETS)));

        for (JsonNode answer : new JsonNode[] {centre, pooled}) {
            assertThat(answer.at("/assets/planned").asLong()).as(answer.toString()).isEqualTo(1000 * 100_000_000_000L);
            assertThat(answer.get("planTotal").asLong()).isGreaterThan(1000 * 100_000_000_000L);
            assertThat(answer.get("outcome").asString()).isEqualTo("NEEDS_CHANGES");
        }
    }

    @Test
    void onePastEachListsLengthIsRefusedBeforeItsItemsAreRead() throws Exception {
        String one = "{ \"item\": \"x\", \"unitPrice\": 1, \"quantity\": 1 }";
        MvcTestResult r = api.post("/api/v1/budgets/centre", withAssets(Examples.CENTRE_BUDGET, one, BudgetPlans.MAX_ASSETS + 1));

        assertThat(r).hasStatus(400);
        assertThat(api.body(r).get("errors").findValuesAsString("field")).containsExactly("plan.assets");
        assertThat(api.body(r).at("/errors/0/message").asString()).isEqualTo("1000개까지 보낼 수 있습니다 (받은 수: 1001)");
    }
}
