package kr.nanumteo.rules.packs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Edits pack.yaml the way a person would: one value replaced in place, every other line — comments, order,
 * layout — as it was. The value is found by its path in the document the YAML parser composes (the start and
 * end of its node), never by searching the text.
 */
public final class YamlEdit {

    private YamlEdit() {
    }

    /** The text of the scalar at {@code path} ({@code parameters}, {@code budget.standardPerCentre}, {@code value}). */
    public static Optional<String> scalar(String yaml, String... path) {
        return node(yaml, path).filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).getValue());
    }

    /** Whether the mapping at {@code path} has the key {@code key}. */
    public static boolean has(String yaml, String key, String... path) {
        Optional<Node> at = path.length == 0 ? compose(yaml) : node(yaml, path);
        return at.filter(n -> n instanceof MappingNode).map(n -> tuple((MappingNode) n, key).isPresent()).orElse(false);
    }

    /**
     * {@code yaml} with the scalar at {@code path} replaced by {@code value} (a number, a boolean, or text,
     * quoted when YAML needs it).
     *
     * @throws IllegalArgumentException when there is no scalar at that path
     */
    public static String replace(String yaml, Object value, String... path) {
        Node n = node(yaml, path).filter(x -> x instanceof ScalarNode)
                .orElseThrow(() -> new IllegalArgumentException(String.join(".", path) + ": pack.yaml에 그런 값이 없습니다"));
        int start = offset(yaml, n.getStartMark());
        int end = offset(yaml, n.getEndMark());
        return yaml.substring(0, start) + render(value) + yaml.substring(end);
    }

    /**
     * {@code yaml} without the top-level entry {@code key} (its line or lines); unchanged when there is none.
     */
    public static String removeTopLevel(String yaml, String key) {
        Optional<NodeTuple> t = compose(yaml).filter(n -> n instanceof MappingNode).flatMap(m -> tuple((MappingNode) m, key));
        if (t.isEmpty()) {
            return yaml;
        }
        int start = yaml.lastIndexOf('\n', offset(yaml, t.get().getKeyNode().getStartMark()) - 1) + 1;
        int end = offset(yaml, t.get().getValueNode().getEndMark());
        int lineEnd = yaml.indexOf('\n', end);
        return yaml.substring(0, start) + yaml.substring(lineEnd < 0 ? yaml.length() : lineEnd + 1);
    }

    /** {@code yaml} with {@code key: value} added after the top-level entry {@code after}. */
    public static String insertTopLevelAfter(String yaml, String after, String key, Object value) {
        NodeTuple t = compose(yaml).filter(n -> n instanceof MappingNode).flatMap(m -> tuple((MappingNode) m, after))
                .orElseThrow(() -> new IllegalArgumentException(after + ": pack.yaml에 없습니다"));
        int end = offset(yaml, t.getValueNode().getEndMark());
        int lineEnd = yaml.indexOf('\n', end);
        int at = lineEnd < 0 ? yaml.length() : lineEnd + 1;
        return yaml.substring(0, at) + key + ": " + render(value) + "\n" + yaml.substring(at);
    }

    /** A value as YAML writes it on one line: numbers and booleans plain, text plain when it can be, else double-quoted. */
    static String render(Object value) {
        if (value instanceof BigDecimal n) {
            return Units.plain(n);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(YamlEdit::render).toList()) + "]";
        }
        String s = String.valueOf(value);
        return plainSafe(s) ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /** Text that YAML reads back as the same string when written unquoted. */
    private static boolean plainSafe(String s) {
        if (s.isEmpty() || s.strip().length() != s.length()) {
            return false;
        }
        char first = s.charAt(0);
        if (s.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-')) {
            return !isNumber(s); // 2025.1.0 and 2025-01-01 read back as text; 2025 would be a number
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || Character.isDigit(first)) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.contains("\n") || s.contains("\t")) {
            return false;
        }
        String lower = s.toLowerCase();
        return !List.of("true", "false", "null", "yes", "no", "on", "off", "~").contains(lower);
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<Node> node(String yaml, String... path) {
        Optional<Node> at = compose(yaml);
        for (String key : path) {
            at = at.filter(n -> n instanceof MappingNode).flatMap(n -> tuple((MappingNode) n, key)).map(NodeTuple::getValueNode);
        }
        return at;
    }

    private static Optional<Node> compose(String yaml) {
        return new Compose(LoadSettings.builder().build()).composeString(yaml);
    }

    private static Optional<NodeTuple> tuple(MappingNode map, String key) {
        return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)).findFirst();
    }

    /** A mark's position as an offset into the Java string (marks count code points). */
    private static int offset(String yaml, Optional<Mark> mark) {
        return yaml.offsetByCodePoints(0, mark.orElseThrow().getIndex());
    }
}
