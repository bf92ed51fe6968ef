package kr.nanumteo.rules.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import kr.nanumteo.rules.admin.PackCatalogue;
import kr.nanumteo.rules.admin.ParameterView;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.packs.Units;

/**
 * How the console's pages show what the services answer: values with their units, statuses and kinds in Korean,
 * bars. Public for the templates, which call it as {@code S} (every console page has it, ConsoleAdvice).
 */
public final class Shown {

    /** A parameter as a row of a table: its value with its unit — in 천원 too where the guideline writes it so. */
    record Parameter(String key, String value, String inThousands, String unit, String description, String citation) {

        static Parameter of(ParameterView p) {
            return new Parameter(p.key(), Shown.value(p.value(), p.unit()), thousands(p.value(), p.unit()), p.unit(), p.description(), p.citation());
        }
    }

    /** One pack on the timeline: where its period starts and how long it is, in percent of the whole. */
    record Period(PackCatalogue.PackSummary pack, String status, double left, double width, boolean open) {}

    /** One bar of a chart: its label, its count, and its length in percent of the longest. */
    public record Bar(String label, int count, double percent) {}

    /**
     * The changes of one decision kind in a check: among the previous pack's scenarios and among the recorded
     * decisions, each with its bar's length in percent of the longest bar of the chart.
     */
    public record KindBar(String kind, int scenarios, int recorded, double scenariosPercent, double recordedPercent) {}

    /** The one the templates call ({@code ${S.value(…)}}): Thymeleaf's restricted mode forbids {@code T(…)} in places. */
    static final Shown S = new Shown();

    private Shown() {
    }

    /** 56,712,000원; lists joined; true/false as 예/아니오. */
    public static String value(Object value, String unit) {
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Boolean b) {
            return b ? "예 (true)" : "아니오 (false)";
        }
        return Units.display(value, unit);
    }

    /** 56,712천원 for an amount in 원 that is whole thousands; null otherwise. */
    public static String thousands(Object value, String unit) {
        if (value instanceof BigDecimal n && Units.base(unit).equals("원") && n.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                && n.remainder(BigDecimal.valueOf(1000)).signum() == 0) {
            return Units.number(n.divide(BigDecimal.valueOf(1000))) + "천원";
        }
        return null;
    }

    static List<Parameter> parameters(List<ParameterView> parameters) {
        return parameters.stream().map(Parameter::of).toList();
    }

    /** The packs on one line of years: from the first pack's year to the year after the last one starts. */
    static List<Period> timeline(List<PackCatalogue.PackSummary> packs) {
        if (packs.isEmpty()) {
            return List.of();
        }
        LocalDate first = packs.stream().map(PackCatalogue.PackSummary::effectiveFrom).min(LocalDate::compareTo).orElseThrow().withDayOfYear(1);
        LocalDate last = packs.stream().map(p -> p.effectiveTo() != null ? p.effectiveTo() : p.effectiveFrom()).max(LocalDate::compareTo)
                .orElseThrow().withDayOfYear(1).plusYears(1);
        double days = last.toEpochDay() - first.toEpochDay();
        List<Period> out = new ArrayList<>();
        for (PackCatalogue.PackSummary p : packs.stream().sorted(java.util.Comparator.comparing(PackCatalogue.PackSummary::effectiveFrom)
                .thenComparing(PackCatalogue.PackSummary::version)).toList()) {
            LocalDate end = p.effectiveTo() != null ? p.effectiveTo().plusDays(1) : last;
            double left = 100 * (p.effectiveFrom().toEpochDay() - first.toEpochDay()) / days;
            double width = Math.max(2, 100 * (end.toEpochDay() - p.effectiveFrom().toEpochDay()) / days);
            out.add(new Period(p, ConsoleAdvice.Labels.status(p.status()), left, Math.min(width, 100 - left), p.effectiveTo() == null));
        }
        return out;
    }

    /** The years the timeline spans, for its scale. */
    static List<Integer> years(List<Period> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        int from = periods.stream().mapToInt(p -> p.pack().effectiveFrom().getYear()).min().orElseThrow();
        int to = periods.stream().mapToInt(p -> (p.pack().effectiveTo() != null ? p.pack().effectiveTo() : p.pack().effectiveFrom()).getYear())
                .max().orElseThrow();
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return years;
    }

    /** Counts as bars, the longest full width; labels through {@code label} (a kind's Korean name). */
    static List<Bar> bars(Map<String, Integer> counts, java.util.function.Function<String, String> label) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream().map(e -> new Bar(label.apply(e.getKey()), e.getValue(), max == 0 ? 0 : 100.0 * e.getValue() / max))
                .toList();
    }

    /** The Korean name of a decision kind, with its code: 맞벌이가구 판정 (dual-income). */
    public static String kind(String kind) {
        String name = ConsoleAdvice.Labels.KINDS.get(kind);
        return name == null ? kind : name + " (" + kind + ")";
    }

    /** The changes a check found, by decision kind: what its chart shows. */
    public static List<KindBar> changesByKind(PackCheck.Report report) {
        Map<String, Integer> scenarios = changed(report.previousScenarios() == null ? null : report.previousScenarios().changes());
        Map<String, Integer> recorded = changed(report.recordedDecisions() == null ? null : report.recordedDecisions().changes());
        java.util.TreeSet<String> kinds = new java.util.TreeSet<>(scenarios.keySet());
        kinds.addAll(recorded.keySet());
        int max = Math.max(scenarios.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                recorded.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        return kinds.stream().map(k -> {
            int a = scenarios.getOrDefault(k, 0);
            int b = recorded.getOrDefault(k, 0);
            return new KindBar(kind(k), a, b, max == 0 ? 0 : 100.0 * a / max, max == 0 ? 0 : 100.0 * b / max);
        }).toList();
    }

    private static Map<String, Integer> changed(PackCheck.Changes changes) {
        return changes == null || changes.changedByKind() == null ? Map.of() : changes.changedByKind();
    }

    private static final java.time.format.DateTimeFormatter KOREAN_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(kr.nanumteo.rules.decisions.DecisionSearch.KOREA);

    /** An instant in Korean time, as staff count days: 2026-12-01 21:03:05. */
    public static String time(java.time.Instant at) {
        return at == null ? "" : KOREAN_TIME.format(at);
    }

    /** ERROR → 오류, WARNING → 경고. */
    public static String severity(PackCheck.Severity severity) {
        return severity == PackCheck.Severity.ERROR ? "오류" : "경고";
    }

    /** OUTCOME → 결과가 바뀜, and so on. */
    public static String nature(String nature) {
        return switch (nature) {
            case "OUTCOME" -> "결과가 바뀜";
            case "AMOUNTS" -> "결과는 같고 금액이 바뀜";
            default -> "결과는 같고 다른 항목이 바뀜";
        };
    }

    /** The decision kind a rule belongs to: its file's name without .drl. */
    static String kindOf(RulePack.RuleInfo rule) {
        String file = rule.file() == null ? "" : rule.file();
        int slash = file.lastIndexOf('/');
        String name = file.substring(slash + 1);
        return name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
    }
}
