package kr.nanumteo.rules.admin;

import java.util.List;

import kr.nanumteo.rules.packs.PackCheck;

/**
 * A pack (or a reload, an approval, a withdrawal) that is not done: it failed its check, its id and version are
 * already taken by other content, it is not in the state the call needs. The packs in service stay as they were.
 */
public class PackRefusedException extends RuntimeException {

    public enum Why {
        CHECK_FAILED, SAME_VERSION_OTHER_CONTENT, BAD_ARCHIVE, NO_DIRECTORY,
        /** No such submission or pack. */
        NOT_FOUND,
        /** Not in the state the call needs (approving what does not await approval, withdrawing twice). */
        NOT_AWAITING_APPROVAL,
        /** Four eyes: the submitter may not approve. */
        OWN_SUBMISSION,
        /** Withdrawing would leave no pack, or periods that do not fit. */
        WITHDRAWAL_REFUSED,
        /** Another call changed the pack's state in the meantime. */
        CONCURRENT_CHANGE
    }

    private final Why why;
    private final List<PackCheck.Report> reports;

    PackRefusedException(Why why, String message, List<PackCheck.Report> reports) {
        super(message);
        this.why = why;
        this.reports = List.copyOf(reports);
    }

    public Why why() {
        return why;
    }

    public List<PackCheck.Report> reports() {
        return reports;
    }
}
