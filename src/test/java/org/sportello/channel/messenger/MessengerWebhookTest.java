package org.sportello.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.sportello.channel.messenger.PageEvents.batch;
import static org.sportello.channel.messenger.PageEvents.batchOf;
import static org.sportello.channel.messenger.PageEvents.delivered;
import static org.sportello.channel.messenger.PageEvents.echo;
import static org.sportello.channel.messenger.PageEvents.entry;
import static org.sportello.channel.messenger.PageEvents.linked;
import static org.sportello.channel.messenger.PageEvents.location;
import static org.sportello.channel.messenger.PageEvents.postback;
import static org.sportello.channel.messenger.PageEvents.quickReply;
import static org.sportello.channel.messenger.PageEvents.read;
import static org.sportello.channel.messenger.PageEvents.standbyEntry;
import static org.sportello.channel.messenger.PageEvents.text;
import static org.sportello.channel.messenger.PageEvents.unlinked;
import static org.sportello.channel.messenger.PageEvents.withoutSender;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.bank.application.LinkAttempts;
import org.sportello.bank.demo.DemoPhone;
import org.sportello.bank.domain.linking.LinkAttempt;
import org.sportello.channel.messenger.FakeGraphApi.Call;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.consent.Linking;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Messenger's webhook on the running application: the handshake, signatures, batches, redeliveries, account linking. */
@SportelloIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MessengerWebhookTest extends MessengerChannelTest {

    static final String ITALIAN_INTRO = "Ciao! Sono l’assistente virtuale di Sportello: un bot, non una persona. Per parlarti dei"
            + " tuoi soldi mi serve il tuo permesso: collega questa chat al tuo conto dalla tua banca. Non vedo mai la tua password.";

    @Autowired
    Consents consents;

    @Autowired
    Linking linking;

    @Autowired
    LinkAttempts bank;

    @Autowired
    DemoPhone phone;

    @Test
    void answersMetasVerificationWithTheChallenge() {
        Response answer = http.get(WEBHOOK + "?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1158201444");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(answer.body()).isEqualTo("1158201444");
    }

    @Test
    void refusesVerificationWithAWrongTokenOrMode() {
        Response wrongToken = http.get(WEBHOOK + "?hub.mode=subscribe&hub.verify_token=guessed&hub.challenge=1158201444");
        Response wrongMode = http.get(WEBHOOK + "?hub.mode=unsubscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1158201444");

        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(wrongToken.contentType()).isEqualTo("application/problem+json");
        assertThat(wrongToken.json().get("detail").asString()).isEqualTo("hub.verify_token does not match sportello.messenger.verify-token");
        assertThat(wrongMode.status()).isEqualTo(403);
        assertThat(wrongMode.json().get("detail").asString()).isEqualTo("hub.mode must be subscribe");
        assertThat(wrongToken.body() + wrongMode.body()).doesNotContain("1158201444");
    }

    @Test
    void refusesAnUnsignedBatchWith401() {
        String mid = newMid();

        Response answer = postSigned(null, batchOf(text(newPsid(), mid, "ciao", now())));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("detail").asString()).isEqualTo(
                "X-Hub-Signature-256 is required: sha256= and the hex HMAC-SHA256 of the raw body with the app secret");
        assertThat(received(mid)).isFalse();
    }

    @Test
    void refusesAWronglySignedBatchAndRecordsNothingOfIt() {
        String psid = newPsid();
        String mid = newMid();
        String body = batchOf(text(psid, mid, "ciao", now()));

        Response forged = postSigned(signature("another-app-secret", body), body);
        Response tampered = postSigned(signature(APP_SECRET, body), body.replace("ciao", "ciaO"));

        for (Response refused : new Response[] {forged, tampered}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("detail").asString()).isEqualTo("X-Hub-Signature-256 does not match the body: it must be"
                    + " sha256= and the hex HMAC-SHA256 of the raw body with the app secret");
        }
        assertThat(received(mid)).isFalse();
        assertThat(said(psid)).isEmpty();
        assertThat(outboxRowsFor(psid)).isZero();
        // Signed right, the very same batch is new to Sportello: the refused ones left no trace.
        assertThat(post(body).status()).isEqualTo(200);
        assertThat(awaitSent(psid, 1).get(0).text()).isEqualTo(ITALIAN_INTRO);
    }

    @Test
    void refusesMalformedJsonSayingWhere() {
        Response answer = post("{\"object\": \"page\",\n \"entry\": [}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("/problems/malformed-json");
        assertThat(answer.json().get("detail").asString()).isEqualTo("malformed JSON at line 2, column 12: Unexpected close"
                + " marker '}': expected ']' (for Array starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                + " disabled); byte offset: #UNKNOWN])");
    }

    @Test
    void refusesEventsOfAnythingButAPage() {
        Response answer = post("{\"object\": \"instagram\", \"entry\": []}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("object: must be \"page\": this endpoint takes the events of a Facebook Page");
    }

    @Test
    void handlesEveryEventOfEveryEntry() {
        String giorgio = newPsid();
        String emma = newPsid();
        String traveller = newPsid();
        String bystander = newPsid();
        String ciao = newMid();
        String echoed = newMid();
        String balance = newMid();
        String where = newMid();
        String otherApps = newMid();
        Instant at = now();

        Response answer = post(batch(
                entry(text(giorgio, ciao, "ciao", at), echo(giorgio, echoed, "Ciao!", at), delivered(giorgio, at), read(giorgio, at),
                        postback(emma, null, "What can you do?", "INTENT:help", at)),
                entry(quickReply(emma, balance, "Balance", "INTENT:balance", at.plusMillis(1)),
                        location(traveller, where, "48.8675", "2.3634", at)),
                standbyEntry(text(bystander, otherApps, "ciao", at))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(answer.body()).isEqualTo("EVENT_RECEIVED");
        assertThat(said(giorgio)).containsExactly("messenger:" + ciao + " | ciao | null");
        assertThat(said(emma)).containsExactly(
                "messenger:postback:" + emma + ":" + at.toEpochMilli() + " | What can you do? | INTENT:help",
                "messenger:" + balance + " | Balance | INTENT:balance");
        assertThat(said(traveller)).containsExactly("messenger:" + where + " | LOCATION:48.8675,2.3634 | LOCATION:48.8675,2.3634");
        assertThat(said(bystander)).isEmpty();
        assertThat(received(echoed)).isFalse();
        assertThat(awaitSent(giorgio, 1)).extracting(Call::text, Call::messagingType).containsExactly(tuple(ITALIAN_INTRO, "RESPONSE"));
        assertThat(awaitSent(emma, 2)).extracting(Call::text, Call::messagingType, Call::quickReplies).containsExactlyInAnyOrder(
                tuple("I can tell you the balance of your accounts, show your latest transactions, tell you how much you spent (by"
                        + " period, category or shop, also against the period before), your largest expenses and subscriptions, freeze"
                        + " and unfreeze your card, list your cards’ perks and change your notifications. Just ask the way you would ask"
                        + " a person, for example “how much did I spend on restaurants last month?”. If you prefer, I can pass you to a"
                        + " person.", "RESPONSE", List.of("text Balance=INTENT:balance",
                        "text Latest transactions=INTENT:transactions_recent", "text What can you do?=INTENT:help")),
                tuple("To answer I need to see your account, but this chat is not linked. Link it from your bank’s page.",
                        "RESPONSE", List.of()));
        List<Call> nearest = awaitSent(traveller, 2);
        assertThat(nearest.get(0).text()).startsWith("I bancomat e le filiali più vicini:\n1. ")
                .endsWith("\nDati © OpenStreetMap contributors");
        assertThat(nearest.get(1).message().path("attachment").path("type").asString()).as("the map, after the text").isEqualTo("image");
    }

    @Test
    void skipsOnlyTheEventsItCannotUse(CapturedOutput output) {
        String psid = newPsid();
        String usable = newMid();
        Instant at = now();

        Response answer = post(batchOf(withoutSender(newMid(), "ciao", at), text(psid, "m_" + "x".repeat(149), "ciao", at),
                location(psid, newMid(), "91.5", "2.3634", at), text(psid, usable, "ciao", at)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(said(psid)).containsExactly("messenger:" + usable + " | ciao | null");
        assertThat(output).contains("Messenger entry 0 event 0 skipped: sender.id is missing or not 1 to 128 characters",
                "Messenger entry 0 event 1 skipped: message.mid is missing or not 1 to 150 characters",
                "Messenger entry 0 event 2 skipped: location latitude must be between -90 and 90, got 91.5");
    }

    @Test
    void aRedeliveredBatchIsAnsweredOnce() {
        String psid = newPsid();
        String mid = newMid();
        String body = batchOf(text(psid, mid, "grazie", now()));

        assertThat(post(body).status()).isEqualTo(200);
        assertThat(post(body).status()).isEqualTo(200);

        assertThat(said(psid)).containsExactly("messenger:" + mid + " | grazie | null");
        assertThat(awaitSent(psid, 1).get(0).text()).isEqualTo("Figurati! Se ti serve altro, sono qui.");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> GRAPH.callsFor(psid).size() == 1);
        assertThat(outboxRowsFor(psid)).isEqualTo(1);
    }

    @Test
    void anAccountLinkingEventLinksThePsidAndTheAssistantWelcomesByName() {
        String psid = newPsid();
        ChatAddress chat = new ChatAddress(Channel.MESSENGER, psid);
        String linkedAtTheBank = batchOf(linked(psid, approveAtTheBank(chat, "giulia.rossi"), now()));

        assertThat(post(linkedAtTheBank).status()).isEqualTo(200);

        LinkedChat link = consents.linkOf(chat).orElseThrow();
        assertThat(link.customer()).isEqualTo(new CustomerId("giulia.rossi"));
        Call welcome = awaitSent(psid, 1).get(0);
        assertThat(welcome.text()).startsWith("Ciao Giulia! Sono l’assistente virtuale di Sportello: un bot, non una persona.");
        // Giulia has not written on Messenger yet: the welcome is an update about her account.
        assertThat(welcome.messagingType()).isEqualTo("MESSAGE_TAG ACCOUNT_UPDATE");

        // Redelivered, the event does not present the spent code again (the bank would cut the link for it).
        assertThat(post(linkedAtTheBank).status()).isEqualTo(200);
        assertThat(consents.linkOf(chat)).map(LinkedChat::linkId).contains(link.linkId());
    }

    @Test
    void anOlderLinkButtonStillLinksAfterANewerOneWasSent() {
        String psid = newPsid();
        ChatAddress chat = new ChatAddress(Channel.MESSENGER, psid);
        String code = approveAtTheBank(chat, "giulia.rossi"); // the customer taps the first button...
        linking.startOnPlatform(chat, Language.IT); // ...after a second one was sent
        linking.startOnPlatform(chat, Language.IT);

        assertThat(post(batchOf(linked(psid, code, now()))).status()).isEqualTo(200);

        assertThat(consents.linkOf(chat)).map(LinkedChat::customer).contains(new CustomerId("giulia.rossi"));
    }

    @Test
    void anUnlinkedEventEndsTheLinkAndTheAssistantSaysSo() {
        String psid = newPsid();
        ChatAddress chat = new ChatAddress(Channel.MESSENGER, psid);
        post(batchOf(linked(psid, approveAtTheBank(chat, "giulia.rossi"), now())));
        awaitSent(psid, 1);

        assertThat(post(batchOf(unlinked(psid, now().plusSeconds(60)))).status()).isEqualTo(200);

        assertThat(consents.linkOf(chat)).isEmpty();
        assertThat(awaitSent(psid, 2).get(1).text()).isEqualTo("Questa chat è stata scollegata dal conto. Non vedo più i tuoi dati.");
    }

    @Test
    void aLinkingTheConsentModuleRefusesLinksNothingAndIsLoggedWithoutTheCode(CapturedOutput output) {
        String psid = newPsid();

        assertThat(post(batchOf(linked(psid, "made-up-authorization-code", now()))).status()).isEqualTo(200);

        assertThat(consents.linkOf(new ChatAddress(Channel.MESSENGER, psid))).isEmpty();
        assertThat(output).contains("Messenger account linking failed: STATE_MISMATCH (this chat has no linking request waiting)")
                .doesNotContain("made-up-authorization-code");
    }

    /**
     * The customer taps Messenger's link button and approves at the bank; Messenger opens the bank's
     * page with its own redirect_uri and token. Returns the authorization code the bank redirected with.
     */
    private String approveAtTheBank(ChatAddress chat, String username) {
        MultiValueMap<String, String> start = query(linking.startOnPlatform(chat, Language.IT).bankUrl());
        String token = "alt-" + UUID.randomUUID();
        LinkAttempt attempt = bank.begin(token,
                "https://www.facebook.com/messenger_platform/account_linking/?account_linking_token=" + token,
                start.getFirst("state"), start.getFirst("code_challenge"), start.getFirst("code_challenge_method"), Language.IT,
                "http://localhost");
        LinkAttempt.Step login = bank.login(attempt, username, BankLinking.PASSWORD);
        assertThat(login.refusal()).isNull();
        LinkAttempt.Step verified = bank.verify(login.attempt(), phone.lastCode(attempt.id()).orElseThrow());
        assertThat(verified.refusal()).isNull();
        String redirect = bank.decide(verified.attempt(), true, EnumSet.allOf(Scope.class)).redirect();
        assertThat(redirect).startsWith("https://www.facebook.com/messenger_platform/account_linking/?account_linking_token=" + token
                + "&authorization_code=");
        return query(redirect).getFirst("authorization_code");
    }

    private static MultiValueMap<String, String> query(String url) {
        MultiValueMap<String, String> raw = UriComponentsBuilder.fromUriString(url).build().getQueryParams();
        MultiValueMap<String, String> decoded = new org.springframework.util.LinkedMultiValueMap<>();
        raw.forEach((name, values) -> values.forEach(value -> decoded.add(name, URLDecoder.decode(value, StandardCharsets.UTF_8))));
        return decoded;
    }
}
