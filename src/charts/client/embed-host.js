/*
 * The host script of our embeds, served at <site>/embed.js and added after
 * the iframe in the snippet (optional). It finds this site's chart frames on
 * the host page, sets each one's height to the height its content reports,
 * and tells each the host page's theme. It trusts a message only when it
 * comes from one of those frames (event.source) and from this site's origin
 * (event.origin). Minified at build to at most 2,048 bytes (a test checks).
 * Plain ES2017, no modules: it runs on any host page.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // This file sits at the site's base path: the embeds are under <base>embed/
  // and, for the Belarusian and Russian editions, <base>be/embed/ and <base>ru/embed/.
  var base = new URL('.', script.src);
  var origin = base.origin;
  var prefix = base.href;
  var EMBED = /^(?:(?:be|ru)\/)?embed\/[a-z0-9-]+\/(?:[?#]|$)/;
  var HEIGHT = 'belarus-2025:embed-height';
  var THEME = 'belarus-2025:embed-theme';
  var told = [];

  /** Our chart frames: src is <base>[be/|ru/]embed/<chart id>/, nothing else of this site. */
  function frames() {
    var out = [];
    var all = document.getElementsByTagName('iframe');
    for (var i = 0; i < all.length; i++) {
      var src = all[i].src;
      if (src.indexOf(prefix) === 0 && EMBED.test(src.slice(prefix.length))) out.push(all[i]);
    }
    return out;
  }

  /** light or dark from the colour behind the frame; null if every ancestor is transparent. */
  function backdrop(el) {
    for (var e = el.parentElement; e; e = e.parentElement) {
      var m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(getComputedStyle(e).backgroundColor);
      if (m && (m[4] === undefined || +m[4] > 0.5)) return 0.2126 * m[1] + 0.7152 * m[2] + 0.0722 * m[3] < 128 ? 'dark' : 'light';
    }
    return null;
  }

  /** The host's theme: the frame's or script's data-theme, the page's own attribute or class, else its colours. */
  function theme(frame) {
    var chosen = frame.getAttribute('data-theme') || script.getAttribute('data-theme');
    if (chosen) return chosen;
    var root = document.documentElement;
    var attr = root.getAttribute('data-theme') || root.getAttribute('data-bs-theme') || root.getAttribute('data-color-scheme');
    if (attr === 'light' || attr === 'dark') return attr;
    if (/(^|\s)dark(\s|$)/.test(root.className + ' ' + (document.body ? document.body.className : ''))) return 'dark';
    return backdrop(frame) || 'auto';
  }

  /** Tells a frame the theme; the frame answers with its height (and keeps a theme fixed in its address). */
  function send(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: THEME, theme: theme(frame) }, origin);
  }

  function sendAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) send(list[i]);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !(data.height > 0 && data.height < 20000)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      frame.style.height = Math.ceil(data.height) + 'px';
      // The frame's first word: now it can hear the theme.
      if (told.indexOf(frame) < 0) {
        told.push(frame);
        send(frame);
      }
    }
  });

  // Frames that loaded before this script: the theme message makes them report their height.
  sendAll();
  if (window.MutationObserver) {
    var watch = { attributes: true, attributeFilter: ['class', 'data-theme', 'data-bs-theme', 'data-color-scheme', 'style'] };
    var observer = new MutationObserver(sendAll);
    observer.observe(document.documentElement, watch);
    if (document.body) observer.observe(document.body, watch);
  }
  if (window.matchMedia) {
    var dark = window.matchMedia('(prefers-color-scheme: dark)');
    if (dark.addEventListener) dark.addEventListener('change', sendAll);
  }
})();
