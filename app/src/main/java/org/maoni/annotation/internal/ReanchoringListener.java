package org.maoni.annotation.internal;

import org.maoni.annotation.Annotations;
import org.maoni.bill.BillVersionAdded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-anchors every annotation of a bill in its new version once the version is committed; a failure leaves the event
 * incomplete in the publication registry, to be retried.
 */
@Component
class ReanchoringListener {

    private final Annotations annotations;

    ReanchoringListener(Annotations annotations) {
        this.annotations = annotations;
    }

    @ApplicationModuleListener
    void on(BillVersionAdded event) {
        annotations.reanchor(event.billId(), event.versionNumber());
    }
}
