package kr.nanumteo.rules.admin;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.packs.PackCheck;

/** Drafts of next year's pack, for policy staff: make one, change it, check it, submit it for approval. */
@RestController
class DraftController {

    /** Which pack a draft starts from (its version in service unless {@code version} is given), and the new year. */
    record NewDraft(String from, String version, Integer year) {}

    private final PackDrafts drafts;

    DraftController(PackDrafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/api/v1/admin/drafts")
    ResponseEntity<PackDrafts.Draft> create(@RequestBody NewDraft body, Principal who) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drafts.create(body.from(), body.version(), body.year(), name(who)));
    }

    @GetMapping("/api/v1/admin/drafts")
    List<PackDrafts.Draft> list() {
        return drafts.list();
    }

    @GetMapping("/api/v1/admin/drafts/{draftId}")
    PackDrafts.Draft get(@PathVariable UUID draftId) {
        return drafts.get(draftId);
    }

    @PutMapping("/api/v1/admin/drafts/{draftId}/parameters/{key}")
    PackDrafts.Draft setParameter(@PathVariable UUID draftId, @PathVariable String key, @RequestBody PackDrafts.ParameterEdit edit,
            Principal who) {
        return drafts.setParameter(draftId, key, edit, name(who));
    }

    /** One file of the draft as it is now, as its bytes. */
    @GetMapping("/api/v1/admin/drafts/{draftId}/files/**")
    ResponseEntity<byte[]> file(@PathVariable UUID draftId, HttpServletRequest request) {
        String path = pathAfterFiles(request);
        byte[] content = drafts.files(draftId).files().get(path);
        if (content == null) {
            throw new kr.nanumteo.rules.requests.NotFoundException("초안에 파일 " + path + "이(가) 없습니다");
        }
        String type = path.endsWith(".md") ? "text/markdown" : "text/plain";
        return ResponseEntity.ok().header("Content-Type", type + ";charset=UTF-8").body(content);
    }

    /** The file at the path after {@code /files/} (e.g. {@code dual-income.drl}), as its bytes; {@code reason} says why. */
    @PutMapping("/api/v1/admin/drafts/{draftId}/files/**")
    PackDrafts.Draft putFile(@PathVariable UUID draftId, @RequestParam(required = false) String reason, @RequestBody byte[] content,
            HttpServletRequest request, Principal who) {
        return drafts.putFile(draftId, pathAfterFiles(request), content, reason, name(who));
    }

    private static String pathAfterFiles(HttpServletRequest request) {
        String uri = java.net.URLDecoder.decode(request.getRequestURI(), StandardCharsets.UTF_8);
        return uri.substring(uri.indexOf("/files/") + "/files/".length());
    }

    @PostMapping("/api/v1/admin/drafts/{draftId}/check")
    PackCheck.Report check(@PathVariable UUID draftId) {
        return drafts.check(draftId);
    }

    /** The draft submitted: 202 awaiting a second policy account's approval (201 published when four eyes are off). */
    @PostMapping("/api/v1/admin/drafts/{draftId}/submission")
    ResponseEntity<PackPublisher.Outcome> submit(@PathVariable UUID draftId, Principal who) {
        return RulePackController.answer(drafts.submit(draftId, name(who)));
    }

    private static String name(Principal who) {
        return who == null ? "unknown" : who.getName();
    }
}
