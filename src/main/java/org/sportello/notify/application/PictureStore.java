package org.sportello.notify.application;

import java.util.Optional;

/** Keeps pictures' bytes by id, for a while; what it forgets (expired, crowded out) is gone. */
public interface PictureStore {

    void put(String id, byte[] png);

    Optional<byte[]> get(String id);
}
