package kr.nanumteo.rules.decisions;

import java.util.List;

import kr.nanumteo.rules.requests.FieldErrors;

/**
 * A request cites recorded decisions that cannot stand in for what they refer to: not in the log, of
 * another kind, or contradicting what the request itself says. Answered as 422, one entry per field;
 * nothing is evaluated or recorded.
 */
public class UnresolvedReferenceException extends RuntimeException {

    private final List<FieldErrors.FieldError> errors;

    public UnresolvedReferenceException(List<FieldErrors.FieldError> errors) {
        super(errors.size() + "개 항목이 가리키는 결정을 쓸 수 없습니다: " + errors.stream().map(FieldErrors.FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldErrors.FieldError> errors() {
        return errors;
    }
}
