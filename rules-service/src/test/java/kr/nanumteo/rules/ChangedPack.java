package kr.nanumteo.rules;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackLoader;
import kr.nanumteo.rules.packs.RulePack;

/**
 * One of the repository's packs with one parameter's value changed in its pack.yaml, compiled in
 * memory: what policy staff would do to take another reading of the guideline, without a copy on disk.
 */
public final class ChangedPack {

    private ChangedPack() {
    }

    /**
     * @param folder the pack folder under rule-packs, e.g. "2024"
     * @param key    a parameter whose {@code value:} is on the line after its key
     * @param value  the new value as YAML, e.g. {@code true} or {@code 20}
     */
    public static RulePack with(String folder, String key, String value) {
        PackFiles files = PackFiles.fromDirectory(TestPacks.DIR.resolve(folder));
        String yaml = files.text(PackFiles.DESCRIPTOR);
        Matcher m = Pattern.compile("(?m)^(  " + Pattern.quote(key) + ":\\R    value: )[^\\r\\n]*$").matcher(yaml);
        if (!m.find()) {
            throw new IllegalArgumentException(folder + "/pack.yaml has no single-line value for " + key);
        }
        String changed = yaml.substring(0, m.start()) + m.group(1) + value + yaml.substring(m.end());
        SortedMap<String, byte[]> copy = new TreeMap<>(files.files());
        copy.put(PackFiles.DESCRIPTOR, changed.getBytes(StandardCharsets.UTF_8));
        return PackLoader.load(new PackFiles(files.origin() + " with " + key + ": " + value, copy));
    }
}
