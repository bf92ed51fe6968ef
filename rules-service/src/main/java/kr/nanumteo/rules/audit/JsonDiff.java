package kr.nanumteo.rules.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.DiffFlags;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Where two answers differ, field by field, as paths with both values.
 *
 * <p>Two answers to one request line up: the i-th guardian or applicant is the same one on both sides, so
 * objects and arrays of one length are compared position by position. Where an array's length differs (a list
 * of missing documents that lost one), what was added and removed is zjsonpatch's RFC 6902 diff of the two
 * arrays, read back as one difference for each replace, add and remove. zjsonpatch pairs elements by a longest
 * common subsequence: for the positional arrays it would be the wrong pairing, and it costs time that grows
 * with the square of the length (2.5 s for 10,000 applicants that all differ, against 20 ms position by
 * position), so an array longer than {@link #LIST_EDITS_UP_TO} is compared by position whatever its length.
 *
 * <p>Numbers are compared by value, so 8 and 8.0 (or 1E+2 and 100) are the same: the recorded answer is read
 * from the database, the replayed one from what the service wrote. zjsonpatch 0.4 works on Jackson 2 trees,
 * so an array it is given is copied as one, its ignored fields left out and its numbers in one form for each
 * value, and each difference's values are read back as Jackson 3 nodes.
 */
public final class JsonDiff {

    /** One difference: the path ({@code guardians[1].outcome}) and the value on each side (absent sides are null). */
    public record Difference(String path, JsonNode left, JsonNode right) {}

    /** The longest array whose changed length is diffed as a list (added and removed elements). */
    static final int LIST_EDITS_UP_TO = 1_000;

    /** No moves or copies, which would name a value's other place rather than what changed; removes keep their value. */
    private static final EnumSet<DiffFlags> FLAGS = EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION, DiffFlags.OMIT_COPY_OPERATION,
            DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper VALUES = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonDiff() {
    }

    /** Every difference between {@code left} and {@code right}, not looking into fields named in {@code ignore}. */
    public static List<Difference> diff(JsonNode left, JsonNode right, Set<String> ignore) {
        List<Difference> out = new ArrayList<>();
        walk("", left, right, ignore, out);
        return out;
    }

    private static void walk(String path, JsonNode left, JsonNode right, Set<String> ignore, List<Difference> out) {
        if (left.isObject() && right.isObject()) {
            Set<String> names = new LinkedHashSet<>(left.propertyNames());
            names.addAll(right.propertyNames());
            for (String name : names) {
                if (!ignore.contains(name)) {
                    walk(path.isEmpty() ? name : path + "." + name, left.path(name), right.path(name), ignore, out);
                }
            }
        } else if (left.isArray() && right.isArray()
                && (left.size() == right.size() || Math.max(left.size(), right.size()) > LIST_EDITS_UP_TO)) {
            int n = Math.max(left.size(), right.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", left.path(i), right.path(i), ignore, out);
            }
        } else if (left.isArray() && right.isArray()) {
            listEdits(path, left, right, ignore, out);
        } else if (!sameValue(left, right)) {
            out.add(new Difference(path, present(left), present(right)));
        }
    }

    /** Two arrays of different lengths: zjsonpatch's replace, add and remove operations, one difference each. */
    private static void listEdits(String path, JsonNode left, JsonNode right, Set<String> ignore, List<Difference> out) {
        com.fasterxml.jackson.databind.JsonNode l = comparable(left, ignore);
        com.fasterxml.jackson.databind.JsonNode r = comparable(right, ignore);
        for (com.fasterxml.jackson.databind.JsonNode op : com.flipkart.zjsonpatch.JsonDiff.asJson(l, r, FLAGS)) {
            String at = path + path(op.get("path").asText(), l, r);
            switch (op.get("op").asText()) {
                case "replace" -> out.add(new Difference(at, value(op.get("fromValue")), value(op.get("value"))));
                case "add" -> out.add(new Difference(at, null, value(op.get("value"))));
                case "remove" -> out.add(new Difference(at, value(op.get("value")), null));
                default -> throw new IllegalStateException("zjsonpatch gave an operation the flags leave out: " + op);
            }
        }
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static JsonNode present(JsonNode n) {
        return n instanceof MissingNode ? null : n;
    }

    private static com.fasterxml.jackson.databind.JsonNode comparable(JsonNode n, Set<String> ignore) {
        if (n.isObject()) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (!ignore.contains(e.getKey())) {
                    o.set(e.getKey(), comparable(e.getValue(), ignore));
                }
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = NODES.arrayNode();
            n.values().forEach(e -> a.add(comparable(e, ignore)));
            return a;
        }
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue().stripTrailingZeros();
            return d.scale() <= 0 ? NODES.numberNode(d.toBigIntegerExact()) : NODES.numberNode(d);
        }
        if (n.isBoolean()) {
            return NODES.booleanNode(n.booleanValue());
        }
        if (n.isNull()) {
            return NODES.nullNode();
        }
        return NODES.textNode(n.asString());
    }

    private static JsonNode value(com.fasterxml.jackson.databind.JsonNode v) {
        return VALUES.readTree(v.toString());
    }

    /**
     * A JSON pointer inside an array as the reports write paths: {@code /1/outcome} is {@code [1].outcome}
     * (an array position is the patch's, as RFC 6902 counts it).
     */
    private static String path(String pointer, com.fasterxml.jackson.databind.JsonNode left, com.fasterxml.jackson.databind.JsonNode right) {
        StringBuilder out = new StringBuilder();
        com.fasterxml.jackson.databind.JsonNode l = left;
        com.fasterxml.jackson.databind.JsonNode r = right;
        for (String raw : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (l.isArray() || !l.isObject() && r.isArray()) {
                int i = Integer.parseInt(token);
                out.append('[').append(i).append(']');
                l = l.path(i);
                r = r.path(i);
            } else {
                out.append('.').append(token);
                l = l.path(token);
                r = r.path(token);
            }
        }
        return out.toString();
    }
}
