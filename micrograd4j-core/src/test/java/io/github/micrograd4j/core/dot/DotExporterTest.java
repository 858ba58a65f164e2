package io.github.micrograd4j.core.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DotExporterTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = DotExporterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void walkthroughAfterBackwardMatchesTheGoldenFile() throws IOException {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        assertThat(DotExporter.toDot(w.L())).isEqualTo(golden("/walkthrough-backward.dot"));
    }

    @Test
    void sameGraphSameText() {
        WalkthroughExample w1 = WalkthroughExample.build();
        WalkthroughExample w2 = WalkthroughExample.build();
        assertThat(DotExporter.toDot(w1.L())).isEqualTo(DotExporter.toDot(w2.L())).contains("grad 0.0000");
    }

    @Test
    void everyNonLeafHasOneOpNodeAndEveryChildAnEdge() {
        Value x = new Value(1.5, "x");
        Value y = x.mul(x).tanh().pow(2).label("y");
        String dot = DotExporter.toDot(y);
        assertThat(dot).contains("rankdir=LR").contains("shape=record");
        assertThat(dot.lines().filter(l -> l.contains("_op [label=")).count()).isEqualTo(3);
        assertThat(dot).contains("[label=\"**2\"]").contains("[label=\"tanh\"]").contains("v0 -> v1_op;");
        assertThat(dot.lines().filter(l -> l.matches("\\s*v0 -> v1_op;")).count()).isEqualTo(2);
    }

    @Test
    void recordSpecialCharactersInLabelsAreEscaped() {
        String dot = DotExporter.toDot(new Value(1.0, "a|b{c}<d>\"e"));
        assertThat(dot).contains("{ a\\|b\\{c\\}\\<d\\>\\\"e | data 1.0000 | grad 0.0000 }");
    }
}
