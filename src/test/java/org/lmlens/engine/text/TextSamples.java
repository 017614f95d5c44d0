package org.lmlens.engine.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.Progress;

/** Chinese test texts and helpers that write them in an encoding and read them back. */
final class TextSamples {
    /** 唐诗, simplified. */
    static final String TANG = """
            床前明月光，疑是地上霜。
            举头望明月，低头思故乡。
            白日依山尽，黄河入海流。
            欲穷千里目，更上一层楼。
            """;
    /** Two short lines only: the hard case for statistical detection. */
    static final String TANG_SHORT = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n";
    /** Traditional Chinese (for Big5). */
    static final String TRADITIONAL = """
            春眠不覺曉，處處聞啼鳥。
            夜來風雨聲，花落知多少。
            國破山河在，城春草木深。
            感時花濺淚，恨別鳥驚心。
            """;
    static final String TRADITIONAL_SHORT = "春眠不覺曉，處處聞啼鳥。\n夜來風雨聲，花落知多少。\n";
    /** Modern Chinese prose mixed with English and numbers. */
    static final String MODERN = """
            我们今天学习语言模型，这是自然语言处理的基础。
            他用Java写了一个程序，运行了3.14秒。
            你觉得这本书怎么样？我觉得很有意思。
            """;

    private TextSamples() {
    }

    static Path write(Path dir, String name, String text, Charset cs, byte... prefix) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Path p = dir.resolve(name);
        Files.write(p, all);
        return p;
    }

    /** Reads a source with the options and returns its sentences (copies) and what was decided. */
    static Result read(TextSource source, TextOptions options) {
        List<List<String>> sentences = new ArrayList<>();
        TextInfo info = TextReader.read(source, options, s -> sentences.add(List.copyOf(s)), Progress.NONE);
        return new Result(sentences, info);
    }

    record Result(List<List<String>> sentences, TextInfo info) {
    }
}
