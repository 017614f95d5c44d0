package org.lmlens.engine.compact;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A read-only file mapped into memory in chunks of 1 GB, read at 64-bit positions: a {@link MappedByteBuffer}
 * holds at most 2 GB and Java 17 has no stable 64-bit mapping. Nothing is read when the file is opened; the
 * operating system pages in what lookups touch. Values of 4 and 8 bytes never straddle two chunks, because
 * the compact format aligns every array to 8 bytes and a chunk is a multiple of 8.
 */
final class MappedFile implements AutoCloseable {
    static final int CHUNK_BITS = 30;
    private static final long CHUNK = 1L << CHUNK_BITS;
    private final MappedByteBuffer[] chunks;
    private final long size;

    MappedFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            size = channel.size();
            int n = (int) ((size + CHUNK - 1) / CHUNK);
            chunks = new MappedByteBuffer[n];
            for (int i = 0; i < n; i++) {
                long start = i * CHUNK;
                chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(CHUNK, size - start));
                chunks[i].order(ByteOrder.LITTLE_ENDIAN);
            }
        }
    }

    long size() {
        return size;
    }

    int getInt(long pos) {
        return chunks[(int) (pos >>> CHUNK_BITS)].getInt((int) (pos & (CHUNK - 1)));
    }

    long getLong(long pos) {
        return chunks[(int) (pos >>> CHUNK_BITS)].getLong((int) (pos & (CHUNK - 1)));
    }

    float getFloat(long pos) {
        return chunks[(int) (pos >>> CHUNK_BITS)].getFloat((int) (pos & (CHUNK - 1)));
    }

    /** {@code length} bytes from {@code pos}, which may cross a chunk boundary. */
    byte[] bytes(long pos, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; ) {
            long p = pos + i;
            MappedByteBuffer chunk = chunks[(int) (p >>> CHUNK_BITS)];
            int offset = (int) (p & (CHUNK - 1));
            int n = Math.min(length - i, chunk.limit() - offset);
            chunk.get(offset, out, i, n);
            i += n;
        }
        return out;
    }

    @Override
    public void close() {
        // The mappings are released when the buffers are collected (Java 17 has no explicit unmap).
    }
}
