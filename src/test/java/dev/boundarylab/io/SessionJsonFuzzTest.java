package dev.boundarylab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Session;
import java.io.StringReader;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A session file cut short or with characters changed anywhere either reads as a session or is refused with the
 * one malformed-file error naming it; never another exception. And a session reads back as it was written.
 */
class SessionJsonFuzzTest {
    private static String text() {
        var data = DatasetKind.MOONS.generate(30, 0.1, 4);
        Architecture a =
                Architecture.defaults().with(Architecture.Setting.LAYERS, "3,2").with(Architecture.Setting.BATCH, "8");
        HeadlessRun.Result r = HeadlessRun.train(data, null, Network.random(a, 2), 0.3, 40, null, null);
        Session s = new Session(
                Session.Data.of(data),
                0.2,
                2,
                0.3,
                Double.POSITIVE_INFINITY,
                null,
                r.state(),
                Map.of("logScale", true));
        return Json.GSON.toJson(SessionJson.toJson(s));
    }

    @Test
    void aSessionReadsBackAsItWasWritten() throws Exception {
        String t = text();
        Session s = SessionJson.parse(new StringReader(t), "s.json");
        assertEquals(t, Json.GSON.toJson(SessionJson.toJson(s)));
        assertEquals(Double.POSITIVE_INFINITY, s.pace());
        assertEquals(40, s.run().epoch());
    }

    @Test
    void everyCutAndEveryChangedCharacterGetsTheOneMalformedFileError() {
        String t = text();
        for (int end = 0; end < t.length(); end += 7) {
            String cut = t.substring(0, end);
            FileFormatException e = assertThrows(
                    FileFormatException.class, () -> SessionJson.parse(new StringReader(cut), "s.json"), cut);
            assertTrue(e.getMessage().startsWith("s.json: "), e.getMessage());
        }
        Random random = new Random(17);
        String junk = "0123456789-.eE,:[]{}\"ntf ";
        for (int k = 0; k < 1500; k++) {
            char[] c = t.toCharArray();
            for (int n = 0; n < 3; n++) {
                c[random.nextInt(c.length)] = junk.charAt(random.nextInt(junk.length()));
            }
            String changed = new String(c);
            try {
                SessionJson.parse(new StringReader(changed), "s.json");
            } catch (FileFormatException e) {
                assertTrue(
                        e.getMessage().startsWith("s.json: ") && !e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("not the malformed-file error: " + e + " on\n" + changed, e);
            }
        }
    }
}
