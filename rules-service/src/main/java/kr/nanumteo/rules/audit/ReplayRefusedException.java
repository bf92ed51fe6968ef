package kr.nanumteo.rules.audit;

import java.util.Map;

import kr.nanumteo.rules.packs.RulePack;

/**
 * A recorded decision that cannot honestly be replayed: the pack it was made with is not loaded, or a
 * pack loaded under the same id and version has other content. Answered as 409; nothing is replayed.
 */
public class ReplayRefusedException extends RuntimeException {

    public enum Why { PACK_NOT_LOADED, PACK_CHANGED }

    private final Why why;
    private final RulePack.Ref recorded;
    private final Map<String, String> loaded;

    ReplayRefusedException(Why why, RulePack.Ref recorded, Map<String, String> loaded, String message) {
        super(message);
        this.why = why;
        this.recorded = recorded;
        this.loaded = loaded;
    }

    public Why why() {
        return why;
    }

    public RulePack.Ref recorded() {
        return recorded;
    }

    /** Loaded packs: "id version" → sha256. */
    public Map<String, String> loaded() {
        return loaded;
    }
}
