package org.sportello.notify.application;

import java.time.Clock;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.NotificationSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Preferences implements NotificationSettings {

    private final PreferenceStore store;
    private final Clock clock;

    Preferences(PreferenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public NotificationPreferences of(String linkId) {
        return store.find(linkId).orElse(NotificationPreferences.DEFAULTS);
    }

    @Override
    public NotificationPreferences set(String linkId, NotificationPreferences preferences) {
        store.save(linkId, preferences, clock.instant());
        return preferences;
    }
}
