package org.sportello.assistant.application;

import java.util.List;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.Understanding;
import org.sportello.shared.Language;

/**
 * One message and the assistant's answer to it: how it read the message, what it acted on (a
 * follow-up is read as one thing and answered as the question before it), and the replies.
 */
record Turn(Language language, Understanding understanding, Intent answered, List<Answer> answers) {

    Turn {
        answers = List.copyOf(answers);
    }
}
