'use strict';

// The start page: the demo sign-in. It lists the demo bank's customers; picking one links this
// browser to that customer (an HttpOnly cookie) and opens the chat. Real bank login replaces it later.
(function () {
  const S = window.Sportello;
  const API = '/api/v1/webchat';
  const LANGUAGES = ['it', 'en'];

  async function start() {
    // Both calls start before the texts load, so the page fills in one go. Each settles to a value
    // at once, so a failure is never an unhandled rejection while the texts are still loading.
    const session = S.api('GET', API + '/session').catch(() => null); // 401, the usual case: no shortcut
    const customers = S.api('GET', API + '/demo-customers').then((list) => ({ list }), (problem) => ({ problem }));
    try {
      await S.load(S.storedLanguage() || S.browserLanguage());
    } catch (failure) {
      S.showError(failure);
    }
    offerContinue(await session);
    const answer = await customers;
    if (answer.problem) {
      showCustomersStatus(null, answer.problem);
    } else {
      renderCustomers(answer.list || []);
    }
  }

  /** A browser that is still signed in gets a one-click way back into its chat. */
  function offerContinue(session) {
    if (!session || typeof session.name !== 'string') {
      return;
    }
    const button = document.getElementById('continue-button');
    button.setAttribute('data-i18n', 'index.continue.button');
    button.setAttribute('data-i18n-arg', session.name);
    S.apply(button);
    button.addEventListener('click', () => location.assign('/chat.html'));
    document.getElementById('continue').hidden = false;
  }

  function renderCustomers(list) {
    const container = document.getElementById('customers');
    container.replaceChildren(...list.map(customerItem));
    container.setAttribute('aria-busy', 'false');
    showCustomersStatus(list.length === 0 ? 'index.customers.empty' : null, null);
  }

  function customerItem(customer) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'customer';
    button.setAttribute('data-customer-id', customer.id);
    button.append(part('avatar', initials(customer.name)), names(customer), chevron());
    button.querySelector('.avatar').setAttribute('aria-hidden', 'true');
    button.addEventListener('click', () => signIn(customer.id, button));
    const item = document.createElement('li');
    item.append(button);
    return item;
  }

  function names(customer) {
    const box = part('customer-names', null);
    box.append(part('customer-name', customer.name));
    if (LANGUAGES.includes(customer.language)) {
      const language = part('customer-language', null);
      language.setAttribute('data-i18n', 'index.customer.language.' + customer.language);
      S.apply(language);
      box.append(language);
    }
    return box;
  }

  function part(className, content) {
    const span = document.createElement('span');
    span.className = className;
    if (content !== null) {
      span.textContent = content;
    }
    return span;
  }

  // Initials of the first and last word: "Giulia Ferri" → "GF". Decoration only (aria-hidden).
  function initials(name) {
    const words = String(name).trim().split(/\s+/).filter(Boolean);
    const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
    return picked.map((word) => Array.from(word)[0].toUpperCase()).join('');
  }

  // The icon lives in a <template> of the page, so the markup stays in HTML.
  function chevron() {
    return document.getElementById('chevron-icon').content.firstElementChild.cloneNode(true);
  }

  async function signIn(customerId, button) {
    const buttons = document.querySelectorAll('button.customer');
    buttons.forEach((each) => { each.disabled = true; });
    button.setAttribute('aria-busy', 'true');
    try {
      await S.api('POST', API + '/demo-sign-in', { customerId });
      location.assign('/chat.html');
    } catch (failure) {
      S.showError(failure);
      buttons.forEach((each) => { each.disabled = false; });
      button.removeAttribute('aria-busy');
    }
  }

  /** The line above the list: loading, empty, or why there is no list (e.g. the demo is off). */
  function showCustomersStatus(key, problem) {
    const status = document.getElementById('customers-status');
    status.removeAttribute('data-i18n');
    status.classList.toggle('problem', problem !== null);
    if (problem !== null) {
      status.textContent = S.errorMessage(problem);
    } else if (key !== null) {
      status.setAttribute('data-i18n', key);
      S.apply(status);
    }
    status.hidden = key === null && problem === null;
  }

  document.addEventListener('DOMContentLoaded', start);
})();
