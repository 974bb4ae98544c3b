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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * platform's reason. Woken when a message commits, and every poll interval otherwise. A booked
 * batch's notifications may skip the round: {@link #sendNow} sends them from the thread that
 * writes them.
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
    private final Counter direct;
    /** Chats this node sends to directly, until the rows of that send are committed (any thread). */
    private final Set<ChatAddress> inFlight = ConcurrentHashMap.newKeySet();
    /**
     * Platforms that refused a direct send for now (a timeout, a 5xx, a rate limit), and until when
     * nothing more is sent to them at once: during an outage every direct send would hold its
     * writer for the platform's timeout. The dispatcher's next message the platform accepts ends it.
     */
    private final Map<Channel, Instant> directPaused = new ConcurrentHashMap<>();
    /** How long a platform that refused a direct send for now gets no more, unless it accepts a message before. */
    static final Duration DIRECT_PAUSE = Duration.ofSeconds(30);
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
        this.direct = Counter.builder("sportello.delivery.direct").description("messages handed to their platform at once by the"
                + " thread that wrote them, without waiting for a dispatcher round").register(meters);
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
                // A chat being sent to directly waits too: its message written behind must not overtake.
                if (seen.add(to) && !nextAttemptAt.isAfter(now) && !inFlight.contains(to) && chatIsFree(to, now)
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
        List<Runnable> others = new ArrayList<>();
        Map<Channel, List<Prepared>> toSend = new EnumMap<>(Channel.class);
        for (OutboxMessage message : claimed) {
            prepare(message, lastInbound.get(message.to()), others, toSend);
        }
        pace(toSend);
        List<OutboxStore.Accepted> accepted = new ArrayList<>();
        for (Answer answer : sendAll(toSend)) {
            OutboxMessage after = verdict(answer);
            long seq = after.seq();
            switch (after.status()) {
                case SENT -> {
                    accepted.add(new OutboxStore.Accepted(seq, after.platformMessageId(), after.sentAt()));
                    directPaused.remove(after.to().channel()); // the platform answers again
                }
                case FAILED -> others.add(() -> store.failed(seq, after.attempts(), after.lastError(), answer.at()));
                default -> others.add(() -> store.retryAt(seq, after.attempts(), after.nextAttemptAt(), after.lastError()));
            }
        }
        // Every answer of the round recorded in one transaction: a commit per round, not per message.
        // What the platform accepted is recorded in any case. The other outcomes (retry later, held,
        // failed) only while this node still holds the lease: after a pause longer than the lease,
        // the node that took over may be sending those messages, and setting them back would make it
        // send them again.
        transaction.executeWithoutResult(status -> {
            store.sentAll(accepted);
            if (others.isEmpty()) {
                return; // most rounds: nothing to confirm the lease for
            }
            if (lease.confirm(clock.instant())) {
                others.forEach(Runnable::run);
            } else {
                fenced.increment(others.size());
            }
        });
        return claimed.size();
    }

    /**
     * Sends at once, on the caller's thread, what of a committed cause's new messages may go now,
     * and returns each row as it is to be written: SENT with the platform's id, PENDING for a
     * retry or FAILED with the platform's answer, or as given for the dispatcher's next round. The
     * caller writes them in its transaction, which saves writing each row twice and a round's
     * query and commit; a crash before that commit sends them again, as a crash between a round's
     * send and its record does.
     *
     * <p>A message goes at once only when this node holds the dispatch lease, its id is new, it
     * is due, the platform's policy lets it go and its rate has room, its platform sets no pace
     * per chat, and nothing waits before it in its chat: no PENDING message in the outbox (a
     * retry, a backlog), no earlier message of these rows that stays, no other direct send to it
     * (its chat is held {@linkplain Direct#land() until the caller's transaction ends}). A chat's
     * messages go one after another, each once the one before was accepted. A platform that
     * refused one for now gets none at once for {@link #DIRECT_PAUSE}, or until it accepts one of
     * the dispatcher's.
     */
    Direct sendNow(List<OutboxMessage> rows, Instant now) {
        if (!properties.enabled() || !properties.direct() || rows.isEmpty() || !lease.holds(now)) {
            return new Direct(rows, List.of());
        }
        List<ChatAddress> pending = store.pendingChats(DIRECT_PENDING_MAX + 1);
        if (pending.size() > DIRECT_PENDING_MAX) {
            return new Direct(rows, List.of()); // a backlog: the dispatcher sends it in order
        }
        Set<ChatAddress> waiting = new HashSet<>(pending);
        Set<String> there = store.existing(rows.stream().map(OutboxMessage::messageId).toList());
        Map<ChatAddress, Instant> lastInbound = windows.of(rows, now);
        // Each chat's messages that may go at once, in order: up to the first that may not.
        Map<ChatAddress, ArrayDeque<Prepared>> queues = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxMessage row = rows.get(i);
            ChatAddress chat = row.to();
            if (waiting.contains(chat)) {
                continue;
            }
            PlatformSender sender = senders.get(chat.channel());
            DeliveryPolicy.Decision decision = DeliveryPolicy.decide(chat.channel(), row.purpose(), lastInbound.get(chat), now);
            if (sender == null || !sender.limits().chatInterval().isZero() || pausedForDirect(chat.channel(), now)
                    || row.status() != OutboxMessage.Status.PENDING
                    || row.nextAttemptAt().isAfter(now) || there.contains(row.messageId())
                    || !(decision instanceof DeliveryPolicy.Decision.Send send) || index.putIfAbsent(row.messageId(), i) != null) {
                waiting.add(chat); // this one stays, and the chat's later ones behind it
                queues.remove(chat);
                continue;
            }
            queues.computeIfAbsent(chat, key -> new ArrayDeque<>()).add(prepared(row, send.delivery()));
        }
        List<ChatAddress> claimed = new ArrayList<>(queues.size());
        queues.keySet().removeIf(chat -> {
            if (inFlight.add(chat)) {
                claimed.add(chat);
                return false;
            }
            return true;
        });
        List<OutboxMessage> written = new ArrayList<>(rows);
        try {
            while (!queues.isEmpty()) {
                Map<Channel, List<Prepared>> wave = new EnumMap<>(Channel.class);
                queues.values().removeIf(queue -> {
                    Prepared next = queue.poll();
                    if (next == null || !rates.get(next.message().to().channel()).acquirePermission()) {
                        return true; // done, or this and the rest wait for the dispatcher
                    }
                    wave.computeIfAbsent(next.message().to().channel(), key -> new ArrayList<>()).add(next);
                    return false;
                });
                for (Answer answer : sendAll(wave)) {
                    OutboxMessage after = verdict(answer);
                    written.set(index.get(after.messageId()), after);
                    if (after.status() != OutboxMessage.Status.SENT) {
                        queues.remove(after.to());
                    }
                    if (after.status() == OutboxMessage.Status.PENDING) {
                        directPaused.put(after.to().channel(), answer.at().plus(DIRECT_PAUSE));
                    }
                }
                queues.keySet().removeIf(chat -> pausedForDirect(chat.channel(), now)); // the rest waits for the dispatcher
                direct.increment(wave.values().stream().mapToInt(List::size).sum());
            }
        } catch (RuntimeException e) {
            claimed.forEach(inFlight::remove); // nothing will be written: the dispatcher may send to these chats
            throw e;
        }
        return new Direct(written, claimed);
    }

    private boolean pausedForDirect(Channel channel, Instant now) {
        Instant until = directPaused.get(channel);
        return until != null && until.isAfter(now);
    }

    /** Past this many pending messages, nothing is sent at once: the dispatcher has a backlog to send first, in order. */
    static final int DIRECT_PENDING_MAX = 1_000;

    /** A direct send's rows, as they are to be written, and the chats it holds until the writing transaction ends. */
    final class Direct {
        private final List<OutboxMessage> rows;
        private final List<ChatAddress> chats;

        private Direct(List<OutboxMessage> rows, List<ChatAddress> chats) {
            this.rows = rows;
            this.chats = chats;
        }

        List<OutboxMessage> rows() {
            return rows;
        }

        /** Whether some rows are left for the dispatcher. */
        boolean leftPending() {
            return rows.stream().anyMatch(row -> row.status() == OutboxMessage.Status.PENDING);
        }

        /** The rows are committed or rolled back: the dispatcher may send to their chats again. */
        void land() {
            chats.forEach(inFlight::remove);
        }
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

    /** A message the policy lets go, as the platform will get it. */
    private record Prepared(OutboxMessage message, PlatformSender.Outbound outbound) {
    }

    /** A platform's answer to a message, and when it came. */
    private record Answer(OutboxMessage message, SendResult result, Instant at) {
    }

    private static Prepared prepared(OutboxMessage message, PlatformSender.Delivery delivery) {
        return new Prepared(message, new PlatformSender.Outbound(message.messageId(), message.to(), message.language(),
                message.purpose(), message.text(), message.quickReplies(), delivery, message.receipt(), message.picture()));
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
        toSend.computeIfAbsent(channel, key -> new ArrayList<>())
                .add(prepared(message, ((DeliveryPolicy.Decision.Send) decision).delivery()));
    }

    /**
     * Hands each platform its messages, in calls of up to {@code platform-batch}, on the sender
     * threads at once; returns the answers, in no particular order. Messages whose sending failed
     * unexpectedly have none, and stay as they were.
     */
    private List<Answer> sendAll(Map<Channel, List<Prepared>> toSend) {
        List<Future<List<Answer>>> inFlightCalls = new ArrayList<>();
        toSend.forEach((channel, prepared) -> {
            for (int from = 0; from < prepared.size(); from += properties.platformBatch()) {
                List<Prepared> chunk = prepared.subList(from, Math.min(prepared.size(), from + properties.platformBatch()));
                inFlightCalls.add(workers().submit(() -> send(senders.get(channel), chunk)));
            }
        });
        List<Answer> answers = new ArrayList<>();
        for (Future<List<Answer>> sending : inFlightCalls) {
            try {
                answers.addAll(sending.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("delivery failed unexpectedly", e.getCause());
            }
        }
        return answers;
    }

    /** Hands the messages to their platform in one call; returns its answer to each. */
    private List<Answer> send(PlatformSender sender, List<Prepared> chunk) {
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
        List<Answer> answers = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            answers.add(new Answer(chunk.get(i).message(), results.get(i), answered));
        }
        return answers;
    }

    /**
     * The message as its answer leaves it: SENT; FAILED for good (a permanent refusal, or retried
     * for longer than {@code give-up-after}); or PENDING again after a backoff with jitter, or
     * after the wait the platform asked for if longer.
     */
    private OutboxMessage verdict(Answer answer) {
        OutboxMessage message = answer.message();
        Channel channel = message.to().channel();
        Instant answered = answer.at();
        int attempts = message.attempts() + 1;
        if (answer.result() instanceof SendResult.Sent sent) {
            record(channel, "sent");
            if (message.createdAt() != null && !answered.isBefore(message.createdAt())) {
                latency.record(Duration.between(message.createdAt(), answered));
            }
            return message.sent(attempts, sent.platformMessageId(), answered);
        }
        if (answer.result() instanceof SendResult.Permanent permanent) {
            record(channel, "failed");
            log.warn("{} message {} failed for good: {}", channel, message.messageId(), permanent.reason());
            return message.tried(OutboxMessage.Status.FAILED, attempts, message.nextAttemptAt(), permanent.reason());
        }
        SendResult.Retry retry = (SendResult.Retry) answer.result();
        if (message.createdAt() != null && !answered.isBefore(message.createdAt().plus(properties.giveUpAfter()))) {
            record(channel, "failed");
            return message.tried(OutboxMessage.Status.FAILED, attempts, message.nextAttemptAt(), "gave up after " + attempts
                    + " attempts in " + properties.giveUpAfter().toMinutes() + " minutes; last: " + retry.reason());
        }
        record(channel, "retried");
        Duration wait = Duration.ofMillis(backoff.apply(attempts));
        if (retry.after() != null && retry.after().compareTo(wait) > 0) {
            wait = retry.after();
        }
        return message.tried(OutboxMessage.Status.PENDING, attempts, answered.plus(wait), retry.reason());
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
