package io.github.micrograd4j.viz.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class PlotsTest {

    @Test
    void theDecisionBoundaryDecodesAsPngAndSvgAndShowsBothRegions() throws Exception {
        // 40 points spread over both halves of [0, 1] x [0, 1], coloured by a rule of their own
        Random rnd = new Random(1);
        double[][] xy = new double[40][];
        int[] classes = new int[40];
        for (int i = 0; i < 40; i++) {
            xy[i] = new double[] {rnd.nextDouble(), rnd.nextDouble()};
            classes[i] = xy[i][1] > 0.5 ? 1 : 0;
        }
        Plots.Points moons = new Plots.Points("points", xy, classes, new double[] {0, 1});
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
        double[] loss = new double[50];
        double[] accuracy = new double[50];
        for (int k = 0; k < 50; k++) {
            loss[k] = 1.0 / (k + 1);
            accuracy[k] = Math.min(1, 0.5 + k / 50.0);
        }
        Figure f = Plots.trainingCurves(loss, accuracy, "curves");
        BufferedImage png = decode(f.png());
        assertThat(png.getWidth()).isEqualTo(960);
        Document svg = parse(f.svg());
        assertThat(svg.getElementsByTagName("polyline").getLength()).isGreaterThanOrEqualTo(2);
        assertThat(f.svg()).contains("final loss 0.02000, final accuracy 100.0%");
    }

    @Test
    void aSingleStepAndBadInputs() throws Exception {
        Figure f = Plots.trainingCurves(new double[] {0.5}, new double[] {0.5}, "one");
        assertThat(decode(f.png())).isNotNull();
        Plots.Points three = new Plots.Points("3d", new double[][] {{1, 2, 3}, {4, 5, 6}}, new int[] {0, 1},
                new double[] {0, 1});
        assertThatThrownBy(() -> Plots.decisionBoundary(three, x -> 0, "t"))
                .hasMessage("a decision boundary needs 2 features, 3d has 3");
        assertThatThrownBy(() -> Plots.trainingCurves(new double[0], new double[0], "t")).hasMessageContaining("1 step");
        assertThatThrownBy(() -> Plots.trainingCurves(new double[2], new double[1], "t"))
                .hasMessage("expected 2 accuracies, one per step, got 1");
        assertThatThrownBy(() -> new Plots.Points("p", new double[2][2], new int[1], new double[1]))
                .hasMessage("expected 2 classes, one per point, got 1");
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
