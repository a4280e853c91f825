package dev.boundarylab.data;

/** What the CSV reader asks of one value's text: is it a plain decimal number, and how to show it in a message. */
final class CsvValues {
    /** The most characters of a value a message shows; longer ones end in {@code ...}. */
    static final int SHOWN = 40;

    private CsvValues() {}

    /**
     * Whether {@code s} is a plain decimal number: an optional sign, digits with at most one point (at least one
     * digit), and an optional exponent ({@code 12}, {@code -0.5}, {@code .5}, {@code 3.}, {@code 1.5e-3}); not
     * {@code NaN}, {@code Infinity}, hexadecimal or a Java suffix such as {@code 1f}, all of which
     * {@link Double#parseDouble} would take.
     */
    static boolean isNumeral(String s) {
        int e = s.length();
        int i = 0;
        if (i < e && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < e && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < e && s.charAt(i) == '.') {
            i++;
            while (i < e && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < e && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < e && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < e && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == e;
    }

    /** Whether {@code s} is a number written with a decimal comma, such as {@code 1,5} or {@code -0,25}. */
    static boolean hasDecimalComma(String s) {
        int comma = s.indexOf(',');
        return comma >= 0 && comma == s.lastIndexOf(',') && isNumeral(s.replace(',', '.'));
    }

    /** Whether {@code s} names a value that is not a finite number: NaN or infinity, with or without a sign. */
    static boolean isNotFinite(String s) {
        String word = s.replaceFirst("^[+-]", "");
        return word.equalsIgnoreCase("nan") || word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity");
    }

    /** {@code s} cut to {@value #SHOWN} characters for a message, ending in {@code ...} if it was longer. */
    static String cut(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
    }

    /** {@code s} in single quotes, cut short if long, for a message. */
    static String quote(String s) {
        return "'" + cut(s) + "'";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
