package kr.nanumteo.rules.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void aShareOfAnAmountIsExactAndDropsAnyFractionOfAWon() {
        assertThat(Percent.of(56_712_000, new BigDecimal("30"))).isEqualTo(17_013_600);
        assertThat(Percent.of(55_194_000, new BigDecimal("10"))).isEqualTo(5_519_400);
        assertThat(Percent.of(1_001, new BigDecimal("50"))).isEqualTo(500);
        assertThat(Percent.of(999, new BigDecimal("12.5"))).isEqualTo(124);
    }

    @Test
    void reachingAShareIsComparedWithoutRounding() {
        assertThat(Percent.reaches(3, 10, new BigDecimal("30"))).isTrue();
        assertThat(Percent.reaches(29, 100, new BigDecimal("30"))).isFalse();
        assertThat(Percent.reaches(2, 7, new BigDecimal("30"))).isFalse();
        assertThat(Percent.reaches(3_000_001, 10_000_000, new BigDecimal("30"))).isTrue();
        assertThat(Percent.reaches(2_999_999, 10_000_000, new BigDecimal("30"))).isFalse();
    }

    @Test
    void aShareForDisplayIsCutNotRoundedUp() {
        assertThat(Percent.share(2_999_999, 10_000_000)).isEqualByComparingTo("29.9");
        assertThat(Percent.share(2, 3)).isEqualByComparingTo("66.6");
        assertThat(Percent.share(0, 0)).isEqualByComparingTo("0");
    }
}
