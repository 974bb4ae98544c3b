'use strict';

// The agents' desk: an operator signs in (the admin API's HTTP Basic credentials, kept in this
// page's memory only), sees the open conversations of customers who asked for a person, reads one,
// answers into the customer's chat and closes it. Every word comes from the web.desk.* texts.
(function () {
  const S = window.Sportello;
  const API = '/api/v1/admin/desk/conversations';
  const REFRESH_MS = 5000;
  const REASONS = { ASKED: 'desk.reason.asked', NOT_UNDERSTOOD: 'desk.reason.not-understood' };
  let credentials = null;
  let current = null;
  let refresher = null;

  const el = {};

  // X-Requested-With: a wrong password is answered without a Basic challenge, so the page says so
  // rather than the browser opening its own sign-in dialog.
  function call(method, path, body) {
    return S.api(method, path, body, { Authorization: 'Basic ' + credentials, 'X-Requested-With': 'desk' });
  }

  function when(instant) {
    return new Date(instant).toLocaleString(S.language() === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'short', timeStyle: 'short' });
  }

  /** The bank's customer id, which the agent looks up in the bank's systems; a chat not linked says so. */
  function customerOf(conversation) {
    return conversation.customerId || S.text('desk.customer.unlinked');
  }

  async function signIn(event) {
    event.preventDefault();
    credentials = btoa(unescape(encodeURIComponent(el.username.value + ':' + el.password.value)));
    try {
      await refresh();
    } catch (failure) {
      credentials = null;
      S.showErrorText(failure.status === 401 ? S.text('desk.sign-in.refused') : S.errorMessage(failure));
      return;
    }
    el.password.value = '';
    el.signIn.hidden = true;
    el.workspace.hidden = false;
    S.hideError();
    refresher = setInterval(() => refresh().catch(S.showError), REFRESH_MS);
  }

  async function refresh() {
    const open = await call('GET', API + '?status=OPEN');
    el.list.replaceChildren(...open.map(conversation => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'conversation';
      button.dataset.id = conversation.id;
      button.textContent = S.text('desk.open.item', customerOf(conversation), conversation.channel, when(conversation.openedAt),
          S.text(REASONS[conversation.reason] || 'desk.reason.asked'));
      button.setAttribute('aria-current', String(current === conversation.id));
      button.addEventListener('click', () => show(conversation.id).catch(S.showError));
      item.append(button);
      return item;
    }));
    el.noneOpen.hidden = open.length > 0;
    if (current) {
      await show(current);
    }
  }

  async function show(id) {
    const conversation = await call('GET', API + '/' + encodeURIComponent(id));
    current = id;
    el.conversation.hidden = false;
    el.heading.textContent = S.text('desk.conversation.heading', customerOf(conversation), conversation.channel,
        when(conversation.openedAt));
    el.lines.replaceChildren(...conversation.messages.map(message => {
      const line = document.createElement('li');
      line.className = message.author === 'AGENT' ? 'agent' : 'customer';
      const text = document.createElement('span');
      text.className = 'text';
      text.textContent = message.text;
      const stamp = document.createElement('span');
      stamp.className = 'when';
      stamp.textContent = (message.author === 'AGENT' ? message.agent : S.text('desk.customer')) + ' · ' + when(message.at);
      line.append(text, stamp);
      return line;
    }));
    const closed = conversation.status !== 'OPEN';
    el.replyText.disabled = closed;
    el.send.disabled = closed;
    el.close.disabled = closed;
    el.list.querySelectorAll('button.conversation').forEach(button => button.setAttribute('aria-current', String(button.dataset.id === id)));
  }

  async function reply(event) {
    event.preventDefault();
    const text = el.replyText.value.trim();
    if (!text || !current) {
      return;
    }
    el.send.disabled = true;
    try {
      await call('POST', API + '/' + encodeURIComponent(current) + '/replies', { text });
      el.replyText.value = '';
      await show(current);
    } catch (failure) {
      S.showError(failure);
    } finally {
      el.send.disabled = false;
    }
  }

  async function close() {
    if (!current) {
      return;
    }
    try {
      await call('POST', API + '/' + encodeURIComponent(current) + '/close');
      current = null;
      el.conversation.hidden = true;
      await refresh();
    } catch (failure) {
      S.showError(failure);
    }
  }

  async function start() {
    el.signIn = document.getElementById('sign-in');
    el.username = document.getElementById('username');
    el.password = document.getElementById('password');
    el.workspace = document.getElementById('workspace');
    el.list = document.getElementById('conversations');
    el.noneOpen = document.getElementById('none-open');
    el.conversation = document.getElementById('conversation');
    el.heading = document.getElementById('conversation-heading');
    el.lines = document.getElementById('lines');
    el.replyText = document.getElementById('reply-text');
    el.send = document.getElementById('send');
    el.close = document.getElementById('close');
    el.signIn.addEventListener('submit', signIn);
    document.getElementById('reply').addEventListener('submit', reply);
    el.close.addEventListener('click', close);
    document.addEventListener(S.LANGUAGE_EVENT, () => {
      if (credentials) {
        refresh().catch(S.showError);
      }
    });
    try {
      await S.load(S.uiLanguage());
    } catch (failure) {
      S.showError(failure);
    }
  }

  window.addEventListener('beforeunload', () => clearInterval(refresher));
  document.addEventListener('DOMContentLoaded', start);
})();
