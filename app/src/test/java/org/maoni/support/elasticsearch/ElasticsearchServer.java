package org.maoni.support.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Elasticsearch server for tests: the {@code integ-test-zip} distribution that Maven copies from Maven Central
 * into {@code target/elasticsearch/} (maven-dependency-plugin, {@code process-test-resources}; the path arrives in the
 * {@value #ZIP_PROPERTY} system property), unpacked once into the system temporary directory and started on free
 * loopback ports with a fresh data directory, on the JDK running the tests ({@code ES_JAVA_HOME}) and a 512 MB heap.
 *
 * <p>Elasticsearch refuses to run as root. Under root the server runs as the unprivileged system user {@value #USER},
 * which this class creates with {@code useradd} when it is missing, from a copy owned by that user, through
 * {@code runuser}. Otherwise it runs as the current user.
 *
 * <p>It is a JUnit root-store resource: started at most once per test run, stopped (and its data deleted) when the run
 * ends, and also by a shutdown hook should the JVM end first.
 */
public final class ElasticsearchServer implements ExtensionContext.Store.CloseableResource {

    /** The system property naming the distribution's zip. */
    public static final String ZIP_PROPERTY = "maoni.test.elasticsearch.zip";
    /** The unprivileged user the server runs as when the tests run as root. */
    public static final String USER = "maoni-es";

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Process process;
    private final Path runDirectory;
    private final URI uri;
    private final Thread shutdownHook;

    private ElasticsearchServer(Process process, Path runDirectory, URI uri) {
        this.process = process;
        this.runDirectory = runDirectory;
        this.uri = uri;
        this.shutdownHook = new Thread(this::stop, "elasticsearch-test-server-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        return uri;
    }

    /** Why the server cannot run here (the message says what to do about it). */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Unpacks (once) and starts a server, waiting until it answers {@code GET /_cluster/health}. */
    public static ElasticsearchServer start() throws Unavailable {
        String zipSetting = System.getProperty(ZIP_PROPERTY);
        if (zipSetting == null || zipSetting.isBlank() || !Files.isRegularFile(Path.of(zipSetting))) {
            throw new Unavailable("The Elasticsearch distribution was not found"
                    + (zipSetting == null ? "" : " at " + zipSetting)
                    + "; run the tests with Maven (./mvnw test), which copies it from Maven Central into"
                    + " app/target/elasticsearch/.");
        }
        Path zip = Path.of(zipSetting);
        boolean root = isRoot();
        if (root) {
            ensureUser();
        }
        Path home = unpack(zip, root);
        Path run;
        try {
            run = Files.createDirectories(home.getParent()
                    .resolve("runs")
                    .resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
            Files.createDirectories(run.resolve("data"));
            Files.createDirectories(run.resolve("logs"));
        } catch (IOException e) {
            throw new Unavailable("Cannot create the Elasticsearch run directory under " + home.getParent(), e);
        }
        if (root) {
            exec(List.of("chown", "-R", USER + ":", run.getParent().toString()), "give the run directory to " + USER);
        }
        int httpPort = freePort();
        int transportPort = freePort();
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of(
                "env",
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_JAVA_OPTS=-Xms512m -Xmx512m",
                home.resolve("bin").resolve("elasticsearch").toString(),
                "-E",
                "discovery.type=single-node",
                "-E",
                "xpack.security.enabled=false",
                "-E",
                "network.host=127.0.0.1",
                "-E",
                "http.port=" + httpPort,
                "-E",
                "transport.port=" + transportPort,
                "-E",
                "path.data=" + run.resolve("data"),
                "-E",
                "path.logs=" + run.resolve("logs"),
                "-E",
                "cluster.name=maoni-test-" + ProcessHandle.current().pid(),
                "-E",
                "cluster.routing.allocation.disk.threshold_enabled=false"));
        Path console = run.resolve("console.log");
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile())
                    .start();
        } catch (IOException e) {
            throw new Unavailable("Cannot start Elasticsearch (" + String.join(" ", command) + ")", e);
        }
        URI uri = URI.create("http://127.0.0.1:" + httpPort);
        ElasticsearchServer server = new ElasticsearchServer(process, run, uri);
        try {
            server.awaitReady(console);
        } catch (Unavailable e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(Path console) throws Unavailable {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new Unavailable(
                        "Elasticsearch exited with " + process.exitValue() + " while starting:\n" + tail(console));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("Interrupted while waiting for Elasticsearch", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("Interrupted while waiting for Elasticsearch", e);
            }
        }
        throw new Unavailable(
                "Elasticsearch did not become ready within " + STARTUP.toSeconds() + " s:\n" + tail(console));
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run.
        }
    }

    private synchronized void stop() {
        if (process.isAlive()) {
            // The server is a child of runuser/env; stop it first so it shuts down cleanly, then its parents.
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                for (ProcessHandle child : process.descendants().toList()) {
                    child.onExit().get(30, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
            }
        }
        deleteRecursively(runDirectory);
    }

    // --- helpers

    private static boolean isRoot() {
        try {
            Process id =
                    new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return id.waitFor() == 0 && out.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void ensureUser() throws Unavailable {
        if (run(List.of("id", "-u", USER)) == 0) {
            return;
        }
        exec(
                List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER),
                "create the unprivileged user " + USER + " (Elasticsearch refuses to run as root)");
    }

    /** Unpacks the zip into the temporary directory unless an earlier run did; answers the server's home. */
    private static Path unpack(Path zip, boolean root) throws Unavailable {
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path base = Path.of(System.getProperty("java.io.tmpdir")).resolve("maoni-" + name);
        Path marker = base.resolve(".unpacked");
        try {
            Files.createDirectories(base);
            try (FileChannel lockFile = FileChannel.open(
                            base.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                if (!Files.exists(marker)) {
                    extract(zip, base.resolve("dist"));
                    if (root) {
                        exec(List.of("chown", "-R", USER + ":", base.toString()), "give " + base + " to " + USER);
                    }
                    Files.writeString(marker, zip.toString());
                }
            }
            try (Stream<Path> homes = Files.list(base.resolve("dist"))) {
                return homes.filter(p -> Files.isRegularFile(p.resolve("bin").resolve("elasticsearch")))
                        .findFirst()
                        .orElseThrow(() -> new Unavailable("No bin/elasticsearch in " + zip));
            }
        } catch (IOException e) {
            throw new Unavailable("Cannot unpack " + zip + " into " + base, e);
        }
    }

    private static void extract(Path zip, Path target) throws IOException {
        deleteRecursively(target);
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                if (out.getParent().getFileName().toString().equals("bin")) {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static int freePort() throws Unavailable {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new Unavailable("No free port", e);
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void exec(List<String> command, String purpose) throws Unavailable {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new Unavailable(
                        "Could not " + purpose + ": " + String.join(" ", command) + " said " + out.strip());
            }
        } catch (IOException e) {
            throw new Unavailable("Could not " + purpose + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while trying to " + purpose, e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: a leftover file in the temporary directory does no harm.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Best effort, as above.
        }
    }
}
