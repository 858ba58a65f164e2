package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShellStartupTest {

    @Test
    void theScriptImportsTheApiDefinesTheWalkthroughAndTellsDrawWhereToWrite() {
        String script = ShellStartup.script(Path.of("my \"dir\""), false);

        assertThat(script).contains("import io.github.micrograd4j.core.*;", "import java.util.*;",
                "import static io.github.micrograd4j.cli.shell.ShellFunctions.*;",
                "drawInto(\"my \\\"dir\\\"\");", "L = walkthrough.L();");
        assertThat(script).doesNotContain(ShellStartup.WELCOME);
        assertThat(ShellStartup.script(Path.of("shell"), true)).contains(ShellStartup.WELCOME);
    }

    @Test
    void javaStringEscapesWhatWouldEndOrBreakTheLiteral() {
        assertThat(ShellStartup.javaString("a\\b\"c\nd\te\u0001")).isEqualTo("\"a\\\\b\\\"c\\nd\\te\\u0001\"");
    }
}
