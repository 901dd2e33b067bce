/*
 * The trainer's check-in screen: shows the session's current code and its QR code, and
 * fetches the next one when it changes (every 15 seconds).
 */
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('checkin');
    if (!root) {
      return;
    }

    function refresh() {
      fetch(root.dataset.api + '/sessions/' + root.dataset.session + '/check-in-code',
        { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (shown) {
          document.getElementById('code').textContent = shown.code;
          document.getElementById('notRunning').hidden = shown.running;
          document.getElementById('qr').src = root.dataset.qr + '&code=' + encodeURIComponent(shown.code);
          var wait = Math.max(1000, new Date(shown.changesAt).getTime() - Date.now() + 300);
          setTimeout(refresh, wait);
        })
        .catch(function () {
          setTimeout(refresh, 3000);
        });
    }

    refresh();
  });
}());
