package org.maoni.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maoni.memorandum.ParticipationRecords;
import org.maoni.memorandum.PublishedMemorandum;
import org.springframework.stereotype.Component;

/**
 * The open-data files of published memoranda, proposals and decisions as JSON Lines and CSV. Everything comes from
 * {@link ParticipationRecords#published()}, which has already removed personal data; this class only flattens it.
 */
@Component
public class OpenDataExport {

    /** The datasets offered. */
    public enum Dataset {
        MEMORANDA,
        PROPOSALS,
        DECISIONS
    }

    private final ParticipationRecords records;
    private final ObjectMapper json;

    OpenDataExport(ParticipationRecords records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    /** The dataset's records as flat maps (column -> value), in a stable column order. */
    public List<Map<String, Object>> rows(Dataset dataset) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PublishedMemorandum m : records.published()) {
            if (dataset == Dataset.MEMORANDA) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("reference", m.reference().value());
                row.put("billId", m.billId().value().toString());
                row.put("version", m.version());
                row.put("channel", m.channel().name());
                row.put("submitterKind", m.submitterKind().name());
                row.put(
                        "organisationType",
                        m.organisationType() == null
                                ? null
                                : m.organisationType().name());
                row.put("organisation", m.organisation());
                row.put("county", m.county() == null ? null : m.county().displayName());
                row.put("receivedAt", m.receivedAt().toString());
                row.put("responseDue", m.responseDue().toString());
                row.put("late", m.late());
                row.put(
                        "respondedAt",
                        m.respondedAt() == null ? null : m.respondedAt().toString());
                row.put("proposals", m.proposals().size());
                row.put("text", m.text());
                out.add(row);
                continue;
            }
            for (PublishedMemorandum.PublishedProposal p : m.proposals()) {
                if (dataset == Dataset.DECISIONS && p.decision() == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("proposalId", p.id());
                row.put("memorandum", m.reference().value());
                row.put("billId", m.billId().value().toString());
                row.put("version", m.version());
                row.put("provision", p.reference());
                row.put("eIds", String.join(" ", p.eIds()));
                if (dataset == Dataset.PROPOSALS) {
                    row.put("stance", p.stance().name());
                    row.put("proposedText", p.proposedText());
                    row.put("justification", p.justification());
                    row.put(
                            "decision",
                            p.decision() == null
                                    ? null
                                    : p.decision().decision().name());
                } else {
                    var d = p.decision();
                    row.put("decision", d.decision().name());
                    row.put("reasons", d.reasons());
                    row.put("observation", d.observation());
                    row.put("decidedBy", d.decidedBy());
                    row.put(
                            "decidedAt",
                            d.decidedAt() == null ? null : d.decidedAt().toString());
                    var impl = d.implementation();
                    row.put("implementedInVersion", impl == null ? null : impl.version());
                    row.put("implementedInEId", impl == null ? null : impl.eId());
                }
                out.add(row);
            }
        }
        return out;
    }

    public String jsonLines(Dataset dataset) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> row : rows(dataset)) {
            try {
                b.append(json.writeValueAsString(row)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write JSON", e);
            }
        }
        return b.toString();
    }

    public String csv(Dataset dataset) {
        List<Map<String, Object>> rows = rows(dataset);
        Csv csv = new Csv();
        List<String> columns =
                rows.isEmpty() ? columns(dataset) : List.copyOf(rows.get(0).keySet());
        csv.row(columns);
        for (Map<String, Object> row : rows) {
            csv.row(columns.stream().map(row::get).toList());
        }
        return csv.text();
    }

    private static List<String> columns(Dataset dataset) {
        return switch (dataset) {
            case MEMORANDA ->
                List.of(
                        "reference",
                        "billId",
                        "version",
                        "channel",
                        "submitterKind",
                        "organisationType",
                        "organisation",
                        "county",
                        "receivedAt",
                        "responseDue",
                        "late",
                        "respondedAt",
                        "proposals",
                        "text");
            case PROPOSALS ->
                List.of(
                        "proposalId",
                        "memorandum",
                        "billId",
                        "version",
                        "provision",
                        "eIds",
                        "stance",
                        "proposedText",
                        "justification",
                        "decision");
            case DECISIONS ->
                List.of(
                        "proposalId",
                        "memorandum",
                        "billId",
                        "version",
                        "provision",
                        "eIds",
                        "decision",
                        "reasons",
                        "observation",
                        "decidedBy",
                        "decidedAt",
                        "implementedInVersion",
                        "implementedInEId");
        };
    }
}
