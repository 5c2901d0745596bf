"""MkDocs hook: notebook pages carry only the JupyterLab CSS they use.

mkdocs-jupyter inlines all of JupyterLab's stylesheet (about 570 KB) into every notebook
page, render-blocking, which made a tutorial page several times heavier than a concept page.
Here each inline stylesheet keeps only the rules whose class selectors all occur in the page
(element and attribute selectors are kept), like PurgeCSS; mkdocs-jupyter's prefixed
`.jupyter-wrapper :root` rules, which match nothing, go too. Nothing is lost:
the notebook HTML is static, and no script adds JupyterLab classes later.
"""

from __future__ import annotations

import re

STYLE = re.compile(r'(<style type="text/css">)(.*?)(</style>)', re.S)
CLASS_ATTR = re.compile(r'class="([^"]*)"')
COMMENT = re.compile(r"/\*.*?\*/", re.S)
CLASS_NAME = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
NEGATION = re.compile(r":not\([^()]*(\([^()]*\)[^()]*)*\)")
DEAD_ROOT = re.compile(r"\S\s*:root")
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


def prune(css: str, used: set[str]) -> str:
    out = []
    for prelude, body in _blocks(COMMENT.sub("", css)):
        if body is None:
            out.append(prelude + ";")
        elif prelude.startswith(GROUPS):
            inner = prune(body, used)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body.strip()}}}")
        else:
            keep = [
                s
                for s in _split_selectors(prelude)
                if set(CLASS_NAME.findall(NEGATION.sub("", s))) <= used
                and not DEAD_ROOT.search(s)  # ".jupyter-wrapper :root" matches nothing
            ]
            if keep:
                out.append(f"{','.join(keep)}{{{body.strip()}}}")
    return "\n".join(out)


def on_post_page(output, page, config):
    if 'class="jupyter-wrapper"' not in output:
        return output
    used = {name for attr in CLASS_ATTR.findall(output) for name in attr.split()}
    return STYLE.sub(lambda m: m.group(1) + prune(m.group(2), used) + m.group(3), output)
