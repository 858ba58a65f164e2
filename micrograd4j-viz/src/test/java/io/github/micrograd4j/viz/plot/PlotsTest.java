package io.github.micrograd4j.viz.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class PlotsTest {

    @Test
    void theDecisionBoundaryDecodesAsPngAndSvgAndShowsBothRegions() throws Exception {
        Dataset moons = Datasets.moons(40, 0.1, new Random(1));
        // a known classifier: left half class 0, right half class 1
        Figure f = Plots.decisionBoundary(moons, x -> x[0] > 0.5 ? 1 : 0, "test <&> boundary");
        BufferedImage png = decode(f.png());
        assertThat(png.getWidth()).isEqualTo(f.width());
        assertThat(png.getHeight()).isEqualTo(f.height());
        // pale blue on the left of the plot area, pale orange on the right
        int y = f.height() / 2;
        assertThat(isBluish(png.getRGB(80, y)) || isBluish(png.getRGB(90, y + 20))).isTrue();
        assertThat(isOrangish(png.getRGB(f.width() - 40, y)) || isOrangish(png.getRGB(f.width() - 50, y + 20))).isTrue();

        Document svg = parse(f.svg());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(40);
        assertThat(f.svg()).contains("test &lt;&amp;&gt; boundary").contains("#c7ddec").contains("#ffdfc3");
    }

    @Test
    void theCurvesDecodeAsPngAndSvg() throws Exception {
        List<StepRecord> steps = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            steps.add(new StepRecord(k, 1.0 / (k + 1), Math.min(1, 0.5 + k / 50.0), 0.1));
        }
        Figure f = Plots.trainingCurves(new TrainingHistory(steps), "curves");
        BufferedImage png = decode(f.png());
        assertThat(png.getWidth()).isEqualTo(960);
        Document svg = parse(f.svg());
        assertThat(svg.getElementsByTagName("polyline").getLength()).isGreaterThanOrEqualTo(2);
        assertThat(f.svg()).contains("final loss 0.02000, final accuracy 100.0%");
    }

    @Test
    void aSingleStepAndBadInputs() throws Exception {
        Figure f = Plots.trainingCurves(new TrainingHistory(List.of(new StepRecord(0, 0.5, 0.5, 1))), "one");
        assertThat(decode(f.png())).isNotNull();
        Dataset three = new Dataset("3d", new double[][] {{1, 2, 3}, {4, 5, 6}}, new int[] {0, 1}, new double[] {0, 1});
        assertThatThrownBy(() -> Plots.decisionBoundary(three, x -> 0, "t"))
                .hasMessage("a decision boundary needs 2 features, 3d has 3");
        assertThatThrownBy(() -> Plots.trainingCurves(new TrainingHistory(List.of()), "t")).hasMessageContaining("1 step");
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img).as("decoded PNG").isNotNull();
        return img;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isBluish(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int b = rgb & 0xff;
        return b > r + 20;
    }

    private static boolean isOrangish(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int b = rgb & 0xff;
        return r > b + 20;
    }
}
