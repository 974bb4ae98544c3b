package org.sportello;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.Feeds;
import org.sportello.bank.IngestBenchmark;
import org.sportello.bank.IngestBenchmark.SyntheticAccount;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end-to-end notification benchmark: transactions pushed through the ingest path at a fixed
 * offered rate, each notified to a Messenger chat linked to its customer, and accepted by a local
 * fake Send API. Latency runs from the moment a batch was due (the pacer's tick, so a late ingest
 * counts against the run) to the moment the fake Send API has a transaction's message.
 *
 * <p>Four phases: a warm-up whose rate climbs from a tenth to the full rate (a cold JVM at full
 * rate would build a backlog that says nothing about the steady state); the full rate until the JIT
 * compilers are done (on two cores their thread takes a share that a long-running node does not
 * pay); the full rate until what the warm-up left is delivered or the settle time is up; then the
 * measured seconds. Only transactions offered in the measured seconds count, in the rate and the latency.
 */
final class NotifyBenchmark {

    /** Plan of a run. */
    record Plan(int ratePerSecond, int seconds, int warmupSeconds, int jitSeconds, int settleSeconds, int accounts, int tickMillis) {
    }

    /** The JIT compilers count as done when they compiled less than this many ms a second, on average... */
    static final long JIT_QUIET_MILLIS_PER_SECOND = 50;
    /** ...over this many seconds. */
    static final int JIT_QUIET_SECONDS = 5;

    /** Figures of a run, after the warm-up. */
    record Result(long offered, long booked, long delivered, double seconds, double deliveredPerSecond, double p50Ms,
                  double p99Ms, double p999Ms, double maxMs, long undelivered, double settledSeconds, boolean settled,
                  double cpuMicrosPerTransaction, Jit jit) {
    }

    /**
     * What the JIT compilers did around the measured seconds.
     *
     * @param seconds        seconds at the full rate after the warm-up until they were done
     * @param quiet          whether they were done within --jit seconds
     * @param measuredMillis their compiling time during the measured seconds; -1 where the JVM cannot tell
     */
    record Jit(int seconds, boolean quiet, long measuredMillis) {
    }

    private record JitWait(int seconds, boolean quiet) {
    }

    private static final Pattern RECIPIENT = Pattern.compile("\"recipient\":\\{\"id\":\"([^\"]+)\"");
    private static final Pattern BATCH_RECIPIENT = Pattern.compile("recipient=([^&\"]+)");
    private static final Pattern RECIPIENT_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    /** The fake Send API: answers every message at once and notes when each chat's message came. */
    static final class FakeSendApi implements AutoCloseable {

        final HttpServer server;
        final Map<String, Queue<Long>> handedOver = new ConcurrentHashMap<>();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong unmatched = new AtomicLong();
        final Histogram latency = new ConcurrentHistogram(3_600_000_000_000L, 3);
        /** Messages of transactions due from this moment on are measured; none until the measured seconds begin. */
        volatile long measureFromNanos = Long.MAX_VALUE;
        final AtomicLong measuredAccepted = new AtomicLong();
        volatile long lastMeasuredNanos;

        FakeSendApi() throws IOException {
            // Headers and body go out in two writes: without TCP_NODELAY every answer waits ~40 ms
            // for the client's delayed ACK, and the benchmark would measure that.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1_000);
            server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
                Thread thread = new Thread(runnable, "fake-send-api");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void handle(HttpExchange exchange) throws IOException {
            long now = System.nanoTime();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            byte[] answer;
            if (body.startsWith("access_token=") && body.contains("&batch=")) {
                // A batch request: one answer per call, in order.
                String batch = URLDecoder.decode(body.substring(body.indexOf("&batch=") + "&batch=".length()), StandardCharsets.UTF_8);
                Matcher recipients = BATCH_RECIPIENT.matcher(batch);
                StringBuilder answers = new StringBuilder("[");
                while (recipients.find()) {
                    Matcher id = RECIPIENT_ID.matcher(URLDecoder.decode(recipients.group(1), StandardCharsets.UTF_8));
                    String psid = id.find() ? id.group(1) : "?";
                    answers.append(answers.length() > 1 ? "," : "").append("{\"code\":200,\"body\":\"{\\\"recipient_id\\\":\\\"")
                            .append(psid).append("\\\",\\\"message_id\\\":\\\"m_bench_").append(accept(psid, now)).append("\\\"}\"}");
                }
                answer = answers.append(']').toString().getBytes(StandardCharsets.UTF_8);
            } else {
                Matcher recipient = RECIPIENT.matcher(body);
                String psid = recipient.find() ? recipient.group(1) : "?";
                answer = ("{\"recipient_id\":\"" + psid + "\",\"message_id\":\"m_bench_" + accept(psid, now) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }

        /** Transactions handed to the ingest path whose message is not accepted yet. */
        long waiting() {
            long waiting = 0;
            for (Queue<Long> queue : handedOver.values()) {
                waiting += queue.size();
            }
            return waiting;
        }

        /** Notes one message to {@code psid} accepted now; returns its number. */
        private long accept(String psid, long now) {
            Queue<Long> waiting = handedOver.get(psid);
            Long start = waiting == null ? null : waiting.poll();
            if (start == null) {
                unmatched.incrementAndGet();
            } else if (start >= measureFromNanos) {
                latency.recordValue(Math.max(0, now - start));
                measuredAccepted.incrementAndGet();
                lastMeasuredNanos = now;
            }
            return accepted.incrementAndGet();
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private NotifyBenchmark() {
    }

    static Result run(ConfigurableApplicationContext app, FakeSendApi fake, Plan plan, Consumer<String> progress) throws Exception {
        List<SyntheticAccount> accounts = app.getBean(IngestBenchmark.class).openAccounts(plan.accounts());
        linkEveryAccountToAMessengerChat(app, accounts);
        progress.accept("opened " + accounts.size() + " accounts, each linked to a Messenger chat; offering "
                + plan.ratePerSecond() + " transactions/s for " + plan.warmupSeconds() + " s of warm-up and " + plan.seconds()
                + " s measured");
        Feeds feeds = app.getBean(Feeds.class);
        Clock clock = app.getBean(Clock.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        int perTick = Math.max(1, plan.ratePerSecond() * plan.tickMillis() / 1_000);
        AtomicLong sequence = new AtomicLong();
        AtomicLong booked = new AtomicLong();
        AtomicLong dueSoFar = new AtomicLong();
        ExecutorService ingest = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "bench-ingest"));
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "bench-pacer"));
        String run = Long.toString(clock.millis(), 36);
        long began = System.nanoTime();
        long warmupNanos = Duration.ofSeconds(plan.warmupSeconds()).toNanos();
        try {
            pacer.scheduleAtFixedRate(() -> {
                long due = System.nanoTime(); // latency counts from here: time queued behind a slow ingest is the run's too
                int size = ramped(perTick, due - began, warmupNanos);
                dueSoFar.addAndGet(size);
                ingest.submit(() -> {
                    long first = sequence.getAndAdd(size);
                    byte[] batch = batch(run, first, size, accounts, clock.instant());
                    for (int i = 0; i < size; i++) {
                        fake.handedOver.computeIfAbsent(psid((int) ((first + i) % accounts.size())), key -> new ConcurrentLinkedQueue<>())
                                .add(due);
                    }
                    feeds.importFeed(FeedFormat.JSON, new ByteArrayInputStream(batch), "bench", Map.of());
                    booked.addAndGet(size);
                });
            }, 0, plan.tickMillis(), TimeUnit.MILLISECONDS);
            Thread.sleep(Duration.ofSeconds(plan.warmupSeconds()).toMillis()); // the warm-up's length, not a wait for a result
            JitWait jit = awaitTheJit(plan.jitSeconds(), progress);
            long settling = System.nanoTime();
            long settleBy = settling + Duration.ofSeconds(plan.settleSeconds()).toNanos();
            boolean settled;
            // Behind a slow ingest, batches wait in its queue before the fake Send API expects them: they count too.
            while (!(settled = backlog(dueSoFar.get(), sequence.get(), fake.waiting()) <= 2L * perTick) && System.nanoTime() < settleBy) {
                Thread.sleep(100); // polling the backlog while the pacer keeps offering the full rate
            }
            double settledSeconds = (System.nanoTime() - settling) / 1e9;
            progress.accept(settled ? String.format("settled: the warm-up's backlog was delivered %.1f s after it", settledSeconds)
                    : String.format("did not settle: %,d transactions still waiting %d s after the warm-up; this rate is beyond what"
                            + " this node sustains", backlog(dueSoFar.get(), sequence.get(), fake.waiting()), plan.settleSeconds()));
            long offeredAtStart = sequence.get();
            long bookedAtStart = booked.get();
            long started = System.nanoTime();
            long cpuAtStart = processCpuNanos();
            long compilingAtStart = compilationMillis();
            fake.measureFromNanos = started;
            for (int second = 1; second <= plan.seconds(); second++) {
                Thread.sleep(1_000); // progress once a second while the pacer works
                long pending = jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE status = 'PENDING'").query(Long.class).single();
                progress.accept(String.format("%3d s  offered %,d  booked %,d  in the outbox %,d  delivered %,d  waiting %,d  p99 so far %.1f ms",
                        second, sequence.get() - offeredAtStart, booked.get() - bookedAtStart, pending,
                        fake.measuredAccepted.get(), fake.waiting(), fake.latency.getValueAtPercentile(99) / 1e6));
            }
            long cpuMeasured = processCpuNanos() - cpuAtStart;
            long compilingMeasured = compilingAtStart < 0 ? -1 : compilationMillis() - compilingAtStart;
            long offeredMeasured = sequence.get() - offeredAtStart;
            pacer.shutdown();
            ingest.shutdown();
            ingest.awaitTermination(60, TimeUnit.SECONDS);
            long offered = sequence.get() - offeredAtStart;
            long measuredBooked = booked.get() - bookedAtStart;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (fake.measuredAccepted.get() < offered && System.nanoTime() < deadline) {
                Thread.sleep(100); // draining what is still queued
            }
            long delivered = fake.measuredAccepted.get();
            double seconds = (Math.max(fake.lastMeasuredNanos, started + 1) - started) / 1e9;
            Histogram latency = fake.latency;
            return new Result(offered, measuredBooked, delivered, seconds, delivered / seconds,
                    latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(99) / 1e6,
                    latency.getValueAtPercentile(99.9) / 1e6, latency.getMaxValue() / 1e6, fake.waiting(), settledSeconds, settled,
                    cpuMeasured < 0 || offeredMeasured == 0 ? Double.NaN : cpuMeasured / 1e3 / offeredMeasured,
                    new Jit(jit.seconds(), jit.quiet(), compilingMeasured));
        } finally {
            pacer.shutdownNow();
            ingest.shutdownNow();
        }
    }

    /**
     * CPU time of this whole process (every thread: Sportello, the fake Send API, the pacer, the
     * garbage collector); negative where the JVM cannot tell.
     */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * Keeps the full rate on until the JIT compilers are done, at most {@code maxSeconds}: on two
     * cores, a compiler thread still busy would take its share of the measured seconds. At 10,000/s
     * on two cores both Java 17 and Java 25 took 65 to 87 s after a 15 s warm-up (docs/performance.md).
     */
    private static JitWait awaitTheJit(int maxSeconds, Consumer<String> progress) throws InterruptedException {
        if (maxSeconds == 0 || compilationMillis() < 0) {
            return new JitWait(0, false);
        }
        Deque<Long> perSecond = new ArrayDeque<>();
        long before = compilationMillis();
        for (int second = 1; second <= maxSeconds; second++) {
            Thread.sleep(1_000); // sampling the compilers once a second while the pacer keeps offering the full rate
            long now = compilationMillis();
            perSecond.addLast(now - before);
            before = now;
            if (perSecond.size() > JIT_QUIET_SECONDS) {
                perSecond.removeFirst();
            }
            if (jitQuiet(perSecond)) {
                progress.accept(String.format("jit: the compilers were done %d s after the warm-up (%d ms of compiling in the last %d s)",
                        second, sum(perSecond), JIT_QUIET_SECONDS));
                return new JitWait(second, true);
            }
            if (second % 5 == 0) {
                progress.accept(String.format("jit: not done %d s after the warm-up (%d ms of compiling in the last %d s)", second,
                        sum(perSecond), perSecond.size()));
            }
        }
        progress.accept(String.format("jit: not done %d s after the warm-up (%d ms of compiling in the last %d s); measuring anyway",
                maxSeconds, sum(perSecond), perSecond.size()));
        return new JitWait(maxSeconds, false);
    }

    /** Whether the last {@link #JIT_QUIET_SECONDS} seconds' compiling times (ms each) say the compilers are done. */
    static boolean jitQuiet(Collection<Long> millisPerSecond) {
        return millisPerSecond.size() >= JIT_QUIET_SECONDS && sum(millisPerSecond) < JIT_QUIET_MILLIS_PER_SECOND * JIT_QUIET_SECONDS;
    }

    private static long sum(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    /** Time the JIT compilers spent so far, in ms; -1 where the JVM cannot tell. */
    static long compilationMillis() {
        CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
        return compilers != null && compilers.isCompilationTimeMonitoringSupported() ? compilers.getTotalCompilationTime() : -1;
    }

    /**
     * Transactions due and not delivered yet: those whose batch still waits in the ingest thread's
     * queue ({@code due - handedOver}), and those handed over to the ingest path whose message the
     * fake Send API has not had yet.
     */
    static long backlog(long due, long handedOver, long waitingForTheSendApi) {
        return Math.max(0, due - handedOver) + waitingForTheSendApi;
    }

    /** A batch's size: a tenth of the full one at the start of the warm-up, climbing to all of it at its end. */
    static int ramped(int perTick, long sinceStartNanos, long warmupNanos) {
        if (warmupNanos <= 0 || sinceStartNanos >= warmupNanos) {
            return perTick;
        }
        return Math.max(1, (int) Math.round(perTick * (0.1 + 0.9 * sinceStartNanos / (double) warmupNanos)));
    }

    static String psid(int account) {
        return "bench-psid-" + account;
    }

    /**
     * The customers linked their chats long ago and wrote today: consents and messaging windows
     * are written directly, as the linking flow (a bcrypt login each) would take minutes for
     * thousands of chats and is not what this measures.
     */
    private static void linkEveryAccountToAMessengerChat(ConfigurableApplicationContext app, List<SyntheticAccount> accounts) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Instant now = app.getBean(Clock.class).instant();
        OffsetDateTime granted = now.atOffset(ZoneOffset.UTC);
        app.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int i = 0; i < accounts.size(); i++) {
                jdbc.sql("INSERT INTO consent_link (id, channel, chat_user_id, customer_id, scopes, status, language, requested_at,"
                                + " granted_at, expires_at) VALUES (:id, 'MESSENGER', :psid, :customer, 'ACCOUNTS,NOTIFICATIONS',"
                                + " 'AUTHORISED', 'it', :at, :at, :expires)")
                        .param("id", "bench-link-" + accounts.get(i).customer().value())
                        .param("psid", psid(i))
                        .param("customer", accounts.get(i).customer().value())
                        .param("at", granted)
                        .param("expires", granted.plusDays(180))
                        .update();
                jdbc.sql("INSERT INTO notify_window (channel, chat_user_id, last_inbound_at) VALUES ('MESSENGER', :psid, :at)")
                        .param("psid", psid(i)).param("at", granted).update();
            }
        });
    }

    /** Card payments in order, the i-th on account i modulo the accounts. */
    private static byte[] batch(String run, long first, int size, List<SyntheticAccount> accounts, Instant bookedAt) {
        StringBuilder json = new StringBuilder(size * 260).append("{\"transactions\":[");
        String now = bookedAt.toString();
        for (int i = 0; i < size; i++) {
            long sequence = first + i;
            SyntheticAccount account = accounts.get((int) (sequence % accounts.size()));
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"N-").append(run).append('-').append(sequence).append("\",\"account\":\"").append(account.iban())
                    .append("\",\"amount\":\"").append(1 + sequence % 90).append(".50\",\"currency\":\"EUR\",\"direction\":\"DEBIT\"")
                    .append(",\"bookedAt\":\"").append(now).append("\",\"card\":\"").append(account.cardLast4())
                    .append("\",\"merchant\":{\"name\":\"Bar Centrale\",\"mcc\":\"5814\",\"city\":\"Milano\"}}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
