package io.github.micrograd4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.viz.scene.Arrow;
import io.github.micrograd4j.viz.scene.Caption;
import io.github.micrograd4j.viz.scene.Cell;
import io.github.micrograd4j.viz.scene.OpEllipse;
import io.github.micrograd4j.viz.scene.RecordBox;
import io.github.micrograd4j.viz.scene.Scene;
import io.github.micrograd4j.viz.scene.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BackpropPicturesTest {

    /** The walkthrough's gradients, as the walkthrough computes them by hand. */
    private static final Map<String, String> WALKTHROUGH_GRADS = Map.of("a", "grad 6.0000", "b", "grad -4.0000",
            "c", "grad -2.0000", "e", "grad -2.0000", "d", "grad -2.0000", "f", "grad 4.0000", "L", "grad 1.0000");
    private static final Map<String, String> WALKTHROUGH_DATA = Map.of("a", "data 2.0000", "b", "data -3.0000",
            "c", "data 10.0000", "e", "data -6.0000", "d", "data 4.0000", "f", "data -2.0000", "L", "data -8.0000");

    private static BackpropPictures walkthrough() {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        return BackpropPictures.of(w.L());
    }

    private static List<RecordBox> boxes(Scene scene) {
        return scene.shapes().stream().filter(RecordBox.class::isInstance).map(RecordBox.class::cast).toList();
    }

    private static Map<String, RecordBox> boxesByLabel(Scene scene) {
        Map<String, RecordBox> byLabel = new LinkedHashMap<>();
        for (RecordBox box : boxes(scene)) {
            byLabel.put(cell(box, "label"), box);
        }
        return byLabel;
    }

    private static String cell(RecordBox box, String role) {
        return box.cells().stream().filter(c -> c.role().equals(role)).map(Cell::text).findFirst().orElseThrow();
    }

    private static <T extends Shape> List<T> all(Scene scene, Class<T> type) {
        return scene.shapes().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A leaf the caller calls a constant is drawn apart from the inputs: its own kind and colours. */
    @Test
    void constantsAreDrawnApartFromInputs() {
        io.github.micrograd4j.core.Value x = new io.github.micrograd4j.core.Value(0.5, "x");
        io.github.micrograd4j.core.Value two = new io.github.micrograd4j.core.Value(2.0);
        io.github.micrograd4j.core.Value out = x.cos().div(two).label("L");
        Scene told = BackpropPictures.of(out, io.github.micrograd4j.core.text.Language.EN, v -> v == two).graph();
        RecordBox input = boxesByLabel(told).get("x");
        RecordBox constant = boxes(told).stream().filter(b -> cell(b, "data").equals("data 2.0000")).findFirst()
                .orElseThrow();
        assertThat(input.kinds()).isEqualTo("value leaf");
        assertThat(input.style()).isEqualTo(Palette.LEAF);
        assertThat(constant.kinds()).isEqualTo("value constant");
        assertThat(constant.style()).isEqualTo(Palette.CONSTANT);
        RecordBox untold = boxes(BackpropPictures.of(out).graph()).stream()
                .filter(b -> cell(b, "data").equals("data 2.0000")).findFirst().orElseThrow();
        assertThat(untold.kinds()).as("without the caller's word, a leaf is an input").isEqualTo("value leaf");
    }

    @Test
    void theWalkthroughGraphHasDrawDotsBoxesOpsAndEdges() {
        Scene scene = walkthrough().graph();

        Map<String, RecordBox> boxes = boxesByLabel(scene);
        assertThat(boxes).containsOnlyKeys("a", "b", "c", "d", "e", "f", "L");
        for (RecordBox box : boxes.values()) {
            String label = cell(box, "label");
            assertThat(box.cells()).extracting(Cell::role).containsExactly("label", "data", "grad");
            assertThat(cell(box, "data")).isEqualTo(WALKTHROUGH_DATA.get(label));
            assertThat(cell(box, "grad")).isEqualTo(WALKTHROUGH_GRADS.get(label));
        }
        assertThat(all(scene, OpEllipse.class)).extracting(OpEllipse::text).containsExactlyInAnyOrder("*", "+", "*");
        // e = a*b, d = e+c, L = d*f: 3 op -> value edges and 6 operand -> op edges
        assertThat(all(scene, Arrow.class)).hasSize(9);
        assertThat(all(scene, Caption.class)).isEmpty();
    }

    @Test
    void leavesTheOutputAndNothingElseAreMarked() {
        Scene scene = walkthrough().graph();
        Map<String, RecordBox> boxes = boxesByLabel(scene);
        for (String leaf : List.of("a", "b", "c", "f")) {
            assertThat(boxes.get(leaf).kinds()).isEqualTo("value leaf");
            assertThat(boxes.get(leaf).style()).isEqualTo(Palette.LEAF);
        }
        for (String inner : List.of("e", "d")) {
            assertThat(boxes.get(inner).kinds()).isEqualTo("value");
            assertThat(boxes.get(inner).style()).isEqualTo(Palette.VALUE);
        }
        assertThat(boxes.get("L").kinds()).isEqualTo("value output");
        assertThat(boxes.get("L").style()).isEqualTo(Palette.OUTPUT);
        assertThat(List.of(Palette.LEAF, Palette.OUTPUT, Palette.CURRENT, Palette.VALUE))
                .extracting(s -> s.fill()).doesNotHaveDuplicates();
    }

    @Test
    void theLayoutRunsLeftToRightWithOpsBetweenOperandsAndResult() {
        Scene scene = walkthrough().graph();
        Map<String, RecordBox> boxes = boxesByLabel(scene);
        Map<String, OpEllipse> ops = all(scene, OpEllipse.class).stream()
                .collect(Collectors.toMap(OpEllipse::id, o -> o));
        // ids are topological positions: a0 b1 e2 c3 d4 f5 L6
        assertBetween(ops.get("v2-op"), List.of(boxes.get("a"), boxes.get("b")), boxes.get("e"));
        assertBetween(ops.get("v4-op"), List.of(boxes.get("e"), boxes.get("c")), boxes.get("d"));
        assertBetween(ops.get("v6-op"), List.of(boxes.get("d"), boxes.get("f")), boxes.get("L"));
        for (Arrow arrow : all(scene, Arrow.class)) {
            assertThat(arrow.head().get(0).x()).as("edges point right").isGreaterThan(arrow.line().get(0).x());
        }
        List<RecordBox> all = boxes(scene);
        for (int i = 0; i < all.size(); i++) {
            RecordBox p = all.get(i);
            assertThat(p.x()).isGreaterThanOrEqualTo(0);
            assertThat(p.y()).isGreaterThanOrEqualTo(0);
            assertThat(p.x() + p.width()).isLessThanOrEqualTo(scene.width());
            assertThat(p.y() + p.height()).isLessThanOrEqualTo(scene.height());
            for (int j = i + 1; j < all.size(); j++) {
                RecordBox q = all.get(j);
                boolean apart = p.x() + p.width() <= q.x() || q.x() + q.width() <= p.x()
                        || p.y() + p.height() <= q.y() || q.y() + q.height() <= p.y();
                assertThat(apart).as("%s and %s do not overlap", p.id(), q.id()).isTrue();
            }
        }
    }

    private static void assertBetween(OpEllipse op, List<RecordBox> operands, RecordBox result) {
        for (RecordBox operand : operands) {
            assertThat(op.cx() - op.rx()).isGreaterThan(operand.x() + operand.width());
        }
        assertThat(op.cx() + op.rx()).isLessThan(result.x());
    }

    @Test
    void cellsAreWideEnoughForTheirText() {
        for (RecordBox box : boxes(walkthrough().graph())) {
            double sum = 0;
            for (Cell cell : box.cells()) {
                assertThat(cell.width()).isGreaterThan(cell.text().length() * 0.6 * BackpropPictures.FONT_SIZE);
                sum += cell.width();
            }
            assertThat(box.width()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void aStepHighlightsItsNodeAndBlanksGradsNotYetKnown() {
        BackpropPictures pictures = walkthrough();
        int cStep = -1;
        for (int i = 0; i < pictures.steps().size(); i++) {
            if (pictures.steps().get(i).name().equals("c")) {
                cStep = i;
            }
        }
        Scene scene = pictures.step(cStep);
        Map<String, RecordBox> boxes = boxesByLabel(scene);
        assertThat(boxes.get("c").kinds()).contains("current");
        assertThat(boxes.get("c").style()).isEqualTo(Palette.CURRENT);
        assertThat(cell(boxes.get("c"), "grad")).isEqualTo("grad -2.0000");
        assertThat(boxes.values().stream().filter(b -> b.kinds().contains("current"))).hasSize(1);
        // backprop fills the output first and the inputs a, b (upstream of e) only after c
        assertThat(cell(boxes.get("L"), "grad")).isEqualTo("grad 1.0000");
        assertThat(cell(boxes.get("d"), "grad")).isEqualTo("grad -2.0000");
        assertThat(cell(boxes.get("a"), "grad")).isEqualTo("grad ");
        assertThat(cell(boxes.get("b"), "grad")).isEqualTo("grad ");
        List<String> captions = all(scene, Caption.class).stream().map(Caption::text).toList();
        assertThat(captions.get(0)).contains("step " + (cStep + 1) + " of 7")
                .contains("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        assertThat(captions.get(1)).contains("dd/dc = 1");
    }

    @Test
    void stepsFillInGradsOneAtATimeAndTheLastShowsThemAll() {
        BackpropPictures pictures = walkthrough();
        int n = pictures.steps().size();
        assertThat(n).isEqualTo(7);
        for (int i = 0; i < n; i++) {
            long known = boxes(pictures.step(i)).stream().filter(b -> !cell(b, "grad").equals("grad ")).count();
            assertThat(known).isEqualTo(i + 1);
        }
        Map<String, RecordBox> last = boxesByLabel(pictures.step(n - 1));
        for (Map.Entry<String, String> grad : WALKTHROUGH_GRADS.entrySet()) {
            assertThat(cell(last.get(grad.getKey()), "grad")).isEqualTo(grad.getValue());
        }
        assertThatThrownBy(() -> pictures.step(n)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void stepsUseTheExplainersGradsNotTheOnesHeldByTheNodes() {
        WalkthroughExample w = WalkthroughExample.build(); // no backward(): every held grad is 0
        BackpropPictures pictures = BackpropPictures.of(w.L());
        assertThat(cell(boxesByLabel(pictures.graph()).get("a"), "grad")).isEqualTo("grad 0.0000");
        assertThat(cell(boxesByLabel(pictures.step(6)).get("a"), "grad")).isEqualTo("grad 6.0000");
    }

    @Test
    void theSameGraphGivesTheSameScene() {
        assertThat(walkthrough().graph()).isEqualTo(walkthrough().graph());
        assertThat(walkthrough().step(3)).isEqualTo(walkthrough().step(3));
    }

    @Test
    void unlabelledValuesAreNamedByTheirIdLikeInTheChainRuleText() {
        Value x = new Value(3.0, "x");
        Value y = x.mul(x).add(1.0).tanh().label("y");
        BackpropPictures pictures = BackpropPictures.of(y);
        List<String> labels = boxes(pictures.graph()).stream().map(b -> cell(b, "label")).toList();
        assertThat(labels).contains("x", "y", "v1");
        assertThat(pictures.steps()).extracting(s -> s.name()).containsExactlyInAnyOrderElementsOf(labels);
    }

    @Test
    void aValueUsedTwiceShowsTheSumOfItsContributions() {
        Value x = new Value(3.0, "x");
        Value y = x.mul(x).label("y"); // dy/dx = x + x = 6
        BackpropPictures pictures = BackpropPictures.of(y);
        Scene last = pictures.step(1);
        assertThat(all(last, Caption.class).get(0).text())
                .contains("dy/dx = dy/dy * dy/dx + dy/dy * dy/dx = (1.0000 * 3.0000) + (1.0000 * 3.0000) = 6.0000");
        assertThat(cell(boxesByLabel(last).get("x"), "grad")).isEqualTo("grad 6.0000");
        // one edge per operand, both from x into the op
        assertThat(all(last, Arrow.class)).hasSize(3);
    }

    @Test
    void aGraphOverTheLimitIsRefusedWithItsSize() {
        Value v = new Value(0.1, "x");
        for (int i = 0; i < BackpropPictures.MAX_VALUES; i++) {
            v = v.tanh();
        }
        Value tooBig = v;
        assertThatThrownBy(() -> BackpropPictures.of(tooBig)).isInstanceOf(GraphTooLargeException.class)
                .hasMessageContaining(Integer.toString(BackpropPictures.MAX_VALUES + 1))
                .satisfies(e -> assertThat(((GraphTooLargeException) e).values()).isEqualTo(2001))
                .satisfies(e -> assertThat(((GraphTooLargeException) e).tooManyCrossings()).isFalse());
    }

    // a bound, not a measurement: without the guard this layout ran for minutes
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSharedInputChainIsRefusedForItsLayerCrossingsBeforeAnyLayout() {
        // 1,000 values, well under MAX_VALUES, but a feeds every product: laying it out took minutes, so
        // this test would time out if the guard let it through to ELK
        Value a = new Value(1.0001, "a");
        Value v = a.mul(a);
        for (int i = 2; i < 1000; i++) {
            v = v.mul(a);
        }
        Value chain = v;
        assertThatThrownBy(() -> BackpropPictures.of(chain)).isInstanceOf(GraphTooLargeException.class)
                .hasMessageContaining("1000 values").hasMessageContaining("997002 layer crossings")
                .hasMessageContaining(Long.toString(BackpropPictures.MAX_LAYER_CROSSINGS))
                .satisfies(e -> {
                    GraphTooLargeException large = (GraphTooLargeException) e;
                    assertThat(large.tooManyCrossings()).isTrue();
                    assertThat(large.values()).isEqualTo(1000);
                    assertThat(large.layerCrossings()).isEqualTo(997_002L);
                });
    }

    @Test
    void idOfRejectsAValueFromAnotherGraph() {
        assertThatThrownBy(() -> walkthrough().idOf(new Value(1.0, "stranger")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger");
    }
}
