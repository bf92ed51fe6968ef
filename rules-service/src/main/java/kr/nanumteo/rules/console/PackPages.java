package kr.nanumteo.rules.console;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import kr.nanumteo.rules.admin.PackCatalogue;
import kr.nanumteo.rules.admin.PackPublisher;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;

/**
 * The packs, for policy staff and auditors: on a timeline, one by one, two side by side. Policy staff also
 * upload, approve and withdraw them here — through the same PackPublisher as the API, so the same checks and
 * four eyes hold.
 */
@Controller
class PackPages {

    private final PackCatalogue catalogue;
    private final PackPublisher publisher;

    PackPages(PackCatalogue catalogue, PackPublisher publisher) {
        this.catalogue = catalogue;
        this.publisher = publisher;
    }

    @GetMapping("/console/rule-packs")
    String timeline(Model model) {
        List<PackCatalogue.PackSummary> packs = catalogue.list();
        List<Shown.Period> periods = Shown.timeline(packs);
        model.addAttribute("periods", periods);
        model.addAttribute("years", Shown.years(periods));
        return "console/packs";
    }

    @GetMapping("/console/rule-packs/{id}/{version}")
    String pack(@PathVariable String id, @PathVariable String version, Model model) {
        RulePack pack = catalogue.pack(id, version);
        PackCatalogue.PackDetail detail = catalogue.detail(pack);
        Map<String, List<RulePack.RuleInfo>> rules = new LinkedHashMap<>();
        pack.rules().forEach(r -> rules.computeIfAbsent(Shown.kindOf(r), k -> new java.util.ArrayList<>()).add(r));
        model.addAttribute("pack", detail.pack());
        model.addAttribute("detail", detail);
        model.addAttribute("status", ConsoleAdvice.Labels.status(detail.pack().status()));
        model.addAttribute("parameters", Shown.parameters(detail.parameters()));
        model.addAttribute("rules", rules);
        model.addAttribute("readme", pack.files().files().containsKey("README.md") ? pack.files().text("README.md") : null);
        return "console/pack";
    }

    /** Two packs side by side: {@code left} and {@code right} as {@code id@version}. */
    @GetMapping("/console/rule-packs/compare")
    String compare(@RequestParam(required = false) String left, @RequestParam(required = false) String right, Model model) {
        model.addAttribute("packs", catalogue.list());
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        if (left == null || right == null || left.isBlank() || right.isBlank()) {
            return "console/compare";
        }
        FieldErrors errors = new FieldErrors();
        String[] l = idAndVersion("left", left, errors);
        String[] r = idAndVersion("right", right, errors);
        errors.throwIfAny();
        RulePack a = catalogue.pack(l[0], l[1]);
        RulePack b = catalogue.pack(r[0], r[1]);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("differences", PackCheck.differences(a, b));
        return "console/compare";
    }

    private static String[] idAndVersion(String field, String value, FieldErrors errors) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            errors.reject(field, "팩을 목록에서 골라 주세요 (id@version, 받은 값: '" + value + "')");
            return new String[] {"", ""};
        }
        return new String[] {value.substring(0, at), value.substring(at + 1)};
    }

    /** A zipped pack folder, checked and submitted as the API's upload is. */
    @PostMapping("/console/rule-packs")
    String upload(@RequestParam(name = "pack", required = false) MultipartFile zip, Principal who, Model model) throws IOException {
        if (zip == null || zip.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            errors.reject("pack", "올릴 팩의 zip 파일을 골라 주세요");
            errors.throwIfAny();
        }
        return outcome(publisher.upload(zip.getBytes(), who.getName()), "올린 팩", model);
    }

    @PostMapping("/console/rule-packs/{id}/{version}/approval")
    String approve(@PathVariable String id, @PathVariable String version, Principal who, Model model) {
        return outcome(publisher.approve(id, version, who.getName()), "승인", model);
    }

    @PostMapping("/console/rule-packs/{id}/{version}/withdrawal")
    String withdraw(@PathVariable String id, @PathVariable String version, @RequestParam(required = false) String reason, Principal who,
            Model model) {
        FieldErrors errors = new FieldErrors();
        errors.text("reason", reason, true);
        errors.throwIfAny();
        return outcome(publisher.withdraw(id, version, who.getName(), reason == null || reason.isBlank() ? null : reason), "거두기", model);
    }

    /** What a submission, an approval or a withdrawal did, with the check's report. */
    static String outcome(PackPublisher.Outcome outcome, String what, Model model) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("what", what);
        model.addAttribute("statusLabel", switch (outcome.status()) {
            case AWAITING_APPROVAL -> "점검을 통과해 승인을 기다립니다. 다른 정책 담당자가 승인하면 게시됩니다.";
            case PUBLISHED -> "게시되었습니다. 모든 인스턴스가 곧 이 팩으로 판정합니다.";
            case UNCHANGED -> "이미 같은 내용이 운영 중이거나 승인을 기다리고 있어 바뀐 것이 없습니다.";
            case WITHDRAWN -> "거두었습니다. 새 사례는 더 이상 이 팩으로 판정하지 않습니다 (재현에는 남습니다).";
        });
        model.addAttribute("reports", outcome.reports());
        return "console/outcome";
    }
}
