package org.sportello.bank.adapter.in.feed;

import java.io.InputStream;
import java.util.List;
import org.sportello.bank.FeedFormat;
import org.sportello.shared.RequestRefused;
import org.springframework.stereotype.Component;

/** ISO 20022 camt.053 and camt.054 entries as feed entries. */
@Component
class CamtFeedReader {

    List<FeedEntry> read(InputStream content, String source, FeedFormat format) {
        throw new RequestRefused(RequestRefused.Reason.UNSUPPORTED_MEDIA_TYPE, "unsupported-feed", "Unsupported feed",
                format.code() + " is being built");
    }
}
