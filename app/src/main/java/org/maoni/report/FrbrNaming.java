package org.maoni.report;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.Bill;
import org.maoni.bill.BillVersion;
import org.maoni.bill.County;
import org.maoni.bill.House;
import org.maoni.bill.ProvisionTree;

/**
 * Maoni's Akoma Ntoso naming of a bill: work {@code /akn/ke/bill/{year}/{number}}, expression
 * {@code .../eng@{date}}. The number names the series the bill is printed in and its number in that series
 * ("National Assembly Bills No. 30" is {@code na-30}, "Senate Bills No. 7" {@code senate-7}, a Nakuru county assembly
 * bill No. 3 {@code county-nakuru-3}); a bill without a printed number is named by its id.
 */
final class FrbrNaming {

    static final String COUNTRY = "ke";
    static final String LANGUAGE = "eng";

    private static final Pattern NUMBER =
            Pattern.compile("(?i)\\b(?:no|nos|number|nr)\\s*\\.?\\s*:?\\s*(\\d{1,6}[a-z]?)\\b");

    private FrbrNaming() {}

    /** A date and whether it is the date the document was published (else when Maoni recorded it). */
    record Dated(LocalDate date, boolean published) {}

    static String number(Bill bill) {
        String printed = bill.billNumber();
        if (printed != null) {
            Matcher m = NUMBER.matcher(printed);
            // "Kenya Gazette Supplement No. 102 (National Assembly Bills No. 30)": the number after "Bill" wins.
            int bills = printed.toLowerCase(Locale.ROOT).indexOf("bill");
            if (m.find(Math.max(bills, 0)) || m.find(0)) {
                return series(printed, bill.house()) + "-" + m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return bill.id().toString();
    }

    /** The series a bill number is printed in; the printed words win over the house the bill is now before. */
    static String series(String printed, House house) {
        String folded = " " + fold(printed) + " ";
        if (folded.contains(" senate ")) {
            return "senate";
        }
        if (folded.contains(" national assembly ")) {
            return "na";
        }
        for (County county : County.values()) {
            if (folded.contains(" " + fold(county.displayName()) + " ")) {
                return countySeries(county);
            }
        }
        if (house == null) {
            return "bill";
        }
        return switch (house.kind()) {
            case NATIONAL_ASSEMBLY -> "na";
            case SENATE -> "senate";
            case COUNTY_ASSEMBLY -> countySeries(house.county());
        };
    }

    private static String countySeries(County county) {
        return "county-" + fold(county.displayName()).replace(' ', '-');
    }

    /** Lower case ASCII letters and digits separated by single spaces: "Murang'a" is "muranga", "Tharaka-Nithi" is
     * "tharaka nithi". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019`]", "")
                .replaceAll("[^a-z0-9]+", " ");
        return s.strip();
    }

    static int year(Bill bill) {
        if (bill.year() != null && bill.year() > 0 && bill.year() <= 9999) {
            return bill.year();
        }
        return workDate(bill).date().getYear();
    }

    static String workUri(Bill bill) {
        return "/akn/" + COUNTRY + "/bill/" + year(bill) + "/" + number(bill);
    }

    static String expressionUri(Bill bill, LocalDate date) {
        return workUri(bill) + "/" + LANGUAGE + "@" + date;
    }

    /** The bill's first version's date: the work came into being when it was first published. */
    static Dated workDate(Bill bill) {
        return firstVersion(bill)
                .map(v -> versionDate(bill, v))
                .orElseGet(() -> new Dated(day(bill.createdAt()), false));
    }

    static Dated expressionDate(Bill bill, ProvisionTree tree) {
        if (tree.publicationDate() != null) {
            return new Dated(tree.publicationDate(), true);
        }
        return version(bill, tree.number())
                .map(v -> versionDate(bill, v))
                .orElseGet(() -> new Dated(day(bill.createdAt()), false));
    }

    static Dated versionDate(Bill bill, BillVersion version) {
        if (version.publicationDate() != null) {
            return new Dated(version.publicationDate(), true);
        }
        return new Dated(day(version.createdAt() != null ? version.createdAt() : bill.createdAt()), false);
    }

    static Optional<BillVersion> version(Bill bill, int number) {
        return bill.versions().stream().filter(v -> v.number() == number).findFirst();
    }

    static Optional<BillVersion> firstVersion(Bill bill) {
        return bill.versions().stream().min(Comparator.comparingInt(BillVersion::number));
    }

    /** When this rendering's content last changed: the tree's correction, else its parsing, else the bill's record. */
    static Instant manifestationTime(Bill bill, ProvisionTree tree) {
        return version(bill, tree.number())
                .map(v -> v.treeEditedAt() != null ? v.treeEditedAt() : v.createdAt())
                .orElse(bill.createdAt());
    }

    private static LocalDate day(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException(
                    "The bill has no date at all: neither a publication nor a creation date");
        }
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
