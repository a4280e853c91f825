package dev.boundarylab.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Lessons panel, a small window beside the main one, and the Lessons menu: the seed article one page at a time.
 * Going to a page (Next, Previous, a menu item) sets the window up for it in that one click and shows its text;
 * "Set up again" does it once more after the user changed things.
 */
final class LessonsWindow implements AutoCloseable {
    private final List<Lessons.Page> pages = Lessons.pages();
    private final LessonSteps steps;
    private final Supplier<Window> owner;
    private final Label heading = new Label();
    private final Label text = new Label();
    final Button previous = Widgets.button("lessonPrevious", "\u2190 Previous", "The page before, set up.");
    final Button again = Widgets.button("lessonAgain", "Set up again", "Set the window up for this page once more.");
    final Button next = Widgets.button("lessonNext", "Next \u2192", "The next page, set up.");
    private final Menu menu = new Menu("Lessons");
    private Stage stage;
    private int current = -1;

    /** The panel and menu over {@code steps}, the panel not shown yet; {@code owner} is the main window. */
    LessonsWindow(LessonSteps steps, Supplier<Window> owner) {
        this.steps = steps;
        this.owner = owner;
        heading.setId("lessonHeading");
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        text.setId("lessonText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMaxHeight(Double.MAX_VALUE);
        text.setAlignment(Pos.TOP_LEFT);
        previous.setOnAction(e -> go(current - 1));
        again.setOnAction(e -> go(current));
        next.setOnAction(e -> go(current + 1));
        MenuItem panel = new MenuItem("Lessons panel…");
        panel.setOnAction(e -> go(Math.max(0, current)));
        menu.setId("lessonsMenu");
        menu.getItems().addAll(panel, new SeparatorMenuItem());
        for (int i = 0; i < pages.size(); i++) {
            Lessons.Page p = pages.get(i);
            if (p.part(pages).isEmpty() || p.id().endsWith("a")) {
                int at = i;
                MenuItem item = new MenuItem(p.step() + ". " + stepTitle(p));
                item.setId("lesson-" + p.step());
                item.setOnAction(e -> go(at));
                menu.getItems().add(item);
            }
        }
    }

    /** The Lessons menu for the menu bar. */
    Menu menu() {
        return menu;
    }

    /** The title of a page's step: a part's title without what follows its colon. */
    private static String stepTitle(Lessons.Page p) {
        int colon = p.title().indexOf(':');
        return colon > 0 && !p.part(Lessons.pages()).isEmpty() ? p.title().substring(0, colon) : p.title();
    }

    /** Shows page {@code i} (clamped to the pages there are) in the panel, opening it, and sets the window up. */
    void go(int i) {
        current = Math.max(0, Math.min(pages.size() - 1, i));
        Lessons.Page p = pages.get(current);
        int steps = pages.get(pages.size() - 1).step();
        String part = p.part(pages);
        heading.setText("Step " + p.step() + " of " + steps + (part.isEmpty() ? "" : ", " + part) + ": " + p.title());
        text.setText(p.text());
        previous.setDisable(current == 0);
        next.setDisable(current == pages.size() - 1);
        open();
        this.steps.setUp(p.id());
        // In front of a window the page opened (the diagram, the sweep), so that Next stays in reach.
        stage.toFront();
    }

    private void open() {
        if (stage == null) {
            HBox spacer = new HBox();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox buttons = new HBox(8, previous, spacer, again, next);
            buttons.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(10, heading, text, buttons);
            VBox.setVgrow(text, Priority.ALWAYS);
            box.setPadding(new Insets(14));
            box.getStyleClass().add(Styles.ROOT);
            Scene scene = new Scene(box, 460, 330);
            Styles.apply(scene);
            stage = new Stage();
            stage.setTitle("Boundary Lab — lessons");
            stage.setScene(scene);
            if (owner.get() != null) {
                stage.initOwner(owner.get());
            }
        }
        stage.show();
        stage.toFront();
    }

    /** The page shown, its id; null before any (for tests). */
    String pageId() {
        return current < 0 ? null : pages.get(current).id();
    }

    /** The heading and text shown (for tests). */
    String shownText() {
        return heading.getText() + "\n" + text.getText();
    }

    /** Whether the panel is showing. */
    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** Hides the panel. */
    @Override
    public void close() {
        Widgets.hide(stage);
    }
}
