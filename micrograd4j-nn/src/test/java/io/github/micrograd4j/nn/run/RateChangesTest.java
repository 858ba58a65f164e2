package io.github.micrograd4j.nn.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Optimizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Learning-rate changes: the text, the schedule they make, a later change dropping those it overtakes. */
class RateChangesTest {

    @Test
    void theScheduleGoesOnScaledFromEachChange() {
        LearningRate base = LearningRate.microgradLinear(1.0, 100);
        LearningRate changed = RateChanges.parse("3:0.5,10:0.02").apply(base, 1.0);
        for (int k = 0; k < 3; k++) {
            assertThat(changed.at(k)).isEqualTo(base.at(k));
        }
        for (int k = 3; k < 10; k++) {
            assertThat(changed.at(k)).isEqualTo(base.at(k) * (0.5 / 1.0));
        }
        assertThat(changed.at(50)).isEqualTo(base.at(50) * (0.02 / 1.0));
        assertThat(RateChanges.NONE.apply(base, 1.0)).isSameAs(base);
    }

    @Test
    void aChangeDropsTheChangesAtOrAfterItsStep() {
        RateChanges c = RateChanges.parse("3:0.5,10:0.02,20:0.1");
        assertThat(c.then(10, 0.3).toString()).isEqualTo("3:0.5,10:0.3");
        assertThat(c.then(25, 0.3).toString()).isEqualTo("3:0.5,10:0.02,20:0.1,25:0.3");
        assertThat(RateChanges.NONE.then(0, 1e-4).toString()).isEqualTo("0:0.0001");
        assertThat(RateChanges.parse(c.toString())).isEqualTo(c);
        assertThat(RateChanges.parse("")).isEqualTo(RateChanges.NONE);
    }

    @Test
    void badChangesAreNamed() {
        assertThatThrownBy(() -> RateChanges.parse("3-0.5")).hasMessage("'3-0.5' is not STEP:RATE (e.g. 120:0.02)");
        assertThatThrownBy(() -> RateChanges.parse("5:0.1,5:0.2")).hasMessage("'5:0.2': steps must be 0 or more and "
                + "increasing");
        assertThatThrownBy(() -> RateChanges.parse("5:0")).hasMessage("'5:0': the rate must be positive and finite");
        assertThatThrownBy(() -> RunSettings.fromMap(Map.of("lr-changes", "x"))).hasMessage("lr-changes: 'x' is not "
                + "STEP:RATE (e.g. 120:0.02)");
    }

    /** The run's optimizer uses them: the rate of each update, as the lab's run does. */
    @Test
    void theRunsOptimizerFollowsTheChanges() {
        RunSettings s = RunSettings.fromMap(Map.of("lr-changes", "2:0.25", "points", "10", "layers", "2"));
        Run run = Run.create(s, null);
        Optimizer o = run.optimizer();
        double[] rates = new double[4];
        for (int k = 0; k < 4; k++) {
            rates[k] = o.learningRate();
            o.step();
        }
        LearningRate base = LearningRate.microgradLinear(1.0, 100);
        assertThat(rates).containsExactly(base.at(0), base.at(1), base.at(2) * 0.25, base.at(3) * 0.25);
    }
}
