package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.train.TrainingSnapshot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a CSV file whose header names its columns otherwise: the window asks which they are; a drop opens too. */
class ColumnDialogTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private void openFile(FxRobot robot, Path f) throws Exception {
        var done = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>>();
        robot.interact(() -> done.set(window.opener().open(f)));
        done.get().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<String> choice(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }

    @Test
    void theColumnsChosenInTheDialogAreLoaded(FxRobot robot) throws Exception {
        Path f = csv("animals.csv", "a,b,kind,note\n1.5,-2,cat,x\n0.5,3,dog,y\n-1,0.25,cat,z\n");
        openFile(robot, f);
        assertNotNull(window.opener().dialog(), "a header without x1, x2, label asks");
        // No name guesses a role here: the first three columns are offered.
        assertEquals("a", choice(robot, "#columnX1").getValue());
        assertEquals("b", choice(robot, "#columnX2").getValue());
        assertEquals("kind", choice(robot, "#columnLabel").getValue());
        assertEquals(
                List.of("a", "b", "kind", "note"), choice(robot, "#columnX1").getItems());
        robot.interact(() -> {
            choice(robot, "#columnX1").setValue("b");
            choice(robot, "#columnX2").setValue("b");
        });
        assertTrue(robot.lookup("#columnsOk").query().isDisabled(), "two roles cannot share a column");
        robot.interact(() -> choice(robot, "#columnX2").setValue("a"));
        robot.clickOn("#columnsOk");
        TrainingSnapshot s = await("the file's points", t -> t.data().name().equals("animals.csv"));
        Dataset d = s.data();
        assertArrayEquals(new double[] {-2, 3, 0.25}, d.x1());
        assertArrayEquals(new double[] {1.5, 0.5, -1}, d.x2());
        assertArrayEquals(new int[] {0, 1, 0}, d.labels());
        assertEquals(List.of("cat", "dog"), d.labelNames());
        assertNull(window.opener().dialog());
    }

    @Test
    void guessedNamesArePreselectedAndCancelChangesNothing(FxRobot robot) throws Exception {
        Dataset before = window.snapshotProperty().get().data();
        openFile(robot, csv("guess.csv", "id,Y,X,Class\n1,2,3,a\n2,0,1,b\n"));
        assertEquals("X", choice(robot, "#columnX1").getValue());
        assertEquals("Y", choice(robot, "#columnX2").getValue());
        assertEquals("Class", choice(robot, "#columnLabel").getValue());
        robot.interact(() -> window.opener()
                .dialog()
                .dialog()
                .getDialogPane()
                .lookupButton(ButtonType.CANCEL)
                .fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, window.snapshotProperty().get().data());
    }

    @Test
    void aFileThatCannotBeReadIsOneLineAndChangesNothing(FxRobot robot) throws Exception {
        Dataset before = window.snapshotProperty().get().data();
        openFile(robot, csv("two.csv", "a,b\n1,2\n"));
        assertNull(window.opener().dialog());
        String banner = robot.lookup("#banner").queryAs(Label.class).getText();
        assertTrue(banner.contains("two.csv") && !banner.contains("Exception"), banner);
        // Columns chosen, but a value in them is no number: the load fails, said in the banner.
        openFile(robot, csv("bad.csv", "p,q,r\n1,2,a\nzz,3,b\n"));
        robot.clickOn("#columnsOk");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#banner").queryAs(Label.class).getText().contains("'zz'"));
        String bad = robot.lookup("#banner").queryAs(Label.class).getText();
        assertTrue(bad.endsWith("bad.csv, line 3: 'zz' in column p is not a number"), bad);
        assertSame(before, window.snapshotProperty().get().data());
    }

    @Test
    void aDroppedFileOpensAsTheMenuOpensIt(FxRobot robot) throws Exception {
        Path standard = csv("dropped.csv", "x1,x2,label\n0,0,0\n1,1,1\n2,0,1\n");
        boolean[] taken = new boolean[1];
        robot.interact(() -> taken[0] = FileDrop.dropped(List.of(standard.toFile()), window.opener(), window.model()));
        assertTrue(taken[0]);
        TrainingSnapshot s = await("the dropped file", t -> t.data().name().equals("dropped.csv"));
        assertEquals(3, s.data().size());
        assertNull(window.opener().dialog(), "x1, x2, label need no choice");
        // A drop of a file with other names asks as the menu does.
        Path other = csv("other.csv", "u,v,w\n0,0,0\n1,1,1\n");
        robot.interact(() -> FileDrop.dropped(List.of(other.toFile()), window.opener(), window.model()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.opener().dialog() != null);
        robot.clickOn("#columnsOk");
        await("the second dropped file", t -> t.data().name().equals("other.csv"));
        // Two files at once: one line, nothing opened.
        robot.interact(() -> taken[0] =
                FileDrop.dropped(List.of(new File("a.csv"), new File("b.csv")), window.opener(), window.model()));
        assertTrue(!taken[0]);
        assertTrue(robot.lookup("#banner").queryAs(Label.class).getText().contains("drop one CSV file"));
    }
}
