package org.sportello.notify.application;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
import org.sportello.shared.ChatAddress;
import org.sportello.shared.IdGenerator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final Counter fenced;
    /** How many pending messages a round looks at, per message it may send. */
    static final int LOOK_AHEAD = 5;

    private final Semaphore wakeUps = new Semaphore(0);
    /** Chats of a platform with a per-chat limit, and each one's theoretical next slot (the dispatcher's thread only). */
    private final Map<ChatAddress, Instant> chatSlots = new HashMap<>();
    /** Past this many paced chats, those whose slot has passed are forgotten. */
    static final int PACED_CHATS_MAX = 10_000;
    private final TransactionTemplate transaction;
    private final MessengerWindows windows;
    private final DispatchLease lease;
    private ExecutorService workers;
    private Thread loop;
    private volatile boolean running;

    Dispatcher(OutboxStore store, List<PlatformSender> platformSenders, DeliveryProperties properties, Clock clock,
               MeterRegistry meters, TransactionTemplate transaction, DispatchLeaseStore leases, IdGenerator ids,
               MessengerWindows windows) {
        this.windows = windows;
        this.transaction = transaction;
        this.lease = new DispatchLease(leases, "node-" + ids.newId(), properties.lease());
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        for (PlatformSender sender : platformSenders) {
            senders.put(sender.channel(), sender);
            // The lower of this node's rate and the platform's own.
            int perSecond = Math.min(properties.ratePerSecond(), sender.limits().perSecond());
            rates.put(sender.channel(), RateLimiter.of("delivery-" + sender.channel().name().toLowerCase(Locale.ROOT),
                    RateLimiterConfig.custom().limitForPeriod(perSecond).limitRefreshPeriod(Duration.ofSeconds(1))
                            .timeoutDuration(Duration.ZERO).build()));
        }
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(properties.retryFirst(), 2.0, 0.5, properties.retryMax());
        Gauge.builder("sportello.delivery.lease.held", lease, held -> held.isHeld() ? 1 : 0)
                .description("1 on the node that sends the outbox, 0 on one waiting to take over").register(meters);
        this.fenced = Counter.builder("sportello.delivery.unrecorded").description("answers not recorded because another node took"
                + " the dispatch lease during their round; that node sends those messages").register(meters);
        this.latency = Timer.builder("sportello.delivery.latency").description("from a message's cause to the platform's acceptance")
                .publishPercentileHistogram().register(meters);
    }

    /** Something was added: look now rather than at the next poll. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * One round at {@code now}; returns how many messages it handled. Reads the oldest pending
     * messages and takes, in order, each chat's first one if it is due: a chat whose first
     * message waits for a retry waits entirely, so its messages arrive in order. Sends only while
     * this node holds the dispatch lease: a message needs no claim of its own.
     */
    public int dispatchOnce(Instant now) {
        if (!lease.hold(now)) {
            return 0;
        }
        Set<ChatAddress> seen = new HashSet<>();
        int batch = properties.batch();
        // What each platform's rate still allows this second: a round takes no more, so it never
        // waits for a permit (which held back every other platform's messages behind it) and never
        // writes a message back for want of one.
        Map<Channel, Integer> allowed = new EnumMap<>(Channel.class);
        rates.forEach((channel, rate) -> allowed.put(channel, Math.max(0, rate.getMetrics().getAvailablePermissions())));
        List<OutboxMessage> claimed = store.choosePending(batch * LOOK_AHEAD, new OutboxStore.PendingChooser() {
            private int taken;

            @Override
            public boolean take(long seq, ChatAddress to, Instant nextAttemptAt) {
                if (seen.add(to) && !nextAttemptAt.isAfter(now) && chatIsFree(to, now)
                        && (!allowed.containsKey(to.channel()) || allowed.merge(to.channel(), -1, Integer::sum) >= 0)) {
                    taken++;
                    return true;
                }
                return false;
            }

            @Override
            public boolean full() {
                return taken == batch;
            }
        });
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<ChatAddress, Instant> lastInbound = windows.of(claimed, now);
        Answers answers = new Answers();
        Map<Channel, List<Prepared>> toSend = new EnumMap<>(Channel.class);
        for (OutboxMessage message : claimed) {
            prepare(message, lastInbound.get(message.to()), answers.others, toSend);
        }
        List<Future<Answers>> inFlight = new ArrayList<>();
        toSend.forEach((channel, prepared) -> {
            for (int from = 0; from < prepared.size(); from += properties.platformBatch()) {
                List<Prepared> chunk = prepared.subList(from, Math.min(prepared.size(), from + properties.platformBatch()));
                inFlight.add(workers().submit(() -> send(senders.get(channel), chunk)));
            }
        });
        pace(toSend);
        for (Future<Answers> sending : inFlight) {
            try {
                answers.add(sending.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("delivery failed unexpectedly", e.getCause());
            }
        }
        // Every answer of the round recorded in one transaction: a commit per round, not per message.
        // What the platform accepted is recorded in any case. The other outcomes (retry later, held,
        // failed) only while this node still holds the lease: after a pause longer than the lease,
        // the node that took over may be sending those messages, and setting them back would make it
        // send them again.
        transaction.executeWithoutResult(status -> {
            store.sentAll(answers.accepted);
            if (answers.others.isEmpty()) {
                return; // most rounds: nothing to confirm the lease for
            }
            if (lease.confirm(clock.instant())) {
                answers.others.forEach(Runnable::run);
            } else {
                fenced.increment(answers.others.size());
            }
        });
        return claimed.size();
    }

    /**
     * A chat of a platform that limits messages per chat (Telegram) may get a burst of them, then
     * one per interval (the generic cell rate algorithm: each message moves the chat's theoretical
     * next slot one interval on; a message goes when that slot is at most a burst's worth ahead).
     * A chat that must wait keeps its later messages waiting too, so they keep their order.
     */
    private boolean chatIsFree(ChatAddress chat, Instant now) {
        Instant slot = chatSlots.get(chat);
        if (slot == null) {
            return true;
        }
        PlatformSender.Limits limits = senders.get(chat.channel()).limits();
        return !now.isBefore(slot.minus(limits.chatInterval().multipliedBy(limits.chatBurst() - 1L)));
    }

    private void pace(Map<Channel, List<Prepared>> sent) {
        Instant now = clock.instant();
        if (chatSlots.size() > PACED_CHATS_MAX) {
            chatSlots.values().removeIf(slot -> !slot.isAfter(now));
        }
        sent.forEach((channel, prepared) -> {
            Duration interval = senders.get(channel).limits().chatInterval();
            if (!interval.isZero()) {
                prepared.forEach(message -> chatSlots.merge(message.message().to(), now.plus(interval),
                        (slot, fresh) -> (slot.isAfter(now) ? slot : now).plus(interval)));
            }
        });
    }

    /** How to record a round's answers: the accepted messages in one batch, the others each on its own. */
    private static final class Answers {
        final List<OutboxStore.Accepted> accepted = new ArrayList<>();
        final List<Runnable> others = new ArrayList<>();

        void add(Answers more) {
            accepted.addAll(more.accepted);
            others.addAll(more.others);
        }
    }

    /** A message the policy lets go, as the platform will get it. */
    private record Prepared(OutboxMessage message, PlatformSender.Outbound outbound) {
    }

    /**
     * Applies what needs no platform (no sender, policy, rate): adds the outcome, or the message to
     * its platform's list to send.
     */
    private void prepare(OutboxMessage message, Instant lastInbound, List<Runnable> outcomes, Map<Channel, List<Prepared>> toSend) {
        Channel channel = message.to().channel();
        Instant now = clock.instant();
        PlatformSender sender = senders.get(channel);
        if (sender == null) {
            record(channel, "failed");
            outcomes.add(() -> store.failed(message.seq(), message.attempts(), "the " + channel + " channel is not configured on this node",
                    now));
            return;
        }
        DeliveryPolicy.Decision decision = DeliveryPolicy.decide(channel, message.purpose(), lastInbound, now);
        if (decision instanceof DeliveryPolicy.Decision.Hold hold) {
            record(channel, "held");
            outcomes.add(() -> store.held(message.seq(), hold.reason()));
            return;
        }
        if (!rates.get(channel).acquirePermission()) {
            outcomes.add(() -> store.retryAt(message.seq(), message.attempts(), now.plusMillis(200), "rate limit of this node reached"));
            return;
        }
        toSend.computeIfAbsent(channel, key -> new ArrayList<>()).add(new Prepared(message, new PlatformSender.Outbound(
                message.messageId(), message.to(), message.language(), message.purpose(), message.text(), message.quickReplies(),
                ((DeliveryPolicy.Decision.Send) decision).delivery(), message.receipt(), message.picture())));
    }

    /** Hands the messages to their platform in one call; returns how to record each answer. */
    private Answers send(PlatformSender sender, List<Prepared> chunk) {
        List<SendResult> results;
        try {
            results = sender.sendAll(chunk.stream().map(Prepared::outbound).toList());
            if (results.size() != chunk.size()) {
                throw new IllegalStateException(chunk.size() + " messages sent, " + results.size() + " answers");
            }
        } catch (RuntimeException unexpected) {
            SendResult retry = new SendResult.Retry(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), null);
            results = chunk.stream().map(prepared -> retry).toList();
        }
        Instant answered = clock.instant();
        Answers answers = new Answers();
        for (int i = 0; i < chunk.size(); i++) {
            OutboxMessage message = chunk.get(i).message();
            if (results.get(i) instanceof SendResult.Sent sent) {
                record(message.to().channel(), "sent");
                if (message.createdAt() != null && !answered.isBefore(message.createdAt())) {
                    latency.record(Duration.between(message.createdAt(), answered));
                }
                answers.accepted.add(new OutboxStore.Accepted(message.seq(), sent.platformMessageId(), answered));
            } else {
                answers.others.add(notAccepted(message, results.get(i), answered));
            }
        }
        return answers;
    }

    private Runnable notAccepted(OutboxMessage message, SendResult result, Instant answered) {
        Channel channel = message.to().channel();
        int attempts = message.attempts() + 1;
        if (result instanceof SendResult.Permanent permanent) {
            record(channel, "failed");
            log.warn("{} message {} failed for good: {}", channel, message.messageId(), permanent.reason());
            return () -> store.failed(message.seq(), attempts, permanent.reason(), answered);
        }
        return retry(message, (SendResult.Retry) result, attempts, answered);
    }

    private Runnable retry(OutboxMessage message, SendResult.Retry retry, int attempts, Instant answered) {
        Channel channel = message.to().channel();
        if (message.createdAt() != null && !answered.isBefore(message.createdAt().plus(properties.giveUpAfter()))) {
            record(channel, "failed");
            String reason = "gave up after " + attempts + " attempts in " + properties.giveUpAfter().toMinutes() + " minutes; last: "
                    + retry.reason();
            return () -> store.failed(message.seq(), attempts, reason, answered);
        }
        record(channel, "retried");
        Duration wait = Duration.ofMillis(backoff.apply(attempts));
        if (retry.after() != null && retry.after().compareTo(wait) > 0) {
            wait = retry.after();
        }
        Instant next = answered.plus(wait);
        return () -> store.retryAt(message.seq(), attempts, next, retry.reason());
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
            log.warn("{} messages were claimed by an earlier version and not recorded as sent; they are sent again", reclaimed);
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

    /** Finishes the round in flight, so every message sent is recorded, then hands the lease on. */
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
        try {
            lease.release(clock.instant());
        } catch (RuntimeException e) {
            log.warn("could not hand the dispatch lease on; another node takes over when it runs out: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
