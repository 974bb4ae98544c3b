package org.sportello.fraud.adapter.in.web;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.sportello.fraud.CaseStatus;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudCases;
import org.sportello.fraud.SuspectedPayment;
import org.sportello.shared.RequestRefused;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank on suspected fraud (HTTP Basic, see {@code WebSecurity}): its own fraud system pushes
 * alerts, which reach the customer as Sportello's do; its agents list the cases.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/fraud", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminFraudController {

    static final int CASES_LISTED_MAX = 500;

    private final FraudCases cases;
    private final BankAlertReader alerts;

    AdminFraudController(FraudCases cases, BankAlertReader alerts) {
        this.cases = cases;
        this.alerts = alerts;
    }

    /** 201 with the case when it is new, 200 with the same case when the alert was pushed before. */
    @PostMapping(path = "/alerts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseView> alert(InputStream body) {
        SuspectedPayment suspected = alerts.read(body);
        boolean known = cases.findByAlert(suspected.alertId()).isPresent();
        FraudCase fraudCase = cases.raise(suspected);
        return known ? ResponseEntity.ok(CaseView.of(fraudCase)) : ResponseEntity.status(201).body(CaseView.of(fraudCase));
    }

    /** Cases by status, newest first; by default those an agent must act on. */
    @GetMapping("/cases")
    List<CaseView> list(@RequestParam(name = "status", defaultValue = "ESCALATED,CONFIRMED_FRAUD,UNDELIVERABLE") String statuses,
                        @RequestParam(name = "limit", defaultValue = "100") int limit) {
        if (limit < 1 || limit > CASES_LISTED_MAX) {
            throw new RequestRefused(RequestRefused.Reason.INVALID, "invalid-limit", "Invalid limit",
                    "limit must be 1 to " + CASES_LISTED_MAX + ", got " + limit);
        }
        return cases.list(parse(statuses), limit).stream().map(CaseView::of).toList();
    }

    private static List<CaseStatus> parse(String statuses) {
        try {
            return Arrays.stream(statuses.split(",")).map(String::strip).map(CaseStatus::valueOf).toList();
        } catch (IllegalArgumentException e) {
            throw new RequestRefused(RequestRefused.Reason.INVALID, "invalid-status", "Invalid status",
                    "status is a comma-separated list of " + Arrays.toString(CaseStatus.values()) + ", got '" + statuses + "'");
        }
    }
}
