package kr.nanumteo.rules.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import kr.nanumteo.rules.FactModel;

/**
 * Percentages of amounts in whole won, exactly (BigDecimal, never double). The rates themselves are
 * pack parameters (e.g. {@code budget.nationalShare.seoul: 30}); this only does the arithmetic.
 */
@FactModel
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /**
     * {@code percent}% of {@code amount}, in whole won, any fraction of a won dropped (원 미만 절사): a
     * share or a limit is never rounded up past what the rate allows.
     */
    public static long of(long amount, BigDecimal percent) {
        return BigDecimal.valueOf(amount).multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN).longValueExact();
    }

    /** Whether {@code part} is at least {@code percent}% of {@code whole}, compared exactly (3 of 10 is 30%). */
    public static boolean reaches(long part, long whole, BigDecimal percent) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** {@code part} as a percentage of {@code whole}, cut (not rounded) to one decimal, for display: 29.96% shows as 29.9. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
    }
}
