# Sphinx settings for the documentation site; docs/build.py writes the sources and calls Sphinx (see its docstring).
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
project, author = 'mimic_nb', 'mimic_nb developers'
copyright = '2026 onwards, mimic_nb developers'

extensions = ['myst_nb', 'sphinx.ext.mathjax']
# MyST-NB shows what each notebook holds and never runs one
nb_execution_mode = 'off'
nb_merge_streams = True
nb_output_stderr = 'show'
nb_render_markdown_format = 'myst'  # markdown outputs (Table 1, the findings) with tables and math
nb_code_prompt_show, nb_code_prompt_hide = 'Show {type}', 'Hide {type}'
myst_enable_extensions = ['dollarmath', 'amsmath', 'attrs_inline']
myst_heading_anchors = 3
suppress_warnings = ['myst.header', 'mystnb.unknown_mime_type']

# MathJax 3, vendored by docs/build.py from PyPI's django-static-mathjax into build/docs/static: no CDN
mathjax_path = 'mathjax/tex-chtml.js'
html_static_path = ['_static', str(ROOT / 'build' / 'docs' / 'static')]
html_css_files = ['site.css']
html_js_files = ['fold.js']

html_theme = 'sphinx_book_theme'
html_title = 'mimic_nb'
html_favicon = '_static/favicon.svg'  # else the browser asks for /favicon.ico and logs a 404
html_theme_options = {
    'home_page_in_toc': True, 'show_toc_level': 2, 'use_download_button': False, 'use_fullscreen_button': False,
    'navigation_with_keys': False, 'show_navbar_depth': 1,
}
html_context = {'default_mode': 'light'}  # the theme logs a console error on a first visit without one
html_copy_source = False  # the notebooks are in the repository; the site does not carry a second copy
html_show_sourcelink = False
html_last_updated_fmt = None
