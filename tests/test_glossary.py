"""The glossary records are complete and consistent, and terms link in any language."""

import re

import glossary
import pytest


def test_records_are_complete_and_related_terms_exist():
    try:
        terms = glossary.load_terms()
        glossary.load_translations(terms)  # each <slug>.zh.md: what the Chinese edition shows
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
        "<p>Sixteen feature maps.</p>",
        "<p>Do not confuse it with batch normalization.</p>",
        "<p>它就是逻辑回归。</p>",
        "<p>每个滤波器输出一张特征图。</p>",
        "<p>不要把它和批量归一化或批归一化混为一谈。</p>",
        "<p>The order comes from the dataset's own random generator.</p>",
        "<p>用一个自己的随机数生成器。</p>",
    ],
    ids=[
        "log-axis",
        "line-break",
        "plural",
        "chinese",
        "feature-map",
        "batch-norm",
        "logistic-regression-zh",
        "feature-map-zh",
        "batch-norm-zh",
        "random-generator",
        "random-generator-zh",
    ],
)
def test_false_friends_leave_the_term_unlinked(urls, text):
    html, used = glossary.link_terms(text, "concepts/x/", urls)
    assert "glossary-link" not in html, html


def test_a_chinese_name_inside_a_longer_word_links_the_whole_word(urls):
    # 分类器 (classifier) is an alias of 分类 (classification), as "classifier" is in English:
    # the link covers the word, not its first two characters.
    html, used = glossary.link_terms("<p>一个二分类器。</p>", "concepts/x/", urls)
    assert used == {"classification"}
    assert ">分类器</a>。" in html


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


@pytest.mark.parametrize(
    "name, expected",
    [
        ("权重", "quán zhòng"),  # 重 is also chóng
        ("超参数", "chāo cān shù"),  # 参 is also shēn
        ("学习率", "xué xí lǜ"),  # 率 is also shuài
        ("均方误差", "jūn fāng wù chā"),  # 差 is also chà, chāi
        ("卷积神经网络", "juǎn jī shén jīng wǎng luò"),
        ("K 均值聚类", "K jūn zhí jù lèi"),  # Latin letters stay as they are
        ("函数式 API", "hán shù shì API"),
    ],
)
def test_pinyin_reads_each_character_as_in_its_word(name, expected):
    assert " ".join(mark for _, _, mark in glossary.pinyin(name)) == expected


def test_pinyin_order_is_dictionary_order():
    names = ["超参数", "层", "测试集", "K 均值聚类", "卷积神经网络", "均方误差"]
    # Syllable by syllable (ce < ceng < chao), a Latin letter as a letter (K after jun).
    assert sorted(names, key=glossary.pinyin_key) == [
        "测试集",
        "层",
        "超参数",
        "卷积神经网络",
        "均方误差",
        "K 均值聚类",
    ]


# Chinese phrases in which a term's name stands in another sense, found by reading every link of
# the Chinese edition; each must appear as plain text (a link inside would split it).
WRONG_SENSES_ZH = {
    "zh/tutorials/overfitting/index.html": "逻辑回归",
    "zh/tutorials/cnn_digits/index.html": "特征图",
    "zh/glossary/bias/index.html": "批归一化",
    "zh/concepts/epochs-and-batches/index.html": "全局随机数生成器（global generator）",
}


@pytest.mark.parametrize("page", WRONG_SENSES_ZH)
def test_chinese_words_used_in_another_sense_are_not_linked_in_the_site(site, page):
    phrase = WRONG_SENSES_ZH[page]
    html = (site / page).read_text(encoding="utf-8")
    uses = re.findall("(?:<[^>]*>)*".join(map(re.escape, phrase)), html)  # with any tags inside
    assert uses, f"{page} no longer says {phrase}: update this test"
    assert all("glossary-link" not in use for use in uses), f"{page} links a term inside {phrase}"


# ---- What a reader of the built site sees ---------------------------------------------------

_LINK = re.compile(r'<a class="glossary-link" href="([^"]+)" title="([^"]*)">(.*?)</a>', re.S)


@pytest.fixture(scope="module")
def records():
    terms = glossary.load_terms()
    glossary.load_translations(terms)
    return terms


def test_every_tooltip_is_the_definition_in_the_language_of_its_page(site, records):
    from html import unescape

    seen = {"en": 0, "zh": 0}
    for page in site.rglob("*.html"):
        edition = "zh" if page.relative_to(site).parts[0] == "zh" else "en"
        for href, title, _ in _LINK.findall(page.read_text(encoding="utf-8")):
            term = records[href.rstrip("/").rsplit("/", 1)[-1]]
            assert unescape(title) == term.definition_in(edition), (
                f"{page.relative_to(site)}: the tooltip of {href} is not the {edition} definition"
            )
            seen[edition] += 1
    assert seen["en"] > 100 and seen["zh"] > 100, seen


def test_a_chinese_page_links_its_first_overfitting_to_the_chinese_entry(site, records):
    html = (site / "zh" / "tutorials" / "overfitting" / "index.html").read_text(encoding="utf-8")
    article = html.split('class="md-content"', 1)[1]
    text = re.sub(r"<h[1-6].*?</h[1-6]>", "", article, flags=re.S)  # headings are never linked
    link = next((m for m in _LINK.finditer(text) if m.group(3) == "过拟合"), None)
    assert link and link.start(3) == text.index("过拟合"), (
        "the first 过拟合 in the running text of the Chinese overfitting tutorial should be a term link"
    )
    assert link.group(1) == "../../glossary/overfitting/"  # relative: stays in the Chinese edition
    assert link.group(2) == records["overfitting"].zh_definition


def test_a_chinese_entry_page_has_chinese_headings_with_english_ids(site):
    html = (site / "zh" / "glossary" / "overfitting" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>过拟合 · Overfitting", html)
    for heading_id, title in [
        ("example", "示例"),
        ("related-terms", "相关术语"),
        ("used-in", "用到它的页面"),
    ]:
        assert re.search(rf'<h2 id="{heading_id}">{title}<', html), heading_id
    related = html.split('id="related-terms"', 1)[1].split("</ul>", 1)[0]
    assert '<a href="../underfitting/">欠拟合 · Underfitting</a>' in related
    used_in = html.split('id="used-in"', 1)[1].split("</ul>", 1)[0]
    assert ">欠拟合与过拟合" in used_in  # the Chinese tutorial's title


def test_the_chinese_index_lists_every_entry_by_pinyin_and_by_english_name(site, records):
    html = (site / "zh" / "glossary" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "heading ids must be unique"
    by_pinyin, by_english = html.split('id="by-pinyin"', 1)[1].split('id="by-english-name"', 1)
    by_english = by_english.split("</article>", 1)[0]

    def entries(part):
        return [href.removesuffix("/") for href in re.findall(r'<li><a href="([^"/]+/)"', part)]

    assert entries(by_pinyin) == sorted(records, key=lambda s: glossary.pinyin_key(records[s].zh))
    assert entries(by_english) == sorted(records, key=lambda s: records[s].term.casefold())
    assert '<strong>权重</strong> <span lang="zh-Latn-pinyin">quán zhòng</span>' in by_pinyin
    # The letter bars lead to the letter headings: 权重 (quán) under Q, Weight under W.
    for part, prefix, letter, slug in [
        (by_pinyin, "pinyin-", "q", "weight"),
        (by_english, "", "w", "weight"),
    ]:
        assert f'href="#{prefix}{letter}"' in part
        section = part.split(f'id="{prefix}{letter}"', 1)[1].split("<h3", 1)[0]
        assert f'href="{slug}/"' in section
