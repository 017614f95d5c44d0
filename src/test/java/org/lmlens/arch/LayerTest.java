package org.lmlens.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is pure Java; the UI reaches it only through its public API; view-models hold no nodes. */
class LayerTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lmlens");
    }

    @Test
    void engineImportsNoJavaFxNoPicocliNoUi() {
        noClasses().that().resideInAPackage("org.lmlens.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "org.lmlens.ui..",
                        "org.lmlens.cli..", "org.lmlens.i18n..", "org.controlsfx..", "org.jfree..", "atlantafx..")
                .check(classes);
    }

    @Test
    void uiUsesOnlyPublicEngineClasses() {
        noClasses().that().resideInAnyPackage("org.lmlens.ui..", "org.lmlens.i18n..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "non-public engine classes or engine internals (readers, counters, estimator implementations)",
                        c -> c.getPackageName().startsWith("org.lmlens.engine")
                                && (!c.getModifiers().contains(JavaModifier.PUBLIC)
                                || c.getSimpleName().matches("CorpusBuilder|NgramCounter|TextReader|SentenceSink"
                                + "|.*Estimator") && !c.getSimpleName().equals("Estimator"))))
                .check(classes);
    }

    @Test
    void uiDoesNotUseTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.lmlens.ui..", "org.lmlens.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lmlens.cli..", "picocli..")
                .check(classes);
    }

    /**
     * The engine types a view may name: immutable values it shows (a method, a tokenizer, a parameter's
     * description, a sentence mode, results). Everything else of the engine is reached through the view-model.
     */
    static final java.util.Set<String> VALUE_TYPES_FOR_VIEWS = java.util.Set.of(
            "org.lmlens.engine.smoothing.SmoothingMethod", "org.lmlens.engine.smoothing.ParameterSpec",
            "org.lmlens.engine.smoothing.Explanation", "org.lmlens.engine.text.Tokenizer",
            "org.lmlens.engine.text.SentenceMode", "org.lmlens.engine.model.GeneratedSentence",
            "org.lmlens.engine.eval.OrderSweep$Result", "org.lmlens.engine.eval.OrderSweep$Point",
            "org.lmlens.engine.model.CorpusStatistics$Summary", "org.lmlens.engine.model.CorpusStatistics$ZipfFit",
            "org.lmlens.engine.neural.lm.LossPoint", "org.lmlens.engine.neural.lm.NeuralConfig$Kind");

    @Test
    void viewsTalkToTheirViewModelNotToTheEngine() {
        noClasses().that().resideInAPackage("org.lmlens.ui..").and().haveNameMatching(".*View(\\$.*)?")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "engine types other than the value types views may show",
                        c -> c.getPackageName().startsWith("org.lmlens.engine")
                                && !VALUE_TYPES_FOR_VIEWS.contains(c.getName())))
                .check(classes);
    }

    @Test
    void viewModelsHoldNoJavaFxNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..",
                        "org.jfree.chart..")
                .check(classes);
    }
}
