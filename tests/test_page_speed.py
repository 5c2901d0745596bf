"""What keeps pages light on a phone (ARCHITECTURE.md, "Page speed") without changing what a
reader sees: code without its invisible token spans, and the light/dark toggle run by the
site's own script. Scores and timings are measured by `python dev.py bench`, never here."""

import re

import code_spans
import pytest


def test_name_and_whitespace_spans_go_and_their_text_stays():
    html = (
        '<p><span class="n">kept outside code</span></p>'
        '<pre><span></span><code><span class="n">x</span><span class="w"> </span>'
        '<span class="o">=</span> <span class="n">np</span><span class="o">.</span>'
        '<span class="n">sum</span><span class="p">(</span><span class="n">a</span><span class="p">)</span>'
        "</code></pre>"
    )
    assert code_spans.unwrap(html) == (
        '<p><span class="n">kept outside code</span></p>'
        '<pre><code>x <span class="o">=</span> np<span class="o">.</span>'
        'sum<span class="p">(</span>a<span class="p">)</span></code></pre>'
    )


def test_built_code_has_no_name_or_whitespace_spans(site):
    left = []
    for path in sorted(site.rglob("*.html")):
        for pre in re.findall(r"<pre\b.*?</pre>", path.read_text(encoding="utf-8"), re.S):
            if re.search(r'<span class="[nw]">', pre):
                left.append(str(path.relative_to(site)))
                break
    assert not left, f"hooks/code_spans.py did not run on: {left[:5]}"


# A name span, put back into a code block, must look like the code around it; if a theme update
# gives names a colour of their own, hooks/code_spans.py has to keep the `n` spans again.
SAME_LOOK = """(selector) => {
  const code = document.querySelector(selector);
  const span = document.createElement("span");
  span.className = "n";
  span.textContent = "name";
  code.prepend(span);
  const differ = ["color", "fontWeight", "fontStyle", "textDecorationLine", "backgroundColor"]
    .filter(key => getComputedStyle(span)[key] !== getComputedStyle(code)[key]
      && !(key === "backgroundColor" && getComputedStyle(span)[key] === "rgba(0, 0, 0, 0)"));
  span.remove();
  return differ;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path, selector",
    [
        ("concepts/tensors/", ".md-typeset .highlight pre > code"),
        ("tutorials/first_network/", ".highlight-ipynb pre"),
    ],
    ids=["markdown", "notebook"],
)
def test_the_theme_draws_a_name_like_the_code_around_it(browser, served_site, scheme, path, selector):
    from conftest import Visit

    tab = Visit(browser, served_site, color_scheme=scheme)
    try:
        page = tab.open(path)
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
            "slate" if scheme == "dark" else "default"
        )
        assert page.evaluate(SAME_LOOK, selector) == [], f"on /{path} ({scheme}), names now look different"
        tab.assert_clean()
    finally:
        tab.close()


def test_toggle_follows_the_system_and_sets_the_page_colour_scheme(browser, served_site):
    """The first visit follows the system's preference; a choice is kept across pages; the
    color-scheme meta tag (scroll bars, form controls) and the visible button follow."""
    from conftest import Visit

    tab = Visit(browser, served_site, color_scheme="dark")
    try:
        page = tab.open("concepts/tensors/")
        state = """() => [document.body.getAttribute('data-md-color-scheme'),
          document.querySelector('meta[name=color-scheme]').content,
          [...document.querySelectorAll('form[data-palette] label')]
            .filter(label => !label.hidden).map(label => label.htmlFor)]"""
        assert page.evaluate(state) == ["slate", "dark", ["__palette_0"]]
        page.locator("form[data-palette] input:checked").focus()
        page.keyboard.press("Enter")  # as in Material: Enter switches to the next scheme
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
        assert page.evaluate(state) == ["default", "light", ["__palette_1"]]
        page = tab.open("glossary/")
        assert page.evaluate(state) == ["default", "light", ["__palette_1"]]
        assert not page.evaluate("document.body.hasAttribute('data-md-color-switching')")
        tab.assert_clean()
    finally:
        tab.close()


def test_benchmark_measures_the_slowest_page_of_each_kind_and_chinese_pages_once_built(tmp_path):
    from tools.benchmark import measured_pages

    def page(path: str, html: str) -> None:
        (tmp_path / path).mkdir(parents=True, exist_ok=True)
        (tmp_path / path / "index.html").write_text(html, encoding="utf-8")

    math, elements = "<mjx-container></mjx-container>" * 5, "<p></p>" * 50
    for path in ["", "glossary/", "concepts/tensors/", "tutorials/first_network/"]:
        page(path, "<p></p>")
    page("glossary/long/", elements)
    page("concepts/math/", math)
    page("concepts/long/", elements)
    page("tutorials/long/", elements)
    page("tutorials/figures/", "<img>" + "x" * 10_000)
    english = [
        "",
        "glossary/",
        "glossary/long/",
        "concepts/math/",
        "concepts/long/",
        "concepts/tensors/",
        "tutorials/long/",
        "tutorials/figures/",
        "tutorials/first_network/",
    ]
    assert measured_pages(tmp_path) == english
    page("zh/", "<p></p>")
    page("zh/concepts/math/", math)
    page("zh/tutorials/long/", elements)
    assert measured_pages(tmp_path) == [*english, "zh/", "zh/concepts/math/", "zh/tutorials/long/"]
