/*
 * The attendance checklist of one session on a trainer's phone. Every tap is kept in the
 * phone's storage first, then sent; what the server has not acknowledged is sent again when
 * the connection comes back, so a hall without signal loses nothing. Marks carry the time
 * of the tap: the server keeps the latest, so a late resend never undoes a newer mark.
 */
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('attendance');
    if (!root) {
      return;
    }
    var sessionId = root.dataset.session;
    var api = root.dataset.api;
    var texts = JSON.parse(root.dataset.texts);
    var statuses = JSON.parse(root.dataset.statuses);
    var roster = JSON.parse(root.dataset.roster);
    var stored = PhoneSync.store('hocso.attendance.' + sessionId, function () { return { marks: {}, walkIns: [] }; });
    var call = PhoneSync.client(api, root.dataset.csrf);
    var firstMessage = PhoneSync.firstMessage;
    var isTransient = PhoneSync.isTransient;
    var state = stored.load();
    var sending = false;
    var online = true;
    var sessionEnded = false;
    var retryTimer = null;
    var list = document.getElementById('roster');

    function text(key) {
      return PhoneSync.format(texts[key], Array.prototype.slice.call(arguments, 1));
    }

    function keep() {
      stored.save(state);
    }

    // --- the checklist ----------------------------------------------------------------

    function current(learner) {
      var local = state.marks[learner.username];
      return local ? local : { status: learner.status, remark: learner.remark };
    }

    function render() {
      list.textContent = '';
      roster.forEach(function (learner) {
        var item = document.createElement('li');
        item.className = 'check-item';
        item.dataset.username = learner.username;
        var name = document.createElement('div');
        name.className = 'check-name';
        name.textContent = learner.fullName;
        var who = document.createElement('small');
        who.textContent = ' ' + learner.username;
        name.appendChild(who);
        item.appendChild(name);
        var choices = document.createElement('div');
        choices.className = 'check-choices';
        choices.setAttribute('role', 'group');
        choices.setAttribute('aria-label', learner.fullName);
        Object.keys(statuses).forEach(function (status) {
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'choice status-' + status;
          button.dataset.status = status;
          button.textContent = statuses[status];
          button.addEventListener('click', function () {
            record(learner.username, status, current(learner).remark);
          });
          choices.appendChild(button);
        });
        item.appendChild(choices);
        var remark = document.createElement('input');
        remark.className = 'check-remark';
        remark.maxLength = 300;
        remark.placeholder = text('remark');
        remark.setAttribute('aria-label', text('remark') + ' – ' + learner.fullName);
        remark.addEventListener('change', function () {
          var mark = current(learner);
          if (mark.status) {
            record(learner.username, mark.status, remark.value);
          }
        });
        item.appendChild(remark);
        var refused = document.createElement('p');
        refused.className = 'field-error';
        item.appendChild(refused);
        list.appendChild(item);
        show(learner);
      });
      showCounts();
    }

    function show(learner) {
      var item = list.querySelector('[data-username="' + learner.username + '"]');
      var mark = current(learner);
      item.querySelectorAll('.choice').forEach(function (button) {
        button.setAttribute('aria-pressed', String(button.dataset.status === mark.status));
      });
      var remark = item.querySelector('.check-remark');
      if (document.activeElement !== remark) {
        remark.value = mark.remark || '';
      }
      item.querySelector('.field-error').textContent = (state.marks[learner.username] || {}).refused || '';
    }

    function showCounts() {
      var counts = {};
      var unmarked = 0;
      roster.forEach(function (learner) {
        var status = current(learner).status;
        if (status) {
          counts[status] = (counts[status] || 0) + 1;
        } else {
          unmarked++;
        }
      });
      var parts = Object.keys(statuses).filter(function (s) { return counts[s]; })
        .map(function (s) { return statuses[s] + ' ' + counts[s]; });
      document.getElementById('counts').textContent = text('counts', parts.join(' · ') || '–', unmarked);
    }

    function pendingMarks() {
      return Object.keys(state.marks).filter(function (u) { return !state.marks[u].synced; });
    }

    function pendingWalkIns() {
      return state.walkIns.filter(function (w) { return !w.synced; });
    }

    function showSaveState() {
      var bar = document.getElementById('saveState');
      var waiting = pendingMarks().length + pendingWalkIns().length;
      if (!waiting) {
        bar.className = 'save-state ok';
        bar.textContent = text('saved');
      } else if (online) {
        bar.className = 'save-state busy';
        bar.textContent = text('saving');
      } else {
        bar.className = 'save-state offline';
        bar.textContent = sessionEnded ? text('loginAgain', waiting) : text('offline', waiting);
      }
    }

    function record(username, status, remark) {
      state.marks[username] = { status: status, remark: remark || null, takenAt: new Date().toISOString(), synced: false };
      keep();
      roster.filter(function (l) { return l.username === username; }).forEach(show);
      showCounts();
      showSaveState();
      send();
    }

    // --- sending ----------------------------------------------------------------------

    function send() {
      if (sending) {
        return;
      }
      var usernames = pendingMarks();
      var walkIns = pendingWalkIns();
      if (!usernames.length && !walkIns.length) {
        showSaveState();
        return;
      }
      sending = true;
      var step = walkIns.length ? sendWalkIn(walkIns[0]) : sendMarks(usernames);
      step.then(function () {
        sending = false;
        showSaveState();
        if (online && (pendingMarks().length || pendingWalkIns().length)) {
          send();
        }
      });
    }

    function sendMarks(usernames) {
      var sent = usernames.map(function (u) {
        var m = state.marks[u];
        return { username: u, status: m.status, remark: m.remark, takenAt: m.takenAt };
      });
      return call('POST', '/sessions/' + sessionId + '/attendance', { marks: sent }).then(function () {
        connected();
        sent.forEach(function (mark) { acknowledge(mark); });
      }, function (error) {
        if (isTransient(error)) {
          disconnected(error);
          return;
        }
        // one mark was refused for good (someone left the roster, say): find it by sending them one by one
        return sent.reduce(function (chain, mark) {
          return chain.then(function () { return sendOne(mark); });
        }, Promise.resolve());
      });
    }

    function sendOne(mark) {
      return call('PUT', '/sessions/' + sessionId + '/attendance/' + encodeURIComponent(mark.username),
        { status: mark.status, remark: mark.remark, takenAt: mark.takenAt })
        .then(function () {
          connected();
          acknowledge(mark);
        }, function (error) {
          if (isTransient(error)) {
            disconnected(error);
            return;
          }
          state.marks[mark.username].synced = true;
          state.marks[mark.username].refused = text('refused', firstMessage(error));
          keep();
          roster.filter(function (l) { return l.username === mark.username; }).forEach(show);
        });
    }

    function acknowledge(mark) {
      var kept = state.marks[mark.username];
      if (kept && kept.takenAt === mark.takenAt) {
        kept.synced = true;
        delete kept.refused;
        keep();
      }
    }

    function sendWalkIn(walkIn) {
      return call('POST', '/sessions/' + sessionId + '/walk-ins', walkIn).then(function (mark) {
        connected();
        walkIn.synced = true;
        keep();
        addToRoster(mark.username, walkIn.fullName, mark.status);
      }, function (error) {
        if (isTransient(error)) {
          disconnected(error);
          return;
        }
        walkIn.synced = true;
        keep();
        document.getElementById('walkInError').textContent = walkIn.fullName + ': ' + firstMessage(error);
      });
    }

    function addToRoster(username, fullName, status) {
      if (!roster.some(function (l) { return l.username === username; })) {
        roster.push({ username: username, fullName: fullName, status: status, remark: null });
      }
      render();
    }

    function connected() {
      online = true;
      sessionEnded = false;
    }

    function disconnected(error) {
      online = false;
      sessionEnded = error.status === 401 || error.status === 403;
      if (!retryTimer) {
        retryTimer = setTimeout(function () {
          retryTimer = null;
          send();
        }, 5000);
      }
    }

    document.getElementById('walkIn').addEventListener('submit', function (event) {
      event.preventDefault();
      var form = event.target;
      var walkIn = { fullName: form.fullName.value.trim(), phone: form.phone.value.trim(),
        takenAt: new Date().toISOString(), synced: false };
      state.walkIns.push(walkIn);
      keep();
      form.reset();
      document.getElementById('walkInError').textContent = online ? '' : text('walkInQueued', walkIn.fullName);
      send();
    });

    window.addEventListener('online', send);
    render();
    showSaveState();
    send();
  });
}());
