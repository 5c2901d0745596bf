"""MkDocs hook: Chinese text in English pages is marked as Chinese, `lang="zh-Hans"`.

Without it a browser draws Han characters with whatever font it prefers for the page's
language, and Chromium picked Japanese glyph shapes for 过, 骨, 直 and 递. Marked, they get a
Simplified Chinese face from the system font stack in docs/stylesheets/extra.css (no web font
is downloaded). Every run of Chinese characters in the page's body, outside code, scripts and
styles, is wrapped in a span; `<title>` cannot hold markup and keeps the page's language.
"""

from __future__ import annotations

import re

# Han ideographs, joined into one run by CJK punctuation (、，。：；（）“” and friends).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
RUN = re.compile(f"[{HAN}](?:[{HAN}\u3000-\u303f\uff00-\uffef]*[{HAN}\uff09\u3001-\u3003])?")
TAG = re.compile(r"(<[^>]*>)")
OPAQUE = ("script", "style", "pre", "code", "textarea", "svg", "head", "title", "mjx-container")
OPEN = re.compile(r"<(" + "|".join(OPAQUE) + r")\b", re.I)
CLOSE = re.compile(r"</(" + "|".join(OPAQUE) + r")\s*>", re.I)


def mark(html: str) -> str:
    """Wrap each run of Chinese text outside OPAQUE elements in <span lang="zh-Hans">."""
    pieces, depth = [], 0
    for piece in TAG.split(html):
        if piece.startswith("<"):
            if OPEN.match(piece) and not piece.endswith("/>"):
                depth += 1
            elif CLOSE.match(piece):
                depth = max(depth - 1, 0)
            pieces.append(piece)
        elif depth or not RUN.search(piece):
            pieces.append(piece)
        else:
            pieces.append(RUN.sub(lambda m: f'<span lang="zh-Hans">{m.group()}</span>', piece))
    return "".join(pieces)


def on_post_page(output, page, config):
    return output if config.extra.get("edition") == "zh" else mark(output)  # a Chinese page says so in <html>


def on_post_template(output, template_name, config):
    return on_post_page(output, None, config) if template_name.endswith(".html") else output  # the 404 page
