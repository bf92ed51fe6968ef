package kr.nanumteo.rules.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad fields of one request, by path ({@code guardians[0].dailyHours}), first problem per field
 * kept: a field that did not even parse is not blamed again for being missing.
 */
public final class FieldErrors {

    /** One bad field, as the 400 answer lists it. */
    public record FieldError(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void reject(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<FieldError> list() {
        List<FieldError> out = new ArrayList<>();
        byField.forEach((f, m) -> out.add(new FieldError(f, m)));
        return out;
    }

    /** Rejects {@code field} as missing when {@code value} is null and the field has no error yet. */
    public boolean require(String field, Object value) {
        if (value == null) {
            reject(field, "필수 항목입니다");
            return false;
        }
        return true;
    }

    /**
     * A required business year (a budget or subsidy year): present, and within the years a request may
     * sensibly name. The bounds are the request's shape, not policy: no rule reads them.
     */
    public void requireYear(String field, Integer year) {
        if (require(field, year)) {
            range(field, year, 2000, 2100, "연도");
        }
    }

    /** Rejects a number outside {@code [min, max]}; null passes (use {@link #require} for presence). */
    public void range(String field, Number value, long min, long max, String unit) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (v < min || v > max) {
            reject(field, min + " 이상 " + max + " 이하의 " + unit + "여야 합니다 (받은 값: " + value + ")");
        }
    }

    /**
     * Rejects a list longer than {@code max}; false then, and its items are not read one by one (a
     * list's length is bounded before any work is done per item). Null passes.
     */
    public boolean maxItems(String field, java.util.Collection<?> list, int max) {
        if (list != null && list.size() > max) {
            reject(field, max + "개까지 보낼 수 있습니다 (받은 수: " + list.size() + ")");
            return false;
        }
        return true;
    }

    /**
     * Rejects text holding a control character (NUL and the other C0/C1 codes), an invisible format
     * character (bidirectional overrides, zero-width spaces, a byte-order mark), a line or paragraph
     * separator, or half of a surrogate pair: none belongs in an identifier, they make two values look
     * alike or break what reads the log (PostgreSQL cannot take a NUL as text). {@code freeText} — text a
     * person wrote ({@link FreeText}) — may hold tabs, line breaks and the joiners of emoji. Null passes.
     */
    public boolean text(String field, String value, boolean freeText) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int kind = Character.getType(c);
            boolean allowed = freeText && (c == '\t' || c == '\n' || c == '\u200C' || c == '\u200D');
            if (!allowed && (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.SURROGATE
                    || kind == Character.LINE_SEPARATOR || kind == Character.PARAGRAPH_SEPARATOR)) {
                reject(field, (kind == Character.SURROGATE ? "짝이 없는 서로게이트 문자" : "제어 문자")
                        + String.format("(U+%04X, %d번째 글자)", c, value.codePointCount(0, i) + 1) + "는 쓸 수 없습니다"
                        + (freeText ? " (탭과 줄바꿈은 됩니다)" : ""));
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            reject(field, max + "자 이하여야 합니다 (받은 길이: " + value.codePointCount(0, value.length()) + ")");
        }
    }

    /** The field a JSON pointer names, written as the errors name fields: {@code /guardians/1/relation} → {@code guardians[1].relation}. */
    public static String fromPointer(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "$";
        }
        StringBuilder field = new StringBuilder();
        for (String step : pointer.substring(1).split("/", -1)) {
            String name = step.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidRequestException(list());
        }
    }
}
