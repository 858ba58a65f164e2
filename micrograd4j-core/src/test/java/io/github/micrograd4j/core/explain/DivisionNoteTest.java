package io.github.micrograd4j.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A division's two nodes are explained, in both languages; no other node is. */
class DivisionNoteTest {
    private static final Function<Value, String> NAME = v -> v.label().isEmpty() ? "?" : v.label();

    @Test
    void aDivisionsReciprocalAndProductAreNamed() {
        Value a = new Value(6.0, "a");
        Value b = new Value(3.0, "b");
        Value q = a.div(b).label("q");
        Value reciprocal = q.children().get(1).label("r");
        assertThat(q.data()).isEqualTo(2.0);
        assertThat(DivisionNote.of(reciprocal, NAME, Language.EN))
                .isEqualTo("r = b ** -1 = 1 / b, the reciprocal of b: micrograd computes a division a / b as"
                        + " a * b ** -1, so a division is drawn as ** -1 and *");
        assertThat(DivisionNote.of(q, NAME, Language.EN)).startsWith("q = a * r is the division a / b:");
        assertThat(DivisionNote.of(reciprocal, NAME, Language.ZH)).contains("倒数").contains("r = b ** -1");
        assertThat(DivisionNote.of(q, NAME, Language.ZH)).contains("除法 a / b");
    }

    @Test
    void otherNodesHaveNoNote() {
        Value a = new Value(6.0, "a");
        Value b = new Value(3.0, "b");
        assertThat(DivisionNote.of(a.mul(b), NAME, Language.EN)).isNull();
        assertThat(DivisionNote.of(b.pow(-2.0), NAME, Language.EN)).isNull();
        assertThat(DivisionNote.of(a.mul(b.pow(-2.0)), NAME, Language.EN)).isNull();
        assertThat(DivisionNote.of(a, NAME, Language.EN)).isNull();
        assertThat(DivisionNote.of(b.pow(-1.0).mul(a), NAME, Language.EN)).as("1/b times a: the reciprocal first")
                .isNull();
    }
}
