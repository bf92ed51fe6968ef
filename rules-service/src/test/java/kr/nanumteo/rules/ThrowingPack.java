package kr.nanumteo.rules;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

import kr.nanumteo.rules.packs.PackFiles;

/**
 * The repository's 2024 pack with one more rule, within the DRL subset, that throws for every single-parent
 * household: the pack a probe published, which then failed every single-parent request.
 */
public final class ThrowingPack {

    public static final String RULE_ID = "X-01";
    public static final String RULE_NAME = "A rule that fails for single parents";

    private ThrowingPack() {
    }

    /** Its files, as version {@code version} of nanumteo-2024. */
    public static PackFiles files(String version) {
        PackFiles files = PackFiles.fromDirectory(TestPacks.DIR.resolve("2024"));
        SortedMap<String, byte[]> copy = new TreeMap<>(files.files());
        copy.put(PackFiles.DESCRIPTOR, kr.nanumteo.rules.packs.YamlEdit.replace(files.text(PackFiles.DESCRIPTOR), version, "version")
                .getBytes(StandardCharsets.UTF_8));
        copy.put("dual-income.drl", (files.text("dual-income.drl") + """

                rule "%s"
                    @id("%s")
                    @citation("시험")
                    @message("시험 규칙입니다")
                when
                    Household( singleParent )
                then
                    insert(new WorkTest(Math.toIntExact(Long.MAX_VALUE)));
                end
                """.formatted(RULE_NAME, RULE_ID)).getBytes(StandardCharsets.UTF_8));
        return new PackFiles("rule-packs/2024 (" + version + ", with a rule that throws)", copy);
    }
}
