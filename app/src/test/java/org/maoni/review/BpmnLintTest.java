package org.maoni.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.maoni.support.RequiredSuites;

/**
 * Lints every BPMN model in {@code bpmn/} with bpmnlint's recommended rules ({@code bpmn/.bpmnlintrc}), installed with
 * {@code npm ci} from the locked {@code tools/bpmnlint} into {@code target/}. Skipped where npm is missing, unless
 * suites are required (CI).
 */
class BpmnLintTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path MODELS = PROJECT.resolve("bpmn");
    private static final Path TOOL = PROJECT.resolve("tools/bpmnlint");
    private static final Path INSTALL = Path.of("target/bpmnlint").toAbsolutePath();

    @Test
    void everyModelPassesTheRecommendedRules() throws Exception {
        String npm = npm();
        installBpmnlint(npm);
        List<String> command = new ArrayList<>();
        command.add(INSTALL.resolve("node_modules/.bin/bpmnlint").toString());
        command.add("--config");
        command.add(MODELS.resolve(".bpmnlintrc").toString());
        List<Path> models;
        try (var files = Files.list(MODELS)) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models)
                .extracting(p -> p.getFileName().toString())
                .contains("bill-participation.bpmn", "memorandum-review.bpmn");
        models.forEach(m -> command.add(m.toString()));

        Result lint = run(command, MODELS);
        assertThat(lint.exitCode()).as("bpmnlint output:%n%s", lint.output()).isZero();
    }

    private static String npm() throws InterruptedException {
        String npm = System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
        try {
            Result version = run(List.of(npm, "--version"), PROJECT);
            if (version.exitCode() == 0) {
                return npm;
            }
        } catch (IOException e) {
            // Not on the PATH: handled below.
        }
        String message = "npm is not on the PATH: the BPMN models were not linted (install Node.js 18+)";
        if (RequiredSuites.required()) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
        return npm;
    }

    /** Installs the locked bpmnlint once per lock file: a repeated run reuses target/bpmnlint. */
    private static void installBpmnlint(String npm) throws IOException, InterruptedException {
        Path lock = TOOL.resolve("package-lock.json");
        Path installedLock = INSTALL.resolve("package-lock.json");
        boolean current = Files.exists(INSTALL.resolve("node_modules/.bin/bpmnlint"))
                && Files.exists(installedLock)
                && Files.mismatch(lock, installedLock) == -1;
        if (current) {
            return;
        }
        Files.createDirectories(INSTALL);
        Files.copy(TOOL.resolve("package.json"), INSTALL.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
        Result install = run(List.of(npm, "ci", "--no-audit", "--no-fund", "--prefix", INSTALL.toString()), INSTALL);
        assertThat(install.exitCode())
                .as("npm ci output:%n%s", install.output())
                .isZero();
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
