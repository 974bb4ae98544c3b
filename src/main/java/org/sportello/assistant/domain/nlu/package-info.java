/**
 * The learned intent model: example files read ({@code ExampleFiles}), messages normalised and
 * turned into weighted word and character n-grams, a logistic regression trained with Tribuo and
 * LIBLINEAR, and its model file; the module's API to it is {@link org.sportello.assistant.IntentModels}.
 */
package org.sportello.assistant.domain.nlu;
