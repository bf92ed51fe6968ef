package kr.nanumteo.rules.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads scenario files: YAML with a {@code kind}, an optional {@code pack}, and {@code scenarios}, each
 * with {@code name}, {@code request} and one of {@code expect} / {@code rejected}, and optionally
 * {@code fired} and {@code notFired}: a list of rule ids (anywhere in the answer), or a map from the part
 * of the answer they are about to its rule ids ({@code {'guardians[1]': [DI-05], reasons: [DI-62]}}).
 * Dates stay strings, as the API receives them.
 */
public final class ScenarioFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ScenarioFiles() {
    }

    /** Every scenario in a file, or in the *.yaml files below a folder (in path order). */
    public static List<Scenario> read(Path path) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files = List.of(path);
        }
        List<Scenario> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(readFile(file));
        }
        return all;
    }

    static List<Scenario> readFile(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        String kind = text(root, "kind");
        if (kind == null) {
            throw new IllegalArgumentException(file + ": 'kind'가 없습니다");
        }
        List<Scenario> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode s : root.path("scenarios").values()) {
            String title = text(s, "name");
            if (title == null || !s.has("request") || !(s.has("expect") || s.has("rejected"))) {
                throw new IllegalArgumentException(file + ": 시나리오에는 name, request, 그리고 expect 또는 rejected가 있어야 합니다: " + s);
            }
            if (!names.add(title)) {
                throw new IllegalArgumentException(file + ": 시나리오 이름이 겹칩니다: " + title);
            }
            String pack = text(s, "pack") != null ? text(s, "pack") : text(root, "pack");
            out.add(new Scenario(name, title, text(s, "kind") != null ? text(s, "kind") : kind, pack, s.get("request"),
                    s.path("expect"), bySubject(file, s, "fired"), bySubject(file, s, "notFired"),
                    s.has("rejected") ? strings(s, "rejected") : null));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": 시나리오가 없습니다");
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** A plain list is about the whole answer ({@link Scenario#ANYWHERE}); a map names the part of the answer. */
    private static Map<String, List<String>> bySubject(Path file, JsonNode scenario, String field) {
        JsonNode v = scenario.path(field);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (v.isObject()) {
            for (String subject : v.propertyNames()) {
                if (!v.get(subject).isArray()) {
                    throw new IllegalArgumentException(file + ": " + field + "의 '" + subject + "'에는 규칙 id 목록을 써야 합니다");
                }
                out.put(subject, strings(v, subject));
            }
        } else if (v.isArray()) {
            out.put(Scenario.ANYWHERE, strings(scenario, field));
        } else if (!v.isMissingNode() && !v.isNull()) {
            throw new IllegalArgumentException(file + ": " + field + "는 규칙 id 목록이거나 답의 부분별 목록이어야 합니다");
        }
        return out;
    }

    /**
     * The scenarios of one year's folder ({@code test-scenarios/2024}); a folder with no scenario file is
     * an error, not an empty year: a pack whose scenarios went missing must not pass for tested.
     */
    public static List<Scenario> readYear(Path folder) {
        List<Scenario> all = read(folder);
        if (all.isEmpty()) {
            throw new IllegalArgumentException(folder + ": 시나리오 파일(*.yaml)이 없습니다");
        }
        return all;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).values().forEach(v -> out.add(v.asString()));
        return List.copyOf(out);
    }
}
