package kr.nanumteo.rules.requests;

import java.util.List;

/** A request with bad fields: answered as 400 with one entry per field; nothing is evaluated or recorded. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldErrors.FieldError> errors;

    public InvalidRequestException(List<FieldErrors.FieldError> errors) {
        super(errors.size() + "개 항목이 올바르지 않습니다: " + errors.stream().map(FieldErrors.FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldErrors.FieldError> errors() {
        return errors;
    }
}
