package org.sportello.channel.adapter.in.web;

import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.channel.application.LiveDelivery;
import org.sportello.channel.application.WebChatProperties;
import org.sportello.channel.domain.ChatMessage;
import org.sportello.shared.RequestRefused;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The open server-sent-event streams of web chat users, and pushing transcript lines into them. */
@Component
class SseLiveDelivery implements LiveDelivery, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SseLiveDelivery.class);

    private final Map<String, Deque<SseEmitter>> streamsByUser = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final WebChatProperties properties;
    private final TaskScheduler scheduler;
    private ScheduledFuture<?> heartbeat;

    SseLiveDelivery(WebChatProperties properties, TaskScheduler scheduler) {
        this.properties = properties;
        this.scheduler = scheduler;
    }

    /** Opens a stream for the user; the oldest of their streams closes beyond the per-user limit. */
    SseEmitter open(String chatUserId) {
        if (open.incrementAndGet() > properties.streamsMax()) {
            open.decrementAndGet();
            throw new RequestRefused(RequestRefused.Reason.UNAVAILABLE, "too-many-streams", "Too many open chats",
                    "the server has " + properties.streamsMax() + " open chat streams; try again in a minute");
        }
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Deque<SseEmitter> streams = streamsByUser.computeIfAbsent(chatUserId, user -> new ConcurrentLinkedDeque<>());
        streams.addLast(emitter);
        Runnable forget = () -> forget(chatUserId, emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(failure -> forget.run());
        while (streams.size() > properties.streamsPerUserMax()) {
            SseEmitter oldest = streams.pollFirst();
            if (oldest != null) {
                oldest.complete();
            }
        }
        try {
            // Flushes the headers at once: the browser sees the stream open without waiting for the
            // first message or heartbeat.
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException | IllegalStateException gone) {
            close(emitter, gone);
        }
        return emitter;
    }

    /** Sends to one stream, e.g. the catch-up after a reconnect; false when the stream is gone. */
    boolean send(SseEmitter emitter, ChatMessage message) {
        try {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(message.seq()))
                    .name("message")
                    .data(WireMessage.of(message), MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException gone) {
            close(emitter, gone);
            return false;
        }
    }

    /**
     * Ends a stream the browser left. The servlet container may already have failed it, and then
     * refuses even to be told: nothing more to do, the browser catches up when it reconnects.
     */
    private static void close(SseEmitter emitter, Exception gone) {
        try {
            emitter.completeWithError(gone);
        } catch (IllegalStateException alreadyFailed) {
            log.debug("chat stream already ended: {}", alreadyFailed.getMessage());
        }
    }

    @Override
    public void push(ChatMessage message) {
        Deque<SseEmitter> streams = streamsByUser.get(message.chatUserId());
        if (streams == null) {
            return;
        }
        for (SseEmitter emitter : List.copyOf(streams)) {
            send(emitter, message);
        }
    }

    int openStreams() {
        return open.get();
    }

    private void forget(String chatUserId, SseEmitter emitter) {
        Deque<SseEmitter> streams = streamsByUser.get(chatUserId);
        if (streams != null && streams.remove(emitter)) {
            open.decrementAndGet();
            streamsByUser.computeIfPresent(chatUserId, (user, left) -> left.isEmpty() ? null : left);
        }
    }

    @Override
    public void start() {
        heartbeat = scheduler.scheduleAtFixedRate(this::heartbeat, properties.heartbeat());
    }

    /**
     * Ends every open stream before the web server's graceful shutdown begins (a higher phase stops
     * first): a stream whose browser is gone would otherwise hold the shutdown until it times out.
     * Browsers reconnect by themselves and catch up from the transcript.
     */
    @Override
    public void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
        streamsByUser.values().forEach(streams -> List.copyOf(streams).forEach(SseEmitter::complete));
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    // Proxies close idle connections; a comment line every few seconds keeps the stream open.
    private void heartbeat() {
        streamsByUser.values().forEach(streams -> streams.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException gone) {
                log.debug("web chat stream closed during heartbeat: {}", gone.getMessage());
                close(emitter, gone);
            }
        }));
    }
}
