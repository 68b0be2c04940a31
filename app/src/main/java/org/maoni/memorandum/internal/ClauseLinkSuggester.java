package org.maoni.memorandum.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.memorandum.LinkSuggestions;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.intake.ProvisionReferences;
import org.maoni.memorandum.intake.ReferenceResolution;
import org.springframework.stereotype.Service;

/**
 * Suggests clause links paragraph by paragraph. References are found by a pattern for the words that name provisions
 * in English and Kiswahili and resolved by {@link ProvisionReferences}. Similarity is the cosine of TF-IDF weighted
 * word vectors (words of three letters or more, lower-cased, accents removed, common words left out) between the
 * paragraph and each clause and Schedule of the version, so that a provision's rare words
 * count more than words every clause uses; the best {@value #MAX_SIMILAR} at or above {@value #MIN_SCORE} are kept.
 */
@Service
class ClauseLinkSuggester implements LinkSuggestions {

    static final double MIN_SCORE = 0.2;
    static final int MAX_SIMILAR = 3;
    /** Paragraphs shorter than this are headings or greetings, not proposals. */
    static final int MIN_PARAGRAPH = 25;
    /** Enough paragraphs for any real memorandum; bounds the work on hostile input. */
    static final int MAX_PARAGRAPHS = 400;

    private static final Pattern REFERENCE = Pattern.compile(
            "(?iu)\\b(?:(?:sub-?)?(?:clause|section|paragraph|part|schedule)s?|vifungu|kifungu(?:\\s+(?:cha|kidogo))?"
                    + "|sehemu(?:\\s+ya)?)\\s+(?:[0-9]+[A-Z]?|[IVXLC]+\\b)(?:\\s*\\([0-9A-Za-z]{1,5}\\))*");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Set<String> STOP = Set.of(
            "the",
            "and",
            "for",
            "that",
            "this",
            "with",
            "shall",
            "may",
            "any",
            "such",
            "from",
            "which",
            "are",
            "not",
            "be",
            "its",
            "has",
            "have",
            "was",
            "were",
            "will",
            "under",
            "been",
            "all",
            "other",
            "where",
            "their",
            "they",
            "who",
            "whom",
            "into",
            "upon",
            "bill",
            "clause",
            "section",
            "provision",
            "propose",
            "proposed",
            "recommend",
            "recommendation",
            "should",
            "our",
            "we",
            "committee",
            "kwa",
            "katika",
            "cha",
            "ya",
            "wa",
            "na",
            "la",
            "za",
            "kwamba",
            "hii",
            "huu",
            "kifungu");

    private final MemorandumStore store;
    private final BillService bills;

    ClauseLinkSuggester(MemorandumStore store, BillService bills) {
        this.store = store;
        this.bills = bills;
    }

    @Override
    public List<ParagraphLinks> suggest(MemorandumReference reference) {
        Memorandum m = store.find(reference).orElseThrow(() -> MemorandumProblem.notFound(reference.value()));
        List<Provision> tree = bills.tree(m.billId(), m.version()).provisions();
        String text = String.join("\n\n", List.of(m.text() == null ? "" : m.text(), store.extractedText(reference)));
        return suggest(text, tree);
    }

    /** The suggestions for a text against a version's tree. */
    static List<ParagraphLinks> suggest(String text, List<Provision> tree) {
        ProvisionReferences references = new ProvisionReferences(tree);
        Corpus corpus = new Corpus(tree);
        List<ParagraphLinks> out = new ArrayList<>();
        List<String> paragraphs = paragraphs(text);
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            Map<String, Suggestion> found = new LinkedHashMap<>();
            Matcher matcher = REFERENCE.matcher(paragraph);
            while (matcher.find()) {
                ReferenceResolution r = references.resolve(matcher.group());
                if (r.kind() == ReferenceResolution.Kind.MATCHED) {
                    for (String eId : r.eIds()) {
                        found.putIfAbsent(eId, new Suggestion(eId, Basis.REFERENCE, 1.0, matcher.group()));
                    }
                }
            }
            for (Suggestion s : corpus.similar(paragraph)) {
                found.putIfAbsent(s.eId(), s);
            }
            if (!found.isEmpty()) {
                out.add(new ParagraphLinks(i, paragraph, new ArrayList<>(found.values())));
            }
        }
        return out;
    }

    /** Paragraphs: blocks between blank lines, or lines when the text has no blank lines; short ones left out. */
    static List<String> paragraphs(String text) {
        String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        String[] blocks =
                normalized.strip().contains("\n\n") ? normalized.split("\\n\\s*\\n") : normalized.split("\\n");
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            String p = block.strip().replaceAll("\\s+", " ");
            if (p.length() >= MIN_PARAGRAPH && out.size() < MAX_PARAGRAPHS) {
                out.add(p);
            }
        }
        return out;
    }

    /** TF-IDF vectors of the standalone provisions of one version. */
    private static final class Corpus {
        private final Map<String, Map<String, Double>> vectors = new LinkedHashMap<>();
        private final Map<String, Double> idf = new HashMap<>();

        Corpus(List<Provision> tree) {
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            Map<String, Integer> documents = new HashMap<>();
            for (Provision p : Provision.flatten(tree)) {
                if (p.type() == ProvisionType.SECTION || p.type() == ProvisionType.SCHEDULE) {
                    Map<String, Integer> c = words(p.fullText());
                    counts.put(p.eId(), c);
                    c.keySet().forEach(w -> documents.merge(w, 1, Integer::sum));
                }
            }
            int n = Math.max(1, counts.size());
            documents.forEach((w, d) -> idf.put(w, Math.log(1.0 + (double) n / d)));
            counts.forEach((eId, c) -> vectors.put(eId, normalise(weigh(c))));
        }

        List<Suggestion> similar(String paragraph) {
            Map<String, Double> v = normalise(weigh(words(paragraph)));
            if (v.isEmpty()) {
                return List.of();
            }
            List<Suggestion> out = new ArrayList<>();
            vectors.forEach((eId, p) -> {
                double dot = 0;
                for (Map.Entry<String, Double> e : v.entrySet()) {
                    dot += e.getValue() * p.getOrDefault(e.getKey(), 0.0);
                }
                if (dot >= MIN_SCORE) {
                    out.add(new Suggestion(eId, Basis.SIMILARITY, Math.round(dot * 1000) / 1000.0, null));
                }
            });
            out.sort(Comparator.comparingDouble(Suggestion::score).reversed());
            return out.subList(0, Math.min(MAX_SIMILAR, out.size()));
        }

        private Map<String, Double> weigh(Map<String, Integer> counts) {
            Map<String, Double> out = new HashMap<>();
            counts.forEach((w, c) -> {
                Double weight = idf.get(w);
                if (weight != null) {
                    out.put(w, (1 + Math.log(c)) * weight);
                }
            });
            return out;
        }

        private static Map<String, Double> normalise(Map<String, Double> v) {
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            if (norm == 0) {
                return Map.of();
            }
            Map<String, Double> out = new HashMap<>();
            v.forEach((w, x) -> out.put(w, x / norm));
            return out;
        }
    }

    private static Map<String, Integer> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w)) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }
}
