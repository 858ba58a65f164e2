package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.nn.train.StepRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TrainingProgressTest {

    @Test
    void plainOutputPrintsAboutEveryTenthStepAndTheLast() {
        StringWriter text = new StringWriter();
        TrainingProgress p = new TrainingProgress(new PrintWriter(text), 25, false);
        for (int k = 0; k < 25; k++) {
            p.accept(new StepRecord(k, 1.0 / (k + 1), 0.5, 0.1));
        }
        // steps 1, 3, ..., 25: every max(1, 25 / 10) = 2 steps, and the last (here one of them)
        assertThat(text.toString().lines()).hasSize(13);
        assertThat(text.toString().lines().toList().get(1)).startsWith("step 3/25  loss 0.333333  accuracy 50.0%  lr 0.1000");
        assertThat(text.toString()).doesNotContain("\r").contains("step 25/25");
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlaceAndANewLineAtTheEnd() {
        StringWriter text = new StringWriter();
        TrainingProgress p = new TrainingProgress(new PrintWriter(text), 4, true);
        p.accept(new StepRecord(0, 100.123456, 0.25, 1));
        p.accept(new StepRecord(1, 1.5, 0.5, 1));
        p.accept(new StepRecord(2, 1.0, 0.75, 1));
        p.accept(new StepRecord(3, 0.5, 1.0, 1));
        String out = text.toString();
        assertThat(out).startsWith("\r[######------------------] 1/4  loss 100.1235  accuracy  25.0%").endsWith("\n");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        String last = out.substring(out.lastIndexOf('\r') + 1).stripTrailing();
        assertThat(last).startsWith("[########################] 4/4  loss 0.5000  accuracy 100.0%");
        // the last draw is padded to the first, longer one so no characters of it remain
        String first = out.substring(1, out.indexOf('\r', 1));
        assertThat(out.substring(out.lastIndexOf('\r') + 1, out.length() - 1)).hasSameSizeAs(first);
    }
}
