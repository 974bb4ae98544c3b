'use strict';

// Shared by both pages: the page's texts, the language choice, JSON calls to the web chat API and
// the error banner. Every visible word comes from the server's web.* bundle keys, so the HTML
// carries none and Italian and English stay in the same bundles as the bot's own texts.
(function () {
  const LANGUAGES = ['it', 'en'];
  const LANGUAGE_STORAGE_KEY = 'sportello.lang';
  const LANGUAGE_EVENT = 'sportello:language';
  // Attributes filled from the texts: data-i18n-placeholder="key" sets placeholder, and so on.
  const TEXT_ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

  let texts = {};
  let language = null;

  /** The problem+json answer of a failed call, or status 0 when the server could not be reached. */
  class ApiError extends Error {
    constructor(status, detail) {
      super(detail || 'HTTP ' + status);
      this.status = status;
      this.detail = detail;
    }
  }

  /** A JSON call; {@code headers} adds to the usual ones (the desk's credentials). */
  async function api(method, path, body, headers) {
    const init = {
      method,
      credentials: 'same-origin',
      headers: Object.assign({ Accept: 'application/json, application/problem+json' }, headers || {}),
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (unreachable) {
      throw new ApiError(0, null);
    }
    const json = response.status === 204 ? null : await readJson(response);
    if (!response.ok) {
      throw new ApiError(response.status, json && typeof json.detail === 'string' ? json.detail : null);
    }
    return json;
  }

  // A proxy error page is HTML, not JSON; the caller still gets the status.
  async function readJson(response) {
    try {
      return await response.json();
    } catch (notJson) {
      return null;
    }
  }

  /** The text for a key, with {0}, {1}… replaced by the arguments. */
  function text(key, ...args) {
    const template = texts[key];
    if (typeof template !== 'string') {
      // Shown as the bare key so a missing bundle entry is obvious, not silently blank.
      return key;
    }
    return template.replace(/\{(\d+)\}/g, (whole, index) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
  }

  /** Fills every data-i18n* element in root (root included) from the loaded texts. */
  function apply(root) {
    withAttribute(root, 'data-i18n').forEach((element) => {
      const arg = element.getAttribute('data-i18n-arg');
      element.textContent = arg === null ? text(element.getAttribute('data-i18n')) : text(element.getAttribute('data-i18n'), arg);
    });
    TEXT_ATTRIBUTES.forEach((attribute) => {
      withAttribute(root, 'data-i18n-' + attribute).forEach((element) => {
        element.setAttribute(attribute, text(element.getAttribute('data-i18n-' + attribute)));
      });
    });
  }

  function withAttribute(root, attribute) {
    const found = Array.from(root.querySelectorAll('[' + attribute + ']'));
    if (root.nodeType === Node.ELEMENT_NODE && root.hasAttribute(attribute)) {
      found.unshift(root);
    }
    return found;
  }

  /** Loads the texts of a language and shows the page in it (the <title> has data-i18n too). */
  async function load(lang) {
    const loaded = await api('GET', '/api/v1/webchat/texts?lang=' + encodeURIComponent(lang));
    texts = loaded || {};
    language = lang;
    document.documentElement.lang = lang;
    apply(document);
    markLanguageToggle(lang);
    // Things the page builds from the language, not from a text (e.g. a link's ?lang=), follow it here.
    document.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: { language: lang } }));
  }

  function storedLanguage() {
    try {
      const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return LANGUAGES.includes(stored) ? stored : null;
    } catch (storageBlocked) {
      return null; // private mode or a policy may forbid storage: the choice is simply not remembered
    }
  }

  function rememberLanguage(lang) {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch (storageBlocked) {
      // Same as above: the page still switches, only the next visit will not know.
    }
  }

  /** The first of the browser's preferred languages that Sportello speaks, else Italian. */
  function browserLanguage() {
    const preferred = navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language || ''];
    const spoken = preferred.map((tag) => String(tag).toLowerCase().split('-')[0]).find((code) => LANGUAGES.includes(code));
    return spoken || 'it';
  }

  /** The language the page opens in: the last one chosen on this browser, else the browser's. */
  function uiLanguage() {
    return storedLanguage() || browserLanguage();
  }

  /** Makes the IT | EN buttons switch the page's texts and remember the choice. */
  function setUpLanguageToggle() {
    document.querySelectorAll('.lang-toggle [data-lang]').forEach((button) => {
      button.addEventListener('click', async () => {
        const lang = button.getAttribute('data-lang');
        if (lang === language || !LANGUAGES.includes(lang)) {
          return;
        }
        rememberLanguage(lang);
        try {
          await load(lang);
        } catch (failure) {
          showError(failure);
        }
      });
    });
  }

  function markLanguageToggle(lang) {
    document.querySelectorAll('.lang-toggle [data-lang]').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
    });
  }

  function errorMessage(failure) {
    if (failure instanceof ApiError) {
      return failure.detail || text(failure.status === 0 ? 'error.network' : 'error.generic');
    }
    console.error(failure); // a bug in the page, not a refused call: keep the trace for developers
    return text('error.generic');
  }

  function showError(failure) {
    showErrorText(errorMessage(failure));
  }

  /** The banner with a message the page wrote itself, already in the customer's language. */
  function showErrorText(message) {
    const banner = document.getElementById('error-banner');
    banner.querySelector('.banner-text').textContent = message;
    banner.hidden = false;
  }

  function hideError() {
    document.getElementById('error-banner').hidden = true;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const close = document.querySelector('#error-banner .banner-close');
    if (close) {
      close.addEventListener('click', hideError);
    }
    setUpLanguageToggle();
  });

  window.Sportello = Object.freeze({
    ApiError,
    api,
    text,
    apply,
    load,
    LANGUAGE_EVENT,
    uiLanguage,
    errorMessage,
    showError,
    showErrorText,
    hideError,
    language: () => language,
  });
})();
