package org.lmlens.ui;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Gives UI test classes the app's start-up sequence: {@link LmLensApp#init()} warms the window's code off
 * the FX thread ({@link Prewarm}) before any window is built, so a test that builds one (TestFX's
 * {@code @Start}) starts from the same state as the app. Once per JVM; registered for every Jupiter test
 * through extension autodetection, and a no-op for classes without TestFX.
 */
public final class AppStartup implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ExtendWith with = context.getRequiredTestClass().getAnnotation(ExtendWith.class);
        if (with != null && java.util.Arrays.asList(with.value()).contains(ApplicationExtension.class)) {
            org.testfx.api.FxToolkit.registerPrimaryStage(); // starts the toolkit, as Application.launch does
            Prewarm.run();
        }
    }
}
