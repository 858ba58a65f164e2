package io.github.micrograd4j.cli.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The real {@link WriteStages}, except that one stage fails on its {@code nth} call (0-based): the
 * tests' way to make a write fail at any point without root or a special file system.
 */
class FailingWriteStages implements WriteStages {
    /** Where to fail. */
    enum Stage {
        CREATE_TEMP, OPEN, WRITE, FLUSH, FORCE, CLOSE, MOVE, ATOMIC_MOVE_UNSUPPORTED, COPY
    }

    private final Stage stage;
    private final int nth;
    private int calls;
    /** How many times the failure was injected; a test asserts it fired. */
    int fired;

    FailingWriteStages(Stage stage, int nth) {
        this.stage = stage;
        this.nth = nth;
    }

    private void maybeFail(Stage at) throws IOException {
        if (at == stage && calls++ == nth) {
            fired++;
            throw new IOException("injected failure at " + at);
        }
    }

    @Override
    public Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        maybeFail(Stage.CREATE_TEMP);
        return WriteStages.super.createTempFile(dir, prefix, suffix);
    }

    @Override
    public Sink open(Path file) throws IOException {
        maybeFail(Stage.OPEN);
        Sink real = WriteStages.super.open(file);
        OutputStream stream = new FilterOutputStream(real.stream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                maybeFail(Stage.WRITE);
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                maybeFail(Stage.WRITE);
                out.write(b);
            }

            @Override
            public void flush() throws IOException {
                maybeFail(Stage.FLUSH);
                out.flush();
            }
        };
        return new Sink() {
            @Override
            public OutputStream stream() {
                return stream;
            }

            @Override
            public void force() throws IOException {
                maybeFail(Stage.FORCE);
                real.force();
            }

            @Override
            public void close() throws IOException {
                real.close();
                maybeFail(Stage.CLOSE);
            }
        };
    }

    @Override
    public void move(Path from, Path to, CopyOption... options) throws IOException {
        if (stage == Stage.ATOMIC_MOVE_UNSUPPORTED
                && Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
            if (calls++ >= nth) {
                fired++;
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "injected");
            }
        } else {
            maybeFail(Stage.MOVE);
        }
        WriteStages.super.move(from, to, options);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        maybeFail(Stage.COPY);
        WriteStages.super.copy(from, to);
    }
}
