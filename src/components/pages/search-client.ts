/**
 * The browser side of the search page: Pagefind's JS API, loaded on first
 * use from /pagefind/pagefind.js (under the base path). No inline script, no
 * style attributes, results built with DOM methods.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

/**
 * The status lines in the page's language, from its message table (the
 * page puts them in data-search-messages): {n} the count, {q} the query,
 * {max} how many are shown, {more} the `more` clause; one `found` line per
 * plural category, chosen with Intl.PluralRules for `tag`.
 */
export interface SearchMessages {
  tag: string;
  searching: string;
  none: string;
  found: Record<'one' | 'few' | 'many' | 'other', string>;
  more: string;
  failed: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** The status line for `total` results of query `q`. */
export function foundText(t: SearchMessages, total: number, q: string, max = MAX_RESULTS): string {
  if (total === 0) return fill(t.none, { q });
  const category = new Intl.PluralRules(t.tag).select(total) as keyof SearchMessages['found'];
  const more = total > max ? fill(t.more, { max: new Intl.NumberFormat(t.tag).format(max) }) : '';
  return fill(t.found[category] || t.found.other, { n: new Intl.NumberFormat(t.tag).format(total), q, more });
}

/** Pagefind's excerpt is escaped text with <mark> around the matches; rebuild it without innerHTML. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const walk = (from: Node, to: HTMLElement) => {
    from.childNodes.forEach((n) => {
      if (n.nodeType === Node.TEXT_NODE) to.append(n.textContent ?? '');
      else if (n instanceof Element && n.tagName === 'MARK') {
        const m = document.createElement('mark');
        m.textContent = n.textContent ?? '';
        to.append(m);
      } else to.append(n.textContent ?? '');
    });
  };
  walk(doc.body.firstChild ?? doc.body, target);
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const nojs = document.querySelector<HTMLElement>('[data-search-nojs]');
  if (!form || !input || !status || !list || !status.dataset.searchMessages) return;
  const t = JSON.parse(status.dataset.searchMessages) as SearchMessages;
  form.hidden = false;
  if (nojs) nojs.hidden = true;

  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  let loading: Promise<Pagefind> | undefined;
  const load = () => {
    loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: base, excerptLength: 24 });
      return pf;
    });
    return loading;
  };

  let current = 0;
  const run = async (query: string) => {
    const q = query.trim();
    const ticket = ++current;
    if (!q) {
      status.textContent = '';
      list.replaceChildren();
      list.hidden = true;
      return;
    }
    status.textContent = t.searching;
    try {
      const pf = await load();
      const found = await pf.search(q);
      const results = found ? await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data())) : [];
      if (ticket !== current) return;
      list.replaceChildren(
        ...results.map((r) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = r.url;
          a.textContent = r.meta.title || r.url;
          const p = document.createElement('p');
          p.className = 'site-search__excerpt';
          appendExcerpt(p, r.excerpt);
          li.append(a, p);
          return li;
        }),
      );
      list.hidden = results.length === 0;
      const total = found?.results.length ?? 0;
      status.textContent = foundText(t, total, q);
    } catch {
      if (ticket !== current) return;
      status.textContent = t.failed;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 300);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const url = new URL(window.location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(input.value);
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
