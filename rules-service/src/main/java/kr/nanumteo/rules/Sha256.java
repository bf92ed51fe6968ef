package kr.nanumteo.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: how the service names uploads, checks passwords and links the decision log. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest; every JVM has SHA-256 (it is one of the algorithms the Java platform requires). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Of the text's UTF-8 bytes. */
    public static String hex(CharSequence text) {
        return hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
