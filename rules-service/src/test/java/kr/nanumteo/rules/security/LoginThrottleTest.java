package kr.nanumteo.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves: limits, the window, and the addresses an account knows. */
class LoginThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2024-03-04T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final TestClock clock = new TestClock();
    final LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(1), clock, List.of("intake", "policy"));

    @Test
    void tenFailuresOfAnAccountInAMinuteRefuseItUntilTheFirstOfThemIsAMinuteOld() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("policy", "10.0.0." + i);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(throttle.refused("policy", "10.0.0.99")).as("nine failures").isEmpty();

        throttle.failed("policy", "10.0.0.9");

        // the first failure was at 0 s, the clock is at 9 s: 51 s to go, from any address not known to the account
        assertThat(throttle.refused("policy", "10.0.0.99")).contains(Duration.ofSeconds(51));
        assertThat(throttle.refused("intake", "10.0.0.99")).as("another account").isEmpty();
        clock.advance(Duration.ofSeconds(51));
        assertThat(throttle.refused("policy", "10.0.0.99")).isEmpty();
    }

    @Test
    void tenFailuresFromAnAddressRefuseEveryAccountFromThereAndUnknownNamesCountOnlyThere() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("guess-" + i, "10.0.0.1");
        }

        assertThat(throttle.refused("intake", "10.0.0.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.refused("intake", "10.0.0.2")).isEmpty();
        assertThat(throttle.refused("guess-0", "10.0.0.2")).as("unknown names are not tracked per account").isEmpty();
    }

    @Test
    void anAddressThatSignedInToTheAccountKeepsPassingItsThrottleButNotItsOwn() {
        throttle.succeeded("intake", "10.0.0.7");
        clock.advance(Duration.ofMinutes(30));
        for (int i = 0; i < 10; i++) {
            throttle.failed("intake", "10.0.1." + i);
        }

        assertThat(throttle.refused("intake", "10.0.0.7")).as("the intake system's own address").isEmpty();
        assertThat(throttle.refused("intake", "10.0.0.8")).isPresent();
        clock.advance(Duration.ofMinutes(31));
        for (int i = 0; i < 10; i++) {
            throttle.failed("intake", "10.0.2." + i);
        }
        assertThat(throttle.refused("intake", "10.0.0.7")).as("known for an hour only").isPresent();

        for (int i = 0; i < 10; i++) {
            throttle.failed("intake", "10.0.0.7");
        }
        throttle.succeeded("intake", "10.0.0.7");
        assertThat(throttle.refused("intake", "10.0.0.7")).as("its own failures still count for the address").isPresent();
    }

    @Test
    void aSuccessDoesNotForgiveTheFailuresOfOthers() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("policy", "10.0.1." + i);
            throttle.succeeded("policy", "10.0.0.7");
        }

        assertThat(throttle.refused("policy", "10.0.3.1")).isPresent();
    }
}
