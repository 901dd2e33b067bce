/*
 * The contest page's countdown: computed in the browser from the server's time at page
 * load, so hundreds of waiting contestants send nothing until the start. At the start
 * each goes to their attempt, spread over a second so they do not all arrive at once.
 */
(function () {
  'use strict';

  var SPREAD_MS = 1000;

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('countdown');
    if (!box) {
      return;
    }
    var startsAt = Number(box.dataset.starts);
    var offset = Number(box.dataset.server) - Date.now();
    var text = document.getElementById('countdownText');
    var go = document.getElementById('go');

    function tick() {
      var left = startsAt - (Date.now() + offset);
      if (left <= 0) {
        go.hidden = false;
        text.textContent = '';
        setTimeout(function () { window.location.href = box.dataset.go; }, Math.random() * SPREAD_MS);
        return;
      }
      var seconds = Math.ceil(left / 1000);
      var h = Math.floor(seconds / 3600);
      var m = Math.floor(seconds / 60) % 60;
      var s = seconds % 60;
      text.textContent = box.dataset.label + ' ' + (h ? h + ':' : '') + (m < 10 && h ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
      go.hidden = true;
      setTimeout(tick, 1000 - ((Date.now() + offset) % 1000));
    }
    tick();
  });
}());
