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

    /** The HTTP status of the refusal, for the API's problem and the console's page alike. */
    public int status() {
        return switch (why) {
            case CHECK_FAILED -> 422;
            case BAD_ARCHIVE -> 400;
            case NOT_FOUND -> 404;
            case OWN_SUBMISSION -> 403;
            case SAME_VERSION_OTHER_CONTENT, NO_DIRECTORY, NOT_AWAITING_APPROVAL, WITHDRAWAL_REFUSED, CONCURRENT_CHANGE -> 409;
        };
    }

    /** What was not done, as a heading in Korean. */
    public String title() {
        return switch (why) {
            case OWN_SUBMISSION -> "자신이 제출한 팩은 승인할 수 없습니다";
            case WITHDRAWAL_REFUSED -> "규칙 팩을 거두지 않았습니다";
            case NOT_FOUND -> "규칙 팩을 찾을 수 없습니다";
            default -> "규칙 팩을 게시하지 않았습니다";
        };
    }
}
