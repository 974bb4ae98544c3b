package org.sportello.notify;

/**
 * Where a message's pictures are kept until the chats have fetched them: in memory, for a limited
 * time ({@code sportello.pictures.ttl}), under an unguessable id, served at {@link Picture#path()}.
 */
public interface Pictures {

    /**
     * Keeps a PNG and returns the reference a {@link MessageToSend} carries.
     *
     * @throws IllegalArgumentException when {@code png} is not a PNG or is larger than the limit
     */
    Picture keep(byte[] png, String altText);
}
