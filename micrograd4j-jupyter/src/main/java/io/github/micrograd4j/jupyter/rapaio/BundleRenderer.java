package io.github.micrograd4j.jupyter.rapaio;

import io.github.micrograd4j.jupyter.Displays;
import io.github.micrograd4j.jupyter.MimeBundle;
import java.util.Map;
import java.util.Objects;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;

/**
 * Renders one of micrograd4j's types through {@link Displays}: the kernel asks the first renderer whose
 * class fits the object, so one instance per type is registered.
 */
final class BundleRenderer implements DisplayRenderer {
    private final Class<?> type;

    /**
     * A renderer for {@code type}.
     *
     * @param type a type {@link Displays#of} knows
     */
    BundleRenderer(Class<?> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public Class<?> rendererClass() {
        return type;
    }

    @Override
    public boolean canRender(String mime) {
        // the kernel passes null or "" for "whatever suits the object"; a bundle always has text, so an
        // explicit request for text (or for the rich type) is served too
        return mime == null || mime.isBlank() || mime.equals(MimeBundle.TEXT) || mime.equals(MimeBundle.HTML)
                || mime.equals(MimeBundle.SVG);
    }

    @Override
    public DisplayData render(String mime, Object o) {
        MimeBundle bundle = Displays.of(o).orElseGet(() -> MimeBundle.text(String.valueOf(o)));
        return toDisplayData(bundle);
    }

    /**
     * The kernel's form of a bundle.
     *
     * @param bundle the display
     * @return the same content as the kernel's display data
     */
    static DisplayData toDisplayData(MimeBundle bundle) {
        DisplayData data = DisplayData.fromText(bundle.text());
        for (Map.Entry<String, String> e : bundle.data().entrySet()) {
            if (!e.getKey().equals(MimeBundle.TEXT)) {
                data.putData(e.getKey(), e.getValue());
            }
        }
        return data;
    }
}
