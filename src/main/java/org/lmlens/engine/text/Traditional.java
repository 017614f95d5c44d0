package org.lmlens.engine.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;

/**
 * Traditional Chinese for segmentation: jieba's dictionary is simplified, so a run of traditional
 * characters (臺灣大學, 其實並不) is segmented on its simplified copy (台湾大学, 其实并不), and the words are cut
 * from the original at the same places, so tokens keep the characters of the text. The conversion is
 * OpenCC's (OpenCC4j, Apache 2.0: phrases first, then characters); a run whose conversion changes its
 * length (no such phrase is known to OpenCC's t2s tables, but a later table might) is converted
 * character by character instead, which always keeps the length.
 */
final class Traditional {
    private Traditional() {
    }

    /** True when some character of the run is written differently in simplified Chinese. */
    static boolean hasTraditional(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (Table.isTraditional(run.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The run in simplified characters, of the same length (in chars) as the run. */
    static String simplified(String run) {
        String phrases = ZhConverterUtil.toSimple(run);
        if (phrases.length() == run.length()) {
            return phrases;
        }
        StringBuilder sb = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            sb.append(Table.simple(run.charAt(i)));
        }
        return sb.toString();
    }

    /** The share of the Han characters in a text that are traditional-only (0 when none is Han). */
    static double traditionalShare(CharSequence text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ZhWordTokenizer.isHan(c)) {
                han++;
                if (Table.isTraditional(c)) {
                    traditional++;
                }
            }
        }
        return han == 0 ? 0 : (double) traditional / han;
    }

    /** Holder: the simplified form of every BMP Han character that has a different one, built on first use. */
    private static final class Table {
        private static final char FIRST = 0x3400;
        private static final char[] SIMPLE = build();

        private static char[] build() {
            char[] simple = new char[0xA000 - FIRST];
            for (int c = FIRST; c < 0xA000; c++) {
                List<String> forms = ZhConverterUtil.toSimple((char) c);
                String s = forms == null || forms.isEmpty() ? null : forms.get(0);
                simple[c - FIRST] = s != null && s.length() == 1 ? s.charAt(0) : (char) c;
            }
            return simple;
        }

        static boolean isTraditional(char c) {
            return c >= FIRST && c < 0xA000 && SIMPLE[c - FIRST] != c;
        }

        static char simple(char c) {
            return c >= FIRST && c < 0xA000 ? SIMPLE[c - FIRST] : c;
        }
    }
}
