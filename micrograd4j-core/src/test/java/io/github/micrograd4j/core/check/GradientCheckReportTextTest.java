package io.github.micrograd4j.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report prints as its table, so JShell and println show the check, not a record dump. */
class GradientCheckReportTextTest {
    @Test
    void toStringIsTheTable() {
        GradientCheckReport report = GradientCheck.defaults().check(Map.of("a", 2.0, "b", -3.0),
                in -> in.get("a").mul(in.get("b")));
        assertThat(report.toString()).isEqualTo(report.toTable()).startsWith("input").contains("2 passed")
                .doesNotContain("GradientCheckReport[");
    }
}
