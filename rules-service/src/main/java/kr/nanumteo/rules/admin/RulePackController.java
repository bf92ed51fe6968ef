package kr.nanumteo.rules.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of packs that policy staff and auditors read, and publishing for policy staff. */
@RestController
class RulePackController {

    /** Why a pack is withdrawn (optional, recorded). */
    record Withdrawal(String reason) {}

    private final PackCatalogue catalogue;
    private final PackPublisher publisher;

    RulePackController(PackCatalogue catalogue, PackPublisher publisher) {
        this.catalogue = catalogue;
        this.publisher = publisher;
    }

    @GetMapping("/api/v1/rule-packs")
    List<PackCatalogue.PackSummary> list() {
        return catalogue.list();
    }

    @GetMapping("/api/v1/rule-packs/{id}")
    PackCatalogue.PackDetail get(@PathVariable String id, @RequestParam(required = false) String version) {
        return catalogue.detail(catalogue.pack(id, version));
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
}
