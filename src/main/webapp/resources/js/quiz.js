/*
 * The attempt page. Every answer goes to the phone's local storage first, then to the
 * server (PUT, one request per answer, with a sequence number so an old resend never
 * overwrites a newer answer). Whatever the server has not confirmed is sent again when
 * the connection comes back, and a reload or another device picks the attempt up again.
 * The deadline is the server's; the timer here only shows it.
 */
(function () {
  'use strict';

  var RETRY_MS = 5000;
  var TYPING_PAUSE_MS = 700;

  function init() {
    var root = document.getElementById('attempt');
    if (!root) {
      return;
    }
    var texts = JSON.parse(root.dataset.texts);
    var attemptId = root.dataset.attempt;
    var api = root.dataset.api;
    var stored = PhoneSync.store('hocso.attempt.' + attemptId, function () { return { answers: {} }; });
    var call = PhoneSync.client(api, root.dataset.csrf);
    var firstMessage = PhoneSync.firstMessage;
    var state = stored.load();
    var attempt = null;
    var clockOffset = 0;
    var online = true;
    var sending = false;
    var retryTimer = null;
    var submitting = false;
    var sessionEnded = false;
    var bar = root.querySelector('.attempt-bar');
    var saveState = document.getElementById('saveState');
    var timer = document.getElementById('timer');
    var list = document.getElementById('questions');
    var submitArea = document.getElementById('submitArea');
    var result = document.getElementById('result');

    function text(key) {
      return PhoneSync.format(texts[key], Array.prototype.slice.call(arguments, 1));
    }

    function keep() {
      stored.save(state);
    }

    // --- answers ------------------------------------------------------------------------

    function pending() {
      return Object.keys(state.answers).filter(function (id) { return !state.answers[id].synced; });
    }

    function record(questionId, response) {
      var previous = state.answers[questionId];
      var seq = Math.max(Date.now(), previous ? previous.seq + 1 : 0);
      state.answers[questionId] = { response: response, seq: seq, synced: false };
      keep();
      showSaveState();
      send();
    }

    function send() {
      if (sending || submitting) {
        return Promise.resolve();
      }
      var ids = pending();
      if (!ids.length) {
        showSaveState();
        return Promise.resolve();
      }
      sending = true;
      var id = ids[0];
      var answer = state.answers[id];
      return call('PUT', '/attempts/' + attemptId + '/answers/' + id, { response: answer.response, seq: answer.seq })
        .then(function () {
          online = true;
          sessionEnded = false;
          if (state.answers[id] && state.answers[id].seq === answer.seq) {
            state.answers[id].synced = true;
            keep();
          }
          markRejected(id, null);
        }, function (error) {
          if (PhoneSync.isTransient(error)) {
            // no connection, the session ended or the server is busy: keep it and send it again later
            online = false;
            sessionEnded = error.status === 401 || error.status === 403;
            scheduleRetry();
            return;
          }
          // the server refused it for good (time up, wrong shape): say so, stop resending it
          state.answers[id].synced = true;
          keep();
          markRejected(id, firstMessage(error));
        })
        .then(function () {
          sending = false;
          showSaveState();
          if (online && pending().length) {
            return send();
          }
        });
    }

    function scheduleRetry() {
      if (!retryTimer) {
        retryTimer = setTimeout(function () {
          retryTimer = null;
          send();
        }, RETRY_MS);
      }
    }

    function showSaveState() {
      var waiting = pending().length;
      saveState.textContent = !waiting ? text('saved') : online ? text('saving', waiting)
        : sessionEnded ? text('loginAgain', waiting) : text('offline', waiting);
      saveState.className = 'save-state ' + (!waiting ? 'ok' : online ? 'busy' : 'offline');
    }

    function markRejected(questionId, message) {
      var note = list.querySelector('[data-question="' + questionId + '"] .field-error');
      if (note) {
        note.textContent = message ? text('rejected', message) : '';
      }
    }

    // --- drawing ------------------------------------------------------------------------

    function element(tag, className, html) {
      var node = document.createElement(tag);
      if (className) {
        node.className = className;
      }
      if (html !== undefined) {
        node.innerHTML = html; // the server sends question texts as sanitized HTML
      }
      return node;
    }

    function draw(readOnly) {
      list.innerHTML = '';
      attempt.questions.forEach(function (question) {
        var item = element('li', 'card question');
        item.dataset.question = question.id;
        item.appendChild(element('h2', 'question-number', '')).textContent = text('question', question.position);
        item.appendChild(element('div', 'question-text', question.text));
        var answer = state.answers[question.id];
        var given = answer ? answer.response : null;
        item.appendChild(input(question, given, readOnly));
        if (question.textAfter) {
          item.appendChild(element('div', 'question-text', question.textAfter));
        }
        item.appendChild(element('p', 'field-error'));
        list.appendChild(item);
      });
    }

    function input(question, given, readOnly) {
      var name = 'q' + question.id;
      var box = element('div', 'answer');
      switch (question.type) {
        case 'MULTIPLE_CHOICE':
        case 'TRUE_FALSE':
        case 'MULTIPLE_ANSWER':
          var many = question.type === 'MULTIPLE_ANSWER';
          if (many) {
            box.appendChild(element('p', 'hint')).textContent = text('chooseAll');
          }
          question.choices.forEach(function (choice) {
            var label = element('label', 'choice');
            var box2 = document.createElement('input');
            box2.type = many ? 'checkbox' : 'radio';
            box2.name = name;
            box2.value = choice.id;
            box2.disabled = readOnly;
            box2.checked = many ? Array.isArray(given) && given.indexOf(choice.id) >= 0 : given === choice.id;
            box2.addEventListener('change', function () {
              record(question.id, many ? checkedIds(box) : choice.id);
            });
            label.appendChild(box2);
            label.appendChild(element('span', '', choice.text));
            box.appendChild(label);
          });
          return box;
        case 'MATCHING':
          question.items.forEach(function (item) {
            var row = element('label', 'match');
            row.appendChild(element('span', 'match-item', item.text));
            var select = document.createElement('select');
            select.disabled = readOnly;
            select.appendChild(new Option(text('choose'), ''));
            question.choices.forEach(function (choice) {
              var option = new Option('', choice.id);
              option.innerHTML = choice.text;
              option.textContent = option.textContent; // options show plain text only
              option.selected = given && given[item.id] === choice.id;
              select.appendChild(option);
            });
            select.addEventListener('change', function () {
              record(question.id, matchedIds(box));
            });
            select.dataset.item = item.id;
            row.appendChild(select);
            box.appendChild(row);
          });
          return box;
        default:
          var essay = question.type === 'ESSAY';
          var field = document.createElement(essay ? 'textarea' : 'input');
          if (!essay) {
            field.type = 'text';
            field.autocomplete = 'off';
          }
          if (question.type === 'NUMERICAL') {
            field.inputMode = 'decimal';
            field.placeholder = text('numberHint');
          }
          field.setAttribute('aria-label', text('typeAnswer'));
          field.value = typeof given === 'string' ? given : '';
          field.disabled = readOnly;
          var pause = null;
          var typed = function () {
            clearTimeout(pause);
            pause = setTimeout(function () { record(question.id, field.value); }, TYPING_PAUSE_MS);
          };
          field.addEventListener('input', typed);
          field.addEventListener('change', function () {
            clearTimeout(pause);
            record(question.id, field.value);
          });
          box.appendChild(field);
          return box;
      }
    }

    function checkedIds(box) {
      return Array.prototype.map.call(box.querySelectorAll('input:checked'), function (i) { return Number(i.value); });
    }

    function matchedIds(box) {
      var chosen = {};
      box.querySelectorAll('select').forEach(function (select) {
        if (select.value) {
          chosen[select.dataset.item] = Number(select.value);
        }
      });
      return chosen;
    }

    // --- time and submission ------------------------------------------------------------

    function tick() {
      if (!attempt.deadline || submitting) {
        timer.textContent = '';
        return;
      }
      var left = Math.max(0, Date.parse(attempt.deadline) - (Date.now() + clockOffset));
      var minutes = Math.floor(left / 60000);
      var seconds = Math.floor(left / 1000) % 60;
      timer.textContent = text('timeLeft', minutes + ':' + (seconds < 10 ? '0' : '') + seconds);
      timer.className = 'timer' + (left < 60000 ? ' urgent' : '');
      if (left === 0) {
        saveState.textContent = text('timeUpSubmitting');
        submit();
        return;
      }
      setTimeout(tick, 1000);
    }

    function unanswered() {
      return attempt.questions.filter(function (q) {
        var a = state.answers[q.id];
        return !a || a.response === null || a.response === '' || (Array.isArray(a.response) && !a.response.length);
      }).length;
    }

    function askAndSubmit() {
      var missing = unanswered();
      if (window.confirm((missing ? text('unanswered', missing) + '\n' : '') + text('confirmSubmit'))) {
        submit();
      }
    }

    function submit() {
      send().then(function () {
        if (pending().length) {
          saveState.textContent = text('notSent', pending().length);
          return;
        }
        submitting = true;
        return call('POST', '/attempts/' + attemptId + '/submit').then(reload, function () {
          submitting = false;
          saveState.textContent = text('submitFailed');
        });
      });
    }

    function reload() {
      return call('GET', '/attempts/' + attemptId).then(show, function () {
        document.getElementById('loading').textContent = text('loadFailed');
      });
    }

    // --- the result ---------------------------------------------------------------------

    function showResult() {
      var r = attempt.result;
      var card = element('div', 'card result');
      var summary = element('p', 'score');
      summary.textContent = text('result', number(r.score), number(r.maxScore), number(r.percent)) + ' · '
        + (r.passed === null ? text('awaiting') : r.passed ? text('passed') : text('notPassed'));
      card.appendChild(summary);
      if (!attempt.review) {
        card.appendChild(element('p', 'hint')).textContent = text('noReview');
      }
      var back = element('a', 'button secondary');
      back.href = root.dataset.quizPage + attempt.quizId;
      back.textContent = text('backToQuiz');
      card.appendChild(back);
      result.innerHTML = '';
      result.appendChild(card);
      (attempt.review || []).forEach(showReview);
    }

    function showReview(review) {
      var item = list.querySelector('[data-question="' + review.questionId + '"]');
      var question = attempt.questions.filter(function (q) { return q.id === review.questionId; })[0];
      if (!item || !question) {
        return;
      }
      var verdict = review.fraction === null ? 'awaiting'
        : review.fraction >= 1 ? 'correct' : review.fraction > 0 ? 'partlyCorrect' : 'wrong';
      item.classList.add(verdict);
      item.appendChild(element('p', 'verdict')).textContent = text(verdict);
      if (review.rightResponse !== null) {
        item.appendChild(element('p', 'right-answer')).textContent = text('rightAnswer', describe(question, review.rightResponse));
      }
      review.feedback.concat(review.generalFeedback ? [review.generalFeedback] : []).forEach(function (html) {
        item.appendChild(element('div', 'feedback', html));
      });
    }

    function choiceText(question, id) {
      var choice = question.choices.filter(function (c) { return c.id === id; })[0];
      var holder = element('span', '', choice ? choice.text : '');
      return holder.textContent;
    }

    function describe(question, right) {
      if (typeof right === 'number') {
        return choiceText(question, right);
      }
      if (Array.isArray(right)) {
        return right.map(function (id) { return choiceText(question, id); }).join('; ');
      }
      if (typeof right === 'object') {
        return question.items.map(function (item) {
          return element('span', '', item.text).textContent + ' → ' + choiceText(question, right[item.id]);
        }).join('; ');
      }
      return String(right);
    }

    function number(value) {
      return value === null ? '' : Number(value).toLocaleString(document.documentElement.lang || 'vi');
    }

    // --- start --------------------------------------------------------------------------

    function show(view) {
      attempt = view;
      clockOffset = Date.parse(view.serverTime) - Date.now();
      document.getElementById('quizTitle').textContent = view.quizTitle;
      if (view.status === 'SCHEDULED') {
        // a contest that has not started: come back at the start, spread over a second
        document.getElementById('loading').textContent = text('notStarted');
        setTimeout(reload, Date.parse(view.startedAt) - (Date.now() + clockOffset) + Math.random() * 1000);
        return;
      }
      document.getElementById('loading').hidden = true;
      Object.keys(view.responses).forEach(function (id) {
        var saved = view.responses[id];
        var local = state.answers[id];
        if (!local || local.seq <= saved.seq) {
          state.answers[id] = { response: saved.response, seq: saved.seq, synced: true };
        }
      });
      if (view.status !== 'IN_PROGRESS') {
        submitting = true;
        bar.hidden = true;
        submitArea.hidden = true;
        draw(true);
        showResult();
        stored.clear();
        return;
      }
      keep();
      bar.hidden = false;
      submitArea.hidden = false;
      draw(false);
      showSaveState();
      tick();
      send();
    }

    document.getElementById('submit').addEventListener('click', askAndSubmit);
    window.addEventListener('online', function () {
      online = true;
      send();
    });
    window.addEventListener('offline', function () {
      online = false;
      showSaveState();
    });
    window.addEventListener('beforeunload', function (event) {
      if (!submitting && pending().length) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
    reload();
  }

  document.addEventListener('DOMContentLoaded', init);
}());
