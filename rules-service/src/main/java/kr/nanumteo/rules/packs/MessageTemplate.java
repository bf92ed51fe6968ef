package kr.nanumteo.rules.packs;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kie.api.runtime.rule.Match;

/**
 * A rule's Korean {@code @message}, parsed once when the pack loads: literal text and
 * {@code {$binding}} placeholders, filled from the values the rule bound in one match. Particles written
 * with both forms ({@code {$item}은(는)}, {@code {$to}(으)로}) take the form the word before them needs
 * ({@link KoreanParticles}).
 */
public final class MessageTemplate implements java.io.Serializable {

    // 2: particle markers are resolved at render (a form precompiled before that is read again from its DRL).
    private static final long serialVersionUID = 2L;

    /** Where the loader leaves the parsed template in a rule's metadata. */
    static final String METADATA_KEY = "nanumteo.messageTemplate";

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$\\w+)\\}");

    /** Alternating parts: even indexes literal text, odd indexes binding names. */
    private final String[] parts;
    /** Per part: a literal holding a particle marker to resolve against what comes before it. */
    private final boolean[] markers;

    private MessageTemplate(String[] parts) {
        this.parts = parts;
        this.markers = new boolean[parts.length];
        for (int i = 0; i < parts.length; i += 2) {
            markers[i] = KoreanParticles.hasMarker(parts[i]);
        }
        if (parts.length == 1 && markers[0]) {
            parts[0] = KoreanParticles.resolve(parts[0]);
            markers[0] = false;
        }
    }

    public static MessageTemplate parse(String message) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(message);
        int at = 0;
        while (m.find()) {
            parts.add(message.substring(at, m.start()));
            parts.add(m.group(1));
            at = m.end();
        }
        parts.add(message.substring(at));
        return new MessageTemplate(parts.toArray(String[]::new));
    }

    /** The bindings the message names. */
    List<String> bindings() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < parts.length; i += 2) {
            names.add(parts[i]);
        }
        return names;
    }

    String render(Match match) {
        return render(match::getDeclarationValue);
    }

    /**
     * The message with each {@code {$x}} replaced by {@code valueOf("$x")}, formatted as staff read it, and
     * each particle in the literal text in the form the word before it takes. A value's own text is left as it is.
     */
    public String render(Function<String, Object> valueOf) {
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                out.append(format(valueOf.apply(parts[i])));
            } else if (markers[i]) {
                KoreanParticles.appendResolved(out, parts[i]);
            } else {
                out.append(parts[i]);
            }
        }
        return out.toString();
    }

    /**
     * {@code 56712000} as {@code 56,712,000}: what {@code String.format("%,d")} gives, without the cost
     * of a Formatter on every rule that fires (it was a tenth of an evaluation).
     */
    static String grouped(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int n = digits.length() - sign;
        if (n <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + (n - 1) / 3);
        int first = n % 3 == 0 ? 3 : n % 3;
        out.append(digits, 0, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** Numbers as staff write them (8, 4.5, 56,712,000), codes by their Korean names, dates in ISO form, lists joined by commas. */
    static String format(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            if (plain.scale() > 0) {
                return plain.toPlainString();
            }
            return plain.precision() - plain.scale() <= 18 ? grouped(plain.longValueExact()) : String.format("%,d", plain.toBigInteger());
        }
        if (value instanceof Long || value instanceof Integer) {
            return grouped(((Number) value).longValue());
        }
        if (value instanceof KoreanLabel k) {
            return k.koreanLabel();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(MessageTemplate::format).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
