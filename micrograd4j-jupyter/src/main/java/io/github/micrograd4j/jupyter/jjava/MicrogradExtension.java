package io.github.micrograd4j.jupyter.jjava;

import io.github.micrograd4j.jupyter.Displays;
import io.github.micrograd4j.jupyter.MimeBundle;
import java.util.Map;
import java.util.Objects;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * JJava's entry point into micrograd4j: the same displays as for rapaio's kernel ({@link Displays}), each
 * type preferring its rich form and supporting its text form.
 */
public final class MicrogradExtension implements Extension {
    /** Created by the kernel's service loader. */
    public MicrogradExtension() {
    }

    @Override
    public void install(BaseKernel kernel) {
        register(kernel.getRenderer());
    }

    /**
     * Adds micrograd4j's renderers to a JJava renderer.
     *
     * @param renderer the kernel's renderer
     */
    public static void register(Renderer renderer) {
        Objects.requireNonNull(renderer, "renderer");
        for (Map.Entry<Class<?>, String> type : Displays.types().entrySet()) {
            renderer.createRegistration(type.getKey()).preferring(type.getValue())
                    .supporting(MimeBundle.TEXT, type.getValue()).register(MicrogradExtension::render);
        }
    }

    private static void render(Object o, RenderContext context) {
        MimeBundle bundle = Displays.of(o).orElseGet(() -> MimeBundle.text(String.valueOf(o)));
        // a refused picture has text only: the rich type asked for is then simply not filled in
        for (Map.Entry<String, String> form : bundle.data().entrySet()) {
            context.renderIfRequested(MIMEType.parse(form.getKey()), form::getValue);
        }
    }
}
