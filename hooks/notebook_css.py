"""MkDocs hook: notebook pages carry only the JupyterLab CSS they use.

mkdocs-jupyter inlines all of JupyterLab's stylesheet (about 570 KB) into every notebook
page, render-blocking, which made a tutorial page several times heavier than a concept page.
Here each inline stylesheet keeps only the rules whose class selectors all occur in the page
(element and attribute selectors are kept), like PurgeCSS; mkdocs-jupyter's prefixed
`.jupyter-wrapper :root` rules, which match nothing, go too. Nothing is lost:
the notebook HTML is static, and no script adds JupyterLab classes later.

The same pass makes the page valid HTML (tests/test_html_validity.py) and self-contained:
- the stylesheets move from the article into <head> (a <style> in <body> is invalid), and
  mkdocs-jupyter's stray `<style>['pre {…']` (a Python list printed into the page, which
  browsers discard whole) goes;
- rules for attributes the page does not have (`[data-jp-theme-scrollbars]`) and custom
  properties nothing uses go too, and so does JupyterLab's one invalid value, `cursor:normal`;
- nbconvert's MathJax 2 loader (an empty `<script src="">` and a configuration no script
  reads; the site's own MathJax typesets notebooks) and its mermaid loader (which would
  import mermaid from a CDN as soon as a notebook had a diagram) are removed.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # MkDocs loads hooks by path, not as a package
from build_cache import BuildCache, cache_path  # noqa: E402

STYLE = re.compile(r'(<style type="text/css">)(.*?)(</style>)', re.S)
CLASS_ATTR = re.compile(r'class="([^"]*)"')
COMMENT = re.compile(r"/\*.*?\*/", re.S)
CLASS_NAME = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
NEGATION = re.compile(r":not\([^()]*(\([^()]*\)[^()]*)*\)")
DEAD_ROOT = re.compile(r"\S\s*:root")
ATTRIBUTE = re.compile(r"\[\s*([\w-]+)")
CUSTOM_PROPERTY = re.compile(r"^\s*(--[\w-]+)\s*:", re.S)
VAR = re.compile(r"var\(\s*(--[\w-]+)")
INVALID_DECLARATIONS = {"cursor:normal"}  # JupyterLab's; browsers drop it anyway
# nbconvert's lab template: MathJax 2 from `mathjax_url` (empty here), and mermaid from cdnjs.
MATHJAX2 = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MERMAID = re.compile(
    r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded"'
    r".*?<!-- End of mermaid configuration -->",
    re.S,
)
PY_LIST_STYLE = re.compile(r"<style>\s*\['.*?'\]\s*</style>", re.S)
GROUPS = ("@media", "@supports", "@layer", "@container")


def _blocks(css: str):
    """Top-level (prelude, body) pairs; body is None for statements like @import."""
    i, n = 0, len(css)
    while i < n:
        brace = css.find("{", i)
        semi = css.find(";", i)
        if brace < 0:
            return
        if 0 <= semi < brace and css[i:semi].strip().startswith("@"):
            yield css[i:semi].strip(), None
            i = semi + 1
            continue
        depth, j = 1, brace + 1
        while j < n and depth:
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
        yield css[i:brace].strip(), css[brace + 1 : j - 1]
        i = j


def _split_selectors(prelude: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(prelude):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(prelude[start:k])
            start = k + 1
    parts.append(prelude[start:])
    return [p.strip() for p in parts if p.strip()]


def _declarations(body: str) -> list[str]:
    """Split a rule's body at its semicolons, not at those inside url(...) or quotes."""
    parts, depth, quote, start = [], 0, "", 0
    for k, ch in enumerate(body):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == ";" and depth == 0:
            parts.append(body[start:k])
            start = k + 1
    parts.append(body[start:])
    return [p.strip() for p in parts if p.strip()]


@functools.lru_cache(maxsize=8)
def _rules(css: str) -> tuple:
    """The stylesheet parsed once (every notebook page inlines the same one): a tuple of
    ("statement", text), ("group", prelude, rules), ("block", text) or
    ("rule", [(selector, classes, attributes)], body) items."""
    out = []
    for prelude, body in _blocks(COMMENT.sub("", css)):
        if body is None:
            if not prelude.lower().startswith("@charset"):  # only valid first in a file
                out.append(("statement", prelude + ";"))
        elif prelude.startswith(GROUPS):
            out.append(("group", prelude, _rules(body)))
        elif prelude.startswith("@"):
            out.append(("block", f"{prelude}{{{body.strip()}}}"))
        else:
            selectors = [
                (s, frozenset(CLASS_NAME.findall(bare)), frozenset(ATTRIBUTE.findall(bare)))
                for s in _split_selectors(prelude)
                if not DEAD_ROOT.search(s)  # ".jupyter-wrapper :root" matches nothing
                for bare in [NEGATION.sub("", s)]
            ]
            declarations = [d for d in _declarations(body) if d.replace(" ", "") not in INVALID_DECLARATIONS]
            if selectors and declarations:
                out.append(("rule", selectors, ";".join(declarations)))
    return tuple(out)


def _pruned(rules: tuple, used: set[str], attributes: set[str] | None) -> list[str]:
    out = []
    for kind, *item in rules:
        if kind == "rule":
            selectors, body = item
            keep = [
                s
                for s, classes, attrs in selectors
                if classes <= used and (attributes is None or attrs <= attributes)
            ]
            if keep:
                out.append(f"{','.join(keep)}{{{body}}}")
        elif kind == "group":
            inner = _pruned(item[1], used, attributes)
            if inner:
                out.append(f"{item[0]}{{{chr(10).join(inner)}}}")
        else:
            out.append(item[0])
    return out


def prune(css: str, used: set[str], attributes: set[str] | None = None) -> str:
    """Keep the rules whose classes (and attributes, if given) all occur in the page."""
    return "\n".join(_pruned(_rules(css), used, attributes))


def drop_unused_properties(css: str, elsewhere: str) -> str:
    """Remove custom property declarations (--x: ...) that no var() reaches, from the
    other declarations, from `elsewhere` (the page, the site's own CSS) or from another
    property that is used."""
    definitions: dict[str, list[str]] = {}
    plain = []
    for declaration in re.findall(r"\{([^{}]*)\}", css):
        for d in _declarations(declaration):
            name = CUSTOM_PROPERTY.match(d)
            (definitions.setdefault(name.group(1), []) if name else plain).append(d)
    reached = set(VAR.findall(" ".join(plain))) | set(VAR.findall(elsewhere))
    todo = list(reached)
    while todo:
        for value in definitions.get(todo.pop(), []):
            for name in set(VAR.findall(value)) - reached:
                reached.add(name)
                todo.append(name)

    def body(match: re.Match) -> str:
        kept = [
            d
            for d in _declarations(match.group(1))
            if (n := CUSTOM_PROPERTY.match(d)) is None or n.group(1) in reached
        ]
        return "{" + ";".join(kept) + "}"

    css = re.sub(r"\{([^{}]*)\}", body, css)
    return re.sub(r"(?m)^[^{}\n]*\{\}\n?", "", css)  # rules left empty


ATTRIBUTE_NAME = re.compile(r"\s([\w-]+)(?==|\s|>)")
SITE_CSS: dict[str, str] = {}


def _site_css(config) -> str:
    """The site's own stylesheets (extra_css), which may use the notebook's properties."""
    key = config.docs_dir
    if key not in SITE_CSS:
        texts = []
        for name in config.extra_css:
            path = Path(config.docs_dir) / str(name)
            if path.is_file():
                texts.append(path.read_text(encoding="utf-8"))
        SITE_CSS[key] = "\n".join(texts)
    return SITE_CSS[key]


def clean(output: str, site_css: str = "") -> str:
    """A notebook page's HTML: its CSS pruned and moved into <head>, nbconvert's loaders gone."""
    output = MATHJAX2.sub("", output)
    output = MERMAID.sub("", output)
    output = PY_LIST_STYLE.sub("", output)
    used = {name for attr in CLASS_ATTR.findall(output) for name in attr.split()}
    tags = re.findall(r"<[a-zA-Z][^<>]*>", output[output.find("<body") :])
    attributes = {name.lower() for tag in tags for name in ATTRIBUTE_NAME.findall(tag)}
    styles = [prune(m.group(2), used, attributes) for m in STYLE.finditer(output)]
    if not styles:
        return output
    output = STYLE.sub("", output)
    css = drop_unused_properties("\n".join(s for s in styles if s), output + site_css)
    return output.replace("</head>", f'<style type="text/css">{css}</style>\n</head>', 1)


_HOOK = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
_cache: BuildCache | None = None  # clean()'s answers by the page it was given


def on_pre_build(config):
    global _cache
    _cache = BuildCache(cache_path(config, "notebook-css.json"), _HOOK)


def on_post_page(output, page, config):
    if 'class="jupyter-wrapper"' not in output:
        return output
    site_css = _site_css(config)
    key = hashlib.sha256((output + site_css).encode()).hexdigest()
    cleaned = _cache.get(key) or clean(output, site_css)
    _cache.put(key, cleaned)
    return cleaned


def on_post_build(config):
    if _cache:
        _cache.save()
