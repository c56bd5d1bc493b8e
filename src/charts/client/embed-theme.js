/*
 * The embed's theme before first paint, from its address: ?theme=light or
 * ?theme=dark sets data-theme; ?theme=auto or nothing leaves it to
 * prefers-color-scheme. A blocking script in the embed's <head>, served at
 * <site>/embed/theme.js. It never reads or writes storage: a frame on
 * someone else's page has no business there.
 */
(function () {
  var m = /[?&]theme=(light|dark)(?:[&#]|$)/.exec(location.search);
  if (m) document.documentElement.setAttribute('data-theme', m[1]);
})();
