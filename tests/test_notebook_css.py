"""hooks/notebook_css.py keeps exactly the JupyterLab rules a notebook page can use."""

import notebook_css


def test_prune_keeps_used_rules_and_drops_the_rest():
    css = """
    /* a comment */
    .jupyter-wrapper { --jp-a: 1px; }
    .jupyter-wrapper :root { --jp-dead: 2px; }
    .jupyter-wrapper .jp-Cell, .jupyter-wrapper .jp-Unused { margin: 0; }
    .jupyter-wrapper .jp-Cell:not(.jp-mod-active) { padding: 0; }
    @media print { .jupyter-wrapper .jp-Unused { color: red; } .jupyter-wrapper pre { color: blue; } }
    @font-face { font-family: x; src: url(x.woff); }
    """
    out = notebook_css.prune(css, {"jupyter-wrapper", "jp-Cell"})
    assert "--jp-a" in out and "--jp-dead" not in out
    assert ".jupyter-wrapper .jp-Cell{margin: 0;}" in out and "jp-Unused" not in out
    assert ":not(.jp-mod-active)" in out
    assert "@media print{.jupyter-wrapper pre{color: blue;}}" in out
    assert "@font-face" in out and "comment" not in out


def test_notebook_pages_carry_little_css(site):
    for page in (site / "tutorials").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        css = sum(len(m.group(2)) for m in notebook_css.STYLE.finditer(html))
        assert css < 200_000, f"{page.parent.name}: {css} bytes of inline CSS; JupyterLab CSS not pruned?"
        assert ".jupyter-wrapper :root" not in html
