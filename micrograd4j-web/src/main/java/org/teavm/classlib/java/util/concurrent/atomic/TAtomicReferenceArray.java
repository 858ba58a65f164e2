package org.teavm.classlib.java.util.concurrent.atomic;

/**
 * {@code java.util.concurrent.atomic.AtomicReferenceArray} for TeaVM, whose class library lacks it
 * (jackson-core's buffer recycler uses it). The browser runs the engine on one thread, so a plain array
 * is atomic.
 *
 * @param <E> the element type
 */
public class TAtomicReferenceArray<E> {
    private final Object[] array;

    /**
     * An array of nulls.
     *
     * @param length its length
     */
    public TAtomicReferenceArray(int length) {
        array = new Object[length];
    }

    /**
     * The length.
     *
     * @return it
     */
    public final int length() {
        return array.length;
    }

    /**
     * An element.
     *
     * @param i its index
     * @return it
     */
    @SuppressWarnings("unchecked")
    public final E get(int i) {
        return (E) array[i];
    }

    /**
     * Sets an element.
     *
     * @param i its index
     * @param value the new value
     */
    public final void set(int i, E value) {
        array[i] = value;
    }

    /**
     * Sets an element and answers the old one.
     *
     * @param i its index
     * @param value the new value
     * @return the old value
     */
    public final E getAndSet(int i, E value) {
        E old = get(i);
        array[i] = value;
        return old;
    }

    /**
     * Sets an element if it is the expected one.
     *
     * @param i its index
     * @param expected the value it must hold
     * @param value the new value
     * @return whether it was set
     */
    public final boolean compareAndSet(int i, E expected, E value) {
        if (array[i] != expected) {
            return false;
        }
        array[i] = value;
        return true;
    }
}
