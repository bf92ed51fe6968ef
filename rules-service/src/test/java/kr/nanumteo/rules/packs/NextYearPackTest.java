package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.nanumteo.rules.TestPacks;

/** Next year's pack from this year's, with no hand edits: what changes, what stays, what to review. */
class NextYearPackTest {

    @Test
    void the2025DraftOf2024HasItsYearEverywhereItMustAndListsTheCitationsToReview() {
        PackFiles source = PackFiles.fromDirectory(TestPacks.DIR.resolve("2024"));

        NextYearPack.Draft draft = NextYearPack.from(source, 2025);
        RulePack pack = PackLoader.load(draft.files());

        assertThat(pack.id()).isEqualTo("nanumteo-2025");
        assertThat(pack.version()).isEqualTo("2025.1.0");
        assertThat(pack.effectiveFrom()).hasToString("2025-01-01");
        assertThat(pack.effectiveTo()).isNull();
        assertThat(pack.previous()).isEqualTo("nanumteo-2024");
        assertThat(pack.guideline()).startsWith("2025 ");
        for (String drl : List.of("admissions.drl", "budget.drl", "centre-standards.drl", "dual-income.drl", "pumasi-subsidy.drl")) {
            assertThat(draft.files().text(drl).lines().filter(l -> l.startsWith("package ")).findFirst().orElseThrow())
                    .as(drl).contains("nanumteo.y2025.").doesNotContain("2024");
        }
        assertThat(draft.files().text("README.md").lines().findFirst().orElseThrow()).contains("2025").doesNotContain("2024");
        // Everything else is this year's, line for line: the parameters, the rules, the comments.
        List<String> was = source.text(PackFiles.DESCRIPTOR).lines().toList();
        List<String> is = draft.files().text(PackFiles.DESCRIPTOR).lines().toList();
        assertThat(is).hasSameSizeAs(was);
        long changed = java.util.stream.IntStream.range(0, was.size()).filter(i -> !was.get(i).equals(is.get(i))).count();
        assertThat(changed).isEqualTo(5); // id, version, effectiveFrom, guideline, previous
        assertThat(pack.parameters().amount("budget.standardPerCentre")).isEqualTo(56_712_000L);
        assertThat(draft.toReview()).isNotEmpty().allSatisfy(c -> assertThat(c).contains("2024"))
                .anySatisfy(c -> assertThat(c).startsWith("dual-income.drl:").contains("DI-01: 2024 사업안내"))
                .anySatisfy(c -> assertThat(c).startsWith("pack.yaml parameters.budget.standardPerCentre: 2024 사업안내"));
    }

    @Test
    void aClosedPeriodMovesToTheNewYear() {
        NextYearPack.Draft draft = NextYearPack.from(PackFiles.fromDirectory(TestPacks.DIR.resolve("2023")), 2024);

        String yaml = draft.files().text(PackFiles.DESCRIPTOR);
        assertThat(YamlEdit.scalar(yaml, "effectiveFrom")).hasValue("2024-01-01");
        assertThat(YamlEdit.scalar(yaml, "effectiveTo")).hasValue("2024-12-31");
        assertThat(YamlEdit.scalar(yaml, "previous")).hasValue("nanumteo-2023");
    }

    @Test
    void aYearNotAfterThePacksOwnIsRefused() {
        PackFiles source = PackFiles.fromDirectory(TestPacks.DIR.resolve("2024"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NextYearPack.from(source, 2024))
                .hasMessageContaining("2024보다 뒤여야 합니다");
    }
}
