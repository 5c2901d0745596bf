"""MkDocs hook: small fixes that make every page pass axe-core (tests/test_accessibility.py).

Notebook code and output boxes scroll sideways but hold nothing focusable, so a keyboard
user could not scroll them (axe: scrollable-region-focusable): make them focusable.
"""

import re

SCROLLING_BOX = re.compile(
    r'<(div class="highlight-ipynb[^"]*"|pre(?= style="white-space:pre;overflow-x:auto))'
)


def on_post_page(output, page, config):
    if "highlight-ipynb" not in output and "overflow-x:auto" not in output:
        return output
    return SCROLLING_BOX.sub(lambda m: f'<{m.group(1)} tabindex="0"', output)
