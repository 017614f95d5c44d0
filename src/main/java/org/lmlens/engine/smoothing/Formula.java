package org.lmlens.engine.smoothing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A smoothing method's formula, for teaching: the general form in LaTeX, and the same formula with the
 * numbers of one P(w | h) substituted. The LaTeX is a resource next to the method's class
 * ({@code KneserNey.tex} beside {@code KneserNey.class}); the method's {@link Filler} says which case of it
 * applies to an {@link Explanation} and with which numbers. The substituted value is computed by the
 * filler from those numbers (not copied from the explanation's probability), so a test can check the
 * formula against the engine.
 *
 * <p>A template file holds sections, each starting with a line {@code %% name} (a LaTeX comment); other
 * lines starting with {@code %} are comments; the lines of a section are joined with spaces. The
 * {@code general} section is the general form; the others are the cases a filler names. A placeholder
 * {@code \VAR{name}} takes a value: in {@code general}, a parameter the method shows (its value in the
 * model); in a case, a value the filler gives, {@code \VAR{lhs}} (P(word | context) with the words),
 * {@code \VAR{w}} and {@code \VAR{h}} (the word and the context alone) and {@code \VAR{value}} (the result).
 * Cases the method does not define come from {@code common.tex}. (Why no template library: see the
 * package documentation.)
 */
public final class Formula {
    private static final Pattern VAR = Pattern.compile("\\\\VAR\\{(\\w+)\\}");
    private static final Map<String, String> COMMON = sections(Formula.class, "common.tex");

    /** The form of a method that declares no formula: any interpolated or back-off value. */
    public static final Formula GENERIC = new Formula("generic.tex", sections(Formula.class, "generic.tex"), List.of(),
            FormulaCases::generic);

    /**
     * A formula with numbers.
     *
     * @param latex the substituted formula, ending with "= value"
     * @param value the number the substituted formula evaluates to
     */
    public record Substitution(String latex, double value) {
    }

    /** How a method fills its template for one explanation. */
    @FunctionalInterface
    public interface Filler {
        Fill fill(FormulaInputs in);
    }

    /** One case of a template with its values: which section, the placeholders' values and the result. */
    public static final class Fill {
        private final String section;
        private final double value;
        private final Map<String, String> values = new LinkedHashMap<>();

        private Fill(String section, double value) {
            this.section = section;
            this.value = value;
        }

        /** A count, written in full. */
        public Fill with(String name, long count) {
            values.put(name, Long.toString(count));
            return this;
        }

        /** A number, written as {@link LatexText#number} does. */
        public Fill with(String name, double number) {
            values.put(name, LatexText.number(number));
            return this;
        }

        /** LaTeX source, as it is. */
        public Fill withLatex(String name, String latex) {
            values.put(name, latex);
            return this;
        }
    }

    private final String source;
    private final Map<String, String> sections;
    private final List<ParameterSpec> shown;
    private final Filler filler;

    private Formula(String source, Map<String, String> sections, List<ParameterSpec> shown, Filler filler) {
        if (!sections.containsKey("general")) {
            throw new IllegalStateException(source + ": no %% general section");
        }
        this.source = source;
        this.sections = sections;
        this.shown = List.copyOf(shown);
        this.filler = filler;
    }

    /** The formula of {@code owner} (a method's class), from {@code Owner.tex} beside it. */
    public static Formula of(Class<?> owner, Filler filler) {
        return of(owner, List.of(), filler);
    }

    /** As {@link #of(Class, Filler)}; {@code shown} are the parameters the general form gives a value. */
    public static Formula of(Class<?> owner, List<ParameterSpec> shown, Filler filler) {
        String file = owner.getSimpleName() + ".tex";
        return new Formula(owner.getName() + " (" + file + ")", sections(owner, file), shown, filler);
    }

    /** The case of a template a filler chose, with the number it evaluates to. */
    public static Fill fill(String section, double value) {
        return new Fill(section, value);
    }

    /** The general form, the shown parameters with their values in a model built with {@code parameters}. */
    public String general(Parameters parameters) {
        Map<String, String> values = new HashMap<>();
        for (ParameterSpec p : shown) {
            values.put(p.name(), LatexText.number(parameters.valueOf(p)));
        }
        return render("general", sections.get("general"), values);
    }

    /** The formula with the numbers of one P(w | h). */
    public Substitution substitute(FormulaInputs in) {
        Fill f = filler.fill(in);
        Map<String, String> values = new HashMap<>(f.values);
        values.putIfAbsent("lhs", LatexText.conditional(in.context(), in.word()));
        values.putIfAbsent("w", LatexText.word(in.word()));
        values.putIfAbsent("h", LatexText.context(in.context()));
        values.putIfAbsent("value", LatexText.number(f.value));
        String template = sections.getOrDefault(f.section, COMMON.get(f.section));
        return new Substitution(render(f.section, template, values), f.value);
    }

    private String render(String section, String template, Map<String, String> values) {
        if (template == null) {
            throw new IllegalStateException(source + ": no %% " + section + " section");
        }
        Matcher m = VAR.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException(source + ", section " + section + ": no value for \\VAR{" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The sections of a template resource beside {@code owner}'s class, by name. */
    static Map<String, String> sections(Class<?> owner, String file) {
        String text;
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no formula template " + file + " beside " + owner.getName());
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StringBuilder> found = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.startsWith("%%")) {
                current = new StringBuilder();
                found.put(t.substring(2).strip(), current);
            } else if (!t.isEmpty() && !t.startsWith("%") && current != null) {
                current.append(current.length() == 0 ? "" : " ").append(t);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        found.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }
}
