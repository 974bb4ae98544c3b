package org.sportello.fraud.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sportello.fraud.CaseStatus;
import org.sportello.fraud.FraudCase;
import org.sportello.shared.CustomerId;

/** The suspected frauds and what became of them. */
public interface CaseStore {

    /** Adds the case unless one with its id is there; true when added. */
    boolean addIfAbsent(FraudCase fraudCase);

    Optional<FraudCase> find(String caseId);

    Optional<FraudCase> findByAlert(String alertKey);

    /** Moves the case from one status to another; false when it was no longer in {@code from}. */
    boolean move(String caseId, CaseStatus from, CaseStatus to, Instant at);

    void told(String caseId, int chats);

    void cardFrozen(String caseId);

    void reminded(String caseId, Instant at);

    /** Open cases of the customer, newest first. */
    List<FraudCase> openOf(CustomerId customer);

    /** AWAITING_CUSTOMER cases created before {@code before} and not yet reminded. */
    List<FraudCase> unremindedBefore(Instant before, int limit);

    /** AWAITING_CUSTOMER cases created before {@code before}. */
    List<FraudCase> awaitingBefore(Instant before, int limit);

    List<FraudCase> list(List<CaseStatus> statuses, int limit);
}
