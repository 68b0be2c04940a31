package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The vendored OASIS schema files are still the unchanged copies their NOTICE.md lists. */
class AknSchemaFilesTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = AknSchemaFilesTest.class.getResourceAsStream("/schemas/akoma-ntoso/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void schemaFilesMatchTheChecksumsInTheirNotice() throws Exception {
        String notice = new String(resource("NOTICE.md"), StandardCharsets.UTF_8);
        Map<String, String> sums = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+\\.xsd)$").matcher(notice);
        while (m.find()) {
            sums.put(m.group(2), m.group(1));
        }
        assertThat(sums).containsOnlyKeys("akomantoso30.xsd", "xml.xsd");
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(resource(sum.getKey()));
            assertThat(HexFormat.of().formatHex(digest)).as(sum.getKey()).isEqualTo(sum.getValue());
        }
        assertThat(notice).contains("CC BY 4.0", "Copyright (c) OASIS Open 2018. All Rights Reserved.");
    }
}
