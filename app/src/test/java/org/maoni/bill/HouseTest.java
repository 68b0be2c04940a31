package org.maoni.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HouseTest {

    @Test
    void readsTheThreeKindsOfHouse() {
        assertThat(House.fromText("National Assembly")).contains(House.NATIONAL_ASSEMBLY);
        assertThat(House.fromText("  senate ")).contains(House.SENATE);
        assertThat(House.fromText("County Assembly of Nakuru"))
                .contains(new House(House.Kind.COUNTY_ASSEMBLY, County.NAKURU));
        assertThat(House.fromText("Murang'a County Assembly"))
                .contains(new House(House.Kind.COUNTY_ASSEMBLY, County.MURANGA));
        assertThat(House.fromText("county assembly of  tharaka nithi"))
                .contains(new House(House.Kind.COUNTY_ASSEMBLY, County.THARAKA_NITHI));
    }

    @Test
    void refusesUnknownHousesAndCounties() {
        assertThat(House.fromText(null)).isEmpty();
        assertThat(House.fromText("")).isEmpty();
        assertThat(House.fromText("House of Lords")).isEmpty();
        assertThat(House.fromText("County Assembly of Atlantis")).isEmpty();
        assertThat(House.fromText("County Assembly of \u0000")).isEmpty();
        assertThatThrownBy(() -> new House(House.Kind.SENATE, County.KISUMU))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new House(House.Kind.COUNTY_ASSEMBLY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAsItReads() {
        for (County county : County.values()) {
            House house = new House(House.Kind.COUNTY_ASSEMBLY, county);
            assertThat(House.fromText(house.toString())).contains(house);
        }
        assertThat(House.NATIONAL_ASSEMBLY).hasToString("National Assembly");
    }

    @Test
    void knowsAllFortySevenCounties() {
        assertThat(County.values()).hasSize(47);
        assertThat(County.fromName("Nairobi County")).contains(County.NAIROBI);
        assertThat(County.fromName("ELGEYO MARAKWET")).contains(County.ELGEYO_MARAKWET);
        assertThat(County.fromName("Muranga")).contains(County.MURANGA);
        assertThat(County.fromName("Homa-Bay")).contains(County.HOMA_BAY);
    }
}
