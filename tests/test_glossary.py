"""The glossary records are complete and consistent, and terms link in any language."""

import glossary
import pytest


def test_records_are_complete_and_related_terms_exist():
    try:
        terms = glossary.load_terms()
    except ValueError as exc:
        raise AssertionError(str(exc)) from None
    assert len(terms) >= 5


@pytest.fixture(scope="module")
def urls():
    """The linker set up from the real records; maps each slug to its entry's URL."""
    glossary.on_config(
        {
            "docs_dir": str(glossary.ROOT / "docs"),
            "config_file_path": str(glossary.ROOT / "mkdocs.yml"),
            "plugins": {},
        }
    )
    return {slug: f"glossary/{slug}/" for slug in glossary._terms}


def test_chinese_terms_are_linked_inside_chinese_text(urls):
    html, used = glossary.link_terms("<p>张量的每一个维度都有长度。</p>", "concepts/tensors/", urls)
    assert used == {"tensor"}
    assert '<a class="glossary-link" href="../../glossary/tensor/"' in html
    assert ">张量</a>的每一个" in html


def test_only_the_first_use_is_linked_and_code_and_math_are_left_alone(urls):
    html, used = glossary.link_terms(
        '<p><code>tensor</code> and <span class="arithmatex">\\(tensor\\)</span>: Tensors, tensor.</p>',
        "concepts/x/",
        urls,
    )
    assert html.count("glossary-link") == 1
    assert ">Tensors</a>, tensor." in html
    assert used == {"tensor"}


def test_one_character_chinese_names_are_not_linked(urls):
    # 批 (batch) also stands inside 批评 (criticism): too ambiguous to link by matching text.
    html, used = glossary.link_terms("<p>批评</p>", "concepts/x/", urls)
    assert used == set()


def test_a_term_broken_over_two_lines_is_still_found(urls):
    html, used = glossary.link_terms("<p>We use gradient\n  descent here.</p>", "concepts/x/", urls)
    assert used == {"gradient-descent"}
    assert ">gradient\n  descent</a> here." in html


def test_a_link_written_by_the_author_counts_as_the_use(urls):
    html, used = glossary.link_terms(
        '<p><a href="../../glossary/tensor/">Tensors</a> hold numbers; a tensor has axes.</p>',
        "concepts/x/",
        urls,
    )
    assert used == {"tensor", "axis"}
    assert html.count("glossary-link") == 1  # only "axes"; the tensor was linked already
