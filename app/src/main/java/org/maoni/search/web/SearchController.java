package org.maoni.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.County;
import org.maoni.search.Audience;
import org.maoni.search.DocumentType;
import org.maoni.search.Facet;
import org.maoni.search.FacetCount;
import org.maoni.search.SearchFilters;
import org.maoni.search.SearchHit;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.SearchResult;
import org.maoni.search.SortOrder;
import org.maoni.search.internal.IndexFields;
import org.maoni.search.query.InvalidQueryException;
import org.maoni.search.query.ParsedQuery;
import org.maoni.search.query.QueryParser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: full-text search over what the caller may see (the public sees published material only;
 * signed-in staff see everything, including staff-only text). Refused with a 400 problem: queries the parser refuses,
 * invalid filters, and pages deeper than {@link SearchQuery#MAX_DEPTH} hits.
 */
@RestController
class SearchController {

    private static final int MAX_VALUES = 50;
    private static final Set<String> STAFF_AUTHORITIES = Set.of("ROLE_CLERK", "ROLE_COMMITTEE", "ROLE_ADMIN");

    private final SearchIndex index;
    private final BillService bills;

    SearchController(SearchIndex index, BillService bills) {
        this.index = index;
        this.bills = bills;
    }

    /** One page of hits with the facet counts over all matches. */
    record SearchResponse(
            String q,
            long total,
            int page,
            int size,
            String sort,
            List<HitView> hits,
            Map<String, List<FacetCount>> facets) {}

    /**
     * One hit: the document's fields, the bill's title, the HTML {@code snippet} (escaped, with {@code <mark>}), for
     * staff the {@code staffSnippet}, and where it can be read in the UI (see {@link #link}).
     */
    record HitView(
            String id,
            DocumentType type,
            String billId,
            String billTitle,
            Integer version,
            String eId,
            String lineageId,
            String reference,
            String county,
            String submitterType,
            String stance,
            String decision,
            String status,
            LocalDate date,
            String title,
            String snippet,
            String staffSnippet,
            String link) {}

    @GetMapping("/api/search")
    SearchResponse search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) List<String> billId,
            @RequestParam(required = false) List<String> version,
            @RequestParam(required = false) List<String> provision,
            @RequestParam(required = false) List<String> county,
            @RequestParam(required = false) List<String> submitterType,
            @RequestParam(required = false) List<String> stance,
            @RequestParam(required = false) List<String> decision,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false, defaultValue = "relevance") String sort,
            @RequestParam(required = false, defaultValue = "0") String page,
            @RequestParam(required = false, defaultValue = "20") String size,
            Authentication authentication) {
        ParsedQuery parsed;
        try {
            parsed = QueryParser.parse(q);
        } catch (InvalidQueryException e) {
            throw SearchProblem.invalidQuery(e.slug(), e.getMessage());
        }
        List<SearchProblem.FieldError> errors = new ArrayList<>();
        SearchFilters filters = new SearchFilters(
                values("type", type, errors, v -> DocumentType.valueOf(v.toUpperCase(Locale.ROOT))),
                values("billId", billId, errors, v -> BillId.valueOf(v).toString()),
                values("version", version, errors, SearchController::positive),
                values("provision", provision, errors, SearchController::identifier),
                values(
                        "county",
                        county,
                        errors,
                        v -> County.fromName(v)
                                .orElseThrow(() -> new IllegalArgumentException("unknown county"))
                                .displayName()),
                values("submitterType", submitterType, errors, SearchController::code),
                values("stance", stance, errors, SearchController::code),
                values("decision", decision, errors, SearchController::code),
                values("status", status, errors, SearchController::code),
                date("from", from, errors),
                date("to", to, errors));
        if (filters.from() != null && filters.to() != null && filters.from().isAfter(filters.to())) {
            errors.add(new SearchProblem.FieldError("from", "is after 'to'"));
        }
        SortOrder order = null;
        try {
            order = SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new SearchProblem.FieldError("sort", "must be 'relevance' or 'date'"));
        }
        Integer pageNumber = integer("page", page, 0, Integer.MAX_VALUE, errors);
        Integer pageSize = integer("size", size, 0, SearchQuery.MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw SearchProblem.invalidFields(errors);
        }
        long depth = ((long) pageNumber + 1) * pageSize;
        if (depth > SearchQuery.MAX_DEPTH) {
            throw SearchProblem.pageTooDeep("Only the first " + SearchQuery.MAX_DEPTH
                    + " hits can be paged through; narrow the search with more words or filters.");
        }
        Audience audience = isStaff(authentication) ? Audience.STAFF : Audience.PUBLIC;
        SearchResult result =
                index.search(new SearchQuery(parsed, audience, filters, order, pageNumber * pageSize, pageSize));
        Map<String, String> titles = new HashMap<>();
        List<HitView> hits =
                result.hits().stream().map(h -> view(h, titles, audience)).toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(IndexFields.field(facet), result.facets().getOrDefault(facet, List.of()));
        }
        return new SearchResponse(
                q == null ? "" : q,
                result.total(),
                pageNumber,
                pageSize,
                order.name().toLowerCase(Locale.ROOT),
                hits,
                facets);
    }

    private HitView view(SearchHit h, Map<String, String> titles, Audience audience) {
        String billTitle = h.billId() == null
                ? null
                : titles.computeIfAbsent(
                        h.billId(),
                        id -> bills.find(BillId.valueOf(id)).map(Bill::title).orElse(null));
        String link = link(h);
        return new HitView(
                h.id(),
                h.type(),
                h.billId(),
                billTitle,
                h.version(),
                h.eId(),
                h.lineageId(),
                h.reference(),
                h.county(),
                h.submitterType(),
                h.stance(),
                h.decision(),
                h.status(),
                h.date(),
                h.title(),
                h.snippet(),
                audience == Audience.STAFF ? h.staffSnippet() : null,
                link);
    }

    /**
     * Where a hit can be read in the UI: a provision's history, the clause a proposal or decision is about in its
     * version, else the bill.
     */
    private static String link(SearchHit h) {
        if (h.billId() == null) {
            return null;
        }
        String bill = "/bills/" + encode(h.billId());
        if (h.type() == DocumentType.PROVISION && h.eId() != null) {
            return bill + "/provisions/" + encode(h.eId()) + "/history?version=" + h.version();
        }
        if (h.eId() != null && h.version() != null) {
            return bill + "/versions/" + h.version() + "#" + encode(h.eId());
        }
        return bill;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean isStaff(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(STAFF_AUTHORITIES::contains);
    }

    private static <T> Set<T> values(
            String field, List<String> raw, List<SearchProblem.FieldError> errors, Function<String, T> parse) {
        if (raw == null || raw.isEmpty()) {
            return Set.of();
        }
        List<String> split = raw.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
        if (split.size() > MAX_VALUES) {
            errors.add(new SearchProblem.FieldError(field, "has more than " + MAX_VALUES + " values"));
            return Set.of();
        }
        Set<T> out = new LinkedHashSet<>();
        for (String v : split) {
            try {
                out.add(parse.apply(v));
            } catch (IllegalArgumentException e) {
                errors.add(new SearchProblem.FieldError(field, "'" + abbreviate(v) + "' is not a valid value"));
            }
        }
        return out;
    }

    private static Integer positive(String v) {
        int n = Integer.parseInt(v);
        if (n < 1) {
            throw new IllegalArgumentException("not positive");
        }
        return n;
    }

    private static String identifier(String v) {
        if (v.length() > 200 || v.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not an identifier");
        }
        return v;
    }

    private static String code(String v) {
        String upper = v.toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z_]{1,40}")) {
            throw new IllegalArgumentException("not a code");
        }
        return upper;
    }

    private static LocalDate date(String field, String raw, List<SearchProblem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new SearchProblem.FieldError(field, "'" + abbreviate(raw) + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static Integer integer(String field, String raw, int min, int max, List<SearchProblem.FieldError> errors) {
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        errors.add(new SearchProblem.FieldError(
                field, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
