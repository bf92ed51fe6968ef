package kr.nanumteo.rules.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.nanumteo.rules.audit.JsonDiff;
import kr.nanumteo.rules.audit.PackComparison;

/** Writes scenario results as JUnit XML (for CI tools) and as Markdown (for people). */
public final class ScenarioReports {

    private ScenarioReports() {
    }

    public static void writeJUnit(List<ScenarioResult> results, Path file) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        byFile(results).forEach((name, list) -> {
            long failures = list.stream().filter(r -> !r.passed()).count();
            xml.append("  <testsuite name=\"").append(esc(name)).append("\" tests=\"").append(list.size())
                    .append("\" failures=\"").append(failures).append("\">\n");
            for (ScenarioResult r : list) {
                xml.append("    <testcase classname=\"").append(esc(name)).append("\" name=\"").append(esc(r.scenario().name())).append('"');
                if (r.passed()) {
                    xml.append("/>\n");
                } else {
                    xml.append(">\n      <failure message=\"").append(esc(r.failures().get(0))).append("\">")
                            .append(esc(String.join("\n", r.failures()))).append("</failure>\n    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        });
        write(file, xml.append("</testsuites>\n").toString());
    }

    public static void writeMarkdown(List<ScenarioResult> results, String title, Path file) {
        long failed = results.stream().filter(r -> !r.passed()).count();
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n")
                .append("합계 ").append(results.size()).append(" · 통과 ").append(results.size() - failed).append(" · 실패 ").append(failed)
                .append("\n");
        byFile(results).forEach((name, list) -> {
            md.append("\n## ").append(name).append("\n\n| | 시나리오 | 팩 | 결과 | 발동 규칙 |\n| --- | --- | --- | --- | --- |\n");
            for (ScenarioResult r : list) {
                md.append("| ").append(r.passed() ? "통과" : "**실패**").append(" | ").append(cell(r.scenario().name())).append(" | ")
                        .append(r.pack() == null ? "" : r.pack().id() + " " + r.pack().version()).append(" | ")
                        .append(r.outcome()).append(" | ").append(String.join(", ", r.firedRules())).append(" |\n");
            }
            for (ScenarioResult r : list) {
                if (!r.passed()) {
                    md.append("\n### 실패: ").append(r.scenario().name()).append("\n\n");
                    r.failures().forEach(f -> md.append("- ").append(f).append('\n'));
                }
            }
        });
        write(file, md.toString());
    }

    /** The scenarios' requests decided by two packs: which change and why. */
    public static void writeComparison(List<Map.Entry<Scenario, PackComparison.Result>> compared, Path file) {
        long changed = compared.stream().filter(e -> e.getValue().changed()).count();
        PackComparison.Result any = compared.isEmpty() ? null : compared.get(0).getValue();
        StringBuilder md = new StringBuilder("# 규칙 팩 비교");
        if (any != null) {
            md.append(": ").append(any.left().pack().id()).append(" → ").append(any.right().pack().id());
        }
        md.append("\n\n시나리오 ").append(compared.size()).append("건 중 결과가 달라지는 것 ").append(changed).append("건, 같은 것 ")
                .append(compared.size() - changed).append("건.\n");
        if (any != null) {
            md.append("\n- 왼쪽: ").append(any.left().pack()).append("\n- 오른쪽: ").append(any.right().pack()).append('\n');
        }
        md.append("\n| 시나리오 | 왼쪽 | 오른쪽 | 달라진 항목 | 한쪽에서만 발동한 규칙 |\n| --- | --- | --- | --- | --- |\n");
        for (var e : compared) {
            PackComparison.Result c = e.getValue();
            if (!c.changed()) {
                continue;
            }
            md.append("| ").append(cell("[" + e.getKey().file() + "] " + e.getKey().name())).append(" | ").append(c.left().outcome())
                    .append(" | ").append(c.right().outcome()).append(" | ")
                    .append(cell(String.join("; ", c.differences().stream().map(ScenarioReports::difference).toList())))
                    .append(" | ").append(rules(c)).append(" |\n");
        }
        md.append("\n결과가 같은 시나리오:\n\n");
        compared.stream().filter(e -> !e.getValue().changed())
                .forEach(e -> md.append("- [").append(e.getKey().file()).append("] ").append(e.getKey().name()).append(" — ")
                        .append(e.getValue().left().outcome()).append('\n'));
        write(file, md.toString());
    }

    static String difference(JsonDiff.Difference d) {
        return d.path() + ": " + d.left() + " → " + d.right();
    }

    private static String rules(PackComparison.Result c) {
        String left = c.rulesOnlyLeft().isEmpty() ? "" : "왼쪽만 " + String.join(", ", c.rulesOnlyLeft());
        String right = c.rulesOnlyRight().isEmpty() ? "" : "오른쪽만 " + String.join(", ", c.rulesOnlyRight());
        return String.join(" · ", List.of(left, right).stream().filter(s -> !s.isEmpty()).toList());
    }

    private static Map<String, List<ScenarioResult>> byFile(List<ScenarioResult> results) {
        Map<String, List<ScenarioResult>> out = new LinkedHashMap<>();
        results.forEach(r -> out.computeIfAbsent(r.scenario().file(), f -> new java.util.ArrayList<>()).add(r));
        return out;
    }

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
