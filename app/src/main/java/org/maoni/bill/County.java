package org.maoni.bill;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The 47 counties of Kenya (First Schedule to the Constitution), in their official order. */
public enum County {
    MOMBASA("Mombasa"),
    KWALE("Kwale"),
    KILIFI("Kilifi"),
    TANA_RIVER("Tana River"),
    LAMU("Lamu"),
    TAITA_TAVETA("Taita Taveta"),
    GARISSA("Garissa"),
    WAJIR("Wajir"),
    MANDERA("Mandera"),
    MARSABIT("Marsabit"),
    ISIOLO("Isiolo"),
    MERU("Meru"),
    THARAKA_NITHI("Tharaka-Nithi"),
    EMBU("Embu"),
    KITUI("Kitui"),
    MACHAKOS("Machakos"),
    MAKUENI("Makueni"),
    NYANDARUA("Nyandarua"),
    NYERI("Nyeri"),
    KIRINYAGA("Kirinyaga"),
    MURANGA("Murang'a"),
    KIAMBU("Kiambu"),
    TURKANA("Turkana"),
    WEST_POKOT("West Pokot"),
    SAMBURU("Samburu"),
    TRANS_NZOIA("Trans Nzoia"),
    UASIN_GISHU("Uasin Gishu"),
    ELGEYO_MARAKWET("Elgeyo-Marakwet"),
    NANDI("Nandi"),
    BARINGO("Baringo"),
    LAIKIPIA("Laikipia"),
    NAKURU("Nakuru"),
    NAROK("Narok"),
    KAJIADO("Kajiado"),
    KERICHO("Kericho"),
    BOMET("Bomet"),
    KAKAMEGA("Kakamega"),
    VIHIGA("Vihiga"),
    BUNGOMA("Bungoma"),
    BUSIA("Busia"),
    SIAYA("Siaya"),
    KISUMU("Kisumu"),
    HOMA_BAY("Homa Bay"),
    MIGORI("Migori"),
    KISII("Kisii"),
    NYAMIRA("Nyamira"),
    NAIROBI("Nairobi");

    private final String displayName;

    County(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The county with this name, ignoring case, accents, apostrophes, hyphens, spaces and a trailing "County". */
    public static Optional<County> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = key(name.replaceAll("(?i)\\s+county$", "").replaceAll("(?i)^\\s*county\\s+of\\s+", ""));
        return Arrays.stream(values())
                .filter(c -> key(c.displayName).equals(key) || key(c.name()).equals(key))
                .findFirst();
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("[^\\p{L}\\p{N}]", "")
                .toLowerCase(Locale.ROOT);
    }
}
