package org.maoni.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Supplier;
import org.maoni.support.ApiClient;

/** Shared steps of the end-to-end tests, all through the public HTTP API. */
final class E2e {

    static final String DEMO_BILL_TITLE = "The County Markets and Street Trading Bill, 2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private E2e() {}

    static String demoBillId(ApiClient api) {
        for (JsonNode bill : api.get("/api/bills").json()) {
            if (DEMO_BILL_TITLE.equals(bill.path("title").asText())) {
                return bill.get("id").asText();
            }
        }
        throw new IllegalStateException("The demo bill is not loaded");
    }

    /** A web-form memorandum with one proposal on clause 5, from an individual who publishes their name. */
    static String formMemorandum(String billId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("billId", billId);
        body.put("version", 1);
        body.put("channel", "WEB_FORM");
        ObjectNode submitter = body.putObject("submitter");
        submitter.put("kind", "INDIVIDUAL");
        submitter.put("name", "Wanjiru Kamau");
        submitter.put("county", "NAIROBI");
        submitter.putObject("contact").put("email", "wanjiru@example.org");
        body.put("consent", "PUBLISH_NAME");
        body.put("text", text);
        ObjectNode proposal = body.putArray("proposals").addObject();
        proposal.put("provision", "sec_5");
        proposal.put("stance", "AMEND");
        proposal.put("proposedText", "Replace \"may\" with \"shall\".");
        proposal.put("justification", "Traders need certainty.");
        return body.toString();
    }

    /** The first open Camunda task of the process whose business key is {@code reference}, or null. */
    static JsonNode firstTask(ApiClient api, String reference) {
        ApiClient.Response tasks =
                api.get("/engine-rest/task?processInstanceBusinessKey=" + reference, ApiClient.ADMIN);
        if (tasks.status() != 200 || tasks.json().isEmpty()) {
            return null;
        }
        return tasks.json().get(0);
    }

    /** What the engine knows of the process whose business key is {@code reference}, for a failure message. */
    static String describeProcess(ApiClient api, String reference) {
        StringBuilder out = new StringBuilder();
        out.append("instances: ")
                .append(api.get(
                                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference,
                                ApiClient.ADMIN)
                        .body());
        for (JsonNode instance : api.get("/engine-rest/process-instance?businessKey=" + reference, ApiClient.ADMIN)
                .json()) {
            String id = instance.path("id").asText();
            out.append("\nactivities: ")
                    .append(api.get("/engine-rest/process-instance/" + id + "/activity-instances", ApiClient.ADMIN)
                            .body());
            out.append("\njobs: ")
                    .append(api.get("/engine-rest/job?processInstanceId=" + id, ApiClient.ADMIN)
                            .body());
            out.append("\nincidents: ")
                    .append(api.get("/engine-rest/incident?processInstanceId=" + id, ApiClient.ADMIN)
                            .body());
        }
        return out.toString();
    }

    /** The open task (of {@code taskKey}, or any) of the process whose business key is given, waiting up to 10 s. */
    static JsonNode openTask(ApiClient api, String businessKey, String taskKey) throws InterruptedException {
        return await(
                Duration.ofSeconds(10),
                () -> {
                    for (JsonNode task :
                            api.get("/api/tasks?scope=all", ApiClient.ADMIN).json()) {
                        if (businessKey.equals(task.path("businessKey").asText())
                                && (taskKey == null
                                        || taskKey.equals(task.path("taskKey").asText()))) {
                            return task;
                        }
                    }
                    return null;
                },
                (taskKey == null ? "an open task" : taskKey) + " of " + businessKey);
    }

    /** Claims and completes a task through the staff work queue as {@code user}. */
    static void complete(ApiClient api, JsonNode task, String body, String user) {
        String id = task.path("id").asText();
        ApiClient.Response claimed = api.postJson("/api/tasks/" + id + "/claim", "{}", user);
        assertThat(claimed.status()).as(claimed.body()).isBetween(200, 204);
        ApiClient.Response done = api.postJson("/api/tasks/" + id + "/complete", body, user);
        assertThat(done.status()).as(done.body()).isBetween(200, 204);
    }

    /** Polls until {@code probe} gives a non-null value; fails naming {@code what} when {@code limit} passes. */
    static <T> T await(Duration limit, Supplier<T> probe, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting for " + what + " after " + limit);
            }
            Thread.sleep(250);
        }
    }
}
