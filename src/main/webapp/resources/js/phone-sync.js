/*
 * What the pages that must survive bad connections share (the quiz, the attendance list):
 * a copy of the page's state in the phone's storage, and calls to the JSON API that carry
 * the session's CSRF token and turn an error answer into an Error with its status and body.
 */
(function () {
  'use strict';

  /** Text with {0}, {1}… filled in. */
  function format(pattern, args) {
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return args[i]; });
  }

  function store(key, empty) {
    return {
      load: function () {
        try {
          return JSON.parse(localStorage.getItem(key)) || empty();
        } catch (e) {
          return empty();
        }
      },
      save: function (state) {
        try {
          localStorage.setItem(key, JSON.stringify(state));
        } catch (e) {
          // private mode or a full store: the server copy still counts
        }
      },
      clear: function () {
        localStorage.removeItem(key);
      }
    };
  }

  function client(api, csrf) {
    return function call(method, path, body) {
      return fetch(api + path, {
        method: method,
        credentials: 'same-origin',
        headers: {
          'Accept': 'application/json',
          'Accept-Language': document.documentElement.lang || 'vi',
          'Content-Type': 'application/json',
          'X-CSRF-Token': csrf
        },
        body: body === undefined ? undefined : JSON.stringify(body)
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            var error = new Error('HTTP ' + response.status);
            error.status = response.status;
            error.body = json;
            throw error;
          }
          return json;
        });
      });
    };
  }

  function firstMessage(error) {
    return error.body && error.body.errors && error.body.errors.length ? error.body.errors[0].message : error.message;
  }

  /** Worth sending again later: no connection, the login ran out, or the server is busy. */
  function isTransient(error) {
    return !error.status || error.status === 401 || error.status === 403 || error.status >= 500;
  }

  window.PhoneSync = { format: format, store: store, client: client, firstMessage: firstMessage, isTransient: isTransient };
}());
