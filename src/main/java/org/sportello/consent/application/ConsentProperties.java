package org.sportello.consent.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's side of consent. How long a consent lasts is the bank's to say
 * ({@code sportello.bank.link.consent-validity}).
 *
 * @param requestValidity how long a customer has at the bank between the chat's link button and coming back
 * @param reminderNotice  how long before a consent runs out the customer is offered to renew it
 * @param sweepInterval   how often reminders are sent and run-out consents ended
 * @param bankUrl         the bank's linking page; relative when this node serves it
 * @param notificationAuditWindow how long one audit entry covers a link's reads for notifications
 *                        (each still checked); zero records every read
 */
@ConfigurationProperties("sportello.consent")
public record ConsentProperties(@DefaultValue("15m") Duration requestValidity,
                                @DefaultValue("14d") Duration reminderNotice,
                                @DefaultValue("15m") Duration sweepInterval,
                                @DefaultValue("/bank/link") String bankUrl,
                                @DefaultValue("1m") Duration notificationAuditWindow) {
}
