/**
 * Smoothing methods: one {@link org.lmlens.engine.smoothing.SmoothingMethod} class per method, each with what
 * the rest of the program needs to know about it (parameters, normalisation, its
 * {@link org.lmlens.engine.smoothing.Formula} from a LaTeX template beside the class, its
 * {@link org.lmlens.engine.smoothing.ArpaForm}), listed by {@link org.lmlens.engine.smoothing.Methods}.
 *
 * <p>Hand-written here, where a library could serve: filling a formula template is a regular expression over
 * {@code \VAR{name}} placeholders. Template engines (Mustache, StringTemplate, commons-text's substitutor)
 * bring delimiters that clash with LaTeX's braces and a dependency for a dozen short files; the LaTeX itself
 * is rendered by JLaTeXMath in the desktop app.
 */
package org.lmlens.engine.smoothing;
