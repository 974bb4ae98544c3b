package org.sportello.notify.adapter.out.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.sportello.shared.ChatAddress;

/**
 * Which of 64 buckets a chat's outbox rows are indexed under ({@code notify_outbox.chat_bucket}).
 *
 * <p>An index led by the chat puts each new row next to that chat's older ones: with a message a
 * second for each of a thousand chats, every one of H2's stores rewrote a thousand index pages,
 * about a quarter of what the database wrote for a notified transaction. Led by one of 64
 * buckets, new rows land at the end of 64 ranges, however many chats there are. Finding one
 * chat's rows reads its bucket's range (a 64th of the outbox) and keeps that chat's; held
 * messages, looked up at each message a customer writes, are a short range of their own within
 * it ({@code chat_bucket, status, seq}).
 *
 * <p>The bucket is a CRC-32 of the channel and the chat's id: stable across restarts, nodes and
 * versions. Changing it would hide the rows written before; {@link OutboxChatBucketMigration}
 * computes it for the rows that existed before the column.
 */
final class ChatBuckets {

    static final int COUNT = 64;

    private ChatBuckets() {
    }

    static int of(ChatAddress chat) {
        return of(chat.channel().name(), chat.userId());
    }

    static int of(String channel, String chatUserId) {
        CRC32 crc = new CRC32();
        crc.update((channel + ':' + chatUserId).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % COUNT);
    }
}
