package kr.nanumteo.rules.requests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that is text a person wrote (an asset item's description), not an identifier: it may
 * hold tabs, line breaks and the joiners of emoji sequences, which every other string field refuses
 * along with the other control characters (RequestBinder).
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {
}
