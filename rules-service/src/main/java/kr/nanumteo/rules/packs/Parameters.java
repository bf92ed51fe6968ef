package kr.nanumteo.rules.packs;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack's parameters: every amount, threshold, rate and list its rules use, each with a unit
 * and the guideline section it comes from (the OpenFisca way: parameters are data with a source).
 *
 * <p>Rules read them through the DRL global {@code params}, e.g.
 * {@code $min : BigDecimal() from params.num("dualIncome.work.minDailyHours")}. An unknown key or a
 * value of the wrong kind throws: the pack loader calls every accessor a rule mentions, so such a
 * pack is refused at load instead of failing on a request.
 */
public final class Parameters {

    /** One parameter as {@code pack.yaml} states it. {@code value} is a BigDecimal, Boolean, String or List of String. */
    public record Parameter(String key, Object value, String unit, String description, String citation) {}

    private final Map<String, Parameter> byKey;

    Parameters(Map<String, Parameter> byKey) {
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public Map<String, Parameter> all() {
        return byKey;
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** A decimal threshold or rate (hours, m², a share such as 0.7). */
    public BigDecimal num(String key) {
        return as(key, BigDecimal.class, "숫자");
    }

    /** A whole count (days, months, groups). */
    public Integer integer(String key) {
        BigDecimal n = num(key);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("파라미터 '" + key + "'는 정수여야 합니다: " + n.toPlainString());
        }
    }

    /** An amount of money in whole won. */
    public Long amount(String key) {
        BigDecimal n = num(key);
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("파라미터 '" + key + "'는 원 단위 정수여야 합니다: " + n.toPlainString());
        }
    }

    /** A list of codes (document codes, categories, shifts). */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return as(key, List.class, "목록");
    }

    public Boolean flag(String key) {
        return as(key, Boolean.class, "참/거짓");
    }

    public String text(String key) {
        return as(key, String.class, "문자열");
    }

    private <T> T as(String key, Class<T> type, String kindName) {
        Parameter p = byKey.get(key);
        if (p == null) {
            throw new IllegalArgumentException("파라미터 '" + key + "'가 pack.yaml에 없습니다");
        }
        if (!type.isInstance(p.value())) {
            throw new IllegalArgumentException("파라미터 '" + key + "'는 " + kindName + "이어야 합니다: " + p.value());
        }
        return type.cast(p.value());
    }

    /** The same parameters with some values replaced (a request's documented override, never a pack edit). */
    public Parameters with(Map<String, Object> overrides) {
        Map<String, Parameter> copy = new LinkedHashMap<>(byKey);
        overrides.forEach((key, value) -> {
            Parameter p = byKey.get(key);
            if (p == null) {
                throw new IllegalArgumentException("파라미터 '" + key + "'가 pack.yaml에 없습니다");
            }
            copy.put(key, new Parameter(key, value, p.unit(), p.description(), p.citation()));
        });
        return new Parameters(copy);
    }
}
