package org.lmlens.engine.text;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by \n, \r or \r\n) with a bounded memory use: a line longer than
 * {@link #MAX_LINE} characters (a 50 MB file without a line break, say) is handed out in pieces. A piece
 * ends after the last white space before the limit, or, when the last 1,000 characters hold none, between
 * two characters (never inside a surrogate pair, never before a combining mark). Each piece is then read
 * as a line of its own: in {@code line} sentence mode it is a sentence.
 */
final class LineReader {
    /** The longest line handed out whole: one million characters (2 MB of memory). */
    static final int MAX_LINE = 1_000_000;
    private static final int SPACE_WINDOW = 1_000;

    private final Reader in;
    private final int maxLine;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean skipLf;
    private final StringBuilder line = new StringBuilder();
    /** Characters of an overlong line carried into the next piece. */
    private final StringBuilder carry = new StringBuilder();

    LineReader(Reader in) {
        this(in, MAX_LINE);
    }

    LineReader(Reader in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line without its line break, or null at the end. */
    String readLine() throws IOException {
        line.setLength(0);
        line.append(carry);
        carry.setLength(0);
        boolean any = line.length() > 0;
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? line.toString() : null;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            // Copy up to the line break (or the length limit) in one go.
            int limit = Math.min(len, pos + maxLine - line.length());
            int i = pos;
            while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            line.append(buf, pos, i - pos);
            pos = i;
            if (i < limit) {
                skipLf = buf[i] == '\r';
                pos++;
                return line.toString();
            }
            if (line.length() >= maxLine) {
                return cutOverlong();
            }
        }
    }

    /** Returns the head of the overlong line up to a safe boundary and keeps the rest for the next call. */
    private String cutOverlong() {
        int n = line.length();
        int cut = -1;
        for (int i = n - 1; i >= Math.max(1, n - SPACE_WINDOW); i--) {
            if (Character.isWhitespace(line.charAt(i))) {
                cut = i + 1;
                break;
            }
        }
        if (cut < 0) {
            cut = n - 1;
            while (cut > 1 && (Character.isLowSurrogate(line.charAt(cut))
                    || CharTokenizer.isAttached(Character.codePointAt(line, cut)))) {
                cut--;
            }
        }
        carry.append(line, cut, n);
        String head = line.substring(0, cut);
        line.setLength(0);
        return head;
    }
}
