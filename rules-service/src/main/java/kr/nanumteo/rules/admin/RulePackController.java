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

    /** One pack in the catalogue. {@code status}: IN_SERVICE, RETIRED (served earlier by this process), or PUBLISHED (recorded, not loaded now). */
    record PackSummary(String id, String version, String sha256, String status, String period, LocalDate effectiveFrom,
            LocalDate effectiveTo, Instant publishedAt, String publishedBy, String source) {}

    record ParameterView(String key, Object value, String unit, String description, String citation) {}

    /** A pack as staff read it: its rules, parameters and interpretations. */
    record PackDetail(PackSummary pack, String guideline, String previous, List<RulePack.RuleInfo> rules,
            List<ParameterView> parameters, List<RulePack.Interpretation> interpretations) {}

    private final PackRegistry registry;
    private final PublishedPacks published;
    private final PackPublisher publisher;

    RulePackController(PackRegistry registry, PublishedPacks published, PackPublisher publisher) {
        this.registry = registry;
        this.published = published;
        this.publisher = publisher;
    }

    @GetMapping("/api/v1/rule-packs")
    List<PackSummary> list() {
        Map<String, PackSummary> out = new LinkedHashMap<>();
        PackSet current = registry.current();
        for (PublishedPacks.Published p : published.all()) {
            out.put(p.id() + " " + p.version(), summary(p.id(), p.version(), p.sha256(), current, Optional.of(p)));
        }
        for (RulePack p : registry.served()) {
            out.putIfAbsent(p.id() + " " + p.version(), summary(p.id(), p.version(), p.sha256(), current, Optional.empty()));
        }
        return new ArrayList<>(out.values());
    }

    @GetMapping("/api/v1/rule-packs/{id}")
    PackDetail get(@PathVariable String id, @RequestParam(required = false) String version) {
        PackSet current = registry.current();
        RulePack pack = (version == null ? current.byId(id) : registry.find(id, version))
                .orElseThrow(() -> new PackNotFoundException(id, version, registry));
        List<ParameterView> parameters = new ArrayList<>();
        pack.parameters().all().values().forEach(p -> parameters.add(new ParameterView(p.key(), p.value(), p.unit(), p.description(), p.citation())));
        return new PackDetail(summary(pack.id(), pack.version(), pack.sha256(), current, published.find(pack.id(), pack.version())),
                pack.guideline(), pack.previous(), pack.rules(), parameters, pack.interpretations());
    }

    /** A pack folder zipped (its scenarios may ride along under scenarios/). */
    @PostMapping(path = "/api/v1/admin/rule-packs", consumes = {"application/zip", "application/octet-stream"})
    ResponseEntity<PackPublisher.Outcome> publish(@RequestBody byte[] zip, Principal who) {
        PackPublisher.Outcome outcome = publisher.publish(zip, who == null ? "unknown" : who.getName());
        return ResponseEntity.status(outcome.result().equals("PUBLISHED") ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
    }

    @PostMapping("/api/v1/admin/rule-packs/reload")
    PackPublisher.Outcome reload(Principal who) {
        return publisher.reload(who == null ? "unknown" : who.getName());
    }

    private PackSummary summary(String id, String version, String sha256, PackSet current, Optional<PublishedPacks.Published> p) {
        Optional<PackSet.InForce> inForce = current.packs().stream()
                .filter(f -> f.pack().id().equals(id) && f.pack().version().equals(version) && f.pack().sha256().equals(sha256)).findFirst();
        String status = inForce.isPresent() ? "IN_SERVICE" : registry.find(id, version).isPresent() ? "RETIRED" : "PUBLISHED";
        RulePack loaded = registry.find(id, version).orElse(null);
        return new PackSummary(id, version, sha256, status, inForce.map(PackSet.InForce::period).orElse(null),
                loaded != null ? loaded.effectiveFrom() : p.map(PublishedPacks.Published::effectiveFrom).orElse(null),
                loaded != null ? loaded.effectiveTo() : p.map(PublishedPacks.Published::effectiveTo).orElse(null),
                p.map(PublishedPacks.Published::publishedAt).orElse(null), p.map(PublishedPacks.Published::publishedBy).orElse(null),
                p.map(PublishedPacks.Published::source).orElse(null));
    }

    /** No such pack: 404. */
    static class PackNotFoundException extends NotFoundException {
        PackNotFoundException(String id, String version, PackRegistry registry) {
            super("규칙 팩 " + id + (version == null ? "" : " " + version) + "이(가) 없습니다. 있는 팩: "
                    + registry.served().stream().map(p -> p.id() + " " + p.version()).sorted().toList());
        }
    }
}
