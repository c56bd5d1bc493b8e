/*
 * Theme: light, dark, or the system's (the default).
 *
 * Loaded by src/layouts/Base.astro as a plain blocking <script src> in <head>,
 * so it runs before first paint: no flash of the wrong theme. An external
 * file, not inline, so the Content-Security-Policy can say script-src 'self'.
 *
 * Sets on <html>:
 *   data-theme="light|dark"                 the theme in effect (CSS keys off this)
 *   data-theme-choice="light|dark|system"   what the reader chose
 * Remembers the choice in localStorage under "theme" ("light" | "dark";
 * absent = follow the system). Dispatches `themechange` on document, with
 * detail { theme, choice }, whenever the theme in effect changes, so charts
 * can recolour.
 *
 * Then wires every <button data-theme-toggle hidden> (unhiding it): a click
 * cycles system -> the opposite of the system -> the system's theme -> system.
 * Without JavaScript the button stays hidden and CSS follows
 * prefers-color-scheme.
 */
(function () {
  'use strict';

  var KEY = 'theme';
  var root = document.documentElement;
  var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function readChoice() {
    try {
      var value = window.localStorage.getItem(KEY);
      return value === 'light' || value === 'dark' ? value : 'system';
    } catch (e) {
      return 'system'; // storage blocked (privacy mode, third-party iframe)
    }
  }

  function storeChoice(value) {
    try {
      if (value === 'system') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, value);
    } catch (e) {
      /* not remembered; still applied to this page */
    }
  }

  function systemTheme() {
    return media && media.matches ? 'dark' : 'light';
  }

  var choice = readChoice();

  function currentTheme() {
    return choice === 'system' ? systemTheme() : choice;
  }

  // The button's words in the page's language (data-theme-labels, from the message table).
  var labels = { system: 'System', light: 'Light', dark: 'Dark', label: 'Theme', systemIs: 'system', followsSystem: 'Theme follows the system' };
  function readLabels() {
    var button = document.querySelector('[data-theme-labels]');
    if (!button) return;
    try {
      var given = JSON.parse(button.getAttribute('data-theme-labels'));
      for (var k in given) if (Object.prototype.hasOwnProperty.call(given, k)) labels[k] = given[k];
    } catch (e) {}
  }

  function word(theme) {
    return (theme === 'dark' ? labels.dark : labels.light).toLowerCase();
  }

  function describe(theme) {
    return choice === 'system' ? labels.systemIs + ' (' + word(theme) + ')' : word(theme);
  }

  function updateButtons() {
    var theme = currentTheme();
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      button.setAttribute('data-choice', choice);
      var text = button.querySelector('[data-theme-toggle-text]');
      if (text) text.textContent = choice === 'system' ? labels.system : choice === 'dark' ? labels.dark : labels.light;
      // The accessible name states the current state.
      button.setAttribute('aria-label', labels.label + ': ' + describe(theme));
    }
  }

  function apply() {
    var theme = currentTheme();
    var previous = root.getAttribute('data-theme');
    root.setAttribute('data-theme', theme);
    root.setAttribute('data-theme-choice', choice);
    updateButtons();
    if (previous !== theme && previous !== null) {
      var event;
      try {
        event = new CustomEvent('themechange', { detail: { theme: theme, choice: choice } });
      } catch (e) {
        return;
      }
      document.dispatchEvent(event);
    }
  }

  function announce(message) {
    var regions = document.querySelectorAll('[data-theme-status]');
    for (var i = 0; i < regions.length; i++) regions[i].textContent = message;
  }

  function next() {
    var system = systemTheme();
    var opposite = system === 'dark' ? 'light' : 'dark';
    if (choice === 'system') return opposite;
    if (choice === opposite) return system;
    return 'system';
  }

  apply();

  if (media && media.addEventListener) {
    media.addEventListener('change', function () {
      if (choice === 'system') apply();
    });
  }

  // Another tab changed the choice.
  window.addEventListener('storage', function (event) {
    if (event.key === KEY || event.key === null) {
      choice = readChoice();
      apply();
    }
  });

  function wire() {
    readLabels();
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function () {
        choice = next();
        storeChoice(choice);
        apply();
        var theme = currentTheme();
        announce(choice === 'system' ? labels.followsSystem + ': ' + word(theme) : labels.label + ': ' + word(theme));
      });
      buttons[i].hidden = false;
    }
    updateButtons();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
