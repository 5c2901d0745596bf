"""Formulas are typeset when the site is built (hooks/formulas.py): what a reader gets.

The built pages carry finished math (CommonHTML for the eye, MathML for screen readers) and
no MathJax script; a bad formula stops the build with a message naming the page.
"""

import importlib.util
import re
from types import SimpleNamespace

import pytest
from conftest import ROOT
from mkdocs.exceptions import PluginError

# Markup or TeX delimiters MathJax should have replaced, or a $ followed by a TeX command.
TEX_LEFT = re.compile(r'class="arithmatex"|\\\(|\\\[|\$\$|\$[^$<]*\\[a-zA-Z]+')


def _hook():
    spec = importlib.util.spec_from_file_location("formulas_hook", ROOT / "hooks" / "formulas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.on_pre_build(None)
    return module


def _page(src_uri: str):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri), meta={})


def _math_pages(site):
    return sorted(p for p in site.rglob("*.html") if "<mjx-container" in p.read_text(encoding="utf-8"))


def test_formulas_become_markup_with_mathml_for_screen_readers():
    hook = _hook()
    page = _page("concepts/example.md")
    html = hook.on_page_content(
        '<p>A <span class="arithmatex">\\(w_1 &lt; 2\\)</span> and</p>\n'
        '<div class="arithmatex">\\[\\hat{y} = \\frac{1}{n} \\sum_i x_i\\]</div>',
        page,
        None,
        None,
    )
    assert "arithmatex" not in html and "\\(" not in html
    assert html.count("<mjx-container") == 2 and 'display="true"' in html
    assert html.count("<mjx-assistive-mml") == 2 and "<mo>&lt;</mo>" in html  # read aloud
    assert 'aria-hidden="true"' in html  # the drawn glyphs are not read twice
    assert page.meta["has_math"]


def test_tex_in_notebook_markdown_cells_is_typeset_but_not_in_code():
    hook = _hook()
    html = hook.on_page_content(
        '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput">'
        "<p>The loss $L = \\tfrac{1}{2}\n e^2$ and</p><p>$$\\theta \\leftarrow \\theta - \\eta g$$</p>"
        "<pre><code>price = '$5 and $6'</code></pre></div>"
        '<div class="jp-CodeCell"><pre>print("$x$")</pre></div>',
        _page("tutorials/example.ipynb"),
        None,
        None,
    )
    assert html.count("<mjx-container") == 2
    assert "price = '$5 and $6'" in html and 'print("$x$")' in html


def test_a_formula_that_is_not_tex_names_the_page_and_the_formula():
    hook = _hook()
    with pytest.raises(PluginError) as error:
        bad = '<span class="arithmatex">\\(\\frac{1}{\\nosuchmacro}\\)</span>'
        hook.on_page_content(bad, _page("concepts/broken.md"), None, None)
    message = str(error.value)
    assert "concepts/broken.md" in message and "\\\\nosuchmacro" in message and "not valid TeX" in message


def test_an_inline_formula_too_wide_for_a_phone_is_refused_with_the_fix():
    hook = _hook()
    wide = " + ".join(f"w_{i} x_{i}" for i in range(1, 16))
    with pytest.raises(PluginError) as error:
        hook.on_page_content(f'<span class="arithmatex">\\({wide}\\)</span>', _page("c/wide.md"), None, None)
    message = str(error.value)
    assert "c/wide.md" in message and "display math" in message and "$$" in message
    # As display math it is fine: it scrolls in its own box, which a keyboard can reach.
    html = hook.on_page_content(f'<div class="arithmatex">\\[{wide}\\]</div>', _page("c/wide.md"), None, None)
    assert '<mjx-container tabindex="0"' in html


def test_no_page_is_left_with_tex_or_a_mathjax_script(site):
    problems = []
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        body = re.sub(r"<(pre|code|script|style)\b.*?</\1>", "", html, flags=re.S)
        if TEX_LEFT.search(body):
            problems.append(f"{path.relative_to(site)}: raw TeX left: {TEX_LEFT.search(body).group()!r}")
        if re.search(r"<script[^>]+mathjax", html, re.I):
            problems.append(f"{path.relative_to(site)}: loads a MathJax script")
    assert not problems, "\n".join(problems)


def test_math_pages_link_the_stylesheet_and_its_fonts_are_served(site):
    pages = _math_pages(site)
    assert len(pages) >= 15  # concept pages, tutorials and glossary entries with formulas
    for page in pages:
        assert "stylesheets/math.css" in page.read_text(encoding="utf-8"), page
    assert "stylesheets/math.css" not in (site / "index.html").read_text(encoding="utf-8")
    css = (site / "assets" / "stylesheets" / "math.css").read_text(encoding="utf-8")
    fonts = re.findall(r'url\("([^"]+\.woff)"\)', css)
    assert fonts and "mjx-assistive-mml" in css
    for font in fonts:
        assert (site / "assets" / "stylesheets" / font).resolve().is_file(), font


# --- in the browser ---------------------------------------------------------------------------


def test_formulas_are_drawn_with_mathjax_fonts_and_read_as_mathml(visit):
    page = visit.open("concepts/gradient-descent/")
    page.evaluate("document.fonts.ready")
    drawn = page.evaluate(
        """() => [...document.querySelectorAll('mjx-container')].map(c => {
             const box = c.querySelector('mjx-math').getBoundingClientRect();
             return box.width > 0 && box.height > 0; })"""
    )
    assert drawn and all(drawn)
    loaded = "[...document.fonts].some(f => f.family.startsWith('MJXTEX') && f.status === 'loaded')"
    assert page.evaluate(loaded)
    assert page.locator("mjx-assistive-mml math").count() == len(drawn)
    assert not [url for url in visit.requested if url.endswith(".js") and "mathjax" in url.lower()]
    visit.assert_clean()


PRINTED = ["concepts/gradient-descent/", "concepts/tensors/", "tutorials/backprop_by_hand/"]


@pytest.mark.parametrize("path", PRINTED)
def test_printing_right_after_load_shows_the_formulas(visit, path):
    """Printed 0.3 s after opening, the page used to show raw TeX or blank formulas."""
    page = visit.open(path)
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => [...document.querySelectorAll('mjx-container')]
             .filter(c => c.querySelector('mjx-math').getBoundingClientRect().width === 0).length"""
    )
    assert hidden == 0
    pdf = page.pdf()
    assert b"MathJax_" in pdf, "the printed formulas are not drawn with the math fonts"
    visit.assert_clean()
