"""MkDocs hook: highlighted code without the token spans that change nothing on screen.

Pygments wraps every name (`n`) and every run of whitespace (`w`) in a span of its own, and
starts each block with an empty one. The theme draws names in the code's own colour and gives
whitespace no style at all, so these spans, a fifth of the elements of a page with much code,
only give a phone more elements to style and lay out while the page loads (ARCHITECTURE.md,
"Page speed"). Their text stays where it was: copy buttons and the tests read the same code.
tests/test_browser.py checks that the theme still draws a name like the text around it.
"""

from __future__ import annotations

import re

PRE = re.compile(r"<pre\b.*?</pre>", re.S)
PLAIN = re.compile(r'<span class="[nw]">([^<]*)</span>|<span></span>')


def unwrap(html: str) -> str:
    """The page with the `n` and `w` spans of its <pre> blocks replaced by their text."""
    return PRE.sub(lambda pre: PLAIN.sub(lambda span: span.group(1) or "", pre.group()), html)


def on_post_page(output, page, config):
    return unwrap(output) if "<pre" in output else output
