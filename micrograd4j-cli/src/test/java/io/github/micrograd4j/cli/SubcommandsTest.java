package io.github.micrograd4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class SubcommandsTest {

    @Test
    void eachNameIsItsCommandsOwn() {
        for (Map.Entry<String, Class<?>> e : Subcommands.ALL.entrySet()) {
            assertThat(e.getValue().getAnnotation(Command.class).name()).isEqualTo(e.getKey());
        }
    }

    @Test
    void aCommandLineNamingACommandBuildsOnlyThatCommand() {
        assertThat(Main.commandLine(new String[] {"grad", "a=1"}).getSubcommands()).containsOnlyKeys("grad");
        assertThat(Main.commandLine(new String[] {"train"}).getSubcommands()).containsOnlyKeys("train");
    }

    @Test
    void everyOtherCommandLineBuildsThemAll() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "grad"}, {"gard"}, {"-V", "grad"}}) {
            assertThat(Main.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(Subcommands.ALL.keySet());
        }
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(Subcommands.ALL.keySet());
    }

    @Test
    void theVersionAloneBuildsNoCommand() {
        assertThat(Main.commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(Main.commandLine(new String[] {"-V"}).getSubcommands()).isEmpty();
    }

    @Test
    void aCommandsHelpAndErrorsReadTheSameEitherWay() {
        for (String[] args : new String[][] {{"grad", "--help"}, {"train", "--stesp", "3"}, {"predict", "--help"},
            {"grad", "--sgv", "x"}, {"--version"}, {"-V"}, {"-V", "grad"}}) {
            assertThat(run(Main.commandLine(args), args)).as(String.join(" ", args))
                    .isEqualTo(run(Main.commandLine(), args));
        }
    }

    @Test
    void theTopLevelUsageFromSummariesReadsAsFromTheFullModels() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-h"}}) {
            assertThat(Subcommands.summaryOnly(args)).isTrue();
            String summarised = run(Main.commandLine(args), args);
            assertThat(summarised).as(String.join(" ", args)).isEqualTo(run(Main.commandLine(), args))
                    .contains("grad", "train", "jupyter", "help");
        }
        for (String[] args : new String[][] {{"--help", "grad"}, {"help"}, {"grad", "--help"}, {"-hV"}}) {
            assertThat(Subcommands.summaryOnly(args)).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void aSummaryIsNotTheCommandsModel() {
        CommandLine cl = Main.commandLine(new String[] {"--help"});
        assertThat(cl.getSubcommands().get("train").getCommandSpec().options()).isEmpty();
        assertThat(Main.commandLine().getSubcommands().get("train").getCommandSpec().options()).isNotEmpty();
    }

    @Test
    void predictStillTakesNegativePoints() {
        assertThat(Main.commandLine(new String[] {"predict"}).getSubcommands().get("predict")
                .isUnmatchedOptionsArePositionalParams()).isTrue();
    }

    private static String run(CommandLine cl, String[] args) {
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        int code = cl.execute(args);
        return code + "\n" + out;
    }
}
