package kr.nanumteo.rules.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import kr.nanumteo.rules.Sha256;
import kr.nanumteo.rules.audit.RecordedChanges;
import kr.nanumteo.rules.decisions.Warmup;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackLoadException;
import kr.nanumteo.rules.packs.PackLoader;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.scenarios.PackScenarios;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a pack goes into service, and out of it: one path for an uploaded zip, a draft and the configured
 * folder read again.
 *
 * <ol>
 *   <li>submit: the pack is checked as {@code check} checks it (the DRL subset, compile, lint, its scenarios,
 *       generated requests, its period among the others, the guards); one that fails, or whose id and version
 *       are already taken by other content, is refused and nothing changes. One that passes is stored in
 *       PostgreSQL and awaits approval;
 *   <li>approve: another policy account — never the one who submitted it (four eyes) — approves it; it is
 *       checked again against the packs in service now, published, and every instance serves it;
 *   <li>withdraw: a pack stops deciding new cases (the version before it serves again, if there is one); it
 *       stays stored, and loadable, for replays.
 * </ol>
 * With {@code nanumteo.publishing.four-eyes=false} (a trial only) a pack that passes is published at once.
 * Who submitted, approved and withdrew what, when, with which sha256, is in pack_event.
 */
@Service
public class PackPublisher {

    /** Where a pack stands after a call. */
    public enum Status { AWAITING_APPROVAL, PUBLISHED, UNCHANGED, WITHDRAWN }

    /**
     * What a call did. {@code id}, {@code version} and {@code sha256} name the pack when there is one;
     * {@code result} repeats {@code status} for clients written before four eyes; {@code sequence} is the
     * publication sequence number the event got.
     */
    public record Outcome(Status status, String result, String id, String version, String sha256, Long sequence,
            List<RulePack.Ref> packs, List<PackCheck.Report> reports) {

        static Outcome of(Status status, RulePack pack, Long sequence, List<PackCheck.Report> reports) {
            return new Outcome(status, status.name(), pack.id(), pack.version(), pack.sha256(), sequence, List.of(pack.ref()), reports);
        }

        static Outcome ofMany(Status status, List<RulePack> packs, List<PackCheck.Report> reports) {
            return packs.size() == 1 ? of(status, packs.get(0), null, reports)
                    : new Outcome(status, status.name(), null, null, null, null, packs.stream().map(RulePack::ref).toList(), reports);
        }
    }

    private final PackRegistry registry;
    private final PublishedPacks published;
    private final PackStore store;
    private final PackSync sync;
    private final Warmup warmup;
    private final JsonMapper json;
    private final RecordedChanges recorded;
    private final Path scenarios;
    private final boolean fourEyes;

    PackPublisher(PackRegistry registry, PublishedPacks published, PackStore store, PackSync sync, Warmup warmup, JsonMapper json,
            RecordedChanges recorded, @Value("${nanumteo.scenarios.dir:}") String scenarios,
            @Value("${nanumteo.publishing.four-eyes:true}") boolean fourEyes) {
        this.registry = registry;
        this.published = published;
        this.store = store;
        this.sync = sync;
        this.warmup = warmup;
        this.json = json;
        this.recorded = recorded;
        this.scenarios = scenarios.isBlank() ? null : Path.of(scenarios);
        this.fourEyes = fourEyes;
    }

    public boolean fourEyes() {
        return fourEyes;
    }

    /** An uploaded zip: the pack folder, its scenarios riding along under scenarios/. */
    public Outcome upload(byte[] zip, String by) {
        PackArchive archive = PackArchive.read(zip);
        Path uploaded = archive.scenarios().isEmpty() ? null : writeScenarios(archive, Sha256.hex(zip).substring(0, 12));
        try {
            return submit(archive.pack(), uploaded, by, "upload");
        } finally {
            delete(uploaded);
        }
    }

    /**
     * Checks {@code files} and, when they pass, stores them to await approval — or, without four eyes,
     * publishes them at once.
     *
     * @param ownScenarios a folder holding the pack's scenarios as {@code <folder>/<pack folder>}, or null
     */
    public synchronized Outcome submit(PackFiles files, Path ownScenarios, String by, String source) {
        sync.sync();
        PackCheck.Report report = check(files, ownScenarios);
        if (!report.ok()) {
            throw new PackRefusedException(PackRefusedException.Why.CHECK_FAILED,
                    "규칙 팩이 점검을 통과하지 못해 게시하지 않았습니다. 지금 팩들은 그대로 운영됩니다.", List.of(report));
        }
        return submitChecked(report.loaded(), by, source, report);
    }

    private Outcome submitChecked(RulePack pack, String by, String source, PackCheck.Report report) {
        published.refuseOtherContent(pack);
        PublicationState state = PublicationState.of(store.events());
        refusePendingOtherContent(pack, state);
        Optional<PublicationState.Entry> entry = state.entry(pack.id(), pack.version()).filter(e -> e.last().sha256().equals(pack.sha256()));
        if (entry.isPresent() && entry.get().status() == PublicationState.Status.IN_SERVICE) {
            return Outcome.of(Status.UNCHANGED, pack, entry.get().last().seq(), List.of(report));
        }
        if (fourEyes && entry.isPresent() && entry.get().status() == PublicationState.Status.AWAITING_APPROVAL) {
            return Outcome.of(Status.AWAITING_APPROVAL, pack, entry.get().last().seq(), List.of(report));
        }
        store.storeFiles(pack.files());
        if (fourEyes) {
            long after = entry.map(e -> e.last().seq()).orElse(store.lastSeq(pack.id(), pack.version()));
            PackStore.Event e = store.append(PackStore.Kind.SUBMITTED, pack, after, by, source, null, json.writeValueAsString(report));
            // Compiled by its check already: this instance need not compile it again ahead of the approval (PackSync).
            registry.remember(pack);
            return Outcome.of(Status.AWAITING_APPROVAL, pack, e.seq(), List.of(report));
        }
        return publish(pack, store.lastSeq(pack.id(), pack.version()), by, source, report);
    }

    /** A second policy account approves a submitted pack: checked again against the packs in service now, then published. */
    public synchronized Outcome approve(String id, String version, String by) {
        sync.sync();
        PublicationState.Entry entry = PublicationState.of(store.events()).entry(id, version)
                .orElseThrow(() -> new PackRefusedException(PackRefusedException.Why.NOT_FOUND,
                        "규칙 팩 " + id + " " + version + "은(는) 제출된 적이 없습니다.", List.of()));
        if (entry.status() != PublicationState.Status.AWAITING_APPROVAL) {
            throw new PackRefusedException(PackRefusedException.Why.NOT_AWAITING_APPROVAL,
                    "규칙 팩 " + id + " " + version + "은(는) 승인을 기다리는 팩이 아닙니다 (지금 상태: " + entry.status() + ").", List.of());
        }
        PackStore.Event submitted = entry.submitted();
        if (submitted.by().equals(by)) {
            throw new PackRefusedException(PackRefusedException.Why.OWN_SUBMISSION,
                    "자신이 제출한 팩은 승인할 수 없습니다: 규칙 팩은 다른 정책 담당자가 승인해야 게시됩니다 (제출: " + submitted.by() + ", "
                            + submitted.at() + ").", List.of());
        }
        PackFiles files = store.files(submitted.sha256(), "db/" + id + "/" + version).orElseThrow(() -> new IllegalStateException(
                "the files of submitted pack " + id + " " + version + " (" + submitted.sha256() + ") are not in the database"));
        // Its own scenarios were decided when it was submitted (that report is in the SUBMITTED event); this check
        // is against the packs in service now, which may have changed since.
        PackCheck.Report report = check(files, null);
        if (!report.ok()) {
            throw new PackRefusedException(PackRefusedException.Why.CHECK_FAILED,
                    "제출 뒤에 운영 중인 팩이 바뀌어 이 팩이 다시 점검을 통과하지 못했습니다. 게시하지 않았습니다.", List.of(report));
        }
        return publish(report.loaded(), entry.last().seq(), by,
                "approval of " + submitted.seq() + " (" + submitted.source() + ", " + submitted.by() + ")", report);
    }

    /** Stops a pack deciding new cases (or withdraws a submission); it stays stored for replays. */
    public synchronized Outcome withdraw(String id, String version, String by, String reason) {
        sync.sync();
        List<PackStore.Event> events = store.events();
        PublicationState.Entry entry = PublicationState.of(events).entry(id, version)
                .orElseThrow(() -> new PackRefusedException(PackRefusedException.Why.NOT_FOUND,
                        "규칙 팩 " + id + " " + version + "은(는) 게시되거나 제출된 적이 없습니다.", List.of()));
        if (entry.status() == PublicationState.Status.WITHDRAWN) {
            throw new PackRefusedException(PackRefusedException.Why.NOT_AWAITING_APPROVAL,
                    "규칙 팩 " + id + " " + version + "은(는) 이미 거두어졌습니다 (" + entry.withdrawn().at() + ", " + entry.withdrawn().by() + ").",
                    List.of());
        }
        RulePack pack = sync.load(entry.last().ref(), new java.util.LinkedHashMap<>())
                .orElseThrow(() -> new IllegalStateException("pack " + id + " " + version + " cannot be loaded from the database"));
        if (entry.status() == PublicationState.Status.IN_SERVICE) {
            refuseWithdrawalThatBreaksTheSet(pack, events);
        }
        PackStore.Event e = store.append(PackStore.Kind.WITHDRAWN, pack, entry.last().seq(), by, "withdrawal", reason, null);
        sync.sync();
        return Outcome.of(Status.WITHDRAWN, pack, e.seq(), List.of());
    }

    /**
     * Reads the configured folder again: the folders whose files changed are checked — all must pass, or none
     * is taken — and then take the same path as an upload.
     */
    public synchronized Outcome reload(String by) {
        Path dir = registry.directory();
        if (dir == null) {
            throw new PackRefusedException(PackRefusedException.Why.NO_DIRECTORY,
                    "규칙 팩 폴더(nanumteo.rule-packs.dir)가 설정되지 않아 다시 읽을 폴더가 없습니다. 팩은 업로드로 게시하세요.", List.of());
        }
        sync.sync();
        List<PackFiles> folders = PackFiles.allInDirectory(dir);
        // A folder whose files are those of a pack in service passed its check when it went into service:
        // it is taken as it is, and only the folders that changed are checked (and their requests generated).
        List<RulePack> unchanged = new ArrayList<>();
        List<PackFiles> changedFolders = new ArrayList<>();
        for (PackFiles f : folders) {
            String sha256 = f.sha256();
            registry.current().packs().stream().map(PackSet.InForce::pack).filter(p -> p.sha256().equals(sha256)).findFirst()
                    .ifPresentOrElse(unchanged::add, () -> changedFolders.add(f));
        }
        List<RulePack> loaded = new ArrayList<>(unchanged);
        for (PackFiles f : changedFolders) {
            try {
                loaded.add(PackLoader.load(f));
            } catch (PackLoadException e) {
                // reported by its check below
            }
        }
        List<PackCheck.Report> reports = new ArrayList<>();
        List<RulePack> inService = registry.current().packs().stream().map(PackSet.InForce::pack).toList();
        for (PackFiles f : changedFolders) {
            // Beside it: what serves now, where the folder's other packs (which go into service with it) take their ids' place.
            java.util.Map<String, RulePack> others = new java.util.LinkedHashMap<>();
            inService.forEach(p -> others.put(p.id(), p));
            loaded.stream().filter(p -> !p.origin().equals(f.origin())).forEach(p -> others.put(p.id(), p));
            reports.add(PackCheck.check(f, List.copyOf(others.values()), PackScenarios.runs(scenarios, scenarios, recorded::of)));
        }
        if (reports.stream().anyMatch(r -> !r.ok())) {
            throw new PackRefusedException(PackRefusedException.Why.CHECK_FAILED,
                    "점검을 통과하지 못한 팩이 있어 다시 읽지 않았습니다. 지금 팩들은 그대로 운영됩니다.", reports);
        }
        List<RulePack> changed = reports.stream().map(PackCheck.Report::loaded).toList();
        for (RulePack p : changed) {
            published.refuseOtherContent(p);
        }
        if (changed.isEmpty()) {
            return Outcome.ofMany(Status.UNCHANGED, unchanged, reports);
        }
        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            statuses.add(submitChecked(changed.get(i), by, "reload: " + dir, reports.get(i)).status());
        }
        Status status = statuses.contains(Status.AWAITING_APPROVAL) ? Status.AWAITING_APPROVAL
                : statuses.contains(Status.PUBLISHED) ? Status.PUBLISHED : Status.UNCHANGED;
        return Outcome.ofMany(status, changed, reports);
    }

    /** What submitting {@code files} would find, without submitting them (a draft's check). */
    public PackCheck.Report check(PackFiles files) {
        sync.sync();
        return check(files, null);
    }

    /** The check a submission and an approval make, against the packs in service now. */
    private PackCheck.Report check(PackFiles files, Path ownScenarios) {
        List<RulePack> inService = registry.current().packs().stream().map(PackSet.InForce::pack).toList();
        return PackCheck.check(files, inService, PackScenarios.runs(ownScenarios, scenarios, recorded::of));
    }

    /** Warm, record, publish, serve: a pack is in rule_pack and pack_event before any decision is made with it. */
    private Outcome publish(RulePack pack, long after, String by, String source, PackCheck.Report report) {
        List<RulePack> next = new ArrayList<>(registry.current().packs().stream().map(PackSet.InForce::pack)
                .filter(p -> !p.id().equals(pack.id())).toList());
        next.add(pack);
        PackSet set = PackSet.of(next);
        warmup.warm(set);
        registry.remember(pack);
        set.packs().stream().filter(p -> p.pack() == pack).forEach(p -> published.record(p, by, source));
        PackStore.Event e = store.append(PackStore.Kind.PUBLISHED, pack, after, by, source, null, json.writeValueAsString(report));
        sync.sync();
        return Outcome.of(Status.PUBLISHED, pack, e.seq(), List.of(report));
    }

    /** One id and version, one content — also while it awaits approval. */
    private static void refusePendingOtherContent(RulePack pack, PublicationState state) {
        state.entry(pack.id(), pack.version()).filter(e -> e.status() == PublicationState.Status.AWAITING_APPROVAL)
                .filter(e -> !e.last().sha256().equals(pack.sha256())).ifPresent(e -> {
                    throw new PackRefusedException(PackRefusedException.Why.SAME_VERSION_OTHER_CONTENT,
                            "규칙 팩 " + pack.id() + " " + pack.version() + "은(는) 다른 내용(sha256 " + e.last().sha256() + ")으로 승인을 기다리고 "
                                    + "있습니다 (" + e.last().by() + ", " + e.last().at() + "). 그 제출을 거두거나 버전을 올리세요.", List.of());
                });
    }

    /** Withdrawing must leave a set that serves: at least one pack, periods that do not overlap, every pack loadable. */
    private void refuseWithdrawalThatBreaksTheSet(RulePack pack, List<PackStore.Event> events) {
        List<PackStore.Event> after = new ArrayList<>(events);
        PackStore.Event last = events.get(events.size() - 1);
        after.add(new PackStore.Event(last.seq() + 1, PackStore.Kind.WITHDRAWN, pack.id(), pack.version(), pack.sha256(),
                pack.effectiveFrom(), pack.effectiveTo(), "", last.at(), "", null));
        List<RulePack> remaining = new ArrayList<>();
        java.util.Map<String, String> failed = new java.util.LinkedHashMap<>();
        for (PackStore.Event e : PublicationState.of(after).serving()) {
            Optional<RulePack> p = registry.find(e.id(), e.version()).filter(x -> x.sha256().equals(e.sha256()));
            (p.isPresent() ? p : sync.load(e.ref(), failed)).ifPresent(remaining::add);
        }
        String why = null;
        if (remaining.isEmpty()) {
            why = "운영 중인 마지막 팩은 거둘 수 없습니다";
        } else if (!failed.isEmpty()) {
            why = "대신 운영될 팩을 불러올 수 없습니다: " + failed;
        } else {
            try {
                PackSet.of(remaining);
            } catch (PackLoadException e) {
                why = "거두면 남는 팩들의 시행 기간이 맞지 않습니다: " + String.join("; ", e.problems());
            }
        }
        if (why != null) {
            throw new PackRefusedException(PackRefusedException.Why.WITHDRAWAL_REFUSED,
                    "규칙 팩 " + pack.id() + " " + pack.version() + "을(를) 거두지 않았습니다: " + why + ".", List.of());
        }
    }

    /** The upload's scenarios in a temporary folder named after the upload (pack-scenarios-<sha256 prefix>-…). */
    private static Path writeScenarios(PackArchive archive, String upload) {
        Path root = null;
        try {
            root = Files.createTempDirectory("pack-scenarios-" + upload + "-");
            Path dir = root.resolve(Path.of(archive.pack().origin()).getFileName().toString());
            for (var e : archive.scenarios().entrySet()) {
                Path file = dir.resolve(e.getKey()).normalize();
                if (!file.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            return root;
        } catch (IOException e) {
            delete(root);
            throw new UncheckedIOException(e);
        }
    }

    /** The uploaded scenarios' temporary folder, gone once the upload is answered. */
    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(PackPublisher.class).warn("temporary scenarios {} not deleted: {}", root, e.toString());
        }
    }
}
