package org.sportello.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.notify.PlatformSender;
import org.sportello.shared.Channel;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without its credentials Sportello has no Messenger channel: no webhook, no sender. */
@SportelloIntegrationTest
class MessengerOffTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    @Test
    void theWebhookIsAnUnknownPathAndNothingSendsToMessenger() {
        HttpTestClient http = new HttpTestClient(port);

        Response verification = http.get("/webhooks/messenger?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1");
        Response events = http.postJson("/webhooks/messenger", "{\"object\": \"page\", \"entry\": []}");
        Response unknownGet = http.get("/webhooks/nothing-here?hub.mode=subscribe");
        Response unknownPost = http.postJson("/webhooks/nothing-here", "{\"object\": \"page\", \"entry\": []}");
        assertThat(verification.status()).isEqualTo(404);
        assertThat(List.of(verification.status(), verification.contentType(), events.status(), events.contentType()))
                .isEqualTo(List.of(unknownGet.status(), unknownGet.contentType(), unknownPost.status(), unknownPost.contentType()));
        assertThat(app.getBeansOfType(PlatformSender.class).values()).extracting(PlatformSender::channel).doesNotContain(Channel.MESSENGER);
    }
}
