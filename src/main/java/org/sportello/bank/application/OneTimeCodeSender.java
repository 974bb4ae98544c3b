package org.sportello.bank.application;

import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;

/**
 * Delivers a one-time code to the customer's registered phone: the bank's SMS or app push. The
 * demo bank's phone is a panel on the code page.
 */
public interface OneTimeCodeSender {

    void send(String attemptId, CustomerId customer, String code, Language language);
}
