"""The two editions: English at the root, Chinese under /zh/, each page with its twin.

What a reader notices: every page exists in both languages at the same slug, the language menu
goes to the same page in the other edition and back, Chinese pages say they are Chinese, the
Chinese tutorials show exactly the English run's outputs, and search engines are told which page
translates which.
"""

import json
import re

import pytest

CJK = re.compile(r"[\u4e00-\u9fff]")


def _pages(root):
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("index.html")
        if "zh" not in p.relative_to(root).parts[:1]
    }


def test_every_english_page_has_a_chinese_twin_at_the_same_slug(site):
    english, chinese = _pages(site), _pages(site / "zh")
    assert len(english) > 90
    assert english == chinese, (
        f"only in English: {sorted(english - chinese)}; only in Chinese: {sorted(chinese - english)}"
    )


def test_pages_declare_their_language(site):
    for page in _pages(site):
        english = (site / page).read_text(encoding="utf-8")
        chinese = (site / "zh" / page).read_text(encoding="utf-8")
        assert '<html lang="en"' in english, page
        assert '<html lang="zh-Hans"' in chinese, f"zh/{page}"
        # The Chinese page is in Chinese: its title and most of its text.
        title = re.search(r"<h1[^>]*>(.*?)</h1>", chinese, re.S)[1]
        assert CJK.search(title), f"zh/{page}: title {title!r} has no Chinese"


def test_the_chinese_edition_has_chinese_menus_site_name_and_search_box(site):
    html = (site / "zh" / "concepts" / "tensors" / "index.html").read_text(encoding="utf-8")
    assert "<title>张量与轴" in html and "Keras 概念</title>" in html
    assert 'placeholder="搜索"' in html
    assert ">概念<" in html.replace("\n", "").replace(" ", "") and "自己运行" in html
    assert "Run it yourself" not in html


def test_the_sitemap_lists_both_editions_with_their_twins(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>(.*?)</loc>", sitemap)
    base = "https://keras-concepts.github.io/keras-concepts/"
    assert f"{base}concepts/tensors/" in locs and f"{base}zh/concepts/tensors/" in locs
    assert len(locs) == 2 * len(_pages(site))
    entry = re.search(rf"<url><loc>{base}zh/concepts/tensors/</loc>.*?</url>", sitemap)[0]
    assert f'hreflang="en" href="{base}concepts/tensors/"' in entry
    assert f'hreflang="zh-Hans" href="{base}zh/concepts/tensors/"' in entry


@pytest.mark.parametrize("stem", ["first_network", "overfitting"])
def test_a_chinese_tutorial_shows_the_english_outputs_with_chinese_text(site, stem):
    english = json.loads((site / "tutorials" / stem / f"{stem}.ipynb").read_text(encoding="utf-8"))
    chinese = json.loads((site / "zh" / "tutorials" / stem / f"{stem}.ipynb").read_text(encoding="utf-8"))

    def code(nb):
        return [(c["source"], c["outputs"]) for c in nb["cells"] if c["cell_type"] == "code"]

    assert code(chinese) == code(english)  # the same code, run once, the same outputs
    markdown = "".join("".join(c["source"]) for c in chinese["cells"] if c["cell_type"] == "markdown")
    assert len(CJK.findall(markdown)) > 500  # the download is the Chinese notebook
    # The page shows those outputs too, with the English anchors for its headings.
    page = (site / "zh" / "tutorials" / stem / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'<h2 id="([^"]*)"', page)
    assert (
        ids
        and all(ids)
        and ids
        == re.findall(
            r'<h2 id="([^"]*)"', (site / "tutorials" / stem / "index.html").read_text(encoding="utf-8")
        )
    )


def test_the_language_menu_goes_to_the_same_page_and_back(visit):
    page = visit.open("concepts/tensors/#rank-and-shape")
    page.set_viewport_size({"width": 390, "height": 800})  # on a phone too
    page.locator(".md-header__option .md-select button").click()
    page.locator('.md-select__link[hreflang="zh-Hans"]').click()
    page.wait_for_url("**/zh/concepts/tensors/")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert "张量" in page.locator("h1").inner_text()
    page.locator(".md-header__option .md-select button").click()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_url("**/keras-concepts/concepts/tensors/")
    assert page.locator("h1").inner_text().startswith("Tensors")
    visit.assert_clean()


@pytest.mark.parametrize(
    "path", ["zh/", "zh/concepts/tensors/", "zh/tutorials/first_network/", "zh/glossary/"]
)
def test_chinese_pages_load_cleanly_and_only_from_this_site(visit, path):
    page = visit.open(path)
    page.wait_for_load_state("networkidle")
    assert CJK.search(page.title())
    visit.assert_clean()
