package org.sportello.bank.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.DemoCustomers;
import org.sportello.bank.application.CustomerStore;
import org.sportello.bank.application.LinkAttempts;
import org.sportello.bank.application.LinkRequestRefused;
import org.sportello.bank.demo.DemoPhone;
import org.sportello.bank.domain.linking.LinkAttempt;
import org.sportello.bank.domain.linking.LinkAttempt.Refusal;
import org.sportello.bank.domain.linking.LinkAttempt.Stage;
import org.sportello.bank.domain.linking.LinkAttempt.Step;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bank's own pages where a customer links a chat: login, one-time code, consent. Server
 * rendered, work without JavaScript, and every form carries a CSRF token (Spring Security adds
 * it). The attempt travels in the HTTP session, whose id changes after login.
 */
@Controller
@RequestMapping("/bank/link")
class BankLinkController {

    static final String ATTEMPT = "sportello.bank.link.attempt";
    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Rome");

    private final LinkAttempts attempts;
    private final CustomerStore customers;
    private final ObjectProvider<DemoCustomers> demo;
    private final DemoPhone demoPhone;
    private final LocaleResolver locales;

    BankLinkController(LinkAttempts attempts, CustomerStore customers, ObjectProvider<DemoCustomers> demo, DemoPhone demoPhone,
                       LocaleResolver locales) {
        this.attempts = attempts;
        this.customers = customers;
        this.demo = demo;
        this.demoPhone = demoPhone;
        this.locales = locales;
    }

    @GetMapping
    String begin(@RequestParam(name = "account_linking_token", required = false) String token,
                 @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                 @RequestParam(name = "state", required = false) String state,
                 @RequestParam(name = "code_challenge", required = false) String codeChallenge,
                 @RequestParam(name = "code_challenge_method", required = false) String challengeMethod,
                 @RequestParam(name = "lang", required = false) String lang,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = Language.fromTag(lang).or(() -> Language.fromTag(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.IT);
        locales.setLocale(request, response, language.locale());
        LinkAttempt attempt;
        try {
            attempt = attempts.begin(token, redirectUri, state, codeChallenge, challengeMethod, language, origin(request));
        } catch (LinkRequestRefused refused) {
            // Nothing is redirected anywhere: a bad redirect_uri must not receive even an error.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorKey", refused.problem().key());
            model.addAttribute("detail", refused.getMessage());
            return "bank/link-error";
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTEMPT, attempt.id());
        return "redirect:/bank/link/login";
    }

    @GetMapping("/login")
    String loginPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, Stage.LOGIN, attempt -> loginView(attempt, model, null));
    }

    @PostMapping("/login")
    String login(@RequestParam(name = "username", required = false) String username,
                 @RequestParam(name = "password", required = false) String password,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, Stage.LOGIN, attempt -> {
            Step step = attempts.login(attempt, username, password);
            if (step.succeeded()) {
                request.changeSessionId(); // a new session id once the customer is known: no fixation
                return "redirect:/bank/link/code";
            }
            return refused(step, response, model, () -> {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                model.addAttribute("username", username);
                return loginView(step.attempt(), model, step.refusal());
            });
        });
    }

    @GetMapping("/code")
    String codePage(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, Stage.ONE_TIME_CODE, attempt -> codeView(attempt, model, null));
    }

    @PostMapping("/code")
    String code(@RequestParam(name = "code", required = false) String code,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, Stage.ONE_TIME_CODE, attempt -> {
            Step step = attempts.verify(attempt, code);
            if (step.succeeded()) {
                return "redirect:/bank/link/consent";
            }
            return refused(step, response, model, () -> {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                return codeView(step.attempt(), model, step.refusal());
            });
        });
    }

    @PostMapping("/code/resend")
    String resend(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, Stage.ONE_TIME_CODE, attempt -> {
            Step step = attempts.resend(attempt);
            if (step.succeeded()) {
                return "redirect:/bank/link/code";
            }
            return refused(step, response, model, () -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return codeView(step.attempt(), model, step.refusal());
            });
        });
    }

    @GetMapping("/consent")
    String consentPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, Stage.CONSENT, attempt -> consentView(attempt, model));
    }

    @PostMapping("/consent")
    String consent(@RequestParam(name = "decision", required = false) String decision,
                   @RequestParam(name = "scope", required = false) List<String> scopes,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, Stage.CONSENT, attempt -> {
            Set<Scope> granted = EnumSet.noneOf(Scope.class);
            if (scopes != null) {
                for (String scope : scopes) {
                    for (Scope known : Scope.values()) {
                        if (known.name().equals(scope)) {
                            granted.add(known);
                        }
                    }
                }
            }
            LinkAttempts.Decision answer = attempts.decide(attempt, "approve".equals(decision), granted);
            if (answer.redirect() != null) {
                request.getSession().removeAttribute(ATTEMPT);
                return "redirect:" + answer.redirect();
            }
            return refused(answer.step(), response, model, () -> consentView(answer.step().attempt(), model));
        });
    }

    /** A form without its CSRF token, or with a stale one: nothing was done. */
    @RequestMapping("/refused")
    String staleForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        attempts.find(session == null ? null : (String) session.getAttribute(ATTEMPT))
                .ifPresent(attempt -> locales.setLocale(request, response, attempt.language().locale()));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("errorKey", "bank.link.error.stale-form");
        return "bank/link-error";
    }

    private interface View {
        String render(LinkAttempt attempt);
    }

    /**
     * Runs {@code view} when the session's attempt is at {@code stage}; sends the browser to its
     * attempt's current page when it is elsewhere, and explains when there is none or it is over.
     */
    private String page(HttpServletRequest request, HttpServletResponse response, Model model, Stage stage, View view) {
        HttpSession session = request.getSession(false);
        Optional<LinkAttempt> found = attempts.find(session == null ? null : (String) session.getAttribute(ATTEMPT));
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorKey", "bank.link.error.no-attempt");
            return "bank/link-error";
        }
        LinkAttempt attempt = found.get();
        locales.setLocale(request, response, attempt.language().locale());
        model.addAttribute("lang", attempt.language().code());
        Refusal blocked = attempts.blocked(attempt);
        if (blocked == null && attempt.stage() != stage && "POST".equals(request.getMethod())) {
            // A form sent again after its step succeeded: a code, or a consent, counts once.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("errorKey", "bank.link.error.already-used");
            return "bank/link-error";
        }
        if (blocked == null && attempt.stage() != stage) {
            return "redirect:/bank/link/" + switch (attempt.stage()) {
                case LOGIN -> "login";
                case ONE_TIME_CODE -> "code";
                default -> "consent";
            };
        }
        return view.render(attempt);
    }

    private String refused(Step step, HttpServletResponse response, Model model, Supplier<String> retry) {
        Refusal refusal = step.refusal();
        if (refusal == Refusal.WRONG_PASSWORD || refusal == Refusal.WRONG_CODE || refusal == Refusal.CODE_EXPIRED
                || refusal == Refusal.RESEND_LIMIT || refusal == Refusal.NO_SCOPE) {
            return retry.get();
        }
        response.setStatus(refusal == Refusal.LOCKED || refusal == Refusal.TOO_MANY_CODES
                ? HttpStatus.FORBIDDEN.value() : HttpStatus.GONE.value());
        model.addAttribute("errorKey", refusal.key());
        return "bank/link-error";
    }

    private String loginView(LinkAttempt attempt, Model model, Refusal refusal) {
        model.addAttribute("error", refusal == null ? null : refusal.key());
        model.addAttribute("triesLeft", attempt.passwordTriesLeft());
        DemoCustomers bank = demo.getIfAvailable();
        if (bank != null) {
            model.addAttribute("demoLogins", bank.list().stream().map(profile -> profile.id().value()).toList());
            model.addAttribute("demoPassword", bank.password());
        }
        return "bank/link-login";
    }

    private String codeView(LinkAttempt attempt, Model model, Refusal refusal) {
        model.addAttribute("error", refusal == null ? null : refusal.key());
        model.addAttribute("triesLeft", attempt.codeTriesLeft());
        model.addAttribute("sendsLeft", LinkAttempt.OTP_SENDS_MAX - attempt.otpSent());
        boolean demoBank = demo.getIfAvailable() != null;
        model.addAttribute("demo", demoBank);
        if (demoBank) {
            model.addAttribute("demoCode", demoPhone.lastCode(attempt.id()).orElse(null));
        }
        return "bank/link-code";
    }

    private String consentView(LinkAttempt attempt, Model model) {
        Language language = attempt.language();
        model.addAttribute("customerName", customers.find(attempt.customer()).map(CustomerProfile::displayName).orElse(""));
        model.addAttribute("scopes", List.of(Scope.values()).stream().map(scope -> scope.name()).toList());
        model.addAttribute("expiry", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .withZone(BANK_ZONE).format(attempts.consentExpiry()));
        return "bank/link-consent";
    }

    private static String origin(HttpServletRequest request) {
        return UriComponentsBuilder.fromUriString(request.getRequestURL().toString()).replacePath(null).replaceQuery(null)
                .build().toUriString();
    }
}
