/*
 * The embed's head script, inline in its <head> (its hash is in the embeds'
 * CSP), run before first paint. From the address:
 *   ?theme=light|dark  sets data-theme; auto or nothing leaves it to
 *                      prefers-color-scheme;
 *   ?plain             data-embed-plain: the drawing and the table only (the
 *                      host writes its own title and credit);
 *   ?transparent       data-embed-transparent: no background;
 *   ?static            data-embed-static: Chart.js is never loaded.
 * Options combine (?plain&transparent, ?theme=dark&static); a value is
 * ignored (?plain=1 is ?plain) except ?name=0 or =false, which turns it off.
 * With JavaScript off none applies: the embed shows its full default form.
 * It never reads or writes storage: a frame on someone else's page has no
 * business there.
 */
(function () {
  var q = location.search;
  var root = document.documentElement;
  var m = /[?&]theme=(light|dark)(?:[&#]|$)/.exec(q);
  if (m) root.setAttribute('data-theme', m[1]);
  ['plain', 'transparent', 'static'].forEach(function (name) {
    var o = new RegExp('[?&]' + name + '(?:=([^&#]*))?(?:[&#]|$)').exec(q);
    if (o && o[1] !== '0' && o[1] !== 'false') root.setAttribute('data-embed-' + name, '');
  });
})();
