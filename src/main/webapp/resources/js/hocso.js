/* HọcSố: the little JavaScript the learner pages need, no library. Every page works without it. */
(function () {
  'use strict';

  /* Folds Vietnamese for matching, as the server does: "phuoc dan" finds "Phước Dân". */
  function fold(text) {
    return text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  }

  /* The unit picker: a text box that lists matching units from /api/units as you type. */
  function unitPicker(field) {
    var input = field.querySelector('.picker-input');
    var value = field.querySelector('input[type=hidden]');
    var list = field.querySelector('.picker-list');
    var timer = null;
    var items = [];
    var active = -1;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      active = -1;
    }

    function choose(unit) {
      value.value = unit.code;
      input.value = unit.path ? unit.name + ' (' + unit.path + ')' : unit.name;
      close();
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role=option]');
      options.forEach(function (option, i) { option.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function show(units) {
      items = units;
      list.innerHTML = '';
      if (units.length === 0) {
        var empty = document.createElement('li');
        empty.className = 'picker-empty';
        empty.textContent = field.dataset.empty;
        list.appendChild(empty);
      }
      units.forEach(function (unit, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        var name = document.createElement('span');
        name.textContent = unit.name;
        option.appendChild(name);
        if (unit.path) {
          var path = document.createElement('small');
          path.textContent = unit.path;
          option.appendChild(path);
        }
        option.addEventListener('mousedown', function (event) { event.preventDefault(); choose(unit); });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    }

    function search() {
      var query = input.value.trim();
      if (query.length === 0) {
        close();
        return;
      }
      fetch(field.dataset.source + '?limit=20&q=' + encodeURIComponent(query), {
        headers: { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang }
      }).then(function (response) { return response.ok ? response.json() : []; })
        .then(function (units) { if (fold(input.value) === fold(query)) { show(units); } })
        .catch(close);
    }

    input.addEventListener('input', function () {
      value.value = '';
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) { return; }
      if (event.key === 'ArrowDown') { event.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
      if (event.key === 'ArrowUp') { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
      if (event.key === 'Enter' && active >= 0) { event.preventDefault(); choose(items[active]); }
      if (event.key === 'Escape') { close(); }
    });
    /* Leaving the box with a single match picks it: fewer taps on a phone. */
    input.addEventListener('blur', function () {
      if (!value.value && items.length === 1 && !list.hidden) { choose(items[0]); }
      close();
    });
  }

  /* Shows the guardian part as soon as the birth year says the learner may be under 16. */
  function guardianToggle(birthYear) {
    var area = document.querySelector('.guardian-area');
    if (!area) { return; }
    birthYear.addEventListener('input', function () {
      var year = parseInt(birthYear.value, 10);
      area.classList.toggle('hidden', !(year >= parseInt(birthYear.dataset.guardianUntil, 10)));
    });
  }

  /* After a refused form: mark the fields in error and put the cursor on the first one. */
  function markErrors() {
    var first = null;
    document.querySelectorAll('.field-error').forEach(function (message) {
      if (!message.textContent.trim()) { return; }
      var before = message.previousElementSibling;
      var holder = before && before.classList.contains('check') ? before
          : message.closest('.form-field, fieldset') || message.parentElement;
      var input = holder.querySelector('input:not([type=hidden]), select, textarea');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        first = first || input;
      }
    });
    if (first) { first.focus(); }
  }

  /* Desk pages update parts of the page in place: bring what changed into view. */
  function afterPartialUpdate() {
    markErrors();
    var message = document.querySelector('.messages li, .field-error:not(:empty)');
    var heading = document.querySelector('.focus-after-update');
    var target = message || heading;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      if (!message && heading) { heading.focus({ preventScroll: true }); }
    }
  }

  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', afterPartialUpdate);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.unit-picker').forEach(unitPicker);
    document.querySelectorAll('.birth-year').forEach(guardianToggle);
    markErrors();
  });
}());
