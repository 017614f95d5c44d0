package org.lmlens.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    private static final List<List<String>> ROWS = List.of(
            List.of("n-gram", "count", "P(w | h)"),
            List.of("床前 明月", "3", "0.5"),
            List.of("say \"hi\", then", "1", "line one\nline two"),
            List.of("", "trailing space ", "a\r\nb"));

    @Test
    void quotesOnlyWhatRfc4180Requires() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void recordsEndWithCrlf() {
        assertThat(CsvWriter.toCsv(List.of(List.of("a", "b"), List.of("c", "d")))).isEqualTo("a,b\r\nc,d\r\n");
    }

    @Test
    void writesBomThenUtf8AndRoundTripsChineseQuotesAndLineBreaks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(ROWS, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(Csv.parse(text)).isEqualTo(ROWS);
    }
}
