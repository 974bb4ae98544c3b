package org.sportello.fraud.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.sportello.fraud.Assessment;
import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.FraudScoring;
import org.sportello.fraud.domain.CardProfile;
import org.sportello.fraud.domain.FraudScorer;
import org.sportello.fraud.domain.Weights;
import org.springframework.stereotype.Service;

/**
 * The server's fraud scorer: each card's state in memory on this node, at most sportello.fraud.cards-max
 * cards (the least recently used forgotten first), each forgotten after sportello.fraud.card-idle-expiry
 * without a payment. A forgotten card, or one seen first after a restart, starts as a new card: its
 * first payments are compared with the assumed usual amount only. Safe for many threads: payments of
 * one card are scored one at a time, in the order the callers come.
 */
@Service
class StreamScoring implements FraudScoring {

    private final Cache<String, CardProfile> profiles;
    private final FraudScorer scorer;

    StreamScoring(FraudProperties properties, Clock clock) {
        // The injected clock drives expiry too, so tests that move time see cards forgotten.
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.profiles = Caffeine.newBuilder().maximumSize(properties.cardsMax())
                .expireAfterAccess(properties.cardIdleExpiry()).ticker(ticker).build();
        this.scorer = new FraudScorer(properties.rules(), Weights.HAND_SET, card -> profiles.get(card, unused -> new CardProfile()));
    }

    @Override
    public Assessment assess(CardTransaction payment) {
        return scorer.score(payment);
    }

    /** Cards whose state is in memory now, once pending evictions are done. */
    long cardsRemembered() {
        profiles.cleanUp();
        return profiles.estimatedSize();
    }
}
