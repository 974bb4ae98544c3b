package org.sportello.bank;

import java.io.InputStream;
import java.util.Map;

/**
 * Imports a feed in any supported format through the one booking path: parse, validate, book,
 * publish. The HTTP API and the command line both come here, so they give the same result. A
 * refused feed throws {@link org.sportello.shared.RequestRefused} naming element, line or item,
 * and nothing is written.
 */
public interface Feeds {

    /**
     * @param source  a name for messages: the file name or "request body"
     * @param options format options, e.g. the CSV column mapping ({@code column.amount=Importo}); may be empty
     */
    ImportReport importFeed(FeedFormat format, InputStream content, String source, Map<String, String> options);
}
