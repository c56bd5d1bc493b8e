// Inside /embed/<id>/: reports the content's height to the host page
// whenever it changes (ResizeObserver, never a timer), and takes the host
// page's theme from the host script (src/charts/client/embed-host.js).
// Messages are small and public (a height), so they go to any parent origin;
// theme messages are taken only from the parent window.

const HEIGHT_MESSAGE = 'belarus-2025:embed-height';
const THEME_MESSAGE = 'belarus-2025:embed-theme';

export function startEmbedFrame(): void {
  const root = document.querySelector<HTMLElement>('[data-embed-root]');
  if (!root || window.parent === window) return;
  const explicit = /[?&]theme=(light|dark)(?:[&#]|$)/.test(location.search);
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => post()).observe(root);

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data as { type?: unknown; theme?: unknown } | null;
    if (!data || data.type !== THEME_MESSAGE) return;
    if (!explicit) {
      const html = document.documentElement;
      const before = html.dataset.theme;
      if (data.theme === 'light' || data.theme === 'dark') html.dataset.theme = data.theme;
      else if (data.theme === 'auto') delete html.dataset.theme;
      if (html.dataset.theme !== before) document.dispatchEvent(new CustomEvent('themechange', { detail: { theme: html.dataset.theme ?? 'auto' } }));
    }
    // The host script is listening now: tell it the height, even if unchanged.
    post(true);
  });
}
