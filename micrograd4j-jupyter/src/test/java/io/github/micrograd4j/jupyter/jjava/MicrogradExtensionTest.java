package io.github.micrograd4j.jupyter.jjava;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.viz.BackpropPictures;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

class MicrogradExtensionTest {
    @Test
    void jjavasRendererShowsAValueAsItsGraphAndTheStepsAsHtml() {
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type))
                .contains(MicrogradExtension.class);
        Renderer renderer = new Renderer();
        MicrogradExtension.register(renderer);
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();

        DisplayData value = renderer.render(w.L());
        assertThat((String) value.getData(MIMEType.IMAGE_SVG)).contains("grad 6.0000");
        assertThat(value.getData(MIMEType.TEXT_PLAIN)).isEqualTo(w.L().toString());

        DisplayData steps = renderer.render(BackpropPictures.of(w.L()));
        assertThat((String) steps.getData(MIMEType.TEXT_HTML)).startsWith("<iframe");
    }

    @Test
    void aGraphOverTheLimitIsTextOnly() {
        Value v = new Value(1.0, "x");
        for (int i = 0; i < 1100; i++) {
            v = v.add(1.0);
        }
        DisplayData shown = new Renderer() {
            {
                MicrogradExtension.register(this);
            }
        }.render(v);
        assertThat(shown.hasDataForType(MIMEType.IMAGE_SVG)).isFalse();
        assertThat((String) shown.getData(MIMEType.TEXT_PLAIN)).startsWith("error: the graph has 2201 values");
    }
}
