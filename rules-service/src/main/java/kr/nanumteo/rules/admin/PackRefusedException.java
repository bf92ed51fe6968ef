package kr.nanumteo.rules.admin;

import java.util.List;

import kr.nanumteo.rules.packs.PackCheck;

/**
 * A pack (or a reload) that is not put into service: it failed its check, or its id and version are
 * already published with other content. The packs in service stay as they were.
 */
public class PackRefusedException extends RuntimeException {

    public enum Why { CHECK_FAILED, SAME_VERSION_OTHER_CONTENT, BAD_ARCHIVE, NO_DIRECTORY }

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
