package org.sportello.assistant.application;

import java.util.List;
import java.util.Optional;
import org.sportello.notify.Picture;
import org.sportello.notify.QuickReply;

/** A reply's text, the quick replies offered under it, and a picture that says it better where the channel shows one. */
record Answer(String text, List<QuickReply> quickReplies, Optional<Picture> picture) {

    Answer {
        quickReplies = List.copyOf(quickReplies);
    }

    static Answer of(String text, List<QuickReply> quickReplies) {
        return new Answer(text, quickReplies, Optional.empty());
    }

    Answer withPicture(Optional<Picture> chart) {
        return new Answer(text, quickReplies, chart);
    }
}
