package kr.nanumteo.rules.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import kr.nanumteo.rules.decisions.Warmup;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackLoadException;
import kr.nanumteo.rules.packs.PackLoader;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/**
 * Keeps this instance serving exactly the packs the database says are in service.
 *
 * <p>At start-up the instance records the packs it came with (the bundled ones, or the configured folder):
 * their files are stored and, the first time an id, version and content is seen, a PUBLISHED event is
 * appended. It then serves, for each pack id, the version whose publication is the newest and not withdrawn
 * — loading from the database any it does not have, such as a pack uploaded to another instance. Every
 * instance listens ({@code LISTEN}) for the events another one appends and applies them within moments; a
 * check every few seconds catches what a lost notification would miss. A pack the database lists as in
 * service that this instance cannot load keeps it from being ready (RulePacksHealth names the pack).
 */
@Component
public class PackSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PackSync.class);
    static final String START_UP = "start-up";

    private final PackRegistry registry;
    private final PackStore store;
    private final PublishedPacks published;
    private final Warmup warmup;
    private final DataSource dataSource;
    private final Duration pollInterval;

    /** The sequence number of the last event applied; -1 until the database has been read once. */
    private volatile long appliedSeq = -1;
    /** Packs the database lists as in service that this instance could not load, with why. */
    private volatile Map<String, String> unloadable = Map.of();
    /** Why the database could not be read at the last try, or null. */
    private volatile String unreachable;
    private volatile boolean recordedStartUp;
    /** A pack that failed to load is tried again when an event comes, or after this long (a compile is not free). */
    private static final Duration RETRY_UNLOADABLE = Duration.ofSeconds(60);
    private long lastTry;
    private volatile boolean stopped;
    /** Set once the start-up sync is done (a sync that finds it set also compiles the packs awaiting approval). */
    private volatile Thread listener;

    PackSync(PackRegistry registry, PackStore store, PublishedPacks published, Warmup warmup, DataSource dataSource,
            @Value("${nanumteo.publishing.poll-interval:2s}") Duration pollInterval) {
        this.registry = registry;
        this.store = store;
        this.published = published;
        this.warmup = warmup;
        this.dataSource = dataSource;
        this.pollInterval = pollInterval;
        registry.setLibrary(this::stored);
    }

    /** A stored pack by id and version (for a replay after a restart): the content its events name. */
    private Optional<RulePack> stored(String id, String version) {
        try {
            List<PackStore.Event> events = store.events(id, version);
            return events.isEmpty() ? Optional.empty() : load(events.get(events.size() - 1).ref(), new LinkedHashMap<>());
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            sync();
        } catch (DataAccessException e) {
            unreachable = e.getMessage();
            log.error("the rule packs could not be read from the database; serving those this instance came with: {}", e.getMessage());
        }
        listener = new Thread(this::listen, "rule-pack-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
        }
    }

    long appliedSeq() {
        return appliedSeq;
    }

    Map<String, String> unloadable() {
        return unloadable;
    }

    String unreachable() {
        return unreachable;
    }

    /**
     * Records the start-up packs once, then reads every event and serves what they put into service. Safe to
     * call at any time from any thread; publishing calls it right after appending an event.
     */
    public synchronized void sync() {
        if (!recordedStartUp) {
            recordStartUp();
            recordedStartUp = true;
        }
        long last = store.lastSeq();
        boolean retry = !unloadable.isEmpty() && System.nanoTime() - lastTry > RETRY_UNLOADABLE.toNanos();
        if (last == appliedSeq && !retry) {
            unreachable = null;
            return;
        }
        lastTry = System.nanoTime();
        List<PackStore.Event> events = store.events();
        last = events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
        Map<String, String> failed = new LinkedHashMap<>();
        List<RulePack> serve = new ArrayList<>();
        PublicationState state = PublicationState.of(events);
        for (PackStore.Event e : state.serving()) {
            pack(e, failed).ifPresent(serve::add);
        }
        if (!serve.isEmpty()) {
            PackSet next;
            try {
                next = PackSet.of(serve);
            } catch (PackLoadException ex) {
                failed.put("시행 기간", String.join("; ", ex.problems()));
                next = null;
            }
            if (next != null && !sameAs(next, registry.current())) {
                warmup.warm(next);
                registry.activate(next);
            }
        }
        unloadable = Map.copyOf(failed);
        unreachable = null;
        appliedSeq = last;
        if (!failed.isEmpty()) {
            log.error("rule packs the database lists as in service could not be loaded: {}", failed);
        }
        if (listener != null) {
            prepareAwaiting(state);
        }
    }

    /**
     * Compiles the packs awaiting approval ahead of it (not at start-up, which should not wait for them), so
     * that their publication, when it comes, reaches this instance without a compile: only the warm-up is left.
     * A pack awaiting approval has passed the check; if it still cannot be loaded here, that is logged, and its
     * publication will report it as for any pack.
     */
    private void prepareAwaiting(PublicationState state) {
        for (PublicationState.Entry e : state.all()) {
            if (e.status() == PublicationState.Status.AWAITING_APPROVAL && known(e.last()).isEmpty()) {
                Map<String, String> failed = new LinkedHashMap<>();
                load(e.last().ref(), failed)
                        .ifPresent(p -> log.info("rule pack {} {} awaiting approval: compiled ahead of its publication", p.id(), p.version()));
                if (!failed.isEmpty()) {
                    log.warn("a rule pack awaiting approval could not be compiled ahead: {}", failed);
                }
            }
        }
    }

    /** The pack of a PUBLISHED event: already in memory when this instance has it with that content, else from the database. */
    private Optional<RulePack> pack(PackStore.Event e, Map<String, String> failed) {
        Optional<RulePack> known = known(e);
        return known.isPresent() ? known : load(e.ref(), failed);
    }

    /** The pack an event names, if this instance holds it with that content (served, remembered or compiled ahead). */
    private Optional<RulePack> known(PackStore.Event e) {
        return registry.served().stream()
                .filter(p -> p.id().equals(e.id()) && p.version().equals(e.version()) && p.sha256().equals(e.sha256())).findFirst();
    }

    /** A stored pack loaded (and held to the DRL subset) from its files in the database; remembered for replays. */
    Optional<RulePack> load(RulePack.Ref ref, Map<String, String> failed) {
        String key = ref.id() + " " + ref.version();
        try {
            Optional<PackFiles> files = store.files(ref.sha256(), "db/" + ref.id() + "/" + ref.version());
            if (files.isEmpty()) {
                failed.put(key, "데이터베이스에 이 팩의 파일이 없습니다 (sha256 " + ref.sha256() + ")");
                return Optional.empty();
            }
            RulePack pack = PackLoader.load(files.get());
            registry.remember(pack);
            return Optional.of(pack);
        } catch (PackLoadException e) {
            failed.put(key, String.join("; ", e.problems()));
        } catch (RuntimeException e) {
            failed.put(key, e.toString());
        }
        return Optional.empty();
    }

    /** The packs this instance started with, stored and recorded as published — once for each id, version and content. */
    private void recordStartUp() {
        for (PackSet.InForce p : registry.current().packs()) {
            RulePack pack = p.pack();
            published.refuseOtherContent(pack);
            List<PackStore.Event> before = store.events(pack.id(), pack.version());
            if (before.stream().noneMatch(e -> e.kind() == PackStore.Kind.PUBLISHED && e.sha256().equals(pack.sha256()))) {
                store.storeFiles(pack.files());
                long after = before.isEmpty() ? 0 : before.get(before.size() - 1).seq();
                try {
                    store.append(PackStore.Kind.PUBLISHED, pack, after, START_UP, START_UP + ": " + pack.origin(), null, null);
                } catch (PackRefusedException e) {
                    if (e.why() != PackRefusedException.Why.CONCURRENT_CHANGE) {
                        throw e;
                    }
                    // Another instance starting with the same packs recorded it first.
                }
            }
            published.record(p, START_UP, START_UP + ": " + pack.origin());
        }
    }

    private static boolean sameAs(PackSet a, PackSet b) {
        if (a.packs().size() != b.packs().size()) {
            return false;
        }
        for (int i = 0; i < a.packs().size(); i++) {
            PackSet.InForce x = a.packs().get(i);
            PackSet.InForce y = b.packs().get(i);
            if (x.pack() != y.pack() || !x.period().equals(y.period())) {
                return false;
            }
        }
        return true;
    }

    /** Waits for NOTIFY on the packs' channel, and syncs on each, and every poll interval whatever happens. */
    private void listen() {
        while (!stopped) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + store.channel());
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] notifications = pg.getNotifications((int) pollInterval.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        log.debug("rule pack event {} heard", notifications[notifications.length - 1].getParameter());
                    }
                    syncQuietly();
                }
            } catch (SQLException | DataAccessException e) {
                unreachable = e.getMessage();
                sleep();
            } catch (RuntimeException e) {
                log.error("rule pack listener: {}", e.toString(), e);
                sleep();
            }
        }
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (DataAccessException e) {
            unreachable = e.getMessage();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
