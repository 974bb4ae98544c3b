package org.sportello.notify.application;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.notify.PlatformSender;
import org.sportello.notify.PlatformSender.SendResult;
import org.sportello.notify.domain.DeliveryPolicy;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Sends the outbox: each round takes the due messages (a chat's oldest first, one per chat),
 * applies the platform's policy, honours its rate, and records each answer: sent, retried later
 * with exponential backoff and jitter (timeouts, 5xx, rate limits), or failed for good with the
 * platform's reason. Woken when a message commits, and every poll interval otherwise.
 */
@Service
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxStore store;
    private final Map<Channel, PlatformSender> senders = new EnumMap<>(Channel.class);
    private final Map<Channel, RateLimiter> rates = new EnumMap<>(Channel.class);
    private final DeliveryProperties properties;
    private final Clock clock;
    private final IntervalFunction backoff;
    private final MeterRegistry meters;
    private final Timer latency;
    private final Semaphore wakeUps = new Semaphore(0);
    private ExecutorService workers;
    private Thread loop;
    private volatile boolean running;

    Dispatcher(OutboxStore store, List<PlatformSender> platformSenders, DeliveryProperties properties, Clock clock,
               MeterRegistry meters) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        for (PlatformSender sender : platformSenders) {
            senders.put(sender.channel(), sender);
            rates.put(sender.channel(), RateLimiter.of("delivery-" + sender.channel().name().toLowerCase(Locale.ROOT),
                    RateLimiterConfig.custom().limitForPeriod(properties.ratePerSecond()).limitRefreshPeriod(Duration.ofSeconds(1))
                            .timeoutDuration(Duration.ofSeconds(1)).build()));
        }
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(properties.retryFirst(), 2.0, 0.5, properties.retryMax());
        this.latency = Timer.builder("sportello.delivery.latency").description("from a message's cause to the platform's acceptance")
                .publishPercentileHistogram().register(meters);
    }

    /** Something was added: look now rather than at the next poll. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** One round at {@code now}; returns how many messages it handled. */
    public int dispatchOnce(Instant now) {
        List<OutboxMessage> due = store.due(now, properties.batch());
        List<Future<?>> inFlight = new ArrayList<>(due.size());
        for (OutboxMessage message : due) {
            if (store.claim(message.seq())) {
                inFlight.add(workers().submit(() -> deliver(message)));
            }
        }
        for (Future<?> sending : inFlight) {
            try {
                sending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return inFlight.size();
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("delivery round failed", e.getCause());
            }
        }
        return inFlight.size();
    }

    private void deliver(OutboxMessage message) {
        Channel channel = message.to().channel();
        Instant now = clock.instant();
        PlatformSender sender = senders.get(channel);
        if (sender == null) {
            record(channel, "failed");
            store.failed(message.seq(), message.attempts(), "the " + channel + " channel is not configured on this node", now);
            return;
        }
        DeliveryPolicy.Decision decision = DeliveryPolicy.decide(channel, message.purpose(),
                store.lastInbound(message.to()).orElse(null), now);
        if (decision instanceof DeliveryPolicy.Decision.Hold hold) {
            record(channel, "held");
            store.held(message.seq(), hold.reason());
            return;
        }
        if (!rates.get(channel).acquirePermission()) {
            store.retryAt(message.seq(), message.attempts(), now.plusMillis(200), "rate limit of this node reached");
            return;
        }
        SendResult result;
        try {
            result = sender.send(new PlatformSender.Outbound(message.messageId(), message.to(), message.language(),
                    message.purpose(), message.text(), message.quickReplies(), ((DeliveryPolicy.Decision.Send) decision).delivery()));
        } catch (RuntimeException unexpected) {
            result = new SendResult.Retry(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), null);
        }
        Instant answered = clock.instant();
        int attempts = message.attempts() + 1;
        if (result instanceof SendResult.Sent sent) {
            record(channel, "sent");
            store.sent(message.seq(), sent.platformMessageId(), answered);
            if (message.createdAt() != null && !answered.isBefore(message.createdAt())) {
                latency.record(Duration.between(message.createdAt(), answered));
            }
        } else if (result instanceof SendResult.Permanent permanent) {
            record(channel, "failed");
            log.warn("{} message {} failed for good: {}", channel, message.messageId(), permanent.reason());
            store.failed(message.seq(), attempts, permanent.reason(), answered);
        } else {
            retry(message, (SendResult.Retry) result, attempts, answered);
        }
    }

    private void retry(OutboxMessage message, SendResult.Retry retry, int attempts, Instant answered) {
        Channel channel = message.to().channel();
        if (message.createdAt() != null && !answered.isBefore(message.createdAt().plus(properties.giveUpAfter()))) {
            record(channel, "failed");
            store.failed(message.seq(), attempts, "gave up after " + attempts + " attempts in "
                    + properties.giveUpAfter().toMinutes() + " minutes; last: " + retry.reason(), answered);
            return;
        }
        record(channel, "retried");
        Duration wait = Duration.ofMillis(backoff.apply(attempts));
        if (retry.after() != null && retry.after().compareTo(wait) > 0) {
            wait = retry.after();
        }
        store.retryAt(message.seq(), attempts, answered.plus(wait), retry.reason());
    }

    private void record(Channel channel, String outcome) {
        meters.counter("sportello.delivery.messages", "channel", channel.name().toLowerCase(Locale.ROOT), "outcome", outcome)
                .increment();
    }

    private synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(properties.senders(), runnable -> {
                Thread thread = new Thread(runnable, "delivery-sender");
                thread.setDaemon(true);
                return thread;
            });
        }
        return workers;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || running) {
            return;
        }
        int reclaimed = store.reclaimUnfinished();
        if (reclaimed > 0) {
            log.warn("{} messages were being sent when this node last stopped; they are sent again", reclaimed);
        }
        running = true;
        loop = new Thread(this::run, "delivery-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    private void run() {
        while (running) {
            try {
                if (dispatchOnce(clock.instant()) == 0) {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("delivery round failed; trying again at the next poll", e);
                try {
                    Thread.sleep(properties.pollInterval().toMillis()); // back off from a failing database
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Finishes the round in flight, so no message is left claimed but unsent. */
    @Override
    public synchronized void stop() {
        running = false;
        wake();
        if (loop != null) {
            try {
                loop.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (workers != null) {
            workers.shutdown();
            workers = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
