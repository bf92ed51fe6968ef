package kr.nanumteo.rules.decisions;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.RuleFailedException;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path every decision endpoint takes: read and check the request (400), pick the pack in
 * force on its date (422), evaluate, record, and only then answer — with the very JSON text that was
 * recorded. If recording fails the caller gets 503 and no decision; if a rule of the pack fails, 500 naming
 * it (RuleFailedException), and nothing is recorded. Each decision is counted
 * (nanumteo.decisions by kind, pack and outcome) and timed (nanumteo.evaluation), and every log line
 * written while it is made carries its decisionId.
 */
@Service
public class DecisionService {

    private static final Logger logger = LoggerFactory.getLogger(DecisionService.class);

    private final PackRegistry packs;
    private final DecisionLog log;
    private final JsonMapper json;
    private final MeterRegistry meters;
    /** Evaluation time per kind and pack version (nanumteo.evaluation), registered once per pair. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    DecisionService(PackRegistry packs, DecisionLog log, JsonMapper json, MeterRegistry meters) {
        this.packs = packs;
        this.log = log;
        this.json = json;
        this.meters = meters;
    }

    private Timer evaluationTimer(String kind, RulePack pack) {
        return timers.computeIfAbsent(kind + " " + pack.id() + " " + pack.version(), k -> Timer.builder("nanumteo.evaluation")
                .description("Rule evaluation of one decision").tag("kind", kind).tag("pack", pack.id()).tag("version", pack.version())
                .register(meters));
    }

    public <Q, R extends DecisionResponse> ResponseEntity<String> decide(DecisionKind<Q, R> kind, JsonNode body) {
        Q request = kind.resolve(kind.read(body), log);
        RulePack pack = packs.current().select(kind.asOf(request), kind.requestedPack(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(decideAndRecord(kind, pack, request, null));
    }

    /**
     * Decides {@code request} with {@code pack} and writes the decision to the log; returns the answer
     * text exactly as recorded, or throws {@link DecisionNotRecordedException} and returns nothing.
     *
     * @param replayOf the decision this one replays, or null
     */
    public <Q, R extends DecisionResponse> String decideAndRecord(DecisionKind<Q, R> kind, RulePack pack, Q request, UUID replayOf) {
        Stamp stamp = Stamp.now();
        MDC.put("decisionId", stamp.decisionId().toString());
        MDC.put("kind", kind.name());
        MDC.put("pack", pack.id() + " " + pack.version());
        try {
            long start = System.nanoTime();
            R response;
            try {
                response = kind.decide(pack, request, stamp);
            } catch (RuleFailedException e) {
                logger.error("decision {} not made: {}", stamp.decisionId(), e.getMessage(), e);
                throw e.withDecisionId(stamp.decisionId());
            }
            evaluationTimer(kind.name(), pack).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            String answer = json.writeValueAsString(response);
            try {
                log.record(new RecordedDecision(response.decisionId(), kind.name(), response.outcome().name(), kind.asOf(request),
                        pack.ref(), json.writeValueAsString(request), answer, response.evaluatedAt(), replayOf,
                        RecordedDecision.Listing.of(kind.applicationId(request), response.reasons())));
            } catch (DecisionNotRecordedException e) {
                logger.error("decision {} could not be recorded and is not answered: {}", stamp.decisionId(), e.getCause().getMessage());
                throw e;
            }
            meters.counter("nanumteo.decisions", "kind", kind.name(), "pack", pack.id(), "version", pack.version(),
                    "outcome", response.outcome().name()).increment();
            logger.debug("decision recorded: {} {} by {} {}", kind.name(), response.outcome(), pack.id(), pack.version());
            return answer;
        } finally {
            MDC.remove("decisionId");
            MDC.remove("kind");
            MDC.remove("pack");
        }
    }
}
