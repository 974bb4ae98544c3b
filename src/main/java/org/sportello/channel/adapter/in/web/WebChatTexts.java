package org.sportello.channel.adapter.in.web;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.shared.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web chat page's own texts ({@code web.*} keys of the message bundles), so the static page
 * carries no words of its own and both languages come from the same bundles as the bot's.
 */
@RestController
class WebChatTexts {

    static final String PREFIX = "web.";

    private final Map<Language, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    @GetMapping(path = "/api/v1/webchat/texts", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> texts(@RequestParam(name = "lang", defaultValue = "it") String lang) {
        Language language = Language.fromTag(lang).orElse(Language.IT);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(byLanguage.computeIfAbsent(language, WebChatTexts::load));
    }

    static Map<String, String> load(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PREFIX)) {
                texts.put(key.substring(PREFIX.length()), bundle.getString(key));
            }
        }
        return Map.copyOf(texts);
    }
}
