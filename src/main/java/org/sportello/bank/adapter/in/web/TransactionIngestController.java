package org.sportello.bank.adapter.in.web;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.sportello.bank.application.BookTransactions;
import org.sportello.bank.application.BookingResult;
import org.sportello.bank.application.MerchantCategories;
import org.sportello.bank.application.TransactionBooking;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.BodySizeLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/transactions}: the bank pushes a JSON batch of booked transactions. The
 * bank's transaction id makes it idempotent; a batch is booked whole or refused whole.
 */
@RestController
class TransactionIngestController {

    static final String PATH = "/api/v1/transactions";

    private final TransactionBooking booking;
    private final TransactionBatchReader batchReader;
    private final ObjectReader json;

    TransactionIngestController(TransactionBooking booking, MerchantCategories categories, Clock clock,
                                IngestProperties properties, JsonMapper mapper) {
        this.booking = booking;
        this.batchReader = new TransactionBatchReader(categories, clock, properties.batchItemsMax());
        // Amounts as exact decimals; a repeated field or trailing garbage is an error, not a guess.
        this.json = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    IngestResponse ingest(InputStream body) {
        JsonNode root = json.readTree(body);
        List<TransactionDraft> drafts = batchReader.read(root);
        BookingResult result = booking.book(new BookTransactions(drafts));
        if (result instanceof BookingResult.Refused refused) {
            throw TransactionBatchReader.refused(
                    refused.violations().size() + " of " + drafts.size() + " transactions cannot be booked; nothing was booked",
                    refused.violations());
        }
        return IngestResponse.of((BookingResult.Booked) result);
    }

    @Configuration(proxyBeanMethods = false)
    static class Limits {

        @Bean
        BodySizeLimit transactionBatchBodySizeLimit(IngestProperties properties) {
            return new BodySizeLimit(PATH, properties.bodySizeMax().toBytes());
        }
    }
}
