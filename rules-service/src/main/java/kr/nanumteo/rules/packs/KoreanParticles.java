package kr.nanumteo.rules.packs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles (조사) chosen from the word before them. A message is written with both forms, as Korean
 * writers do when the word is not known yet — {@code 은(는)}, {@code 이(가)}, {@code 을(를)}, {@code 와(과)},
 * {@code (으)로} — and once the word is there the one that reads as Korean is kept: 공기청정기는, 장난감은,
 * 운영비로만, 수당으로, 서울로.
 *
 * <p>What decides is the last syllable's final consonant (받침): 은·이·을·과·으로 after one, 는·가·를·와·로 after
 * none; (으)로 also takes 로 after ㄹ. The word before a marker is the text just before it, skipping a closing
 * parenthesis with what it encloses ("공기청정기(단가 750,000원)은(는)" speaks of 공기청정기) and closing quotes.
 * Numbers are read as Korean reads them (10 십, 1,000 천, 3 삼, 2 이), Latin letters by their names (L 엘,
 * M 엠, N 엔, R 알; CCTV ends in 브이). Where the sound cannot be told (a symbol), the marker is left as written.
 */
public final class KoreanParticles {

    /** The markers, each with the form after a final consonant and the form after none (or after ㄹ for (으)로). */
    private enum Marker {
        TOPIC("은", "는"),
        SUBJECT("이", "가"),
        OBJECT("을", "를"),
        WITH("과", "와"),
        DIRECTION("으로", "로");

        final String afterConsonant;
        final String afterVowel;

        Marker(String afterConsonant, String afterVowel) {
            this.afterConsonant = afterConsonant;
            this.afterVowel = afterVowel;
        }

        static Marker of(String written) {
            return switch (written) {
                case "은(는)", "는(은)" -> TOPIC;
                case "이(가)", "가(이)" -> SUBJECT;
                case "을(를)", "를(을)" -> OBJECT;
                case "과(와)", "와(과)" -> WITH;
                default -> DIRECTION;
            };
        }
    }

    /** How the word before a marker ends. */
    enum Ending { VOWEL, RIEUL, CONSONANT, UNKNOWN }

    static final Pattern MARKER = Pattern.compile("은\\(는\\)|는\\(은\\)|이\\(가\\)|가\\(이\\)|을\\(를\\)|를\\(을\\)|과\\(와\\)|와\\(과\\)|\\(으\\)로");

    /** How each digit is read, and whether it ends in a consonant: 영 일 이 삼 사 오 육 칠 팔 구. */
    private static final Ending[] DIGITS = {
        Ending.CONSONANT, Ending.RIEUL, Ending.VOWEL, Ending.CONSONANT, Ending.VOWEL,
        Ending.VOWEL, Ending.CONSONANT, Ending.RIEUL, Ending.RIEUL, Ending.VOWEL };

    private KoreanParticles() {
    }

    /** Whether {@code text} holds a marker to resolve. */
    public static boolean hasMarker(CharSequence text) {
        return MARKER.matcher(text).find();
    }

    /** {@code text} with every marker replaced by the form its preceding word takes. */
    public static String resolve(String text) {
        StringBuilder out = new StringBuilder(text.length());
        appendResolved(out, text);
        return out.toString();
    }

    /**
     * Appends {@code literal} to {@code out}, resolving its markers against everything before them, what
     * {@code out} already holds included: a template's literal text after a filled-in value.
     */
    public static void appendResolved(StringBuilder out, String literal) {
        Matcher m = MARKER.matcher(literal);
        int at = 0;
        while (m.find()) {
            out.append(literal, at, m.start());
            Ending ending = ending(out);
            Marker marker = Marker.of(m.group());
            out.append(switch (ending) {
                case UNKNOWN -> m.group();
                case VOWEL -> marker.afterVowel;
                case RIEUL -> marker == Marker.DIRECTION ? marker.afterVowel : marker.afterConsonant;
                case CONSONANT -> marker.afterConsonant;
            });
            at = m.end();
        }
        out.append(literal, at, literal.length());
    }

    /** How the word that ends {@code text} sounds at its end. */
    static Ending ending(CharSequence text) {
        int i = lastSpoken(text);
        if (i < 0) {
            return Ending.UNKNOWN;
        }
        char c = text.charAt(i);
        if (c >= '\uAC00' && c <= '\uD7A3') {
            int coda = (c - '\uAC00') % 28;
            return coda == 0 ? Ending.VOWEL : coda == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (c >= '\u3131' && c <= '\u314E') { // a lone consonant (ㄱ … ㅎ) is read as a final one
            return c == 'ㄹ' ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (c >= '0' && c <= '9') {
            return number(text, i);
        }
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            return switch (Character.toUpperCase(c)) {
                case 'L', 'R' -> Ending.RIEUL;
                case 'M', 'N' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        return Ending.UNKNOWN;
    }

    /** The index of the last character that is read aloud: closing quotes and a closing parenthetical skipped. */
    private static int lastSpoken(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == ')' || c == ']') {
                char open = c == ')' ? '(' : '[';
                int depth = 0;
                for (; i >= 0; i--) {
                    char d = text.charAt(i);
                    if (d == c) {
                        depth++;
                    } else if (d == open && --depth == 0) {
                        break;
                    }
                }
                i--;
            } else if (c == '\'' || c == '"' || c == '’' || c == '”' || c == '」' || c == '』' || c == '》' || c == '>') {
                i--;
            } else {
                return i;
            }
        }
        return -1;
    }

    /**
     * A number ending at {@code last}: its last digit when that is not 0 (…3 삼, …2 이), else the unit its
     * trailing zeros make (10 십, 100 백, 1,000 천, 10,000 만, 10^8 억, 10^12 조); 0 alone is 영. A decimal
     * fraction is read digit by digit, so its last digit decides (1.3 … 삼).
     */
    private static Ending number(CharSequence text, int last) {
        int start = last;
        while (start > 0 && (isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
            start--;
        }
        boolean fraction = start > 1 && text.charAt(start - 1) == '.' && isDigit(text.charAt(start - 2));
        int digit = text.charAt(last) - '0';
        if (digit != 0 || fraction) {
            return DIGITS[digit];
        }
        int zeros = 0;
        boolean nonZero = false;
        for (int i = last; i >= start; i--) {
            char c = text.charAt(i);
            if (c == ',') {
                continue;
            }
            if (c != '0') {
                nonZero = true;
                break;
            }
            zeros++;
        }
        if (!nonZero) {
            return DIGITS[0];
        }
        // 십 백 천 만 억 end in a final consonant, 조 (10^12 … 10^15) in none, 경 (10^16 …) in one again.
        return zeros >= 12 && zeros < 16 ? Ending.VOWEL : Ending.CONSONANT;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
