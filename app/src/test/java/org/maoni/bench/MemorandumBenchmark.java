package org.maoni.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.maoni.support.ApiClient;
import org.maoni.support.AppProcess;
import org.maoni.support.EnabledIfPostgres.Postgres;

/**
 * Submits text memoranda through the HTTP API from concurrent clients to the application running in its own JVM (job
 * executor on, as in production) and reports receipts per second, submission latency, and the end-to-end rate until
 * every memorandum's review process has started, and the application's CPU time per memorandum until its jobs are done
 * and the search index has caught up (a figure that a busy machine disturbs far less than the rates); once on H2 and once on PostgreSQL when one is
 * reachable. Arguments: {@code [count] [clients] [h2|postgresql|both]} (defaults 10,000, 10 and both). Asserts nothing.
 */
public final class MemorandumBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARMUP = 300;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("maoni-memorandum-benchmark");
        System.out.printf(
                Locale.ROOT,
                "%-10s %8s %8s %12s %9s %9s %14s %13s%n",
                "database",
                "count",
                "clients",
                "receipts/s",
                "p50 ms",
                "p99 ms",
                "end-to-end/s",
                "app CPU ms/m");
        String databases = args.length > 2 ? args[2] : "both";
        if (!databases.equals("postgresql")) {
            run("H2", work.resolve("h2"), List.of("test"), List.of(), count, clients);
        }
        if (databases.equals("h2")) {
            System.exit(0);
        }
        if (reachable()) {
            run(
                    "PostgreSQL",
                    work.resolve("postgres"),
                    List.of("test", "postgres"),
                    List.of(
                            "spring.datasource.url=" + Postgres.freshDatabaseUrl(),
                            "spring.datasource.username=" + Postgres.USER,
                            "spring.datasource.password=" + Postgres.PASSWORD),
                    count,
                    clients);
        } else {
            System.out.println("PostgreSQL is not reachable at " + Postgres.ADMIN_URL + ": skipped.");
        }
        System.exit(0);
    }

    private static void run(String name, Path dir, List<String> profiles, List<String> extra, int count, int clients)
            throws Exception {
        List<String> properties = new ArrayList<>(List.of(
                "maoni.data-dir=" + dir.resolve("data"),
                "camunda.bpm.job-execution.enabled=true",
                "logging.level.org.maoni=WARN"));
        properties.addAll(extra);
        try (AppProcess app = new AppProcess(dir.resolve("app.log"), profiles, properties)) {
            List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
            // -Dbenchmark.jfr=<folder>: a flight recording of the application per database, to find where time goes.
            String jfr = System.getProperty("benchmark.jfr");
            if (jfr != null) {
                jvm.add("-XX:StartFlightRecording=filename="
                        + Path.of(jfr, name + ".jfr").toAbsolutePath() + ",settings=profile");
            }
            app.jvmOptions(jvm);
            app.start();
            ApiClient api = new ApiClient(app.port());
            String billId = demoBillId(api);
            long before = processesStarted(api);
            submit(api, billId, WARMUP, clients, "warm-up");
            awaitIdle(api);
            long[] latencies = new long[count];
            long cpuBefore = app.cpuTime().toNanos();
            long start = System.nanoTime();
            submit(api, billId, count, clients, "run", latencies);
            long receipted = System.nanoTime();
            long expected = before + WARMUP + count;
            // Each poll checks the admin's password (BCrypt, about 30 ms of the application's CPU), so they are few:
            // every 2 s while much is left, then every 200 ms so the end is still timed within a fifth of a second.
            for (long started = processesStarted(api); started < expected; started = processesStarted(api)) {
                Thread.sleep(expected - started > count / 50 ? 2_000 : 200);
            }
            long started = System.nanoTime();
            awaitIdle(api);
            long cpu = app.cpuTime().toNanos() - cpuBefore;
            if (jfr != null) {
                // The child is killed at the end, so its recording is dumped now.
                Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
                new ProcessBuilder(
                                jcmd.toString(),
                                Long.toString(app.pid()),
                                "JFR.dump",
                                "filename=" + Path.of(jfr, name + ".jfr").toAbsolutePath())
                        .inheritIO()
                        .start()
                        .waitFor();
            }
            Arrays.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %8d %8d %12.1f %9.1f %9.1f %14.1f %13.1f%n",
                    name,
                    count,
                    clients,
                    count / seconds(receipted - start),
                    latencies[count / 2] / 1e6,
                    latencies[(int) Math.min(count - 1, Math.ceil(count * 0.99) - 1)] / 1e6,
                    count / seconds(started - start),
                    cpu / 1e6 / count);
        }
    }

    private static void submit(ApiClient api, String billId, int count, int clients, String label) throws Exception {
        submit(api, billId, count, clients, label, new long[count]);
    }

    private static void submit(ApiClient api, String billId, int count, int clients, String label, long[] latencies)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String body = memorandum(billId, label + " " + i);
                    long t0 = System.nanoTime();
                    ApiClient.Response response = api.postJson("/api/memoranda", body, null);
                    latencies[i] = System.nanoTime() - t0;
                    if (response.status() != 201) {
                        throw new IllegalStateException(response.status() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private static String memorandum(String billId, String tag) {
        ObjectNode body = JSON.createObjectNode();
        body.put("billId", billId);
        body.put("version", 1);
        body.put("channel", "API");
        ObjectNode submitter = body.putObject("submitter");
        submitter.put("kind", "INDIVIDUAL");
        submitter.put("name", "Benchmark submitter");
        submitter.put("county", "KISUMU");
        body.put("consent", "ANONYMOUS");
        body.put(
                "text",
                "Memorandum " + tag + ". We ask the committee to reconsider the daily market fees in clause 5 and the"
                        + " licensing of street traders, which weigh heavily on women traders in the county.");
        return body.toString();
    }

    private static String demoBillId(ApiClient api) {
        for (var bill : api.get("/api/bills").json()) {
            if (bill.path("title").asText().startsWith("The County Markets and Street Trading Bill")) {
                return bill.get("id").asText();
            }
        }
        throw new IllegalStateException("The demo bill is not loaded");
    }

    private static long processesStarted(ApiClient api) {
        ApiClient.Response count = api.get(
                "/engine-rest/history/process-instance/count?processDefinitionKey=MemorandumReviewProcess",
                ApiClient.ADMIN);
        if (count.status() != 200) {
            throw new IllegalStateException("Cannot count processes: " + count.status() + " " + count.body());
        }
        return count.json().get("count").asLong();
    }

    /**
     * Waits until no job is due (extraction of files) and the search index has caught up with every event, so the CPU
     * measured covers each memorandum's whole intake.
     */
    private static void awaitIdle(ApiClient api) throws InterruptedException {
        while (true) {
            ApiClient.Response due = api.get("/engine-rest/job/count?executable=true", ApiClient.ADMIN);
            if (due.status() != 200) {
                throw new IllegalStateException("Cannot count jobs: " + due.status() + " " + due.body());
            }
            if (due.json().get("count").asLong() == 0) {
                ApiClient.Response search = api.get("/actuator/health/search", ApiClient.ADMIN);
                if (search.status() != 200) {
                    throw new IllegalStateException("Cannot read the search health: " + search.status());
                }
                if (search.json().path("details").path("backlog").asLong(-1) == 0) {
                    return;
                }
            }
            Thread.sleep(1_000);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static boolean reachable() {
        try (var c = java.sql.DriverManager.getConnection(Postgres.ADMIN_URL, Postgres.USER, Postgres.PASSWORD)) {
            return c.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
