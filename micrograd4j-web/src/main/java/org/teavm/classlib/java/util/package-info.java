/** JDK classes TeaVM's class library lacks and micrograd4j's browser build needs (for nn's settings table). */
package org.teavm.classlib.java.util;
