package io.github.micrograd4j.jupyter.rapaio;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.jupyter.Displays;
import io.github.micrograd4j.jupyter.GradCell;
import io.github.micrograd4j.jupyter.TrainingRun;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.TrainingHistory;
import io.github.micrograd4j.viz.BackpropPictures;
import java.util.List;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/**
 * rapaio-jupyter-kernel's entry point into micrograd4j, found by {@link java.util.ServiceLoader}: a
 * {@link Value} as the last expression of a cell shows its graph, {@link BackpropPictures} the
 * step-through, a {@link GradientCheckReport} a table, a {@link TrainingHistory} its curves, an
 * {@link Objective} its decision boundary, a {@link TrainingRun} both plots and a {@link GradCell} its graph
 * and table: every type of {@link Displays#types()}, each by its own renderer.
 */
public final class MicrogradDisplayProvider implements DisplayProvider {
    /** Created by the kernel's service loader. */
    public MicrogradDisplayProvider() {
    }

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return Displays.types().keySet().stream().<DisplayRenderer>map(BundleRenderer::new).toList();
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of();
    }
}
