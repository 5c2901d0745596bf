"""The glossary records are complete and consistent, and terms link in any language."""

import re

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


def test_a_false_friend_is_not_linked_but_the_term_after_it_is(urls):
    html, used = glossary.link_terms(
        "<p>Despite its name, logistic regression classifies; regression predicts a number.</p>",
        "concepts/x/",
        urls,
    )
    assert used == {"regression"}
    assert "logistic regression classifies" in html
    assert ">regression</a> predicts" in html


@pytest.mark.parametrize(
    "text",
    [
        "<p>Updates on a logarithmic axis.</p>",
        "<p>Keras leans on a few language\n  features of Python.</p>",
        "<p>Logistic regressions are old.</p>",
        "<p>特征值就是 eigenvalue。</p>",
    ],
    ids=["log-axis", "line-break", "plural", "chinese"],
)
def test_false_friends_leave_the_term_unlinked(urls, text):
    html, used = glossary.link_terms(text, "concepts/x/", urls)
    assert "glossary-link" not in html, html


def test_the_most_specific_term_wins_over_a_term_inside_it(urls):
    html, used = glossary.link_terms(
        "<p>Batch gradient descent differs; batch gradient descent again, then gradient descent.</p>",
        "concepts/x/",
        urls,
    )
    assert used == {"batch-gradient-descent", "gradient-descent"}
    assert ">Batch gradient descent</a> differs; batch gradient descent again" in html
    assert ">gradient descent</a>." in html


def test_an_author_can_say_do_not_link_here(urls):
    import markdown

    html, used = glossary.link_terms(
        '<p>The <span class="nolink">shape</span> of the data; a tensor shape.</p>', "concepts/x/", urls
    )
    assert '<span class="nolink">shape</span> of the data' in html
    assert ">shape</a>." in html
    # A whole paragraph, with attr_list (enabled in mkdocs.yml), as CONTRIBUTING.md shows it.
    paragraph = markdown.markdown("The shape of things.\n{ .nolink }", extensions=["attr_list"])
    assert paragraph == '<p class="nolink">The shape of things.</p>'
    assert glossary.link_terms(paragraph, "concepts/x/", urls)[1] == set()


# Phrases the expert review found linked in the wrong sense (issue 7); [the term] is marked.
WRONG_SENSES = {
    "concepts/gradient-descent/index.html": "logarithmic [axis]",
    "concepts/models/index.html": "[shape] of the famous iris",
    "concepts/python-for-keras/index.html": "language [features]",
    "tutorials/overfitting/index.html": "logistic [regression]",
}


@pytest.mark.parametrize("page", WRONG_SENSES)
def test_words_used_in_another_sense_are_not_linked_in_the_site(site, page):
    before, term, after = re.split(r"\[(.*)\]", WRONG_SENSES[page])

    def words(text):
        return r"\s+".join(map(re.escape, text.split()))

    html = (site / page).read_text(encoding="utf-8")
    gap_before, gap_after = (r"\s+" if before else ""), (r"\s+" if after else "")
    # The term as plain text, or wrapped by its author in <span class="nolink">.
    term_text = r'(?:<span class="nolink">)?' + words(term) + "(?:</span>)?"
    plain = words(before) + gap_before + term_text + gap_after + words(after)
    assert re.search(plain, html), f"{page} no longer says {WRONG_SENSES[page]!r}: update this test"
    linked = words(before) + gap_before + r'<a class="glossary-link"[^>]*>' + words(term) + "</a>"
    assert not re.search(linked + gap_after + words(after), html), f"{page} links {WRONG_SENSES[page]}"
