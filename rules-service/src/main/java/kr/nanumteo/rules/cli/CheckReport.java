package kr.nanumteo.rules.cli;

import java.util.Map;

import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.PackCheck.Severity;
import kr.nanumteo.rules.packs.Units;

/**
 * A pack check as policy staff read it: the verdict and what to fix, then what the pack changes — first the
 * cases whose outcome changes, then those whose amounts change, then the rest — in the previous pack's
 * scenarios and in the recorded decisions, amounts with separators and units, rules by id and Korean message.
 */
public final class CheckReport {

    private CheckReport() {
    }

    public static String markdown(PackCheck.Report r) {
        StringBuilder md = new StringBuilder("# 규칙 팩 점검: ").append(r.folder()).append("\n\n");
        long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = r.findings().size() - errors;
        md.append(r.ok() ? "**통과** — 게시할 수 있습니다." : "**실패** — 아래 오류를 고쳐야 게시할 수 있습니다.")
                .append(" 오류 ").append(errors).append("건, 주의 ").append(warnings).append("건.\n\n");
        if (r.pack() != null) {
            md.append("- 팩: ").append(r.pack()).append("\n- 시행 기간: ").append(r.period()).append('\n');
            if (r.previous() != null) {
                md.append("- 비교 대상(이전 팩): ").append(r.previous()).append('\n');
            }
        }
        if (r.previous() != null && (r.previousScenarios() != null || r.recordedDecisions() != null)) {
            md.append("\n## 한눈에\n\n");
            if (r.previousScenarios() != null && r.previousScenarios().changes() != null) {
                PackCheck.Changes c = r.previousScenarios().changes();
                md.append("- 이전 팩의 시나리오 ").append(c.cases()).append("건 중 **결과가 달라지는 것 ").append(c.outcomeChanged())
                        .append("건**, 금액만 달라지는 것 ").append(c.amountsChanged()).append("건, 그 밖의 차이 ").append(c.otherChanged()).append("건\n");
            }
            if (r.recordedDecisions() != null) {
                PackCheck.LogChanges log = r.recordedDecisions();
                md.append("- ").append(log.previous().id()).append("(으)로 기록된 결정 ").append(log.changes().cases()).append("건 중 **결과가 달라지는 것 ")
                        .append(log.changes().outcomeChanged()).append("건**, 금액만 달라지는 것 ").append(log.changes().amountsChanged()).append("건\n");
            }
        }
        if (!r.findings().isEmpty()) {
            md.append("\n## 오류와 주의\n\n");
            r.findings().forEach(f -> md.append("- ").append(f.severity() == Severity.ERROR ? "**오류**" : "주의").append(" ")
                    .append(f.where()).append(": ").append(f.message()).append('\n'));
        }
        if (r.ownScenarios() != null) {
            md.append("\n## 이 팩의 시나리오\n\n").append(r.ownScenarios().total()).append("건 중 실패 ")
                    .append(r.ownScenarios().failures().size()).append("건.\n");
        }
        if (r.generated() != null) {
            md.append("\n## 생성한 요청\n\n예시와 시나리오의 요청에서 값을 하나씩 바꾼 요청(열거값마다, 파라미터 기준값과 그 양옆) ")
                    .append(r.generated().cases()).append("건을 판정했습니다. 규칙 오류 ").append(r.generated().failures().size()).append("건.\n");
        }
        if (r.previous() != null) {
            md.append("\n## 이전 팩과 달라진 점\n\n### 파라미터\n\n");
            if (r.parameters().isEmpty()) {
                md.append("바뀐 파라미터가 없습니다.\n");
            } else {
                md.append("| 파라미터 | 이전 | 이번 | 단위 | 근거 |\n| --- | --- | --- | --- | --- |\n");
                r.parameters().forEach(p -> md.append("| ").append(p.key()).append(" | ")
                        .append(p.before() == null ? "(없음)" : Units.number(p.before())).append(" | ")
                        .append(p.after() == null ? "(삭제)" : Units.number(p.after())).append(" | ").append(nullToEmpty(p.unit()))
                        .append(" | ").append(nullToEmpty(p.citation())).append(" |\n"));
            }
            md.append("\n### 규칙\n\n");
            long citationOnly = r.rules().stream().filter(c -> c.change().equals("변경: 근거 표기")).count();
            var substantive = r.rules().stream().filter(c -> !c.change().equals("변경: 근거 표기")).toList();
            if (substantive.isEmpty()) {
                md.append("논리·안내문이 바뀐 규칙이 없습니다.");
            } else {
                md.append("| 규칙 | 이름 | 바뀐 점 |\n| --- | --- | --- |\n");
                substantive.forEach(c -> md.append("| ").append(c.id()).append(" | ").append(c.name()).append(" | ").append(c.change()).append(" |\n"));
            }
            if (citationOnly > 0) {
                md.append("\n근거 표기만 바뀐 규칙 ").append(citationOnly).append("건 (연도 표기 등).");
            }
            md.append('\n');
            if (!r.interpretationChanges().isEmpty()) {
                md.append("\n### 해석\n\n");
                r.interpretationChanges().forEach(i -> md.append("- ").append(i.id()).append(": ")
                        .append(i.before() == null ? "추가" : i.after() == null ? "삭제" : "변경").append(" — ")
                        .append(i.after() == null ? i.before() : i.after()).append('\n'));
            }
            md.append("\n### 이전 팩의 시나리오에 미치는 영향\n\n");
            if (r.previousScenarios() == null || r.previousScenarios().changes() == null) {
                md.append("이전 팩의 시나리오가 없어 확인하지 못했습니다.\n");
            } else {
                changes(md, r.previousScenarios().changes());
            }
            if (r.recordedDecisions() != null) {
                PackCheck.LogChanges log = r.recordedDecisions();
                md.append("\n### 기록된 결정에 미치는 영향\n\n").append(log.previous()).append("(으)로 기록된 결정을 이 팩으로 다시 판정했습니다 (종류마다 최근 ")
                        .append(log.limitPerKind()).append("건까지): ");
                log.decisionsByKind().forEach((kind, n) -> md.append(kind).append(' ').append(n).append("건 "));
                md.append(log.unreadable() == 0 ? "\n\n" : "(지금 서비스가 읽을 수 없는 요청 " + log.unreadable() + "건은 뺐습니다)\n\n");
                changes(md, log.changes());
            }
        }
        if (!r.interpretations().isEmpty()) {
            md.append("\n## 이 팩의 해석 (지침이 모호한 곳)\n\n");
            r.interpretations().forEach(i -> md.append("- **").append(i.id()).append("** ").append(nullToEmpty(i.topic())).append(": ")
                    .append(i.reading()).append(i.parameter() == null ? "" : " (파라미터 " + i.parameter() + ")").append('\n'));
        }
        return md.toString();
    }

    /** Outcome changes first (each with its rules), then amounts, then the rest. */
    private static void changes(StringBuilder md, PackCheck.Changes c) {
        md.append(c.cases()).append("건 중 결과가 달라지는 것 ").append(c.outcomeChanged()).append("건, 금액만 달라지는 것 ").append(c.amountsChanged())
                .append("건, 그 밖의 차이 ").append(c.otherChanged()).append("건.\n");
        Map<String, String> headings = Map.of("OUTCOME", "결과가 달라지는 사례", "AMOUNTS", "금액이 달라지는 사례", "OTHER", "그 밖의 차이");
        String shown = null;
        for (PackCheck.ChangedGroup g : c.groups()) {
            if (!g.nature().equals(shown)) {
                md.append("\n#### ").append(headings.get(g.nature())).append("\n");
                shown = g.nature();
            }
            md.append("\n- **").append(g.change()).append("** — ").append(g.cases()).append("건\n");
            for (PackCheck.RuleCount rule : g.rules()) {
                md.append("  - ").append(rule.newly() ? "새로 발동" : "더는 발동 안 함").append(": ").append(rule.id()).append(" ")
                        .append(rule.message()).append(" (").append(rule.cases()).append("건)\n");
            }
            g.examples().forEach(e -> md.append("  - 예: ").append(e).append('\n'));
        }
    }

    private static String nullToEmpty(Object o) {
        return o == null ? "" : o.toString();
    }
}
