package io.github.micrograd4j.core.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import org.junit.jupiter.api.Test;

/** An unlabelled value is named {@code v<id>} in DOT, as in the SVG and the chain-rule text. */
class DotUnlabelledTest {
    @Test
    void unlabelledValuesAreNamedByTheirTopologicalId() {
        Value a = new Value(2.0, "a");
        Value b = new Value(3.0, "b");
        Value product = a.mul(b);           // unlabelled: id 2 in topological order a, b, product, L
        Value L = product.add(a).label("L");
        String dot = DotExporter.toDot(L);
        int id = L.topologicalOrder().indexOf(product);
        assertThat(dot).contains("v" + id + " [label=\"{ v" + id + " | data 6.0000").doesNotContain("{  |");
        assertThat(dot).contains("[label=\"{ a | data 2.0000");
    }
}
