'use strict';

// The chat page. The transcript is the server's: the page shows what GET /messages and the event
// stream deliver, ordered and de-duplicated by seq, and what it sends is shown as the server stored
// it (card numbers already masked), never as typed.
(function () {
  const S = window.Sportello;
  const API = '/api/v1/webchat';
  const TEXT_CHARS_MAX = 2000; // WebChat.TEXT_CHARS_MAX on the server
  const REMAINING_SHOWN_BELOW_CHARS = 200; // the counter appears only near the limit
  const MESSAGES_SHOWN_MAX = 500; // a tab left open for days must not grow without bound
  const STICK_TO_BOTTOM_PX = 120; // "at the bottom" even if a line or so away from it
  const RECONNECT_DELAY_MS_MIN = 1000;
  const RECONNECT_DELAY_MS_MAX = 30000;

  const state = {
    bySeq: new Map(), // the seen seqs and their messages, for de-duplication and quick replies
    lastSeq: 0,
    floorSeq: 0, // messages at or below it were dropped from the page; a late copy is ignored
    source: null, // the open EventSource, closed on sign-out
    reconnectDelayMs: RECONNECT_DELAY_MS_MIN,
    pending: null, // {text, payload, clientId} of a send that failed: a retry reuses the id
    sending: false,
  };
  const el = {};

  async function start() {
    ['messages', 'empty', 'message-input', 'send-button', 'composer', 'remaining', 'connection', 'sign-out',
      'customer-name'].forEach((id) => { el[id] = document.getElementById(id); });
    const session = await currentSession();
    if (session === null) {
      return;
    }
    await loadTexts(S.storedLanguage() || session.language);
    el['customer-name'].textContent = session.name;
    wireComposer();
    el['sign-out'].addEventListener('click', signOut);
    await loadHistory();
    openStream();
  }

  /** The signed-in customer, or null after sending a stranger back to the start page. */
  async function currentSession() {
    try {
      return await S.api('GET', API + '/session');
    } catch (failure) {
      if (failure instanceof S.ApiError && failure.status === 401) {
        location.replace('/');
      } else {
        await loadTexts(S.storedLanguage() || S.browserLanguage());
        S.showError(failure);
      }
      return null;
    }
  }

  async function loadTexts(lang) {
    try {
      await S.load(lang === 'it' || lang === 'en' ? lang : S.browserLanguage());
    } catch (failure) {
      S.showError(failure);
    }
  }

  async function loadHistory() {
    try {
      addMessages(await S.api('GET', API + '/messages?after=' + state.lastSeq), true);
    } catch (failure) {
      S.showError(failure); // the stream's catch-up still brings the latest lines
    }
    updateEmpty();
  }

  // --- messages

  /** Adds what is new in list; scrolls down if asked or if the reader was already at the bottom. */
  function addMessages(list, scroll) {
    const atBottom = isAtBottom();
    const added = list.filter(addMessage).length;
    if (added === 0) {
      return;
    }
    pruneOldest();
    refreshQuickReplies();
    updateEmpty();
    if (scroll || atBottom) {
      el.messages.scrollTop = el.messages.scrollHeight;
    }
  }

  function addMessage(message) {
    if (!message || typeof message.seq !== 'number' || typeof message.text !== 'string') {
      return false;
    }
    if (message.seq <= state.floorSeq || state.bySeq.has(message.seq)) {
      return false;
    }
    state.bySeq.set(message.seq, message);
    state.lastSeq = Math.max(state.lastSeq, message.seq);
    insertInOrder(renderMessage(message), message.seq);
    return true;
  }

  // Lines from the stream's catch-up and from live pushes can interleave; keep the page in seq order.
  function insertInOrder(node, seq) {
    let before = el.messages.lastElementChild;
    while (before && Number(before.getAttribute('data-seq')) > seq) {
      before = before.previousElementSibling;
    }
    el.messages.insertBefore(node, before ? before.nextSibling : el.messages.firstChild);
  }

  function pruneOldest() {
    while (el.messages.childElementCount > MESSAGES_SHOWN_MAX) {
      const oldest = el.messages.firstElementChild;
      state.floorSeq = Number(oldest.getAttribute('data-seq'));
      state.bySeq.delete(state.floorSeq);
      oldest.remove();
    }
  }

  function renderMessage(message) {
    const incoming = message.direction === 'in';
    const item = element('div', 'message ' + (incoming ? 'in' : 'out'));
    item.classList.toggle('notification', message.purpose === 'NOTIFICATION');
    item.classList.toggle('reply', message.purpose === 'REPLY');
    item.setAttribute('data-seq', String(message.seq));
    const bubble = element('div', 'bubble');
    if (message.purpose === 'NOTIFICATION') {
      bubble.append(textElement('span', 'label', 'chat.notification'));
    }
    bubble.append(textElement('span', 'visually-hidden', incoming ? 'chat.sender.customer' : 'chat.sender.bot'));
    const text = element('div', 'text');
    text.textContent = message.text; // text, never HTML: the bot echoes what customers type
    bubble.append(text, renderTime(message.at));
    item.append(bubble);
    S.apply(item);
    return item;
  }

  function renderTime(at) {
    const time = element('time', 'time');
    const when = new Date(at);
    if (!Number.isNaN(when.getTime())) {
      time.dateTime = when.toISOString();
      time.textContent = pad(when.getHours()) + ':' + pad(when.getMinutes());
      time.title = when.toLocaleString(S.language() || undefined);
    }
    return time;
  }

  function pad(number) {
    return String(number).padStart(2, '0');
  }

  /**
   * Quick replies belong to the last bot message only, and only while it is the last line: once the
   * customer has written, old choices would answer a question no longer asked.
   */
  function refreshQuickReplies() {
    const last = el.messages.lastElementChild;
    const message = last ? state.bySeq.get(Number(last.getAttribute('data-seq'))) : null;
    const current = el.messages.querySelector('.quick-replies');
    if (current && current.parentElement === last) {
      return; // already showing the right ones; re-adding would make screen readers repeat them
    }
    if (current) {
      current.remove();
    }
    if (message && message.direction === 'out' && Array.isArray(message.quickReplies) && message.quickReplies.length > 0) {
      last.append(renderQuickReplies(message.quickReplies));
    }
  }

  function renderQuickReplies(choices) {
    const group = element('div', 'quick-replies');
    group.setAttribute('role', 'group');
    group.setAttribute('data-i18n-aria-label', 'chat.quick-replies.label');
    choices.forEach((choice) => {
      const button = element('button', 'quick-reply');
      button.type = 'button';
      button.textContent = choice.title;
      button.addEventListener('click', () => send(choice.title, choice.payload));
      group.append(button);
    });
    S.apply(group);
    return group;
  }

  function updateEmpty() {
    el.empty.hidden = state.bySeq.size > 0;
  }

  function isAtBottom() {
    const list = el.messages;
    return list.scrollHeight - list.scrollTop - list.clientHeight < STICK_TO_BOTTOM_PX;
  }

  function element(tag, className) {
    const created = document.createElement(tag);
    created.className = className;
    return created;
  }

  // Keeps the key on the element, so switching language re-translates it with the rest of the page.
  function textElement(tag, className, key) {
    const created = element(tag, className);
    created.setAttribute('data-i18n', key);
    return created;
  }

  // --- sending

  function wireComposer() {
    const input = el['message-input'];
    input.maxLength = TEXT_CHARS_MAX;
    input.addEventListener('input', onInput);
    input.addEventListener('keydown', (event) => {
      // isComposing: Enter that confirms an IME candidate (Japanese, Chinese…) must not send.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitComposer();
      }
    });
    el.composer.addEventListener('submit', (event) => {
      event.preventDefault();
      submitComposer();
    });
    onInput();
  }

  function onInput() {
    const input = el['message-input'];
    input.style.height = 'auto'; // grow with the text; CSS max-height caps it and then it scrolls
    input.style.height = input.scrollHeight + 'px';
    const remaining = TEXT_CHARS_MAX - input.value.length;
    el.remaining.hidden = remaining >= REMAINING_SHOWN_BELOW_CHARS;
    el.remaining.setAttribute('data-i18n', 'chat.input.remaining');
    el.remaining.setAttribute('data-i18n-arg', String(remaining));
    S.apply(el.remaining);
    updateSendButton();
  }

  function updateSendButton() {
    el['send-button'].disabled = state.sending || el['message-input'].value.trim() === '';
  }

  async function submitComposer() {
    const input = el['message-input'];
    const text = input.value;
    if (text.trim() === '' || state.sending) {
      return;
    }
    input.value = '';
    onInput();
    const sent = await send(text, undefined);
    if (!sent && input.value === '') {
      input.value = text; // give the words back so the customer can retry
      onInput();
    }
    input.focus();
  }

  /** Sends one line; true when the server stored it. */
  async function send(text, payload) {
    if (state.sending) {
      return false;
    }
    setSending(true);
    const body = { text: text.trim(), clientId: clientIdFor(text.trim(), payload), language: S.language() };
    if (payload !== undefined && payload !== null) {
      body.payload = payload;
    }
    try {
      addMessages([await S.api('POST', API + '/messages', body)], true);
      state.pending = null;
      S.hideError();
      return true;
    } catch (failure) {
      S.showError(failure);
      return false;
    } finally {
      setSending(false);
    }
  }

  function setSending(sending) {
    state.sending = sending;
    el.messages.querySelectorAll('button.quick-reply').forEach((button) => { button.disabled = sending; });
    updateSendButton();
  }

  // The server treats a repeated client id as the same message, so a retry after a lost answer
  // is never stored (or answered) twice.
  function clientIdFor(text, payload) {
    const pending = state.pending;
    if (pending && pending.text === text && pending.payload === payload) {
      return pending.clientId;
    }
    state.pending = { text, payload, clientId: newClientId() };
    return state.pending.clientId;
  }

  // randomUUID needs a secure context (https or localhost); getRandomValues works everywhere.
  function newClientId() {
    if (typeof crypto.randomUUID === 'function') {
      return crypto.randomUUID();
    }
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  // --- the live stream

  function openStream() {
    const source = new EventSource(API + '/stream?after=' + state.lastSeq);
    source.addEventListener('open', () => {
      state.reconnectDelayMs = RECONNECT_DELAY_MS_MIN;
      setConnection('connected', 'chat.connection.connected');
    });
    source.addEventListener('message', onStreamMessage);
    source.addEventListener('error', () => onStreamError(source));
    state.source = source;
  }

  function onStreamMessage(event) {
    let message;
    try {
      message = JSON.parse(event.data);
    } catch (garbled) {
      console.warn('web chat stream: not a message', event.data);
      return;
    }
    addMessages([message], false);
  }

  // The browser reconnects by itself (sending Last-Event-ID) after a dropped connection, but gives up
  // for good when the server answers with an error status, e.g. 401 after a sign-out in another tab
  // or 503 when the server is full. Then retrying is up to the page, with a growing delay.
  function onStreamError(source) {
    setConnection('reconnecting', 'chat.connection.reconnecting');
    if (source.readyState !== EventSource.CLOSED) {
      return;
    }
    setTimeout(reopenStream, state.reconnectDelayMs);
    state.reconnectDelayMs = Math.min(state.reconnectDelayMs * 2, RECONNECT_DELAY_MS_MAX);
  }

  async function reopenStream() {
    try {
      await S.api('GET', API + '/session');
    } catch (failure) {
      if (failure instanceof S.ApiError && failure.status === 401) {
        location.replace('/');
        return;
      }
      // Any other failure: the new stream will fail too and come back here after a longer delay.
    }
    openStream();
  }

  function setConnection(connectionState, key) {
    el.connection.setAttribute('data-state', connectionState);
    el.connection.querySelector('.connection-text').setAttribute('data-i18n', key);
    S.apply(el.connection);
  }

  async function signOut() {
    el['sign-out'].disabled = true;
    try {
      await S.api('POST', API + '/sign-out');
      if (state.source) {
        state.source.close();
      }
      location.replace('/');
    } catch (failure) {
      S.showError(failure);
      el['sign-out'].disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', start);
})();
