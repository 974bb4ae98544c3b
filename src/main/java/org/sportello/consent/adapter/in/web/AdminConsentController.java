package org.sportello.consent.adapter.in.web;

import java.security.Principal;
import java.util.List;
import org.sportello.consent.ConsentAdministration;
import org.sportello.consent.ConsentAdministration.ConsentRecord;
import org.sportello.shared.CustomerId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bank's operators on consents (HTTP Basic, see {@code WebSecurity}). */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminConsentController {

    private final ConsentAdministration consents;

    AdminConsentController(ConsentAdministration consents) {
        this.consents = consents;
    }

    /** Every consent of the customer, newest first, in every state. */
    @GetMapping("/customers/{customerId}/consents")
    List<ConsentRecord> consentsOf(@PathVariable String customerId) {
        return consents.consentsOf(new CustomerId(customerId));
    }

    /** Revokes an authorised consent: the chat is told and nothing more is read or sent for it. */
    @PostMapping("/consents/{consentId}/revoke")
    ConsentRecord revoke(@PathVariable String consentId, Principal operator) {
        return consents.revoke(consentId, operator.getName());
    }
}
