package kr.nanumteo.rules.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
    /** Where the build puts each pack's scenarios in the service's jar (rule-packs/pom.xml). */
    static final String BUNDLED_ROOT = "scenarios";

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

    /**
     * The scenarios bundled in the service beside the pack of that folder ({@code scenarios/2024/*.yaml} on the
     * classpath, from the repository's test-scenarios), or none.
     */
    public static List<Scenario> bundled(String folder) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ScenarioFiles.class.getClassLoader());
        List<Scenario> all = new ArrayList<>();
        try {
            Resource[] found = resolver.getResources("classpath*:" + BUNDLED_ROOT + "/" + folder + "/*.yaml");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Resource r : found) {
                try (InputStream in = r.getInputStream()) {
                    all.addAll(parse(r.getFilename(), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled scenarios of " + folder + " could not be read", e);
        }
        return all;
    }

    static List<Scenario> readFile(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getParent() == null ? e.getMessage() : file.getParent() + "/" + e.getMessage(), e);
        }
    }

    private static List<Scenario> parse(String name, byte[] bytes) {
        JsonNode root = YAML.readTree(bytes);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": 시나리오 파일이 비어 있거나 YAML 객체(kind, scenarios)가 아닙니다");
        }
        String kind = text(root, "kind");
        if (kind == null) {
            throw new IllegalArgumentException(name + ": 'kind' 항목이 없습니다");
        }
        List<Scenario> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode s : root.path("scenarios").values()) {
            String title = text(s, "name");
            if (title == null || !s.has("request") || !(s.has("expect") || s.has("rejected"))) {
                throw new IllegalArgumentException(name + ": 시나리오에는 name, request, 그리고 expect 또는 rejected가 있어야 합니다: " + s);
            }
            if (!names.add(title)) {
                throw new IllegalArgumentException(name + ": 시나리오 이름이 겹칩니다: " + title);
            }
            String pack = text(s, "pack") != null ? text(s, "pack") : text(root, "pack");
            out.add(new Scenario(name, title, text(s, "kind") != null ? text(s, "kind") : kind, pack, s.get("request"),
                    s.path("expect"), bySubject(name, s, "fired"), bySubject(name, s, "notFired"),
                    s.has("rejected") ? strings(s, "rejected") : null));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + ": 시나리오가 없습니다");
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** A plain list is about the whole answer ({@link Scenario#ANYWHERE}); a map names the part of the answer. */
    private static Map<String, List<String>> bySubject(String file, JsonNode scenario, String field) {
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
            throw new IllegalArgumentException(file + ": " + field + " 항목은 규칙 id 목록이거나 답의 부분별 목록이어야 합니다");
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
