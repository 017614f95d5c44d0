package org.lmlens.ui.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rows to CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF, a field
 * quoted when it holds a comma, a double quote, CR or LF, and quotes inside doubled. Files start with a
 * UTF-8 byte order mark, without which Excel reads UTF-8 as the local code page and garbles Chinese.
 */
public final class CsvWriter {
    public static final String BOM = "\uFEFF"; // i18n-ok: CSV format
    private static final String CRLF = "\r\n"; // i18n-ok: CSV format

    private CsvWriter() {
    }

    /** The CSV text of the rows (without the BOM). */
    public static String toCsv(List<? extends List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(field(row.get(i)));
            }
            sb.append(CRLF);
        }
        return sb.toString();
    }

    /** Writes BOM + CSV in UTF-8; the stream is flushed, not closed. */
    public static void write(List<? extends List<String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        w.write(toCsv(rows));
        w.flush();
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
