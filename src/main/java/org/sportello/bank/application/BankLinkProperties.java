package org.sportello.bank.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bank's linking pages.
 *
 * @param redirectUris    where the pages may send the customer back with a code: absolute addresses
 *                        (compared without their query) or paths on the pages' own host
 * @param consentValidity how long a consent lasts (PSD2 practice: 180 days); shown on the consent screen
 */
@ConfigurationProperties("sportello.bank.link")
public record BankLinkProperties(
        @DefaultValue({"/link/complete", "https://www.facebook.com/messenger_platform/account_linking/"}) List<String> redirectUris,
        @DefaultValue("180d") Duration consentValidity) {
}
