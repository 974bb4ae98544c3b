package org.sportello.channel.adapter.out;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What the messaging platforms' HTTP clients share: a {@link RestClient} with a connect timeout
 * and a timeout on the whole answer, answers read up to a limit, and a call that got no answer
 * told as a reason for the outbox. The reason names only the kind of failure: the HTTP client's
 * messages hold the full address, and platforms put their tokens in it.
 */
public final class PlatformHttp {

    /** Platforms answer a send with a few hundred bytes; anything longer is not one of their answers. */
    public static final int ANSWER_BYTES_MAX = 64 * 1024;

    /**
     * The threads the HTTP client writes request bodies and completes answers on, kept for a
     * minute when idle. Without them Spring's request factory started a thread per request to
     * write its body.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "platform-http");
        thread.setDaemon(true);
        return thread;
    });

    private final String api;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RestClient client;

    /**
     * @param api     the platform's API as a reason names it ("the Bot API", "the Send API")
     * @param baseUrl what relative addresses start with; null when every call gives an absolute one
     */
    public PlatformHttp(String api, String baseUrl, Duration connectTimeout, Duration readTimeout) {
        this.api = Objects.requireNonNull(api, "api == null");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout == null");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout == null");
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).executor(THREADS).build(), THREADS);
        requests.setReadTimeout(readTimeout);
        RestClient.Builder builder = RestClient.builder().requestFactory(requests);
        this.client = (baseUrl == null ? builder : builder.baseUrl(baseUrl)).build();
    }

    public RestClient client() {
        return client;
    }

    /** Why a call got no answer: a timeout with its limit, or the kind of the underlying failure. */
    public String unreachable(RestClientException failed) {
        Throwable root = failed;
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return api + " did not accept a connection within " + connectTimeout.toMillis() + " ms";
            }
            if (cause instanceof HttpTimeoutException) {
                return api + " did not answer within " + readTimeout.toMillis() + " ms";
            }
            root = cause;
        }
        return "no answer from " + api + ": " + root.getClass().getSimpleName();
    }

    /** The answer's first {@link #ANSWER_BYTES_MAX} bytes. */
    public static byte[] read(InputStream answer) throws IOException {
        try (answer) {
            return answer.readNBytes(ANSWER_BYTES_MAX);
        }
    }
}
