package kr.nanumteo.rules.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
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

/**
 * Where two answers differ, field by field, as paths with both values: zjsonpatch's RFC 6902 diff read back as
 * one difference for each replace, add and remove.
 *
 * <p>What the diff is given is each answer as a comparable tree: the fields in {@code ignore} left out at every
 * depth, and every number in one form for its value, so that 8 and 8.0 are the same (the recorded answer is read
 * from the database, the replayed one from what the service wrote). zjsonpatch 0.4 works on Jackson 2 trees, so
 * the comparable trees are Jackson 2's, and each difference's values are read back as Jackson 3 nodes.
 */
public final class JsonDiff {

    /**
     * One difference: the path ({@code guardians[1].outcome}; an array position is the patch's, as RFC 6902
     * counts it) and the value on each side (absent sides are null; numbers in their shortest form).
     */
    public record Difference(String path, JsonNode left, JsonNode right) {}

    /** No moves or copies, which would name a value's other place rather than what changed; removes keep their value. */
    private static final EnumSet<DiffFlags> FLAGS = EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION, DiffFlags.OMIT_COPY_OPERATION,
            DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper VALUES = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonDiff() {
    }

    /** Every difference between {@code left} and {@code right}, not looking into fields named in {@code ignore}. */
    public static List<Difference> diff(JsonNode left, JsonNode right, Set<String> ignore) {
        com.fasterxml.jackson.databind.JsonNode l = comparable(left, ignore);
        com.fasterxml.jackson.databind.JsonNode r = comparable(right, ignore);
        List<Difference> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode op : com.flipkart.zjsonpatch.JsonDiff.asJson(l, r, FLAGS)) {
            String path = path(op.get("path").asText(), l, r);
            switch (op.get("op").asText()) {
                case "replace" -> out.add(new Difference(path, value(op.get("fromValue")), value(op.get("value"))));
                case "add" -> out.add(new Difference(path, null, value(op.get("value"))));
                case "remove" -> out.add(new Difference(path, value(op.get("value")), null));
                default -> throw new IllegalStateException("zjsonpatch gave an operation the flags leave out: " + op);
            }
        }
        return out;
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
        if (n.isNull() || n.isMissingNode()) {
            return NODES.nullNode();
        }
        return NODES.textNode(n.asString());
    }

    private static JsonNode value(com.fasterxml.jackson.databind.JsonNode v) {
        return VALUES.readTree(v.toString());
    }

    /** A JSON pointer as the reports write paths: {@code /guardians/1/outcome} is {@code guardians[1].outcome}. */
    private static String path(String pointer, com.fasterxml.jackson.databind.JsonNode left, com.fasterxml.jackson.databind.JsonNode right) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        com.fasterxml.jackson.databind.JsonNode l = left;
        com.fasterxml.jackson.databind.JsonNode r = right;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (l.isArray() || !l.isObject() && r.isArray()) {
                int i = Integer.parseInt(token);
                out.append('[').append(i).append(']');
                l = l.path(i);
                r = r.path(i);
            } else {
                out.append(out.isEmpty() ? "" : ".").append(token);
                l = l.path(token);
                r = r.path(token);
            }
        }
        return out.toString();
    }
}
