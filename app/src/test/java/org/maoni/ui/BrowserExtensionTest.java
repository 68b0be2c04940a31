package org.maoni.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests are skipped, unless they are required (CI), where they fail. */
class BrowserExtensionTest {

    @Test
    void missingChromiumSkipsByDefault(@TempDir Path dir) {
        assertThatThrownBy(() -> BrowserExtension.requireChromium(dir.resolve("chromium"), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipping");
    }

    @Test
    void missingChromiumFailsWhenRequired(@TempDir Path dir) {
        assertThatThrownBy(() -> BrowserExtension.requireChromium(dir.resolve("chromium"), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("required");
    }

    @Test
    void aFileThatCannotRunCountsAsMissing(@TempDir Path dir) throws IOException {
        Path notExecutable = Files.writeString(dir.resolve("chromium"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(notExecutable, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> BrowserExtension.requireChromium(notExecutable, true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExecutableChromiumLetsTheTestsRun(@TempDir Path dir) throws IOException {
        Path executable = Files.writeString(dir.resolve("chromium"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatCode(() -> BrowserExtension.requireChromium(executable, true)).doesNotThrowAnyException();
    }
}
