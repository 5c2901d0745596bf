"""The site in headless Chromium, as a reader sees it, with every request to another host blocked.

Needs a Chromium (Debian's `chromium` package, or `playwright install chromium`); without one
these tests skip, except under CI=true, where they fail. One browser serves the whole session.
"""

import json
from urllib.parse import urljoin

import nbformat
import notebooks
import pytest

PAGES = ["", "glossary/", "glossary/tensor/", "concepts/tensors/", "tutorials/first_network/"]


@pytest.mark.parametrize("ci", ["", "true"])
def test_missing_browser_skips_locally_and_fails_in_ci(monkeypatch, ci):
    from conftest import _unavailable

    monkeypatch.setenv("CI", ci)
    expected = pytest.fail.Exception if ci else pytest.skip.Exception
    with pytest.raises(expected, match="no Chromium"):
        _unavailable("no Chromium found")


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly_and_only_from_this_site(visit, path):
    page = visit.open(path)
    page.wait_for_load_state("networkidle")
    assert page.title()
    visit.assert_clean()


# ---- Term cards (overrides/assets/javascripts/glossary-cards.js) --------------------------------

EDITIONS = {"en": ("", ".", "Read the entry"), "zh": ("zh/", "。", "查看词条")}


def _term(page):
    """The first term linked in the page's running text, scrolled to the middle of the screen."""
    link = page.locator("article p a.glossary-link").first
    link.evaluate("link => link.scrollIntoView({block: 'center'})")
    return link


def _assert_card_for(page, link, edition: str) -> None:
    """The card is open for this term, in the page's language, and hides neither the term's
    line nor anything past the screen's edges."""
    _, full_stop, more = EDITIONS[edition]
    card = page.locator(".glossary-card")
    card.wait_for(state="visible", timeout=5_000)
    definition = page.evaluate(
        "id => document.getElementById(id).textContent", link.get_attribute("aria-describedby")
    )
    text = card.inner_text()
    assert definition.endswith(full_stop) and definition in text, text
    assert card.locator("strong").count() == 1 and " · " in text  # both names
    entry = card.get_by_role("link", name=more, include_hidden=True)
    assert entry.get_attribute("href") == link.get_attribute("href")
    term, box = link.bounding_box(), card.bounding_box()
    assert box["y"] >= term["y"] + term["height"] or box["y"] + box["height"] <= term["y"], (term, box)
    width = page.evaluate("document.documentElement.clientWidth")
    assert 0 <= box["x"] and box["x"] + box["width"] <= width, (box, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # the page did not widen


def _viewport(width: int) -> dict:
    return {"width": width, "height": 800}


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("edition", EDITIONS)
def test_term_card_opens_on_hover_and_a_click_opens_the_entry(visit, edition, width):
    visit.page.set_viewport_size(_viewport(width))
    page = visit.open(EDITIONS[edition][0] + "concepts/tensors/")
    link = _term(page)
    href = link.get_attribute("href")
    assert link.get_attribute("title") is None  # no native tooltip besides the card
    link.hover()
    _assert_card_for(page, link, edition)
    card = page.locator(".glossary-card").bounding_box()
    page.mouse.move(card["x"] + card["width"] / 2, card["y"] + card["height"] / 2)  # onto the card
    page.wait_for_timeout(600)  # longer than the delay before a card closes
    assert page.locator(".glossary-card").is_visible(), "the card closed under the pointer"
    page.mouse.move(1, page.viewport_size["height"] - 1)  # away from the term and the card
    page.locator(".glossary-card").wait_for(state="detached", timeout=5_000)
    link.click()
    page.wait_for_url("**/glossary/" + href.rstrip("/").rsplit("/", 1)[-1] + "/")
    visit.assert_clean()


@pytest.mark.parametrize("edition", EDITIONS)
def test_term_card_opens_on_keyboard_focus_and_escape_closes_it(visit, edition):
    page = visit.open(EDITIONS[edition][0] + "concepts/tensors/")
    link = _term(page)
    # Tab onto the term from the element before it, as a keyboard user does.
    page.evaluate(
        """link => {
             const all = [...document.querySelectorAll('a[href], button, input, [tabindex]')]
               .filter(e => e.tabIndex >= 0 && e.offsetParent !== null);
             all[all.indexOf(link) - 1].focus(); }""",
        link.element_handle(),
    )
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('glossary-link')")
    _assert_card_for(page, link, edition)
    page.keyboard.press("Escape")
    page.locator(".glossary-card").wait_for(state="detached", timeout=5_000)
    assert page.evaluate("document.activeElement.classList.contains('glossary-link')")  # focus stays
    page.keyboard.press("Enter")  # a key follows the link at once
    page.wait_for_url("**/glossary/**")
    visit.assert_clean()


def _touch_tab(browser, base_url: str):
    from conftest import Visit

    return Visit(browser, base_url, has_touch=True, is_mobile=True, viewport=_viewport(390))


@pytest.mark.parametrize("edition", EDITIONS)
def test_term_card_on_a_touch_screen(browser, served_site, edition):
    """First tap: the card, not the entry; a tap elsewhere closes it; a second tap on the term, or
    a tap on the card's link, opens the entry."""
    tab = _touch_tab(browser, served_site)
    try:
        path = EDITIONS[edition][0] + "concepts/tensors/"
        page = tab.open(path)
        link = _term(page)
        link.tap()
        _assert_card_for(page, link, edition)
        assert page.url.endswith(path), "the first tap left the page"
        heading = page.locator("article h1").bounding_box()
        page.touchscreen.tap(heading["x"] + 5, heading["y"] + heading["height"] / 2)  # elsewhere
        page.locator(".glossary-card").wait_for(state="detached", timeout=5_000)
        link.tap()
        _assert_card_for(page, link, edition)
        link.tap()  # the second tap on the term
        page.wait_for_url("**/glossary/**")
        page.go_back()
        link = _term(page)
        link.tap()
        page.locator(".glossary-card a").tap()
        page.wait_for_url("**/glossary/**")
        tab.assert_clean()
    finally:
        tab.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_open_term_card_passes_axe(visit, scheme):
    from conftest import AXE, _unavailable

    if not AXE.exists():
        _unavailable("axe-core is not installed (tools/node_modules/axe-core): run `npm ci` in tools/")
    page = visit.open("concepts/tensors/")
    if scheme == "dark":
        page.locator("form[data-palette] label:visible").first.click()
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    link = _term(page)
    link.hover()
    page.locator(".glossary-card").wait_for(state="visible", timeout=5_000)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    # The card, and the terms of the page (the one hovered takes the accent colour); the rest of
    # the page is tests/test_accessibility.py's.
    result = page.evaluate(
        "axe.run({include: [['.glossary-card'], ['article a.glossary-link']]}, {resultTypes: ['violations']})"
    )
    serious = [
        f"{v['id']}: {v['nodes'][0]['html'][:160]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, serious
    # Terms are told apart from other links by their dotted underline (docs/index.md says so).
    style = link.evaluate("link => getComputedStyle(link).textDecorationStyle")
    assert style == "dotted", style
    visit.assert_clean()


def test_dark_mode_toggles_and_persists(visit):
    page = visit.open("")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("form[data-palette] label:visible").first.click()
    page.wait_for_function(f"{scheme} === 'slate'")
    page = visit.open("glossary/")  # another page
    assert page.evaluate(scheme) == "slate"
    page.reload()
    assert page.evaluate(scheme) == "slate"
    visit.assert_clean()


@pytest.mark.parametrize("query", ["overfitting", "过拟合"])
def test_search_finds_the_glossary_entry(visit, query):
    page = visit.open("")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material searches on key events
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10_000)
    hrefs = [a.get_attribute("href") for a in page.locator(".md-search-result__item > a").all()]
    assert any("/glossary/overfitting/" in href for href in hrefs[:3]), hrefs
    assert "Overfitting" in page.locator(".md-search-result").inner_text()
    visit.assert_clean()


def test_notebook_download_link_serves_a_valid_notebook(visit):
    stems = [p.stem for p in notebooks.sources()]
    assert stems
    page = visit.open(f"tutorials/{stems[0]}/")
    link = page.locator("a.notebook-download[download]")
    href = link.get_attribute("href")
    assert href.endswith(".ipynb")
    with page.expect_download() as info:
        link.click()
    path = info.value.path()
    notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    nbformat.validate(notebook)
    assert any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
    response = page.request.get(urljoin(page.url, href))
    assert response.ok and json.loads(response.body())["nbformat"] == 4
    visit.assert_clean()


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory, site):  # after `site`, so the notebooks have run
    from conftest import build_site

    site_dir = tmp_path_factory.mktemp("site-offline")
    mp = pytest.MonkeyPatch()
    mp.setenv("OFFLINE", "true")
    try:
        build_site(site_dir)
    finally:
        mp.undo()
    return site_dir


def test_term_cards_work_from_disk(browser, offline_site):
    """From file://, where a script cannot fetch(): the card's data is in the page itself."""
    tab = _touch_tab(browser, offline_site.as_uri() + "/")
    try:
        for path, edition in [("concepts/tensors.html", "en"), ("zh/concepts/tensors.html", "zh")]:
            page = tab.open(path)
            link = _term(page)
            link.tap()
            _assert_card_for(page, link, edition)
            link.tap()
            page.wait_for_url("**/glossary/*.html")
        tab.assert_clean()
    finally:
        tab.close()


def _search_and_open(page, query: str, href: str, url: str) -> None:
    """Type a query into the search box, open the result whose link contains href, land on url."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    page.locator(".md-search-result__item > a").first.wait_for(timeout=10_000)
    page.locator(f'.md-search-result__item > a[href*="{href}"]').first.click()
    page.wait_for_url(f"**/{url}*")


def test_offline_copy_holds_the_chinese_edition_with_switch_and_search(browser, offline_site):
    """From file://, the language menu reaches the Chinese page and Chinese search works."""
    from conftest import Visit

    assert (offline_site / "zh" / "search" / "search_index.js").exists()
    tab = Visit(browser, offline_site.as_uri() + "/")
    try:
        page = tab.open("concepts/tensors.html")
        page.locator(".md-header__option .md-select button").click()
        page.locator('.md-select__link[hreflang="zh-Hans"]').click()
        page.wait_for_url("**/zh/concepts/tensors.html")
        _search_and_open(page, "过拟合", "glossary/overfitting.html", "zh/glossary/overfitting.html")
        assert "过拟合" in page.locator("h1").inner_text()
        tab.assert_clean()
    finally:
        tab.close()


def test_offline_profile_works_from_disk(browser, offline_site):
    """OFFLINE=true builds a site to read from file://: pages, math and search all work."""
    from conftest import Visit

    assert (offline_site / "search" / "search_index.js").exists()
    tab = Visit(browser, offline_site.as_uri() + "/")
    try:
        page = tab.open("concepts/tensors.html")
        assert page.locator("mjx-container mjx-math").first.bounding_box()["width"] > 0
        _search_and_open(page, "overfitting", "glossary/overfitting.html", "glossary/overfitting.html")
        assert "Overfitting" in page.locator("h1").inner_text()
        tab.assert_clean()
    finally:
        tab.close()


@pytest.mark.parametrize("path, answer", [("concepts/tensors/", "Answer"), ("zh/concepts/tensors/", "答案")])
def test_an_exercise_keeps_its_answer_folded_until_asked(visit, path, answer):
    page = visit.open(path)
    exercise = page.locator("#predict-the-output ~ .exercise").first
    exercise.scroll_into_view_if_needed()
    assert exercise.locator(".exercise-question").is_visible()
    output = exercise.locator("details .highlight").first  # the recorded output
    assert not output.is_visible()
    exercise.locator(f"details > summary:has-text('{answer}')").click()
    output.wait_for(state="visible")
    assert "(2, 4)" in output.inner_text()
    visit.assert_clean()
