package kr.nanumteo.rules.requests;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The query string as it was sent, read again when Tomcat could not decode a parameter: Tomcat says only
 * that one failed (InvalidParameterException), and its message warns that the name it quotes may be corrupted.
 */
public final class QueryParameters {

    /** How much of a value that cannot be read is quoted back. */
    private static final int QUOTED = 80;

    private QueryParameters() {
    }

    /**
     * Each parameter of {@code rawQuery} whose name or value is not percent-encoded UTF-8 (a {@code %} without
     * two hex digits after it, or bytes that are not UTF-8), named, with the value as sent; none if all read.
     */
    public static List<FieldErrors.FieldError> undecodable(String rawQuery) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        for (String pair : rawQuery == null || rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            Optional<String> name = decode(rawName);
            if (name.isEmpty() || decode(rawValue).isEmpty()) {
                String quoted = rawValue.length() > QUOTED ? rawValue.substring(0, QUOTED) + "…" : rawValue;
                errors.add(new FieldErrors.FieldError(name.orElse(rawName),
                        "주소에 쓴 값을 읽을 수 없습니다: %와 16진수 두 자리로 적은 UTF-8이어야 합니다 (받은 값: " + quoted + ")"));
            }
        }
        return errors;
    }

    /**
     * The refusal of a request whose parameters Tomcat could not read: each undecodable one of {@code rawQuery}
     * named, or, if the query reads, one entry for what failed elsewhere (a form body).
     */
    public static InvalidRequestException refusal(String rawQuery) {
        List<FieldErrors.FieldError> errors = undecodable(rawQuery);
        return new InvalidRequestException(!errors.isEmpty() ? errors
                : List.of(new FieldErrors.FieldError("$", "요청의 매개변수를 읽을 수 없습니다: %와 16진수 두 자리로 적은 UTF-8이어야 합니다")));
    }

    /** {@code raw} decoded as a query's name or value is ({@code +} a space), if it is well-formed. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
