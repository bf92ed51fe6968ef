package kr.nanumteo.rules.packs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.GenericDeclaration;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.PrimitiveType;

import org.drools.compiler.compiler.BoundIdentifiers;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaBlockDescr;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaContainerBlockDescr;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaModifyBlockDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.mvel.java.JavaExprAnalyzer;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The subset of DRL a rule pack may use: a pack is data, not a program. Policy accounts publish packs,
 * and nothing a policy account writes may run code of its own on the server.
 *
 * <p>Each .drl file is read with Drools' own parser into its package descriptor — imports, globals,
 * functions, rules, their patterns and consequences — and every constraint, {@code from} and
 * {@code accumulate} expression, {@code eval} and consequence is read with JavaParser and typed:
 * every name must be a binding of the rule, a property of the pattern's fact, the {@code params}
 * global, or a class the subset names ({@link AllowedCalls}); every call, constructor and constant must be
 * one it lists. No regular expression decides anything here. The file is then compiled from the very
 * descriptor that was checked ({@link PackLoader}), so what Drools compiles is what was read.
 *
 * <p>Refused, each as a finding with file, line and rule: {@code function}, {@code query}, {@code declare},
 * entry points and windows, imports outside the fact model and java.math/java.time/java.util, globals
 * other than {@code params}, rule annotations other than {@code @id/@citation/@message} with one string
 * (Drools evaluates annotation values as MVEL when it compiles), salience other than a whole number,
 * {@code enabled}, timers and the other attributes that run expressions, the {@code mvel} dialect,
 * accumulate with its own code (init/action/result), {@code collect} (it instantiates the pattern's class),
 * lambdas, loops, {@code try}, {@code throw}, arrays, class literals, any static call or constructor not
 * listed, and the Unicode escapes ({@code \}{@code u0022}) with which Java text can mean something other
 * than it reads.
 */
final class DrlSubset {

    /**
     * The parsed file, to be compiled exactly as checked when nothing was refused.
     *
     * @param refusals what lies outside the subset: the file must not be compiled
     * @param problems what is wrong within it (a parameter pack.yaml does not define): the pack is refused, but
     *                 the file may be compiled to report its other errors
     * @param expressions rule name → the expressions read in it (constraints, froms, evals, accumulate arguments)
     * @param parameters  the keys of the parameters the file reads ({@code params.num("…")})
     */
    record Checked(PackageDescr descr, List<String> refusals, List<String> problems, Map<String, List<String>> expressions,
            Set<String> parameters) {
        boolean ok() {
            return refusals.isEmpty();
        }
    }

    /** The language level the compiler itself uses, so that both read constraints with the same parser. */
    static final LanguageLevelOption LANGUAGE_LEVEL = DrlParser.DEFAULT_LANGUAGE_LEVEL;
    /** The only global a pack may declare: its parameters (RuleEvaluation sets it). */
    private static final String PARAMS = RuleEvaluation.PARAMS_GLOBAL;
    private static final Set<String> RULE_ANNOTATIONS = Set.of("id", "citation", "message");
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus");
    private static final Set<String> GROUP_ATTRIBUTES = Set.of("agenda-group", "activation-group", "ruleflow-group");
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=", "memberOf", "contains", "excludes");
    /** Drools' own accumulate functions that only read what they are given. */
    private static final Map<String, Class<?>> ACCUMULATE_FUNCTIONS = Map.of("count", Long.class, "sum", Number.class,
            "average", Number.class, "min", Object.class, "max", Object.class, "collectList", List.class, "collectSet", Set.class);
    /** What a consequence may call without a scope: the working-memory actions. */
    private static final Set<String> ACTIONS = Set.of("insert", "insertLogical", "delete", "retract", "update");

    private DrlSubset() {
    }

    /** Reads {@code text} (the file {@code file} of a pack) and checks it against the subset. */
    static Checked check(String file, String text, Parameters parameters, ClassLoader classes) {
        List<String> refusals = new ArrayList<>();
        lexical(file, text, refusals);
        if (!refusals.isEmpty()) {
            return new Checked(null, refusals, List.of(), Map.of(), Set.of());
        }
        DrlParser parser = new DrlParser(LANGUAGE_LEVEL);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            refusals.add(file + ": DRL을 읽을 수 없습니다: " + e.getMessage());
            return new Checked(null, refusals, List.of(), Map.of(), Set.of());
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError e : parser.getErrors()) {
                int[] lines = e.getLines();
                refusals.add(file + (lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "") + ": DRL을 읽을 수 없습니다: "
                        + e.getMessage().strip());
            }
            if (refusals.isEmpty()) {
                refusals.add(file + ": DRL을 읽을 수 없습니다");
            }
            return new Checked(null, refusals, List.of(), Map.of(), Set.of());
        }
        List<String> problems = new ArrayList<>();
        Walker walker = new Walker(file, text, pkg, parameters, classes, refusals, problems);
        walker.walk();
        return new Checked(refusals.isEmpty() ? pkg : null, List.copyOf(refusals), List.copyOf(problems), Map.copyOf(walker.expressions),
                Set.copyOf(walker.parameterKeys));
    }

    /**
     * Text that reads one way and compiles another: Java turns a Unicode escape into its character before
     * it reads anything (so a string can end where none seems to), and bidirectional controls reorder what
     * a reviewer sees. Korean is written as itself; neither is ever needed.
     */
    private static void lexical(String file, String text, List<String> refusals) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                refusals.add(file + ":" + line + ": 유니코드 이스케이프(\\u…)는 쓸 수 없습니다. 글자를 그대로 쓰세요");
                return;
            } else if ((Character.isISOControl(c) && c != '\t' && c != '\r') || Character.getType(c) == Character.FORMAT) {
                refusals.add(file + ":" + line + ": 보이지 않는 제어 문자(U+" + String.format("%04X", (int) c) + ")는 쓸 수 없습니다");
                return;
            }
        }
    }

    /** A construct outside the subset, at a line of the file. */
    private static final class Refused extends RuntimeException {
        final int line;

        Refused(int line, String message) {
            super(KoreanParticles.resolve(message), null, false, false);
            this.line = line;
        }
    }

    /** What an expression stands for: a value of some (generic) type, or a class named as the scope of a static member. */
    private sealed interface Typed permits Value, ClassName {
    }

    private record Value(Type type) implements Typed {
    }

    private record ClassName(Class<?> type) implements Typed {
    }

    /** Names in reach: the rule's bindings and a consequence's locals, and the pattern whose constraints are read. */
    private static final class Scope {
        final Map<String, Type> bindings;
        final Set<String> locals;
        /** The fact a constraint is about ({@code this}), or null outside a pattern's constraints. */
        final Class<?> self;
        final boolean consequence;

        Scope(Map<String, Type> bindings, Set<String> locals, Class<?> self, boolean consequence) {
            this.bindings = bindings;
            this.locals = locals;
            this.self = self;
            this.consequence = consequence;
        }

        static Scope rule() {
            return new Scope(new LinkedHashMap<>(), Set.of(), null, false);
        }

        /** A nested element (not, exists, forall, an accumulate's input): sees ours, adds nothing to ours. */
        Scope nested() {
            return new Scope(new LinkedHashMap<>(bindings), locals, null, false);
        }

        Scope about(Class<?> fact) {
            return new Scope(bindings, locals, fact, false);
        }

        Scope forConsequence() {
            return new Scope(new LinkedHashMap<>(bindings), new LinkedHashSet<>(), null, true);
        }

        Scope withoutSelf() {
            return self == null ? this : new Scope(bindings, locals, null, consequence);
        }
    }

    private static final class Walker {
        private final String file;
        private final String text;
        private final PackageDescr pkg;
        private final Parameters parameters;
        private final ClassLoader classes;
        private final List<String> refusals;
        private final List<String> problems;
        private final Map<String, Class<?>> imported = new HashMap<>();
        private final Map<String, List<String>> expressions = new HashMap<>();
        private final Set<String> parameterKeys = new LinkedHashSet<>();
        private final Map<String, Class<?>> resolved = new HashMap<>();
        private final JavaParser javaParser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setPreprocessUnicodeEscapes(true));
        private String rule;

        Walker(String file, String text, PackageDescr pkg, Parameters parameters, ClassLoader classes, List<String> refusals,
                List<String> problems) {
            this.file = file;
            this.text = text;
            this.pkg = pkg;
            this.parameters = parameters;
            this.classes = classes;
            this.refusals = refusals;
            this.problems = problems;
        }

        void walk() {
            packageLevel();
            for (RuleDescr r : pkg.getRules()) {
                rule = r.getName();
                try {
                    rule(r);
                } catch (Refused e) {
                    refuse(e.line, e.getMessage());
                }
            }
            rule = null;
        }

        private void refuse(int line, String message) {
            refusals.add(file + (line > 0 ? ":" + line : "") + ": " + (rule == null ? "" : "규칙 \"" + rule + "\": ") + message);
        }

        // ── the package: imports, globals, and what a pack may not declare ──────────────────────────

        private void packageLevel() {
            if (pkg.getUnit() != null) {
                refuse(pkg.getUnit().getLine(), "unit은 쓸 수 없습니다");
            }
            pkg.getAttributes().forEach(a -> refuse(a.getLine(), "패키지 속성 " + a.getName() + "은(는) 쓸 수 없습니다"));
            pkg.getFunctions().forEach(f -> refuse(f.getLine(), "function " + f.getName()
                    + "은(는) 쓸 수 없습니다: 규칙 팩은 데이터이며, 계산은 사실 모델과 허용된 메서드로만 합니다"));
            pkg.getFunctionImports().forEach(f -> refuse(f.getLine(), "import function " + f.getTarget() + "은(는) 쓸 수 없습니다"));
            pkg.getAccumulateImports().forEach(a -> refuse(a.getLine(), "import accumulate " + a.getTarget() + "은(는) 쓸 수 없습니다"));
            pkg.getClassAndEnumDeclarationDescrs().forEach(d -> refuse(d.getLine(), "declare " + d.getTypeName()
                    + "은(는) 쓸 수 없습니다: 사실은 서비스의 사실 모델(kr.nanumteo.rules)에 있는 것만 씁니다"));
            pkg.getEntryPointDeclarations().forEach(d -> refuse(d.getLine(), "entry-point 선언은 쓸 수 없습니다"));
            pkg.getWindowDeclarations().forEach(d -> refuse(d.getLine(), "window 선언은 쓸 수 없습니다"));
            for (ImportDescr i : pkg.getImports()) {
                importOf(i);
            }
            for (GlobalDescr g : pkg.getGlobals()) {
                Class<?> type = classNamed(g.getType());
                if (!PARAMS.equals(g.getIdentifier()) || type != Parameters.class) {
                    refuse(g.getLine(), "global " + g.getType() + " " + g.getIdentifier() + "은(는) 쓸 수 없습니다: 팩의 global은 "
                            + "'global " + Parameters.class.getName() + " " + PARAMS + ";' 하나뿐입니다");
                }
            }
        }

        private void importOf(ImportDescr i) {
            String target = i.getTarget();
            if (target.endsWith(".*")) {
                refuse(i.getLine(), "import " + target + ": 와일드카드 import는 쓸 수 없습니다. 클래스를 하나씩 가져오세요");
                return;
            }
            Class<?> c = load(target);
            if (c == null) {
                refuse(i.getLine(), "import " + target + ": 없는 클래스입니다");
                return;
            }
            Class<?> top = c;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            boolean importable = AllowedCalls.isFactModel(c)
                    || (AllowedCalls.IMPORTABLE_PACKAGES.contains(top.getPackageName()) && AllowedCalls.isNameable(c));
            if (!importable) {
                refuse(i.getLine(), "import " + target + ": 사실 모델(kr.nanumteo.rules)과 java.math·java.time·java.util의 허용된 "
                        + "클래스 밖에서는 가져올 수 없습니다");
                return;
            }
            imported.put(c.getSimpleName(), c);
        }

        // ── a rule: its attributes, annotations, conditions and consequence ───────────────────────

        private void rule(RuleDescr r) {
            if (r.isQuery()) {
                throw new Refused(r.getLine(), "query는 쓸 수 없습니다");
            }
            if (r.hasParent()) {
                throw new Refused(r.getLine(), "extends(규칙 상속)는 쓸 수 없습니다");
            }
            if (r.getUnit() != null) {
                throw new Refused(r.getLine(), "unit은 쓸 수 없습니다");
            }
            if (!r.getNamedConsequences().isEmpty()) {
                throw new Refused(r.getLine(), "이름 붙은 결과(then[...])와 do[...]는 쓸 수 없습니다");
            }
            attributes(r);
            annotations(r);
            Scope scope = Scope.rule();
            lhs(r.getLhs(), scope);
            consequence(r, scope);
        }

        private void attributes(RuleDescr r) {
            for (AttributeDescr a : r.getAttributes().values()) {
                String name = a.getName();
                int line = a.getLine() > 0 ? a.getLine() : lineOf(name, r.getLine());
                String value = a.getValue() == null ? "" : a.getValue().strip();
                if (name.equals("salience")) {
                    try {
                        Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new Refused(line, "salience는 정수여야 합니다 (식은 쓸 수 없습니다): " + value);
                    }
                } else if (name.equals("dialect")) {
                    if (!unquoted(value).equals("java")) {
                        throw new Refused(line, "dialect " + value + "은(는) 쓸 수 없습니다: 결과(then)는 java로 씁니다");
                    }
                } else if (FLAG_ATTRIBUTES.contains(name)) {
                    if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
                        throw new Refused(line, name + "의 값은 true나 false여야 합니다: " + value);
                    }
                } else if (!GROUP_ATTRIBUTES.contains(name)) {
                    throw new Refused(line, "규칙 속성 " + name + "은(는) 쓸 수 없습니다");
                }
            }
        }

        /** Drools evaluates an annotation's value as MVEL when it compiles: only a plain string may stand there. */
        private void annotations(RuleDescr r) {
            for (String name : r.getAnnotationNames()) {
                AnnotationDescr a = r.getAnnotation(name);
                int line = a.getLine() > 0 ? a.getLine() : lineOf("@" + name, r.getLine());
                if (!RULE_ANNOTATIONS.contains(name) || a.getFullyQualifiedName() != null) {
                    throw new Refused(line, "규칙 주석 @" + name + "은(는) 쓸 수 없습니다 (@id, @citation, @message만)");
                }
                boolean oneString = a.getValueMap().size() == 1 && a.getValueMap().containsKey("value")
                        && a.getValue() instanceof String s && javaParser.parseExpression(s).getResult()
                                .filter(e -> e instanceof StringLiteralExpr).isPresent();
                if (!oneString) {
                    throw new Refused(line, "@" + name + "의 값은 따옴표로 싼 글 하나여야 합니다");
                }
            }
        }

        private void lhs(BaseDescr d, Scope scope) {
            if (d instanceof AndDescr and) {
                and.getDescrs().forEach(c -> lhs(c, scope));
            } else if (d instanceof OrDescr or) {
                for (BaseDescr branch : or.getDescrs()) {
                    Scope s = scope.nested();
                    lhs(branch, s);
                    s.bindings.forEach((name, type) -> bind(scope, name, type, branch.getLine()));
                }
            } else if (d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr) {
                Scope s = scope.nested();
                ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs().forEach(c -> lhs((BaseDescr) c, s));
            } else if (d instanceof EvalDescr eval) {
                expression(String.valueOf(eval.getContent()), eval.getLine(), scope.withoutSelf());
            } else if (d instanceof PatternDescr p) {
                pattern(p, scope);
            } else {
                throw new Refused(d.getLine(), construct(d) + "은(는) 쓸 수 없습니다");
            }
        }

        private void pattern(PatternDescr p, Scope scope) {
            if (p.isQuery() || p.isUnification()) {
                throw new Refused(p.getLine(), "query 호출과 :=(통합)은 쓸 수 없습니다");
            }
            if (!p.getBehaviors().isEmpty() || !p.getAnnotations().isEmpty()) {
                throw new Refused(p.getLine(), "패턴의 over window와 @주석은 쓸 수 없습니다");
            }
            Class<?> type = classNamed(p.getObjectType());
            if (type == null || !AllowedCalls.isNameable(type)) {
                throw new Refused(p.getLine(), "패턴 " + p.getObjectType() + ": 사실 모델이나 허용된 값 클래스(BigDecimal, Integer, String, "
                        + "LocalDate…)가 아닙니다");
            }
            if (p.getSource() instanceof FromDescr from) {
                if (!(from.getDataSource() instanceof MVELExprDescr source)) {
                    throw new Refused(p.getLine(), "이 from은 쓸 수 없습니다");
                }
                expression(source.getExpression(), p.getLine(), scope.withoutSelf());
            } else if (p.getSource() instanceof AccumulateDescr acc) {
                accumulate(acc, p, scope);
            } else if (p.getSource() != null) {
                throw new Refused(p.getLine(), construct(p.getSource()) + "은(는) 쓸 수 없습니다 (from 식과 accumulate만)");
            }
            if (p.getIdentifier() != null) {
                bind(scope, p.getIdentifier(), type, p.getLine());
            }
            Scope about = scope.about(type);
            for (BaseDescr c : p.getDescrs()) {
                if (!(c instanceof ExprConstraintDescr e) || e.getType() != ExprConstraintDescr.Type.NAMED) {
                    throw new Refused(c.getLine(), "위치로 쓴 제약(;)은 쓸 수 없습니다: 속성 이름으로 쓰세요");
                }
                DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LANGUAGE_LEVEL);
                ConstraintConnectiveDescr tree = parser.parse(e.getExpression());
                if (parser.hasErrors() || tree == null) {
                    throw new Refused(e.getLine(), "제약 '" + e.getExpression() + "'을(를) 읽을 수 없습니다");
                }
                constraint(tree, e.getLine(), about);
            }
        }

        private void accumulate(AccumulateDescr acc, PatternDescr p, Scope scope) {
            if (!acc.isExternalFunction() || acc.getInitCode() != null || acc.getActionCode() != null
                    || acc.getReverseCode() != null || acc.getResultCode() != null) {
                throw new Refused(p.getLine(), "accumulate의 init/action/reverse/result 코드는 쓸 수 없습니다: "
                        + String.join(", ", ACCUMULATE_FUNCTIONS.keySet().stream().sorted().toList()) + " 함수를 쓰세요");
            }
            Scope input = scope.nested();
            lhs(acc.getInput(), input);
            for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
                Class<?> result = ACCUMULATE_FUNCTIONS.get(f.getFunction());
                if (result == null || f.isUnification()) {
                    throw new Refused(p.getLine(), "accumulate 함수 " + f.getFunction() + "은(는) 쓸 수 없습니다 (허용: "
                            + String.join(", ", ACCUMULATE_FUNCTIONS.keySet().stream().sorted().toList()) + ")");
                }
                for (String param : f.getParams()) {
                    expression(param, p.getLine(), input.withoutSelf());
                }
                if (f.getBind() != null) {
                    bind(scope, f.getBind(), result, p.getLine());
                }
            }
        }

        /** One constraint of a pattern, as Drools' own expression parser splits it. */
        private Typed constraint(BaseDescr d, int line, Scope about) {
            if (d instanceof ConstraintConnectiveDescr c) {
                c.getDescrs().forEach(x -> constraint(x, line, about));
                return new Value(boolean.class);
            }
            if (d instanceof RelationalExprDescr r) {
                if (!OPERATORS.contains(r.getOperator()) || (r.getParameters() != null && !r.getParameters().isEmpty())) {
                    throw new Refused(line, "연산자 " + r.getOperator() + "은(는) 쓸 수 없습니다 (허용: " + String.join(" ", OPERATORS) + ")");
                }
                constraint(r.getLeft(), line, about);
                constraint(r.getRight(), line, about);
                return new Value(boolean.class);
            }
            if (d instanceof BindingDescr b) {
                if (b.isUnification()) {
                    throw new Refused(line, ":=(통합)은 쓸 수 없습니다");
                }
                Type type = value(expression(b.getExpression(), line, about), line, b.getExpression());
                bind(about, b.getVariable(), type, line);
                return new Value(type);
            }
            if (d instanceof AtomicExprDescr a) {
                return expression(a.getExpression(), line, about);
            }
            throw new Refused(line, construct(d) + "은(는) 쓸 수 없습니다");
        }

        private void bind(Scope scope, String name, Type type, int line) {
            Type before = scope.bindings.putIfAbsent(name, type);
            if (before != null && !raw(before).equals(raw(type))) {
                throw new Refused(line, "변수 " + name + ": 한 변수가 두 가지 형식(" + raw(before).getSimpleName() + ", " + raw(type).getSimpleName()
                        + ")으로 묶였습니다");
            }
        }

        // ── the consequence ────────────────────────────────────────────────────────────────────

        private void consequence(RuleDescr r, Scope rule) {
            if (!(r.getConsequence() instanceof String code)) {
                throw new Refused(r.getConsequenceLine(), "결과(then)를 읽을 수 없습니다");
            }
            String text = code;
            int base = consequenceLine(r, text);
            ParseResult<BlockStmt> parsed = javaParser.parseBlock("{" + withModifyAsCalls(text, base) + "\n}");
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                Problem first = parsed.getProblems().isEmpty() ? null : parsed.getProblems().get(0);
                int line = first == null ? base : first.getLocation().flatMap(l -> l.getBegin().getRange())
                        .map(range -> base + range.begin.line - 1).orElse(base);
                throw new Refused(line, "결과(then)를 Java 문장으로 읽을 수 없습니다"
                        + (first == null ? "" : ": " + first.getMessage().lines().findFirst().orElse("")));
            }
            Scope scope = rule.forConsequence();
            for (Statement s : parsed.getResult().get().getStatements()) {
                statement(s, scope, base);
            }
        }

        /**
         * A consequence with each {@code modify (fact) { setA(1), setB(2) }} block, which is not Java, written
         * as the calls it makes — {@code modify(fact); (fact).setA(1); (fact).setB(2);} — on the same lines,
         * so the calls are checked like any other. The blocks are found by Drools' own consequence parser.
         */
        private String withModifyAsCalls(String text, int base) {
            List<JavaModifyBlockDescr> blocks = new ArrayList<>();
            try {
                collectModify(new JavaExprAnalyzer().analyzeBlock(text, new BoundIdentifiers(Object.class)).getBlockDescrs(), blocks);
            } catch (Exception e) {
                throw new Refused(base, "결과(then)를 읽을 수 없습니다: " + e.getMessage());
            }
            StringBuilder out = new StringBuilder(text);
            blocks.sort(Comparator.comparingInt(JavaModifyBlockDescr::getStart).reversed());
            for (JavaModifyBlockDescr b : blocks) {
                int start = text.lastIndexOf("modify", Math.max(0, b.getStart()));
                int end = Math.min(text.length(), b.getEnd() + 1);
                String block = start < 0 ? "" : text.substring(start, end);
                if (start < 0 || !block.strip().endsWith("}")) {
                    throw new Refused(base, "modify 블록을 읽을 수 없습니다");
                }
                StringBuilder calls = new StringBuilder("modify(" + b.getTargetExpression() + ");");
                b.getExpressions().forEach(e -> calls.append(" (").append(b.getTargetExpression()).append(").").append(e).append(';'));
                block.chars().filter(c -> c == '\n').forEach(c -> calls.append('\n'));
                out.replace(start, end, calls.toString());
            }
            return out.toString();
        }

        private static void collectModify(JavaContainerBlockDescr container, List<JavaModifyBlockDescr> out) {
            for (JavaBlockDescr b : container.getJavaBlockDescrs()) {
                if (b instanceof JavaModifyBlockDescr m) {
                    out.add(m);
                } else if (b instanceof JavaContainerBlockDescr c) {
                    collectModify(c, out);
                }
            }
        }

        private void statement(Statement s, Scope scope, int base) {
            int line = line(s, base);
            if (s instanceof BlockStmt block) {
                Scope inner = new Scope(scope.bindings, new LinkedHashSet<>(scope.locals), null, true);
                block.getStatements().forEach(x -> statement(x, inner, base));
            } else if (s instanceof EmptyStmt) {
                return;
            } else if (s instanceof IfStmt i) {
                type(i.getCondition(), scope, base);
                statement(i.getThenStmt(), scope, base);
                i.getElseStmt().ifPresent(e -> statement(e, scope, base));
            } else if (s instanceof ExpressionStmt e) {
                Expression x = e.getExpression();
                if (x instanceof VariableDeclarationExpr v) {
                    declare(v, scope, base);
                } else if (x instanceof MethodCallExpr || x instanceof AssignExpr || x instanceof UnaryExpr) {
                    type(x, scope, base);
                } else {
                    throw new Refused(line, "문장 '" + x + "'은(는) 쓸 수 없습니다");
                }
            } else {
                throw new Refused(line, statementName(s) + "은(는) 결과(then)에 쓸 수 없습니다: insert·modify·delete와 지역 변수, if만 씁니다");
            }
        }

        private void declare(VariableDeclarationExpr v, Scope scope, int base) {
            for (VariableDeclarator d : v.getVariables()) {
                int line = line(d, base);
                Type type;
                if (d.getType().isVarType()) {
                    type = value(type(d.getInitializer().orElseThrow(() -> new Refused(line, "var에는 초깃값이 있어야 합니다")), scope, base), line,
                            d.toString());
                } else {
                    type = declaredType(d.getType(), line);
                    d.getInitializer().ifPresent(init -> value(type(init, scope, base), line, init.toString()));
                }
                if (scope.bindings.containsKey(d.getNameAsString()) || !scope.locals.add(d.getNameAsString())) {
                    throw new Refused(line, "같은 이름의 변수가 이미 있습니다: " + d.getNameAsString());
                }
                scope.bindings.put(d.getNameAsString(), type);
            }
        }

        // ── expressions ───────────────────────────────────────────────────────────────────────

        /** An expression written inside the DRL text at {@code line}: a constraint, a from, an eval, an accumulate argument. */
        private Typed expression(String text, int line, Scope scope) {
            if (rule != null) {
                expressions.computeIfAbsent(rule, r -> new ArrayList<>()).add(text);
            }
            ParseResult<Expression> parsed = javaParser.parseExpression(text);
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                throw new Refused(line, "식 '" + text.strip() + "'을(를) 읽을 수 없습니다 (Java 식으로 쓰세요)");
            }
            return type(parsed.getResult().get(), scope, line);
        }

        private Typed type(Expression e, Scope s, int base) {
            int line = line(e, base);
            if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
                return new Value(String.class);
            }
            if (e instanceof IntegerLiteralExpr) {
                return new Value(int.class);
            }
            if (e instanceof LongLiteralExpr) {
                return new Value(long.class);
            }
            if (e instanceof DoubleLiteralExpr) {
                return new Value(double.class);
            }
            if (e instanceof BooleanLiteralExpr) {
                return new Value(boolean.class);
            }
            if (e instanceof CharLiteralExpr) {
                return new Value(char.class);
            }
            if (e instanceof NullLiteralExpr) {
                return new Value(Object.class);
            }
            if (e instanceof EnclosedExpr en) {
                return type(en.getInner(), s, base);
            }
            if (e instanceof NameExpr n) {
                return name(n.getNameAsString(), s, line);
            }
            if (e instanceof ThisExpr t) {
                if (t.getTypeName().isPresent() || s.self == null) {
                    throw new Refused(line, "this는 패턴의 제약 안에서만 씁니다");
                }
                return new Value(s.self);
            }
            if (e instanceof FieldAccessExpr f) {
                return field(f, s, base);
            }
            if (e instanceof MethodCallExpr m) {
                return call(m, s, base);
            }
            if (e instanceof ObjectCreationExpr o) {
                return construction(o, s, base);
            }
            if (e instanceof BinaryExpr b) {
                return binary(b, s, base);
            }
            if (e instanceof UnaryExpr u) {
                Type operand = value(type(u.getExpression(), s, base), line, u.getExpression().toString());
                if (u.getOperator().isPostfix() || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                        || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT) {
                    local(u.getExpression(), s, line);
                }
                return new Value(u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? boolean.class : operand);
            }
            if (e instanceof ConditionalExpr c) {
                type(c.getCondition(), s, base);
                Type a = value(type(c.getThenExpr(), s, base), line, c.getThenExpr().toString());
                Type b = value(type(c.getElseExpr(), s, base), line, c.getElseExpr().toString());
                return new Value(raw(a).equals(raw(b)) ? a : Object.class);
            }
            if (e instanceof CastExpr c) {
                value(type(c.getExpression(), s, base), line, c.getExpression().toString());
                return new Value(declaredType(c.getType(), line));
            }
            if (e instanceof InstanceOfExpr i) {
                if (i.getPattern().isPresent()) {
                    throw new Refused(line, "instanceof 패턴 변수는 쓸 수 없습니다");
                }
                value(type(i.getExpression(), s, base), line, i.getExpression().toString());
                declaredType(i.getType(), line);
                return new Value(boolean.class);
            }
            if (e instanceof AssignExpr a) {
                local(a.getTarget(), s, line);
                Type target = value(type(a.getTarget(), s, base), line, a.getTarget().toString());
                value(type(a.getValue(), s, base), line, a.getValue().toString());
                return new Value(target);
            }
            throw new Refused(line, expressionName(e) + " '" + e + "'은(는) 쓸 수 없습니다");
        }

        private void local(Expression target, Scope s, int line) {
            if (!s.consequence || !(target instanceof NameExpr n) || !s.locals.contains(n.getNameAsString())) {
                throw new Refused(line, "값을 바꿀 수 있는 것은 결과(then)의 지역 변수뿐입니다: " + target);
            }
        }

        private Typed name(String name, Scope s, int line) {
            Type bound = s.bindings.get(name);
            boolean property = s.self != null && hasProperty(s.self, name);
            if (bound != null && property) {
                throw new Refused(line, "이름 " + name + ": 변수이면서 " + s.self.getSimpleName() + "의 속성이기도 합니다: 변수 이름을 바꾸세요");
            }
            if (bound != null) {
                return new Value(bound);
            }
            if (property) {
                return new Value(property(s.self, name, line));
            }
            if (name.equals(PARAMS)) {
                return new Value(Parameters.class);
            }
            Class<?> c = classNamed(name);
            if (c != null) {
                return new ClassName(c);
            }
            throw new Refused(line, "알 수 없는 이름 " + name + (s.self == null ? "" : " (" + s.self.getSimpleName() + "에 그런 속성이 없습니다)"));
        }

        private Typed field(FieldAccessExpr f, Scope s, int base) {
            int line = line(f, base);
            String dotted = dottedName(f);
            if (dotted != null && !s.bindings.containsKey(dotted.substring(0, dotted.indexOf('.')))
                    && !(s.self != null && hasProperty(s.self, dotted.substring(0, dotted.indexOf('.'))))) {
                Class<?> c = classNamed(dotted);
                if (c != null) {
                    return new ClassName(c);
                }
            }
            Typed scope = type(f.getScope(), s, base);
            String name = f.getNameAsString();
            if (scope instanceof ClassName cn) {
                Field constant = AllowedCalls.constant(cn.type(), name);
                if (constant == null) {
                    throw new Refused(line, cn.type().getName() + "." + name + "은(는) 쓸 수 없습니다"
                            + (AllowedCalls.isNameable(cn.type()) ? " (상수나 열거값이 아닙니다)" : ": 규칙에서 쓸 수 없는 클래스입니다"));
                }
                return new Value(constant.getGenericType());
            }
            Type owner = ((Value) scope).type();
            return new Value(resolve(property(raw(owner), name, line), owner));
        }

        private Typed call(MethodCallExpr m, Scope s, int base) {
            int line = line(m, base);
            if (m.getTypeArguments().isPresent()) {
                throw new Refused(line, "형식 인자(<…>)를 붙인 호출은 쓸 수 없습니다");
            }
            String name = m.getNameAsString();
            List<Type> args = new ArrayList<>();
            for (Expression a : m.getArguments()) {
                args.add(value(type(a, s, base), line(a, base), a.toString()));
            }
            if (m.getScope().isEmpty() && s.self != null) {
                // In a constraint, MVEL calls an unscoped method on the pattern's fact: isMetBy($docs) is this.isMetBy($docs).
                return method(s.self, false, name, args, m, line);
            }
            if (m.getScope().isEmpty()) {
                boolean action = ACTIONS.contains(name) || name.equals("modify");
                if (!s.consequence || !action || args.size() != 1) {
                    throw new Refused(line, name + "(…)은(는) 쓸 수 없습니다: 결과(then)에서 부를 수 있는 것은 insert, insertLogical, modify, "
                            + "update, delete뿐입니다");
                }
                return new Value(void.class);
            }
            Typed scope = type(m.getScope().get(), s, base);
            return method(scope instanceof ClassName cn ? cn.type() : ((Value) scope).type(), scope instanceof ClassName, name, args, m, line);
        }

        private Typed method(Type owner, boolean statically, String name, List<Type> args, MethodCallExpr m, int line) {
            Class<?> ownerClass = raw(owner);
            if (statically && !AllowedCalls.isNameable(ownerClass)) {
                throw new Refused(line, ownerClass.getName() + "." + name + "(…): 규칙에서 쓸 수 없는 클래스입니다 (파일·네트워크·프로세스·"
                        + "리플렉션·스레드·System·Runtime 등은 규칙 팩에서 쓸 수 없습니다)");
            }
            List<Method> candidates = AllowedCalls.methods(ownerClass, name, args.size(), statically);
            if (candidates.isEmpty()) {
                throw new Refused(line, ownerClass.getSimpleName() + "." + name + "(…)은(는) 규칙에서 부를 수 없는 메서드입니다");
            }
            if (ownerClass == Parameters.class) {
                parameterUse(m, line);
            }
            return new Value(returnType(candidates, args, owner));
        }

        /** {@code params.num("a.b")}: the key is written as it is, and names a parameter of that kind in pack.yaml. */
        private void parameterUse(MethodCallExpr m, int line) {
            if (m.getArguments().size() != 1 || !(m.getArgument(0) instanceof StringLiteralExpr key)) {
                throw new Refused(line, "params." + m.getNameAsString() + "(…)의 파라미터 이름은 따옴표로 싼 글 그대로 써야 합니다");
            }
            parameterKeys.add(key.asString());
            try {
                switch (m.getNameAsString()) {
                    case "num" -> parameters.num(key.asString());
                    case "integer" -> parameters.integer(key.asString());
                    case "amount" -> parameters.amount(key.asString());
                    case "list" -> parameters.list(key.asString());
                    case "flag" -> parameters.flag(key.asString());
                    default -> parameters.text(key.asString());
                }
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + line + ": " + e.getMessage());
            }
        }

        private Typed construction(ObjectCreationExpr o, Scope s, int base) {
            int line = line(o, base);
            if (o.getAnonymousClassBody().isPresent() || o.getScope().isPresent() || o.getTypeArguments().isPresent()) {
                throw new Refused(line, "익명 클래스와 형식 인자는 쓸 수 없습니다: " + o);
            }
            String typeName = o.getType().getNameWithScope();
            Class<?> c = classNamed(typeName);
            for (Expression a : o.getArguments()) {
                value(type(a, s, base), line(a, base), a.toString());
            }
            if (c == null || AllowedCalls.constructors(c, o.getArguments().size()).isEmpty()) {
                throw new Refused(line, "new " + (c == null ? typeName : c.getName()) + "(…): 사실 모델(kr.nanumteo.rules)의 클래스만 "
                        + "만들 수 있습니다");
            }
            return new Value(c);
        }

        private Typed binary(BinaryExpr b, Scope s, int base) {
            int line = line(b, base);
            Class<?> left = raw(value(type(b.getLeft(), s, base), line, b.getLeft().toString()));
            Class<?> right = raw(value(type(b.getRight(), s, base), line, b.getRight().toString()));
            return new Value(switch (b.getOperator()) {
                case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> boolean.class;
                case PLUS -> left == String.class || right == String.class ? String.class : arithmetic(left, right);
                default -> arithmetic(left, right);
            });
        }

        private static Class<?> arithmetic(Class<?> left, Class<?> right) {
            if (left == BigDecimal.class || right == BigDecimal.class) {
                return BigDecimal.class;
            }
            Set<Class<?>> floating = Set.of(double.class, Double.class, float.class, Float.class);
            return floating.contains(left) || floating.contains(right) ? double.class : long.class;
        }

        /** A value, not a class named on its own (which MVEL would turn into a Class object). */
        private static Type value(Typed t, int line, String text) {
            if (t instanceof ClassName c) {
                throw new Refused(line, "클래스 이름 " + c.type().getSimpleName() + "은(는) 값으로 쓸 수 없습니다: " + text);
            }
            return ((Value) t).type();
        }

        // ── types, properties and classes ─────────────────────────────────────────────────────

        private boolean hasProperty(Class<?> owner, String name) {
            return !accessors(owner, name).isEmpty();
        }

        /** The methods {@code owner.name} may read: {@code name()}, {@code getName()}, {@code isName()}. */
        private static List<Method> accessors(Class<?> owner, String name) {
            Class<?> type = AllowedCalls.box(owner);
            String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            List<Method> found = new ArrayList<>();
            for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
                try {
                    Method m = type.getMethod(candidate);
                    if (!Modifier.isStatic(m.getModifiers())) {
                        found.add(m);
                    }
                } catch (NoSuchMethodException e) {
                    // not this form
                }
            }
            return found;
        }

        /**
         * The type of {@code owner.name}, as MVEL reads a property. Every accessor the name could mean must be
         * one the subset allows: {@code x.class} and {@code x.declaringClass} name no property of a fact.
         */
        private static Type property(Class<?> owner, String name, int line) {
            List<Method> found = accessors(owner, name);
            if (found.isEmpty()) {
                throw new Refused(line, owner.getSimpleName() + "에는 이 속성이 없습니다: " + name);
            }
            for (Method m : found) {
                if (!AllowedCalls.methods(AllowedCalls.box(owner), m.getName(), 0, false).contains(m)) {
                    throw new Refused(line, owner.getSimpleName() + "." + name + "은(는) 규칙에서 읽을 수 없는 속성입니다");
                }
            }
            return found.get(0).getGenericReturnType();
        }

        private Type declaredType(com.github.javaparser.ast.type.Type t, int line) {
            if (t instanceof PrimitiveType p) {
                return switch (p.getType()) {
                    case INT -> int.class;
                    case LONG -> long.class;
                    case BOOLEAN -> boolean.class;
                    case DOUBLE -> double.class;
                    default -> throw new Refused(line, "형식 " + p + "은(는) 쓸 수 없습니다");
                };
            }
            if (!t.isClassOrInterfaceType()) {
                throw new Refused(line, "형식 " + t + "은(는) 쓸 수 없습니다");
            }
            Class<?> c = classNamed(t.asClassOrInterfaceType().getNameWithScope());
            if (c == null || !AllowedCalls.isNameable(c)) {
                throw new Refused(line, "형식 " + t + "은(는) 규칙에서 쓸 수 없습니다");
            }
            return c;
        }

        /**
         * The class a name in the DRL stands for, as the compiler resolves it: an import, a class of java.lang,
         * a nested class of either ({@code CentreBudgetResponse.Outcome}), or a full name. Classes are only
         * looked up, never initialised, so naming one runs nothing.
         */
        private Class<?> classNamed(String name) {
            if (name == null) {
                return null;
            }
            return resolved.computeIfAbsent(name, n -> {
                int dot = n.indexOf('.');
                String head = dot < 0 ? n : n.substring(0, dot);
                Class<?> outer = imported.get(head);
                if (outer == null && Character.isUpperCase(head.charAt(0))) {
                    outer = load("java.lang." + head);
                }
                if (outer != null) {
                    return dot < 0 ? outer : load(outer.getName() + "$" + n.substring(dot + 1).replace('.', '$'));
                }
                return dot < 0 ? null : load(n);
            });
        }

        /** {@code a.b.C.D}: tried as a.b.C.D, then a.b.C$D, then a.b$C$D… (nested classes). */
        private Class<?> load(String name) {
            String n = name;
            while (true) {
                try {
                    return Class.forName(n, false, classes);
                } catch (ClassNotFoundException | LinkageError e) {
                    int dot = n.lastIndexOf('.');
                    if (dot < 0) {
                        return null;
                    }
                    n = n.substring(0, dot) + "$" + n.substring(dot + 1);
                }
            }
        }

        /**
         * The line the consequence's text starts on. The parser gives the line of {@code then} and the text with
         * its leading blank lines trimmed, so the text is looked up in the file from that line on.
         */
        private int consequenceLine(RuleDescr r, String consequence) {
            int from = offsetOfLine(r.getConsequenceLine());
            int at = consequence.isEmpty() ? -1 : this.text.indexOf(consequence, from);
            return at < 0 ? r.getConsequenceLine() : 1 + (int) this.text.substring(0, at).chars().filter(c -> c == '\n').count();
        }

        /** The first line at or after {@code from} that holds {@code token}: where to point a finding the parser gave no line. */
        private int lineOf(String token, int from) {
            List<String> lines = this.text.lines().toList();
            for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
                if (lines.get(i).contains(token)) {
                    return i + 1;
                }
            }
            return from;
        }

        private int offsetOfLine(int line) {
            int offset = 0;
            for (int l = 1; l < line && offset >= 0; l++) {
                offset = this.text.indexOf('\n', offset) + 1;
                if (offset == 0) {
                    return 0;
                }
            }
            return offset;
        }

        private int line(Node n, int base) {
            return n.getBegin().map(p -> base + p.line - 1).orElse(base);
        }
    }

    private static String unquoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** {@code a.b.c} when every part is a plain name, else null. */
    private static String dottedName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = dottedName(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }

    /** Of the candidates, the return type as the receiver sees it (a List of String's get gives a String). */
    private static Type returnType(List<Method> candidates, List<Type> args, Type receiver) {
        List<Method> fitting = candidates.stream().filter(m -> fits(m, args)).toList();
        List<Method> pick = fitting.isEmpty() ? candidates : fitting;
        Set<Type> types = new LinkedHashSet<>();
        pick.forEach(m -> types.add(resolve(m.getGenericReturnType(), receiver)));
        if (types.size() == 1) {
            return types.iterator().next();
        }
        Set<Class<?>> raws = new LinkedHashSet<>();
        types.forEach(t -> raws.add(raw(t)));
        return raws.size() == 1 ? raws.iterator().next() : Object.class;
    }

    private static boolean fits(Method m, List<Type> args) {
        Class<?>[] params = m.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            Class<?> arg = AllowedCalls.box(raw(args.get(i)));
            Class<?> param = AllowedCalls.box(params[i]);
            boolean numeric = Number.class.isAssignableFrom(arg) && Number.class.isAssignableFrom(param);
            if (!param.isAssignableFrom(arg) && !numeric && arg != Object.class) {
                return false;
            }
        }
        return true;
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof TypeVariable<?> v) {
            return v.getBounds().length == 0 ? Object.class : raw(v.getBounds()[0]);
        }
        if (t instanceof WildcardType w) {
            return w.getUpperBounds().length == 0 ? Object.class : raw(w.getUpperBounds()[0]);
        }
        if (t instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    /** {@code t} with the type variables of its declaring class replaced as {@code receiver} binds them. */
    private static Type resolve(Type t, Type receiver) {
        if (t instanceof TypeVariable<?> v) {
            GenericDeclaration d = v.getGenericDeclaration();
            if (d instanceof Class<?> declaring) {
                Type bound = typeArguments(receiver, declaring).get(v.getName());
                if (bound != null) {
                    return bound instanceof WildcardType w ? (w.getUpperBounds().length == 0 ? Object.class : w.getUpperBounds()[0]) : bound;
                }
            }
            return raw(v);
        }
        if (t instanceof ParameterizedType p) {
            Type[] args = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, receiver)).toArray(Type[]::new);
            return new Parameterized((Class<?>) p.getRawType(), args);
        }
        if (t instanceof WildcardType w) {
            return w.getUpperBounds().length == 0 ? Object.class : resolve(w.getUpperBounds()[0], receiver);
        }
        return t;
    }

    /** The type arguments {@code receiver} gives to {@code declaring}'s type variables, by name. */
    private static Map<String, Type> typeArguments(Type receiver, Class<?> declaring) {
        Map<String, Type> out = new HashMap<>();
        collect(receiver, declaring, out, new HashMap<>());
        return out;
    }

    private static boolean collect(Type t, Class<?> declaring, Map<String, Type> out, Map<String, Type> outer) {
        Class<?> raw = raw(t);
        Map<String, Type> here = new HashMap<>();
        TypeVariable<?>[] vars = raw.getTypeParameters();
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < vars.length && i < args.length; i++) {
                Type a = args[i];
                here.put(vars[i].getName(), a instanceof TypeVariable<?> v && outer.containsKey(v.getName()) ? outer.get(v.getName()) : a);
            }
        }
        if (raw == declaring) {
            out.putAll(here);
            return true;
        }
        List<Type> supers = new ArrayList<>(Arrays.asList(raw.getGenericInterfaces()));
        if (raw.getGenericSuperclass() != null) {
            supers.add(raw.getGenericSuperclass());
        }
        for (Type s : supers) {
            if (declaring.isAssignableFrom(raw(s)) && collect(s, declaring, out, here)) {
                return true;
            }
        }
        return false;
    }

    /** A parameterised type made while resolving (List of String from a List of E). */
    private record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p && raw.equals(p.getRawType()) && Arrays.equals(args, p.getActualTypeArguments())
                    && Objects.equals(p.getOwnerType(), null);
        }

        @Override
        public int hashCode() {
            return raw.hashCode() * 31 + Arrays.hashCode(args);
        }
    }

    private static String construct(Object d) {
        String name = d.getClass().getSimpleName().replace("Descr", "");
        return switch (name) {
            case "Collect" -> "from collect";
            case "EntryPoint" -> "from entry-point";
            case "WindowReference" -> "from window";
            case "ConditionalBranch" -> "if … do[…]";
            case "NamedConsequence" -> "do[…]";
            case "GroupBy" -> "groupby";
            default -> name;
        };
    }

    private static String statementName(Statement s) {
        String name = s.getClass().getSimpleName().replace("Stmt", "");
        return switch (name) {
            case "For", "ForEach", "While", "Do" -> "반복문(" + name.toLowerCase() + ")";
            case "Try" -> "try";
            case "Throw" -> "throw";
            case "Return" -> "return";
            case "Synchronized" -> "synchronized";
            case "LocalClassDeclaration", "LocalRecordDeclaration" -> "지역 클래스";
            default -> name + " 문";
        };
    }

    private static String expressionName(Expression e) {
        String name = e.getClass().getSimpleName().replace("Expr", "");
        return switch (name) {
            case "Lambda" -> "람다식";
            case "MethodReference" -> "메서드 참조";
            case "ArrayAccess", "ArrayCreation", "ArrayInitializer" -> "배열";
            case "Class" -> "클래스 리터럴";
            case "Super" -> "super";
            case "Switch" -> "switch 식";
            default -> name + " 식";
        };
    }
}
