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


@pytest.mark.parametrize("path, full_stop", [("concepts/tensors/", "."), ("zh/concepts/tensors/", "。")])
def test_glossary_tooltip_on_a_term_in_running_text(visit, path, full_stop):
    page = visit.open(path)
    link = page.locator("article p a.glossary-link").first
    definition = link.get_attribute("title") or link.get_attribute("data-title")
    link.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(timeout=5_000)
    assert tooltip.inner_text().strip() == (definition or tooltip.inner_text().strip())
    assert tooltip.inner_text().strip().endswith(full_stop)  # the definition in the page's language
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
