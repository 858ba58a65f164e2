package io.github.micrograd4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.nn.data.Generators;
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
    }

    @Test
    void unknownNamesListTheChoices() {
        assertThatThrownBy(() -> Optimizers.fromId("rmsprop")).hasMessage("unknown optimizer 'rmsprop'; expected sgd or adam");
        assertThatThrownBy(() -> Engines.fromId("gpu")).hasMessage("unknown engine 'gpu'; expected graph or tape");
        assertThatThrownBy(() -> Schedules.fromId("step")).hasMessageContaining("expected micrograd, constant, cosine");
        assertThatThrownBy(() -> Generators.fromId("donut")).hasMessageContaining("expected moons, circles, xor, blobs, spirals");
        assertThatThrownBy(() -> Generators.MOONS.generate(10, 3, 0.1, new java.util.Random(1)))
                .hasMessageContaining("moons has 2 classes");
    }
}
