package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fold rule of scikit-learn's StratifiedKFold (no shuffle), worked out by hand from shared/golden/README.md. */
class StratifiedKFoldTest {
    /**
     * Labels 1 1 0 1 0 0 1 1 0 1 1 1. Label 1 appears first, so it is class 0 (8 members: indices 0 1 3 6 7 9 10
     * 11) and label 0 is class 1 (4 members: 2 4 5 8). Sorted, the classes read 0 0 0 0 0 0 0 0 1 1 1 1; fold i
     * takes positions i, i+5, i+10:
     * <pre>
     *   fold 0: positions 0 5 10 -> class 0: 2, class 1: 1
     *   fold 1: positions 1 6 11 -> class 0: 2, class 1: 1
     *   fold 2: positions 2 7    -> class 0: 2, class 1: 0
     *   fold 3: positions 3 8    -> class 0: 1, class 1: 1
     *   fold 4: positions 4 9    -> class 0: 1, class 1: 1
     * </pre>
     * Dealt in data order: class 0's indices 0 1 | 3 6 | 7 9 | 10 | 11 go to folds 0 0 | 1 1 | 2 2 | 3 | 4, and
     * class 1's 2 | 4 | - | 5 | 8 to folds 0 | 1 | - | 3 | 4. (Numbering classes by value instead would make
     * label 0 class 0, sorted 0 0 0 0 1 ..., and give fold 4 no point labelled 0.)
     */
    @Test
    void handMadeLabelsFallIntoTheFoldsTheRuleGives() {
        int[] labels = {1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1};
        int[] expected = {0, 0, 0, 1, 1, 3, 1, 2, 4, 2, 3, 4};
        assertArrayEquals(expected, new StratifiedKFold().testFolds(labels));
        // Only the order of first appearance matters, not the label values.
        int[] renamed = {7, 7, -3, 7, -3, -3, 7, 7, -3, 7, 7, 7};
        assertArrayEquals(expected, new StratifiedKFold().testFolds(renamed));
    }

    /**
     * Labels 0 0 0 0 0 0 1 1: class 1 has 2 members, fewer than 5 folds, and scikit-learn warns but splits.
     * Sorted positions 0-5 hold class 0 and 6-7 class 1: fold 0 gets positions 0 5 (class 0: 2), fold 1 gets 1 6
     * (1 and 1), fold 2 gets 2 7 (1 and 1), fold 3 gets 3 (1, 0), fold 4 gets 4 (1, 0). Class 0's indices
     * 0 1 | 2 | 3 | 4 | 5 and class 1's 6 | 7 are dealt to folds 0 0 | 1 | 2 | 3 | 4 and 1 | 2.
     */
    @Test
    void aClassSmallerThanTheFoldCountStillSplits() {
        assertArrayEquals(
                new int[] {0, 0, 1, 2, 3, 4, 1, 2},
                new StratifiedKFold().testFolds(new int[] {0, 0, 0, 0, 0, 0, 1, 1}));
    }

    @Test
    void splitTestsEachFoldAndTrainsOnTheRestInAscendingOrder() {
        int[] labels = {1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1};
        List<StratifiedKFold.Fold> folds = new StratifiedKFold().split(labels);
        assertEquals(5, folds.size());
        assertArrayEquals(new int[] {5, 10}, folds.get(3).test());
        assertArrayEquals(
                new int[] {0, 1, 2, 3, 4, 6, 7, 8, 9, 11}, folds.get(3).train());
        assertArrayEquals(new int[] {0, 1, 2}, folds.get(0).test());
    }

    @Test
    void theSeedDataSplitsIntoFiveFoldsOfTwentyPerClass() {
        Dataset seed = Golden.seedData();
        for (StratifiedKFold.Fold fold : new StratifiedKFold().split(seed.labels())) {
            int[] test = fold.test();
            int ones = 0;
            for (int i : test) {
                ones += seed.label(i);
            }
            assertEquals(40, test.length);
            assertEquals(20, ones);
            assertEquals(160, fold.train().length);
        }
    }

    @Test
    void refusesFewerPointsThanFolds() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new StratifiedKFold().testFolds(new int[] {0, 1, 1}));
        assertEquals(
                "cannot split 3 points into 5 folds for cross-validation: every fold needs at least one point"
                        + " to test on",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StratifiedKFold(1));
    }
}
