package kr.nanumteo.rules.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, counted per account and per client address: after {@code maxFailures} failures within
 * {@code window}, that account or address is refused (429) until the oldest of them is older than the
 * window, whatever password it sends, the right one included. Without it a password could be guessed at
 * the speed of the server (500 wrong passwords took 0.65 s).
 *
 * <p>A throttled account would lock its own client out: anyone who can reach the service could keep the
 * intake system from deciding by sending wrong passwords for 'intake'. So an address that signed in to
 * the account within {@link #KNOWN_FOR} keeps passing the account's throttle (never the address's own).
 * Failures are not forgiven by a success, or a client signing in every second would reset the count for
 * everyone guessing from elsewhere.
 *
 * <p>Memory is bounded by what the window holds: entries with no failure in the window are dropped as the
 * maps grow. Only configured account names are counted per account; unknown names count per address.
 */
final class LoginThrottle {

    static final Duration KNOWN_FOR = Duration.ofHours(1);
    /** Past this many tracked keys, the ones whose window has passed are dropped. */
    private static final int PURGE_ABOVE = 10_000;
    /** Addresses remembered per account as having signed in. */
    private static final int KNOWN_PER_ACCOUNT = 100;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Set<String> accounts;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Instant>> knownAddresses = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock, Collection<String> accounts) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("login throttle needs at least one failure and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.accounts = Set.copyOf(accounts);
    }

    /** How long a sign-in as {@code account} from {@code address} must wait, or empty when it may be tried now. */
    Optional<Duration> refused(String account, String address) {
        address = orUnknown(address);
        Instant now = clock.instant();
        Optional<Instant> until = blockedUntil(byAddress.get(address), now);
        if (!known(account, address, now)) {
            Optional<Instant> accountUntil = blockedUntil(byAccount.get(account), now);
            if (accountUntil.isPresent() && (until.isEmpty() || accountUntil.get().isAfter(until.get()))) {
                until = accountUntil;
            }
        }
        return until.map(u -> Duration.between(now, u));
    }

    void failed(String account, String address) {
        address = orUnknown(address);
        Instant now = clock.instant();
        add(byAddress, address, now);
        if (accounts.contains(account)) {
            add(byAccount, account, now);
        }
    }

    void succeeded(String account, String address) {
        address = orUnknown(address);
        Instant now = clock.instant();
        Map<String, Instant> known = knownAddresses.computeIfAbsent(account, a -> new ConcurrentHashMap<>());
        known.put(address, now);
        if (known.size() > KNOWN_PER_ACCOUNT) {
            // one in, one out: the address that signed in longest ago
            known.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(e -> known.remove(e.getKey(), e.getValue()));
        }
    }

    /** A request whose address the container does not give still counts, under one name. */
    private static String orUnknown(String address) {
        return address == null ? "unknown" : address;
    }

    private boolean known(String account, String address, Instant now) {
        Instant at = knownAddresses.getOrDefault(account, Map.of()).get(address);
        return at != null && at.isAfter(now.minus(KNOWN_FOR));
    }

    private Optional<Instant> blockedUntil(Failures f, Instant now) {
        return f == null ? Optional.empty() : f.blockedUntil(now, maxFailures, window);
    }

    private void add(Map<String, Failures> map, String key, Instant now) {
        map.computeIfAbsent(key, k -> new Failures()).add(now, maxFailures);
        if (map.size() > PURGE_ABOVE) {
            map.values().removeIf(f -> f.lastBefore(now.minus(window)));
        }
    }

    /** The last {@code maxFailures} failure times of one key, oldest first. */
    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();

        synchronized void add(Instant at, int keep) {
            times.addLast(at);
            while (times.size() > keep) {
                times.removeFirst();
            }
        }

        synchronized Optional<Instant> blockedUntil(Instant now, int max, Duration window) {
            if (times.size() < max) {
                return Optional.empty();
            }
            Instant until = times.peekFirst().plus(window);
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }

        synchronized boolean lastBefore(Instant t) {
            return times.isEmpty() || times.peekLast().isBefore(t);
        }
    }
}
