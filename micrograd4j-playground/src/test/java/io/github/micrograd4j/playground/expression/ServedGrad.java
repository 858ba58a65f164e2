package io.github.micrograd4j.playground.expression;

import io.github.micrograd4j.playground.http.Limits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link GradService} for a test class, with the served playground's default limits: made before the class's
 * tests and closed after them ({@code @RegisterExtension static final ServedGrad GRAD = new ServedGrad();}).
 */
final class ServedGrad implements BeforeAllCallback, AfterAllCallback {
    private GradService service;

    @Override
    public void beforeAll(ExtensionContext context) {
        service = new GradService(Limits.defaults());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        service.close();
    }

    /**
     * {@code POST /api/grad}'s answer to a request body.
     *
     * @param body the request's JSON
     * @return the answer's JSON
     * @throws io.github.micrograd4j.playground.http.ApiException for a refused request, as the server answers it
     */
    String grad(String body) {
        return service.grad(GradRequest.parse(body.getBytes(StandardCharsets.UTF_8)));
    }
}
