package kr.nanumteo.rules.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import kr.nanumteo.rules.packs.KoreanParticles;

/** RFC 9457 problem types this service answers with. */
public final class Problems {

    public static final URI INVALID_REQUEST = URI.create("urn:nanumteo:problem:invalid-request");
    public static final URI NO_RULE_PACK = URI.create("urn:nanumteo:problem:no-rule-pack-in-force");
    public static final URI NOT_RECORDED = URI.create("urn:nanumteo:problem:decision-not-recorded");
    public static final URI PACK_CHANGED = URI.create("urn:nanumteo:problem:rule-pack-changed");
    public static final URI PACK_NOT_LOADED = URI.create("urn:nanumteo:problem:rule-pack-not-loaded");
    public static final URI PACK_REFUSED = URI.create("urn:nanumteo:problem:rule-pack-refused");
    public static final URI NOT_FOUND = URI.create("urn:nanumteo:problem:not-found");
    public static final URI UNRESOLVED_REFERENCE = URI.create("urn:nanumteo:problem:unresolved-reference");
    public static final URI RULE_FAILED = URI.create("urn:nanumteo:problem:rule-failed");
    public static final URI INTERNAL = URI.create("urn:nanumteo:problem:internal");
    public static final URI METHOD_NOT_ALLOWED = URI.create("urn:nanumteo:problem:method-not-allowed");
    public static final URI NOT_ACCEPTABLE = URI.create("urn:nanumteo:problem:not-acceptable");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:nanumteo:problem:unsupported-media-type");
    public static final URI BODY_TOO_LARGE = URI.create("urn:nanumteo:problem:request-body-too-large");
    public static final URI BODY_TOO_SLOW = URI.create("urn:nanumteo:problem:request-body-too-slow");
    /** Any other status the framework answers with on its own (e.g. 503 for a timed-out async request). */
    public static final URI HTTP = URI.create("urn:nanumteo:problem:http");

    private Problems() {
    }

    /** The type of a problem the framework raised itself, by its status. */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> BODY_TOO_SLOW;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> INTERNAL;
            default -> HTTP;
        };
    }

    /** A Korean title for a status, for the problems the framework raises itself. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "요청 값이 올바르지 않습니다";
            case 401 -> "인증이 필요합니다";
            case 403 -> "권한이 없습니다";
            case 404 -> "찾을 수 없습니다";
            case 405 -> "허용되지 않는 메서드입니다";
            case 406 -> "요청한 형식으로 답할 수 없습니다";
            case 408 -> "요청 본문이 제때 도착하지 않았습니다";
            case 413 -> "요청 본문이 너무 큽니다";
            case 414 -> "요청 주소가 너무 깁니다";
            case 415 -> "지원하지 않는 본문 형식입니다";
            case 500 -> "서비스 내부 오류입니다";
            case 503 -> "잠시 요청을 처리할 수 없습니다";
            default -> "요청을 처리할 수 없습니다";
        };
    }

    /**
     * Gives a problem the framework made (type {@code about:blank}, English title) our type and a Korean
     * title for its status; its detail comes from messages.properties.
     */
    public static void localize(ProblemDetail p) {
        if (p.getType() == null || ABOUT_BLANK.equals(p.getType())) {
            p.setType(forStatus(p.getStatus()));
            p.setTitle(title(p.getStatus()));
        }
    }

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    /** {@code detail} with its particles in the form the word before them takes (규칙 팩 … 2024.1.0이 없습니다). */
    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? null : KoreanParticles.resolve(detail));
        p.setType(type);
        p.setTitle(title);
        return p;
    }
}
