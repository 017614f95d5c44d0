/**
 * How a tab is built. A tab is a {@link org.lmlens.ui.tabs.TabView} over a
 * {@link org.lmlens.ui.tabs.TabViewModel} and one {@link org.lmlens.ui.tabs.TabEntry} in the
 * {@link org.lmlens.ui.tabs.TabRegistry}; the main window, the View ▸ tab shortcuts, session save and
 * restore of the selected tab, presenter mode and export all iterate the registry.
 *
 * <p>Every tab's view-model gets the same {@link org.lmlens.ui.tabs.TabContext}: the loaded text, the
 * current model, the task runner, whether the tab is shown, and the links between tabs. The one tab
 * lifecycle lives in {@link org.lmlens.ui.tabs.TabViewModel}: a tab that is not shown does no work; when
 * it is shown again it is brought up to date once, however many changes it missed. Results of an older
 * request are dropped by {@link org.lmlens.ui.common.LatestOnly}. {@link org.lmlens.ui.tabs.TabHost} keeps
 * only the shown tab's content in the scene graph, so a change to the whole window (language, theme,
 * presenter mode) styles and lays out one tab.
 *
 * <p>Adding a tab: a View and a ViewModel in a package of their own, bundle keys {@code tab.ID},
 * {@code tab.ID.tooltip} (both languages), and one entry in {@link org.lmlens.ui.tabs.TabRegistry#standard()}.
 */
package org.lmlens.ui.tabs;
