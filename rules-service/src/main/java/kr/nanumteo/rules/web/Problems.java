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

    private Problems() {
    }

    /** {@code detail} with its particles in the form the word before them takes (규칙 팩 … 2024.1.0이 없습니다). */
    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? null : KoreanParticles.resolve(detail));
        p.setType(type);
        p.setTitle(title);
        return p;
    }
}
