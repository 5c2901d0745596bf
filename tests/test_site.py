"""The built site, as a reader gets it: strict build, working links, real output, no CDN."""

import json
import re
import subprocess
from pathlib import Path

import checks
import nbformat
import notebooks
import pytest
from conftest import ROOT

from snippets import runner


def test_every_code_block_comes_from_snippets():
    problems = checks.hand_typed_blocks(ROOT / "docs")
    assert not problems, "\n".join(problems)


def test_every_code_block_in_the_site_comes_from_a_snippet_or_a_notebook(site):
    problems = checks.code_not_from_a_run(site, ROOT / "docs")
    assert not problems, "\n".join(problems)


def test_every_concept_page_ends_with_exercises():
    problems = checks.missing_exercises(ROOT / "docs")
    assert not problems, "\n".join(problems)


def test_every_page_is_in_the_nav():
    problems = checks.pages_not_in_nav(ROOT)
    assert not problems, "\n".join(problems)


def test_every_pinned_requirement_is_used():
    problems = checks.unused_requirements(ROOT)
    assert not problems, "\n".join(problems)


def test_every_snippet_is_shown_somewhere():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    unused = [
        s.relpath
        for s in runner.discover()
        if not re.search(
            rf"^\s*{re.escape(s.name)}\s*$|"
            rf"^snippet:\s*{re.escape(s.name)}\s*$",
            sources,
            re.M,
        )
    ]
    assert not unused, (
        f"not shown on any page: {', '.join(unused)}. Include each with a ```snippet block, "
        "or name it in a glossary record's 'snippet:' field, or delete it"
    )


def _config() -> dict:
    from mkdocs.utils.yaml import yaml_load  # understands !ENV and the other MkDocs tags

    return yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def test_links_and_anchors_resolve(site):
    problems = checks.broken_links(site, _config()["site_url"])
    assert not problems, "\n".join(problems)


def test_chinese_pages_stay_in_the_chinese_edition(site):
    problems = checks.links_leaving_edition(site, ROOT / "docs", _config()["site_url"])
    assert not problems, "\n".join(problems)


def test_pages_load_nothing_from_other_hosts(site):
    config = _config()
    problems = checks.third_party_requests(site, config["site_url"], config["repo_url"])
    assert not problems, "\n".join(problems)


def test_tensors_page_shows_code_output_and_math(site):
    html = (site / "concepts" / "tensors" / "index.html").read_text(encoding="utf-8")
    assert "snippets/tensors/axis_sum.py" in html
    recorded = runner.find("tensors/axis_sum").output_path.read_text(encoding="utf-8")
    for line in recorded.splitlines():  # the seed note's example: [4 6] and [3 7]
        assert line in html
    assert "python -m snippets run tensors/axis_sum" in html
    assert "<mjx-container" in html  # typeset when the site is built (tests/test_math.py)


def test_glossary_terms_are_linked_with_their_definition(site):
    html = (site / "concepts" / "tensors" / "index.html").read_text(encoding="utf-8")
    link = re.search(r'<a class="glossary-link" href="([^"]+)" aria-describedby="([^"]+)">tensor</a>', html)
    assert link, "the first 'tensor' in the Tensors page should link to its glossary entry"
    assert link.group(1) == "../../glossary/tensor/"
    assert re.search(rf'<span id="{link.group(2)}">A grid of numbers', html)  # its term card's text


def test_glossary_entry_lists_the_pages_that_use_it(site):
    html = (site / "glossary" / "tensor" / "index.html").read_text(encoding="utf-8")
    used_in = html.split('id="used-in"', 1)[1]
    assert "Tensors and axes" in used_in.split("</ul>", 1)[0]


def test_glossary_index_lists_every_term_a_to_z(site):
    html = (site / "glossary" / "index.html").read_text(encoding="utf-8")
    for slug in ("tensor", "axis", "batch", "epoch", "gradient-descent"):
        assert f'href="{slug}/"' in html
    assert html.index(">Axis<") < html.index(">Tensor<")


@pytest.mark.parametrize("source", notebooks.sources(), ids=lambda p: p.stem)
def test_tutorial_page_offers_the_executed_notebook(site, source):
    page = site / "tutorials" / source.stem / "index.html"
    download = page.parent / f"{source.stem}.ipynb"
    assert page.exists() and download.exists()
    nb = nbformat.read(download, as_version=4)
    nbformat.validate(nb)
    assert any(cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")
    html = page.read_text(encoding="utf-8")
    assert f'href="{source.stem}.ipynb" download' in html
    assert "No description has been provided" not in html  # every figure has its alt text


def test_search_index_has_chinese_terms_as_words(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"]]
    assert any(
        "张量" in title.split("\u200b") or "张量" in re.split(r"[\s\u200b]", title) for title in titles
    )


def test_pages_show_when_their_source_last_changed(site):
    source = "docs/concepts/tensors.md"
    try:
        expected = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", source],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no git here, so no dates")
    if not expected:
        pytest.skip(f"{source} has not been committed yet")
    html = (site / "concepts" / "tensors" / "index.html").read_text(encoding="utf-8")
    facts = html.split('class="md-source-file"', 1)[1][:1000]
    assert expected in facts


def test_404_page_exists(site):
    assert "Page not found" in (site / "404.html").read_text(encoding="utf-8")


def test_site_directory_has_no_python_sources(site):
    assert not list(Path(site, "tutorials").glob("*.py"))


def test_search_index_leaves_out_code_listings(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in index["docs"] if "<pre" in doc["text"]]
    tensors = " ".join(
        doc["text"] for doc in index["docs"] if doc["location"].startswith("concepts/tensors/")
    )
    assert "axis" in tensors  # the prose is still there


def test_tutorial_text_links_glossary_terms_but_code_does_not(site):
    html = (site / "tutorials" / "overfitting" / "index.html").read_text(encoding="utf-8")
    markdown_cells = html.split('class="jp-Cell jp-MarkdownCell')[1:]
    code_cells = html.split('class="jp-Cell jp-CodeCell')[1:]
    assert any("glossary-link" in cell.split('class="jp-Cell ')[0] for cell in markdown_cells)
    assert not any("glossary-link" in cell.split('class="jp-Cell ')[0] for cell in code_cells)
    entry = (site / "glossary" / "overfitting" / "index.html").read_text(encoding="utf-8")
    assert "Underfitting and overfitting" in entry.split('id="used-in"', 1)[1].split("</ul>")[0]
