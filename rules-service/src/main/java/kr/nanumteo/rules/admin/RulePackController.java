package kr.nanumteo.rules.admin;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.requests.NotFoundException;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/** The catalogue of packs that policy staff and auditors read, and publishing for policy staff. */
@RestController
class RulePackController {

    /**
     * One pack in the catalogue. {@code status}: IN_SERVICE, AWAITING_APPROVAL, RETIRED (published, then replaced
     * by a newer version of its id) or WITHDRAWN. Who submitted, approved ({@code publishedBy}) and withdrew it, when.
     */
    record PackSummary(String id, String version, String sha256, String status, String period, LocalDate effectiveFrom,
            LocalDate effectiveTo, Instant publishedAt, String publishedBy, String source, Instant submittedAt, String submittedBy,
            Instant withdrawnAt, String withdrawnBy, String withdrawalReason, Long sequence) {}

    /** A pack as staff read it: its rules, parameters and interpretations. */
    record PackDetail(PackSummary pack, String guideline, String previous, List<RulePack.RuleInfo> rules,
            List<ParameterView> parameters, List<RulePack.Interpretation> interpretations) {}

    /** Why a pack is withdrawn (optional, recorded). */
    record Withdrawal(String reason) {}

    private final PackRegistry registry;
    private final PackStore store;
    private final PackSync sync;
    private final PackPublisher publisher;

    RulePackController(PackRegistry registry, PackStore store, PackSync sync, PackPublisher publisher) {
        this.registry = registry;
        this.store = store;
        this.sync = sync;
        this.publisher = publisher;
    }

    @GetMapping("/api/v1/rule-packs")
    List<PackSummary> list() {
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

    @GetMapping("/api/v1/rule-packs/{id}")
    PackDetail get(@PathVariable String id, @RequestParam(required = false) String version) {
        PackSet current = registry.current();
        PublicationState state = PublicationState.of(store.events());
        Optional<PublicationState.Entry> entry = version == null ? Optional.empty() : state.entry(id, version);
        RulePack pack = (version == null ? current.byId(id) : registry.find(id, version)
                .or(() -> entry.flatMap(e -> sync.load(e.last().ref(), new LinkedHashMap<>()))))
                .orElseThrow(() -> new PackNotFoundException(id, version, registry));
        List<ParameterView> parameters = new ArrayList<>();
        pack.parameters().all().values().forEach(p -> parameters.add(ParameterView.of(p)));
        PackSummary summary = state.entry(pack.id(), pack.version()).map(e -> summary(e, pack)).orElseGet(() -> summary(pack));
        return new PackDetail(summary, pack.guideline(), pack.previous(), pack.rules(), parameters, pack.interpretations());
    }

    /**
     * A pack folder zipped (its scenarios may ride along under scenarios/): 202 awaiting a second policy
     * account's approval, or — four eyes off, a trial — 201 published; 200 when that very pack already serves.
     */
    @PostMapping(path = "/api/v1/admin/rule-packs", consumes = {"application/zip", "application/octet-stream"})
    ResponseEntity<PackPublisher.Outcome> upload(@RequestBody byte[] zip, Principal who) {
        return answer(publisher.upload(zip, name(who)));
    }

    /** Another policy account approves a pack awaiting approval: checked again, then in service on every instance (201). */
    @PostMapping("/api/v1/admin/rule-packs/{id}/{version}/approval")
    ResponseEntity<PackPublisher.Outcome> approve(@PathVariable String id, @PathVariable String version, Principal who) {
        return answer(publisher.approve(id, version, name(who)));
    }

    /** A pack stops deciding new cases (or a submission is withdrawn); it stays for replays. */
    @PostMapping("/api/v1/admin/rule-packs/{id}/{version}/withdrawal")
    ResponseEntity<PackPublisher.Outcome> withdraw(@PathVariable String id, @PathVariable String version,
            @RequestBody(required = false) Withdrawal withdrawal, Principal who) {
        return answer(publisher.withdraw(id, version, name(who), withdrawal == null ? null : withdrawal.reason()));
    }

    /** The configured folder read again: 202 when what changed awaits approval, 200 when it was published (four eyes off) or nothing changed. */
    @PostMapping("/api/v1/admin/rule-packs/reload")
    ResponseEntity<PackPublisher.Outcome> reload(Principal who) {
        PackPublisher.Outcome outcome = publisher.reload(name(who));
        return ResponseEntity.status(outcome.status() == PackPublisher.Status.AWAITING_APPROVAL ? HttpStatus.ACCEPTED : HttpStatus.OK).body(outcome);
    }

    /** 202 awaiting approval, 201 published, 200 unchanged or withdrawn. */
    static ResponseEntity<PackPublisher.Outcome> answer(PackPublisher.Outcome outcome) {
        HttpStatus status = switch (outcome.status()) {
            case AWAITING_APPROVAL -> HttpStatus.ACCEPTED;
            case PUBLISHED -> HttpStatus.CREATED;
            case UNCHANGED, WITHDRAWN -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(outcome);
    }

    private static String name(Principal who) {
        return who == null ? "unknown" : who.getName();
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
