package kr.nanumteo.rules.packs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Next year's pack, made from this year's with no hand edits: the id and version, the period, {@code previous},
 * every DRL file's {@code package}, the README's heading and the guideline's year are the new year's; every
 * citation that names the old year is listed for review, since only the new guideline can say whether its
 * section still reads the same. Rules, parameters and interpretations are this year's, to be edited.
 */
public final class NextYearPack {

    /** The new pack's files, and the citations to review, each as "where: citation". */
    public record Draft(PackFiles files, String id, String version, List<String> toReview) {}

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private NextYearPack() {
    }

    public static Draft from(PackFiles source, int year) {
        String yaml = source.text(PackFiles.DESCRIPTOR);
        JsonNode descriptor = YAML.readTree(yaml);
        String oldId = descriptor.path("id").asString();
        LocalDate oldFrom = LocalDate.parse(descriptor.path("effectiveFrom").asString());
        String oldYear = Integer.toString(oldFrom.getYear());
        String newYear = Integer.toString(year);
        if (year <= oldFrom.getYear()) {
            throw new IllegalArgumentException(KoreanParticles.resolve("새 팩의 연도 " + year + "은(는) " + oldId + "의 시행 연도 " + oldYear + "보다 뒤여야 합니다"));
        }
        String id = oldId.contains(oldYear) ? oldId.replace(oldYear, newYear) : oldId + "-" + newYear;
        String version = newYear + ".1.0";

        String next = YamlEdit.replace(yaml, id, "id");
        next = YamlEdit.replace(next, version, "version");
        next = YamlEdit.replace(next, newYear + "-01-01", "effectiveFrom");
        if (YamlEdit.scalar(next, "effectiveTo").isPresent()) {
            next = YamlEdit.replace(next, newYear + "-12-31", "effectiveTo");
        }
        next = YamlEdit.scalar(next, "previous").isPresent() ? YamlEdit.replace(next, oldId, "previous")
                : YamlEdit.insertTopLevelAfter(next, "effectiveFrom", "previous", oldId);
        next = YamlEdit.removeTopLevel(next, "replaces");
        String guideline = YamlEdit.scalar(next, "guideline").orElse("");
        if (guideline.contains(oldYear)) {
            next = YamlEdit.replace(next, guideline.replace(oldYear, newYear), "guideline");
        }

        SortedMap<String, byte[]> files = new TreeMap<>(source.files());
        files.put(PackFiles.DESCRIPTOR, next.getBytes(StandardCharsets.UTF_8));
        List<String> review = new ArrayList<>();
        citations(YAML.readTree(next), oldYear, review);
        for (String name : source.files().keySet()) {
            if (name.endsWith(".drl")) {
                files.put(name, drl(name, source.text(name), oldYear, newYear, review).getBytes(StandardCharsets.UTF_8));
            } else if (name.equals("README.md")) {
                files.put(name, readme(source.text(name), oldId, id, oldYear, newYear).getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Draft(new PackFiles(source.origin().replace(oldYear, newYear), files), id, version, List.copyOf(review));
    }

    /** The file with its package renamed (nanumteo.y2024.dualincome → nanumteo.y2025.dualincome); its citations naming the old year listed. */
    private static String drl(String name, String text, String oldYear, String newYear, List<String> review) {
        PackageDescr pkg;
        try {
            pkg = new DrlParser(DrlSubset.LANGUAGE_LEVEL).parse(false, text);
        } catch (DroolsParserException e) {
            throw new IllegalArgumentException(name + ": DRL을 읽을 수 없습니다: " + e.getMessage(), e);
        }
        String out = text;
        String oldPackage = pkg == null ? null : pkg.getName();
        if (oldPackage != null && !oldPackage.isBlank()) {
            String newPackage = oldPackage.contains(oldYear) ? oldPackage.replace(oldYear, newYear) : oldPackage + ".y" + newYear;
            out = renamePackage(text, oldPackage, newPackage);
        }
        if (pkg != null) {
            for (RuleDescr r : pkg.getRules()) {
                Object citation = r.getAnnotation("citation") == null ? null : r.getAnnotation("citation").getValue();
                String c = citation == null ? "" : citation.toString();
                if (c.contains(oldYear)) {
                    Object id = r.getAnnotation("id") == null ? r.getName() : r.getAnnotation("id").getValue();
                    review.add(name + ":" + r.getLine() + " " + unquote(id.toString()) + ": " + unquote(c));
                }
            }
        }
        return out;
    }

    /** The {@code package} declaration's line, with the old name replaced by the new. */
    private static String renamePackage(String text, String oldName, String newName) {
        int line = 0;
        while (line < text.length()) {
            int end = text.indexOf('\n', line);
            end = end < 0 ? text.length() : end;
            String l = text.substring(line, end);
            String trimmed = l.strip();
            if (trimmed.startsWith("package") && trimmed.substring("package".length()).strip().startsWith(oldName)) {
                return text.substring(0, line) + l.replace(oldName, newName) + text.substring(end);
            }
            line = end + 1;
        }
        return text;
    }

    private static String readme(String text, String oldId, String newId, String oldYear, String newYear) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (!first.startsWith("# ")) {
            return "# " + newId + "\n\n" + text;
        }
        return first.replace(oldId, newId).replace(oldYear, newYear) + (end < 0 ? "" : text.substring(end));
    }

    /** The citations of a pack that name {@code year}, each as "where: citation": what a draft still has to review. */
    public static List<String> citationsNaming(PackFiles pack, String year) {
        List<String> review = new ArrayList<>();
        citations(YAML.readTree(pack.text(PackFiles.DESCRIPTOR)), year, review);
        for (String name : pack.files().keySet()) {
            if (name.endsWith(".drl")) {
                drl(name, pack.text(name), year, year, review);
            }
        }
        return review;
    }

    private static void citations(JsonNode yaml, String oldYear, List<String> review) {
        for (String key : yaml.path("parameters").propertyNames()) {
            String c = yaml.path("parameters").path(key).path("citation").asString("");
            if (c.contains(oldYear)) {
                review.add(PackFiles.DESCRIPTOR + " parameters." + key + ": " + c);
            }
        }
        for (JsonNode i : yaml.path("interpretations").values()) {
            String c = i.path("citation").asString("");
            if (c.contains(oldYear)) {
                review.add(PackFiles.DESCRIPTOR + " interpretations " + i.path("id").asString() + ": " + c);
            }
        }
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
