/** JDK classes TeaVM's class library lacks and micrograd4j's browser build needs (for jackson-core), single-threaded as the browser runs them. */
package org.teavm.classlib.java.util.concurrent.atomic;
