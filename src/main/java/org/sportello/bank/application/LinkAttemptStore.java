package org.sportello.bank.application;

import java.util.Optional;
import org.sportello.bank.domain.linking.LinkAttempt;

/** Visits to the bank's linking pages. */
public interface LinkAttemptStore {

    /** Records a new attempt; false when an attempt with this token fingerprint exists (a reused token). */
    boolean insert(LinkAttempt attempt, String tokenHash);

    Optional<LinkAttempt> find(String id);

    Optional<LinkAttempt> byCodeHash(String codeHash);

    /** Writes the attempt if it is still at {@code expected}; false when another request moved it first. */
    boolean update(LinkAttempt changed, LinkAttempt.Stage expected);
}
