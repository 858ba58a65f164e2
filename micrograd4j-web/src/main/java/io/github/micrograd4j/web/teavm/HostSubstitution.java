package io.github.micrograd4j.web.teavm;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM which classes the browser gets its own version of, each of the same name in a package
 * of this module:
 * <ul>
 *   <li>core's seam to the JVM, {@code io.github.micrograd4j.core.host.Host}: anomaly mode's switch
 *       without method handles, no stack walking, one thread;</li>
 *   <li>the compiled tape's worker threads, {@code core.tape.TileWorkers}: never started in the browser,
 *       so their atomics and parking are not compiled;</li>
 *   <li>jackson-core's fast double writer, which micrograd4j never turns on.</li>
 * </ul>
 * Read by TeaVM at build time only (a service of {@code SubstitutionPolicy}).
 */
public final class HostSubstitution extends SimpleSubstitutionPolicy {
    /** The package of core's seam. */
    public static final String CORE_HOST = "io.github.micrograd4j.core.host";
    /** The package of this module's answer to it. */
    public static final String WEB_HOST = "io.github.micrograd4j.web.host";
    /** The compiled tape's package. */
    public static final String CORE_TAPE = "io.github.micrograd4j.core.tape";
    /** The package of the browser's tile runner. */
    public static final String WEB_TAPE = "io.github.micrograd4j.web.host.tape";
    /** jackson-core's shortest-digits writers. */
    public static final String JACKSON_SCHUBFACH = "com.fasterxml.jackson.core.io.schubfach";
    /** The package of their stand-ins. */
    public static final String WEB_JACKSON = "io.github.micrograd4j.web.host.jackson";

    /** For TeaVM's service loader. */
    public HostSubstitution() {
    }

    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(inPackage(CORE_HOST)).replacePackage(CORE_HOST, WEB_HOST);
        sink.selectClasses(named(CORE_TAPE + ".TileWorkers")).replacePackage(CORE_TAPE, WEB_TAPE);
        sink.selectClasses(named(JACKSON_SCHUBFACH + ".DoubleToDecimal").or(named(JACKSON_SCHUBFACH + ".FloatToDecimal")))
                .replacePackage(JACKSON_SCHUBFACH, WEB_JACKSON);
    }
}
