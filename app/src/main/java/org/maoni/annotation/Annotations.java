package org.maoni.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.maoni.annotation.model.Annotation;
import org.maoni.bill.BillId;

/**
 * Annotations on the provisions of bill versions: stored ones (staff notes, tags, imports, proposals made on the bill
 * page) and the proposals of memoranda, all as W3C Web Annotations. Every write validates the target (known version and
 * provision, quote in the provision, selectors agreeing) and refuses bad input with an {@link AnnotationProblem} that
 * stores nothing. Listings carry each annotation's anchoring in later versions (extension property
 * {@code anchoring}) and, once decided and visible to the viewer, the committee's decision ({@code decision}).
 */
public interface Annotations {

    /** The annotations the viewer may see, in order of creation; {@code baseUrl} is the server's, for IRIs. */
    List<Annotation> list(AnnotationFilter filter, Viewer viewer, String baseUrl);

    /** The number of proposals on each provision of a version (eId to count), public whoever made them. */
    Map<String, Integer> proposalCounts(BillId billId, int version);

    /** Stores a staff annotation (comment, question, tag, proposal note); staff only, tags for taggers only. */
    Annotation create(Annotation annotation, Viewer viewer, String baseUrl);

    /**
     * A member of the public's proposal on a provision: submitted as a one-proposal memorandum through the memorandum
     * intake (which needs an open call), then stored as the annotation of that proposal.
     */
    ProposalMade propose(ClauseProposal proposal, String baseUrl);

    /**
     * Imports W3C JSON-LD (an annotation, a page or a collection); all or nothing: one bad annotation refuses the whole
     * document. Imported annotations are visible to staff only.
     */
    List<Annotation> importAll(JsonNode document, Viewer viewer, String baseUrl);

    /** Re-anchors every annotation of the bill (memoranda proposals included) in {@code version}; idempotent. */
    void reanchor(BillId billId, int version);
}
