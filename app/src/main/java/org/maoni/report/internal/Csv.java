package org.maoni.report.internal;

import java.util.List;

/**
 * CSV (RFC 4180) that spreadsheets cannot run: a cell starting with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe so it is read as text, never as a formula (OWASP CSV injection).
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** The CSV text, with a byte-order mark so that spreadsheet programs read it as UTF-8. */
    public String text() {
        return "\uFEFF" + out;
    }

    /** One cell, neutralised and quoted when needed. */
    static String cell(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
