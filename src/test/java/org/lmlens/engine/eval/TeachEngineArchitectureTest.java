package org.lmlens.engine.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine support added for the teaching views stays pure Java, like the rest of the engine. */
class TeachEngineArchitectureTest {
    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lmlens.engine.eval", "org.lmlens.engine.model");

    @Test
    void engineNeverImportsJavaFxSwingOrTheUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.lmlens.ui..", "javax.swing..",
                "org.jfree..", "org.scilab..").check(engine);
    }
}
