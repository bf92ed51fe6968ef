package kr.nanumteo.rules.decisions;

/** The decision log could not take the decision: answered as 503, and the decision is not returned. */
public class DecisionNotRecordedException extends RuntimeException {

    public DecisionNotRecordedException(Throwable cause) {
        super("결정을 기록할 수 없습니다", cause);
    }
}
