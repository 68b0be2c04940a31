package org.maoni.bill;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One node of a bill version's provision tree. {@code eId} follows the Akoma Ntoso naming convention
 * ({@code part_II}, {@code sec_5}, {@code sec_5__subsec_2__para_a}) and is unique within a version; {@code num} is the
 * number as printed ("5.", "(2)", "(a)"), {@code heading} the marginal note or title, {@code text} the node's own text
 * before its children and {@code wrapUp} any text that follows them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provision(
        String eId,
        ProvisionType type,
        String num,
        String heading,
        String text,
        String wrapUp,
        List<Provision> children) {

    public Provision {
        Objects.requireNonNull(eId, "eId");
        Objects.requireNonNull(type, "type");
        children = children == null ? List.of() : List.copyOf(children);
    }
}
