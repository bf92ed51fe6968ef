package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Values in messages read as staff write them; the fast grouping gives exactly what String.format gave. */
class MessageTemplateTest {

    @Test
    void wholeNumbersAreGroupedByThousandsAsStringFormatDid() {
        SplittableRandom random = new SplittableRandom(1);
        long[] edges = { 0, 7, -7, 999, 1000, -1000, 999_999, 1_000_000, 56_712_000, Long.MAX_VALUE, Long.MIN_VALUE };
        for (long v : edges) {
            assertThat(MessageTemplate.grouped(v)).isEqualTo(String.format(Locale.ROOT, "%,d", v));
        }
        for (int i = 0; i < 10_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertThat(MessageTemplate.grouped(v)).isEqualTo(String.format(Locale.ROOT, "%,d", v));
        }
    }

    @Test
    void decimalsKeepTheirFormAndWholeDecimalsAreGrouped() {
        assertThat(MessageTemplate.format(new BigDecimal("8.0"))).isEqualTo("8");
        assertThat(MessageTemplate.format(new BigDecimal("7.50"))).isEqualTo("7.5");
        assertThat(MessageTemplate.format(new BigDecimal("56712000"))).isEqualTo("56,712,000");
        assertThat(MessageTemplate.format(new BigDecimal("5.6712E+7"))).isEqualTo("56,712,000");
        assertThat(MessageTemplate.format(new BigDecimal("123456789012345678901234"))).isEqualTo("123,456,789,012,345,678,901,234");
        assertThat(MessageTemplate.format(20)).isEqualTo("20");
        assertThat(MessageTemplate.format(1_250_000L)).isEqualTo("1,250,000");
    }
}
