package kr.nanumteo.rules.packs;

import java.util.List;
import java.util.Optional;

/**
 * A rule that fired in one evaluation: its id, its message with the bound values filled in, its
 * citation, and the facts it matched (so a decision can file the reason under the item it is about).
 */
public record FiredRule(String ruleId, String name, String message, String citation, List<Object> facts) {

    public Reason reason() {
        return new Reason(ruleId, message, citation);
    }

    /** The first matched fact of this type: the guardian, group or centre this firing is about. */
    public <T> Optional<T> about(Class<T> type) {
        for (Object f : facts) {
            if (type.isInstance(f)) {
                return Optional.of(type.cast(f));
            }
        }
        return Optional.empty();
    }
}
