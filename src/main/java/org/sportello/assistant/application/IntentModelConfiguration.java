package org.sportello.assistant.application;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.assistant.IntentModel;
import org.sportello.assistant.IntentModels;
import org.sportello.assistant.Utterance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intent model the assistant reads messages with: the file {@code sportello.nlu.model} names, or
 * else one trained at startup on the shipped examples, which takes a second or two and gives the same
 * model every time. A model file that cannot be read stops the startup: serving with another model
 * than the one asked for would be worse.
 */
@Configuration(proxyBeanMethods = false)
class IntentModelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntentModelConfiguration.class);

    @Bean
    IntentModel intentModel(NluProperties properties) {
        long started = System.nanoTime();
        if (properties.model() != null) {
            IntentModel model = IntentModels.load(properties.model());
            log.info("Intent model {} read: {} intents, in {} ms", properties.model(), model.intents().size(), millisSince(started));
            return model;
        }
        List<Utterance> examples = IntentModels.shippedExamples();
        IntentModel model = IntentModels.train(examples);
        log.info("Intent model trained on {} shipped examples of {} intents in {} ms (sportello.nlu.model is unset)",
                examples.size(), model.intents().size(), millisSince(started));
        return model;
    }

    /** Tells Italian from English: learned from the same examples, each labelled with its file's language. */
    @Bean
    LanguageGuesser languageGuesser() {
        long started = System.nanoTime();
        List<Utterance> examples = IntentModels.shippedLanguageExamples();
        LanguageGuesser guesser = new LanguageGuesser(IntentModels.train(examples));
        log.info("Language model trained on {} shipped examples in {} ms", examples.size(), millisSince(started));
        return guesser;
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
