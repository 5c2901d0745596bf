"""What a reader sees, on a phone (390 px) and a desktop (1280 px): notebook cells as wide as
the column, copy buttons clear of the code, snippet blocks that work inside admonitions, and
a 404 page whose links are right. Browser tests skip without Chromium (fail under CI=true)."""

import re

import pytest
import snippet_blocks
from conftest import ROOT

WIDTHS = [390, 1280]

# For every copy button (Material's and mkdocs-jupyter's): its name, and the first text of its
# code block whose box it overlaps, if any.
COPY_BUTTONS = """() => [...document.querySelectorAll("button.md-code__button, clipboard-copy")]
  .filter(button => button.getBoundingClientRect().width)
  .map(button => {
    const box = button.getBoundingClientRect();
    const code = button.closest(".highlight, .jp-InputArea-editor").querySelector("pre code, pre");
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.width && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top)
          return {name: button.getAttribute("aria-label"), covers: node.textContent.slice(0, 40)};
    }
    return {name: button.getAttribute("aria-label"), covers: null};
  })"""


def open_at(browser, served_site, width, path):
    from conftest import Visit

    tab = Visit(browser, served_site, viewport={"width": width, "height": 900})
    page = tab.open(path)
    scroll_through(page)
    return tab, page


def scroll_through(page):
    """Scroll down the page a screen at a time: Material adds a code block's copy button, and
    the browser draws a block (content-visibility), as it comes into view."""
    page.evaluate(
        """async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await new Promise(done => setTimeout(done, 50));
          }
        }"""
    )
    page.wait_for_timeout(300)


@pytest.mark.parametrize("width", WIDTHS)
def test_notebook_cells_use_the_full_column(browser, served_site, width):
    tab, page = open_at(browser, served_site, width, "tutorials/first_network/")
    try:
        column = page.locator("article.md-content__inner").bounding_box()["width"]
        cells = page.evaluate(
            """() => [...document.querySelectorAll('.jp-CodeCell .highlight-ipynb, .jp-OutputArea-output')]
                .map(e => e.getBoundingClientRect().width)"""
        )
        assert cells
        narrow = [round(w) for w in cells if w < column - 4]
        assert not narrow, f"at {width} px the column is {column:.0f} px but cells are {narrow[:5]} px wide"
        if width >= 1280:  # model.summary(): the last column ("Param #") shows without scrolling
            summary = page.locator(".jp-OutputArea-output pre", has_text="Param #").first
            scroll, client = summary.evaluate("e => [e.scrollWidth, e.clientWidth]")
            assert scroll <= client, f"model.summary() needs {scroll} px, has {client} px"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        tab.assert_clean()
    finally:
        tab.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "path", ["concepts/tensors/", "concepts/symbolic-computation/", "tutorials/first_network/"]
)
def test_copy_buttons_are_named_and_cover_no_code(browser, served_site, width, path):
    tab, page = open_at(browser, served_site, width, path)
    try:
        buttons = page.evaluate(COPY_BUTTONS)
        assert buttons, f"no copy button on {path}"
        # Material adds a block's button as the block comes into view (content.lazy): a block in a
        # tab not chosen gets its button when the reader opens that tab.
        blocks = page.locator(".md-typeset .highlight pre > code:visible").count()
        material = page.locator("button.md-code__button:visible").count()
        assert material == blocks, f"{path}: {blocks} code blocks but {material} copy buttons"
        tab_label = page.locator(".tabbed-labels > label:not(:first-child):visible").first
        if tab_label.count():
            tab_label.click()  # linked tabs: every block of that backend on the page is shown
            for code in page.locator(".md-typeset .highlight pre > code:visible").all():
                code.scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            shown = page.locator(".md-typeset .highlight pre > code:visible").count()
            with_button = page.locator("button.md-code__button:visible").count()
            assert with_button == shown, f"{path}: an opened tab's code has no copy button"
        unnamed = [b for b in buttons if not b["name"]]
        assert not unnamed, f"{len(unnamed)} copy buttons on {path} have no aria-label"
        covering = [b["covers"] for b in buttons if b["covers"]]
        assert not covering, f"at {width} px copy buttons on {path} cover code: {covering[:5]}"
    finally:
        tab.close()


def _render(markdown: str) -> str:
    """Markdown through snippet_blocks and the site's own Markdown extensions."""
    import markdown as md
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    text = snippet_blocks.expand(markdown, "concepts/x.md", "docs/concepts/x.md")
    return md.markdown(text, extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


@pytest.mark.parametrize(
    "markdown",
    [
        '!!! warning "Careful"\n    Text.\n\n    ```snippet\n    tensors/axis_sum\n    ```\n\n    After.\n',
        '=== "Tab"\n\n    ```snippet\n    tensors/axis_sum\n    ```\n',
        "- An item:\n\n    ```snippet\n    tensors/axis_sum\n    ```\n",
        "```snippet\ntensors/axis_sum\n```\n",
    ],
    ids=["admonition", "tab", "list", "top-level"],
)
def test_snippet_block_renders_anywhere(markdown):
    html = _render(markdown)
    assert "&lt;" not in html and "markdown>" not in html and "///" not in html, html
    assert not re.search(r"<p>\s*<(p|div)\b", html), f"a block inside a paragraph:\n{html}"
    assert re.search(r'<div class="snippet">\s*<div class="highlight"><span class="filename">snippets/', html)
    assert (
        '<p class="snippet-run">Run it yourself: <code>python -m snippets run tensors/axis_sum</code></p>'
        in html
    )


def test_built_admonition_snippets_are_well_formed(site):
    for page in ["concepts/tensors", "concepts/image-data-formats"]:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        admonitions = re.findall(r'<div class="admonition[^"]*">.*?<p class="snippet-run">', html, re.S)
        assert admonitions, f"{page}: no snippet inside an admonition any more; update this test"
        assert "markdown>" not in html and "</p></p>" not in html, page


def test_404_links_have_no_double_slash(site):
    html = (site / "404.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)">(?:home page|glossary)</a>', html)
    assert links == ["/keras-concepts/", "/keras-concepts/glossary/"], links


def test_no_page_is_wider_than_a_phone(browser, site, served_site):
    """At 390 px nothing widens the page: long formulas, tables and code scroll in their own box."""
    from conftest import Visit

    pages = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html"))
    tab = Visit(browser, served_site, viewport={"width": 390, "height": 800})
    wide = []
    try:
        for path in pages:
            path = "" if path == "." else path + "/"
            page = tab.open(path)
            # Drawn in full: a block drawn only near the screen would clip what overflows it.
            page.add_style_tag(content="* { content-visibility: visible !important; }")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 390:
                culprit = page.evaluate(
                    """() => { let found = null;
                      for (const el of document.querySelectorAll('article *'))
                        if (el.getBoundingClientRect().right > 391) { found = el; break; }
                      return found ? found.outerHTML.slice(0, 120) : '?'; }"""
                )
                wide.append(f"/{path}: {width} px wide, first past the edge: {culprit}")
        tab.assert_clean()
    finally:
        tab.close()
    assert not wide, "\n".join(wide)
