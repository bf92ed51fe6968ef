package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.nanumteo.rules.TestPacks;

/** What makes a pack usable, and what gets it refused before it can decide anything. */
class PackLoaderTest {

    @TempDir
    Path tmp;

    /** A copy of the repository's 2024 pack to break. */
    Path copyOf2024() throws IOException {
        return TestPacks.copy("2024", tmp);
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theRepositoryPacksLoadWithEveryRuleCatalogued() {
        RulePack pack = TestPacks.all().byId("nanumteo-2024").orElseThrow();

        assertThat(pack.rules()).extracting(RulePack.RuleInfo::id).contains("DI-01", "DI-05", "DI-63").doesNotHaveDuplicates();
        assertThat(pack.rules()).allSatisfy(r -> {
            assertThat(r.citation()).startsWith("2024 사업안내");
            assertThat(r.message()).isNotBlank();
        });
        assertThat(pack.interpretations()).extracting(RulePack.Interpretation::id).contains("INT-DI-01");
        assertThat(pack.parameters().num("dualIncome.work.minDailyHours")).isEqualByComparingTo("8");
    }

    @Test
    void aDrlThatDoesNotCompileIsRefusedNamingFileAndLine() throws IOException {
        Path dir = copyOf2024();
        replace(dir.resolve("dual-income.drl"), "$g : Guardian( activity == Activity.NOT_WORKING )", "$g : Guardian( activity === )");

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .isInstanceOf(PackLoadException.class)
                .satisfies(e -> assertThat(((PackLoadException) e).problems()).anySatisfy(p -> assertThat(p).matches("dual-income\\.drl:\\d+.*")));
    }

    @Test
    void aRuleWithoutCitationOrWithAClashingIdIsRefused() throws IOException {
        Path dir = copyOf2024();
        Path drl = dir.resolve("dual-income.drl");
        replace(drl, "@id(\"DI-09\")", "@id(\"DI-08\")");
        replace(drl, "    @citation(\"2024 사업안내 4-나 ※맞벌이가구 증빙서류 1 (부와 모가 모두 일(취업)을 하는 가구)\")\n"
                + "    @message(\"일(취업)을 하지 않는", "    @message(\"일(취업)을 하지 않는");

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .isInstanceOf(PackLoadException.class)
                .satisfies(e -> assertThat(((PackLoadException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("DI-08").contains("겹칩니다"))
                        .anySatisfy(p -> assertThat(p).contains("A guardian who does not work").contains("@citation")));
    }

    @Test
    void twoFilesSharingAPackageAreRefusedForTheirRulesWouldMeetInOneKieBase() throws IOException {
        Path dir = copyOf2024();
        replace(dir.resolve("pumasi-subsidy.drl"), "package nanumteo.y2024.pumasi;", "package nanumteo.y2024.dualincome;");

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .satisfies(e -> assertThat(((PackLoadException) e).problems())
                        .containsExactly("pumasi-subsidy.drl: package 이름 nanumteo.y2024.dualincome: dual-income.drl 파일과 같습니다 (파일마다 package 이름이 달라야 합니다)"));
    }

    @Test
    void aRuleReadingAParameterThePackDoesNotDefineIsRefusedAtLoadNotAtTheFirstRequest() throws IOException {
        Path dir = copyOf2024();
        replace(dir.resolve("dual-income.drl"), "params.integer(\"dualIncome.work.minMonthlyDays\")",
                "params.integer(\"dualIncome.work.minMonthDays\")");

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .satisfies(e -> assertThat(((PackLoadException) e).problems())
                        .anySatisfy(p -> assertThat(p).matches("dual-income\\.drl:\\d+: 파라미터 'dualIncome.work.minMonthDays'가 pack.yaml에 없습니다")));
    }

    @Test
    void aMessageNamingABindingItsRuleLacksIsRefused() throws IOException {
        Path dir = copyOf2024();
        replace(dir.resolve("dual-income.drl"), "@message(\"월 {$days}일 근로로 기준 {$min}일을 충족합니다\")",
                "@message(\"월 {$dayz}일 근로로 기준 {$min}일을 충족합니다\")");

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .satisfies(e -> assertThat(((PackLoadException) e).problems()).anySatisfy(p -> assertThat(p).contains("{$dayz}")));
    }

    @Test
    void aParameterWithoutCitationIsRefused() throws IOException {
        Path dir = copyOf2024();
        replace(dir.resolve("pack.yaml"), "    citation: 2024 사업안내 4-나 ※맞벌이가구 증빙서류 1 (월 20일 이상 근로)\n", "");

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .satisfies(e -> assertThat(((PackLoadException) e).problems())
                        .containsExactly("pack.yaml: parameters.dualIncome.work.minMonthlyDays: citation(지침 근거)이 없습니다"));
    }

    @Test
    void theSha256CoversEveryByteOfThePackAndIsTheSameFromTheJarAndFromDisk() throws IOException {
        Path dir = copyOf2024();
        String original = PackFiles.fromDirectory(dir).sha256();
        assertThat(PackFiles.fromDirectory(TestPacks.DIR.resolve("2024")).sha256()).isEqualTo(original);
        assertThat(PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT)).filteredOn(f -> f.origin().endsWith("2024"))
                .singleElement().satisfies(bundled -> assertThat(bundled.sha256()).isEqualTo(original));

        replace(dir.resolve("pack.yaml"), "# 공동육아나눔터", "#공동육아나눔터");

        assertThat(PackFiles.fromDirectory(dir).sha256()).isNotEqualTo(original);
    }

    @Test
    void overlappingPeriodsAreRefusedAndAnOpenEndedPackIsClosedByTheNextStart() throws IOException {
        PackSet repo = TestPacks.all();
        RulePack p2023 = repo.byId("nanumteo-2023").orElseThrow();
        RulePack p2024 = repo.byId("nanumteo-2024").orElseThrow();
        RulePack p2025 = new RulePack("nanumteo-2025", "2025.1.0", java.time.LocalDate.of(2025, 1, 1), null, "x", "g", "nanumteo-2024",
                p2024.parameters(), List.of(), List.of(), p2024.files(), p2024.modules());

        PackSet three = PackSet.of(List.of(p2023, p2024, p2025));
        assertThat(three.periods()).containsEntry("nanumteo-2024", "2024-01-01 ~ 2024-12-31").containsEntry("nanumteo-2025", "2025-01-01 ~");
        assertThat(three.select(java.time.LocalDate.of(2024, 12, 31), null).id()).isEqualTo("nanumteo-2024");
        assertThat(three.select(java.time.LocalDate.of(2025, 1, 1), null).id()).isEqualTo("nanumteo-2025");

        RulePack overlapping = new RulePack("nanumteo-2023b", "1", java.time.LocalDate.of(2023, 7, 1), java.time.LocalDate.of(2024, 6, 30),
                "y", "g", null, p2024.parameters(), List.of(), List.of(), p2024.files(), p2024.modules());
        assertThatThrownBy(() -> PackSet.of(List.of(p2023, p2024, overlapping)))
                .satisfies(e -> assertThat(((PackLoadException) e).problems()).anySatisfy(p -> assertThat(p).contains("겹칩니다")));
    }
}
