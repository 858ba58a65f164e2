package io.github.micrograd4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.web.teavm.HostSubstitution;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TeaVM compiles each substitute wherever the original is used, so a substitute that lacks a method (or
 * has it with another signature) fails the browser build, or worse, only the call at run time. Each
 * substitute must declare every non-private method and constructor its original does, with the same
 * parameter and return types and the same static-ness.
 */
class SubstitutesTest {
    @ParameterizedTest
    @CsvSource({
        HostSubstitution.CORE_HOST + ".Host, " + HostSubstitution.WEB_HOST + ".Host",
        HostSubstitution.CORE_TAPE + ".TileWorkers, " + HostSubstitution.WEB_TAPE + ".TileWorkers",
    })
    void aSubstituteDeclaresWhatItsOriginalDeclares(String original, String substitute) throws Exception {
        assertThat(signatures(Class.forName(substitute))).isEqualTo(signatures(Class.forName(original)));
    }

    @ParameterizedTest
    @CsvSource({
        HostSubstitution.JACKSON_SCHUBFACH + ".DoubleToDecimal, " + HostSubstitution.WEB_JACKSON + ".DoubleToDecimal",
        HostSubstitution.JACKSON_SCHUBFACH + ".FloatToDecimal, " + HostSubstitution.WEB_JACKSON + ".FloatToDecimal",
    })
    void jacksonsWritersAreStoodInForWhereJacksonCallsThem(String original, String substitute) throws Exception {
        // jackson-core calls only toString(double) and toString(float) from outside these classes
        Set<String> used = signatures(Class.forName(substitute));
        assertThat(signatures(Class.forName(original))).containsAll(used);
        assertThat(used).anyMatch(s -> s.startsWith("static toString["));
    }

    /** The non-private methods and constructors, as {@code [static ]name(params)return}. */
    private static Set<String> signatures(Class<?> type) {
        Set<String> out = new TreeSet<>();
        List<Executable> all = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
        all.addAll(Arrays.asList(type.getDeclaredConstructors()));
        for (Executable e : all) {
            if (Modifier.isPrivate(e.getModifiers()) || e.isSynthetic()) {
                continue;
            }
            String returns = e instanceof java.lang.reflect.Method m ? m.getReturnType().getName() : "";
            String name = e instanceof Constructor<?> ? "<init>" : e.getName();
            out.add((Modifier.isStatic(e.getModifiers()) ? "static " : "") + name
                    + Arrays.toString(e.getParameterTypes()) + returns);
        }
        return out;
    }
}
