package io.github.micrograd4j.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramTest {

    /** The numbers written into expressions are constants; the inputs, named statements, are not. */
    @Test
    void numbersInExpressionsAreConstantsAndNamedNumbersAreInputs() {
        Program p = Program.parse("x1 = 0.5\nk = x1\nL = cos(k) / 2 + 3 * x1");
        Evaluation run = p.evaluate();
        java.util.function.Predicate<Value> constant = run.constants();
        java.util.List<Value> leaves = run.output().topologicalOrder().stream().filter(Value::isLeaf).toList();
        assertThat(leaves.stream().filter(constant).map(Value::data).toList()).containsExactlyInAnyOrder(2.0, 3.0);
        assertThat(leaves.stream().filter(constant.negate()).map(Value::label).toList()).containsExactly("x1");
        assertThat(constant.test(run.output())).isFalse();
    }

    private static double eval(String expr) {
        return Program.parse("x = " + expr).evaluate().output().data();
    }

    @Test
    void walkthroughProgramGivesTheWalkthroughNumbers() {
        Program p = Program.parse(WalkthroughExample.PROGRAM);
        Evaluation run = p.evaluate();
        run.output().backward();
        assertThat(p.outputName()).isEqualTo("L");
        assertThat(p.inputs()).containsExactly(Map.entry("a", 2.0), Map.entry("b", -3.0), Map.entry("c", 10.0),
                Map.entry("f", -2.0));
        assertThat(run.output().data()).isEqualTo(-8.0);
        assertThat(run.labelledValues()).extracting(Value::label).containsExactly("a", "b", "e", "c", "d", "f", "L");
        assertThat(run.labelledValues()).extracting(Value::grad).containsExactly(6.0, -4.0, -2.0, -2.0, -2.0, 4.0, 1.0);
    }

    @Test
    void precedenceAndAssociativityFollowPython() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7.0);
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9.0);
        assertThat(eval("8 / 4 / 2")).isEqualTo(1.0);
        assertThat(eval("8 - 4 - 2")).isEqualTo(2.0);
        assertThat(eval("2 ** 3 ** 2")).isEqualTo(512.0);
        assertThat(eval("2 ^ 3 ^ 2")).isEqualTo(512.0);
        assertThat(eval("-2 ** 2")).isEqualTo(-4.0);
        assertThat(eval("(-2) ** 2")).isEqualTo(4.0);
        assertThat(eval("2 ** -1")).isEqualTo(0.5);
        assertThat(eval("2 ** -1 * 4")).isEqualTo(2.0);
        assertThat(eval("- - 3")).isEqualTo(3.0);
        assertThat(eval("+3 - -3")).isEqualTo(6.0);
        assertThat(eval("2 * -3")).isEqualTo(-6.0);
        assertThat(eval("1e-3 * 1000 + .5")).isEqualTo(1.5);
    }

    @Test
    void functions() {
        assertThat(eval("relu(-2) + relu(3)")).isEqualTo(3.0);
        assertThat(eval("tanh(0.5)")).isCloseTo(Math.tanh(0.5), within(1e-15));
        assertThat(eval("exp(1)")).isCloseTo(Math.E, within(1e-15));
        assertThat(eval("log(exp(2))")).isCloseTo(2.0, within(1e-15));
        assertThat(eval("sigmoid(0)")).isEqualTo(0.5);
        assertThat(eval("pow(2, 10)")).isEqualTo(1024.0);
        assertThat(eval("pow(2, 1 + 1)")).isEqualTo(4.0);
    }

    @Test
    void powerByALiteralIsAConstantPowerAndByAnExpressionAValuePower() {
        Value literal = Program.parse("a = 3; y = a ** 2").evaluate().output();
        assertThat(literal.op()).isEqualTo(Op.POW_CONST);
        assertThat(literal.opLabel()).isEqualTo("**2");
        Value negativeLiteral = Program.parse("a = 3; y = a ** -1").evaluate().output();
        assertThat(negativeLiteral.opLabel()).isEqualTo("**-1");
        Value expression = Program.parse("a = 3; b = 2; y = a ** b").evaluate().output();
        assertThat(expression.op()).isEqualTo(Op.POW);
        assertThat(expression.children()).hasSize(2);
    }

    @Test
    void compoundAssignmentsReadThePreviousValue() {
        Program p = Program.parse("c = 2\nc += 3\nc *= c\nc -= 1\nc /= 4");
        assertThat(p.evaluate().output().data()).isEqualTo(6.0);
        assertThat(p.inputs()).containsOnlyKeys("c");
    }

    @Test
    void newlinesInsideParenthesesContinueTheExpression() {
        assertThat(Program.parse("a = 1\nL = (a +\n 2) * pow(a,\n 3)").evaluate().output().data()).isEqualTo(3.0);
    }

    @Test
    void commentsAndBlankStatements() {
        assertThat(Program.parse("# inputs\na = 2 # two\n\n;; L = a * a ;").evaluate().output().data()).isEqualTo(4.0);
    }

    @Test
    void inputsCanBeReplacedForTheGradientCheck() {
        Program p = Program.parse("a = 2; b = a * a; a = 5; L = a + b");
        assertThat(p.inputs()).containsExactly(Map.entry("a", 2.0), Map.entry("a@1:19", 5.0));
        Value leaf = new Value(3.0, "a");
        assertThat(p.evaluate(Map.of("a", leaf)).output().data()).isEqualTo(14.0);
        assertThatThrownBy(() -> p.evaluate(Map.of("zz", leaf))).hasMessageContaining("no input named 'zz'");
    }

    @Test
    void aliasKeepsTheOriginalLabel() {
        Evaluation run = Program.parse("a = 2; b = a; L = b * 3").evaluate();
        assertThat(run.results().get(1).label()).isEqualTo("a");
        assertThat(run.output().label()).isEqualTo("L");
    }

    @Test
    void hundredThousandStatementsAndTermsParseWithoutRecursion() {
        StringBuilder statements = new StringBuilder("x0 = 1\n");
        for (int i = 1; i <= 100_000; i++) {
            statements.append('x').append(i).append(" = x").append(i - 1).append(" * 1.0 + 1\n");
        }
        Evaluation run = Program.parse(statements.toString()).evaluate();
        assertThat(run.output().data()).isEqualTo(100_001.0);
        run.output().backward();

        StringBuilder terms = new StringBuilder("a = 1; s = a");
        for (int i = 1; i < 100_000; i++) {
            terms.append(" + a");
        }
        Program sum = Program.parse(terms.toString());
        Evaluation sumRun = sum.evaluate();
        sumRun.output().backward();
        assertThat(sumRun.output().data()).isEqualTo(100_000.0);
        assertThat(sumRun.results().get(0).grad()).isEqualTo(100_000.0);

        String power = "a = 1; s = " + "a ** ".repeat(100_000) + "a";
        assertThat(Program.parse(power).evaluate().output().data()).isEqualTo(1.0);

        String nested = "s = " + "(".repeat(100_000) + "2" + ")".repeat(100_000);
        assertThat(Program.parse(nested).evaluate().output().data()).isEqualTo(2.0);
    }

    @Test
    void syntaxErrorsNameLineAndColumnAndShowACaret() {
        assertThatThrownBy(() -> Program.parse("a = 2\nL = a * * 3")).isInstanceOfSatisfying(ProgramException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(9);
            assertThat(e.getMessage()).isEqualTo("line 2, column 9: expected a number, a name or '(' but found '*'");
            assertThat(e.describe()).endsWith("  L = a * * 3" + System.lineSeparator() + "          ^");
        });
        assertSyntax("a = (1 + 2", "line 1, column 5: '(' is never closed");
        assertSyntax("a = 1 + 2)", "line 1, column 10: unmatched ')'");
        assertSyntax("a = 1 2", "line 1, column 7: expected an operator or the end of the statement but found '2'");
        assertSyntax("a 1", "line 1, column 3: expected '=' after 'a' but found '1'");
        assertSyntax("1 = a", "line 1, column 1: expected a statement 'name = expression' but found '1'");
        assertSyntax("a = 1 = 2", "line 1, column 7: unexpected '=': an assignment must start a statement");
        assertSyntax("a = 2 $ 3", "line 1, column 7: unexpected character '$' (U+0024)");
        assertSyntax("a = 1e", "line 1, column 6: malformed number '1e': an exponent needs digits");
        assertSyntax("a = 12abc", "line 1, column 7: malformed number: 'a' cannot follow the digits");
        assertSyntax("a = 1e999", "line 1, column 5: number '1e999' is too large for a double");
        assertSyntax("a = ", "line 1, column 5: expected a number, a name or '(' but found the end of the program");
        assertSyntax("a = 1, 2", "line 1, column 6: ',' outside a function's arguments");
    }

    private static void assertSyntax(String program, String message) {
        assertThatThrownBy(() -> Program.parse(program)).isInstanceOf(ProgramException.class).hasMessage(message);
    }

    @Test
    void nameErrorsAreOneLine() {
        assertNameError("a = 1; L = a * x", "line 1, column 16: unknown name 'x'");
        assertNameError("L = a * 2\na = 1", "line 1, column 5: name 'a' is used before it is assigned");
        assertNameError("L = foo(1)", "line 1, column 5: unknown function 'foo'; the functions are "
                + Op.functionNames());
        assertThat(Op.functionNames()).as("the list every op with a function name is in")
                .contains("pow", "exp", "log", "tanh", "relu", "sigmoid", "sin", "cos");
        assertNameError("L = tanh(1, 2)", "line 1, column 5: tanh expects 1 argument, got 2");
        assertNameError("L = pow(1)", "line 1, column 5: pow expects 2 arguments, got 1");
        assertNameError("L = relu()", "line 1, column 5: relu expects 1 argument, got 0");
        assertThatThrownBy(() -> Program.parse(" \n # nothing\n;")).isInstanceOf(ProgramException.class)
                .hasMessageStartingWith("line 3, column 2: the program has no statements");
    }

    private static void assertNameError(String program, String message) {
        assertThatThrownBy(() -> Program.parse(program)).isInstanceOfSatisfying(ProgramException.class, e -> {
            assertThat(e).hasMessage(message);
            assertThat(e.describe()).isEqualTo(message);
        });
    }

    @Test
    void aLongLineIsShownAsAShortWindow() {
        String program = "a = " + "1 + ".repeat(100_000) + "* 2";
        assertThatThrownBy(() -> Program.parse(program)).isInstanceOfSatisfying(ProgramException.class, e -> {
            assertThat(e.describe().lines().count()).isEqualTo(3);
            assertThat(e.describe().lines().mapToInt(String::length).max().orElseThrow()).isLessThan(200);
        });
    }
}
