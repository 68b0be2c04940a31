package org.maoni.report.internal;

/** HTML escaping and the page frame of the server-rendered report views. */
final class Html {

    private Html() {}

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A complete, self-contained page (inline styles only, no scripts). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + "</title><style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.4;color:#1a1a1a}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.3rem;"
                + "vertical-align:top;text-align:left}th[scope=colgroup]{background:#e8e8e8}"
                + "caption{text-align:left;font-weight:bold;margin:.5rem 0}"
                + ".scroll{overflow-x:auto}</style></head><body><main>"
                + body + "</main></body></html>\n";
    }
}
