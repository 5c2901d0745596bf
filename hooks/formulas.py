"""MkDocs hook: typeset every formula when the site is built; readers download no MathJax.

MathJax 3 (from the pinned PyPI package django-static-mathjax) runs inside V8 embedded in
Python (the PyPI package mini-racer), with MathJax's own DOM-less adaptor. Each formula
becomes CommonHTML markup, hidden from screen readers, plus the same formula as MathML,
which screen readers read (MathJax's assistive-mml). The reader's browser only draws it,
with one small stylesheet (assets/stylesheets/math.css) and MathJax's fonts, both served by
the site itself: no script to start, no flash of raw TeX, and printing is always right.

Formulas are `\\( \\)` and `$$ $$` in Markdown (pymdownx.arithmatex, generic mode) and
`$ $` / `$$ $$` in a tutorial's Markdown cells. A TeX error stops the build, naming the page
and the formula; so does an inline formula too wide for a phone, which cannot wrap.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import types
from pathlib import Path

import mathjax
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).parent))  # MkDocs loads hooks by path, not as a package
from build_cache import BuildCache, cache_path  # noqa: E402

ES5 = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
FONTS = "output/chtml/fonts/woff-v2"  # published under assets/mathjax/, used by math.css
STYLESHEET = "assets/stylesheets/math.css"

SCALE = 1.15  # TeX's fonts have a small x-height: scaled so, they match the page's sans serif
# A phone's text column is about 22 em of the page's text (358 px at 16 px). An inline formula
# cannot wrap, so a wider one would push the whole page sideways; display formulas scroll in
# their own box, and a wide one gets tabindex=0 so that a keyboard can scroll it too.
COLUMN_EM = 22

ARITHMATEX = re.compile(r'<(span|div) class="arithmatex">\s*(\\\(|\\\[)(.*?)(\\\)|\\\])\s*</\1>', re.S)
NOTEBOOK_MARKDOWN = re.compile(r'<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>')
DIV = re.compile(r"<(/?)div\b[^>]*>")
CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)
TOC_TEX = re.compile(r"\\\((.+?)\\\)")
# $$ display $$, \[ display \], $ inline $ (within a paragraph: no blank line), \( inline \).
NOTEBOOK_TEX = re.compile(
    r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|(?<![\\$])\$((?:[^$\n]|\n(?!\s*\n))+?)\$|\\\((.+?)\\\)", re.S
)

CONFIG = (
    """
var global = globalThis;
var MathJax = {
  loader: {
    load: ['core', 'adaptors/liteDOM', 'input/tex', '[tex]/boldsymbol', 'output/chtml',
           'output/chtml/fonts/tex', 'a11y/assistive-mml'],
    paths: {mathjax: '.'},
    // Components come from SOURCES (filled from Python), not from a network or file system.
    require: function (file) {
      var key = file.replace(/^\\.\\//, '');
      if (!(key in SOURCES)) throw new Error('MathJax component not bundled: ' + file);
      (0, eval)(SOURCES[key]);
      return {};
    }
  },
  tex: {
    packages: {'[+]': ['boldsymbol'], '[-]': ['noundefined']},
    formatError: function (jax, error) { throw error; }  // an error, not red text on the page
  },
  chtml: {scale: """
    + str(SCALE)
    + """, fontURL: '../mathjax/"""
    + FONTS
    + """'},  // relative to math.css
  startup: {typeset: false}
};
"""
)

CONVERT = """
function convert(tex, display) {
  var doc = MathJax.startup.document, adaptor = MathJax.startup.adaptor;
  var item = new doc.options.MathItem(tex, doc.inputJax[0], display);
  item.start.node = adaptor.body(doc.document);
  item.setMetrics(16, 8, 1000000, 1000000, 1);
  try {
    item.convert(doc);
  } catch (error) {
    if (error.retry) return error.retry.then(function () { return null; });  // a package loaded
    return ['error', error.message];
  }
  return [adaptor.outerHTML(item.typesetRoot), doc.outputJax.getBBox(item, doc).w];
}
function stylesheet() { return MathJax.startup.adaptor.textContent(MathJax.chtmlStylesheet()); }
"""


class Engine:
    """MathJax in V8, started on first use; one per process (kept across `mkdocs serve` rebuilds)."""

    def __init__(self):
        from py_mini_racer import MiniRacer

        parts = ["core.js", "input/tex.js", "output/chtml.js", "output/chtml/fonts/tex.js"]
        parts += ["adaptors/liteDOM.js", "a11y/assistive-mml.js"]
        sources = {part: (ES5 / part).read_text(encoding="utf-8") for part in parts}
        for extension in (ES5 / "input/tex/extensions").glob("*.js"):
            sources[extension.relative_to(ES5).as_posix()] = extension.read_text(encoding="utf-8")
        self.v8 = MiniRacer()
        self.v8.eval("var SOURCES = " + json.dumps(sources) + ";" + CONFIG)
        self.v8.eval((ES5 / "startup.js").read_text(encoding="utf-8"))
        self.v8.eval("MathJax.startup.getComponents(); MathJax.startup.makeMethods();" + CONVERT)
        self.typeset: set[tuple[str, bool]] = set()  # what the stylesheet covers

    def convert(self, tex: str, display: bool) -> tuple[str, float]:
        for _ in range(5):
            result = self.v8.call("convert", tex, display)
            if hasattr(result, "get"):  # a TeX package was loaded on demand: wait, then again
                result.get(timeout=30)
                continue
            if result[0] == "error":
                raise ValueError(result[1])
            self.typeset.add((tex, display))
            return result[0], float(result[1])
        raise ValueError("MathJax kept asking to load packages")

    def stylesheet(self) -> str:
        return self.v8.call("stylesheet")


def _engine() -> Engine:
    # mkdocs serve re-imports hooks on every rebuild; the engine lives in its own module slot.
    keep = sys.modules.setdefault("_site_formulas_engine", types.ModuleType("_site_formulas_engine"))
    if not hasattr(keep, "engine"):
        keep.engine = Engine()
    return keep.engine


def _version() -> str:
    """What the typeset markup depends on besides the formula: MathJax and this hook."""
    mathjax_version = json.loads((ES5.parent / "package.json").read_text(encoding="utf-8"))["version"]
    return mathjax_version + " " + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


_cache: BuildCache | None = None  # formula -> [markup, width], and the stylesheet
_used: set[tuple[str, bool]] = set()


def on_pre_build(config):
    global _cache
    _used.clear()
    _cache = BuildCache(cache_path(config, "math.json"), _version())


def typeset(tex: str, display: bool, where: str) -> str:
    """The markup for one formula (from the cache when this exact formula was typeset before)."""
    key = ("D" if display else "I") + tex
    _used.add((tex, display))
    found = _cache.get(key)
    if found is None:
        try:
            found = list(_engine().convert(tex, display))
        except ValueError as error:
            raise PluginError(f"{where}: the formula {tex!r} is not valid TeX: {error}") from None
    _cache.put(key, found)
    markup, width = found
    width *= SCALE  # in em of the page's text
    if not display and width > COLUMN_EM:
        raise PluginError(
            f"{where}: the inline formula {tex!r} is {width:.0f} em wide, wider than a phone's "
            f"column ({COLUMN_EM} em), and an inline formula cannot wrap. Write it as display "
            "math ($$ ... $$ on lines of their own) or split it into shorter formulas."
        )
    if display and width > COLUMN_EM:
        markup = markup.replace("<mjx-container ", '<mjx-container tabindex="0" ', 1)
    return markup


def _notebook_math(content: str, where: str) -> str:
    """TeX in a tutorial's Markdown cells (nbconvert leaves it as text), outside code."""

    def formulas(text: str) -> str:
        def one(match: re.Match) -> str:
            display = match.group(1) is not None or match.group(2) is not None
            tex = next(group for group in match.groups() if group is not None)
            return typeset(html.unescape(tex.strip()), display, where)

        return NOTEBOOK_TEX.sub(one, text)

    pieces, done = [], 0
    for code in CODE.finditer(content):
        pieces += [formulas(content[done : code.start()]), code.group()]
        done = code.end()
    return "".join(pieces) + formulas(content[done:])


def on_page_content(page_html, page, config, files):
    where = page.file.src_uri
    page_html = ARITHMATEX.sub(
        lambda m: typeset(html.unescape(m.group(3).strip()), m.group(2) == "\\[", where), page_html
    )
    pieces, done = [], 0
    for start in NOTEBOOK_MARKDOWN.finditer(page_html):
        if start.start() < done:
            continue
        depth, end = 0, len(page_html)
        for tag in DIV.finditer(page_html, start.start()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = tag.end()
                break
        pieces += [page_html[done : start.start()], _notebook_math(page_html[start.start() : end], where)]
        done = end
    page_html = "".join(pieces) + page_html[done:]
    for item in _toc_items(getattr(page, "toc", [])):  # a heading's formula, in the contents
        item.title = TOC_TEX.sub(
            lambda m: typeset(html.unescape(m.group(1).strip()), False, where), item.title
        )
    page.meta["has_math"] = "<mjx-container" in page_html
    return page_html


def _toc_items(items):
    for item in items:
        yield item
        yield from _toc_items(item.children)


def on_post_page(output, page, config):
    """Pages with math link the stylesheet; pages without math do without it."""
    if not page.meta.get("has_math"):
        return output
    href = File(STYLESHEET, "", "", False).url_relative_to(page.file)
    return output.replace("</head>", f'<link rel="stylesheet" href="{href}">\n</head>', 1)


def on_files(files, config):
    for font in sorted((ES5 / FONTS).glob("*.woff")):
        uri = f"assets/mathjax/{FONTS}/{font.name}"
        files.append(File.generated(config, uri, abs_src_path=str(font)))
    return files


def on_post_build(config):
    """Write math.css for every formula of this build, and keep the typeset markup for the next."""
    stylesheet, covers = _cache.get("stylesheet"), _cache.get("stylesheet-covers") or []
    if stylesheet is None or not _used <= {tuple(item) for item in covers}:
        engine = _engine()
        for tex, display in sorted(_used - engine.typeset):  # the stylesheet needs every glyph
            engine.convert(tex, display)
        stylesheet, covers = engine.stylesheet(), sorted(_used)
    _cache.put("stylesheet", stylesheet)
    _cache.put("stylesheet-covers", covers)
    target = Path(config.site_dir) / STYLESHEET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(stylesheet, encoding="utf-8")
    _cache.save()
