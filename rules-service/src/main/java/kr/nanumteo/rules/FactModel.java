package kr.nanumteo.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the fact model: the classes a rule pack's DRL may name, construct and call. A pack is data, not
 * a program (packs/DrlSubset): beyond the classes marked here (and every class nested in one), a rule
 * reaches only the {@code params} global and a named list of methods of BigDecimal, java.time, String and
 * the immutable collections. So a class gets this mark only when every public method and constructor it
 * declares is a plain computation over its own values — no I/O, no threads, no access to the service.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FactModel {
}
