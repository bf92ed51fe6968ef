package kr.nanumteo.rules.packs;

import java.time.LocalDate;
import java.util.Map;

/** No pack is in force on the case's date, or the pack asked for is not. Answered as 422, naming the packs that exist. */
public class NoPackInForceException extends RuntimeException {

    private final LocalDate asOf;
    private final String requested;
    private final Map<String, String> available;

    public NoPackInForceException(LocalDate asOf, String requested, PackSet set) {
        super(requested == null
                ? asOf + "에 시행 중인 규칙 팩이 없습니다"
                : "규칙 팩 " + requested + "은(는) " + asOf + "에 시행 중이 아닙니다");
        this.asOf = asOf;
        this.requested = requested;
        this.available = set.periods();
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String requested() {
        return requested;
    }

    /** pack id → its period, e.g. {@code nanumteo-2023 → 2023-01-01 ~ 2023-12-31}. */
    public Map<String, String> available() {
        return available;
    }
}
