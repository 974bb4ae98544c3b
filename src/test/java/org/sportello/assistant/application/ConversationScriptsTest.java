package org.sportello.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sportello.assistant.CustomerSaid;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.InProcessLinking;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yaml.snakeyaml.Yaml;

/**
 * The scripted conversations of {@code src/test/resources/conversations/}: each one a new chat,
 * linked to a demo customer or not, and a list of turns. A turn says something ({@code say}) or
 * taps a button of the previous answer by its title ({@code tap}), with a payload as a channel sends
 * one ({@code payload}: a shared location), and expects the intent the
 * assistant acted on and texts the answer contains ({@code reply}) or must not contain
 * ({@code not}), whether it comes with a chart ({@code picture}), and the kinds of entities read
 * ({@code entities}). The turns of a conversation run in order against the whole application.
 */
@SportelloIntegrationTest
class ConversationScriptsTest {

    private static final Path SCRIPTS = Path.of("src/test/resources/conversations");
    private static final AtomicInteger CHATS = new AtomicInteger();

    @Autowired
    ApplicationContext app;

    @Autowired
    Dialogue dialogue;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @TestFactory
    Stream<DynamicNode> conversations() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        try (Stream<Path> scripts = Files.list(SCRIPTS)) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(DynamicContainer.dynamicContainer(script.getFileName().toString(), conversationsIn(script)));
            }
        }
        return files.stream();
    }

    private Stream<DynamicNode> conversationsIn(Path script) throws IOException {
        try (InputStream in = Files.newInputStream(script)) {
            List<Map<String, Object>> conversations = new Yaml().load(in);
            return conversations.stream().map(conversation -> DynamicTest.dynamicTest(
                    (String) conversation.get("name"), () -> run(conversation)));
        }
    }

    @SuppressWarnings("unchecked")
    private void run(Map<String, Object> conversation) {
        Language language = Language.fromTag((String) conversation.get("language")).orElseThrow();
        ChatAddress chat = new ChatAddress(Channel.WEB, "conversation-" + CHATS.incrementAndGet());
        Object customer = conversation.get("customer");
        if (customer != null) {
            InProcessLinking.link(app, chat, (String) customer, language);
        }
        Turn previous = null;
        int number = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) conversation.get("turns")) {
            number++;
            CustomerSaid said = said(chat, number, step, previous);
            // In a transaction, as the assistant's listener runs it: events it publishes (a handover) reach
            // their listeners after the commit, and none is left waiting in the publication log.
            Turn turn = transaction.execute(status -> dialogue.handle(said));
            String replies = String.join("\n", turn.answers().stream().map(Answer::text).toList());
            if (Boolean.getBoolean("conversations.print")) {
                System.out.println("» " + said.text() + "\n  [" + turn.answered().code() + " " + turn.understanding().intent().code() + " "
                        + String.format(java.util.Locale.ROOT, "%.2f", turn.understanding().confidence()) + "] " + replies.replace("\n", "\n  ")
                        + turn.answers().stream().filter(answer -> answer.picture().isPresent()).map(answer -> "\n  (picture: "
                        + answer.picture().get().altText() + ")").findFirst().orElse(""));
            }
            String where = "turn " + number + " (" + said.text() + ") answered: " + replies;
            if (step.containsKey("intent")) {
                assertThat(turn.answered().code()).as(where).isEqualTo(step.get("intent"));
            }
            for (String expected : strings(step.get("reply"))) {
                assertThat(replies).as(where).contains(expected);
            }
            for (String type : strings(step.get("entities"))) {
                assertThat(turn.understanding().entities()).as(where + " names a " + type)
                        .anyMatch(entity -> entity.type().code().equals(type));
            }
            if (step.containsKey("picture")) {
                assertThat(turn.answers().stream().anyMatch(answer -> answer.picture().isPresent())).as(where + " has a picture")
                        .isEqualTo(step.get("picture"));
            }
            for (String unexpected : strings(step.get("not"))) {
                assertThat(replies).as(where).doesNotContain(unexpected);
            }
            previous = turn;
        }
    }

    private static CustomerSaid said(ChatAddress chat, int number, Map<String, Object> step, Turn previous) {
        String id = chat.userId() + "-" + number;
        if (step.containsKey("tap")) {
            String title = (String) step.get("tap");
            Optional<QuickReply> button = previous == null ? Optional.empty() : previous.answers().stream()
                    .flatMap(answer -> answer.quickReplies().stream()).filter(reply -> reply.title().equals(title)).findFirst();
            assertThat(button).as("a button titled '" + title + "' in the answer before turn " + number).isPresent();
            return new CustomerSaid(id, chat, title, button.get().payload(), null, 0, java.time.Instant.parse(SportelloIntegrationTest.NOW));
        }
        return new CustomerSaid(id, chat, (String) step.get("say"), (String) step.get("payload"), null, 0,
                java.time.Instant.parse(SportelloIntegrationTest.NOW));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List ? (List<String>) value : List.of((String) value);
    }
}
