package kr.nanumteo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.nanumteo.client.ApiClient;
import kr.nanumteo.client.api.DecisionsApi;
import kr.nanumteo.client.api.EligibilityApi;
import kr.nanumteo.client.model.DocumentCode;
import kr.nanumteo.client.model.DualIncomeRequest;
import kr.nanumteo.client.model.DualIncomeResponse;
import kr.nanumteo.client.model.GuardianInput;
import kr.nanumteo.client.model.GuardianResult;
import kr.nanumteo.client.model.MissingRequirement;
import kr.nanumteo.client.model.RecordedDecision;

/**
 * The document is enough to call the service: a Java client generated from api-docs/openapi.yaml by
 * openapi-generator (the build makes it, target/generated-test-sources) decides the README's example over
 * HTTP Basic — the missing documents, a list of alternatives each a list of codes, included — and reads the
 * decision back from the log.
 */
@ServedTest
class GeneratedClientTest {

    @LocalServerPort
    int port;

    private ApiClient client(String user, String password) {
        ApiClient client = new ApiClient();
        client.setScheme("http");
        client.setHost("127.0.0.1");
        client.setPort(port);
        client.setBasePath("");
        client.setRequestInterceptor(request -> request.header("Authorization", Credentials.basic(user, password)));
        return client;
    }

    @Test
    void theReadmeExampleDecidedAndReadBackThroughTheGeneratedClient() throws Exception {
        ApiClient intake = client("intake", "intake-test-secret");
        // the README's example ("Ask it something"): the father works 5 hours in the evening and has sent no proof yet
        DualIncomeRequest request = new DualIncomeRequest().applicationId("intake-2024-000123").asOf(LocalDate.parse("2024-03-04"))
                .singleParent(false).guardians(List.of(
                        new GuardianInput().relation(GuardianInput.RelationEnum.MOTHER).activity(GuardianInput.ActivityEnum.EMPLOYED)
                                .dailyHours(new BigDecimal("8.0")).monthlyDays(21).shift(GuardianInput.ShiftEnum.DAY)
                                .documents(List.of(DocumentCode.EMPLOYMENT_CERTIFICATE)),
                        new GuardianInput().relation(GuardianInput.RelationEnum.FATHER).activity(GuardianInput.ActivityEnum.EMPLOYED)
                                .dailyHours(new BigDecimal("5")).monthlyDays(22).shift(GuardianInput.ShiftEnum.EVENING).documents(List.of())));

        DualIncomeResponse answer = new EligibilityApi(intake).decideDualIncome(request);

        assertThat(answer.getOutcome()).isEqualTo(DualIncomeResponse.OutcomeEnum.NEEDS_DOCUMENTS);
        assertThat(answer.getRulePack().getId()).isEqualTo("nanumteo-2024");
        assertThat(answer.getDecisionId().version()).isEqualTo(7);
        GuardianResult father = answer.getGuardians().get(1);
        assertThat(father.getOutcome()).isEqualTo(GuardianResult.OutcomeEnum.QUALIFIES_PENDING_DOCUMENTS);
        assertThat(answer.getGuardians().get(0).getMissingDocuments()).isEmpty();
        MissingRequirement missing = father.getMissingDocuments().get(0);
        assertThat(missing.getLabel()).isEqualTo("재직 증빙 중 1부");
        assertThat(missing.getAnyOf()).hasSize(9).allSatisfy(alternative -> assertThat(alternative).hasSize(1))
                .contains(List.of(DocumentCode.EMPLOYMENT_CERTIFICATE), List.of(DocumentCode.LABOR_CONTRACT),
                        List.of(DocumentCode.INCOME_AMOUNT_CERTIFICATE));

        RecordedDecision recorded = new DecisionsApi(intake).getDecision(answer.getDecisionId());

        assertThat(recorded.getDecisionId()).isEqualTo(answer.getDecisionId());
        assertThat(recorded.getKind()).isEqualTo("dual-income");
        assertThat(recorded.getOutcome()).isEqualTo("NEEDS_DOCUMENTS");
        assertThat(recorded.getRulePack().getSha256()).isEqualTo(answer.getRulePack().getSha256());
        assertThat(((Map<?, ?>) recorded.getResponse()).get("decisionId")).isEqualTo(answer.getDecisionId().toString());
    }
}
