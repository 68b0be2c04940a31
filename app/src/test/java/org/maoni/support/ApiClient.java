package org.maoni.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * A small HTTP client for API tests against the running application: JSON and multipart requests, HTTP Basic as a
 * demo account, and responses with their status, content type and parsed JSON.
 */
public final class ApiClient {

    public static final String CLERK = "clerk";
    public static final String COMMITTEE = "committee";
    public static final String ADMIN = "admin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response: status, content type, body as text and bytes, and the body as JSON where it is JSON. */
    public record Response(int status, String contentType, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body(), e);
            }
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), null);
    }

    public Response get(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    public Response putJson(String path, String json, String user) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    public Response postJson(String path, String json, String user) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    public Response delete(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), user);
    }

    /** POSTs multipart/form-data with a {@code file} part and, if not null, a JSON {@code metadata} part. */
    public Response postFile(String path, String fileName, byte[] content, String metadataJson, String user) {
        String boundary = "maoni-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n");
        if (metadataJson != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                            + "Content-Type: application/json\r\n\r\n" + metadataJson + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                user);
    }

    /** GETs as the submitter of a memorandum, with its receipt token in the {@code X-Receipt-Token} header. */
    public Response getWithToken(String path, String receiptToken) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("X-Receipt-Token", receiptToken), null);
    }

    /**
     * POSTs multipart/form-data with an optional JSON part ({@code jsonPart} may be null) and one file part.
     */
    public Response postMultipart(
            String path, String jsonPart, String json, String filePart, String fileName, byte[] content, String user) {
        String boundary = "maoni-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (jsonPart != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonPart + "\"\r\n"
                            + "Content-Type: application/json\r\n\r\n" + json + "\r\n");
        }
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                user);
    }

    /** The password of a demo account in the {@code test} profile. */
    public static String password(String user) {
        return user + "-test-password";
    }

    private Response send(HttpRequest.Builder request, String user) {
        if (user != null) {
            String token =
                    Base64.getEncoder().encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        request.header("Accept", "application/json, application/problem+json, */*");
        request.timeout(Duration.ofSeconds(120));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("Request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
