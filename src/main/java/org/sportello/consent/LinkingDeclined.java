package org.sportello.consent;

import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/** The customer went to the bank to link this chat and declined to give consent. */
public record LinkingDeclined(String linkId, ChatAddress address, Language language) {
}
