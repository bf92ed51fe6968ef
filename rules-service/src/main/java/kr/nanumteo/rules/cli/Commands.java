package kr.nanumteo.rules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.packs.KoreanParticles;
import kr.nanumteo.rules.audit.BatchComparison;
import kr.nanumteo.rules.audit.PackComparison;
import kr.nanumteo.rules.decisions.DecisionChain;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.NextYearPack;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.scenarios.Scenario;
import kr.nanumteo.rules.scenarios.PackScenarios;
import kr.nanumteo.rules.scenarios.ScenarioFiles;
import kr.nanumteo.rules.scenarios.ScenarioReports;
import kr.nanumteo.rules.scenarios.ScenarioResult;
import kr.nanumteo.rules.scenarios.ScenarioRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's commands for auditors and policy staff, run without the web server or the database:
 *
 * <pre>
 * java -jar rules-service-exec.jar scenarios [--pack ID] [--compare ID] [--packs DIR] [--out DIR] PATH...
 * java -jar rules-service-exec.jar compare --kind KIND --left ID --right ID [--packs DIR] [--out FILE] CASES.jsonl
 * java -jar rules-service-exec.jar check [--packs DIR] [--scenarios DIR] [--out FILE] PACK-FOLDER
 * java -jar rules-service-exec.jar verify-log [--url JDBC-URL] [--user ROLE] [--schema NAME]
 * </pre>
 *
 * Exit code 0 when everything passed, 1 when a scenario failed (or the log does not verify), 2 when the
 * command itself is wrong. {@code verify-log} is the one that needs the database.
 */
public final class Commands {

    private Commands() {
    }

    /**
     * Whether {@code args} start the service: none, or only Spring settings ({@code --name=value}) and Spring
     * Boot's own {@code --debug} and {@code --trace}. Anything else — a command, an unknown option such as
     * {@code --bogus}, a stray word — goes to {@link #run}, which runs the command or prints the usage and
     * exits 2, so a mistyped command line never starts the service and writes to its database.
     */
    public static boolean startsService(String[] args) {
        for (String arg : args) {
            boolean setting = arg.startsWith("--") && arg.indexOf('=') > 2;
            if (!setting && !arg.equals("--debug") && !arg.equals("--trace")) {
                return false;
            }
        }
        return true;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System::getenv);
    }

    /**
     * Parses the command line with picocli and runs the command: {@code --help}, {@code help} and
     * {@code help COMMAND} (or {@code COMMAND --help}) print the usage and exit 0; an unknown option or a
     * missing value prints the command's usage to {@code err} and exits 2, as does a command given wrong
     * arguments.
     *
     * @param env where passwords for the commands that call the service come from (the environment)
     */
    static int run(String[] args, PrintStream out, PrintStream err, java.util.function.UnaryOperator<String> env) {
        // A command prints its own results; the engine's compile-time hints belong in the service log, not here.
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        CommandLine cli = new CommandLine(new Jar());
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.getSubcommands().get("help").getCommandSpec().usageMessage().header("명령의 사용법을 보입니다 (help 명령 이름).")
                .description("명령의 사용법을 보입니다 (help 명령 이름).");
        cli.addSubcommand(new Scenarios(out));
        cli.addSubcommand(new Compare(out));
        cli.addSubcommand(new Check(out));
        cli.addSubcommand(new NewPack(out));
        cli.addSubcommand(new Submit(out, env));
        cli.addSubcommand(new Approve(out, env));
        cli.addSubcommand(new VerifyLog(out));
        cli.setOut(writer(out));
        cli.setErr(writer(err));
        cli.setParameterExceptionHandler((e, a) -> {
            cli.getErr().println(e instanceof CommandLine.UnmatchedArgumentException u
                    ? "알 수 없는 옵션이나 인자입니다: " + String.join(" ", u.getUnmatched())
                    : "명령줄을 읽을 수 없습니다: " + e.getMessage());
            e.getCommandLine().usage(cli.getErr());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                cli.getErr().println(e.getMessage());
                command.usage(cli.getErr());
            } else {
                cli.getErr().println("오류: " + e.getMessage());
            }
            return 2;
        });
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }

    /** picocli's usage and messages through the stream itself, in the stream's own charset (as the commands print). */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    @Command(name = "java -jar rules-service-exec.jar", usageHelpAutoWidth = true, synopsisHeading = "사용법: ",
            customSynopsis = {"java -jar rules-service-exec.jar 명령 [옵션] [인자...]"},
            description = {"인자 없이 (또는 --server.port=… 같은 Spring 설정만 주고) 실행하면 서비스를 시작합니다.",
                    "명령을 주면 서비스를 시작하지 않고 그 명령만 실행합니다. 종료 코드: 0 통과, 1 실패가 있음, 2 명령이 잘못됨.",
                    "명령마다 --help로 자세한 사용법을 봅니다 (예: check --help)."},
            commandListHeading = "%n명령:%n",
            footer = {"", "--pack, --compare, --left, --right에는 팩 id나 팩 폴더(예: rule-packs/2025)를 줄 수 있습니다. jar에 없는 id는 ./rule-packs에서 찾습니다.",
                    "--packs를 주지 않으면 jar에 든 규칙 팩을 씁니다."})
    static final class Jar implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "이 사용법을 보입니다")
        boolean help;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
    }

    /**
     * A command: picocli reads its options and arguments into the fields its subclass declares; they are
     * handed to the command's body as {@link Options} (by the option's name).
     */
    abstract static class Base implements Callable<Integer> {
        final Options o = new Options();
        final PrintStream out;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "이 명령의 사용법을 보입니다")
        boolean help;

        Base(PrintStream out) {
            this.out = out;
        }

        @Spec
        CommandSpec spec;

        abstract int run() throws IOException, SQLException;

        /** The options given, by name without the dashes, and the arguments, for the command's body. */
        @Override
        public Integer call() throws IOException, SQLException {
            for (CommandLine.Model.OptionSpec option : spec.options()) {
                if (!option.usageHelp() && option.getValue() != null) {
                    o.values.put(option.longestName().substring(2), option.getValue());
                }
            }
            for (CommandLine.Model.PositionalParamSpec arguments : spec.positionalParameters()) {
                List<String> given = arguments.getValue();
                if (given != null) {
                    o.paths.addAll(given);
                }
            }
            return run();
        }
    }

    /** {@code --packs}: a folder of packs instead of those in the jar. */
    abstract static class WithPacks extends Base {
        WithPacks(PrintStream out) {
            super(out);
        }

        @Option(names = "--packs", paramLabel = "폴더", description = "팩 폴더들이 든 폴더 (기본: jar에 든 규칙 팩)")
        String packs;
    }

    @Command(name = "scenarios", synopsisHeading = "사용법: ", description = {"시나리오(YAML)를 실행하고 보고서(report.md, junit.xml)를 씁니다.",
            "--pack이 없으면 시행일 기준 팩. --compare를 주면 같은 요청을 두 팩으로 판정한 비교(comparison.md)도 씁니다.",
            "실패가 있으면 종료 코드 1."})
    static final class Scenarios extends WithPacks {
        Scenarios(PrintStream out) {
            super(out);
        }

        @Option(names = "--pack", paramLabel = "팩ID", description = "이 팩으로 판정 (기본: 시행일 기준 팩)")
        String pack;

        @Option(names = "--compare", paramLabel = "팩ID", description = "이 팩으로도 판정해 비교 (--pack과 함께)")
        String compareWith;

        @Option(names = "--out", paramLabel = "폴더", description = "보고서 폴더 (기본: scenario-report)")
        String outPath;

        @Parameters(paramLabel = "경로", description = "시나리오 파일이나 폴더")
        List<String> arguments;

        @Override
        int run() {
            return scenarios(o, out);
        }
    }

    @Command(name = "compare", synopsisHeading = "사용법: ", description = "한 줄에 요청 하나(JSON lines)인 사례들을 두 팩으로 판정해 달라지는 것을 묶어 보고합니다.")
    static final class Compare extends WithPacks {
        Compare(PrintStream out) {
            super(out);
        }

        @Option(names = "--kind", paramLabel = "종류", description = "결정 종류: ${COMPLETION-CANDIDATES}",
                completionCandidates = KindNames.class)
        String kind;

        @Option(names = "--left", paramLabel = "팩ID", description = "왼쪽(이전) 팩")
        String left;

        @Option(names = "--right", paramLabel = "팩ID", description = "오른쪽(새) 팩")
        String right;

        @Option(names = "--out", paramLabel = "파일", description = "보고서(Markdown)를 쓸 파일 (기본: 화면에)")
        String outPath;

        @Parameters(paramLabel = "사례.jsonl")
        List<String> arguments;

        @Override
        int run() throws IOException {
            return compare(o, out);
        }
    }

    /** The decision kinds, for {@code compare --kind}'s usage. */
    static final class KindNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DecisionKinds.ALL.stream().map(DecisionKind::name).iterator();
        }
    }

    @Command(name = "check", synopsisHeading = "사용법: ", description = {
            "팩을 컴파일하고 점검(id·근거·한국어 안내문·파라미터·숫자 직접 기입·해석·시행 기간)한 뒤 그 팩의 시나리오를 돌리고,",
            "이전 팩(previous)과 달라진 규칙·파라미터와 이전 팩 시나리오 중 결과가 바뀌는 것을 보고합니다. 오류가 있으면 종료 코드 1."})
    static final class Check extends Base {
        Check(PrintStream out) {
            super(out);
        }

        @Option(names = "--packs", paramLabel = "폴더", description = "함께 운영될 팩들이 있는 폴더 (기본: 팩폴더의 상위)")
        String packs;

        @Option(names = "--scenarios", paramLabel = "폴더", description = "시나리오 폴더 (기본: 그 옆 test-scenarios)")
        String scenarioRoot;

        @Option(names = "--out", paramLabel = "파일", description = "보고서(Markdown)를 쓸 파일")
        String outPath;

        @Parameters(paramLabel = "팩폴더")
        List<String> arguments;

        @Override
        int run() throws IOException {
            return check(o, out);
        }
    }

    @Command(name = "new-pack", synopsisHeading = "사용법: ", description = {
            "이전 해의 팩에서 새 해의 팩을 만듭니다: id, version, 시행일, previous, 규칙 파일의 package, README 제목을",
            "새 해로 바꾸고, 이전 연도를 적은 근거를 확인하도록 나열합니다."})
    static final class NewPack extends Base {
        NewPack(PrintStream out) {
            super(out);
        }

        @Option(names = "--from", paramLabel = "팩폴더")
        String from;

        @Option(names = "--year", paramLabel = "연도")
        String year;

        @Parameters(paramLabel = "새폴더")
        List<String> arguments;

        @Override
        int run() throws IOException {
            return newPack(o, out);
        }
    }

    /** {@code --url} and {@code --user} of the commands that call a running service. */
    abstract static class CallsService extends Base {
        final java.util.function.UnaryOperator<String> env;

        CallsService(PrintStream out, java.util.function.UnaryOperator<String> env) {
            super(out);
            this.env = env;
        }

        @Option(names = "--url", paramLabel = "주소", description = "서비스 주소 (기본: http://127.0.0.1:8080)")
        String url;

        @Option(names = "--user", paramLabel = "계정", description = "정책 계정 (기본: policy); 비밀번호는 NANUMTEO_<계정>_PASSWORD에서")
        String user;
    }

    @Command(name = "submit", synopsisHeading = "사용법: ", description = {
            "팩 폴더를 압축해(그 해의 시나리오를 함께) 서비스에 제출합니다. 비밀번호는 NANUMTEO_POLICY_PASSWORD에서 읽습니다.",
            "서비스가 점검하고, 통과하면 다른 정책 담당자의 승인을 기다립니다."})
    static final class Submit extends CallsService {
        Submit(PrintStream out, java.util.function.UnaryOperator<String> env) {
            super(out, env);
        }

        @Option(names = "--scenarios", paramLabel = "폴더", description = "시나리오 폴더 (기본: 팩 폴더 옆 test-scenarios)")
        String scenarioRoot;

        @Parameters(paramLabel = "팩폴더")
        List<String> arguments;

        @Override
        int run() throws IOException {
            return ServiceCalls.submit(o, out, env);
        }
    }

    @Command(name = "approve", synopsisHeading = "사용법: ", description = "다른 사람이 제출한 팩을 승인해 게시합니다 (자신이 제출한 팩은 승인할 수 없습니다).")
    static final class Approve extends CallsService {
        Approve(PrintStream out, java.util.function.UnaryOperator<String> env) {
            super(out, env);
        }

        @Parameters(paramLabel = "팩ID 버전")
        List<String> arguments;

        @Override
        int run() throws IOException {
            return ServiceCalls.approve(o, out, env);
        }
    }

    @Command(name = "verify-log", synopsisHeading = "사용법: ", description = {
            "결정 기록을 해시 체인과 맞춰 봅니다(GET /api/v1/decisions/verification과 같은 검사). 기본값은 서비스 설정",
            "(SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, NANUMTEO_DB_SCHEMA), 비밀번호는 SPRING_DATASOURCE_PASSWORD로만.",
            "온전하면 0, 손상되었으면 종료 코드 1(처음 맞지 않는 묶음이나 결정을 밝힙니다)."})
    static final class VerifyLog extends Base {
        VerifyLog(PrintStream out) {
            super(out);
        }

        @Option(names = "--url", paramLabel = "JDBC-URL")
        String url;

        @Option(names = "--user", paramLabel = "역할")
        String user;

        @Option(names = "--schema", paramLabel = "스키마")
        String schema;

        @Override
        int run() throws SQLException {
            return verifyLog(o, out);
        }
    }

    private static int scenarios(Options o, PrintStream out) {
        if (o.paths.isEmpty()) {
            throw new UsageException("시나리오 파일이나 폴더를 적어 주세요");
        }
        PackSet packs = o.packs();
        String pack = o.packId("pack");
        String compareWith = o.packId("compare");
        o.requirePack(packs, pack, "--pack");
        o.requirePack(packs, compareWith, "--compare");
        if (compareWith != null && pack == null) {
            throw new UsageException("--compare는 --pack과 함께 씁니다");
        }
        List<Scenario> scenarios = new ArrayList<>();
        o.paths.forEach(p -> scenarios.addAll(ScenarioFiles.read(Path.of(p))));
        ScenarioRunner runner = new ScenarioRunner(packs);
        List<ScenarioResult> results = scenarios.stream().map(s -> runner.run(s, pack)).toList();
        Path dir = Path.of(o.getOr("out", "scenario-report"));
        ScenarioReports.writeJUnit(results, dir.resolve("junit.xml"));
        String title = "시나리오 실행 결과" + (pack == null ? " (시행일 기준 팩)" : " — " + packs.byId(pack).orElseThrow());
        ScenarioReports.writeMarkdown(results, title, dir.resolve("report.md"));
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.printf("%d passed, %d failed%n", results.size() - failed, failed);
        results.stream().filter(r -> !r.passed()).forEach(r -> out.println("  실패: [" + r.scenario().file() + "] " + r.scenario().name()
                + "\n    " + String.join("\n    ", r.failures())));
        out.println("보고서: " + dir.resolve("report.md") + ", " + dir.resolve("junit.xml"));
        if (compareWith != null) {
            List<Map.Entry<Scenario, PackComparison.Result>> compared = new ArrayList<>();
            for (Scenario s : scenarios) {
                if (s.rejected() == null) {
                    compared.add(new AbstractMap.SimpleEntry<>(s, compare(s, packs.byId(pack).orElseThrow(), packs.byId(compareWith).orElseThrow())));
                }
            }
            ScenarioReports.writeComparison(compared, dir.resolve("comparison.md"));
            out.printf("비교: %d건 중 %d건이 달라집니다 — %s%n", compared.size(),
                    compared.stream().filter(e -> e.getValue().changed()).count(), dir.resolve("comparison.md"));
        }
        return failed == 0 ? 0 : 1;
    }

    private static PackComparison.Result compare(Scenario s, RulePack left, RulePack right) {
        return PackComparison.compareJson(DecisionKinds.byName(s.kind()).orElseThrow(), s.request(), left, right);
    }


    private static int compare(Options o, PrintStream out) throws IOException {
        if (o.paths.size() != 1) {
            throw new UsageException("사례 파일(JSON lines) 하나를 적어 주세요");
        }
        PackSet packs = o.packs();
        String kindName = o.required("kind");
        DecisionKind<?, ?> kind = DecisionKinds.byName(kindName)
                .orElseThrow(() -> new UsageException("알 수 없는 결정 종류: " + kindName));
        o.required("left");
        o.required("right");
        RulePack left = o.requirePack(packs, o.packId("left"), "--left");
        RulePack right = o.requirePack(packs, o.packId("right"), "--right");
        List<String> lines = Files.readAllLines(Path.of(o.paths.get(0)), StandardCharsets.UTF_8);
        BatchComparison.Report report = BatchComparison.run(kind, lines, left, right);
        String md = BatchComparison.markdown(report);
        if (o.get("out") != null) {
            Files.writeString(Path.of(o.get("out")), md, StandardCharsets.UTF_8);
            out.printf("사례 %d건: 달라짐 %d, 같음 %d, 읽을 수 없음 %d (%d ms, 초당 %d건) — %s%n", report.cases(), report.changed(),
                    report.unchanged(), report.rejected(), report.millis(), report.casesPerSecond(), o.get("out"));
        } else {
            out.print(md);
        }
        return 0;
    }

    private static int check(Options o, PrintStream out) throws IOException {
        if (o.paths.size() != 1) {
            throw new UsageException("점검할 팩 폴더 하나를 적어 주세요 (예: rule-packs/2025)");
        }
        Path folder = Path.of(o.paths.get(0)).toAbsolutePath().normalize();
        Path packsDir = Path.of(o.getOr("packs", folder.getParent().toString())).toAbsolutePath().normalize();
        Path scenarioRoot = Path.of(o.getOr("scenarios", packsDir.resolveSibling("test-scenarios").toString()));
        List<RulePack> others = new ArrayList<>();
        for (PackFiles f : PackFiles.allInDirectory(packsDir)) {
            if (!Path.of(f.origin()).toAbsolutePath().normalize().equals(folder)) {
                others.add(kr.nanumteo.rules.packs.PackLoader.load(f));
            }
        }
        PackCheck.Report report = PackCheck.check(PackFiles.fromDirectory(folder), others, PackScenarios.runs(scenarioRoot, scenarioRoot));
        String md = CheckReport.markdown(report);
        if (o.get("out") != null) {
            Files.writeString(Path.of(o.get("out")), md, StandardCharsets.UTF_8);
        }
        out.print(md);
        return report.ok() ? 0 : 1;
    }

    /** Next year's pack from this year's: the folder written, the citations to review listed. */
    private static int newPack(Options o, PrintStream out) throws IOException {
        if (o.paths.size() != 1) {
            throw new UsageException("만들 팩 폴더 하나를 적어 주세요 (예: new-pack --from rule-packs/2024 --year 2025 rule-packs/2025)");
        }
        Path from = Path.of(o.required("from"));
        int year;
        try {
            year = Integer.parseInt(o.required("year"));
        } catch (NumberFormatException e) {
            throw new UsageException("--year는 연도(예: 2025)여야 합니다: " + o.get("year"));
        }
        Path target = Path.of(o.paths.get(0));
        if (Files.exists(target) && (!Files.isDirectory(target) || Files.list(target).findAny().isPresent())) {
            throw new UsageException("이 폴더가 이미 있습니다: " + target + ". 새 폴더를 적어 주세요");
        }
        if (!Files.isRegularFile(from.resolve(PackFiles.DESCRIPTOR))) {
            throw new UsageException(from + "에 pack.yaml이 없습니다: 팩 폴더를 적어 주세요");
        }
        NextYearPack.Draft draft = NextYearPack.from(PackFiles.fromDirectory(from), year);
        for (var f : draft.files().files().entrySet()) {
            Path file = target.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
        out.println(KoreanParticles.resolve(target + "에 " + draft.id() + " " + draft.version() + "을(를) 만들었습니다 (" + from + "에서)."));
        out.println("새 해로 바꾼 것: id, version, effectiveFrom, previous, 사업안내(guideline), 규칙 파일마다 package, README 제목.");
        out.println("새 해의 사업안내와 맞는지 확인할 근거(이전 연도를 적은 것) " + draft.toReview().size() + "건:");
        draft.toReview().forEach(c -> out.println("  - " + c));
        out.println("다음: " + target.resolve(PackFiles.DESCRIPTOR) + "의 파라미터와 해석, README를 고치고 (시나리오는 test-scenarios/" + year
                + "/에) `java -jar rules-service-exec.jar check " + target + "`로 점검하세요.");
        return 0;
    }

    /**
     * The decision log against its hash chain, read straight from the database as the service's settings
     * name it (SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME / _PASSWORD, NANUMTEO_DB_SCHEMA) unless
     * given; the password only from the environment, never on a command line others can see.
     */
    private static int verifyLog(Options o, PrintStream out) throws SQLException {
        Map<String, String> env = System.getenv();
        String url = o.getOr("url", env.getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"));
        String user = o.getOr("user", env.getOrDefault("SPRING_DATASOURCE_USERNAME", "nanumteo_service"));
        String schema = o.getOr("schema", env.getOrDefault("NANUMTEO_DB_SCHEMA", "nanumteo"));
        DecisionChain.Verification v;
        try (Connection c = DriverManager.getConnection(url, user, env.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))) {
            c.setSchema(schema);
            v = DecisionChain.verify(c);
        }
        if (v.intact()) {
            out.printf("결정 기록이 온전합니다 (%s, 스키마 %s): 결정 %d건, 묶음 %d개%s%n", url, schema, v.decisions(), v.batches(),
                    v.head() == null ? "" : ", 마지막 묶음 " + v.head().batch() + "의 고리 " + v.head().link());
        } else {
            DecisionChain.Break b = v.brokenAt();
            out.printf("결정 기록이 손상되었습니다 (%s, 스키마 %s): %s%s%s. 그 앞의 결정 %d건(묶음 %d개)은 확인되었습니다.%n", url, schema, b.problem(),
                    b.batch() == null ? "" : " — 묶음 " + b.batch(), b.decisionId() == null ? "" : " — 결정 " + b.decisionId(),
                    v.decisions(), v.batches());
        }
        out.println(JsonMapper.builder().build().writeValueAsString(v));
        return v.intact() ? 0 : 1;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The options a command was given, by name ({@code pack} for {@code --pack}), and its arguments. */
    static final class Options {
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String> paths = new ArrayList<>();

        String get(String name) {
            return values.get(name);
        }

        String getOr(String name, String otherwise) {
            return values.getOrDefault(name, otherwise);
        }

        String required(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new UsageException("--" + name + " 값이 필요합니다");
            }
            return v;
        }

        /** Option values that named a pack by its folder, with the pack's id. */
        final Map<String, String> idOfFolder = new LinkedHashMap<>();

        /**
         * The packs to run with: the bundled ones (or those of --packs), and every pack --pack, --compare, --left or
         * --right names by its folder, or by an id found in ./rule-packs — a new year's pack needs no other flag.
         */
        PackSet packs() {
            String dir = values.get("packs");
            List<PackFiles> folders = new ArrayList<>(dir == null ? PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT)
                    : PackFiles.allInDirectory(Path.of(dir)));
            Map<String, RulePack> byId = new LinkedHashMap<>();
            PackSet.load(folders).packs().forEach(p -> byId.put(p.pack().id(), p.pack()));
            for (String option : List.of("pack", "compare", "left", "right")) {
                String ref = values.get(option);
                if (ref == null || byId.containsKey(ref)) {
                    continue;
                }
                Path folder = Path.of(ref);
                if (!Files.isRegularFile(folder.resolve(PackFiles.DESCRIPTOR))) {
                    folder = folderInRulePacks(ref);
                }
                if (folder != null) {
                    RulePack p = kr.nanumteo.rules.packs.PackLoader.load(PackFiles.fromDirectory(folder));
                    byId.put(p.id(), p);
                    idOfFolder.put(ref, p.id());
                }
            }
            return PackSet.of(List.copyOf(byId.values()));
        }

        /** The folder of ./rule-packs whose pack.yaml has this id, or null. */
        private static Path folderInRulePacks(String id) {
            Path root = Path.of("rule-packs");
            if (!Files.isDirectory(root)) {
                return null;
            }
            for (PackFiles f : PackFiles.allInDirectory(root)) {
                String yaml = f.text(PackFiles.DESCRIPTOR);
                if (kr.nanumteo.rules.packs.YamlEdit.scalar(yaml, "id").filter(id::equals).isPresent()) {
                    return Path.of(f.origin());
                }
            }
            return null;
        }

        /** The id an option names (by id, or by the pack's folder). */
        String packId(String option) {
            String ref = values.get(option);
            return ref == null ? null : idOfFolder.getOrDefault(ref, ref);
        }

        RulePack requirePack(PackSet packs, String id, String option) {
            if (id == null) {
                return null;
            }
            return packs.byId(id).orElseThrow(() -> new UsageException(option + " " + id + ": 없는 규칙 팩입니다. 있는 팩: " + packs.periods()));
        }
    }
}
