package org.maoni.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small generator of plausible bills (Parts of clauses with headings and subclauses, in English with some Kiswahili)
 * and of the edits a committee makes between versions. Each clause carries a stable identity so a test knows the true
 * alignment.
 */
final class SyntheticBill {

    private static final String[] SUBJECTS = {
        "The Cabinet Secretary",
        "The Authority",
        "The Board",
        "A county government",
        "The Registrar",
        "Every public officer",
        "The Commission",
        "A licensee",
        "The Tribunal",
        "Any person",
        "The Director-General",
        "The County Assembly",
        "A data controller",
        "The Fund Administrator",
        "The Clerk of the National Assembly"
    };
    private static final String[] VERBS = {
        "shall publish",
        "may prescribe",
        "shall establish",
        "shall maintain",
        "may revoke",
        "shall ensure",
        "may delegate",
        "shall submit",
        "shall consider",
        "may require",
        "shall keep",
        "may inspect",
        "shall levy",
        "shall appoint",
        "may suspend"
    };
    private static final String[] OBJECTS = {
        "a register of licences",
        "regulations for the better carrying out of this Act",
        "an annual report",
        "guidelines on public participation",
        "the records of the proceedings",
        "the accounts of the Fund",
        "a code of conduct",
        "the criteria for eligibility",
        "a schedule of fees",
        "the minutes of every meeting",
        "a strategic plan",
        "the list of approved facilities",
        "an inventory of public assets"
    };
    private static final String[] QUALIFIERS = {
        "within thirty days", "in consultation with the county executive", "after public participation",
        "by notice in the Gazette", "subject to subsection (2)", "in the prescribed manner",
        "with the approval of the National Assembly", "at least once every year", "kwa mujibu wa sheria hii",
        "baada ya kushauriana na wananchi", "without undue delay", "on such terms as may be prescribed"
    };
    private static final String[] HEADING_WORDS = {
        "Functions of",
        "Powers of",
        "Establishment of",
        "Register of",
        "Appointment of",
        "Reports of",
        "Funds of",
        "Offences relating to",
        "Appeals against",
        "Regulations on",
        "Records of",
        "Conduct of"
    };
    private static final String[] SYLLABLES = {
        "ka", "mu", "ta", "wa", "ji", "ni", "ba", "ri", "so", "le", "ku", "zi", "ma", "go", "na", "pe", "ha", "tu"
    };
    private static final String[] REPLACEMENTS = {
        "promptly",
        "reasonable",
        "written",
        "national",
        "county",
        "public",
        "independent",
        "statutory",
        "annual",
        "relevant",
        "lawful",
        "mandatory",
        "mwafaka"
    };

    /** One clause: its identity survives across versions, its heading and text may change. */
    record Clause(int id, String heading, String text) {}

    /** A Part of a bill: a heading and its clauses in order. */
    record Part(String heading, List<Clause> clauses) {}

    private final Random random;
    private int nextId;

    SyntheticBill(Random random) {
        this.random = random;
    }

    List<Part> bill(int clauses, int parts) {
        List<Part> bill = new ArrayList<>();
        int made = 0;
        for (int p = 0; p < parts; p++) {
            int size = p == parts - 1 ? clauses - made : Math.max(2, clauses / parts);
            List<Clause> inPart = new ArrayList<>();
            for (int c = 0; c < size; c++) {
                inPart.add(clause(2 + random.nextInt(3)));
            }
            made += size;
            bill.add(new Part("PART " + (p + 1) + "—" + word(), inPart));
        }
        return bill;
    }

    Clause clause(int sentences) {
        String topic = word();
        StringBuilder text = new StringBuilder();
        for (int s = 1; s <= sentences; s++) {
            text.append(s == 1 ? "" : " ").append(sentence(s, topic));
        }
        return new Clause(nextId++, pick(HEADING_WORDS) + " the " + topic + " " + pick(OBJECTS), text.toString());
    }

    /** A new clause (new identity) with the given heading and text. */
    Clause newClause(String heading, String text) {
        return new Clause(nextId++, heading, text);
    }

    String freshHeading() {
        return pick(HEADING_WORDS) + " " + word();
    }

    private String sentence(int number, String topic) {
        return "(" + number + ") " + pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " of the " + topic + " "
                + word() + " " + pick(QUALIFIERS) + ".";
    }

    /** An invented name such as "Wakulima" that gives each clause words of its own. */
    String word() {
        StringBuilder name = new StringBuilder();
        int syllables = 3 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            name.append(pick(SYLLABLES));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A small rewording: a word replaced, inserted or removed, or "shall" turned to "may". */
    String reword(String text) {
        String[] words = text.split(" ");
        int edits = 1 + random.nextInt(2);
        List<String> list = new ArrayList<>(List.of(words));
        for (int e = 0; e < edits; e++) {
            int at = 1 + random.nextInt(list.size() - 1);
            switch (random.nextInt(4)) {
                case 0 -> list.set(at, pick(REPLACEMENTS));
                case 1 -> list.add(at, pick(REPLACEMENTS));
                case 2 -> {
                    if (list.size() > 8) {
                        list.remove(at);
                    } else {
                        list.add(at, "not");
                    }
                }
                default -> {
                    int shall = list.indexOf("shall");
                    list.add(shall < 0 ? at : shall, shall < 0 ? "duly" : "may");
                    if (shall >= 0) {
                        list.remove(shall + 1);
                    }
                }
            }
        }
        String reworded = String.join(" ", list);
        return ProvisionText.normalise(reworded).equals(ProvisionText.normalise(text))
                ? reworded + " " + pick(REPLACEMENTS)
                : reworded;
    }

    /** Scanner damage: letter-spaced words, 1/l and rn/m confusions, lost punctuation, doubled spaces. */
    String ocrNoise(String text) {
        StringBuilder noisy = new StringBuilder();
        for (String word : text.split(" ")) {
            String damaged = word;
            int roll = random.nextInt(12);
            if (roll == 0) {
                damaged = String.join(" ", damaged.toUpperCase().split(""));
            } else if (roll == 1) {
                damaged = damaged.replace('l', '1');
            } else if (roll == 2) {
                damaged = damaged.replace("m", "rn");
            } else if (roll == 3) {
                damaged = damaged.replace("rn", "m");
            } else if (roll == 4) {
                damaged = damaged.replaceAll("\\p{P}", "");
            } else if (roll == 5) {
                damaged = damaged.replace('I', 'l').replace('o', '0');
            }
            noisy.append(damaged).append(random.nextInt(6) == 0 ? "  " : " ");
        }
        return noisy.toString().trim();
    }

    /** Renders a version as the aligner sees it: clauses numbered through, keyed by number, in Parts keyed by number. */
    static List<AlignableProvision> render(List<Part> bill) {
        List<AlignableProvision> provisions = new ArrayList<>();
        int number = 1;
        for (int p = 0; p < bill.size(); p++) {
            for (Clause clause : bill.get(p).clauses()) {
                provisions.add(new AlignableProvision(
                        "sec_" + number,
                        "SECTION",
                        number + ".",
                        clause.heading(),
                        clause.text(),
                        "part_" + roman(p + 1)));
                number++;
            }
        }
        return provisions;
    }

    /** The key each clause identity gets in a rendered version. */
    static Map<Integer, String> keys(List<Part> bill) {
        Map<Integer, String> keys = new HashMap<>();
        int number = 1;
        for (Part part : bill) {
            for (Clause clause : part.clauses()) {
                keys.put(clause.id(), "sec_" + number++);
            }
        }
        return keys;
    }

    private static String roman(int n) {
        String[] numerals = {"X", "IX", "V", "IV", "I"};
        int[] values = {10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        int left = n;
        for (int k = 0; k < values.length; k++) {
            while (left >= values[k]) {
                out.append(numerals[k]);
                left -= values[k];
            }
        }
        return out.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
