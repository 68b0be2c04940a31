package org.maoni.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.maoni.support.ApiClient;
import org.maoni.support.AppProcess;

/**
 * A memorandum whose receipt was returned survives the JVM being killed (SIGKILL) right after, and its review process
 * goes on after the restart: the receipt is only sent once the memorandum and the outbox event are committed, and the
 * event publication registry re-delivers what the killed JVM had not handled.
 */
@Tag("slow")
class CrashRecoveryTest {

    private static final int SUBMISSIONS = 12;

    @Test
    void receiptedMemorandaSurviveAKillAndTheirProcessesContinue() throws Exception {
        // Under target/, not a temporary folder, so the child's log is there to read when this fails.
        Path data = Path.of("target", "crash-recovery", Long.toString(System.currentTimeMillis()));
        List<String> properties = List.of(
                "maoni.data-dir=" + data.resolve("data"),
                "camunda.bpm.job-execution.enabled=true",
                // A job the killed JVM had locked waits for its lock to expire (5 minutes by default) before another
                // run takes it; a shorter lock keeps the test short without changing what it proves.
                "camunda.bpm.job-execution.lock-time-in-millis=15000");
        List<String> references = new ArrayList<>();
        Path log = data.resolve("app.log");
        try (AppProcess app = new AppProcess(log, properties)) {
            app.start();
            ApiClient api = new ApiClient(app.port());
            String billId = E2e.demoBillId(api);
            // Submissions in flight from several clients when the JVM dies: every one that got a receipt must survive.
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                String body = E2e.formMemorandum(billId, "Crash test memorandum " + i + " on market fees.");
                answers.add(clients.submit(() -> api.postJson("/api/memoranda", body, null)));
            }
            ApiClient.Response first = answers.get(0).get(2, TimeUnit.MINUTES);
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            app.kill();
            for (Future<ApiClient.Response> answer : answers) {
                try {
                    ApiClient.Response response = answer.get(1, TimeUnit.MINUTES);
                    if (response.status() == 201) {
                        references.add(response.json().get("reference").asText());
                    }
                } catch (java.util.concurrent.ExecutionException cutOff) {
                    // The connection died with the JVM: no receipt, so nothing was promised.
                }
            }
            clients.shutdownNow();
            assertThat(references).isNotEmpty();

            app.start();
            for (String reference : references) {
                ApiClient.Response staffView = api.get("/api/memoranda/" + reference, ApiClient.CLERK);
                assertThat(staffView.status())
                        .as("memorandum %s after the restart: %s", reference, staffView.body())
                        .isEqualTo(200);
                JsonNode task;
                try {
                    task = E2e.await(
                            Duration.ofMinutes(2),
                            () -> E2e.firstTask(api, reference),
                            "an open review task of " + reference + " after the restart");
                } catch (AssertionError stuck) {
                    throw new AssertionError(stuck.getMessage() + "\n" + E2e.describeProcess(api, reference), stuck);
                }
                assertThat(task.get("taskDefinitionKey").asText()).isIn("Task_Triage", "Task_Moderate");
            }
        } finally {
            if (Files.exists(log)) {
                System.out.println("Child JVM log: " + log + " (" + Files.size(log) + " bytes)");
            }
        }
    }
}
