package org.sportello.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the application under test, with its own cookies (one browser). */
public final class HttpTestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public HttpTestClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Sends a request with HTTP Basic credentials (the admin API). */
    public Response as(String user, String password, HttpRequest.Builder request) {
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request.header("Authorization", "Basic " + credentials).build());
    }

    public HttpClient client() {
        return http;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** GET a path on the application, or an absolute URL. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : uri(path)).GET().build());
    }

    /** POST an HTML form, fields URL-encoded in the order given (name, value, name, value...). */
    public Response postForm(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(java.net.URLEncoder.encode(namesAndValues[i], java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(form.toString()));
    }

    public Response postJson(String path, String json) {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    public Response post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(body).build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").map(this::local).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A redirect to this application, as a path: "/chat.html" rather than "http://localhost:40613/chat.html". */
    private String local(String location) {
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    /** Status, content type, body and redirect target of an answer; {@link #json()} parses the body. */
    public record Response(int status, String contentType, String body, String location) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** Asserts an application/problem+json answer of this status, problem type ("/problems/" + type) and detail. */
        public void assertProblem(int expectedStatus, String type, String detail) {
            org.assertj.core.api.Assertions.assertThat(status).as(body).isEqualTo(expectedStatus);
            org.assertj.core.api.Assertions.assertThat(contentType).startsWith("application/problem+json");
            org.assertj.core.api.Assertions.assertThat(json().get("type").asString()).isEqualTo("/problems/" + type);
            org.assertj.core.api.Assertions.assertThat(json().get("detail").asString()).isEqualTo(detail);
        }
    }
}
