package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expression language's function names come from {@link Op}: each op's own, listed once, in order. */
class OpNamesTest {

    @Test
    void functionNamesListEveryNamedOpOnceInValuesOrder() {
        List<String> names = Arrays.stream(Op.values()).map(Op::functionName).filter(n -> !n.isEmpty()).toList();
        assertThat(names).contains("pow", "exp", "log", "tanh", "relu", "sigmoid", "sin", "cos").doesNotHaveDuplicates();
        assertThat(Op.functionNames()).isEqualTo(String.join(", ", names));
        for (String name : names) {
            assertThat(Op.byFunctionName(name)).get().extracting(Op::functionName).isEqualTo(name);
        }
        // operators and literals have no function name
        assertThat(Op.ADD.functionName()).isEmpty();
        assertThat(Op.LEAF.functionName()).isEmpty();
        assertThat(Op.byFunctionName("")).isEmpty();
    }
}
