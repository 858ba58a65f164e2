package io.github.micrograd4j.nn.train;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.optim.Optimizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TrainerTest {

    /** Thrown by the listener to end a run that asked for more steps than the test wants to wait for. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough steps", null, false, false);
        }
    }

    /**
     * A huge step count is a request, not a reservation: the loop starts at once. (Pre-sizing the
     * history for Integer.MAX_VALUE - 8 records needs gigabytes before the first step.)
     */
    // a bound, not a measurement: pre-sizing the history would take gigabytes and minutes
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHugeStepCountStartsTrainingWithoutReservingMemoryForEveryStep() {
        TrainingEngine engine = new TrainingEngine() {
            @Override
            public LossEvaluation evaluate() {
                return new LossEvaluation(1.0, 0.5);
            }

            @Override
            public Objective objective() {
                throw new UnsupportedOperationException();
            }
        };
        Optimizer optimizer = new Optimizer() {
            private int steps;

            @Override
            public void step() {
                steps++;
            }

            @Override
            public double learningRate() {
                return 0.1;
            }

            @Override
            public int steps() {
                return steps;
            }

            @Override
            public List<Value> parameters() {
                return List.of();
            }
        };
        assertThatThrownBy(() -> Trainer.train(engine, optimizer, Integer.MAX_VALUE - 8, r -> {
            if (r.step() == 2) {
                throw new Enough();
            }
        })).isInstanceOf(Enough.class);
    }
}
