package org.lmlens.engine.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte scans of the inspection, eight bytes at a time: a training file of plain ASCII is scanned whole
 * (up to 16 MB) for its first other byte, and a byte-by-byte loop over Brown's 6 MB took longer than
 * reading it.
 */
final class AsciiScan {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private AsciiScan() {
    }

    /** The index of the first byte in {@code b[from, to)} that is not 0x01..0x7F (plain ASCII), or {@code to}. */
    static int firstNonPlainAscii(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONG.get(b, i);
            // A byte from 0x80, or a zero byte (exact whenever no byte is from 0x80).
            if (((w | ((w - ONES) & ~w)) & HIGHS) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            if (b[i] <= 0) {
                return i;
            }
        }
        return to;
    }

    /**
     * The number of bytes in {@code b[0, n)} of plain ASCII that are control characters no text holds:
     * below 0x20 except tab, line feed, carriage return, form feed, escape and 0x1A, and DEL.
     */
    static int badControls(byte[] b, int n) {
        int bad = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONG.get(b, i);
            long below = (w - 0x20 * ONES) & ~w & HIGHS; // exact for ASCII bytes (none from 0x80)
            long d = w ^ (0x7F * ONES);
            long del = (d - ONES) & ~d & HIGHS;
            if ((below | del) != 0) {
                for (int k = i; k < i + 8; k++) {
                    bad += isBadControl(b[k]) ? 1 : 0;
                }
            }
        }
        for (; i < n; i++) {
            bad += isBadControl(b[i]) ? 1 : 0;
        }
        return bad;
    }

    static boolean isBadControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1B || c == 0x1A) {
            return false;
        }
        return c >= 0 && c < 0x20 || c == 0x7F;
    }
}
