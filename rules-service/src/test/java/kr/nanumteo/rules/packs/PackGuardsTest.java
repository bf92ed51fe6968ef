package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;

/** The slips that once cost a year's cases, each caught by check before a pack goes into service. */
class PackGuardsTest {

    /** Nothing run but the pack's own reading: these tests are about what check says of the files. */
    static final PackCheck.Runs NOTHING_RUN = new PackCheck.Runs() {
        @Override
        public Optional<PackCheck.ScenarioRun> own(RulePack pack, PackSet set) {
            return Optional.empty();
        }

        @Override
        public Optional<PackCheck.ScenarioRun> flips(RulePack previous, RulePack pack) {
            return Optional.empty();
        }

        @Override
        public PackCheck.CorpusRun generated(RulePack pack, RulePack previous) {
            return new PackCheck.CorpusRun() {
                @Override
                public int cases() {
                    return 0;
                }

                @Override
                public List<String> failures() {
                    return List.of();
                }
            };
        }
    };

    static final List<RulePack> IN_SERVICE = TestPacks.all().packs().stream().map(PackSet.InForce::pack).toList();
    /** The bundled 2024 pack's version, as its pack.yaml states it. */
    static final String V2024 = TestPacks.all().byId("nanumteo-2024").orElseThrow().version();

    /** The 2024 pack with its pack.yaml edited. */
    static PackFiles pack2024With(UnaryOperator<String> yaml) {
        PackFiles files = PackFiles.fromDirectory(TestPacks.DIR.resolve("2024"));
        SortedMap<String, byte[]> copy = new TreeMap<>(files.files());
        copy.put(PackFiles.DESCRIPTOR, yaml.apply(files.text(PackFiles.DESCRIPTOR)).getBytes(StandardCharsets.UTF_8));
        return new PackFiles("rule-packs/2025", copy);
    }

    static String as2025(String yaml) {
        return yaml.replace("id: nanumteo-2024", "id: nanumteo-2025").replace("version: " + V2024, "version: 2025.1.0")
                .replace("effectiveFrom: 2024-01-01", "effectiveFrom: 2025-01-01").replace("previous: nanumteo-2023", "previous: nanumteo-2024");
    }

    static List<PackCheck.Finding> errors(PackCheck.Report r) {
        return r.findings().stream().filter(f -> f.severity() == PackCheck.Severity.ERROR).toList();
    }

    @Test
    void aNewYearsPackThatKeepsLastYearsIdIsRefusedForItWouldRetireLastYear() {
        PackCheck.Report r = PackCheck.check(pack2024With(y -> y.replace("version: " + V2024, "version: 2025.1.0")
                .replace("effectiveFrom: 2024-01-01", "effectiveFrom: 2025-01-01")), IN_SERVICE, NOTHING_RUN);

        assertThat(r.ok()).isFalse();
        assertThat(errors(r)).anySatisfy(f -> assertThat(f.message())
                .contains("운영 중인 팩 nanumteo-2024 " + V2024 + "(2024-01-01 ~)의 id입니다", "replaces: nanumteo-2024 " + V2024));
    }

    @Test
    void aPackThatSaysWhichPackItReplacesIsTaken() {
        PackCheck.Report r = PackCheck.check(pack2024With(y -> y.replace("version: " + V2024, "version: 2024.2.0\nreplaces: nanumteo-2024 " + V2024)),
                IN_SERVICE, NOTHING_RUN);

        assertThat(errors(r)).isEmpty();
    }

    @Test
    void aPackReplacingOneThatIsNotInServiceIsRefused() {
        PackCheck.Report r = PackCheck.check(pack2024With(y -> as2025(y).replace("version: 2025.1.0", "version: 2025.1.0\nreplaces: nanumteo-2024 2024.0.9")),
                IN_SERVICE, NOTHING_RUN);

        assertThat(errors(r)).anySatisfy(f -> assertThat(f.message()).isEqualTo("replaces nanumteo-2024 2024.0.9: 운영 중인 팩이 아닙니다"));
    }

    @Test
    void daysNoPackCoversAreWarnedOf() {
        PackCheck.Report r = PackCheck.check(pack2024With(y -> as2025(y).replace("effectiveFrom: 2025-01-01", "effectiveFrom: 2025-03-01")),
                List.of(IN_SERVICE.get(0), pinned(IN_SERVICE.get(1))), NOTHING_RUN);

        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(PackCheck.Severity.WARNING);
            assertThat(f.message()).startsWith("2025-01-01 ~ 2025-02-28에는 시행 중인 팩이 없습니다");
        });
    }

    /** The 2024 pack as if its pack.yaml closed its period at 2024-12-31. */
    static RulePack pinned(RulePack p) {
        return new RulePack(p.id(), p.version(), p.effectiveFrom(), java.time.LocalDate.of(2024, 12, 31), p.sha256(), p.guideline(), p.previous(),
                p.parameters(), p.interpretations(), p.rules(), p.files(), p.modules());
    }

    @Test
    void aChangedAmountWhoseCitationAndInterpretationStillStateTheOldOneIsRefusedAtTheParameter() {
        PackCheck.Report r = PackCheck.check(pack2024With(y -> as2025(y).replace("    value: 56712000\n", "    value: 58000000\n")),
                IN_SERVICE, NOTHING_RUN);

        assertThat(errors(r)).anySatisfy(f -> {
            assertThat(f.where()).isEqualTo("pack.yaml: parameters.budget.standardPerCentre");
            assertThat(f.message()).isEqualTo("값이 56,712,000원에서 58,000,000원으로 바뀌었는데 citation에 이전 값 '56,712천원'이 남아 있습니다");
        }).anySatisfy(f -> {
            assertThat(f.where()).startsWith("pack.yaml: interpretations ");
            assertThat(f.message()).contains("budget.standardPerCentre", "'56,712천원'");
        });
    }

    @Test
    void aChangedAreaWhoseCitationStillStatesTheOldOneInSquareMetresIsRefused() {
        PackCheck.Report r = PackCheck.check(pack2024With(y -> as2025(y).replace("  standards.space.minExclusiveArea:\n    value: 66\n",
                "  standards.space.minExclusiveArea:\n    value: 70\n")), IN_SERVICE, NOTHING_RUN);

        assertThat(errors(r)).anySatisfy(f -> {
            assertThat(f.where()).isEqualTo("pack.yaml: parameters.standards.space.minExclusiveArea");
            assertThat(f.message()).contains("66㎡에서 70㎡(으)로", "'66제곱미터'");
        });
    }

    @Test
    void anAmountWrittenInThousandsOfWonWhereWonAreExpectedIsAFindingAtTheParameter() {
        PackCheck.Report r = PackCheck.check(pack2024With(y -> as2025(y).replace("    value: 56712000\n", "    value: 58,000천원\n")),
                IN_SERVICE, NOTHING_RUN);

        assertThat(errors(r)).anySatisfy(f -> assertThat(f.message()).isEqualTo("pack.yaml: parameters.budget.standardPerCentre: 값 '58,000천원'은 "
                + "단위와 쉼표 없이 숫자로 써야 합니다. 이 파라미터의 단위는 '원/개소·년 (지방비 포함)'이므로 value: 58000000처럼 씁니다"));
    }

    @Test
    void aReadmeCopiedUnchangedFromThePreviousPackIsWarnedOf() {
        PackCheck.Report r = PackCheck.check(pack2024With(PackGuardsTest::as2025), IN_SERVICE, NOTHING_RUN);

        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(PackCheck.Severity.WARNING);
            assertThat(f.message()).startsWith("README.md가 이전 팩(nanumteo-2024)의 것과 같습니다");
        });
    }
}
