package org.maoni.memorandum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.maoni.bill.BillId;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;

/** The pure submission checks: fields, files by their bytes, provision references and receipt tokens. */
class SubmissionRulesTest {

    private static NewMemorandum memo(
            Channel channel,
            Submitter submitter,
            Consent consent,
            String text,
            List<ProposalInput> proposals,
            List<SubmittedFile> files) {
        return new NewMemorandum(
                BillId.random(), 1, channel, submitter, consent, text, proposals, files, null, null, null);
    }

    private static final Submitter PERSON =
            new Submitter(SubmitterKind.INDIVIDUAL, "Amina", null, null, null, null, null);

    @Test
    void aCompleteSubmissionHasNoErrors() {
        assertThat(SubmissionRules.fieldErrors(
                        memo(Channel.API, PERSON, Consent.ANONYMOUS, "Maoni yetu 🙂", List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void missingConsentKindOrganisationTypeStanceAndContentAreNamed() {
        assertThat(fields(memo(Channel.API, PERSON, null, "x", List.of(), List.of())))
                .containsExactly("consent");
        assertThat(fields(memo(
                        Channel.API,
                        new Submitter(null, "A", null, null, null, null, null),
                        Consent.ANONYMOUS,
                        "x",
                        List.of(),
                        List.of())))
                .containsExactly("submitter.kind");
        assertThat(fields(memo(
                        Channel.API,
                        new Submitter(SubmitterKind.ORGANISATION, "Soko", null, null, null, null, null),
                        Consent.ANONYMOUS,
                        "x",
                        List.of(),
                        List.of())))
                .containsExactly("submitter.organisationType");
        assertThat(fields(memo(
                        Channel.WEB_FORM,
                        PERSON,
                        Consent.ANONYMOUS,
                        "",
                        List.of(new ProposalInput("Clause 1", null, "amend it", null)),
                        List.of())))
                .containsExactly("proposals[0].stance");
        assertThat(fields(memo(
                        Channel.UPLOAD,
                        PERSON,
                        Consent.ANONYMOUS,
                        "",
                        List.of(new ProposalInput("Clause 1", null, "amend it", null)),
                        List.of())))
                .isEmpty();
        assertThat(fields(memo(Channel.API, PERSON, Consent.ANONYMOUS, " \u0000 ".strip(), List.of(), List.of())))
                .containsExactly("text");
        assertThat(fields(memo(
                        Channel.API,
                        new Submitter(SubmitterKind.ORGANISATION, "Soko", OrganisationType.CSO, null, null, null, null),
                        Consent.PUBLISH_NAME,
                        "x",
                        List.of(),
                        List.of())))
                .isEmpty();
    }

    private static List<String> fields(NewMemorandum m) {
        return SubmissionRules.fieldErrors(m).stream()
                .map(MemorandumProblem.FieldError::field)
                .toList();
    }

    @Test
    void filesAreRecognisedByTheirBytesNotTheirNames() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
        byte[] text = "Maoni kuhusu Mswada, 2026 — مرحبا".getBytes(StandardCharsets.UTF_8);
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        byte[] plainZip = zip("notes.txt");
        assertThat(FileTypes.detect(pdf)).contains(FileTypes.Type.PDF);
        assertThat(FileTypes.detect(text)).contains(FileTypes.Type.TXT);
        assertThat(FileTypes.detect(docx)).contains(FileTypes.Type.DOCX);
        assertThat(FileTypes.detect(plainZip)).isEmpty();
        assertThat(FileTypes.detect(new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(FileTypes.detect(new byte[0])).isEmpty();
        assertThat(SubmissionRules.checkFiles(
                        List.of(new SubmittedFile("a.pdf", null, pdf), new SubmittedFile("b.docx", null, docx)),
                        5,
                        1000))
                .containsExactly(FileTypes.Type.PDF, FileTypes.Type.DOCX);
        assertThatThrownBy(
                        () -> SubmissionRules.checkFiles(List.of(new SubmittedFile("a.docx", null, plainZip)), 5, 1000))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("unsupported-file-type"));
        assertThatThrownBy(() -> SubmissionRules.checkFiles(List.of(new SubmittedFile("a.txt", null, pdf)), 5, 1000))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("unsupported-file-type"));
        assertThatThrownBy(() ->
                        SubmissionRules.checkFiles(List.of(new SubmittedFile("a.txt", null, new byte[2000])), 5, 1000))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("file-too-large"));
        assertThatThrownBy(() -> SubmissionRules.checkFiles(
                        List.of(new SubmittedFile("a.txt", null, text), new SubmittedFile("b.txt", null, text)),
                        1,
                        1000))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("too-many-files"));
    }

    private static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void proposalsResolveToEIdsOrNameTheClosestProvisions() {
        List<Provision> tree = List.of(
                new Provision(
                        "sec_1", ProvisionType.SECTION, "1.", "Short title", "This Act may be cited.", null, List.of()),
                new Provision("sec_2", ProvisionType.SECTION, "2.", "Interpretation", "In this Act—", null, List.of()));
        var resolved = SubmissionRules.resolve(
                List.of(
                        new ProposalInput("sec_2", Stance.AMEND, "x", null),
                        new ProposalInput("Clause 1", null, "delete this clause", null),
                        new ProposalInput(null, Stance.SUPPORT, "", "")),
                tree);
        assertThat(resolved.get(0).eIds()).containsExactly("sec_2");
        assertThat(resolved.get(1).eIds()).containsExactly("sec_1");
        assertThat(resolved.get(1).stance()).isEqualTo(Stance.DELETE);
        assertThat(resolved.get(2).eIds()).isEmpty();
        assertThatThrownBy(() ->
                        SubmissionRules.resolve(List.of(new ProposalInput("Clause 9", Stance.AMEND, "x", null)), tree))
                .isInstanceOfSatisfying(MemorandumProblem.class, p -> {
                    assertThat(p.slug()).isEqualTo("unknown-provision");
                    assertThat(p.getBody().getProperties()).containsKey("closest");
                });
    }

    @Test
    void tokensAreLongRandomAndCheckedAgainstTheirHash() {
        String a = SubmissionRules.newToken();
        String b = SubmissionRules.newToken();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
        String hash = SubmissionRules.sha256(a);
        assertThat(SubmissionRules.tokenMatches(a, hash)).isTrue();
        assertThat(SubmissionRules.tokenMatches(b, hash)).isFalse();
        assertThat(SubmissionRules.tokenMatches(null, hash)).isFalse();
        assertThat(SubmissionRules.tokenMatches(a, null)).isFalse();
    }
}
