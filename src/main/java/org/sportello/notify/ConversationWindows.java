package org.sportello.notify;

import java.time.Instant;
import org.sportello.shared.ChatAddress;

/**
 * When each chat identity last wrote to us: Messenger allows free messages for 24 hours after
 * that, and only tagged, non-promotional updates outside it. Channels report every inbound message.
 */
public interface ConversationWindows {

    void inbound(ChatAddress chat, Instant at);
}
