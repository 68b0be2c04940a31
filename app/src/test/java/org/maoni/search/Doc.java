package org.maoni.search;

import java.time.LocalDate;
import java.util.List;

/** Builds {@link SearchDocument}s for tests: a public provision in group {@code g} unless told otherwise. */
final class Doc {

    private String id;
    private String group = "g";
    private DocumentType type = DocumentType.PROVISION;
    private Visibility visibility = Visibility.PUBLIC;
    private String billId = "bill-1";
    private Integer version = 1;
    private String eId;
    private String lineageId;
    private String reference;
    private String county;
    private String submitterType;
    private String stance;
    private String decision;
    private String status;
    private LocalDate date;
    private String title = "";
    private String text = "";
    private String staffText = "";
    private List<String> alsoEIds = List.of();
    private List<String> alsoLineageIds = List.of();

    private Doc(String id) {
        this.id = id;
        this.eId = "sec_" + id;
    }

    static Doc doc(String id) {
        return new Doc(id);
    }

    Doc group(String value) {
        group = value;
        return this;
    }

    Doc type(DocumentType value) {
        type = value;
        return this;
    }

    Doc staffOnly() {
        visibility = Visibility.STAFF;
        return this;
    }

    Doc bill(String value) {
        billId = value;
        return this;
    }

    Doc version(Integer value) {
        version = value;
        return this;
    }

    Doc eId(String value) {
        eId = value;
        return this;
    }

    Doc lineage(String value) {
        lineageId = value;
        return this;
    }

    Doc reference(String value) {
        reference = value;
        return this;
    }

    Doc county(String value) {
        county = value;
        return this;
    }

    Doc submitterType(String value) {
        submitterType = value;
        return this;
    }

    Doc stance(String value) {
        stance = value;
        return this;
    }

    Doc decision(String value) {
        decision = value;
        return this;
    }

    Doc status(String value) {
        status = value;
        return this;
    }

    Doc date(String value) {
        date = LocalDate.parse(value);
        return this;
    }

    Doc title(String value) {
        title = value;
        return this;
    }

    Doc text(String value) {
        text = value;
        return this;
    }

    Doc staffText(String value) {
        staffText = value;
        return this;
    }

    /** Further provisions (eIds with their lineage ids) the document is about. */
    Doc also(List<String> eIds, List<String> lineageIds) {
        alsoEIds = eIds;
        alsoLineageIds = lineageIds;
        return this;
    }

    SearchDocument build() {
        return new SearchDocument(
                id,
                group,
                type,
                visibility,
                billId,
                version,
                eId,
                lineageId,
                reference,
                county,
                submitterType,
                stance,
                decision,
                status,
                date,
                title,
                text,
                staffText,
                alsoEIds,
                alsoLineageIds);
    }
}
