package org.sportello.channel.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.sportello.consent.Linking;
import org.sportello.consent.LinkingResult;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.shared.Secrets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web chat's side of linking: the "Link account" button leads here, on to the bank with a
 * fresh state and PKCE challenge, and the bank sends the customer back to {@code /link/complete}.
 */
@Controller
class WebChatLinking {

    static final String COMPLETE_PATH = "/link/complete";
    /** The web chat makes its own single-use account_linking_token, as Messenger does for its chats. */
    static final int TOKEN_BYTES = 32;

    private final Linking linking;
    private final Secrets secrets;
    private final LocaleResolver locales;

    WebChatLinking(Linking linking, Secrets secrets, LocaleResolver locales) {
        this.linking = linking;
        this.secrets = secrets;
        this.locales = locales;
    }

    @GetMapping("/link/start")
    String start(@CookieValue(name = WebChatController.COOKIE, required = false) String chatUserId,
                 @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        if (!WebChatController.isChatUserId(chatUserId)) {
            return "redirect:/chat.html"; // the chat page gives this browser its chat identity first
        }
        Language language = WebChatController.language(lang, request);
        Linking.LinkingStart start = linking.start(ChatAddress.web(chatUserId), language, origin(request) + COMPLETE_PATH,
                secrets.token(TOKEN_BYTES));
        return "redirect:" + start.bankUrl();
    }

    @GetMapping(COMPLETE_PATH)
    String complete(@CookieValue(name = WebChatController.COOKIE, required = false) String chatUserId,
                    @RequestParam(name = "state", required = false) String state,
                    @RequestParam(name = "authorization_code", required = false) String code,
                    @RequestParam(name = "error", required = false) String error,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = WebChatController.language(null, request);
        locales.setLocale(request, response, language.locale());
        model.addAttribute("lang", language.code());
        ChatAddress browser = WebChatController.isChatUserId(chatUserId) ? ChatAddress.web(chatUserId) : null;
        LinkingResult result = linking.complete(browser, state, code, error);
        if (result instanceof LinkingResult.Failed failed) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorKey", "link.failed." + failed.failure().name().toLowerCase(Locale.ROOT));
            model.addAttribute("detail", failed.detail());
            return "chat/link-failed";
        }
        if (result instanceof LinkingResult.Linked linked && linked.link().address().channel() != Channel.WEB) {
            // Linked from Telegram or another app: the confirmation waits there.
            locales.setLocale(request, response, linked.link().language().locale());
            model.addAttribute("lang", linked.link().language().code());
            return "chat/link-done";
        }
        return "redirect:/chat.html"; // the chat already holds the assistant's confirmation
    }

    private static String origin(HttpServletRequest request) {
        return UriComponentsBuilder.fromUriString(request.getRequestURL().toString()).replacePath(null).replaceQuery(null)
                .build().toUriString();
    }
}
