package io.github.micrograd4j.lang;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.Instruction.Code;
import io.github.micrograd4j.lang.Token.Kind;
import io.github.micrograd4j.lang.text.LangText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a program with the shunting-yard algorithm: operators wait on an explicit stack instead of
 * the call stack, so 100,000 nested parentheses or a 100,000-term sum parse without recursion.
 *
 * <p>Precedence, loosest first: {@code + -}; {@code * /}; unary {@code - +}; {@code ** ^} (right
 * associative). As in Python, a power binds tighter than a unary minus on its left
 * ({@code -a**2 == -(a**2)}) and its exponent may carry a sign ({@code a ** -1}).
 */
final class Parser {
    private final String source;
    private final List<Token> tokens;
    private int pos;

    private final Map<String, Integer> slots = new HashMap<>();
    private final Set<String> assignedSomewhere = new HashSet<>();
    private final List<Statement> statements = new ArrayList<>();

    Parser(String source) {
        this.source = source;
        this.tokens = new Lexer(source).tokens();
    }

    List<Statement> parse() {
        collectAssignedNames();
        while (peek().kind() != Kind.END) {
            if (peek().isSeparator()) {
                pos++;
                continue;
            }
            statement();
        }
        if (statements.isEmpty()) {
            Token end = peek();
            throw new ProgramException(new Message(LangText.NO_STATEMENTS), end.line(), end.column(), null);
        }
        return statements;
    }

    /** A first pass, so that a name used too early can be told apart from one never assigned. */
    private void collectAssignedNames() {
        boolean atStatementStart = true;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (atStatementStart && t.kind() == Kind.NAME && tokens.get(i + 1).kind() == Kind.ASSIGN) {
                assignedSomewhere.add(t.text());
            }
            atStatementStart = t.kind() == Kind.NEWLINE || t.kind() == Kind.SEMICOLON;
        }
    }

    private void statement() {
        Token name = next();
        if (name.kind() != Kind.NAME) {
            throw syntax(new Message(LangText.EXPECTED_STATEMENT, name.describe()), name);
        }
        Token assign = next();
        if (assign.kind() != Kind.ASSIGN) {
            throw syntax(new Message(LangText.EXPECTED_ASSIGN, name.text(), assign.describe()), assign);
        }
        List<Instruction> code = new ArrayList<>();
        if (!assign.text().equals("=")) {
            code.add(Instruction.load(resolve(name)));
        }
        expression(code);
        if (!assign.text().equals("=")) {
            emit(code, Instruction.of(switch (assign.text()) {
                case "+=" -> Code.ADD;
                case "-=" -> Code.SUB;
                case "*=" -> Code.MUL;
                default -> Code.DIV;
            }));
        }
        boolean isInput = assign.text().equals("=") && code.size() == 1 && code.get(0).code() == Code.CONST;
        statements.add(new Statement(name.text(), List.copyOf(code), maxStack(code), name.line(), name.column(), isInput,
                isInput ? code.get(0).number() : 0.0));
        slots.put(name.text(), statements.size() - 1);
    }

    private void expression(List<Instruction> out) {
        Deque<Pending> ops = new ArrayDeque<>();
        int open = 0;
        boolean expectOperand = true;
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.NEWLINE && open > 0) {
                pos++; // inside parentheses a line break continues the expression, as in Python
                continue;
            }
            if (expectOperand) {
                switch (t.kind()) {
                    case NUMBER -> {
                        out.add(Instruction.constant(number(t)));
                        expectOperand = false;
                    }
                    case NAME -> {
                        if (tokens.get(pos + 1).kind() == Kind.LPAREN) {
                            Op f = Op.byFunctionName(t.text()).orElseThrow(() -> new ProgramException(
                                    new Message(LangText.UNKNOWN_FUNCTION, t.text(), Op.functionNames()),
                                    t.line(), t.column(), null));
                            pos++;
                            ops.push(new Pending(Pending.Type.CALL, t, f));
                            open++;
                        } else {
                            out.add(Instruction.load(resolve(t)));
                            expectOperand = false;
                        }
                    }
                    case LPAREN -> {
                        ops.push(new Pending(Pending.Type.PAREN, t, null));
                        open++;
                    }
                    case MINUS -> ops.push(new Pending(Pending.Type.NEG, t, null));
                    case PLUS -> {
                        // unary plus changes nothing
                    }
                    case RPAREN -> {
                        if (!ops.isEmpty() && ops.peek().type == Pending.Type.CALL && ops.peek().arguments == 1
                                && tokens.get(pos - 1).kind() == Kind.LPAREN) {
                            throw arity(ops.peek(), 0);
                        }
                        throw syntax(new Message(LangText.EXPECTED_OPERAND, t.describe()), t);
                    }
                    default -> throw syntax(new Message(LangText.EXPECTED_OPERAND, t.describe()), t);
                }
                pos++;
                continue;
            }
            switch (t.kind()) {
                case PLUS, MINUS, STAR, SLASH, POWER -> {
                    Pending op = new Pending(Pending.Type.BINARY, t, null);
                    while (!ops.isEmpty() && ops.peek().isOperator()
                            && (ops.peek().precedence() > op.precedence()
                                    || (ops.peek().precedence() == op.precedence() && !op.rightAssociative()))) {
                        apply(out, ops.pop());
                    }
                    ops.push(op);
                    expectOperand = true;
                }
                case RPAREN -> {
                    while (!ops.isEmpty() && ops.peek().isOperator()) {
                        apply(out, ops.pop());
                    }
                    if (ops.isEmpty()) {
                        throw syntax(new Message(LangText.UNMATCHED_CLOSE), t);
                    }
                    Pending group = ops.pop();
                    open--;
                    if (group.type == Pending.Type.CALL) {
                        if (group.arguments != group.function.arity()) {
                            throw arity(group, group.arguments);
                        }
                        apply(out, group);
                    }
                }
                case COMMA -> {
                    while (!ops.isEmpty() && ops.peek().isOperator()) {
                        apply(out, ops.pop());
                    }
                    if (ops.isEmpty() || ops.peek().type != Pending.Type.CALL) {
                        throw syntax(new Message(LangText.COMMA_OUTSIDE_CALL), t);
                    }
                    ops.peek().arguments++;
                    expectOperand = true;
                }
                case NEWLINE, SEMICOLON, END -> {
                    while (!ops.isEmpty()) {
                        Pending p = ops.pop();
                        if (!p.isOperator()) {
                            throw syntax(new Message(LangText.NEVER_CLOSED), p.token);
                        }
                        apply(out, p);
                    }
                    return;
                }
                case ASSIGN -> throw syntax(new Message(LangText.ASSIGN_INSIDE, t.text()), t);
                default -> throw syntax(new Message(LangText.EXPECTED_OPERATOR, t.describe()), t);
            }
            pos++;
        }
    }

    /** Emits a pending operator or call; folds {@code -literal} and {@code x ** literal} as Python does. */
    private void apply(List<Instruction> out, Pending p) {
        Instruction last = out.get(out.size() - 1);
        switch (p.type) {
            case NEG -> {
                if (last.code() == Code.CONST) {
                    out.set(out.size() - 1, Instruction.constant(-last.number()));
                } else {
                    out.add(Instruction.of(Code.NEG));
                }
            }
            case BINARY -> {
                Code code = switch (p.token.kind()) {
                    case PLUS -> Code.ADD;
                    case MINUS -> Code.SUB;
                    case STAR -> Code.MUL;
                    case SLASH -> Code.DIV;
                    default -> Code.POW;
                };
                emit(out, Instruction.of(code));
            }
            case CALL -> emit(out, Instruction.call(p.function));
            default -> throw new IllegalStateException("not an operator: " + p.type);
        }
    }

    /** Adds an instruction, turning a power whose exponent is a literal into a constant power. */
    private static void emit(List<Instruction> out, Instruction instruction) {
        boolean isPower = instruction.code() == Code.POW
                || (instruction.code() == Code.CALL && instruction.function() == Op.POW);
        Instruction last = out.get(out.size() - 1);
        if (isPower && last.code() == Code.CONST) {
            out.set(out.size() - 1, Instruction.powConst(last.number()));
        } else {
            out.add(instruction);
        }
    }

    private static int maxStack(List<Instruction> code) {
        int height = 0;
        int max = 0;
        for (Instruction i : code) {
            height += i.stackEffect();
            max = Math.max(max, height);
        }
        return max;
    }

    private int resolve(Token name) {
        Integer slot = slots.get(name.text());
        if (slot != null) {
            return slot;
        }
        Message why = new Message(assignedSomewhere.contains(name.text()) ? LangText.USED_BEFORE_ASSIGNED
                : LangText.UNKNOWN_NAME, name.text());
        throw new ProgramException(why, name.line(), name.column(), null);
    }

    private double number(Token t) {
        double d = Double.parseDouble(t.text());
        if (Double.isInfinite(d)) {
            throw syntax(new Message(LangText.NUMBER_TOO_LARGE, abbreviate(t.text())), t);
        }
        return d;
    }

    private ProgramException arity(Pending call, int got) {
        int expected = call.function.arity();
        Message why = expected == 1 ? new Message(LangText.ARITY_ONE, call.function.functionName(), got)
                : new Message(LangText.ARITY, call.function.functionName(), expected, got);
        return new ProgramException(why, call.token.line(), call.token.column(), null);
    }

    private ProgramException syntax(Message message, Token at) {
        return new ProgramException(message, at.line(), at.column(), Lexer.lineOf(source, at.lineStart()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    /** An operator, parenthesis or call waiting on the shunting-yard stack. */
    private static final class Pending {
        enum Type {
            BINARY, NEG, PAREN, CALL
        }

        final Type type;
        final Token token;
        final Op function;
        int arguments = 1;

        Pending(Type type, Token token, Op function) {
            this.type = type;
            this.token = token;
            this.function = function;
        }

        boolean isOperator() {
            return type == Type.BINARY || type == Type.NEG;
        }

        int precedence() {
            if (type == Type.NEG) {
                return 3;
            }
            return switch (token.kind()) {
                case PLUS, MINUS -> 1;
                case STAR, SLASH -> 2;
                default -> 4;
            };
        }

        boolean rightAssociative() {
            return type == Type.BINARY && token.kind() == Kind.POWER;
        }
    }
}
