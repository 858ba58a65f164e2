package io.github.micrograd4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.teavm.classlib.java.util.TStringJoiner;

/**
 * The browser build's {@code StringJoiner} (TeaVM lacks one) against the JDK's: seeded random sequences of
 * adds, empty values and merges give the same text and length.
 */
class StringJoinerSubstituteTest {
    private static final String[] PIECES = {"", ",", ", ", "a", "moons", "x1sq", " and ", "[", "]", null};

    @Test
    void behavesAsTheJdksJoinerOnRandomUse() {
        Random random = new Random(23);
        for (int trial = 0; trial < 2_000; trial++) {
            String delimiter = text(random, false);
            boolean framed = random.nextBoolean();
            String prefix = framed ? text(random, false) : "";
            String suffix = framed ? text(random, false) : "";
            StringJoiner jdk = framed ? new StringJoiner(delimiter, prefix, suffix) : new StringJoiner(delimiter);
            TStringJoiner ours = framed ? new TStringJoiner(delimiter, prefix, suffix) : new TStringJoiner(delimiter);
            StringJoiner jdkOther = new StringJoiner("|", "<", ">");
            TStringJoiner oursOther = new TStringJoiner("|", "<", ">");
            int ops = random.nextInt(6);
            for (int i = 0; i < ops; i++) {
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        String element = text(random, true);
                        jdk.add(element);
                        ours.add(element);
                    }
                    case 2 -> {
                        String empty = text(random, false);
                        jdk.setEmptyValue(empty);
                        ours.setEmptyValue(empty);
                    }
                    default -> {
                        if (random.nextBoolean()) {
                            String element = text(random, true);
                            jdkOther.add(element);
                            oursOther.add(element);
                        }
                        jdk.merge(jdkOther);
                        ours.merge(oursOther);
                    }
                }
                assertThat(ours.toString()).as("trial %d", trial).isEqualTo(jdk.toString());
                assertThat(ours.length()).as("trial %d", trial).isEqualTo(jdk.length());
            }
            assertThat(ours.toString()).as("trial %d", trial).isEqualTo(jdk.toString());
        }
    }

    @Test
    void mergingWithItselfRepeatsTheElements() {
        StringJoiner jdk = new StringJoiner(",").add("a").add("b");
        TStringJoiner ours = new TStringJoiner(",").add("a").add("b");
        assertThat(ours.merge(ours).toString()).isEqualTo(jdk.merge(jdk).toString()).isEqualTo("a,b,a,b");
    }

    private static String text(Random random, boolean nullable) {
        String s = PIECES[random.nextInt(PIECES.length)];
        return s == null && !nullable ? "" : s;
    }
}
