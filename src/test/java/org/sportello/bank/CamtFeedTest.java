package org.sportello.bank;

import org.sportello.testing.TestGrant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The shared camt samples, posted as they are, book on Giulia's account. */
@SportelloIntegrationTest
class CamtFeedTest {

    static final CustomerId GIULIA = new CustomerId("giulia.rossi");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
    }

    static String sample(String name) {
        try (InputStream in = CamtFeedTest.class.getResourceAsStream("/bank/camt/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response post(String xml, String format) {
        return http.post("/api/v1/transactions?format=" + format, "application/xml", HttpRequest.BodyPublishers.ofString(xml));
    }

    @Test
    void aNotificationBooksThePaymentHoldsThePendingOneAndCreditsTheReversal() {
        AccountSummary before = accounts.accountsOf(TestGrant.balances(GIULIA)).get(0);

        Response response = post(sample("camt054_card_payment_pending_reversal.xml"), "camt054");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("format").asString()).isEqualTo("camt054");
        assertThat(body.get("items").valueStream().map(i -> i.get("id").asString() + " " + i.get("status").asString()))
                .containsExactly("20261118101431000042 BOOKED", "20261118102002000043 BOOKED", "20261118000000000044 BOOKED");
        AccountSummary after = accounts.accountsOf(TestGrant.balances(GIULIA)).get(0);
        assertThat(after.balance()).isEqualTo(before.balance().minus(Money.eur("42.50")).plus(Money.eur("64.80")));
        assertThat(after.available()).isEqualTo(before.available().minus(Money.eur("42.50")).plus(Money.eur("64.80"))
                .minus(Money.eur("18.90")));
        assertThat(row("20261118102002000043")).isEqualTo("PENDING CARD_PAYMENT 4821 AMZN Mktp IT*2K4LK 5942");
        assertThat(row("20261118000000000044")).isEqualTo("BOOKED CARD_REFUND 4821 ZALANDO SE null");

        String booked = sample("camt054_card_payment_pending_reversal.xml").replace("<Cd>PDNG</Cd>", "<Cd>BOOK</Cd>");
        JsonNode settled = post(booked, "camt").json();
        assertThat(settled.get("items").valueStream().map(i -> i.get("status").asString()))
                .containsExactly("DUPLICATE", "SETTLED", "DUPLICATE");
        assertThat(accounts.accountsOf(TestGrant.balances(GIULIA)).get(0).balance()).isEqualTo(after.balance().minus(Money.eur("18.90")));
    }

    @Test
    void aStatementWhoseBalancesAddUpBooksItsEntries() {
        Response response = post(sample("camt053_daily_statement.xml"), "camt053");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("booked").asInt()).isEqualTo(3);
        assertThat(row("20261117000000000011")).isEqualTo("BOOKED SALARY null null null");
    }

    @Test
    void aStatementThatDoesNotAddUpIsRefusedNamingBothBalances() {
        String wrong = sample("camt053_daily_statement.xml").replace("<Amt Ccy=\"EUR\">2707.50</Amt>", "<Amt Ccy=\"EUR\">2708.50</Amt>")
                .replace("2026111700000000001", "2026111799999999991");

        Response response = post(wrong, "camt053");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/invalid-camt");
        assertThat(response.json().get("errors").get(0).get("detail").asString()).endsWith("closing balance CLBD 2708.50 EUR"
                + " does not match opening OPBD 1500.00 EUR + entries 1207.50 EUR = 2707.50 EUR");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bank_transaction WHERE bank_reference LIKE '2026111799999999991%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesTheWrongKindOfDocument() {
        Response response = post(sample("camt053_daily_statement.xml"), "camt054");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).isEqualTo("request body is a camt.053.001.08 but camt054 was asked"
                + " for; use --format camt to accept either");
    }

    @Test
    void neverResolvesAnExternalEntity() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Document [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>&leak;</BkToCstmrDbtCdtNtfctn></Document>""";

        Response response = post(xxe, "camt");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/unsafe-xml");
        assertThat(response.body()).doesNotContain("root:");
    }

    private String row(String reference) {
        return jdbc.sql("SELECT status || ' ' || kind || ' ' || COALESCE(card_last4, 'null') || ' ' || COALESCE(merchant_name, 'null')"
                        + " || ' ' || COALESCE(mcc, 'null') FROM bank_transaction WHERE bank_reference = :ref")
                .param("ref", reference).query(String.class).single();
    }
}
