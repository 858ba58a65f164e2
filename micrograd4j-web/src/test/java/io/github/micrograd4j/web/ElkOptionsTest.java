package io.github.micrograd4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.viz.layout.LayeredLayout;
import org.junit.jupiter.api.Test;

/** The browser lays graphs out with the options {@code grad --svg} uses, option for option. */
class ElkOptionsTest {
    @Test
    void theBrowsersOptionsAreLayeredLayouts() {
        assertThat(ElkGraphs.ROOT_OPTIONS).containsExactlyEntriesOf(LayeredLayout.options());
    }
}
