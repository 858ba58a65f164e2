package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoopJvmOptionsTest {

    @Test
    void theFileGivesACollectorAndAFixedYoungGeneration() {
        List<String> options = LoopJvmOptions.list();
        assertThat(options).contains("-XX:+UseParallelGC").anyMatch(o -> o.startsWith("-Xmn"));
        assertThat(options).noneMatch(o -> o.contains("#") || o.isBlank());
    }

    @Test
    void commentsAndBlankLinesAreNotOptions() {
        assertThat(LoopJvmOptions.parse("# why\n\n-Xa   -Xb # trailing\r\n  -Xc\n#-Xd\n")).containsExactly("-Xa", "-Xb", "-Xc");
    }

    @Test
    void thisJavaStartsWithTheOptions() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LoopJvmOptions.list());
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
