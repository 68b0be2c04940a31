package org.maoni.bill.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Renders Word list numbering ({@code numbering.xml}) as text, the way Word shows it: counters per abstract list, a
 * level restarting when a higher level advances, {@code lvlText} templates such as {@code "(%1)"} or {@code "%1.%2"},
 * the common number formats, start values and per-instance start overrides. Feed it the numbered paragraphs in
 * document order.
 */
final class DocxNumbering {

    static final class Level {
        int start = 1;
        String numFmt = "decimal";
        String lvlText;
        Integer restart;
        boolean legal;
        String suffix = "tab";
    }

    static final class AbstractNum {
        final Map<Integer, Level> levels = new HashMap<>();
        String numStyleLink;
    }

    static final class Num {
        String abstractId;
        final Map<Integer, Integer> startOverrides = new HashMap<>();
        final Map<Integer, Level> levelOverrides = new HashMap<>();
    }

    private final Map<String, AbstractNum> abstracts = new HashMap<>();
    private final Map<String, Num> nums = new HashMap<>();
    /** Counters per abstract list: level to current value (absent: not started). */
    private final Map<String, int[]> counters = new HashMap<>();
    /** Instances whose start overrides have been applied. */
    private final java.util.Set<String> started = new java.util.HashSet<>();
    /** Style id to numId, to follow numStyleLink. */
    private Map<String, String> styleNumIds = Map.of();

    static DocxNumbering parse(byte[] xml, Guard guard) throws XMLStreamException {
        DocxNumbering n = new DocxNumbering();
        if (xml == null) {
            return n;
        }
        try (SafeXml.Reader r = new SafeXml.Reader(xml, guard)) {
            if (!r.toRoot()) {
                return n;
            }
            while (r.nextChild()) {
                switch (r.localName()) {
                    case "abstractNum" -> n.abstractNum(r);
                    case "num" -> n.num(r);
                    default -> r.skip();
                }
            }
        }
        return n;
    }

    void linkStyles(DocxStyles styles) {
        Map<String, String> m = new HashMap<>();
        styles.styles.forEach((id, st) -> {
            if (st.numId != null) {
                m.put(id, st.numId);
            }
        });
        styleNumIds = m;
    }

    private void abstractNum(SafeXml.Reader r) throws XMLStreamException {
        String id = r.attr("abstractNumId");
        AbstractNum a = new AbstractNum();
        while (r.nextChild()) {
            switch (r.localName()) {
                case "lvl" -> {
                    int ilvl = DocxExtractor.parseInt(r.attr("ilvl"), 0);
                    a.levels.put(ilvl, level(r));
                }
                case "numStyleLink" -> {
                    a.numStyleLink = r.attr("val");
                    r.skip();
                }
                default -> r.skip();
            }
        }
        if (id != null) {
            abstracts.put(id, a);
        }
    }

    private static Level level(SafeXml.Reader r) throws XMLStreamException {
        Level l = new Level();
        while (r.nextChild()) {
            String v = r.attr("val");
            switch (r.localName()) {
                case "start" -> l.start = DocxExtractor.parseInt(v, 1);
                case "numFmt" -> l.numFmt = v == null ? "decimal" : v;
                case "lvlText" -> l.lvlText = v;
                case "lvlRestart" -> l.restart = DocxExtractor.parseInt(v, null);
                case "isLgl" -> l.legal = v == null || "1".equals(v) || "true".equals(v);
                case "suff" -> l.suffix = v == null ? "tab" : v;
                default -> {}
            }
            r.skip();
        }
        return l;
    }

    private void num(SafeXml.Reader r) throws XMLStreamException {
        String id = r.attr("numId");
        Num num = new Num();
        while (r.nextChild()) {
            switch (r.localName()) {
                case "abstractNumId" -> {
                    num.abstractId = r.attr("val");
                    r.skip();
                }
                case "lvlOverride" -> {
                    int ilvl = DocxExtractor.parseInt(r.attr("ilvl"), 0);
                    while (r.nextChild()) {
                        if ("startOverride".equals(r.localName())) {
                            num.startOverrides.put(ilvl, DocxExtractor.parseInt(r.attr("val"), 1));
                            r.skip();
                        } else if ("lvl".equals(r.localName())) {
                            num.levelOverrides.put(ilvl, level(r));
                        } else {
                            r.skip();
                        }
                    }
                }
                default -> r.skip();
            }
        }
        if (id != null) {
            nums.put(id, num);
        }
    }

    private AbstractNum abstractOf(Num num) {
        AbstractNum a = abstracts.get(num.abstractId);
        // numStyleLink: the list is defined by the numbering of a style
        for (int hops = 0; a != null && a.numStyleLink != null && a.levels.isEmpty() && hops < 8; hops++) {
            String linkedNumId = styleNumIds.get(a.numStyleLink);
            Num linked = linkedNumId == null ? null : nums.get(linkedNumId);
            a = linked == null ? null : abstracts.get(linked.abstractId);
        }
        return a;
    }

    private Level levelOf(Num num, AbstractNum a, int ilvl) {
        Level l = num.levelOverrides.get(ilvl);
        return l != null ? l : a.levels.get(ilvl);
    }

    /**
     * The label of the next paragraph of list {@code numId} at level {@code ilvl}, advancing the counters; null when
     * the list does not exist or shows nothing. Bullets are rendered as "•".
     */
    String next(String numId, int ilvl) {
        if (numId == null || "0".equals(numId) || ilvl < 0 || ilvl > 8) {
            return null;
        }
        Num num = nums.get(numId);
        if (num == null) {
            return null;
        }
        AbstractNum a = abstractOf(num);
        if (a == null) {
            return null;
        }
        Level level = levelOf(num, a, ilvl);
        if (level == null) {
            return null;
        }
        String key = num.abstractId;
        int[] c = counters.computeIfAbsent(key, k -> fresh());
        if (!num.startOverrides.isEmpty() && started.add(numId)) {
            // a new instance with overrides restarts its levels
            for (Map.Entry<Integer, Integer> e : num.startOverrides.entrySet()) {
                if (e.getKey() >= 0 && e.getKey() <= 8) {
                    c[e.getKey()] = e.getValue() - 1;
                }
            }
        }
        if (c[ilvl] == Integer.MIN_VALUE) {
            Integer override = num.startOverrides.get(ilvl);
            c[ilvl] = (override != null ? override : level.start) - 1;
        }
        c[ilvl]++;
        // deeper levels restart (unless lvlRestart says otherwise)
        for (int d = ilvl + 1; d <= 8; d++) {
            Level dl = levelOf(num, a, d);
            if (dl != null && dl.restart != null && (dl.restart == 0 || ilvl > dl.restart - 1)) {
                continue;
            }
            c[d] = Integer.MIN_VALUE;
        }
        String template = level.lvlText;
        if (template == null) {
            return null;
        }
        if ("bullet".equals(level.numFmt)) {
            return "•";
        }
        if ("none".equals(level.numFmt) && !template.contains("%")) {
            return template.isBlank() ? null : template;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch == '%' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int ref = template.charAt(i + 1) - '1';
                i++;
                if (ref < 0 || ref > 8) {
                    continue;
                }
                Level rl = levelOf(num, a, ref);
                int value = c[ref] == Integer.MIN_VALUE ? (rl != null ? rl.start : 1) : c[ref];
                String fmt = rl == null ? "decimal" : rl.numFmt;
                if (level.legal && ref < ilvl) {
                    fmt = "decimal";
                }
                sb.append(format(value, fmt));
            } else {
                sb.append(ch);
            }
        }
        String label = sb.toString().strip();
        return label.isEmpty() ? null : label;
    }

    private static int[] fresh() {
        int[] c = new int[9];
        java.util.Arrays.fill(c, Integer.MIN_VALUE);
        return c;
    }

    static String format(int value, String numFmt) {
        return switch (numFmt == null ? "decimal" : numFmt) {
            case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
            case "ordinal" -> value + ordinalSuffix(value);
            case "none" -> "";
            default -> Integer.toString(value);
        };
    }

    /** Word's letters: a..z, then aa..zz, then aaa.. (repeated letter, not base 26). */
    static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char ch = (char) ('A' + (value - 1) % 26);
        int times = (value - 1) / 26 + 1;
        return String.valueOf(ch).repeat(Math.min(times, 10));
    }

    static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        int[] vals = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] syms = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int v = value;
        for (int i = 0; i < vals.length; i++) {
            while (v >= vals[i]) {
                sb.append(syms[i]);
                v -= vals[i];
            }
        }
        return sb.toString();
    }

    private static String ordinalSuffix(int v) {
        int m100 = v % 100;
        if (m100 >= 11 && m100 <= 13) {
            return "th";
        }
        return switch (v % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Whether a suffix other than "nothing" separates the label from the text. */
    boolean hasSeparator(String numId, int ilvl) {
        Num num = nums.get(numId);
        AbstractNum a = num == null ? null : abstractOf(num);
        Level l = a == null ? null : levelOf(num, a, ilvl);
        return l == null || !"nothing".equals(l.suffix);
    }
}
