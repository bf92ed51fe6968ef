package kr.nanumteo.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.ChangedPack;
import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.centre.CentreType;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.subsidy.PumasiSubsidyRequest.ExpenseInput;
import kr.nanumteo.rules.subsidy.PumasiSubsidyRequest.GroupInput;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.ExpenseResult;
import kr.nanumteo.rules.subsidy.PumasiSubsidyResponse.ExpenseStatus;

/** INT-PS-03: whether a durable item under the unit price is a consumable is the pack's parameter, not code. */
class PumasiReadingsTest {

    @Test
    void aCheapDurableItemIsRefusedUnlessThePackReadsItAsAConsumable() {
        PumasiSubsidyRequest request = new PumasiSubsidyRequest(null, 2024, null, CentreType.GENERAL, null, List.of(
                new GroupInput(null, LocalDate.of(2023, 1, 10), 8, 1, List.of(6), List.of(
                        new ExpenseInput(6, ExpenseCategory.DURABLE_GOODS, 20_000L, 20_000L),
                        new ExpenseInput(6, ExpenseCategory.DURABLE_GOODS, 500_000L, 500_000L)))));

        PumasiSubsidyResponse strict = PumasiSubsidy.KIND.decide(TestPacks.all().byId("nanumteo-2024").orElseThrow(), request, Stamp.now());
        PumasiSubsidyResponse byPrice = PumasiSubsidy.KIND.decide(
                ChangedPack.with("2024", "pumasi.durableGoods.cheapItemsAreConsumables", "true"), request, Stamp.now());

        assertThat(strict.outcome()).isEqualTo(PumasiSubsidyResponse.Outcome.NOT_PAYABLE);
        assertThat(strict.groups().get(0).expenses()).extracting(ExpenseResult::status).containsOnly(ExpenseStatus.REFUSED);
        assertThat(byPrice.outcome()).isEqualTo(PumasiSubsidyResponse.Outcome.PARTLY_PAYABLE);
        assertThat(byPrice.groups().get(0).expenses()).extracting(ExpenseResult::status)
                .containsExactly(ExpenseStatus.ELIGIBLE, ExpenseStatus.REFUSED);
        assertThat(byPrice.groups().get(0).expenses().get(0).reasons()).extracting(r -> r.ruleId()).contains("PS-11", "PS-14");
        assertThat(byPrice.payableTotal()).isEqualTo(20_000);
    }
}
