package org.sportello.assistant.application;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assistant's language understanding.
 *
 * @param model a model file written by {@code sportello nlu train}; unset, the server trains the
 *              shipped model on its own examples at startup
 */
@ConfigurationProperties("sportello.nlu")
public record NluProperties(Path model) {
}
