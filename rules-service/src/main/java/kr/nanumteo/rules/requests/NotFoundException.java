package kr.nanumteo.rules.requests;

/** Something asked for by id that is not there: answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
