package org.lmlens.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when a class under org.lmlens.ui contains a string literal a user could see. Allowed: bundle keys
 * (and key prefixes such as {@code "method."}), ids and CSS class names (contain - . _ / # or are
 * kebab-case), CSS style text ({@code -fx-}), format patterns ({@code %}), key combinations ({@code +}),
 * text without letters (" ", "·"), lines that only set style classes or ids, and lines marked with the comment {@code i18n-ok} (the explicit
 * allow-list for the rare literal that must stay).
 */
class NoHardCodedTextTest {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Path UI = Path.of("src/main/java/org/lmlens/ui");

    static boolean allowed(String literal, Properties keys) {
        if (literal.isEmpty() || literal.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        if (keys.containsKey(literal) || literal.startsWith("-fx-") || literal.contains("%")
                || literal.contains("+")) {
            return true;
        }
        boolean hanOrSpace = literal.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN) || literal.contains(" ");
        return !hanOrSpace && literal.matches("[a-zA-Z0-9]*[-._/#*][a-zA-Z0-9._/#*-]*");
    }

    static List<String> violations(Path root, Properties keys) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")
                            || line.contains("i18n-ok") || line.contains("getStyleClass()")
                            || line.contains("setId(")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        if (!allowed(m.group(1), keys)) {
                            out.add(f.getFileName() + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void uiSourcesContainNoUserVisibleLiterals() throws IOException {
        assertThat(UI).isDirectory();
        assertThat(violations(UI, BundleCompletenessTest.bundle(""))).isEmpty();
    }

    @Test
    void theScannerCatchesEnglishAndChineseText(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bad.java"), String.join("\n",
                "class Bad {",
                "  String a = \"Cancel\";",
                "  String b = \"取消\";",
                "  String c = \"Load the file\";",
                "  String d = \"others\";",
                "  String ok1 = \"tab.counts\";",
                "  String ok2 = \"status-bar\";",
                "  String ok3 = \"%.3f\";",
                "  String ok4 = \"Allowed on purpose\"; // i18n-ok",
                "}"));
        List<String> v = violations(dir, BundleCompletenessTest.bundle(""));
        assertThat(v).hasSize(4);
        assertThat(String.join("\n", v)).contains("Cancel", "取消", "Load the file", "others");
    }
}
