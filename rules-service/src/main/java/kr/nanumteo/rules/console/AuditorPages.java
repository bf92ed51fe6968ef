package kr.nanumteo.rules.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import kr.nanumteo.rules.audit.BatchComparison;
import kr.nanumteo.rules.audit.Replays;
import kr.nanumteo.rules.decisions.DecisionCsv;
import kr.nanumteo.rules.decisions.DecisionLog;
import kr.nanumteo.rules.decisions.DecisionNotFoundException;
import kr.nanumteo.rules.decisions.DecisionSearch;
import kr.nanumteo.rules.decisions.RecordedDecision;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditors' pages: the decision log searched and exported, one decision read with its reasons and replayed,
 * two packs compared over a file of cases, and the log checked against its hash chain — each through the
 * service the API's auditor calls use (DecisionLog, Replays, BatchComparison).
 */
@Controller
class AuditorPages {

    static final int PAGE_SIZE = 50;

    /** The reasons of one part of an answer (the decision, a guardian, a centre, a group, an applicant), under its Korean name. */
    record ReasonGroup(String part, String outcome, List<JsonNode> reasons) {}

    private final DecisionLog log;
    private final Replays replays;
    private final PackRegistry packs;
    private final JsonMapper json;

    AuditorPages(DecisionLog log, Replays replays, PackRegistry packs, JsonMapper json) {
        this.log = log;
        this.replays = replays;
        this.packs = packs;
        this.json = json;
    }

    @GetMapping("/console/decisions")
    String search(@ModelAttribute("criteria") DecisionSearch.Criteria criteria, @RequestParam(defaultValue = "0") String page, Model model) {
        FieldErrors errors = new FieldErrors();
        DecisionSearch search = criteria.parse(errors);
        int p = 0;
        try {
            p = Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            errors.reject("page", "쪽 번호는 0 이상의 정수여야 합니다 (받은 값: '" + page + "')");
        }
        model.addAttribute("packIds", packs.served().stream().map(RulePack::id).distinct().sorted().toList());
        model.addAttribute("errors", errors.list());
        if (errors.isEmpty()) {
            long total = log.count(search);
            model.addAttribute("total", total);
            model.addAttribute("page", p);
            model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
            model.addAttribute("items", log.search(search, p, PAGE_SIZE));
        }
        return "console/decisions";
    }

    /** The same selection as the API's CSV. */
    @GetMapping(path = "/console/decisions", params = "format=csv")
    void csv(DecisionSearch.Criteria criteria, HttpServletResponse response) throws IOException {
        FieldErrors errors = new FieldErrors();
        DecisionSearch search = criteria.parse(errors);
        errors.throwIfAny();
        DecisionCsv.write(log, search, response);
    }

    @GetMapping("/console/decisions/{decisionId}")
    String decision(@PathVariable UUID decisionId, Model model) {
        RecordedDecision d = log.find(decisionId).orElseThrow(() -> new DecisionNotFoundException(decisionId));
        JsonNode response = json.readTree(d.response());
        model.addAttribute("d", d);
        model.addAttribute("request", json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(d.request())));
        model.addAttribute("groups", reasons(response));
        // what a replay would refuse (the pack not loaded, or other content under its id and version), said beforehand
        model.addAttribute("replayRefusal", replays.refusal(d.rulePack()).map(RuntimeException::getMessage).orElse(null));
        return "console/decision";
    }

    @PostMapping("/console/decisions/{decisionId}/replay")
    String replay(@PathVariable UUID decisionId, Model model) {
        model.addAttribute("replay", replays.replay(decisionId));
        return "console/replay";
    }

    @GetMapping("/console/comparisons")
    String comparisonForm(Model model) {
        model.addAttribute("packIds", packs.current().periods().keySet());
        return "console/comparisons";
    }

    /** A JSON-lines file of cases of one kind, decided by two packs (BatchComparison, as the API's batch comparison). */
    @PostMapping("/console/comparisons")
    String compare(@RequestParam(required = false) String kind, @RequestParam(required = false) String left,
            @RequestParam(required = false) String right, @RequestParam(name = "cases", required = false) MultipartFile cases, Model model)
            throws IOException {
        if (cases == null || cases.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            errors.reject("cases", "비교할 사례 파일(JSON lines, 한 줄에 요청 하나)을 골라 주세요");
            errors.throwIfAny();
        }
        BatchComparison.Report report = BatchComparison.run(packs.current(), kind, left, right,
                new String(cases.getBytes(), StandardCharsets.UTF_8));
        model.addAttribute("packIds", packs.current().periods().keySet());
        model.addAttribute("report", report);
        model.addAttribute("file", cases.getOriginalFilename());
        java.util.Map<String, Integer> byGroup = new java.util.LinkedHashMap<>();
        report.groups().forEach(g -> byGroup.put(g.change(), g.cases()));
        model.addAttribute("groupBars", Shown.bars(byGroup, s -> s));
        model.addAttribute("outcomeBars", Shown.bars(report.outcomes(), s -> s));
        return "console/comparisons";
    }

    @GetMapping("/console/verification")
    String verification(Model model) {
        model.addAttribute("v", log.verify());
        return "console/verification";
    }

    /** Every part of an answer that gives reasons, the decision's own first, named as staff name them. */
    static List<ReasonGroup> reasons(JsonNode answer) {
        List<ReasonGroup> out = new ArrayList<>();
        walk(answer, "결정 전체", out);
        return out;
    }

    private static void walk(JsonNode node, String part, List<ReasonGroup> out) {
        if (!node.isObject()) {
            return;
        }
        JsonNode reasons = node.path("reasons");
        if (reasons.isArray() && !reasons.isEmpty()) {
            out.add(new ReasonGroup(part, node.path("outcome").asString(null), List.copyOf(reasons.values())));
        }
        for (String field : node.propertyNames()) {
            JsonNode child = node.get(field);
            String inner = part.equals("결정 전체") ? "" : part + " · ";
            if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    walk(child.get(i), inner + partName(field, i), out);
                }
            } else if (child.isObject() && !field.equals("rulePack")) {
                walk(child, inner + (field.equals("findings") ? "점검 항목" : field), out);
            }
        }
    }

    /** guardians[0] → 보호자 1, and so on; a part without a Korean name keeps its field's name. */
    private static String partName(String field, int index) {
        String name = switch (field) {
            case "guardians" -> "보호자";
            case "centres" -> "나눔터";
            case "groups" -> "품앗이 모임";
            case "applicants" -> "신청자";
            case "months" -> "달";
            default -> field;
        };
        return name + " " + (index + 1);
    }
}
