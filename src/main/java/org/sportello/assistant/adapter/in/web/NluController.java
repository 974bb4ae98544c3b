package org.sportello.assistant.adapter.in.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sportello.assistant.MessageParser;
import org.sportello.assistant.ParsedMessage;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/nlu/parse}: how the assistant reads a message, for operators and for
 * evaluation. It reads no customer data (merchants and contacts are matched only in a linked
 * chat), so it needs no login.
 */
@RestController
class NluController {

    static final String PATH = "/api/v1/nlu/parse";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Rome");

    private final MessageParser parser;
    private final Clock clock;
    private final ObjectReader json;

    NluController(MessageParser parser, Clock clock, JsonMapper mapper) {
        this.parser = parser;
        this.clock = clock;
        this.json = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> parse(InputStream body) {
        JsonNode request = json.readTree(body);
        if (request == null || !request.isObject()) {
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "malformed-parse-request", "The request is not a JSON object",
                    "send {\"text\": \"...\"} with optional \"now\" (ISO-8601 instant) and \"timezone\" (IANA zone)");
        }
        List<Violation> violations = new ArrayList<>();
        String text = text(request, violations);
        Instant now = now(request, violations);
        ZoneId zone = zone(request, violations);
        if (!violations.isEmpty()) {
            throw new RequestRefused(RequestRefused.Reason.INVALID, "invalid-parse-request", "The parse request is not valid",
                    violations.size() + " field(s) to correct", violations);
        }
        return view(parser.parse(text, now.atZone(zone)));
    }

    private static String text(JsonNode request, List<Violation> violations) {
        JsonNode text = request.get("text");
        if (text == null || !text.isString() || text.asString().isBlank()) {
            violations.add(Violation.ofField("text", "required: the message, a non-empty string"));
            return null;
        }
        if (text.asString().length() > MessageParser.TEXT_CHARS_MAX) {
            violations.add(Violation.ofField("text", "at most " + MessageParser.TEXT_CHARS_MAX + " characters, got "
                    + text.asString().length()));
            return null;
        }
        return text.asString();
    }

    private Instant now(JsonNode request, List<Violation> violations) {
        JsonNode now = request.get("now");
        if (now == null || now.isNull()) {
            return clock.instant();
        }
        try {
            return Instant.parse(now.asString());
        } catch (DateTimeParseException e) {
            violations.add(Violation.ofField("now", "an ISO-8601 instant such as 2026-11-29T10:00:00Z, got '" + now.asString() + "'"));
            return null;
        }
    }

    private static ZoneId zone(JsonNode request, List<Violation> violations) {
        JsonNode zone = request.get("timezone");
        if (zone == null || zone.isNull()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone.asString());
        } catch (DateTimeException e) {
            violations.add(Violation.ofField("timezone", "an IANA time zone such as Europe/Rome, got '" + zone.asString() + "'"));
            return null;
        }
    }

    private static Map<String, Object> view(ParsedMessage parsed) {
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("name", parsed.intent());
        intent.put("confidence", parsed.confidence());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("language", parsed.language().code());
        view.put("intent", intent);
        view.put("entities", parsed.entities());
        return view;
    }
}
