package org.maoni.memorandum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.maoni.bill.BillId;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.OpenCall;

/** Pure checks of a call for memoranda and of the file types a memorandum may carry, with odd input. */
class CallRulesTest {

    private static final ZonedDateTime OPENS = ZonedDateTime.of(2026, 3, 16, 8, 0, 0, 0, ZoneId.of("Africa/Nairobi"));

    @Test
    void aCompleteCallIsValid() {
        assertThat(CallService.validate(new OpenCall(
                        BillId.random(), 1, "Memoranda invited.", OPENS, OPENS.plusDays(21), Set.of(Channel.API), 14)))
                .isEmpty();
    }

    @Test
    void everyMissingOrInconsistentFieldIsNamed() {
        var errors = CallService.validate(new OpenCall(null, 0, " ", OPENS, OPENS, Set.of(), 366));
        assertThat(errors)
                .extracting(MemorandumProblem.FieldError::field)
                .containsExactlyInAnyOrder(
                        "billId", "version", "notice", "closesAt", "channels", "responseWorkingDays");
        assertThat(CallService.validate(new OpenCall(BillId.random(), 1, "x", null, null, null, 0)))
                .extracting(MemorandumProblem.FieldError::field)
                .contains("opensAt", "closesAt", "channels", "responseWorkingDays");
    }

    @Test
    void requestDatesAreReadInNairobiTime() {
        var errors = new java.util.ArrayList<MemorandumProblem.FieldError>();
        assertThat(org.maoni.memorandum.web.ParticipationTimes.parse("2026-03-16T08:00:00Z", "opensAt", false, errors)
                        .getHour())
                .isEqualTo(11);
        assertThat(org.maoni.memorandum.web.ParticipationTimes.parse("2026-03-16T08:00", "opensAt", false, errors)
                        .getOffset()
                        .getTotalSeconds())
                .isEqualTo(3 * 3600);
        assertThat(org.maoni.memorandum.web.ParticipationTimes.parse("2026-04-10", "closesAt", true, errors)
                        .toLocalTime()
                        .getHour())
                .isEqualTo(23);
        assertThat(org.maoni.memorandum.web.ParticipationTimes.parse("10 April", "closesAt", true, errors))
                .isNull();
        assertThat(errors).extracting(MemorandumProblem.FieldError::field).containsExactly("closesAt");
    }

    @Test
    void oddFilesAreRecognisedOrRefused() throws Exception {
        assertThat(FileTypes.detect("Karibu 🙂 שלום\n".getBytes(StandardCharsets.UTF_8)))
                .contains(FileTypes.Type.TXT);
        assertThat(FileTypes.detect("Caf\u00e9 na chai".getBytes(Charset.forName("windows-1252"))))
                .contains(FileTypes.Type.TXT);
        assertThat(FileTypes.detect("text\u0000with NUL".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileTypes.detect(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, (byte) 0xfc}))
                .isEmpty();
        assertThat(FileTypes.detect(odt())).contains(FileTypes.Type.ODT);
        assertThat(FileTypes.fromFileName("MEMO.PDF")).contains(FileTypes.Type.PDF);
        assertThat(FileTypes.fromFileName("memo.pdf.exe")).isEmpty();
        assertThat(FileTypes.fromFileName("memo")).isEmpty();
        assertThat(FileTypes.fromFileName(null)).isEmpty();
    }

    private static byte[] odt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
