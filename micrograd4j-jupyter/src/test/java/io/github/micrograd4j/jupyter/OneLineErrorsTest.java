package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.micrograd4j.core.AnomalyMode;
import io.github.micrograd4j.core.Value;
import org.junit.jupiter.api.Test;

class OneLineErrorsTest {
    @Test
    void aFailureBecomesOneLineWithoutStackTrace() {
        OneLineErrors.CellError e = catchThrowableOfType(OneLineErrors.CellError.class, () -> OneLineErrors.of(() -> {
            try (AnomalyMode anomaly = AnomalyMode.enable()) {
                return new Value(0.0, "x").log();
            }
        }));
        assertThat(e.getMessage()).startsWith("error: anomaly in forward").contains("log(0)").doesNotContain("\n");
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aResultPassesThrough() {
        assertThat(OneLineErrors.of(() -> new Value(2.0).mul(3.0).data())).isEqualTo(6.0);
        int[] ran = {0};
        OneLineErrors.run(() -> ran[0]++);
        assertThat(ran[0]).isEqualTo(1);
    }

    @Test
    void anExceptionWithoutMessageIsNamedByItsType() {
        OneLineErrors.CellError e = catchThrowableOfType(OneLineErrors.CellError.class,
                () -> OneLineErrors.run(() -> {
                    throw new IllegalStateException();
                }));
        assertThat(e.getMessage()).isEqualTo("error: IllegalStateException");
    }
}
