package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The eight-bytes-at-a-time scans give what a byte-by-byte loop gives, at every length and offset. */
class AsciiScanTest {
    private static final List<Byte> ANY = List.of((byte) 0, (byte) 1, (byte) 9, (byte) 10, (byte) 13, (byte) 0x1A,
            (byte) 0x1B, (byte) 0x1F, (byte) 0x20, (byte) 'a', (byte) 0x7E, (byte) 0x7F, (byte) 0x80, (byte) 0x9F,
            (byte) 0xC3, (byte) 0xFF);

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.of(ANY).list().ofMaxSize(40)
                .map(l -> {
                    byte[] b = new byte[l.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = l.get(i);
                    }
                    return b;
                });
    }

    @Property(tries = 2000)
    void firstNonPlainAsciiAsByteByByte(@ForAll("bytes") byte[] b, @ForAll boolean fromOne) {
        int from = fromOne && b.length > 0 ? 1 : 0;
        int expected = b.length;
        for (int i = from; i < b.length; i++) {
            if (b[i] <= 0) {
                expected = i;
                break;
            }
        }
        assertThat(AsciiScan.firstNonPlainAscii(b, from, b.length)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void badControlsAsByteByByte(@ForAll("bytes") byte[] any) {
        byte[] b = any.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Math.max(1, b[i] & 0x7F); // plain ASCII, as the inspection calls it
        }
        int expected = 0;
        for (byte c : b) {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1B || c == 0x1A;
            expected += !allowed && (c < 0x20 || c == 0x7F) ? 1 : 0;
        }
        assertThat(AsciiScan.badControls(b, b.length)).isEqualTo(expected);
    }
}
