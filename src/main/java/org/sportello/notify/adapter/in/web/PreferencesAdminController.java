package org.sportello.notify.adapter.in.web;

import org.sportello.consent.ConsentAdministration;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.NotificationSettings;
import org.sportello.shared.RequestRefused;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A consent's notification preferences, for the bank's operators (admin API). */
@RestController
@RequestMapping(path = "/api/v1/admin/consents/{consentId}/preferences", produces = MediaType.APPLICATION_JSON_VALUE)
class PreferencesAdminController {

    private final NotificationSettings settings;
    private final ConsentAdministration consents;

    PreferencesAdminController(NotificationSettings settings, ConsentAdministration consents) {
        this.settings = settings;
        this.consents = consents;
    }

    @GetMapping
    NotificationPreferences get(@PathVariable String consentId) {
        consents.requireKnown(consentId);
        return settings.of(consentId);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    NotificationPreferences put(@PathVariable String consentId, @RequestBody NotificationPreferences preferences) {
        consents.requireKnown(consentId);
        if (preferences == null) {
            throw new RequestRefused(RequestRefused.Reason.INVALID, "invalid-preferences", "Invalid preferences",
                    "the body must be the preferences as GET returns them");
        }
        return settings.set(consentId, preferences);
    }
}
