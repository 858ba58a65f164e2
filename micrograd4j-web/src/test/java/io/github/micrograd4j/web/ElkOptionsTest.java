package io.github.micrograd4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.viz.layout.LayeredLayout;
import org.junit.jupiter.api.Test;

/** The browser lays graphs out with the options {@code grad --svg} uses, option for option (ELK keeps them in a hash map: their order means nothing). */
class ElkOptionsTest {
    @Test
    void theBrowsersOptionsAreLayeredLayouts() {
        assertThat(ElkGraphs.ROOT_OPTIONS).containsExactlyInAnyOrderEntriesOf(LayeredLayout.options());
    }
}
