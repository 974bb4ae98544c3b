package org.sportello.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server-sent-events stream read in the background, as a browser's EventSource would. Each stream
 * is read on a thread of its own: reading blocks for as long as the stream is open, and on the
 * common fork-join pool (one thread on a two-core machine) one open stream would starve the next.
 *
 * <p>Like the chat page, it keeps a line once by its {@code seq}: the server registers a stream
 * before it reads the catch-up, so a line written in between comes both ways.
 */
public final class EventStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final Set<Long> seqs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger repeated = new AtomicInteger();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-stream-reader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int status;

    public EventStream(HttpTestClient http, String path) {
        HttpRequest request = HttpRequest.newBuilder(http.uri(path)).header("Accept", "text/event-stream").GET().build();
        this.response = http.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> {
            status = answer.statusCode();
            try (Stream<String> lines = answer.body()) {
                lines.filter(line -> line.startsWith("data:"))
                        .map(line -> JSON.readTree(line.substring("data:".length())))
                        .forEach(this::keepOnce);
            } catch (RuntimeException closed) {
                // The test ended and closed the stream.
            }
        }, reader);
    }

    private void keepOnce(JsonNode message) {
        JsonNode seq = message.get("seq");
        if (seq == null || seqs.add(seq.asLong())) {
            messages.add(message);
        } else {
            repeated.incrementAndGet();
        }
    }

    /** Lines that came a second time with a seq already kept, and were dropped. */
    public int repeated() {
        return repeated.get();
    }

    public int status() {
        return status;
    }

    public List<JsonNode> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
        reader.shutdownNow();
    }
}
