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
    @charset "UTF-8";
    .jupyter-wrapper [data-jp-theme-scrollbars=true] { scrollbar-color: red blue; }
    .jupyter-wrapper .jp-Cell .jp-InputPrompt { cursor: normal; color: red; }
    """
    out = notebook_css.prune(css, {"jupyter-wrapper", "jp-Cell", "jp-InputPrompt"}, {"data-md-color-scheme"})
    assert "@charset" not in out and "scrollbar-color" not in out  # not in the page: no such attribute
    assert ".jupyter-wrapper .jp-Cell .jp-InputPrompt{color: red}" in out  # cursor: normal is invalid
    assert "--jp-a" in out and "--jp-dead" not in out
    assert ".jupyter-wrapper .jp-Cell{margin: 0}" in out and "jp-Unused" not in out
    assert ":not(.jp-mod-active)" in out
    assert "@media print{.jupyter-wrapper pre{color: blue}}" in out
    assert "@font-face" in out and "comment" not in out


def test_notebook_pages_carry_little_css(site):
    for page in (site / "tutorials").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        css = sum(len(m.group(2)) for m in notebook_css.STYLE.finditer(html))
        assert css < 200_000, f"{page.parent.name}: {css} bytes of inline CSS; JupyterLab CSS not pruned?"
        assert ".jupyter-wrapper :root" not in html


def test_unused_custom_properties_go_with_what_only_they_use():
    css = (
        ".jupyter-wrapper{--used: var(--base);--base: 1px;--unused: var(--only-here);--only-here: 2px}\n"
        ".jupyter-wrapper .jp-Cell{margin: var(--used)}\n"
        ".jupyter-wrapper .x{--dead: 3px}\n"
    )
    out = notebook_css.drop_unused_properties(css, elsewhere="color: var(--from-the-page)")
    assert "--used" in out and "--base" in out
    assert "--unused" not in out and "--only-here" not in out and "--dead" not in out and ".x" not in out


def test_notebook_page_is_cleaned_of_nbconvert_loaders_and_body_styles():
    page = (
        '<html><head><title>t</title></head><body><article><div class="jupyter-wrapper">'
        '<style type="text/css">.jupyter-wrapper .jp-Cell{color: red}'
        ".jupyter-wrapper .jp-No{color: blue}</style>"
        '<!-- Load mathjax -->\n<script src=""> </script>\n<script type="text/x-mathjax-config">x</script>\n'
        "<!-- End of mathjax configuration -->"
        '<script type="module">\n  document.addEventListener("DOMContentLoaded", async () => {\n'
        '    await import("https://cdnjs.cloudflare.com/ajax/libs/mermaid/11.10.0/mermaid.esm.min.mjs");\n'
        "</script><style></style>\n<!-- End of mermaid configuration -->"
        '<div class="jp-Cell">x</div></div></article>'
        "<style>\n['pre { line-height: 125%; }']\n</style></body></html>"
    )
    out = notebook_css.clean(page)
    head, body = out.split("</head>")
    assert '<style type="text/css">.jupyter-wrapper .jp-Cell{color: red}</style>' in head
    assert "<style" not in body and "jp-No" not in out
    assert (
        'src=""' not in out and "mathjax" not in out.lower() and "cdnjs" not in out and "mermaid" not in out
    )


def test_built_notebook_pages_are_clean(site):
    for page in (site / "tutorials").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        body = html[html.index("<body") :]
        assert "<style" not in body, f"{page.parent.name}: a <style> in <body>"
        for leftover in ('src=""', "cdnjs", "mermaid", "x-mathjax-config"):
            assert leftover not in html, f"{page.parent.name}: {leftover!r} left by nbconvert's template"
