package dev.boundarylab.train;

import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.DataFormatException;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.files.FileFormatException;

/** Makes the data set that settings describe: read from their CSV file, or generated. */
public final class DataLoader {
    private DataLoader() {}

    /**
     * The data set of {@code s}.
     *
     * @throws FileFormatException if the CSV file is missing or malformed (the message names file, line, reason)
     * @throws IllegalArgumentException if the generator id or its arguments are bad
     */
    public static Dataset load(Settings s) throws FileFormatException {
        if (s.dataFile() != null) {
            try {
                return CsvData.read(s.dataFile());
            } catch (DataFormatException e) {
                throw new FileFormatException(e.getMessage());
            } catch (java.io.IOException e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new FileFormatException(
                        m.contains(s.dataFile().toString()) ? m : s.dataFile() + ": cannot be read (" + m + ")");
            }
        }
        DatasetKind kind = DatasetKind.fromId(s.dataset());
        double noise = Double.isNaN(s.noise()) ? kind.defaultNoise() : s.noise();
        return kind.generate(s.samples(), noise, s.seed());
    }
}
