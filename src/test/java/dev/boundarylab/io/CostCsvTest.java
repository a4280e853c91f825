package dev.boundarylab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarylab.train.CostSeries;
import org.junit.jupiter.api.Test;

/** The cost CSV's lines: the training cost alone, or merged by epoch with the held-out points' cost. */
class CostCsvTest {
    @Test
    void withoutHeldOutPointsThereAreTwoColumns() {
        CostSeries c = new CostSeries(new long[] {0, 1, 2}, new double[] {0.5, 0.25, 0.125});
        String text = "epoch,cost\n0,0.5\n1,0.25\n2,0.125\n";
        assertEquals(text, CostCsv.toCsv(c, null));
        assertEquals(text, CostCsv.toCsv(c.epochs(), c.costs()));
    }

    @Test
    void theTestCostIsMergedByEpochWithEmptyCellsWhereItWasNotMeasured() {
        CostSeries c = new CostSeries(new long[] {0, 2, 4, 6}, new double[] {0.7, 0.5, 0.3, 0.2});
        CostSeries t = new CostSeries(new long[] {0, 3, 6, 9}, new double[] {0.71, 0.6, 0.4, 0.45});
        assertEquals(
                "epoch,cost,test_cost\n0,0.7,0.71\n2,0.5,\n3,,0.6\n4,0.3,\n6,0.2,0.4\n9,,0.45\n", CostCsv.toCsv(c, t));
        // Held out but not measured yet: the column is there, empty.
        assertEquals(
                "epoch,cost,test_cost\n0,0.7,\n",
                CostCsv.toCsv(new CostSeries(new long[] {0}, new double[] {0.7}), CostSeries.EMPTY));
    }
}
