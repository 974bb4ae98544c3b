'use strict';

// The start page says what Sportello is and opens the chat. It asks the server nothing but its
// texts: the chat page gives a browser its chat identity, and the bank links it to a customer.
(function () {
  const S = window.Sportello;

  async function start() {
    try {
      await S.load(S.uiLanguage());
    } catch (failure) {
      S.showError(failure);
    }
  }

  document.addEventListener('DOMContentLoaded', start);
})();
