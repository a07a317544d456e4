"""Check the built site in a real browser: headless Chromium (Debian's `chromium`) driven by Playwright for Python.

Serves `_site/` on 127.0.0.1 and opens every page: it must load with no console error and no failed request, every
`<img>` must have loaded (naturalWidth > 0), every math element must have been typeset by MathJax (no error node), and
every link to a page of the site must reach an existing file (and its #anchor, where it names one). The search page must
find a word. Screenshots of the front page and the report go to `_site/screens/`.

    python docs/check.py [--site _site] [--chromium /usr/bin/chromium]
"""
import argparse, functools, html, re, sys, threading, time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync']

class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *a): pass

def serve(site):
    srv = ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f'http://127.0.0.1:{srv.server_address[1]}'

@functools.lru_cache(maxsize=None)
def anchors(path):
    "The ids and names a page defines."
    return set(html.unescape(m) for m in re.findall(r'\b(?:id|name)="([^"]+)"', path.read_text(errors='replace')))

def target_file(site, path):
    p = site / unquote(path).lstrip('/')
    return p / 'index.html' if p.is_dir() else p

# what each page reports, computed in the page once it has loaded and MathJax has finished
PAGE_JS = """async () => {
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) { await MathJax.startup.promise; }
  const imgs = [...document.images];
  imgs.forEach(i => { i.loading = 'eager'; });
  await Promise.all(imgs.map(i => i.complete ? 0 : new Promise(r => { i.onload = i.onerror = r; })));
  const math = [...document.querySelectorAll('.math')];
  return {
    images: imgs.length,
    broken_images: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')),
    math: math.length,
    math_unrendered: math.filter(m => !m.querySelector('mjx-container') || m.querySelector('mjx-merror'))
                         .map(m => m.textContent.slice(0, 60)),
    links: [...document.querySelectorAll('a[href]')].map(a => a.href),
  };
}"""

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--site', default='_site')
    ap.add_argument('--chromium', default='/usr/bin/chromium')
    ap.add_argument('--search', default='teacher', help='a word the search page must find')
    a = ap.parse_args(argv)
    site = Path(a.site).resolve()
    if not (site / 'index.html').exists(): sys.exit(f'docs-check: no site at {a.site}/ (run make docs)')
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob('*.html') if not {'screens', '_static'} & set(p.parts))
    from playwright.sync_api import sync_playwright
    t0 = time.time()
    srv, base = serve(site)
    errors, fails = [], []
    n_img = n_math = n_links = 0
    targets = set()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=a.chromium, headless=True, args=FLAGS)
        page = browser.new_page(viewport={'width': 1280, 'height': 900})
        cur = ['']
        page.on('console', lambda m: m.type == 'error' and errors.append(f'{cur[0]}: console: {m.text}'))
        page.on('pageerror', lambda e: errors.append(f'{cur[0]}: script error: {e}'))
        # a request cut short by the next navigation (net::ERR_ABORTED) is not a fault; a missing file shows as HTTP 404
        page.on('requestfailed', lambda r: 'ERR_ABORTED' not in (r.failure or '')
                and errors.append(f'{cur[0]}: request failed: {r.url} ({r.failure})'))
        page.on('response', lambda r: r.status >= 400 and errors.append(f'{cur[0]}: HTTP {r.status}: {r.url}'))
        for rel in pages:
            cur[0] = rel
            page.goto(f'{base}/{rel}', wait_until='load')
            r = page.evaluate(PAGE_JS)
            n_img += r['images']
            n_math += r['math']
            fails += [f'{rel}: image not loaded: {s}' for s in r['broken_images']]
            fails += [f'{rel}: math not rendered: {t!r}' for t in r['math_unrendered']]
            for href in r['links']:
                u = urlsplit(href)
                if f'{u.scheme}://{u.netloc}' != base: continue
                n_links += 1
                f = target_file(site, u.path)
                targets.add(f)
                if not f.exists(): fails.append(f'{rel}: broken link: {u.path}')
                elif u.fragment and f.suffix == '.html' and unquote(u.fragment) not in anchors(f):
                    fails.append(f'{rel}: broken anchor: {u.path}#{u.fragment}')
            if rel in ('index.html', 'report.html'):
                shots = site / 'screens'
                shots.mkdir(exist_ok=True)
                name = 'front' if rel == 'index.html' else 'report'
                page.screenshot(path=str(shots / f'{name}.png'))  # what a reader sees first
                if name == 'front': page.screenshot(path=str(shots / 'front-full.png'), full_page=True)
                # the largest figure
                page.evaluate('''() => { const i = [...document.querySelectorAll('article img')]
                    .sort((a, b) => b.naturalWidth * b.naturalHeight - a.naturalWidth * a.naturalHeight)[0];
                    if (i) i.scrollIntoView({block: 'center'}); }''')
                page.screenshot(path=str(shots / f'{name}-figure.png'))
                if name == 'report':  # its findings: the section on Table 1, else its first section
                    page.evaluate('''() => { const h = [...document.querySelectorAll('article h2')];
                        const t = h.find(e => /Table 1/.test(e.textContent)) || h[0]; if (t) t.scrollIntoView(); }''')
                    page.screenshot(path=str(shots / 'report-findings.png'))
        cur[0] = 'search.html'
        page.goto(f'{base}/search.html?q={a.search}', wait_until='load')
        try:
            page.wait_for_function("() => /finished|did not match/.test(document.querySelector('#search-results .search-summary')?.textContent || '')",
                                   timeout=30_000)
            found = page.eval_on_selector_all('#search-results ul.search > li', 'l => l.length')
            if not found: fails.append(f'search.html: searching {a.search!r} found nothing')
        except Exception:
            found = 0
            fails.append(f'search.html: searching {a.search!r} found nothing')
        browser.close()
    srv.shutdown()
    fails += errors
    print(f'docs-check: {len(pages)} pages, {n_img} images loaded, {n_math} math elements typeset, {n_links} internal links '
          f'checked ({len(targets)} distinct targets), {len(errors)} console errors, search {a.search!r}: {found} pages; '
          f'{time.time() - t0:.0f} s; screenshots in {a.site}/screens/')
    if fails:
        print(f'docs-check: FAILED, {len(fails)} problems:', *fails[:50], sep='\n  ')
        if len(fails) > 50: print(f'  ... and {len(fails) - 50} more')
        sys.exit(1)

if __name__ == '__main__': main()
