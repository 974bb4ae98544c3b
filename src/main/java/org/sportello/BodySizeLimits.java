package org.sportello;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.shared.BodySizeLimit;
import org.sportello.shared.RequestRefused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies above their limit before anything parses them: at once when
 * Content-Length says so, and while reading when the body arrives in chunks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimits extends OncePerRequestFilter {

    private final long defaultBytesMax;
    private final Map<String, Long> bytesMaxByPath = new HashMap<>();
    private final JsonMapper json;

    BodySizeLimits(@Value("${sportello.http.body-size-max:1MB}") DataSize defaultMax, List<BodySizeLimit> limits,
                   JsonMapper json) {
        this.defaultBytesMax = defaultMax.toBytes();
        limits.forEach(limit -> bytesMaxByPath.put(limit.path(), limit.bytesMax()));
        this.json = json;
    }

    long bytesMaxFor(String path) {
        return bytesMaxByPath.getOrDefault(path, defaultBytesMax);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long bytesMax = bytesMaxFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > bytesMax) {
            RequestRefused refused = tooLarge(bytesMax);
            response.setStatus(refused.reason().status());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), ApiProblems.problem(refused, request.getRequestURI()).getBody());
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Bounded(request, bytesMax), response);
    }

    static RequestRefused tooLarge(long bytesMax) {
        return new RequestRefused(RequestRefused.Reason.TOO_LARGE, "body-too-large", "Request body too large",
                "the request body is larger than " + bytesMax + " bytes; split it into smaller requests");
    }

    /** A request whose body stream fails once it has given more than the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long bytesMax;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long bytesMax) {
            super(request);
            this.bytesMax = bytesMax;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), bytesMax);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long bytesMax;
        private long bytesRead;

        Counting(ServletInputStream in, long bytesMax) {
            this.in = in;
            this.bytesMax = bytesMax;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            bytesRead += n;
            if (bytesRead > bytesMax) {
                throw tooLarge(bytesMax);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
