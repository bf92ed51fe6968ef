package kr.nanumteo.rules.packs;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers as policy staff write and read them: 56,712,000원, 56,712천원, 66㎡, 66제곱미터, 30%. A parameter's
 * unit in pack.yaml is free text ({@code 원/개소·년 (지방비 포함)}); its base unit is what comes before the
 * first slash, space or parenthesis ({@code 원}).
 */
public final class Units {

    /** Scaled money words and what they multiply by, as the guideline writes amounts (56,712천원). */
    private static final Map<String, BigDecimal> MONEY_SCALES = Map.of("원", BigDecimal.ONE, "천원", BigDecimal.valueOf(1_000),
            "만원", BigDecimal.valueOf(10_000), "백만원", BigDecimal.valueOf(1_000_000), "억원", BigDecimal.valueOf(100_000_000));
    private static final Set<String> AREA = Set.of("㎡", "제곱미터", "m²", "m2");
    /** Base units written after a number in the guideline's text. */
    private static final Set<String> COUNTED = Set.of("%", "시간", "일", "명", "개월", "개소", "개", "회", "대", "년");

    private Units() {
    }

    /** {@code 원/개소·년 (지방비 포함)} → {@code 원}; null or blank for none. */
    public static String base(String unit) {
        if (unit == null) {
            return "";
        }
        String u = unit.strip();
        int end = u.length();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == '/' || c == ' ' || c == '(') {
                end = i;
                break;
            }
        }
        return u.substring(0, end);
    }

    /** A value with thousands separators and its base unit where it has one: 56,712,000원, 3.3㎡, 0.7. */
    public static String display(Object value, String unit) {
        if (!(value instanceof BigDecimal n)) {
            return String.valueOf(value);
        }
        String base = base(unit);
        String number = grouped(n);
        return base.equals("원") || base.equals("㎡") || COUNTED.contains(base) ? number + base : number;
    }

    /** A number with thousands separators (56,712,000; 3.3), or the value as it is when it is not a number. */
    public static String number(Object value) {
        return value instanceof BigDecimal n ? grouped(n) : String.valueOf(value);
    }

    /**
     * The ways a text may state {@code value} with its unit: 56,712,000원, 56,712천원, 66㎡, 66제곱미터, 8시간 — and
     * a bare number of five digits or more (56,712,000), which can hardly mean anything else.
     */
    static List<String> writtenForms(BigDecimal value, String unit) {
        String base = base(unit);
        List<String> forms = new ArrayList<>();
        String plain = plain(value);
        if (base.equals("원")) {
            MONEY_SCALES.forEach((word, scale) -> {
                BigDecimal scaled = value.divide(scale);
                if (scaled.stripTrailingZeros().scale() <= 0 || word.equals("원")) {
                    for (String n : List.of(grouped(scaled), plain(scaled))) {
                        forms.add(n + word);
                        forms.add(n + " " + word);
                    }
                }
            });
        } else if (AREA.contains(base) || base.equals("㎡")) {
            for (String word : AREA) {
                forms.add(plain + word);
                forms.add(plain + " " + word);
            }
        } else if (!base.isEmpty()) {
            forms.add(plain + base);
            forms.add(plain + " " + base);
        }
        if (value.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            forms.add(grouped(value));
            forms.add(plain);
        }
        return forms.stream().distinct().toList();
    }

    /** The first of {@code forms} that {@code text} states as a number of its own (not inside a longer number). */
    static Optional<String> stated(String text, List<String> forms) {
        if (text == null) {
            return Optional.empty();
        }
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                boolean startsANumber = at == 0 || !partOfNumber(text.charAt(at - 1));
                int end = at + form.length();
                boolean endsIt = !Character.isDigit(form.charAt(form.length() - 1)) || end == text.length() || !partOfNumber(text.charAt(end));
                if (startsANumber && endsIt) {
                    return Optional.of(form);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A text that is a number written the way a text states it, with separators or a unit ({@code 58,000천원},
     * {@code 70㎡}, {@code 56,712,000}) — what a YAML value must not be, since a rule reads a number.
     *
     * @return the number and the unit word after it ("" for none), or empty for any other text
     */
    static Optional<Map.Entry<BigDecimal, String>> writtenNumber(String text) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == ',' || t.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            return Optional.empty();
        }
        String suffix = t.substring(i).strip();
        BigDecimal number;
        try {
            number = new BigDecimal(t.substring(0, i).replace(",", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean unitWord = MONEY_SCALES.containsKey(suffix) || AREA.contains(suffix) || COUNTED.contains(suffix);
        return (suffix.isEmpty() && t.contains(",")) || unitWord ? Optional.of(Map.entry(number, suffix)) : Optional.empty();
    }

    /** {@code 58,000천원} in a parameter of base unit 원 is 58000000; empty when the unit words do not convert. */
    static Optional<BigDecimal> inBaseUnit(BigDecimal number, String written, String unit) {
        String base = base(unit);
        if (written.isEmpty() || written.equals(base) || (AREA.contains(written) && AREA.contains(base))) {
            return Optional.of(number);
        }
        if (MONEY_SCALES.containsKey(written) && base.equals("원")) {
            return Optional.of(number.multiply(MONEY_SCALES.get(written)));
        }
        return Optional.empty();
    }

    private static boolean partOfNumber(char c) {
        return Character.isDigit(c) || c == ',' || c == '.';
    }

    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String grouped(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(Math.max(0, s.scale()));
        f.setMinimumFractionDigits(Math.max(0, s.scale()));
        return f.format(s);
    }
}
