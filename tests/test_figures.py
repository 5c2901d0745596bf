"""Figures agree with each other: a curve's label has one colour across the whole site.

(The gradient-descent figures once drew stochastic descent orange in one and green in the
other.) Read from the recorded SVGs' legends: each entry is a line's stroke, then its text.
"""

import re
from collections import defaultdict

from conftest import ROOT

LEGEND = re.compile(r'<g id="legend_\d+">(.*?)</g>\n  </g>', re.S)
ENTRY = re.compile(r"stroke: (#[0-9a-f]{6})|<text[^>]*>([^<]+)</text>")


def legend_colours() -> dict[str, dict[str, str]]:
    """label -> {figure: colour}, over every recorded figure."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for svg in sorted((ROOT / "snippets").rglob("*.svg")):
        for legend in LEGEND.findall(svg.read_text(encoding="utf-8")):
            colour = None
            for match in ENTRY.finditer(legend):
                if match.group(1):
                    colour = match.group(1)
                elif colour:
                    found[match.group(2).strip()][svg.relative_to(ROOT).as_posix()] = colour
                    colour = None
    return found


def test_the_legends_are_read():
    colours = legend_colours()
    assert {"batch", "stochastic", "mini-batch, 32"} <= set(colours)


def test_a_label_has_one_colour_on_every_figure():
    clashes = [
        f"'{label}' is drawn in {', '.join(f'{c} in {f}' for f, c in sorted(figures.items()))}: "
        "use one colour for it in every snippet that draws it, then python -m snippets update"
        for label, figures in legend_colours().items()
        if len(set(figures.values())) > 1
    ]
    assert not clashes, "\n".join(clashes)
