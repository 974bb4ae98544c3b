package org.sportello.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/** Local fakes of the messaging platforms' APIs, on MockWebServer. */
public final class MockServers {

    private MockServers() {
    }

    /** Starts {@code server} on a free port, answering through {@code dispatcher}. */
    public static void start(MockWebServer server, Dispatcher dispatcher) {
        server.setDispatcher(dispatcher);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
