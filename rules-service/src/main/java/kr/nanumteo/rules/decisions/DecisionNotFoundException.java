package kr.nanumteo.rules.decisions;

import java.util.UUID;

import kr.nanumteo.rules.requests.NotFoundException;

/** No decision with this id is in the log. */
public class DecisionNotFoundException extends NotFoundException {

    public DecisionNotFoundException(UUID id) {
        super("결정 " + id + "이(가) 기록에 없습니다");
    }
}
