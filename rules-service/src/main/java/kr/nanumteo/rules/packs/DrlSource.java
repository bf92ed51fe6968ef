package kr.nanumteo.rules.packs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a DRL file as text, for checks the compiler does not make (literal numbers in rule
 * bodies) and for telling which rules changed between two packs.
 */
final class DrlSource {

    /** One rule's text: its name, the line it starts on, and its body (from {@code when} to {@code end}), comments removed. */
    record RuleText(String name, int line, String header, String body) {}

    private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*when\\b(.*?)^\\s*end\\s*$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])(\\d+(?:\\.\\d+)?)(?![\\w.])");
    /** Unit and precision conversions (a ratio shown as a percent, whole won): their numbers are not the guideline's. */
    private static final Pattern CONVERSION = Pattern.compile("\\.(movePointLeft|movePointRight|setScale)\\(\\s*\\d+");

    private DrlSource() {
    }

    static Map<String, RuleText> rules(String drl) {
        String text = stripComments(drl);
        Map<String, RuleText> rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            int line = 1 + (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
            rules.put(m.group(1), new RuleText(m.group(1), line, m.group(2), m.group(3)));
        }
        return rules;
    }

    /**
     * Numbers written into a rule's conditions or actions: every amount, threshold and rate belongs in
     * pack.yaml. Zero and one are allowed — nothing, one item, {@code count(1)} — as are numbers inside
     * strings and the arguments of {@code movePointLeft/Right} and {@code setScale} (units and rounding); a guideline's "1인 이상" is still a parameter by convention, as nothing can tell it apart.
     *
     * @return line → the literal, for each one found
     */
    static Map<Integer, String> literalNumbers(RuleText rule) {
        Map<Integer, String> found = new LinkedHashMap<>();
        String body = CONVERSION.matcher(blankStrings(rule.body())).replaceAll(m -> "." + m.group(1) + "(conversion");
        int headerLines = (int) rule.header().chars().filter(c -> c == '\n').count();
        Matcher m = NUMBER.matcher(body);
        while (m.find()) {
            if (m.group(1).matches("0+(\\.0+)?|0*1(\\.0+)?")) {
                continue;
            }
            int line = rule.line() + headerLines + (int) body.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            found.putIfAbsent(line, m.group(1));
        }
        return found;
    }

    /** Whitespace folded, so re-indenting a rule does not count as changing it. */
    static String normalized(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String stripComments(String drl) {
        // Keep line breaks so line numbers stay right.
        String noBlock = Pattern.compile("(?s)/\\*.*?\\*/").matcher(drl).replaceAll(r -> r.group().replaceAll("[^\\n]", " "));
        return noBlock.replaceAll("(?m)(^|[^:\"])//[^\\n]*", "$1");
    }

    private static String blankStrings(String s) {
        return s.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
