/**
 * Shared pieces of the teaching views (issue 5) and how the main window wires them.
 *
 * <p>Each view is a self-contained View + ViewModel pair; the main window adds {@code view.node()} as a
 * tab (or embeds it). Every view-model takes the session's read-only properties and the app's task
 * runner, and recomputes off the FX thread when they change (a newer request cancels an older one,
 * see {@link org.lmlens.ui.tabs.LatestOnly}):
 *
 * <pre>
 *   var text  = session.textProperty();    // ReadOnlyObjectProperty&lt;TrainedText&gt;
 *   var model = session.modelProperty();   // ReadOnlyObjectProperty&lt;LanguageModel&gt;
 *   var runner = session.runner();         // the app's FxTaskRunner
 *
 *   new ScoreView(new ScoreViewModel(text, model, runner)).node()                 // tab "Score"
 *   new EvaluateView(new EvaluateViewModel(text, model, runner)).node()           // tab "Evaluate"
 *   new CorpusView(new CorpusViewModel(text, model, runner)).node()               // tab "Corpus"
 *   new ExplainView(new ExplainViewModel(text, model, runner, context, word)).node() // tab "Smoothing explained"
 *   new StepGenerationView(new StepGenerationViewModel(text, model, runner)).node()  // inside the Generate tab
 * </pre>
 *
 * where {@code context} is an {@code ObservableValue<List<String>>} of the Next-word tab's typed context
 * tokens ({@code <s>} is implied when absent) and {@code word} an {@code ObservableValue<String>} of the
 * word selected in its chart or table (null: the view shows the general formula only).
 *
 * <p>Texts come from {@code org/lmlens/i18n/messages*.properties}, like every text of the app.
 */
package org.lmlens.ui.teach;
