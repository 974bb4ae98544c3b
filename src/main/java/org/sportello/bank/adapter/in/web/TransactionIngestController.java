package org.sportello.bank.adapter.in.web;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.Feeds;
import org.sportello.bank.ImportReport;
import org.sportello.bank.adapter.in.feed.IngestProperties;
import org.sportello.shared.BodySizeLimit;
import org.sportello.shared.RequestRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/transactions}: the bank pushes booked transactions as a JSON batch, an ISO
 * 20022 camt.053/camt.054 document, or a CSV export with its column mapping in the query
 * (e.g. {@code ?column.id=Riferimento&delimiter=;}). The bank's transaction id makes every format
 * idempotent; a feed is booked whole or refused whole.
 */
@RestController
class TransactionIngestController {

    static final String PATH = "/api/v1/transactions";

    private final Feeds feeds;

    TransactionIngestController(Feeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport json(InputStream body) {
        return feeds.importFeed(FeedFormat.JSON, body, "request body", Map.of());
    }

    /** camt.053 or camt.054, told apart by the document's namespace; {@code format} may insist on one. */
    @PostMapping(path = PATH, consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport camt(InputStream body, @RequestParam(name = "format", defaultValue = "camt") String format) {
        FeedFormat camt = FeedFormat.ofCode(format).filter(FeedFormat::isCamt)
                .orElseThrow(() -> new RequestRefused(RequestRefused.Reason.INVALID, "unknown-format", "Unknown format",
                        "format must be camt, camt053 or camt054 for an XML body, got '" + format + "'"));
        return feeds.importFeed(camt, body, "request body", Map.of());
    }

    @PostMapping(path = PATH, consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport csv(InputStream body, @RequestParam Map<String, String> mapping,
                       @RequestHeader(name = "Content-Type") String contentType) {
        Map<String, String> options = new HashMap<>(mapping);
        MediaType type = MediaType.parseMediaType(contentType);
        if (type.getCharset() != null && !options.containsKey("encoding")) {
            options.put("encoding", type.getCharset().name());
        }
        return feeds.importFeed(FeedFormat.CSV, body, "request body", options);
    }

    @Configuration(proxyBeanMethods = false)
    static class Limits {

        @Bean
        BodySizeLimit transactionBatchBodySizeLimit(IngestProperties properties) {
            return new BodySizeLimit(PATH, properties.bodySizeMax().toBytes());
        }
    }
}
