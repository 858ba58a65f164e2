package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grad --svg --png --steps --html} and {@code demo}'s pictures, through the real command line. */
class PictureOptionsTest {

    @TempDir
    Path dir;

    private String out = "";
    private String err = "";

    private int run(String... args) {
        Result result = CliRunner.run(args);
        out = result.out();
        err = result.err();
        return result.exitCode();
    }

    private List<String> files(Path in) throws IOException {
        try (Stream<Path> list = Files.list(in)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void gradWritesTheGraphAsSvgAndPngTheStepsAndThePage() throws IOException {
        Path svg = dir.resolve("g.svg");
        Path png = dir.resolve("g.png");
        Path steps = dir.resolve("steps");
        Path html = dir.resolve("w.html");
        int code = run("grad", WalkthroughExample.PROGRAM, "--svg", svg.toString(), "--png", png.toString(),
                "--steps", steps.toString(), "--html", html.toString());

        assertThat(code).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("grad 6.0000", "grad -4.0000");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(800);
        List<String> stepFiles = files(steps);
        assertThat(stepFiles).hasSize(2 * 7).contains("step-01.svg", "step-07.svg", "step-01.png", "step-07.png");
        assertThat(Files.readString(steps.resolve("step-01.svg"))).contains("step 1 of 7", "dL/dL = 1");
        assertThat(Files.readString(steps.resolve("step-07.svg"))).contains("step 7 of 7", "grad 6.0000");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("<svg ");
        assertThat(out).contains("wrote " + svg, "wrote " + png, "wrote " + html,
                "wrote 7 step pictures to " + steps);
        assertThat(files(dir)).as("no temporary files left").allSatisfy(f -> assertThat(f).doesNotEndWith(".tmp"));
    }

    @Test
    void stepsAreSvgOnlyWithoutPng() throws IOException {
        Path steps = dir.resolve("s");
        assertThat(run("grad", "x = 3; y = x * x", "--steps", steps.toString())).isZero();
        assertThat(files(steps)).containsExactly("step-01.svg", "step-02.svg");
    }

    @Test
    void aMissingDirectoryIsAClearErrorAndWritesNothing() throws IOException {
        Path svg = dir.resolve("no/such/dir/g.svg");
        int code = run("grad", WalkthroughExample.PROGRAM, "--svg", svg.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: cannot write " + svg).contains("does not exist")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsAClearError() throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain.txt"), "keep me");
        int code = run("grad", WalkthroughExample.PROGRAM, "--png", notADir.resolve("g.png").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: cannot write ");
        assertThat(Files.readString(notADir)).isEqualTo("keep me");
        assertThat(files(dir)).containsExactly("plain.txt");
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsAClearError() throws IOException {
        Path taken = Files.createDirectory(dir.resolve("w.html"));
        int code = run("grad", WalkthroughExample.PROGRAM, "--html", taken.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).contains("cannot write " + taken).contains("it is a directory");
        assertThat(files(taken)).isEmpty();
    }

    @Test
    void aFileWhereTheStepsDirectoryShouldBeIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("steps"), "keep me");
        int code = run("grad", WalkthroughExample.PROGRAM, "--steps", file.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: cannot create directory " + file);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path svg = Files.writeString(dir.resolve("g.svg"), "old");
        assertThat(run("grad", WalkthroughExample.PROGRAM, "--svg", svg.toString())).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").endsWith("</svg>\n");
        assertThat(files(dir)).containsExactly("g.svg");
    }

    @Test
    void aGraphTooLargeToDrawSuggestsDotAndWritesNothing() throws IOException {
        StringBuilder program = new StringBuilder("x = 0.5");
        for (int i = 0; i < 2001; i++) {
            program.append("; x = tanh(x)");
        }
        Path svg = dir.resolve("big.svg");
        int code = run("grad", program.toString(), "--svg", svg.toString(), "--dot", dir.resolve("big.dot").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: the graph has 2002 values").contains("--dot FILE");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aSharedInputChainTooLongToLayOutSuggestsDotAndWritesNothing() throws IOException {
        StringBuilder program = new StringBuilder("a = 1.0001; v = a * a");
        for (int i = 2; i < 1000; i++) {
            program.append("; v = v * a");
        }
        Path svg = dir.resolve("chain.svg");
        int code = run("grad", program.toString(), "--svg", svg.toString(), "--dot", dir.resolve("chain.dot").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: the graph's layout is too large: its 1000 values need 997002 layer crossings")
                .contains("--dot FILE").doesNotContain("Exception");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aDirectoryWhereAStepPictureGoesFailsBeforeAnyFileIsWritten() throws IOException {
        Path steps = dir.resolve("steps");
        Files.createDirectories(steps.resolve("step-03.svg"));
        Path svg = dir.resolve("g.svg");
        int code = run("grad", WalkthroughExample.PROGRAM, "--svg", svg.toString(), "--steps", steps.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: cannot write " + steps.resolve("step-03.svg") + ": it is a directory");
        assertThat(files(dir)).containsExactly("steps");
        assertThat(files(steps)).containsExactly("step-03.svg");
        assertThat(files(steps.resolve("step-03.svg"))).isEmpty();
    }

    @Test
    void aStepsDirectoryThatCannotBeCreatedFailsBeforeAnyFileIsWritten() throws IOException {
        Files.writeString(dir.resolve("plain"), "keep me");
        Path steps = dir.resolve("plain").resolve("steps");
        int code = run("grad", WalkthroughExample.PROGRAM, "--svg", dir.resolve("g.svg").toString(),
                "--steps", steps.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: cannot create directory " + steps);
        assertThat(files(dir)).containsExactly("plain");
        assertThat(Files.readString(dir.resolve("plain"))).isEqualTo("keep me");
    }

    @Test
    void demoChecksAllItsFilesBeforeWritingAny() throws IOException {
        Path demo = dir.resolve("demo");
        Files.createDirectories(demo.resolve("walkthrough.html"));
        int code = run("demo", "--out", demo.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err).startsWith("error: cannot write " + demo.resolve("walkthrough.html") + ": it is a directory");
        assertThat(files(demo)).containsExactly("walkthrough.html");
    }

    /** grad --svg draws a number written into the program as a constant, apart from the input, as the lab does. */
    @Test
    void aNumberInTheProgramIsDrawnAsAConstant() throws IOException {
        Path svg = dir.resolve("constant.svg");
        int code = run("grad", "x1 = 0.5; L = cos(x1) / 2", "--svg", svg.toString());
        assertThat(code).as(err).isZero();
        String text = Files.readString(svg);
        assertThat(text.split("class=\"value constant\"", -1)).hasSize(2);
        assertThat(text.split("class=\"value leaf\"", -1)).hasSize(2);
    }

    @Test
    void aThousandValueGraphStillRenders() throws Exception {
        Path program = Path.of(getClass().getResource("/programs/mlp-1000.txt").toURI());
        Path svg = dir.resolve("mlp.svg");
        Path png = dir.resolve("mlp.png");
        int code = run("grad", "-f", program.toString(), "--svg", svg.toString(), "--png", png.toString());
        assertThat(code).as(err).isZero();
        String text = Files.readString(svg);
        assertThat(text.split("<g id=\"v\\d+\" class=\"value", -1)).hasSize(1000 + 1);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat((long) image.getWidth() * image.getHeight()).isBetween(1_000_000L, 25_000_000L);
    }

    @Test
    void demoWritesTheGraphPicturesAndThePageAndSaysWhere() throws IOException {
        Path demo = dir.resolve("demo");
        int code = run("demo", "--out", demo.toString());
        assertThat(code).as(err).isZero();
        assertThat(files(demo)).containsExactly("graph.dot", "graph.png", "graph.svg", "walkthrough.html");
        assertThat(out).contains(demo.resolve("graph.svg").toString(), demo.resolve("graph.png").toString(),
                demo.resolve("walkthrough.html").toAbsolutePath().toUri().toString());
        assertThat(ImageIO.read(demo.resolve("graph.png").toFile())).isNotNull();
    }
}
