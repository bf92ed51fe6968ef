package kr.nanumteo.rules.requests;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Binds a JSON tree to a request record, collecting every field that has the wrong type, an unknown
 * enum value or an impossible date instead of stopping at the first one (as plain data binding would).
 * Absent and null fields bind to null; whether they are required is the decision's own validation.
 * Unknown fields are ignored, so a caller may send fields a later version adds.
 *
 * <p>Every string is held to {@link FieldErrors#text}: no control characters, tabs and line breaks
 * only in a {@link FreeText} field.
 */
public final class RequestBinder {

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    private RequestBinder() {
    }

    /** The request, or throws {@link InvalidRequestException} naming every field that could not be read. */
    public static <T> T bind(JsonNode body, Class<T> type) {
        FieldErrors errors = new FieldErrors();
        T value = bind(body, type, errors);
        errors.throwIfAny();
        return value;
    }

    public static <T> T bind(JsonNode body, Class<T> type, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            errors.reject("$", "요청 본문은 JSON 객체여야 합니다");
            return null;
        }
        return type.cast(value(body, type, "", false, errors));
    }

    private static Object value(JsonNode node, Type type, String path, boolean freeText, FieldErrors errors) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw == JsonNode.class) {
            return node; // a request carried as it is (e.g. the case inside a comparison), read by its own kind
        }
        if (raw == String.class) {
            if (!node.isString()) {
                return wrong(path, "문자열", node, errors);
            }
            return errors.text(path, node.stringValue(), freeText) ? node.stringValue() : null;
        }
        if (raw == Boolean.class) {
            return node.isBoolean() ? node.booleanValue() : wrong(path, "true 또는 false", node, errors);
        }
        if (raw == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : wrong(path, "정수", node, errors);
        }
        if (raw == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : wrong(path, "정수(원)", node, errors);
        }
        if (raw == BigDecimal.class) {
            return node.isNumber() ? decimal(node.decimalValue(), path, errors) : wrong(path, "숫자", node, errors);
        }
        if (raw == LocalDate.class) {
            if (!node.isString()) {
                return wrong(path, "날짜(YYYY-MM-DD)", node, errors);
            }
            try {
                return LocalDate.parse(node.stringValue());
            } catch (DateTimeParseException e) {
                errors.reject(path, "날짜(YYYY-MM-DD)가 아니거나 없는 날짜입니다: '" + node.stringValue() + "'");
                return null;
            }
        }
        if (raw == UUID.class) {
            if (node.isString()) {
                try {
                    return UUID.fromString(node.stringValue());
                } catch (IllegalArgumentException e) {
                    // falls through to the error below
                }
            }
            return wrong(path, "UUID", node, errors);
        }
        if (raw.isEnum()) {
            return enumValue(node, raw, path, errors);
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return wrong(path, "배열", node, errors);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Collection<Object> out = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            int i = 0;
            for (JsonNode item : node.values()) {
                String itemPath = path + "[" + i++ + "]";
                if (item.isNull()) {
                    errors.reject(itemPath, "null일 수 없습니다");
                    continue;
                }
                Object v = value(item, element, itemPath, freeText, errors);
                if (v != null) {
                    out.add(v);
                }
            }
            return Set.class.isAssignableFrom(raw) ? Set.copyOf(out) : List.copyOf(out);
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) {
                return wrong(path, "객체", node, errors);
            }
            Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : node.propertyNames()) {
                if (!errors.text(path, key, false)) {
                    continue;
                }
                Object v = value(node.get(key), valueType, path + "." + key, freeText, errors);
                if (v != null) {
                    out.put(key, v);
                }
            }
            return out;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                return wrong(path, "객체", node, errors);
            }
            RecordComponent[] components = raw.getRecordComponents();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                args[i] = value(node.get(name), components[i].getGenericType(), path.isEmpty() ? name : path + "." + name,
                        components[i].isAnnotationPresent(FreeText.class), errors);
            }
            try {
                return CANONICAL.get(raw).newInstance(args);
            } catch (InvocationTargetException e) {
                errors.reject(path.isEmpty() ? "$" : path, String.valueOf(e.getCause().getMessage()));
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + raw, e);
            }
        }
        throw new IllegalStateException("request type " + type + " at " + path + " is not bindable");
    }

    /**
     * The number exactly as sent, with at most {@value #MAX_DIGITS} digits on each side of the point.
     * An exponent makes a few characters a huge number ({@code 1e400}, {@code 0e1000000000}) that
     * printing it in a reason or comparing it would spell out digit by digit.
     */
    private static BigDecimal decimal(BigDecimal value, String path, FieldErrors errors) {
        if (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS) {
            errors.reject(path, "소수점 앞뒤로 " + MAX_DIGITS + "자리까지의 숫자여야 합니다 (받은 값: " + value + ")");
            return null;
        }
        return value;
    }

    private static final int MAX_DIGITS = 30;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(JsonNode node, Class<?> raw, String path, FieldErrors errors) {
        String allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        if (node.isString()) {
            try {
                return Enum.valueOf((Class) raw, node.stringValue());
            } catch (IllegalArgumentException e) {
                errors.reject(path, "알 수 없는 값 '" + node.stringValue() + "'입니다. 허용되는 값: " + allowed);
                return null;
            }
        }
        return wrong(path, "다음 중 하나(" + allowed + ")", node, errors);
    }

    private static Object wrong(String path, String expected, JsonNode node, FieldErrors errors) {
        errors.reject(path, expected + "여야 합니다 (받은 값: " + node + ")");
        return null;
    }

    /** The class of a request record's component type ({@code List<Guardian>} → {@code List}); the request types use no other kind of type. */
    public static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported request type " + type);
    }
}
