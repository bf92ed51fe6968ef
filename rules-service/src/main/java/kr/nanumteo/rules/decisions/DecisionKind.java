package kr.nanumteo.rules.decisions;

import java.time.LocalDate;

import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.RequestBinder;
import tools.jackson.databind.JsonNode;

/**
 * One kind of decision the service makes (dual-income eligibility, admissions, …): how its request is
 * read and checked, and how a pack decides it. {@link #decide} is a pure function of the pack and the
 * request, which is what lets a recorded decision be replayed and two packs be compared.
 *
 * @param <Q> the request record
 * @param <R> the response record
 */
public interface DecisionKind<Q, R extends DecisionResponse> {

    /** Stable name, recorded with every decision: {@code dual-income}. */
    String name();

    Class<Q> requestType();

    /** The rules file of each pack that decides this kind, without {@code .drl}: by default the kind's name. */
    default String rules() {
        return name();
    }

    /** Presence, ranges and consistency of the bound request; type errors are already recorded. */
    void validate(Q request, FieldErrors errors);

    /** The business date that picks the pack. */
    LocalDate asOf(Q request);

    /** The pack id the caller asked for, or null. */
    String requestedPack(Q request);

    /** The caller's own reference for the case (the intake system's applicationId), as the log's search lists it; null when the kind has none. */
    default String applicationId(Q request) {
        return null;
    }

    R decide(RulePack pack, Q request, Stamp stamp);

    /**
     * Replaces references in the request by what they refer to (e.g. a recorded eligibility decision by
     * its outcome), so that what is recorded and replayed is self-contained.
     */
    default Q resolve(Q request, DecisionLog log) {
        return request;
    }

    /** A typical request: evaluated once per pack at start-up so no caller pays for the first evaluation. */
    Q example();

    /** The longest pack id a request may ask for ({@code rulePack}); pack ids are like {@code nanumteo-2024}. */
    int MAX_PACK_ID = 64;

    /** Binds and validates a JSON request, or throws {@link kr.nanumteo.rules.requests.InvalidRequestException} naming every bad field. */
    default Q read(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        Q request = RequestBinder.bind(body, requestType(), errors);
        if (request != null) {
            errors.maxLength("rulePack", requestedPack(request), MAX_PACK_ID);
            validate(request, errors);
        }
        errors.throwIfAny();
        return request;
    }
}
