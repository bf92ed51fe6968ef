package kr.nanumteo.rules.packs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.nanumteo.rules.FactModel;

/**
 * What a rule pack's DRL may name and call: the whole list, in one place (see {@link DrlSubset}).
 *
 * <ul>
 *   <li>the fact model — classes marked {@link FactModel} and the classes nested in them: their public
 *       constructors, the public methods they declare themselves (accessors, factories such as
 *       {@code Requirement.anyOne}), their constants and enum values;
 *   <li>the {@code params} global's accessors ({@link Parameters#num} and its kin);
 *   <li>the named methods below of BigDecimal, RoundingMode, java.time's dates, String, the boxed numbers,
 *       Math's exact arithmetic (the bundled packs count places with {@code Math.incrementExact}) and the
 *       immutable collections;
 *   <li>on any value, {@code equals}, {@code hashCode}, {@code toString} and, when it is Comparable,
 *       {@code compareTo}.
 * </ul>
 * Nothing else: no other class's constructor or static method, so no file, network, process, thread,
 * reflection or class loading, no {@code System} or {@code Runtime}, and no {@code getClass()}.
 */
final class AllowedCalls {

    /** Classes a pack may import from outside the fact model: these packages exactly, not their sub-packages. */
    static final Set<String> IMPORTABLE_PACKAGES = Set.of("java.math", "java.time", "java.util");

    /** The JDK classes a rule may name, with the methods it may call on them (instance and static alike). */
    private static final Map<Class<?>, Set<String>> VALUE_METHODS = Map.ofEntries(
            Map.entry(BigDecimal.class, Set.of("valueOf", "add", "subtract", "multiply", "divide", "divideToIntegralValue",
                    "remainder", "pow", "abs", "negate", "plus", "round", "setScale", "movePointLeft", "movePointRight",
                    "scaleByPowerOfTen", "stripTrailingZeros", "min", "max", "signum", "scale", "precision", "intValue",
                    "longValue", "intValueExact", "longValueExact", "doubleValue", "toPlainString")),
            Map.entry(RoundingMode.class, Set.of("name", "ordinal")),
            Map.entry(LocalDate.class, Set.of("of", "plusDays", "plusWeeks", "plusMonths", "plusYears", "minusDays", "minusWeeks",
                    "minusMonths", "minusYears", "isBefore", "isAfter", "isEqual", "getYear", "getMonthValue", "getMonth",
                    "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "lengthOfMonth", "lengthOfYear", "isLeapYear",
                    "withDayOfMonth", "withMonth", "withYear", "toEpochDay")),
            Map.entry(Year.class, Set.of("of", "getValue", "atDay", "atMonth", "isLeap", "length", "isBefore", "isAfter",
                    "plusYears", "minusYears")),
            Map.entry(YearMonth.class, Set.of("of", "getYear", "getMonthValue", "getMonth", "atDay", "atEndOfMonth", "plusMonths",
                    "minusMonths", "plusYears", "minusYears", "isBefore", "isAfter", "lengthOfMonth")),
            Map.entry(Month.class, Set.of("of", "getValue", "plus", "minus", "name", "ordinal")),
            Map.entry(DayOfWeek.class, Set.of("of", "getValue", "plus", "minus", "name", "ordinal")),
            Map.entry(String.class, Set.of("valueOf", "join", "length", "isEmpty", "isBlank", "equalsIgnoreCase", "startsWith",
                    "endsWith", "contains", "indexOf", "substring", "strip", "trim", "toUpperCase", "toLowerCase", "concat",
                    "replace")),
            Map.entry(Integer.class, Set.of("valueOf", "intValue", "longValue", "compare", "min", "max", "sum")),
            Map.entry(Long.class, Set.of("valueOf", "intValue", "longValue", "compare", "min", "max", "sum")),
            Map.entry(Number.class, Set.of("intValue", "longValue", "doubleValue")),
            Map.entry(Boolean.class, Set.of("valueOf", "booleanValue")),
            Map.entry(Math.class, Set.of("min", "max", "abs", "addExact", "subtractExact", "multiplyExact", "incrementExact",
                    "decrementExact", "negateExact", "toIntExact", "floorDiv", "floorMod")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains", "containsAll")),
            Map.entry(List.class, Set.of("of", "copyOf", "size", "isEmpty", "contains", "containsAll", "get", "indexOf")),
            Map.entry(Set.class, Set.of("of", "copyOf", "size", "isEmpty", "contains", "containsAll")),
            Map.entry(Map.class, Set.of("of", "copyOf", "size", "isEmpty", "get", "getOrDefault", "containsKey", "containsValue",
                    "keySet", "values")),
            Map.entry(Object.class, Set.of()));

    /** The {@code params} global's accessors, by the kind of value each returns. */
    static final Set<String> PARAMETER_ACCESSORS = Set.of("num", "integer", "amount", "list", "flag", "text");

    /** Asked of any value: plain, and the same for every class. */
    private static final Set<String> ANY_VALUE = Set.of("equals", "hashCode", "toString");

    private AllowedCalls() {
    }

    static boolean isFactModel(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (c.isAnnotationPresent(FactModel.class)) {
                return true;
            }
        }
        return false;
    }

    /** A class a rule may name: as a pattern, an import, the scope of a static call or constant, a local variable's type. */
    static boolean isNameable(Class<?> type) {
        Class<?> c = type.isPrimitive() ? box(type) : type;
        return isFactModel(c) || VALUE_METHODS.containsKey(c) || c == Parameters.class;
    }

    /**
     * The public methods named {@code name} with {@code arity} parameters that a rule may call on a value of
     * {@code owner} (or, {@code statically}, on the class itself); empty when there is none it may call.
     */
    static List<Method> methods(Class<?> owner, String name, int arity, boolean statically) {
        Class<?> type = owner.isPrimitive() ? box(owner) : owner;
        List<Method> out = new ArrayList<>();
        List<Method> all = new ArrayList<>(Arrays.asList(type.getMethods()));
        if (type.isInterface()) {
            all.addAll(Arrays.asList(Object.class.getMethods())); // an interface's getMethods() leaves out equals, toString…
        }
        for (Method m : all) {
            if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isSynthetic() && !m.isBridge()
                    && (!statically || Modifier.isStatic(m.getModifiers())) && allowed(type, m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean allowed(Class<?> owner, Method m) {
        boolean statik = Modifier.isStatic(m.getModifiers());
        if (!statik && (ANY_VALUE.contains(m.getName())
                || (m.getName().equals("compareTo") && Comparable.class.isAssignableFrom(owner)))) {
            return true;
        }
        if (owner == Parameters.class) {
            return !statik && PARAMETER_ACCESSORS.contains(m.getName());
        }
        if (isFactModel(owner)) {
            Class<?> declaring = m.getDeclaringClass();
            if (isFactModel(declaring)) {
                return true;
            }
            // An enum's own name and ordinal (declared by java.lang.Enum, nothing else of it).
            return owner.isEnum() && declaring == Enum.class && (m.getName().equals("name") || m.getName().equals("ordinal"));
        }
        for (Map.Entry<Class<?>, Set<String>> e : VALUE_METHODS.entrySet()) {
            if (e.getKey().isAssignableFrom(owner) && e.getValue().contains(m.getName())
                    && (owner == e.getKey() || e.getKey().isInterface() || e.getKey() == Number.class)) {
                return true;
            }
        }
        return false;
    }

    /** The fact model's public constructors with {@code arity} parameters; empty for any other class. */
    static List<Constructor<?>> constructors(Class<?> type, int arity) {
        if (!isFactModel(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return List.of();
        }
        return Arrays.stream(type.getConstructors()).filter(c -> c.getParameterCount() == arity).<Constructor<?>>map(c -> c).toList();
    }

    /** A public constant of a nameable class (an enum value, {@code BigDecimal.ZERO}), or null. */
    static Field constant(Class<?> type, String name) {
        if (!isNameable(type)) {
            return null;
        }
        try {
            Field f = type.getField(name);
            int mod = f.getModifiers();
            return Modifier.isStatic(mod) && Modifier.isFinal(mod) && f.getDeclaringClass() == type ? f : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    static Class<?> box(Class<?> primitive) {
        if (!primitive.isPrimitive()) {
            return primitive;
        }
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }
}
