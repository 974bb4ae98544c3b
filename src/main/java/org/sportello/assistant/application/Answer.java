package org.sportello.assistant.application;

import java.util.List;
import org.sportello.notify.QuickReply;

/** A reply's text and the quick replies offered under it. */
record Answer(String text, List<QuickReply> quickReplies) {

    Answer {
        quickReplies = List.copyOf(quickReplies);
    }

    static Answer of(String text, List<QuickReply> quickReplies) {
        return new Answer(text, quickReplies);
    }
}
