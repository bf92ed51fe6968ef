package kr.nanumteo.rules.console;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.nanumteo.rules.admin.PackCatalogue;
import kr.nanumteo.rules.admin.PackDrafts;
import kr.nanumteo.rules.admin.ParameterView;
import kr.nanumteo.rules.requests.FieldErrors;

/**
 * Next year's pack as a draft, for policy staff: start it from a pack, change a parameter with its citation
 * and the reason, check it and read the report, submit it for another policy account's approval — each
 * through PackDrafts, as the API's drafts are.
 */
@Controller
class DraftPages {

    private final PackDrafts drafts;
    private final PackCatalogue catalogue;

    DraftPages(PackDrafts drafts, PackCatalogue catalogue) {
        this.drafts = drafts;
        this.catalogue = catalogue;
    }

    @GetMapping("/console/drafts")
    String list(Model model) {
        model.addAttribute("drafts", drafts.list());
        List<PackCatalogue.PackSummary> inService = catalogue.list().stream().filter(p -> p.status().equals("IN_SERVICE"))
                .sorted(java.util.Comparator.comparing(PackCatalogue.PackSummary::effectiveFrom)).toList();
        model.addAttribute("packs", inService);
        model.addAttribute("nextYear", inService.isEmpty() ? null : inService.get(inService.size() - 1).effectiveFrom().getYear() + 1);
        return "console/drafts";
    }

    @PostMapping("/console/drafts")
    String create(@RequestParam(required = false) String from, @RequestParam(required = false) String year, Principal who) {
        FieldErrors errors = new FieldErrors();
        errors.text("from", from, false);
        Integer y = null;
        if (year == null || year.isBlank()) {
            errors.reject("year", "새 팩의 연도가 필요합니다 (예: 2025)");
        } else {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                errors.reject("year", "연도는 네 자리 숫자로 적어 주세요 (받은 값: '" + year + "')");
            }
        }
        errors.throwIfAny();
        PackDrafts.Draft draft = drafts.create(from, null, y, who.getName());
        return "redirect:/console/drafts/" + draft.id();
    }

    @GetMapping("/console/drafts/{draftId}")
    String draft(@PathVariable UUID draftId, Model model) {
        PackDrafts.Draft draft = drafts.get(draftId);
        model.addAttribute("draft", draft);
        model.addAttribute("parameters", Shown.parameters(draft.parameters()));
        return "console/draft";
    }

    @GetMapping("/console/drafts/{draftId}/parameters/{key}")
    String parameter(@PathVariable UUID draftId, @PathVariable String key, Model model) {
        PackDrafts.Draft draft = drafts.get(draftId);
        ParameterView p = parameterOf(draft, key);
        model.addAttribute("draft", draft);
        model.addAttribute("parameter", Shown.Parameter.of(p));
        model.addAttribute("raw", raw(p.value()));
        return "console/parameter";
    }

    /** One parameter's new value, citation and the reason: checked as the API checks it; a value that is no value writes nothing. */
    @PostMapping("/console/drafts/{draftId}/parameters/{key}")
    String setParameter(@PathVariable UUID draftId, @PathVariable String key, @RequestParam(required = false) String value,
            @RequestParam(required = false) String citation, @RequestParam(required = false) String reason, Principal who,
            RedirectAttributes redirect) {
        PackDrafts.Draft draft = drafts.get(draftId);
        ParameterView p = parameterOf(draft, key);
        FieldErrors errors = new FieldErrors();
        errors.text("citation", citation, false);
        errors.text("reason", reason, true);
        Object parsed = parse(p.value(), value, errors);
        errors.throwIfAny();
        String newCitation = citation == null || citation.isBlank() || citation.equals(p.citation()) ? null : citation.strip();
        drafts.setParameter(draftId, key, new PackDrafts.ParameterEdit(parsed, null, newCitation, null, reason), who.getName());
        redirect.addFlashAttribute("notice", "파라미터를 바꿨습니다: " + key + ". 점검을 돌려 무엇이 바뀌는지 보세요.");
        return "redirect:/console/drafts/" + draftId;
    }

    @PostMapping("/console/drafts/{draftId}/check")
    String check(@PathVariable UUID draftId, Model model) {
        model.addAttribute("draft", drafts.get(draftId));
        model.addAttribute("report", drafts.check(draftId));
        return "console/check";
    }

    @PostMapping("/console/drafts/{draftId}/submission")
    String submit(@PathVariable UUID draftId, Principal who, Model model) {
        return PackPages.outcome(drafts.submit(draftId, who.getName()), "제출", model);
    }

    private static ParameterView parameterOf(PackDrafts.Draft draft, String key) {
        return draft.parameters().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new kr.nanumteo.rules.requests.NotFoundException("초안에 파라미터 " + key + "가 없습니다"));
    }

    /** The value as the form shows it for editing: a plain number, a list with commas. */
    private static String raw(Object value) {
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /**
     * The form's text as a value of the parameter's kind: a plain number for a number (no separators, no unit —
     * as pack.yaml writes it), true or false, a list separated by commas, or text.
     */
    private static Object parse(Object current, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.reject("value", "새 값이 필요합니다");
            return null;
        }
        String t = text.strip();
        if (!errors.text("value", t, false)) {
            return null;
        }
        if (current instanceof BigDecimal) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                errors.reject("value", "숫자만 적어 주세요: 쉼표나 단위 없이, 파라미터의 단위로 (예: 58000000). 받은 값: '" + t + "'");
                return null;
            }
        }
        if (current instanceof Boolean) {
            if (t.equals("true") || t.equals("false")) {
                return Boolean.valueOf(t);
            }
            errors.reject("value", "true 또는 false여야 합니다 (받은 값: '" + t + "')");
            return null;
        }
        if (current instanceof List<?>) {
            return Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return t;
    }
}
