package kr.nanumteo.rules.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.Sha256;
import kr.nanumteo.rules.TestPacks;

/**
 * The scenarios riding along with an upload are written to a temporary folder for the check, and that
 * folder is gone once the publish has answered, whether the pack passed or was refused. The bundled 2024
 * pack is uploaded again (UNCHANGED), so the packs in service stay as they are for the other tests.
 */
@DatabaseTest
class UploadedScenariosTest {

    static final String PASSING = """
            kind: dual-income
            scenarios:
              - name: 하루 8시간·월 20일 일하는 부모는 맞벌이가구다 (%s)
                request:
                  asOf: 2024-03-04
                  singleParent: false
                  guardians:
                    - { relation: MOTHER, activity: EMPLOYED, dailyHours: 8, monthlyDays: 20, shift: DAY, documents: [EMPLOYMENT_CERTIFICATE] }
                    - { relation: FATHER, activity: EMPLOYED, dailyHours: 9, monthlyDays: 22, shift: DAY, documents: [LABOR_CONTRACT] }
                expect:
                  outcome: %s
            """;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theTemporaryFolderIsDeletedAfterAPublishThatPassesAndAfterOneThatIsRefused() throws Exception {
        byte[] passes = zipOf2024With(PASSING.formatted(UUID.randomUUID(), "ELIGIBLE"));
        byte[] fails = zipOf2024With(PASSING.formatted(UUID.randomUUID(), "NOT_ELIGIBLE"));

        assertThat(mvc.post().uri("/api/v1/admin/rule-packs").contentType("application/zip").content(passes).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.result").isEqualTo("UNCHANGED");
        assertThat(leftBehind(passes)).isEmpty();

        assertThat(mvc.post().uri("/api/v1/admin/rule-packs").contentType("application/zip").content(fails).exchange())
                .hasStatus(422).bodyText().contains("NOT_ELIGIBLE");
        assertThat(leftBehind(fails)).isEmpty();
    }

    /** Folders of this upload still in the temporary directory (named pack-scenarios-<sha256 prefix>-…). */
    private static List<Path> leftBehind(byte[] zip) throws IOException {
        String prefix = "pack-scenarios-" + Sha256.hex(zip).substring(0, 12) + "-";
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private static byte[] zipOf2024With(String scenarios) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(TestPacks.DIR.resolve("2024"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry("2024/" + f.getFileName()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("2024/scenarios/dual-income.yaml"));
            zip.write(scenarios.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
