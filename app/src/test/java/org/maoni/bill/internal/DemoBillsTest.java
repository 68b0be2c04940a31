package org.maoni.bill.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.BillVersion;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo data is loaded once: running the loader again, as every restart does, adds nothing. */
@MaoniIntegrationTest
class DemoBillsTest {

    private static final String DEMO_TITLE = "The County Markets and Street Trading Bill, 2026";

    @Autowired
    DemoBills demoBills;

    @Autowired
    BillService bills;

    @Test
    void loadingAgainAddsNoBillAndNoVersion() throws Exception {
        List<Bill> before = demo();
        assertThat(before).hasSize(1);
        assertThat(before.get(0).versions())
                .extracting(BillVersion::label)
                .containsExactly("First Reading", "Committee Stage");

        demoBills.run(null);
        demoBills.run(null);

        List<Bill> after = demo();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).id()).isEqualTo(before.get(0).id());
        assertThat(after.get(0).versions()).hasSize(2);
    }

    private List<Bill> demo() {
        return bills.list().stream()
                .filter(b -> DEMO_TITLE.equals(b.title()))
                .filter(b -> DemoBills.ACTOR.equals(b.versions().get(0).createdBy()))
                .toList();
    }
}
