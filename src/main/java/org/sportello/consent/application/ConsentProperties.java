package org.sportello.consent.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param validity how long a consent lasts before the customer must renew it (PSD2 practice: 180 days)
 */
@ConfigurationProperties("sportello.consent")
public record ConsentProperties(@DefaultValue("180d") Duration validity) {
}
