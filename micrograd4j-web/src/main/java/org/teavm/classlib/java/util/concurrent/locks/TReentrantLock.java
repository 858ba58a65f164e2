package org.teavm.classlib.java.util.concurrent.locks;

/**
 * {@code java.util.concurrent.locks.ReentrantLock} for TeaVM, whose class library lacks it (jackson-core's
 * name cache uses it). The browser runs the engine on one thread: a hold count is all a lock needs there.
 */
public class TReentrantLock {
    private int holds;

    /** An unlocked lock. */
    public TReentrantLock() {
    }

    /** Takes the lock. */
    public void lock() {
        holds++;
    }

    /**
     * Takes the lock: always possible on one thread.
     *
     * @return true
     */
    public boolean tryLock() {
        holds++;
        return true;
    }

    /** Releases the lock once. */
    public void unlock() {
        if (holds == 0) {
            throw new IllegalMonitorStateException("the lock is not held");
        }
        holds--;
    }
}
