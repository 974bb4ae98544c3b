package org.sportello;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.sportello.shared.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of server-rendered pages (the bank's linking pages): the one a controller chose
 * for this request (the language of the chat the customer came from), else the browser's, else
 * Italian. Only the languages Sportello speaks, so every text comes from a bundle that has it.
 */
@Component("localeResolver")
class LanguageLocaleResolver implements LocaleResolver {

    private static final String CHOSEN = LanguageLocaleResolver.class.getName() + ".CHOSEN";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        return Language.fromTag(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).orElse(Language.IT).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = locale == null ? Language.IT : Language.fromTag(locale.toLanguageTag()).orElse(Language.IT);
        request.setAttribute(CHOSEN, language.locale());
    }
}
