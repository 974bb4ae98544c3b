package org.sportello.fraud.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.sportello.fraud.domain.ScoringRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fraud scoring (docs/fraud.md, docs/configuration.md). The defaults are {@link ScoringRules#DEFAULTS},
 * the settings the evaluation measured; amounts are in major units of the card's currency.
 *
 * @param alertThreshold  the score from which a payment is alerted
 * @param holdThreshold   the score from which the card is held
 * @param typicalAmount   the usual amount assumed for a card without history
 * @param tinyAmount      payments up to this much are small (card testing)
 * @param largeAmount     payments from this much are large whatever the card's history
 * @param shortWindow     the velocity window of minutes
 * @param burstWindow     the window of bursts of small or night-time payments
 * @param dayWindow       the velocity window of the day
 * @param nightStartHour  the hour night begins in the card holder's zone
 * @param nightEndHour    the hour night ends
 * @param riskyCategories categories where fraud is frequent
 * @param riskyMccs       merchant category codes where fraud is frequent
 * @param travelKmhMax    the fastest plausible speed between two payments in person
 * @param travelKmMin     distances shorter than this are never impossible travel
 * @param homeKmMax       payments in person farther than this from home are far from home
 * @param cardsMax        cards whose state is kept in memory (about 2.2 KB each); the least recently used
 *                        are forgotten beyond it
 * @param cardIdleExpiry  a card unused this long is forgotten, and starts afresh as a new card
 */
@ConfigurationProperties("sportello.fraud")
public record FraudProperties(@DefaultValue("0.5") double alertThreshold,
                              @DefaultValue("0.95") double holdThreshold,
                              @DefaultValue("50.00") BigDecimal typicalAmount,
                              @DefaultValue("20.00") BigDecimal tinyAmount,
                              @DefaultValue("250.00") BigDecimal largeAmount,
                              @DefaultValue("1h") Duration shortWindow,
                              @DefaultValue("6h") Duration burstWindow,
                              @DefaultValue("24h") Duration dayWindow,
                              @DefaultValue("22") int nightStartHour,
                              @DefaultValue("4") int nightEndHour,
                              @DefaultValue({"shopping_net", "misc_net", "grocery_pos"}) Set<String> riskyCategories,
                              @DefaultValue({"4829", "5967", "6051", "7995"}) Set<String> riskyMccs,
                              @DefaultValue("900") int travelKmhMax,
                              @DefaultValue("300") int travelKmMin,
                              @DefaultValue("500") int homeKmMax,
                              @DefaultValue("100000") long cardsMax,
                              @DefaultValue("90d") Duration cardIdleExpiry) {

    public FraudProperties {
        if (cardsMax < 1) {
            throw new IllegalArgumentException("sportello.fraud.cards-max must be at least 1, got " + cardsMax);
        }
        if (cardIdleExpiry.isNegative() || cardIdleExpiry.isZero()) {
            throw new IllegalArgumentException("sportello.fraud.card-idle-expiry must be positive, got " + cardIdleExpiry);
        }
    }

    /** The scoring settings; checked there, so a wrong one stops the startup with its name. */
    public ScoringRules rules() {
        return new ScoringRules(alertThreshold, holdThreshold, typicalAmount, tinyAmount, largeAmount, shortWindow, burstWindow,
                dayWindow, nightStartHour, nightEndHour, riskyCategories, riskyMccs, travelKmhMax, travelKmMin, homeKmMax);
    }
}
