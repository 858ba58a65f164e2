package io.github.micrograd4j.nn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

    private static ModelJson.SavedModel sample() {
        MLP m = new MLP(2, List.of(5, 1, 3), List.of(Activation.TANH, Activation.RELU, Activation.LINEAR),
                new Random(77));
        return new ModelJson.SavedModel(m, ClassificationLoss.SOFTMAX_CROSS_ENTROPY, new double[] {-1, 0, 7});
    }

    /** A model on features records them (version 2) and makes them from a point's two coordinates. */
    @Test
    void aModelOnFeaturesKeepsThemAndMakesThemFromThePoint() {
        List<io.github.micrograd4j.nn.Feature> fs = io.github.micrograd4j.nn.Feature.parseList("x1sq,x2,sinx1");
        MLP m = new MLP(3, List.of(4, 1), List.of(Activation.TANH, Activation.LINEAR), new Random(8));
        ModelJson.SavedModel saved = new ModelJson.SavedModel(m, ClassificationLoss.MAX_MARGIN, new double[] {-1, 1}, fs);
        String json = ModelJson.write(saved);
        assertThat(json).contains("\"version\": 2").contains("\"features\": \"x1sq,x2,sinx1\"");
        ModelJson.SavedModel loaded = ModelJson.read(json);
        assertThat(loaded.features()).isEqualTo(fs);
        assertThat(loaded.pointSize()).isEqualTo(2);
        double[] p = {0.7, -1.3};
        assertThat(loaded.outputs(p)).containsExactly(m.predict(0.7 * 0.7, -1.3, io.github.micrograd4j.nn.Feature.SIN_X1.of(0.7, -1.3)));
        assertThat(ModelJson.write(loaded)).isEqualTo(json);
        assertThat(ModelJson.write(sample())).contains("\"version\": 1").doesNotContain("features");
        assertThatThrownBy(() -> ModelJson.read(json.replace("\"version\": 2", "\"version\": 1")))
                .hasMessageContaining("a version 1 model has no features");
        assertThatThrownBy(() -> new ModelJson.SavedModel(m, ClassificationLoss.MAX_MARGIN, new double[] {-1, 1},
                List.of(io.github.micrograd4j.nn.Feature.X1))).hasMessageContaining("the model takes 3 inputs");
    }

    @Test
    void aSavedModelLoadsBackWithTheSameWeightsAndOutputs() {
        ModelJson.SavedModel saved = sample();
        String json = ModelJson.write(saved);
        ModelJson.SavedModel loaded = ModelJson.read(json);
        assertThat(loaded.model().parameterData()).containsExactly(saved.model().parameterData());
        assertThat(loaded.model().sizes()).isEqualTo(saved.model().sizes());
        assertThat(loaded.model().activations()).isEqualTo(saved.model().activations());
        assertThat(loaded.loss()).isEqualTo(ClassificationLoss.SOFTMAX_CROSS_ENTROPY);
        assertThat(loaded.labels()).containsExactly(-1, 0, 7);
        Random r = new Random(3);
        for (int i = 0; i < 50; i++) {
            double[] x = {r.nextGaussian(), r.nextGaussian()};
            assertThat(loaded.model().predict(x)).containsExactly(saved.model().predict(x));
            assertThat(loaded.predictLabel(x)).isEqualTo(saved.predictLabel(x));
        }
        assertThat(ModelJson.write(loaded)).isEqualTo(json);
    }

    @Test
    void aTruncatedFileSaysSo() {
        String json = ModelJson.write(sample());
        for (int cut : new int[] {1, json.length() / 3, json.length() / 2, json.length() - 3}) {
            assertThatThrownBy(() -> ModelJson.read(json.substring(0, cut)))
                    .as("cut at %d", cut)
                    .isInstanceOf(JsonFormatException.class)
                    .hasMessageContaining("truncated");
        }
    }

    @Test
    void corruptContentIsNamed() {
        String json = ModelJson.write(sample());
        assertThatThrownBy(() -> ModelJson.read("{\"X\": []}")).hasMessageStartingWith("not a micrograd4j model");
        assertThatThrownBy(() -> ModelJson.read(json.replace("\"version\": 1", "\"version\": 9")))
                .hasMessageContaining("version 9 is not supported");
        assertThatThrownBy(() -> ModelJson.read(json.replace("\"tanh\"", "\"swish\"")))
                .hasMessageStartingWith("layers[0].activation: unknown activation 'swish'");
        assertThatThrownBy(() -> ModelJson.read(json.replaceFirst("\"w\": \\[", "\"w\": [0.5, ")))
                .hasMessage("layers[0].neurons[0].w: expected 2 weights (the model's inputs), got 3");
        assertThatThrownBy(() -> ModelJson.read(json.replaceFirst("\"b\": ", "\"b\": \"x\", \"c\": ")))
                .hasMessage("layers[0].neurons[0].b: expected a number, got the string \"x\"");
        assertThatThrownBy(() -> ModelJson.read(json.replace("\"labels\": [-1.0, 0.0, 7.0]", "\"labels\": [0.0, 1.0]")))
                .hasMessageContaining("needs 2 outputs, the model has 3");
        assertThatThrownBy(() -> ModelJson.read(json.replace("\"b\": 0.0", "\"b\": 0.0x")))
                .isInstanceOf(JsonFormatException.class).hasMessageStartingWith("line ");
    }

    @Test
    void theReferenceFormatIsRecognised() {
        assertThat(ReferenceRun.looksLikeReference("{\"X\": [], \"init_params\": []}")).isTrue();
        assertThat(ReferenceRun.looksLikeReference(ModelJson.write(sample()))).isFalse();
        assertThat(ReferenceRun.looksLikeReference("{broken")).isFalse();
        assertThatThrownBy(() -> ReferenceRun.parse("{\"X\": [[1, 2]], \"y\": [0], \"init_params\": []}"))
                .hasMessage("y[0]: expected -1 or 1, got 0.0");
    }
}
