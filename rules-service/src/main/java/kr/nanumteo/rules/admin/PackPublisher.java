package kr.nanumteo.rules.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import kr.nanumteo.rules.decisions.Warmup;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackLoader;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.scenarios.PackScenarios;

/**
 * Puts packs into service without a restart: an uploaded pack, or the configured folder read again.
 * Each pack is checked as {@code check} checks it (compile, lint, its scenarios, its period among the
 * others); one that fails, or whose id and version are already published with other content, is
 * refused and the packs in service stay as they were. A pack that passes is warmed, recorded in
 * rule_pack, and only then put into service, in one step.
 */
@Service
public class PackPublisher implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PackPublisher.class);

    /** What a publish or reload did. {@code result}: PUBLISHED, or UNCHANGED when that exact pack was already in service. */
    public record Outcome(String result, List<RulePack.Ref> packs, List<PackCheck.Report> reports) {}

    private final PackRegistry registry;
    private final PublishedPacks published;
    private final Warmup warmup;
    private final Path scenarios;

    PackPublisher(PackRegistry registry, PublishedPacks published, Warmup warmup, @Value("${nanumteo.scenarios.dir:}") String scenarios) {
        this.registry = registry;
        this.published = published;
        this.warmup = warmup;
        this.scenarios = scenarios.isBlank() ? null : Path.of(scenarios);
    }

    /**
     * Records the packs the service started with. A pack whose id and version were published before with
     * other content stops the start: it must get a new version.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            for (PackSet.InForce p : registry.current().packs()) {
                refuseOtherContent(p.pack(), List.of());
                published.record(p, "start-up", "start-up: " + p.pack().origin());
            }
        } catch (DataAccessException e) {
            log.error("the packs in service could not be recorded in rule_pack: {}", e.getMessage());
        }
    }

    public synchronized Outcome publish(byte[] zip, String by) {
        PackArchive archive = PackArchive.read(zip);
        Path uploaded = archive.scenarios().isEmpty() ? null : writeScenarios(archive);
        PackSet current = registry.current();
        List<RulePack> inService = current.packs().stream().map(PackSet.InForce::pack).toList();
        PackCheck.Report report = PackCheck.check(archive.pack(), inService, PackScenarios.runs(uploaded, scenarios));
        if (!report.ok()) {
            throw new PackRefusedException(PackRefusedException.Why.CHECK_FAILED,
                    "규칙 팩이 점검을 통과하지 못해 게시하지 않았습니다. 지금 팩들은 그대로 운영됩니다.", List.of(report));
        }
        RulePack pack = report.loaded();
        refuseOtherContent(pack, List.of(report));
        Optional<RulePack> same = current.byId(pack.id());
        if (same.isPresent() && same.get().sha256().equals(pack.sha256()) && same.get().version().equals(pack.version())) {
            return new Outcome("UNCHANGED", List.of(pack.ref()), List.of(report));
        }
        List<RulePack> next = new ArrayList<>(inService.stream().filter(p -> !p.id().equals(pack.id())).toList());
        next.add(pack);
        put(PackSet.of(next), List.of(pack), by, "upload");
        return new Outcome("PUBLISHED", List.of(pack.ref()), List.of(report));
    }

    /** Reads the configured folder again; every pack must pass, or none is taken. */
    public synchronized Outcome reload(String by) {
        Path dir = registry.directory();
        if (dir == null) {
            throw new PackRefusedException(PackRefusedException.Why.NO_DIRECTORY,
                    "규칙 팩 폴더(nanumteo.rule-packs.dir)가 설정되지 않아 다시 읽을 폴더가 없습니다. 팩은 업로드로 게시하세요.", List.of());
        }
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
        List<String> broken = new ArrayList<>();
        for (PackFiles f : changedFolders) {
            try {
                loaded.add(PackLoader.load(f));
            } catch (kr.nanumteo.rules.packs.PackLoadException e) {
                broken.add(f.origin());
            }
        }
        List<PackCheck.Report> reports = new ArrayList<>();
        for (PackFiles f : changedFolders) {
            List<RulePack> others = loaded.stream().filter(p -> !p.origin().equals(f.origin())).toList();
            reports.add(PackCheck.check(f, others, PackScenarios.runs(scenarios, scenarios)));
        }
        if (!broken.isEmpty() || reports.stream().anyMatch(r -> !r.ok())) {
            throw new PackRefusedException(PackRefusedException.Why.CHECK_FAILED,
                    "점검을 통과하지 못한 팩이 있어 다시 읽지 않았습니다. 지금 팩들은 그대로 운영됩니다.", reports);
        }
        List<RulePack> packs = new ArrayList<>(unchanged);
        reports.forEach(r -> packs.add(r.loaded()));
        for (RulePack p : packs) {
            refuseOtherContent(p, reports);
        }
        PackSet next = PackSet.of(packs);
        List<RulePack> changed = packs.stream().filter(p -> registry.current().byId(p.id())
                .map(old -> !old.sha256().equals(p.sha256()) || !old.version().equals(p.version())).orElse(true)).toList();
        if (changed.isEmpty() && next.packs().size() == registry.current().packs().size()) {
            return new Outcome("UNCHANGED", packs.stream().map(RulePack::ref).toList(), reports);
        }
        put(next, packs, by, "reload: " + dir);
        return new Outcome("PUBLISHED", packs.stream().map(RulePack::ref).toList(), reports);
    }

    /** Warm, record, then serve: a pack is named in rule_pack before any decision is made with it. */
    private void put(PackSet next, List<RulePack> recorded, String by, String source) {
        warmup.warm(next);
        next.packs().stream().filter(p -> recorded.contains(p.pack())).forEach(p -> published.record(p, by, source));
        registry.activate(next);
    }

    private void refuseOtherContent(RulePack pack, List<PackCheck.Report> reports) {
        published.find(pack.id(), pack.version()).filter(p -> !p.sha256().equals(pack.sha256())).ifPresent(p -> {
            throw new PackRefusedException(PackRefusedException.Why.SAME_VERSION_OTHER_CONTENT,
                    "규칙 팩 " + pack.id() + " " + pack.version() + "은(는) 이미 다른 내용(sha256 " + p.sha256() + ")으로 게시되었습니다("
                            + p.publishedAt() + ", " + p.publishedBy() + "). 게시된 팩은 바꿀 수 없습니다: 버전을 올려 새 팩으로 게시하세요.",
                    reports);
        });
    }

    private static Path writeScenarios(PackArchive archive) {
        try {
            Path root = Files.createTempDirectory("pack-scenarios");
            Path dir = root.resolve(Path.of(archive.pack().origin()).getFileName().toString());
            for (var e : archive.scenarios().entrySet()) {
                Path file = dir.resolve(e.getKey()).normalize();
                if (!file.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
