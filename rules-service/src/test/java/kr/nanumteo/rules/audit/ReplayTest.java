package kr.nanumteo.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.Examples;
import kr.nanumteo.rules.TestPacks;
import kr.nanumteo.rules.decisions.DecisionLog;
import kr.nanumteo.rules.decisions.DecisionService;
import kr.nanumteo.rules.decisions.RecordedDecision;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.RulePack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A recorded decision re-made with the pack it was made with — or honestly not at all. */
@DatabaseTest
class ReplayTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DecisionLog log;
    @Autowired
    DecisionService decisions;

    @TempDir
    Path tmp;

    JsonNode post(String uri, String body) throws Exception {
        MvcTestResult r = mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(r).hasStatusOk();
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long decisions() {
        return jdbc.sql("select count(*) from decision").query(Long.class).single();
    }

    @Test
    void aDecisionMadeWithThe2023PackReplaysIdenticallyAndTheReplayIsRecordedLinkedToIt() throws Exception {
        JsonNode original = post("/api/v1/eligibility/dual-income", Examples.DUAL_INCOME.replace("2024-03-04", "2023-09-01"));
        assertThat(original.at("/rulePack/id").asString()).isEqualTo("nanumteo-2023");

        JsonNode replay = post("/api/v1/decisions/" + original.get("decisionId").asString() + "/replay", "");

        assertThat(replay.get("result").asString()).isEqualTo("IDENTICAL");
        assertThat(replay.get("differences")).isEmpty();
        assertThat(replay.get("decisionId")).isEqualTo(original.get("decisionId"));
        assertThat(replay.get("rulePack")).isEqualTo(original.get("rulePack"));
        assertThat(replay.at("/replayed/outcome")).isEqualTo(original.get("outcome"));
        assertThat(replay.at("/replayed/guardians")).isEqualTo(original.get("guardians"));
        JsonNode recorded = json.readTree(mvc.get().uri("/api/v1/decisions/" + replay.get("replayId").asString()).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(recorded.get("replayOf")).isEqualTo(original.get("decisionId"));
        assertThat(recorded.get("response")).isEqualTo(replay.get("replayed"));
    }

    @Test
    void aDecisionWhosePackContentNoLongerMatchesIsRefusedAndNothingIsRecorded() throws Exception {
        JsonNode original = post("/api/v1/eligibility/dual-income", Examples.DUAL_INCOME);
        Path packs = tmp.resolve("packs");
        TestPacks.copy("2023", packs);
        Path edited = TestPacks.copy("2024", packs).resolve("pack.yaml");
        byte[] bytes = Files.readAllBytes(edited);
        bytes[bytes.length - 1] = (byte) (bytes[bytes.length - 1] == ' ' ? '\n' : ' ');
        Files.write(edited, bytes);
        Replays withEditedPack = new Replays(log, decisions, new PackRegistry(packs.toString()), json);
        long before = decisions();

        assertThatThrownBy(() -> withEditedPack.replay(UUID.fromString(original.get("decisionId").asString())))
                .isInstanceOfSatisfying(ReplayRefusedException.class, e -> {
                    assertThat(e.why()).isEqualTo(ReplayRefusedException.Why.PACK_CHANGED);
                    assertThat(e.getMessage()).contains("nanumteo-2024 2024.1.1", original.at("/rulePack/sha256").asString());
                });
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void aDecisionWhosePackIsNoLongerLoadedIsRefusedNamingIt() throws Exception {
        JsonNode original = post("/api/v1/eligibility/dual-income", Examples.DUAL_INCOME);
        Path packs = tmp.resolve("only2023");
        TestPacks.copy("2023", packs);
        Replays without2024 = new Replays(log, decisions, new PackRegistry(packs.toString()), json);

        assertThatThrownBy(() -> without2024.replay(UUID.fromString(original.get("decisionId").asString())))
                .isInstanceOfSatisfying(ReplayRefusedException.class, e -> {
                    assertThat(e.why()).isEqualTo(ReplayRefusedException.Why.PACK_NOT_LOADED);
                    assertThat(e.getMessage()).contains("nanumteo-2024 2024.1.1");
                    assertThat(e.loaded()).containsOnlyKeys("nanumteo-2023 2023.1.1");
                });
    }

    @Test
    void overHttpARefusedReplayIsA409ProblemNamingBothHashes() throws Exception {
        JsonNode original = post("/api/v1/eligibility/dual-income", Examples.DUAL_INCOME);
        RecordedDecision real = log.find(UUID.fromString(original.get("decisionId").asString())).orElseThrow();
        UUID madeWithOtherContent = UUID.randomUUID();
        String otherSha = "0".repeat(64);
        log.record(new RecordedDecision(madeWithOtherContent, real.kind(), real.outcome(), real.asOf(),
                new RulePack.Ref(real.rulePack().id(), real.rulePack().version(), otherSha),
                real.request(), real.response().replace(real.decisionId().toString(), madeWithOtherContent.toString()),
                Instant.now(), null));

        MvcTestResult r = mvc.post().uri("/api/v1/decisions/" + madeWithOtherContent + "/replay").exchange();

        assertThat(r).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("type").asString()).isEqualTo("urn:nanumteo:problem:rule-pack-changed");
        assertThat(problem.get("detail").asString()).contains(otherSha, real.rulePack().sha256());
        assertThat(mvc.post().uri("/api/v1/decisions/" + UUID.randomUUID() + "/replay").exchange()).hasStatus(404);
    }
}
