package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The pacer and the rate meter driven by a fake clock: the epochs they allow and count, without sleeping. */
class PacerTest {
    /** A clock that moves only when told to. */
    private static final class FakeClock {
        long nanos = 1_000_000_000L;

        void advanceMillis(long ms) {
            nanos += ms * 1_000_000L;
        }
    }

    @Test
    void aPaceOf100EpochsASecondAllowsOneAtOnceAndFiftyEachHalfSecond() {
        FakeClock clock = new FakeClock();
        Pacer p = new Pacer(() -> clock.nanos, 100);
        // The first epoch is due at once; the chunk starts at one epoch.
        assertEquals(1, p.due());
        p.trained(1, 1_000); // a microsecond an epoch: chunks of 4 ms of work are 4000 epochs
        assertEquals(0, p.due(), "ahead of the pace");
        assertEquals(10_000_000L, p.nanosUntilDue(), "the second epoch is due 10 ms after the start");
        clock.advanceMillis(500);
        assertEquals(50, p.due(), "epochs 2 to 51 are due half a second in");
        p.trained(50, 50_000);
        assertEquals(0, p.due());
        clock.advanceMillis(500);
        assertEquals(50, p.due());
        p.trained(30, 30_000); // the run may train fewer than allowed (a divergence): the rest stay due
        assertEquals(20, p.due());
    }

    @Test
    void aChunkIsAboutFourMillisecondsOfWorkWhateverIsDue() {
        FakeClock clock = new FakeClock();
        Pacer p = new Pacer(() -> clock.nanos, 1_000_000);
        p.trained(1, 2_000_000); // 2 ms an epoch: two epochs a chunk
        clock.advanceMillis(1000);
        assertEquals(2, p.due(), "a million epochs are due, but a chunk is 4 ms of work");
        p.trained(2, 400_000_000); // 200 ms an epoch: at least one epoch a chunk
        assertEquals(1, p.due());
    }

    @Test
    void asFastAsPossibleAllowsAWholeChunkEveryTimeAndRestartStartsItOver() {
        FakeClock clock = new FakeClock();
        Pacer p = new Pacer(() -> clock.nanos, Double.POSITIVE_INFINITY);
        assertEquals(1, p.due());
        assertEquals(0, p.nanosUntilDue());
        p.trained(1, 1_000);
        assertEquals(4_000, p.due());
        p.trained(4_000, 0); // faster than the clock resolves: capped
        assertEquals(Pacer.MAX_CHUNK, p.due());
        p.restart();
        assertEquals(1, p.due(), "a restart starts the chunk over");
    }

    @Test
    void setPaceCountsFromNowAndRefusesNonsense() {
        FakeClock clock = new FakeClock();
        Pacer p = new Pacer(() -> clock.nanos, 10);
        clock.advanceMillis(2000);
        p.trained(1, 1_000);
        assertEquals(20, p.due());
        p.setPace(1000);
        assertEquals(1, p.due(), "counted from the change, not from the start");
        assertEquals(1000, p.pace());
        assertThrows(IllegalArgumentException.class, () -> p.setPace(0));
        assertThrows(IllegalArgumentException.class, () -> p.setPace(Double.NaN));
    }

    @Test
    void theRateMeterReportsEpochsPerSecondOverQuarterSecondWindows() {
        FakeClock clock = new FakeClock();
        RateMeter m = new RateMeter(() -> clock.nanos);
        clock.advanceMillis(100);
        m.count(30);
        assertEquals(0, m.perSecond(), "no full window yet");
        clock.advanceMillis(150);
        m.count(20);
        assertEquals(200, m.perSecond(), 1e-9, "50 epochs in 250 ms");
        clock.advanceMillis(500);
        m.count(50);
        assertEquals(100, m.perSecond(), 1e-9);
        m.restart();
        assertEquals(0, m.perSecond());
    }
}
