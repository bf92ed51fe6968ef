package kr.nanumteo.rules.admin;

import kr.nanumteo.rules.packs.Parameters;

/** A parameter as staff read it in the catalogue and in a draft: its value with its unit, description and citation. */
public record ParameterView(String key, Object value, String unit, String description, String citation) {

    static ParameterView of(Parameters.Parameter p) {
        return new ParameterView(p.key(), p.value(), p.unit(), p.description(), p.citation());
    }
}
