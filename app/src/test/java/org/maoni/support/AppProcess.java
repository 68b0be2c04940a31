package org.maoni.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a child JVM of its own (the test's classpath, the {@code test} profile plus the given
 * properties), so a test can kill it outright, as a power cut or the OOM killer would, and start it again on the same
 * data directory.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final List<String> profiles;
    private final List<String> properties;
    private final Path log;
    private final int port;
    private List<String> jvmOptions = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1");
    private Process process;

    /** A process on the {@code test} profile that will listen on a free port and log to {@code log}; not started yet. */
    public AppProcess(Path log, List<String> properties) throws IOException {
        this(log, List.of("test"), properties);
    }

    /** A process with the given profiles and properties ({@code name=value}), listening on a free port. */
    public AppProcess(Path log, List<String> profiles, List<String> properties) throws IOException {
        this.log = log;
        this.profiles = List.copyOf(profiles);
        this.properties = List.copyOf(properties);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /**
     * Replaces the child's JVM options (by default a small heap and the quick-starting C1 compiler only, which suit a
     * test that restarts the application; a benchmark wants the full JIT).
     */
    public AppProcess jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    public int port() {
        return port;
    }

    /** Starts the JVM and waits until it reports itself ready. */
    public void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.maoni.MaoniApplication");
        command.add("--spring.profiles.active=" + String.join(",", profiles));
        command.add("--server.port=" + port);
        // The child delivers its mail to this JVM's test SMTP server, as the shared test context does.
        command.add("--" + TestSmtpServer.PORT_PROPERTY + "="
                + TestSmtpServer.server().getSmtp().getPort());
        // Ready means started and demo data loaded (application runners done), not merely listening.
        command.add("--management.endpoint.health.probes.enabled=true");
        for (String property : properties) {
            command.add("--" + property);
        }
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitHealthy();
    }

    /** The child JVM's process id. */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("not running");
        }
        return process.pid();
    }

    /** The CPU time the child JVM has used so far (all its threads), for benchmarks that report work per item. */
    public java.time.Duration cpuTime() {
        if (process == null) {
            throw new IllegalStateException("not running");
        }
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hooks, no graceful shutdown, nothing flushed on the way out. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** The last lines the child wrote, for a failure message (the log file may be deleted with its folder). */
    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The application exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException("The application did not become healthy within " + STARTUP + ":\n" + logTail());
    }
}
