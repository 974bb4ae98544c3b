package org.sportello.bank.adapter.in.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sportello.shared.RequestRefused;

/**
 * The reader never fetches a URL or opens a file a hostile document names. The corpus points at
 * a host that never resolves; here those pointers are aimed at a live canary server and a canary
 * file instead, and the outcome must not change. The control cases show that the JDK parser with
 * its default settings does reach both, which is what lets these tests fail.
 */
class CamtReaderIsolationTest {

    static final String CORPUS_HOST = "http://sportello-canary.invalid";
    static final String CORPUS_FILE = "file:///etc/passwd";
    static final String CANARY = "CANARY-4f1c";

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer canary;
    private String canaryBase;

    @BeforeEach
    void startCanaryServer() throws IOException {
        canary = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        canary.createContext("/", this::answer);
        canary.start();
        canaryBase = "http://127.0.0.1:" + canary.getAddress().getPort();
    }

    @AfterEach
    void stopCanaryServer() {
        canary.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-system-http.xml", "xxe-parameter-entity.xml", "external-dtd.xml",
            "xsi-schema-location.xml"})
    void neverFetchesTheUrlADocumentPointsAt(String file) {
        RequestRefused asInCorpus = CamtFiles.refusalOf("hostile/" + file);

        RequestRefused live = CamtFiles.refusalOf(pointedAt(file, CORPUS_HOST, canaryBase), file);

        assertThat(live.code()).isEqualTo("unsafe-xml");
        assertThat(live.violations()).isEqualTo(asInCorpus.violations());
        assertThat(requests).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-system-file-etc-passwd.xml", "xinclude.xml"})
    void neverOpensTheFileADocumentPointsAt(String file, @TempDir Path directory) throws IOException {
        Path canaryFile = Files.writeString(directory.resolve("canary.txt"), CANARY);
        RequestRefused asInCorpus = CamtFiles.refusalOf("hostile/" + file);

        RequestRefused live = CamtFiles.refusalOf(pointedAt(file, CORPUS_FILE, canaryFile.toUri().toString()), file);

        assertThat(live.code()).isEqualTo("unsafe-xml");
        assertThat(live.violations()).isEqualTo(asInCorpus.violations());
    }

    @Test
    void controlTheJdkParserWithDefaultSettingsFetchesTheUrls() {
        List<String> read = List.of("xxe-system-http.xml", "xxe-parameter-entity.xml", "external-dtd.xml").stream()
                .map(file -> textReadPermissively(pointedAt(file, CORPUS_HOST, canaryBase)))
                .toList();

        assertThat(requests.get()).isGreaterThanOrEqualTo(3);
        assertThat(read.get(0)).contains(CANARY);
    }

    @Test
    void controlTheJdkParserWithDefaultSettingsOpensTheFile(@TempDir Path directory) throws IOException {
        Path canaryFile = Files.writeString(directory.resolve("canary.txt"), CANARY);

        String read = textReadPermissively(pointedAt("xxe-system-file-etc-passwd.xml", CORPUS_FILE,
                canaryFile.toUri().toString()));

        assertThat(read).contains(CANARY);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        byte[] body = (path.endsWith(".dtd") ? "<!ENTITY xxe \"" + CANARY + "\">" : CANARY)
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static byte[] pointedAt(String file, String target, String replacement) {
        String xml = new String(CamtFiles.bytes("hostile/" + file), StandardCharsets.UTF_8);
        assertThat(xml).contains(target);
        return xml.replace(target, replacement).getBytes(StandardCharsets.UTF_8);
    }

    /** All text of the document as the JDK's StAX parser with its defaults (DTDs and entities on) sees it. */
    private static String textReadPermissively(byte[] xml) {
        StringBuilder text = new StringBuilder();
        // A parse error after the fetch is fine: the fetch is what the control is about.
        catchThrowable(() -> collectText(XMLInputFactory.newDefaultFactory()
                .createXMLStreamReader(new ByteArrayInputStream(xml)), text));
        return text.toString();
    }

    private static void collectText(XMLStreamReader parser, StringBuilder text) throws XMLStreamException {
        while (parser.hasNext()) {
            if (parser.next() == XMLStreamConstants.CHARACTERS) {
                text.append(parser.getText());
            }
        }
    }
}
