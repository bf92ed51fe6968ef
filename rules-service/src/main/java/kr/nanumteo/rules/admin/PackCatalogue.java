package kr.nanumteo.rules.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.NotFoundException;

/**
 * The catalogue of packs as policy staff and auditors read it — each pack with its status and who did what
 * when — for the API (RulePackController) and the console alike.
 */
@Service
public class PackCatalogue {

    /**
     * One pack in the catalogue. {@code status}: IN_SERVICE, AWAITING_APPROVAL, RETIRED (published, then replaced
     * by a newer version of its id) or WITHDRAWN. Who submitted, approved ({@code publishedBy}) and withdrew it, when.
     */
    public record PackSummary(String id, String version, String sha256, String status, String period, LocalDate effectiveFrom,
            LocalDate effectiveTo, Instant publishedAt, String publishedBy, String source, Instant submittedAt, String submittedBy,
            Instant withdrawnAt, String withdrawnBy, String withdrawalReason, Long sequence) {}

    /** A pack as staff read it: its rules, parameters and interpretations. */
    public record PackDetail(PackSummary pack, String guideline, String previous, List<RulePack.RuleInfo> rules,
            List<ParameterView> parameters, List<RulePack.Interpretation> interpretations) {}

    private final PackRegistry registry;
    private final PackStore store;
    private final PackSync sync;

    PackCatalogue(PackRegistry registry, PackStore store, PackSync sync) {
        this.registry = registry;
        this.store = store;
        this.sync = sync;
    }

    /** Every pack the database knows of (submitted, published, withdrawn), then those this instance serves without it. */
    public List<PackSummary> list() {
        PublicationState state = PublicationState.of(store.events());
        Map<String, PackSummary> out = new LinkedHashMap<>();
        for (PublicationState.Entry e : state.all()) {
            out.put(e.id() + " " + e.version(), summary(e, registry.find(e.id(), e.version()).orElse(null)));
        }
        for (RulePack p : registry.served()) {
            out.putIfAbsent(p.id() + " " + p.version(), summary(p));
        }
        return new ArrayList<>(out.values());
    }

    /** The pack in service under {@code id}, or that version of it — also one awaiting approval or withdrawn; 404 otherwise. */
    public RulePack pack(String id, String version) {
        PackSet current = registry.current();
        Optional<PublicationState.Entry> entry = version == null ? Optional.empty() : PublicationState.of(store.events()).entry(id, version);
        return (version == null ? current.byId(id) : registry.find(id, version)
                .or(() -> entry.flatMap(e -> sync.load(e.last().ref(), new LinkedHashMap<>()))))
                .orElseThrow(() -> new PackNotFoundException(id, version, registry));
    }

    public PackDetail detail(RulePack pack) {
        List<ParameterView> parameters = new ArrayList<>();
        pack.parameters().all().values().forEach(p -> parameters.add(ParameterView.of(p)));
        return new PackDetail(summary(pack.id(), pack.version(), pack), pack.guideline(), pack.previous(), pack.rules(), parameters,
                pack.interpretations());
    }

    /** The catalogue line of one pack. */
    public PackSummary summary(String id, String version, RulePack pack) {
        return PublicationState.of(store.events()).entry(id, version).map(e -> summary(e, pack)).orElseGet(() -> summary(pack));
    }

    private PackSummary summary(PublicationState.Entry e, RulePack loaded) {
        PackStore.Event last = e.last();
        String period = e.status() == PublicationState.Status.IN_SERVICE ? periodInService(last.id(), last.version(), last.sha256()) : null;
        PackStore.Event published = e.published();
        PackStore.Event submitted = e.submitted();
        PackStore.Event withdrawn = e.status() == PublicationState.Status.WITHDRAWN ? e.withdrawn() : null;
        return new PackSummary(last.id(), last.version(), last.sha256(), e.status().name(), period,
                loaded != null ? loaded.effectiveFrom() : last.effectiveFrom(), loaded != null ? loaded.effectiveTo() : last.effectiveTo(),
                published == null ? null : published.at(), published == null ? null : published.by(),
                (published != null ? published : last).source(), submitted == null ? null : submitted.at(),
                submitted == null ? null : submitted.by(), withdrawn == null ? null : withdrawn.at(), withdrawn == null ? null : withdrawn.by(),
                withdrawn == null ? null : withdrawn.note(), last.seq());
    }

    /** A pack this instance serves or served without the database knowing of it (the database was away). */
    private PackSummary summary(RulePack p) {
        String period = periodInService(p.id(), p.version(), p.sha256());
        return new PackSummary(p.id(), p.version(), p.sha256(), period != null ? "IN_SERVICE" : "RETIRED", period, p.effectiveFrom(),
                p.effectiveTo(), null, null, null, null, null, null, null, null, null);
    }

    private String periodInService(String id, String version, String sha256) {
        return registry.current().packs().stream()
                .filter(f -> f.pack().id().equals(id) && f.pack().version().equals(version) && f.pack().sha256().equals(sha256))
                .findFirst().map(PackSet.InForce::period).orElse(null);
    }

    /** No such pack: 404. */
    static class PackNotFoundException extends NotFoundException {
        PackNotFoundException(String id, String version, PackRegistry registry) {
            super("규칙 팩 " + id + (version == null ? "" : " " + version) + "이(가) 없습니다. 있는 팩: "
                    + registry.served().stream().map(p -> p.id() + " " + p.version()).sorted().toList());
        }
    }
}
