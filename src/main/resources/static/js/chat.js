'use strict';

// The chat page. The transcript is the server's: the page shows what GET /messages and the event
// stream deliver, ordered and de-duplicated by seq, and what it sends is shown as the server stored
// it (card numbers already masked), never as typed. The browser is known by an HttpOnly cookie the
// server sets on the first GET /session; the customer links it to their account at the bank.
(function () {
  const S = window.Sportello;
  const API = '/api/v1/webchat';
  const LINK_START = '/link/start';
  const LINK_ACCOUNT_PAYLOAD = 'ACTION:LINK_ACCOUNT'; // QuickReply.LINK_ACCOUNT on the server
  const SHARE_LOCATION_PAYLOAD = 'ACTION:SHARE_LOCATION'; // QuickReply.SHARE_LOCATION on the server
  const LOCATION_PAYLOAD_PREFIX = 'LOCATION:'; // Dialogue.LOCATION on the server, as Messenger and Telegram send it
  // Five decimals are about a metre: as near as finding an ATM needs, and "LOCATION:-89.12345,-179.12345"
  // stays well within the 64 characters of a payload.
  const LOCATION_DECIMALS = 5;
  const LOCATION_TIMEOUT_MS = 10000;
  const LOCATION_MAX_AGE_MS = 60000; // a position found in the last minute is still where the customer is
  // GeolocationPositionError's codes: PERMISSION_DENIED, POSITION_UNAVAILABLE, TIMEOUT.
  const LOCATION_ERROR_TEXTS = { 1: 'chat.location.denied', 2: 'chat.location.unavailable', 3: 'chat.location.timeout' };
  const TEXT_CHARS_MAX = 2000; // WebChat.TEXT_CHARS_MAX on the server
  const REMAINING_SHOWN_BELOW_CHARS = 200; // the counter appears only near the limit
  const MESSAGES_SHOWN_MAX = 500; // a tab left open for days must not grow without bound
  const STICK_TO_BOTTOM_PX = 120; // "at the bottom" even if a line or so away from it
  const RECONNECT_DELAY_MS_MIN = 1000;
  const RECONNECT_DELAY_MS_MAX = 30000;
  // Picture.path() on the server; anything else in a line is not shown as a picture.
  const PICTURE_URL = /^\/api\/v1\/images\/[A-Za-z0-9_-]{1,64}\.png$/;

  const state = {
    bySeq: new Map(), // the seen seqs and their messages, for de-duplication and quick replies
    lastSeq: 0,
    floorSeq: 0, // messages at or below it were dropped from the page; a late copy is ignored
    source: null, // the open EventSource, closed when the browser is forgotten
    linkCheck: null, // the GET /session in flight after a bot line that may mean the link changed
    linkCheckAgain: false, // another line came while it was in flight: check once more after it
    // Forgetting: the unlink's bot line must not ask GET /session, which, once the sign-out has
    // cleared the cookie, would quietly give this browser a new chat identity.
    leaving: false,
    reconnectDelayMs: RECONNECT_DELAY_MS_MIN,
    pending: null, // {text, payload, clientId} of a send that failed: a retry reuses the id
    sending: false,
    locating: false, // the browser is looking for its position
    stuckToBottom: true, // the reader follows the newest line; kept when the transcript's box shrinks
  };
  const el = {};

  async function start() {
    ['messages', 'empty', 'message-input', 'send-button', 'composer', 'remaining', 'connection', 'forget',
      'customer', 'customer-name', 'link-account', 'share-location'].forEach((id) => { el[id] = document.getElementById(id); });
    const language = S.uiLanguage();
    // Both start at once; the session call also gives a new browser its chat identity.
    const session = S.api('GET', API + '/session?lang=' + encodeURIComponent(language)).then((value) => ({ value }),
      (problem) => ({ problem }));
    try {
      await S.load(language);
    } catch (failure) {
      S.showError(failure);
    }
    document.addEventListener(S.LANGUAGE_EVENT, updateLinkTargets);
    const answer = await session;
    if (answer.problem) {
      S.showError(answer.problem); // without a chat identity nothing else can work
      return;
    }
    showLinkState(answer.value);
    followNewestLine();
    wireComposer();
    wireShareLocation();
    el.forget.addEventListener('click', forgetBrowser);
    await loadHistory();
    openStream();
  }

  // --- the link to the bank account, shown in the header

  /** Linked: the customer's name. Not linked: the button that starts linking at the bank. */
  function showLinkState(session) {
    const linked = Boolean(session && session.linked);
    const name = el['customer-name'];
    if (linked && typeof session.name === 'string' && session.name !== '') {
      name.removeAttribute('data-i18n');
      name.textContent = session.name;
    } else {
      name.setAttribute('data-i18n', 'chat.linked'); // linked, but the bank did not say the name
      S.apply(name);
    }
    el.customer.hidden = !linked;
    el['link-account'].hidden = linked;
    updateLinkTargets();
  }

  /** The bank's pages open in the language the customer is reading now. */
  function linkTarget() {
    return LINK_START + '?lang=' + encodeURIComponent(S.language() || S.uiLanguage());
  }

  function updateLinkTargets() {
    document.querySelectorAll('a.link-account').forEach((link) => { link.href = linkTarget(); });
  }

  /**
   * A bot line may follow a change of the link (linked in another tab, unlinked by the customer,
   * revoked by the bank, consent expired), so the header asks the server again, one call at a time.
   */
  async function recheckLinkState() {
    if (state.leaving) {
      return;
    }
    if (state.linkCheck) {
      state.linkCheckAgain = true;
      return;
    }
    state.linkCheck = stillThisBrowser().then((known) => (known && !state.leaving ? S.api('GET', API + '/session') : null));
    try {
      const session = await state.linkCheck;
      if (session) {
        showLinkState(session);
      }
    } catch (failure) {
      // Not worth a banner: the header keeps what it showed and the next bot line checks again.
      console.warn('web chat: could not refresh the link state', failure);
    } finally {
      state.linkCheck = null;
    }
    if (state.linkCheckAgain) {
      state.linkCheckAgain = false;
      recheckLinkState();
    }
  }

  /**
   * False, after sending the page to the start, when this browser no longer has its chat (forgotten
   * in another tab): asking GET /session then would quietly start a new chat under the old transcript.
   * On the way it fetches what the page may have missed.
   */
  async function stillThisBrowser() {
    try {
      addMessages(await S.api('GET', API + '/messages?after=' + state.lastSeq), false);
      return true;
    } catch (failure) {
      if (failure instanceof S.ApiError && failure.status === 401) {
        leave();
        return false;
      }
      return true; // any other failure (server down, a proxy's error page) says nothing about this browser
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

  /**
   * Adds what is new in list; scrolls down if asked or if the reader was already at the bottom.
   * Returns how many lines were new.
   */
  function addMessages(list, scroll) {
    const atBottom = isAtBottom();
    const added = list.filter(addMessage).length;
    if (added === 0) {
      return 0;
    }
    pruneOldest();
    refreshQuickReplies();
    updateEmpty();
    if (scroll || atBottom) {
      el.messages.scrollTop = el.messages.scrollHeight;
    }
    return added;
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
    bubble.append(text);
    if (message.picture && typeof message.picture.url === 'string' && PICTURE_URL.test(message.picture.url)) {
      bubble.append(renderPicture(message.picture));
    }
    bubble.append(renderTime(message.at));
    item.append(bubble);
    S.apply(item);
    return item;
  }

  /**
   * A chart under the bot's text, described by its alt text. The server keeps pictures for a day: an
   * older line, or one whose picture cannot be loaded, shows the description instead.
   */
  function renderPicture(picture) {
    const alt = typeof picture.alt === 'string' ? picture.alt : '';
    const image = element('img', 'picture');
    image.alt = alt; // a property, never markup
    image.loading = 'lazy';
    image.decoding = 'async';
    image.addEventListener('error', () => {
      const description = element('div', 'picture-alt');
      description.textContent = alt;
      image.replaceWith(description);
    }, { once: true });
    // The picture arrives after its line: a reader who followed the newest line still sees all of it.
    image.addEventListener('load', () => {
      if (state.stuckToBottom) {
        el.messages.scrollTop = el.messages.scrollHeight;
      }
    }, { once: true });
    image.src = picture.url;
    return image;
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
    const choices = message && message.direction === 'out' && Array.isArray(message.quickReplies)
      ? message.quickReplies.filter((choice) => choice.payload !== SHARE_LOCATION_PAYLOAD || canShareLocation()) : [];
    if (choices.length > 0) {
      last.append(renderQuickReplies(choices));
      updateButtons(); // a choice that comes while a line is being sent waits for it, as the others do
    }
  }

  function renderQuickReplies(choices) {
    const group = element('div', 'quick-replies');
    group.setAttribute('role', 'group');
    group.setAttribute('data-i18n-aria-label', 'chat.quick-replies.label');
    choices.forEach((choice) => group.append(renderChoice(choice)));
    S.apply(group);
    return group;
  }

  function renderChoice(choice) {
    if (choice.payload === LINK_ACCOUNT_PAYLOAD) {
      return linkChoice(choice);
    }
    // The share-location choice sends where the browser is, not its title.
    const sharesLocation = choice.payload === SHARE_LOCATION_PAYLOAD;
    const button = element('button', sharesLocation ? 'quick-reply share-location' : 'quick-reply');
    button.type = 'button';
    button.textContent = choice.title;
    button.addEventListener('click', sharesLocation ? shareLocation : () => send(choice.title, choice.payload));
    return button;
  }

  // Linking happens at the bank, not in the conversation: this choice is a link there, not a line sent.
  function linkChoice(choice) {
    const link = element('a', 'quick-reply link-account');
    link.href = linkTarget();
    link.textContent = choice.title;
    return link;
  }

  function updateEmpty() {
    el.empty.hidden = state.bySeq.size > 0;
  }

  /**
   * When the transcript's box shrinks (a phone's keyboard opens, the header wraps, the window is
   * resized) a reader who was at the newest line stays there instead of being left mid-conversation.
   */
  function followNewestLine() {
    el.messages.addEventListener('scroll', () => { state.stuckToBottom = isAtBottom(); }, { passive: true });
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(() => {
        if (state.stuckToBottom) {
          el.messages.scrollTop = el.messages.scrollHeight;
        }
      }).observe(el.messages);
    }
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
    updateButtons();
  }

  /** Send needs words; nothing is sent while a line is on its way; the position is asked for once at a time. */
  function updateButtons() {
    el['send-button'].disabled = state.sending || el['message-input'].value.trim() === '';
    el.messages.querySelectorAll('button.quick-reply').forEach((button) => { button.disabled = state.sending; });
    document.querySelectorAll('button.share-location').forEach((button) => {
      button.disabled = state.sending || state.locating;
      button.setAttribute('aria-busy', String(state.locating));
    });
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
    updateButtons();
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

  // --- the customer's position, for the nearest ATMs

  /**
   * Browsers give a page its position only in a secure context (https, or http://localhost while
   * developing): elsewhere navigator.geolocation is missing, or refuses every call as if the customer
   * had said no, so the button could only fail. There the customer types a place instead.
   */
  function canShareLocation() {
    return window.isSecureContext === true && 'geolocation' in navigator;
  }

  function wireShareLocation() {
    el['share-location'].hidden = !canShareLocation();
    el['share-location'].addEventListener('click', shareLocation);
  }

  /** Sends where the browser is, as Messenger and Telegram send a shared location; the assistant answers with the nearest ATMs. */
  async function shareLocation() {
    if (state.locating || state.sending || !canShareLocation()) {
      return;
    }
    state.locating = true;
    updateButtons();
    try {
      const position = await currentPosition().catch((failure) => {
        S.showErrorText(S.text(LOCATION_ERROR_TEXTS[failure.code] || 'chat.location.unavailable'));
        return null;
      });
      if (position) {
        await send(S.text('chat.location.shared'), locationPayload(position.coords));
      }
    } finally {
      state.locating = false;
      updateButtons();
    }
  }

  // No high accuracy: a phone need not wait for GPS when Wi-Fi places it near enough for the nearest ATMs.
  function currentPosition() {
    return new Promise((resolve, reject) => {
      navigator.geolocation.getCurrentPosition(resolve, reject,
        { enableHighAccuracy: false, timeout: LOCATION_TIMEOUT_MS, maximumAge: LOCATION_MAX_AGE_MS });
    });
  }

  function locationPayload(coords) {
    return LOCATION_PAYLOAD_PREFIX + coords.latitude.toFixed(LOCATION_DECIMALS) + ',' + coords.longitude.toFixed(LOCATION_DECIMALS);
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
    if (addMessages([message], false) > 0 && message.direction === 'out' && message.purpose !== 'NOTIFICATION') {
      recheckLinkState();
    }
  }

  // The browser reconnects by itself (sending Last-Event-ID) after a dropped connection, but gives up
  // for good when the server answers with an error status, e.g. 401 after this browser was forgotten
  // in another tab or 503 when the server is full. Then retrying is up to the page, with a growing delay.
  function onStreamError(source) {
    setConnection('reconnecting', 'chat.connection.reconnecting');
    if (source.readyState !== EventSource.CLOSED) {
      return;
    }
    setTimeout(reopenStream, state.reconnectDelayMs);
    state.reconnectDelayMs = Math.min(state.reconnectDelayMs * 2, RECONNECT_DELAY_MS_MAX);
  }

  async function reopenStream() {
    // On any other failure the new stream fails too and comes back here after a longer delay.
    if (await stillThisBrowser()) {
      openStream();
      recheckLinkState(); // the link may have changed while the page was away
    }
  }

  function setConnection(connectionState, key) {
    el.connection.setAttribute('data-state', connectionState);
    el.connection.querySelector('.connection-text').setAttribute('data-i18n', key);
    S.apply(el.connection);
  }

  /** Unlinks the account from this chat and drops the chat's cookie: the next visit starts afresh. */
  async function forgetBrowser() {
    el.forget.disabled = true;
    state.leaving = true;
    try {
      await S.api('POST', API + '/sign-out');
      leave();
    } catch (failure) {
      S.showError(failure);
      state.leaving = false;
      el.forget.disabled = false;
    }
  }

  function leave() {
    if (state.source) {
      state.source.close();
    }
    location.replace('/');
  }

  document.addEventListener('DOMContentLoaded', start);
})();
