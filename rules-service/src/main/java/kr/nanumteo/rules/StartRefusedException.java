package kr.nanumteo.rules;

/**
 * A setting the service will not start with, because it would run half-working or unsafe (a short
 * password, two schemas for one log). Spring Boot reports it at start-up as what is wrong and what to do
 * ({@link StartRefusedFailureAnalyzer}), in Korean, instead of a stack trace.
 */
public class StartRefusedException extends RuntimeException {

    private final String action;

    /** @param why what is wrong, naming the setting; @param action what to set instead */
    public StartRefusedException(String why, String action) {
        super(why);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
