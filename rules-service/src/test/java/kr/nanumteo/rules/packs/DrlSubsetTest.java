package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kr.nanumteo.rules.TestPacks;

/**
 * A pack is data, not a program: a catalogue of what a hostile or careless pack could write into its DRL
 * to run code on the server, each refused before anything of the pack is compiled — with a Korean finding
 * naming the file, the line and the rule — and none of it run (the file it would write is never there).
 */
class DrlSubsetTest {

    /** Where a hostile rule would leave its mark; nothing may ever create it. */
    @TempDir
    static Path marks;
    static Path mark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void markFile() {
        mark = marks.resolve("pwned");
    }

    /** Written into a rule's consequence. */
    static Stream<Arguments> consequences() {
        String m = "\"" + mark + "\"";
        return Stream.of(
                Arguments.of("a file written", "new java.io.File(" + m + ").createNewFile();", "new java.io.File"),
                Arguments.of("a file written through java.nio", "java.nio.file.Files.writeString(java.nio.file.Path.of(" + m + "), \"x\");",
                        "java.nio.file.Path.of"),
                Arguments.of("the JVM stopped", "System.exit(0);", "java.lang.System.exit"),
                Arguments.of("a process started by Runtime", "Runtime.getRuntime().exec(\"touch " + mark + "\");", "java.lang.Runtime.getRuntime"),
                Arguments.of("a process started by ProcessBuilder", "new ProcessBuilder(\"touch\", " + m + ").start();", "new java.lang.ProcessBuilder"),
                Arguments.of("a class loaded by name", "Class.forName(\"java.lang.Runtime\");", "java.lang.Class.forName"),
                Arguments.of("a fact's class reached", "insert($g.getClass().getClassLoader());", "getClass"),
                Arguments.of("an enum's class reached", "insert(Activity.EMPLOYED.getDeclaringClass());", "getDeclaringClass"),
                Arguments.of("a thread started", "new Thread(() -> {}).start();", "람다식"),
                Arguments.of("a thread put to sleep", "Thread.sleep(100000L);", "java.lang.Thread.sleep"),
                Arguments.of("a loop that never ends", "while (true) { }", "반복문(while)"),
                Arguments.of("a for loop", "for (int i = 0; i < 2; i++) { insert(new WorkTest(i)); }", "반복문(for)"),
                Arguments.of("an exception caught", "try { insert(new WorkTest(0)); } catch (Exception e) { }", "try"),
                Arguments.of("an exception thrown", "throw new IllegalStateException(\"x\");", "throw"),
                Arguments.of("the engine reached through drools", "drools.getKieRuntime().halt();", "알 수 없는 이름 drools"),
                Arguments.of("the engine reached through kcontext", "kcontext.getKieRuntime().halt();", "알 수 없는 이름 kcontext"),
                Arguments.of("reflection", "insert(java.lang.reflect.Array.newInstance(String.class, 1));", "클래스 리터럴"),
                Arguments.of("an array made", "int[] a = new int[10];", "형식 int[]"),
                Arguments.of("a lock taken", "synchronized ($g) { insert(new WorkTest(0)); }", "synchronized"),
                Arguments.of("the network opened", "insert(java.net.URI.create(\"http://127.0.0.1:1/\").toURL().openStream());",
                        "java.net.URI.create"),
                Arguments.of("a method of the generated rule class", "defaultConsequence(null);", "defaultConsequence"),
                Arguments.of("a class named as a value", "insert(String.valueOf(Runtime));", "클래스 이름 Runtime"),
                Arguments.of("a property read off a fact that is not one", "insert($g.class);", "$g.class"));
    }

    @ParameterizedTest(name = "a consequence with {0} is refused")
    @MethodSource("consequences")
    void aConsequenceOutsideTheSubsetIsRefusedAndNothingRuns(String what, String consequence, String named) throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        int line = appendRule(dir, "$g : Guardian( index == 0 )", consequence, consequence);

        refused(dir, line, named);
    }

    /** Written into a rule's conditions, where Drools evaluates expressions as MVEL. */
    static Stream<Arguments> conditions() {
        String m = "\"" + mark + "\"";
        return Stream.of(
                Arguments.of("a file read into an answer",
                        "$g : Guardian( index == 0 )\n    $h : String() from new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\"/etc/hostname\")))",
                        "java.nio.file.Path.of"),
                Arguments.of("a file written from a from clause", "$g : Guardian( index == 0 )\n    $x : Boolean() from new java.io.File(" + m + ").createNewFile()",
                        "new java.io.File"),
                Arguments.of("the JVM stopped in a constraint", "$g : Guardian( index == Runtime.getRuntime().availableProcessors() )",
                        "java.lang.Runtime.getRuntime"),
                Arguments.of("a system property read in an eval", "$g : Guardian( index == 0 )\n    eval( System.getProperty(\"user.home\") != null )",
                        "java.lang.System.getProperty"),
                Arguments.of("a fact's class in a constraint", "$g : Guardian( $c : this.getClass() )", "getClass"),
                Arguments.of("an enum's class as a property", "$g : Guardian( activity.declaringClass != null )", "declaringClass"),
                Arguments.of("accumulate with code of its own",
                        "$g : Guardian( index == 0 )\n    $n : Integer() from accumulate( Guardian(), init( int n = 0; ), action( n++; ), result( n ) )",
                        "init/action/reverse/result"),
                Arguments.of("collect, which makes an instance of its class",
                        "$g : Guardian( index == 0 )\n    $t : java.util.List() from collect( Guardian() )", "from collect"),
                Arguments.of("a pattern over a class outside the fact model", "$g : Guardian( index == 0 )\n    $f : java.io.File() from " + m,
                        "패턴 java.io.File"),
                Arguments.of("a regular expression", "$g : Guardian( index == 0, relation.name() matches \"(a+)+$\" )", "연산자 matches"),
                Arguments.of("a query called", "$g : Guardian( index == 0 )\n    ?someQuery()", "query"));
    }

    @ParameterizedTest(name = "a condition with {0} is refused")
    @MethodSource("conditions")
    void aConditionOutsideTheSubsetIsRefusedAndNothingRuns(String what, String when, String named) throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        String offending = when.lines().reduce((a, b) -> b).orElseThrow().strip();
        int line = appendRule(dir, when, "insert(new WorkTest(0));", offending);

        refused(dir, line, named);
    }

    /** Written into the rule's head: attributes and annotations, which Drools evaluates when it compiles. */
    static Stream<Arguments> heads() {
        String m = "\"" + mark + "\"";
        return Stream.of(
                Arguments.of("an annotation that runs code when compiled", "@id( new java.io.File(" + m + ").createNewFile() )", "@id"),
                Arguments.of("an unknown annotation", "@watch( \"x\" )", "@watch"),
                Arguments.of("a salience that runs code", "salience ( new java.io.File(" + m + ").createNewFile() ? 1 : 0 )", "salience"),
                Arguments.of("an enabled expression", "enabled ( new java.io.File(" + m + ").createNewFile() )", "enabled"),
                Arguments.of("the mvel dialect", "dialect \"mvel\"", "dialect"),
                Arguments.of("a timer", "timer ( int: 1s )", "timer"));
    }

    @ParameterizedTest(name = "a rule head with {0} is refused")
    @MethodSource("heads")
    void aRuleHeadOutsideTheSubsetIsRefusedAndNothingRuns(String what, String head, String named) throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        Path drl = dir.resolve("dual-income.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        String rule = "\nrule \"A hostile rule\"\n    @citation(\"시험\")\n    @message(\"시험 규칙입니다\")\n    " + head + "\nwhen\n"
                + "    $g : Guardian( index == 0 )\nthen\n    insert(new WorkTest(0));\nend\n";
        Files.writeString(drl, text + rule, StandardCharsets.UTF_8);
        int line = (int) (text + rule).lines().takeWhile(l -> !l.contains(head)).count() + 1;

        refused(dir, line, named);
    }

    /** Written at the top of the file, beside the package's own imports and global. */
    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of("a function", "function void boom() { System.exit(0); }", "function boom"),
                Arguments.of("an import from java.io", "import java.io.File;", "import java.io.File"),
                Arguments.of("an import from a sub-package of java.util", "import java.util.concurrent.Executors;",
                        "import java.util.concurrent.Executors"),
                Arguments.of("a class of java.util that is not a value", "import java.util.Timer;", "import java.util.Timer"),
                Arguments.of("a wildcard import", "import java.util.*;", "와일드카드"),
                Arguments.of("an imported function", "import function java.lang.System.exit;", "import function"),
                Arguments.of("another global", "global java.io.File home;", "global java.io.File home"),
                Arguments.of("a declared type", "declare Smuggled\n    path : String\nend", "declare Smuggled"),
                Arguments.of("a query", "query someQuery()\n    Guardian()\nend", "query"));
    }

    @ParameterizedTest(name = "a file with {0} is refused")
    @MethodSource("declarations")
    void aDeclarationOutsideTheSubsetIsRefused(String what, String declaration, String named) throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        Path drl = dir.resolve("dual-income.drl");
        String global = "global kr.nanumteo.rules.packs.Parameters params;";
        String text = Files.readString(drl, StandardCharsets.UTF_8).replace(global, global + "\n" + declaration);
        Files.writeString(drl, text, StandardCharsets.UTF_8);
        int line = (int) text.lines().takeWhile(l -> !l.contains(declaration.lines().findFirst().orElseThrow())).count() + 1;

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .isInstanceOf(PackLoadException.class)
                .satisfies(e -> assertThat(((PackLoadException) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith("dual-income.drl:" + line + ": ").contains(named)));
        assertThat(mark).doesNotExist();
    }

    @Test
    void aUnicodeEscapeIsRefusedForJavaReadsItBeforeItReadsTheString() throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        // To Java this is: String s = ""); System.exit(0); //";  — a string that ends where none seems to.
        int line = appendRule(dir, "$g : Guardian( index == 0 )", "String s = \"\\u0022); System.exit(0); //\";", "String s");

        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .satisfies(e -> assertThat(((PackLoadException) e).problems())
                        .containsExactly("dual-income.drl:" + line + ": 유니코드 이스케이프(\\u…)는 쓸 수 없습니다. 글자를 그대로 쓰세요"));
    }

    @Test
    void theBundledPacksKeepToTheSubsetUnchanged() {
        for (PackFiles pack : PackFiles.allInDirectory(TestPacks.DIR)) {
            RulePack loaded = PackLoader.load(pack);
            for (String name : pack.files().keySet().stream().filter(n -> n.endsWith(".drl")).toList()) {
                DrlSubset.Checked checked = DrlSubset.check(name, pack.text(name), loaded.parameters(), getClass().getClassLoader());
                assertThat(checked.refusals()).as(pack.origin() + "/" + name).isEmpty();
                assertThat(checked.problems()).as(pack.origin() + "/" + name).isEmpty();
            }
        }
    }

    @Test
    void whatTheSubsetAllowsStillCompilesAndDecides() throws IOException {
        Path dir = TestPacks.copy("2024", tmp);
        // Locals, if, BigDecimal and LocalDate arithmetic, the immutable collections, a modify block and
        // Math's exact arithmetic: all inside the subset.
        int line = appendRule(dir, "$g : Guardian( index == 99, $d : dailyHours != null, $docs : documents )",
                "BigDecimal twice = $d.multiply(BigDecimal.valueOf(2L));\n"
                        + "    java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1).plusMonths(1L);\n"
                        + "    long n = Math.addExact(1L, (long) java.util.List.of(\"a\").size());\n"
                        + "    if (twice.signum() > 0 && !$docs.isEmpty() && day.isAfter(java.time.LocalDate.of(2024, 1, 1))) {\n"
                        + "        insert(new WorkTest($g.index()));\n"
                        + "    }\n"
                        + "    modify($g) { }",
                "BigDecimal twice");

        RulePack pack = PackLoader.load(PackFiles.fromDirectory(dir));

        assertThat(line).isPositive();
        assertThat(pack.rules()).extracting(RulePack.RuleInfo::id).contains("X-01");
    }

    /**
     * Appends one rule to the copy's dual-income.drl with these conditions and consequence.
     *
     * @return the line of the file holding {@code offending}
     */
    private static int appendRule(Path dir, String when, String then, String offending) throws IOException {
        Path drl = dir.resolve("dual-income.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        String rule = "\nrule \"A hostile rule\"\n    @id(\"X-01\")\n    @citation(\"시험\")\n    @message(\"시험 규칙입니다\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
        String all = text + rule;
        Files.writeString(drl, all, StandardCharsets.UTF_8);
        List<String> lines = all.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(offending.lines().findFirst().orElseThrow().strip())) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(offending + " is not in the rule");
    }

    private static void refused(Path dir, int line, String named) {
        assertThatThrownBy(() -> PackLoader.load(PackFiles.fromDirectory(dir)))
                .isInstanceOf(PackLoadException.class)
                .satisfies(e -> assertThat(((PackLoadException) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith("dual-income.drl:" + line + ": 규칙 \"A hostile rule\": ").contains(named)));
        assertThat(mark).doesNotExist();
    }
}
