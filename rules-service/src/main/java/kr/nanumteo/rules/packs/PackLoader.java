package kr.nanumteo.rules.packs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.io.DescrResource;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a pack folder, checks it and compiles it to its own KieBase.
 *
 * <p>Every DRL file is first held to the subset a pack may use ({@link DrlSubset}): a pack is data, not a
 * program, and a file that steps outside the subset is refused before anything of the pack is compiled or run.
 * The files that pass are compiled from the descriptors that were checked, with a {@link KnowledgeBuilder}
 * straight into a KieBase, never through the JVM-wide {@code KieRepository}, so packs cannot mix and a
 * reloaded pack leaves nothing behind.
 *
 * <p>A pack is refused, with every problem named by file and line, when: pack.yaml is incomplete; a DRL
 * file steps outside the subset or does not compile; a rule lacks its {@code @id}, {@code @citation} or
 * {@code @message}; two rules share an id; a message names a binding its rule does not have; a parameter
 * lacks its citation; or a rule reads a parameter pack.yaml does not define (or defines with another kind).
 */
public final class PackLoader {

    /** Shared by every compile: what the application lacks it lacks for good (see the class). */
    private static final ClassLoader CLASSES = new RememberingClassLoader(PackLoader.class.getClassLoader());
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** Sessions made up front per pack; the pool grows when more evaluations run at once. */
    private static final int SESSION_POOL_INITIAL = 4;

    private PackLoader() {
    }

    public static RulePack load(PackFiles files) {
        return load(files, true).pack();
    }

    /** The same as {@link #load(PackFiles)} but always compiling the DRL, as for a pack the build did not compile (benchmarks compare the two). */
    public static RulePack loadFromDrl(PackFiles files) {
        return load(files, false).pack();
    }

    /** A pack, the DRL packages its KieBases were made of, and whether those came compiled from the build. */
    record Loaded(RulePack pack, List<KiePackage> packages, boolean precompiled) {
    }

    /**
     * Reads and checks the pack, then takes its compiled DRL packages from {@link PrecompiledPacks} when the
     * build compiled exactly these files (same sha256), else compiles the DRL. Either way every check below
     * runs on the pack's own text and on the compiled rules.
     */
    static Loaded load(PackFiles files, boolean usePrecompiled) {
        List<String> problems = new ArrayList<>();
        String origin = files.origin();
        if (!files.files().containsKey(PackFiles.DESCRIPTOR)) {
            throw new PackLoadException(origin, List.of(PackFiles.DESCRIPTOR + ": 파일이 없습니다"));
        }
        JsonNode yaml;
        try {
            yaml = YAML.readTree(files.files().get(PackFiles.DESCRIPTOR));
        } catch (JacksonException e) {
            throw new PackLoadException(origin, List.of(PackFiles.DESCRIPTOR + ": YAML을 읽을 수 없습니다: " + e.getOriginalMessage()));
        }
        String where = PackFiles.DESCRIPTOR;
        String id = requiredText(yaml, "id", where, problems);
        String version = requiredText(yaml, "version", where, problems);
        LocalDate from = date(yaml, "effectiveFrom", true, where, problems);
        LocalDate to = date(yaml, "effectiveTo", false, where, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(where + ": 끝나는 날(effectiveTo) " + to + "이 시작하는 날(effectiveFrom) " + from + "보다 앞섭니다");
        }
        String guideline = requiredText(yaml, "guideline", where, problems);
        String previous = optionalText(yaml, "previous");
        Parameters parameters = parameters(yaml.path("parameters"), problems);
        List<RulePack.Interpretation> interpretations = interpretations(yaml.path("interpretations"), parameters, problems);

        List<String> drlFiles = files.files().keySet().stream().filter(n -> n.endsWith(".drl")).toList();
        if (drlFiles.isEmpty()) {
            problems.add(origin + ": .drl 파일이 없습니다");
        }
        // One KnowledgeBuilder for the whole pack, so its consequences are compiled in one pass (a builder per
        // file cost twice the compile time at start-up), but one KieBase per file: a decision's rules evaluate
        // alone, so a rule of one decision can neither fire on another's facts nor be confused by a fact class
        // of the same name. A file's KieBase holds its DRL package, so every file needs a package of its own.
        // Each file is first held to the DRL subset (DrlSubset): a pack is data, and nothing of a file that
        // steps outside the subset is compiled, let alone run. What is compiled is the descriptor that was checked.
        Map<String, PackageDescr> checked = new LinkedHashMap<>();
        Map<String, DrlSubset.Checked> read = new LinkedHashMap<>();
        Map<String, String> packageOf = new LinkedHashMap<>();
        Map<String, String> fileOfPackage = new LinkedHashMap<>();
        boolean refused = false;
        for (String name : drlFiles) {
            DrlSubset.Checked file = DrlSubset.check(name, files.text(name), parameters, CLASSES);
            problems.addAll(file.problems());
            if (!file.ok()) {
                problems.addAll(file.refusals());
                refused = true;
                continue;
            }
            String pkg = file.descr().getName();
            if (pkg == null || pkg.isBlank()) {
                problems.add(name + ": package 선언이 없습니다 (파일마다 자기 package가 있어야 규칙이 다른 판정과 섞이지 않습니다)");
                continue;
            }
            String clash = fileOfPackage.putIfAbsent(pkg, name);
            if (clash != null) {
                problems.add(name + ": package 이름 " + pkg + ": " + clash + " 파일과 같습니다 (파일마다 package 이름이 달라야 합니다)");
                continue;
            }
            packageOf.put(name, pkg);
            checked.put(name, file.descr());
            read.put(name, file);
        }
        if (refused) {
            throw new PackLoadException(origin, problems);
        }
        List<KiePackage> precompiled = usePrecompiled ? PrecompiledPacks.find(files.sha256(), CLASSES).orElse(null) : null;
        Collection<KiePackage> packages = precompiled != null ? precompiled : compile(checked, problems);
        if (!problems.isEmpty()) {
            throw new PackLoadException(origin, problems);
        }
        Map<String, KiePackage> compiled = new LinkedHashMap<>();
        packages.forEach(p -> compiled.put(p.getName(), p));
        List<KiePackage> own = packageOf.values().stream().map(compiled::get).filter(p -> p != null).toList();
        List<RulePack.RuleInfo> rules = catalogue(own, fileOfPackage, problems);
        if (!problems.isEmpty()) {
            throw new PackLoadException(origin, problems);
        }
        Map<String, RulePack.Module> modules = new LinkedHashMap<>();
        packageOf.forEach((name, pkg) -> {
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            KiePackage rulesOfFile = compiled.get(pkg);
            if (rulesOfFile != null) {
                kieBase.addPackages(List.of(rulesOfFile));
            }
            modules.put(name.substring(0, name.length() - ".drl".length()),
                    new RulePack.Module(name, kieBase, kieBase.newKieSessionsPool(SESSION_POOL_INITIAL),
                            read.get(name).expressions(), read.get(name).parameters()));
        });
        return new Loaded(new RulePack(id, version, from, to, files.sha256(), guideline, previous, parameters,
                interpretations, rules, files, Map.copyOf(modules)), own, precompiled != null);
    }

    /** The pack's checked DRL files compiled in one pass; every error goes to {@code problems} with its file and line. */
    private static Collection<KiePackage> compile(Map<String, PackageDescr> checked, List<String> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(CLASSES));
        var batch = builder.batch();
        checked.forEach((name, descr) -> {
            Resource resource = new DescrResource(descr);
            resource.setSourcePath(name);
            batch.add(resource, ResourceType.DESCR);
        });
        batch.build();
        for (KnowledgeBuilderError e : builder.hasErrors() ? builder.getErrors() : List.<KnowledgeBuilderError>of()) {
            String file = e.getResource() == null ? "?" : e.getResource().getSourcePath();
            int[] lines = e.getLines();
            String line = lines == null || lines.length == 0 ? "" : ":" + Arrays.stream(lines).mapToObj(Integer::toString)
                    .reduce((a, b) -> a + "," + b).orElse("");
            problems.add(file + line + ": " + e.getMessage().strip());
        }
        return builder.getKnowledgePackages();
    }

    private static List<RulePack.RuleInfo> catalogue(Iterable<KiePackage> packages, Map<String, String> fileOfPackage,
            List<String> problems) {
        Map<String, RulePack.RuleInfo> byId = new LinkedHashMap<>();
        for (KiePackage pkg : packages) {
            String file = fileOfPackage.get(pkg.getName());
            for (Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                String where = file + ": rule \"" + rule.getName() + "\"";
                String ruleId = meta(rule, "id");
                String citation = meta(rule, "citation");
                String message = meta(rule, "message");
                if (ruleId == null) {
                    problems.add(where + ": @id가 없습니다");
                    continue;
                }
                if (citation == null) {
                    problems.add(where + ": @citation(지침 근거)이 없습니다");
                }
                if (message == null) {
                    problems.add(where + ": @message(한국어 안내문)가 없습니다");
                } else {
                    if (!message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
                        problems.add(where + ": @message는 한국어여야 합니다");
                    }
                    MessageTemplate template = MessageTemplate.parse(message);
                    for (String binding : template.bindings()) {
                        if (!impl.getDeclarations().containsKey(binding)) {
                            problems.add(where + ": @message의 {" + binding + "}는 이 규칙에 없는 변수입니다");
                        }
                    }
                    // Parsed once here, rendered on every firing (RuleEvaluation).
                    impl.addMetaAttribute(MessageTemplate.METADATA_KEY, template);
                }
                RulePack.RuleInfo info = new RulePack.RuleInfo(ruleId, rule.getName(), file, citation, message);
                RulePack.RuleInfo clash = byId.putIfAbsent(ruleId, info);
                if (clash != null) {
                    problems.add(where + ": 규칙 id가 다른 규칙과 겹칩니다: " + ruleId + " (\"" + clash.name() + "\", " + clash.file() + ")");
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        // DRL keeps the quotes of @id("DI-01") in some versions: strip them either way.
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? null : s;
    }

    private static Parameters parameters(JsonNode node, List<String> problems) {
        Map<String, Parameters.Parameter> byKey = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(PackFiles.DESCRIPTOR + ": parameters가 없습니다");
            return new Parameters(byKey);
        }
        for (String key : node.propertyNames()) {
            JsonNode p = node.get(key);
            String where = PackFiles.DESCRIPTOR + ": parameters." + key;
            JsonNode v = p.path("value");
            Object value;
            if (v.isNumber()) {
                value = v.decimalValue();
            } else if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isString()) {
                value = v.stringValue();
                String unit = optionalText(p, "unit");
                Units.writtenNumber(v.stringValue()).ifPresent(written -> problems.add(where + ": 값 '" + v.stringValue()
                        + "'은(는) 단위와 쉼표 없이 숫자로 써야 합니다. 이 파라미터의 단위는 '" + unit + "'이므로 "
                        + Units.inBaseUnit(written.getKey(), written.getValue(), unit).map(n -> "value: " + Units.plain(n) + "처럼 씁니다")
                                .orElse("'" + Units.base(unit) + "' 단위의 숫자로 씁니다")));
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.values().forEach(item -> items.add(item.asString()));
                value = List.copyOf(items);
            } else {
                problems.add(where + ": value가 없습니다");
                continue;
            }
            String citation = optionalText(p, "citation");
            if (citation == null) {
                problems.add(where + ": citation(지침 근거)이 없습니다");
            }
            String description = optionalText(p, "description");
            if (description == null) {
                problems.add(where + ": description이 없습니다");
            }
            byKey.put(key, new Parameters.Parameter(key, value, optionalText(p, "unit"), description, citation));
        }
        return new Parameters(byKey);
    }

    private static List<RulePack.Interpretation> interpretations(JsonNode node, Parameters parameters, List<String> problems) {
        List<RulePack.Interpretation> list = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            problems.add(PackFiles.DESCRIPTOR + ": interpretations는 목록이어야 합니다");
            return list;
        }
        for (JsonNode i : node.values()) {
            String where = PackFiles.DESCRIPTOR + ": interpretations " + i.path("id").asString("?");
            String id = requiredText(i, "id", where, problems);
            String reading = requiredText(i, "reading", where, problems);
            String citation = requiredText(i, "citation", where, problems);
            String parameter = optionalText(i, "parameter");
            if (parameter != null && !parameters.has(parameter)) {
                problems.add(where + ": parameter '" + parameter + "'가 parameters에 없습니다");
            }
            list.add(new RulePack.Interpretation(id, optionalText(i, "topic"), reading, parameter, citation));
        }
        return List.copyOf(list);
    }

    private static String requiredText(JsonNode node, String field, String where, List<String> problems) {
        String s = optionalText(node, field);
        if (s == null) {
            problems.add(where + ": " + field + " 항목이 없습니다");
        }
        return s;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(JsonNode node, String field, boolean required, String where, List<String> problems) {
        String s = optionalText(node, field);
        if (s == null) {
            if (required) {
                problems.add(where + ": " + field + " 항목이 없습니다");
            }
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(where + ": " + field + " '" + s + "'는 날짜(YYYY-MM-DD)가 아닙니다");
            return null;
        }
    }
}
