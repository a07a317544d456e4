"""Build the static documentation site into `_site/` from the committed notebooks and runs, without executing any notebook.

The outputs the notebooks hold are what the site shows. The pages are written as Sphinx sources into `build/docs/src`
(the README as the front page, each chapter, the report, one page per run, the plans), rendered by Sphinx with MyST-NB
(execution off) into `build/docs/html`, then copied to `_site/`. Sources are rewritten only when they change, so a rebuild
after `make report` re-renders the pages that changed and little else.

Notebook processing follows nbdev's own docs processors (`nbdev.processors`): `#| hide` cells are dropped, `#| export`
cells lose their directives and are folded, and each `show_doc(...)` cell (or exported definition with none) shows the
API as nbdev's `show_doc` renders it from the docments. The `show_doc` markdown is computed by importing the library,
never by running a notebook.

    python docs/build.py [--report outputs/report/report.ipynb] [--report-source nbs/report.ipynb] [--out _site]
"""
import argparse, ast, copy, importlib, inspect, json, os, re, shutil, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / 'build' / 'docs'
SRC, HTML, DOCTREES, STATIC = BUILD / 'src', BUILD / 'html', BUILD / 'doctrees', BUILD / 'static'
NBS, RUNS, PLANS = ROOT / 'nbs', ROOT / 'outputs' / 'runs', ROOT / 'mimic_nb' / 'plans'
LIB = 'mimic_nb'

# ---------------------------------------------------------------------------------------------------------------- utils
_written, _added = set(), set()   # the sources this build wrote, and those of them that are new

def put(rel, content):
    "Write `content` (str or bytes) to SRC/rel unless it is already there, so Sphinx sees only real changes."
    p = SRC / rel
    _written.add(p)
    data = content.encode() if isinstance(content, str) else content
    if p.exists() and p.read_bytes() == data: return
    if not p.exists(): _added.add(p)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)

def put_nb(rel, nb): put(rel, json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + '\n')

def prune() -> bool:
    "Remove generated sources that this build did not write (a run or chapter that no longer exists); whether the pages changed."
    removed = False
    for p in sorted(SRC.rglob('*'), reverse=True):
        if p.is_file() and p not in _written: p.unlink(); removed = True
        elif p.is_dir() and not any(p.iterdir()): p.rmdir()
    return removed or any(p.suffix in ('.md', '.ipynb') for p in _added)

def src(cell): return ''.join(cell['source']) if isinstance(cell['source'], list) else cell['source']

def mdcell(text, idx):
    return {'cell_type': 'markdown', 'id': f'docs-{idx}', 'metadata': {}, 'source': text}

def committed(paths):
    "The paths git tracks (a scratch notebook beside the chapters is not one), or all of them outside a git checkout."
    import subprocess
    paths = list(paths)
    try: out = subprocess.run(['git', 'ls-files', '-z', '--', *map(str, paths)], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError): return paths
    tracked = {(ROOT / p).resolve() for p in out.decode().split('\0') if p}
    return [p for p in paths if p.resolve() in tracked]

def chapter_order(paths):
    "Numbered chapters in file-name order (00_core, 00_data, 01_models, ...), then the unnumbered ones (the run template)."
    return sorted(paths, key=lambda p: (not re.match(r'\d', p.stem), p.stem))

# ----------------------------------------------------------------------------------------------- nbdev-style processing
_re_dir = re.compile(r'^\s*#\|\s*(.*?)\s*$')

def directives(source):
    "nbdev's cell directives: the leading `#| name [value]` lines, as {name: value}, and the source without them."
    lines, d = source.splitlines(), {}
    i = 0
    while i < len(lines) and (_re_dir.match(lines[i]) or not lines[i].strip()):
        m = _re_dir.match(lines[i])
        if m:
            k, _, v = m.group(1).partition(' ')
            d[k.rstrip(':')] = v.strip()
        i += 1
    body = [l for l in lines[i:] if not re.search(r'#\|\s*hide_line\s*$', l)]
    return d, '\n'.join(body)

_re_showdoc = re.compile(r'^show_doc\(', re.M)
_TAGS = {'remove_input': 'remove-input', 'remove_output': 'remove-output', 'remove_cell': 'remove-cell',
         'hide_input': 'hide-input', 'hide_output': 'hide-output'}

class ShowDoc:
    "nbdev's `show_doc` markdown for the library's objects, evaluated in the namespace of the library's modules."
    def __init__(self):
        from nbdev.showdoc import show_doc
        self.show_doc, self.ns, self.missing = show_doc, {}, []
        idx = importlib.import_module(f'{LIB}._modidx').d['syms']
        for mod in idx:  # every module the notebooks export, so a name from a lower chapter resolves too
            self.ns.update({k: v for k, v in vars(importlib.import_module(mod)).items() if not k.startswith('__')})

    def namespace(self, module):
        ns = dict(self.ns)
        if module: ns.update(vars(importlib.import_module(f'{LIB}.{module}')))
        ns['show_doc'] = self.show_doc
        return ns

    def render(self, call, ns, where):
        "The markdown of one `show_doc(...)` call, or None (reported) when its object is not in the library."
        try:
            tree = ast.parse(call, mode='eval').body
            obj = eval(compile(ast.Expression(tree.args[0]), '<show_doc>', 'eval'), ns)
            md = eval(call, ns)._repr_markdown_()
        except Exception as e:  # a notebook-only object: nbdev would execute the notebook; we do not
            self.missing.append(f'{where}: {call} ({type(e).__name__}: {e})')
            return None
        md = re.sub(r'^\[source\]\([^)]*\)\{[^}]*\}\n*', '', md, flags=re.M)  # links to a hosted repo, by line number
        md = re.sub(r'^\s*---\s*\n', '', md)  # nbdev's rule above each entry: the heading separates them here
        if inspect.isclass(obj): md = md.replace('```python\ndef ', '```python\nclass ', 1)
        return md.strip() + '\n'

def def_names(source):
    "Public functions and classes a cell defines (nbdev's `_def_names`)."
    try: tree = ast.parse(source)
    except SyntaxError: return []
    return [o.name for o in tree.body if isinstance(o, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and (not o.name.startswith('_') or o.name.startswith('__'))]

def shown_names(cells):
    "Names a notebook passes to `show_doc` itself."
    out = set()
    for c in cells:
        if c['cell_type'] == 'code':
            for m in re.finditer(r'^show_doc\(\s*([\w.]+)', src(c), re.M): out.add(m.group(1))
    return out

def process(nb, sd, where, fix_md=lambda s: s, api=True):
    "A notebook as the site shows it: nbdev's hide/export/show_doc conventions, MyST-NB tags, no execution."
    nb = copy.deepcopy(nb)
    module = next((m.group(1) for c in nb['cells'] if c['cell_type'] == 'code'
                   for m in [re.search(r'^\s*#\|\s*default_exp\s+(\S+)', src(c), re.M)] if m), None)
    ns = sd.namespace(module)
    shown = shown_names(nb['cells'])
    cells, n = [], 0
    for c in nb['cells']:
        n += 1
        if c['cell_type'] == 'markdown':
            c['source'] = fix_md(src(c))
            cells.append(c)
            continue
        if c['cell_type'] != 'code':
            cells.append(c)
            continue
        d, body = directives(src(c))
        tags = [_TAGS.get(t, t) for t in c.get('metadata', {}).get('tags', [])]
        if {'hide', 'default_exp', 'exporti'} & d.keys() or d.get('include') == 'false' or not body.strip(): continue
        if api and _re_showdoc.match(body):  # the API, rendered from the library's docments
            mds = [sd.render(line, ns, where) for line in body.splitlines() if _re_showdoc.match(line)]
            if all(mds):
                cells.append(mdcell('\n'.join(mds), f'{n}'))
                continue
        c['source'] = body
        if 'echo' in d and d['echo'] == 'false': tags.append('remove-input')
        if 'output' in d and d['output'] == 'false': tags.append('remove-output')
        exported = bool({'export', 'exports'} & d.keys())
        if exported: tags.append('hide-input')
        c.setdefault('metadata', {})['tags'] = sorted(set(tags))
        c['outputs'] = [o for o in c.get('outputs', []) if 'application/vnd.jupyter.widget-view+json' not in o.get('data', {})]
        cells.append(c)
        if exported and api:  # nbdev's add_show_docs: an exported definition the notebook does not show_doc itself
            for i, name in enumerate(def_names(body)):
                if name in shown: continue
                md = sd.render(f'show_doc({name})', ns, where)
                if md: cells.append(mdcell(md, f'{n}-{i}'))
    nb['cells'] = cells
    nb['nbformat'], nb['nbformat_minor'] = 4, 5
    for i, c in enumerate(nb['cells']): c.setdefault('id', f'cell-{i}')
    return nb

def title_of(nb, default):
    for c in nb['cells']:
        if c['cell_type'] == 'markdown':
            m = re.search(r'^#\s+(.+)$', src(c), re.M)
            if m: return m.group(1).strip()
    return default

# ---------------------------------------------------------------------------------------------------------------- links
class Links:
    "Repository paths (notebooks, the report, the site's own `_site/...html`) rewritten as links between the site's pages."
    def __init__(self, chapters, report, source=''):
        self.map = {f'nbs/{p.name}': f'chapters/{p.stem}.ipynb' for p in chapters}
        self.map[report] = 'report.ipynb'
        self.map.update({'outputs/runs': 'runs/index.md', 'outputs/runs/': 'runs/index.md',
                         'mimic_nb/plans': 'plans/index.md', 'mimic_nb/plans/': 'plans/index.md'})
        self.stems = {p.stem: f'chapters/{p.stem}.ipynb' for p in chapters}
        if source:
            self.map[source] = self.stems[Path(source).stem] = 'report.ipynb'

    def target(self, path, here):
        "The site page for a repository path (relative to the repository root), as a link relative to page `here`."
        path, _, frag = path.partition('#')
        if path.startswith('_site/') and path.endswith('.html'):
            t = path[len('_site/'):-len('.html')]
            t += '.ipynb' if t == 'report' or re.match(r'(chapters/|runs/[^/]+/seed)', t) else '.md'
        else: t = self.map.get(path)
        if t is None: return None
        return os.path.relpath(t, os.path.dirname(here) or '.') + (f'#{frag}' if frag else '')

    def markdown(self, text, here, base=''):
        "Rewrite `[text](path)` links whose path is a repository path the site has a page for."
        def sub(m):
            url = m.group(2)
            if re.match(r'[a-z]+:', url) or url.startswith('#'): return m.group(0)
            full = os.path.normpath(os.path.join(base, url)) if base else url
            t = self.target(full, here)
            return f'{m.group(1)}({t})' if t else m.group(0)
        return re.sub(r'(?<!!)(\[[^\]]*\])\(([^)\s]+)\)', sub, text)

# ---------------------------------------------------------------------------------------------------------------- pages
def front_page(links, chapters):
    "The README as the front page: figures copied beside it, repository paths turned into links to the site's pages."
    text = (ROOT / 'README.md').read_text()
    def img(m):
        p = ROOT / m.group(2)
        if not p.exists(): return m.group(0)
        put(f'figures/{p.name}', p.read_bytes())
        return f'{m.group(1)}(figures/{p.name})'
    text = re.sub(r'(!\[[^\]]*\])\(([^)\s]+)\)', img, text)
    text = links.markdown(text, 'index.md')
    # `00_data` in the chapter table, `nbs/03_training.ipynb` or `outputs/report/report.ipynb` in the prose: links
    def code(m):
        t = links.stems.get(m.group(1)) or links.map.get(m.group(1))
        return f'[`{m.group(1)}`]({t})' if t else m.group(0)
    text = re.sub(r'(?<![\[`])`([\w./-]+)`(?![\]`])', code, text)
    if '_site/report.html' not in text:  # until the README has its own paragraph on the site
        nav = ('**On this site:** [the report](report.ipynb) · [every run](runs/index.md) · [the plans](plans/index.md) · '
               'the chapters, in the menu.\n\n')
        text = re.sub(r'\n\n(?=\*\*The question)', '\n\n' + nav, text, count=1)
    toc = ['', '```{toctree}', ':hidden:', ':caption: Chapters', ''] + [f'chapters/{p.stem}' for p in chapters]
    toc += ['```', '', '```{toctree}', ':hidden:', ':caption: Results', '', 'report', 'runs/index', 'plans/index', '```', '']
    put('index.md', text.rstrip() + '\n' + '\n'.join(toc))

def load_plans():
    import yaml
    plans = {}
    for f in sorted(PLANS.glob('*.yaml')):
        text = f.read_text()
        head = []
        for line in text.splitlines():
            if not line.startswith('#'): break
            head.append(line[1:].strip())
        cfgs = yaml.safe_load(text) or {}
        plans[f.stem] = dict(path=f, text=text, head=' '.join(head), configs={k: v for k, v in cfgs.items() if isinstance(v, dict)})
    return plans

def run_pages(sd, links, plans):
    "One page per executed run notebook, and the index: a row per configuration and seed."
    in_plans = {}
    for name, p in plans.items():
        for c in p['configs']: in_plans.setdefault(c, []).append(name)
    rows, pages, runs = [], [], {}
    found = committed(RUNS.glob('*/seed*/metrics.json'))  # a run left uncommitted (a smoke run, say) is not on the site
    for m in sorted(found, key=lambda p: (p.parent.parent.name, int(re.sub(r'\D', '', p.parent.name) or 0))):
        config, seed = m.parent.parent.name, m.parent.name
        nbp = m.parent / 'experiment.ipynb'
        runs.setdefault(config, []).append(seed)
        r = json.loads(m.read_text())
        page = f'runs/{config}/{seed}.ipynb'
        if nbp.exists():
            nb = process(json.loads(nbp.read_text()), sd, str(nbp.relative_to(ROOT)), api=False)  # a record: as it ran
            for c in nb['cells']:  # the template's defaults (a smoke run) folded; papermill's injected values are the run's
                if 'parameters' in c.get('metadata', {}).get('tags', []): c['metadata']['tags'].append('hide-input')
            for c in nb['cells']:
                if c['cell_type'] == 'markdown' and re.match(r'\s*#\s', src(c)):
                    c['source'] = re.sub(r'^#\s+.*$', f'# Run: {config}, seed {seed[4:]}', src(c), count=1, flags=re.M)
                    break
            put_nb(page, nb)
            pages.append(page[len('runs/'):-len('.ipynb')])
        e, prov = r.get('experiment', {}), r.get('provenance', {})
        pct = lambda v: f'{100 * v:.2f}' if isinstance(v, (int, float)) else '—'
        teacher = e.get('teacher') or '—'
        tm = re.match(r'^([\w.-]+?)(@\d+)?$', teacher)
        if tm and (RUNS / tm.group(1) / seed / 'experiment.ipynb').exists():
            teacher = f'[{teacher}]({tm.group(1)}/{seed}.ipynb)'
        commit = prov.get('git_commit') or ''
        commit = f"`{commit[:7]}`" + ('' if prov.get('git_clean', True) else ' (uncommitted changes)') if commit else '—'
        name = f'[{seed[4:]}]({config}/{seed}.ipynb)' if nbp.exists() else seed[4:]
        status = 'diverged' if r.get('diverged') else ('' if r.get('finished', True) else 'unfinished')
        rows.append(f"| {config} | {name} | {pct(r.get('test_acc'))} | {pct(r.get('valid_acc'))} | "
                    f"{r.get('best_epoch', '—')} / {r.get('epochs_run', '—')} | {teacher} | {commit} | "
                    f"{', '.join(in_plans.get(config, [])) or '—'} | {status} |")
    head = ['# Runs', '',
            f'Every run under `outputs/runs/`: {len(rows)} runs of {len(runs)} configurations, one row per configuration '
            'and seed, read from its `metrics.json`. The seed links to the run\'s executed notebook (configuration, curves, '
            'test numbers). Accuracies are in percent at the best epoch on validation; the commit is the library\'s when '
            'the run was made.', '',
            '| configuration | seed | test % | valid % | best epoch / run | teacher | commit | plans | note |',
            '|---|---|---|---|---|---|---|---|---|']
    toc = ['', '```{toctree}', ':hidden:', ':maxdepth: 1', ''] + pages + ['```', '']
    put('runs/index.md', '\n'.join(head + rows + toc))
    return runs, len(rows)

def plan_pages(plans, runs):
    lines = ['# Plans', '', 'The built-in plans, `mimic_nb/plans/*.yaml`: each names configurations written out in full. '
             '`mimic-nb run PLAN --seeds N` runs one (`mimic-nb plans` lists them).', '',
             '| plan | configurations | what it is for |', '|---|---|---|']
    for name, p in plans.items():
        about = re.sub(r'^\w[\w-]*:\s*', '', p['head'].split('. Each configuration is written out')[0]).replace('|', '\\|')
        lines.append(f"| [{name}]({name}.md) | {len(p['configs'])} | {about} |")
        rows = []
        for c, v in p['configs'].items():
            seeds = runs.get(c, [])
            done = ' '.join(f'[{s[4:]}](../runs/{c}/{s}.ipynb)' for s in seeds) if seeds else '—'
            rows.append(f"| {c} | {v.get('model', '')} | {v.get('hidden') or '—'} | {v.get('bottleneck') or '—'} | "
                        f"{v.get('loss', '')} | {v.get('teacher') or '—'} | {v.get('epochs', '')} | {v.get('lr', '')} | {done} |")
        text = '\n'.join([f'# Plan: {name}', '', p['head'].replace('|', '\\|'), '',
                          f'`mimic-nb run {name} --seeds 3` runs it. Its configurations and the runs of each (by seed):', '',
                          '| configuration | model | hidden | bottleneck | loss | teacher | epochs | lr | runs |',
                          '|---|---|---|---|---|---|---|---|---|', *rows, '', f'## The file: `mimic_nb/plans/{name}.yaml`', '',
                          '```yaml', p['text'].rstrip(), '```', ''])
        put(f'plans/{name}.md', text)
    lines += ['', '```{toctree}', ':hidden:', ':maxdepth: 1', ''] + list(plans) + ['```', '']
    put('plans/index.md', '\n'.join(lines))

def static_files():
    "MathJax 3 from the PyPI package django-static-mathjax, vendored so math renders offline (no CDN)."
    import mathjax  # django-static-mathjax's package
    es5 = Path(mathjax.__file__).parent / 'static' / 'mathjax' / 'es5'
    dst = STATIC / 'mathjax'
    want = ['tex-chtml.js', 'output/chtml/fonts/woff-v2']
    for w in want:
        s, d = es5 / w, dst / w
        if s.is_dir():
            if not d.exists(): shutil.copytree(s, d)
        elif not d.exists() or d.stat().st_size != s.stat().st_size:
            d.parent.mkdir(parents=True, exist_ok=True); shutil.copy2(s, d)

# ----------------------------------------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--report', default='outputs/report/report.ipynb', help='the executed report notebook')
    ap.add_argument('--report-source', default='nbs/report.ipynb', help="the report's source, left out of the chapters")
    ap.add_argument('--out', default='_site', help='where the site goes')
    ap.add_argument('--quiet', action='store_true', help="pass -q to Sphinx (warnings still print)")
    a = ap.parse_args(argv)
    t0 = time.time()
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    SRC.mkdir(parents=True, exist_ok=True)
    skip = {'index.ipynb', Path(a.report_source).name if a.report_source else None}
    chapters = chapter_order([p for p in committed(NBS.glob('*.ipynb')) if p.name not in skip and not p.name.startswith('_')])
    sd = ShowDoc()
    links = Links(chapters, a.report, a.report_source)
    for p in chapters:
        nb = process(json.loads(p.read_text()), sd, f'nbs/{p.name}',
                     lambda s, h=f'chapters/{p.stem}.ipynb': links.markdown(s, h, base='nbs'))
        put_nb(f'chapters/{p.stem}.ipynb', nb)
    rep = ROOT / a.report
    if not rep.exists(): sys.exit(f'docs: the report notebook {a.report} does not exist (make report writes it)')
    put_nb('report.ipynb', process(json.loads(rep.read_text()), sd, a.report,
                                   lambda s: links.markdown(s, 'report.ipynb', base=os.path.dirname(a.report))))
    plans = load_plans()
    runs, n_runs = run_pages(sd, links, plans)
    plan_pages(plans, runs)
    front_page(links, chapters)
    pages_changed = prune()
    static_files()
    for m in sd.missing: print(f'docs: show_doc left as code, its object is not in the library: {m}')
    t1 = time.time()
    from sphinx.cmd.build import build_main
    # a page added or removed changes every page's navigation, which Sphinx rewrites only for the pages it rebuilds: all of them then
    args = ['-b', 'html', '-c', str(ROOT / 'docs'), '-d', str(DOCTREES), str(SRC), str(HTML)] + (['-q'] if a.quiet else []) \
        + (['-a'] if pages_changed else [])
    rc = build_main(args)
    if rc: sys.exit(rc)
    out = ROOT / a.out
    if out.exists(): shutil.rmtree(out)
    for p in HTML.rglob('*.html'):  # Sphinx keeps the pages of sources that are gone (a deleted run): not the site
        rel = p.relative_to(HTML).with_suffix('')
        if p.parent != HTML / '_static' and rel.as_posix() not in ('search', 'genindex') \
                and not any((SRC / rel).with_suffix(x).exists() for x in ('.md', '.ipynb')):
            p.unlink()
    shutil.copytree(HTML, out, ignore=shutil.ignore_patterns('.buildinfo', '.doctrees'))
    n_pages = sum(1 for p in out.rglob('*.html') if '_static' not in p.parts and p.name not in ('search.html', 'genindex.html'))
    print(f'docs: {n_pages} pages ({len(chapters)} chapters, the report, {n_runs} runs, {len(plans)} plans) in '
          f'{a.out}/ in {time.time() - t0:.0f} s (sources {t1 - t0:.0f} s, Sphinx {time.time() - t1:.0f} s); open {a.out}/index.html')

if __name__ == '__main__': main()
