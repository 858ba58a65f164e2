package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The op table's headers as built: each step of the builder keeps what came before and sets its one part.
 * (Op's constants are built once, when the class is first used, so the table's own tests see the headers
 * already made; these build new ones.)
 */
class OpHeaderTest {
    @Test
    void eachPartIsKeptThroughTheWholeChain() {
        OpHeader h = OpHeader.binary("^").function("f").withConstant().formula("F({x})").dx("DX").dy("DY")
                .domain("D");
        assertThat(h.symbol()).isEqualTo("^");
        assertThat(h.functionName()).isEqualTo("f");
        assertThat(h.arity()).isEqualTo(2);
        assertThat(h.hasConstant()).isTrue();
        assertThat(h.formula()).isEqualTo("F({x})");
        assertThat(h.dxRule()).isEqualTo("DX");
        assertThat(h.dyRule()).isEqualTo("DY");
        assertThat(h.domain()).isEqualTo("D");
        // the other order gives the same header
        OpHeader g = OpHeader.binary("^").domain("D").dy("DY").dx("DX").formula("F({x})").withConstant().function("f");
        assertThat(g.functionName() + g.formula() + g.dxRule() + g.dyRule() + g.domain() + g.hasConstant())
                .isEqualTo(h.functionName() + h.formula() + h.dxRule() + h.dyRule() + h.domain() + h.hasConstant());
    }

    @Test
    void aLeafAndAUnaryOpStartEmpty() {
        OpHeader leaf = OpHeader.leaf();
        assertThat(leaf.arity()).isZero();
        assertThat(leaf.symbol() + leaf.functionName() + leaf.formula() + leaf.dxRule() + leaf.domain()).isEmpty();
        assertThat(leaf.hasConstant()).isFalse();
        OpHeader unary = OpHeader.unary("u");
        assertThat(unary.arity()).isEqualTo(1);
        assertThat(unary.symbol()).isEqualTo("u");
        assertThat(unary.hasConstant()).isFalse();
    }
}
