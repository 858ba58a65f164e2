package io.github.micrograd4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.nn.data.Generators;
import io.github.micrograd4j.nn.loss.Regularization;
import io.github.micrograd4j.nn.optim.Optimizers;
import io.github.micrograd4j.nn.optim.Schedules;
import io.github.micrograd4j.nn.train.Engines;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lookups by name the command line uses: every id round-trips, case and spaces aside; others are named. */
class NamedLookupsTest {
    @Test
    void everyIdRoundTrips() {
        for (Generators g : Generators.values()) {
            assertThat(Generators.fromId(" " + g.id().toUpperCase(Locale.ROOT))).isEqualTo(g);
        }
        for (Optimizers o : Optimizers.values()) {
            assertThat(Optimizers.fromId(o.id().toUpperCase(Locale.ROOT))).isEqualTo(o);
        }
        for (Schedules s : Schedules.values()) {
            assertThat(Schedules.fromId(s.id())).isEqualTo(s);
        }
        for (Engines e : Engines.values()) {
            assertThat(Engines.fromId(e.id() + " ")).isEqualTo(e);
        }
        assertThat(Schedules.fromId("linear")).isEqualTo(Schedules.MICROGRAD);
        assertThat(Generators.find("data.csv")).isEmpty();
        assertThat(Activation.fromId(" TANH ")).isEqualTo(Activation.TANH);
        assertThat(Feature.fromId("SinX1")).isEqualTo(Feature.SIN_X1);
    }

    @Test
    void unknownNamesListTheChoices() {
        assertThatThrownBy(() -> Optimizers.fromId("rmsprop")).hasMessage("unknown optimizer 'rmsprop'; expected one of sgd, momentum, adam");
        assertThatThrownBy(() -> Engines.fromId("gpu")).hasMessage("unknown engine 'gpu'; expected one of graph, tape");
        assertThatThrownBy(() -> Schedules.fromId("step")).hasMessage("unknown schedule 'step'; expected one of micrograd, constant, cosine");
        assertThatThrownBy(() -> Generators.fromId("donut")).hasMessageContaining("expected one of moons, circles, xor, blobs, spirals");
        assertThatThrownBy(() -> Activation.fromId("gelu"))
                .hasMessage("unknown activation 'gelu'; expected one of relu, tanh, sigmoid, linear");
        assertThatThrownBy(() -> Regularization.fromId(null)).hasMessage("unknown regularization 'null'; expected one of "
                + "none, l1, l2");
        assertThatThrownBy(() -> Generators.MOONS.generate(10, 3, 0.1, new java.util.Random(1)))
                .hasMessageContaining("moons has 2 classes");
    }
}
