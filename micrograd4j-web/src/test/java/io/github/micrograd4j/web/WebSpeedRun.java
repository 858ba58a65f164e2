package io.github.micrograd4j.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link WebSpeed} inside the build, where the site, the served playground and the browser are all on
 * the class path: {@code docs/web-speed.sh} asks for it with {@code -Dit.test=WebSpeedRun -Dweb.speed=true}.
 * Measures and prints; asserts nothing, and is off in every other build.
 */
@EnabledIfSystemProperty(named = "web.speed", matches = "true")
class WebSpeedRun {
    @Test
    void measure() throws Exception {
        WebSpeed.main(System.getProperty("web.speed.args", "3000 3").trim().split("\\s+"));
    }
}
