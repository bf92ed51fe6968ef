package kr.nanumteo.rules.bench;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;

/**
 * Camunda's FEEL engine (7.24, feel-scala inside) parses every expression on every evaluation; this one
 * parses each expression once and evaluates the parsed form, building the evaluation context exactly as
 * {@link ScalaFeelEngine} does (its own context classes, by reflection). It is what a user tuning the DMN
 * peer would try first; {@code PeersAgreeTest} holds it to the packs' outcomes like the engine as shipped.
 */
final class ParsedOnceFeelEngine extends ScalaFeelEngine {

    private static final Constructor<?> EXPRESSION_CONTEXT;
    private static final Constructor<?> UNARY_TESTS_CONTEXT;

    static {
        try {
            EXPRESSION_CONTEXT = Class.forName(ScalaFeelEngine.class.getName() + "$1")
                    .getDeclaredConstructor(ScalaFeelEngine.class, VariableContext.class);
            UNARY_TESTS_CONTEXT = Class.forName(ScalaFeelEngine.class.getName() + "$2")
                    .getDeclaredConstructor(ScalaFeelEngine.class, VariableProvider.StaticVariableProvider.class, ContextVariableWrapper.class);
            EXPRESSION_CONTEXT.setAccessible(true);
            UNARY_TESTS_CONTEXT.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    ParsedOnceFeelEngine() {
        super(List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        ParsedExpression parsed = expressions.computeIfAbsent(expression, e -> value(feelEngine.parseExpression(e), e));
        return (T) value(feelEngine.eval(parsed, (Context) newInstance(EXPRESSION_CONTEXT, this, variables)), expression);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        ParsedExpression parsed = unaryTests.computeIfAbsent(expression, e -> value(feelEngine.parseUnaryTests(e), e));
        VariableProvider.StaticVariableProvider input = new VariableProvider.StaticVariableProvider(new Map1<>("inputVariableName", inputVariable));
        Context context = (Context) newInstance(UNARY_TESTS_CONTEXT, this, input, new ContextVariableWrapper(variables));
        return Boolean.TRUE.equals(value(feelEngine.eval(parsed, context), expression));
    }

    private static Object newInstance(Constructor<?> c, Object... args) {
        try {
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> V value(Either<Failure, ?> result, String expression) {
        if (result instanceof Right<?, ?> right) {
            return (V) right.value();
        }
        throw new IllegalStateException("FEEL '" + expression + "' failed: " + result);
    }
}
