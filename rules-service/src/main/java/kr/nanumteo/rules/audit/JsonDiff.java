package kr.nanumteo.rules.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Where two answers differ, field by field, as JSON paths with both values. */
public final class JsonDiff {

    /** One difference: the path ({@code guardians[1].outcome}) and the value on each side (absent sides are null). */
    public record Difference(String path, JsonNode left, JsonNode right) {}

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
        } else if (left.isArray() && right.isArray()) {
            int n = Math.max(left.size(), right.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", left.path(i), right.path(i), ignore, out);
            }
        } else if (!sameValue(left, right)) {
            out.add(new Difference(path, present(left), present(right)));
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
}
