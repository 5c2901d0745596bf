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

_LINK = re.compile(
    r'<a class="glossary-link" href="([^"]+)" aria-describedby="glossary-def-([^"]+)">(.*?)</a>', re.S
)
# The card data hooks/glossary.py appends to a page: each linked term's definition, then its card.
_DEFINITION = re.compile(
    r'<span id="glossary-def-([^"]+)">(.*?)</span><template id="glossary-card-\1">', re.S
)


@pytest.fixture(scope="module")
def records():
    terms = glossary.load_terms()
    glossary.load_translations(terms)
    return terms


def _definitions(html: str) -> dict[str, str]:
    from html import unescape

    return {slug: unescape(re.sub(r"<[^>]+>", "", text)) for slug, text in _DEFINITION.findall(html)}


def test_every_term_link_is_described_by_the_definition_in_the_language_of_its_page(site, records):
    seen = {"en": 0, "zh": 0}
    for page in site.rglob("*.html"):
        edition = "zh" if page.relative_to(site).parts[0] == "zh" else "en"
        html = page.read_text(encoding="utf-8")
        definitions = _definitions(html)
        links = _LINK.findall(html)
        assert sorted(slug for _, slug, _ in links) == sorted(definitions), (
            f"{page.relative_to(site)}: each term link needs its card data, and only those"
        )
        for href, slug, _ in links:
            assert href.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html") == slug
            assert definitions[slug] == records[slug].definition_in(edition), (
                f"{page.relative_to(site)}: the card of {href} is not the {edition} definition"
            )
            seen[edition] += 1
    assert seen["en"] > 100 and seen["zh"] > 100, seen


def test_a_card_shows_both_names_a_short_formula_and_the_entry(site, records):
    html = (site / "concepts" / "epochs-and-batches" / "index.html").read_text(encoding="utf-8")
    card = html.split('<template id="glossary-card-epoch">', 1)[1].split("</template>", 1)[0]
    assert '<strong>Epoch</strong> · <span lang="zh-Hans">轮次</span>' in card
    assert "<mjx-container" in card  # the record's formula, typeset like any other
    assert '<a href="../../glossary/epoch/">Read the entry</a>' in card
    html = (site / "zh" / "concepts" / "epochs-and-batches" / "index.html").read_text(encoding="utf-8")
    card = html.split('<template id="glossary-card-epoch">', 1)[1].split("</template>", 1)[0]
    assert "<strong>轮次</strong> · Epoch" in card and ">查看词条</a>" in card
    # On a page without formulas of its own, no formula: the page would load the math stylesheet.
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "<template id=" in html and "<mjx-container" not in html
    # A formula of several lines would crowd a phone-sized card: the card goes without it.
    assert records["dropout"].formula and glossary.card_formula(records["dropout"]) is None


def test_card_data_and_script_stay_small_on_every_page(site):
    """The issue's budget: at most 15 KB gzipped per page for the cards before any interaction."""
    import gzip

    script = gzip.compress((site / "assets" / "javascripts" / "glossary-cards.js").read_bytes())
    largest = max(
        (
            len(gzip.compress(m.group().encode())) + len(script),
            page.relative_to(site).as_posix(),
        )
        for page in site.rglob("*.html")
        for m in [
            re.search(r'<div class="glossary-cards".*?</template></div>', page.read_text("utf-8"), re.S)
        ]
        if m
    )
    assert largest[0] <= 15_000, f"{largest[1]}: term cards weigh {largest[0]} bytes gzipped"


def test_a_chinese_page_links_its_first_overfitting_to_the_chinese_entry(site, records):
    html = (site / "zh" / "tutorials" / "overfitting" / "index.html").read_text(encoding="utf-8")
    article = html.split('class="md-content"', 1)[1]
    text = re.sub(r"<h[1-6].*?</h[1-6]>", "", article, flags=re.S)  # headings are never linked
    link = next((m for m in _LINK.finditer(text) if m.group(3) == "过拟合"), None)
    assert link and link.start(3) == text.index("过拟合"), (
        "the first 过拟合 in the running text of the Chinese overfitting tutorial should be a term link"
    )
    assert link.group(1) == "../../glossary/overfitting/"  # relative: stays in the Chinese edition
    assert _definitions(html)[link.group(2)] == records["overfitting"].zh_definition


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


# ---- Other Chinese names: zh_alternatives, and why the site writes its own (zh_choice) ------------

DROPOUT = "---\nterm: Dropout\nzh: 随机失活\n{extra}definition: Units off.\nrelated: [layer]\n---\nText.\n"
LAYER = "---\nterm: Layer\nzh: 层\ndefinition: A stage.\nrelated: [dropout]\n---\nText.\n"
ZH_PAGE = "---\nsource_blob: " + "0" * 40 + "\ndefinition: 随机关掉一些单元。\n{extra}---\n解释。\n"
CHOSEN = "zh_alternatives: [丢弃法, 暂退法]\nzh_choice: It says what happens.\n"


def _glossary(tmp_path, record_extra: str, chinese_extra: str = "") -> dict:
    (tmp_path / "dropout.md").write_text(DROPOUT.format(extra=record_extra), encoding="utf-8")
    (tmp_path / "layer.md").write_text(LAYER, encoding="utf-8")
    (tmp_path / "dropout.zh.md").write_text(ZH_PAGE.format(extra=chinese_extra), encoding="utf-8")
    (tmp_path / "layer.zh.md").write_text(ZH_PAGE.format(extra=""), encoding="utf-8")
    terms = glossary.load_terms(tmp_path)
    glossary.load_translations(terms)
    return terms


@pytest.mark.parametrize(
    "record, chinese, message",
    [
        (
            "zh_alternatives: [丢弃法]\n",
            "",
            r"dropout.md: with zh_alternatives, 'zh_choice' must say in English why the site writes 随机失活",
        ),
        (
            "zh_alternatives: [dropping out]\nzh_choice: Why.\n",
            "",
            r"dropout.md: zh_alternatives lists Chinese names only, got 'dropping out'; put an English",
        ),
        (
            "zh_alternatives: [随机失活]\nzh_choice: Why.\n",
            "",
            r"dropout.md: zh_alternatives repeats the zh name",
        ),
        (
            "aliases: [丢弃法]\n" + CHOSEN,
            "",
            r"dropout.md: '丢弃法' is both in aliases and in zh_alternatives; keep it in zh_alternatives",
        ),
        ("zh_alternatives: 丢弃法\n", "", r"dropout.md: 'zh_alternatives' must be a list"),
        (
            "zh_choice: Why.\n",
            "",
            r"dropout.md: 'zh_choice' explains a choice among zh_alternatives, but there",
        ),
        ("zh_alternatives: [层]\nzh_choice: Why.\n", "", r"'层' is already a glossary term in .*"),
        (
            CHOSEN,
            "",
            r"dropout.zh.md: dropout.md lists zh_alternatives \(丢弃法、暂退法\), so this page needs",
        ),
        (CHOSEN, "zh_choice: It says what happens.\n", r"dropout.zh.md: .*'zh_choice': why .* in Chinese"),
        (
            "",
            "zh_choice: 因为它说出了做法。\n",
            r"dropout.zh.md: 'zh_choice' explains .* dropout.md lists none",
        ),
    ],
    ids=[
        "no-reason",
        "english-name",
        "same-as-zh",
        "also-an-alias",
        "not-a-list",
        "reason-without-names",
        "another-terms-name",
        "no-chinese-reason",
        "english-reason-on-chinese-page",
        "chinese-reason-without-names",
    ],
)
def test_bad_alternative_names_are_refused_with_the_fix(tmp_path, record, chinese, message):
    with pytest.raises(ValueError, match=message):
        _glossary(tmp_path, record, chinese)


def test_alternative_names_link_and_search_like_aliases(tmp_path):
    terms = _glossary(tmp_path, CHOSEN, "zh_choice: 它说出了训练时发生的事。\n")
    dropout = terms["dropout"]
    assert dropout.zh_alternatives == ["丢弃法", "暂退法"]
    assert {"丢弃法", "暂退法"} <= set(dropout.names)  # the linker and the search index read names
    assert dropout.zh_choice_zh == "它说出了训练时发生的事。"


@pytest.mark.parametrize(
    "text, slug",
    [
        ("<p>暂退法在训练时随机关掉一些单元。</p>", "dropout"),
        ("<p>本书称之为误差逆传播。</p>", "backpropagation"),
        ("<p>把代价函数降下来。</p>", "loss-function"),
    ],
)
def test_other_chinese_names_link_to_the_entry(urls, text, slug):
    html, used = glossary.link_terms(text, "concepts/x/", urls)
    assert used == {slug}, html


@pytest.mark.parametrize(
    "text",
    [
        "<p>再训练一轮。</p>",  # 轮 (epoch): one character, shown and searched, never linked
        "<p>让窗口短于周期的四分之一。</p>",  # the period of a wave, not an epoch
    ],
)
def test_ambiguous_other_names_are_not_linked(urls, text):
    html, used = glossary.link_terms(text, "concepts/x/", urls)
    assert used == set(), html


@pytest.mark.parametrize(
    "page, shown",
    [
        ("glossary/dropout/index.html", "Other Chinese names:</strong>"),
        ("zh/glossary/dropout/index.html", "其他中文译名：</strong>"),
    ],
)
def test_an_entry_page_lists_the_other_chinese_names_and_why_the_site_uses_its_own(
    site, records, page, shown
):
    html = (site / page).read_text(encoding="utf-8")
    paragraph = html.split('<p class="glossary-alternatives nolink">', 1)[1].split("</p>", 1)[0]
    assert "glossary-link" not in paragraph  # 《动手学深度学习》 is a book, not the term
    text = re.sub(r"<[^>]+>", "", paragraph)
    assert shown in paragraph and "丢弃法" in text and "暂退法" in text
    dropout = records["dropout"]
    reason = dropout.zh_choice_zh if page.startswith("zh/") else dropout.zh_choice
    assert reason in text.replace("&quot;", '"')
