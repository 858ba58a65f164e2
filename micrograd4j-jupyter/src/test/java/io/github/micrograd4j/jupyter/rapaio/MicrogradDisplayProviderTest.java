package io.github.micrograd4j.jupyter.rapaio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.jupyter.MimeBundle;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

class MicrogradDisplayProviderTest {
    @Test
    void theKernelsServiceLoaderFindsTheProviderAndItRendersAValue() {
        // as the kernel's DisplaySystem loads providers
        List<DisplayProvider> providers = ServiceLoader.load(DisplayProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertThat(providers).hasAtLeastOneElementOfType(MicrogradDisplayProvider.class);

        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        DisplayRenderer renderer = new MicrogradDisplayProvider().getDisplayRenderers().stream()
                .filter(r -> r.rendererClass().isAssignableFrom(w.L().getClass())).findFirst().orElseThrow();
        assertThat(renderer.canRender(null)).isTrue();
        assertThat(renderer.canRender("image/png")).isFalse();
        DisplayData data = renderer.render(null, w.L());
        assertThat((String) data.data().get(MimeBundle.SVG)).contains("grad 6.0000");
        assertThat(data.data().get(MimeBundle.TEXT)).isEqualTo(w.L().toString());
    }
}
