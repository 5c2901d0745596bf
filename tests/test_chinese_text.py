"""Chinese text in English pages is marked lang="zh-Hans" and drawn with a Simplified Chinese face."""

import re

import chinese_text

HAN = re.compile(f"[{chinese_text.HAN}]")


def test_chinese_runs_are_marked_outside_code_and_head():
    html = chinese_text.mark(
        "<head><title>张量</title></head><h1>Tensors · 张量与轴</h1>"
        "<p>过拟合（overfitting）、欠拟合。</p><pre><code>print('张量')</code></pre>"
    )
    assert '<h1>Tensors · <span lang="zh-Hans">张量与轴</span></h1>' in html
    assert '<span lang="zh-Hans">过拟合</span>（overfitting）、<span lang="zh-Hans">欠拟合。</span>' in html
    assert "<title>张量</title>" in html and "print('张量')" in html


def test_no_chinese_text_in_english_pages_is_left_unmarked(site):
    problems = []
    for path in sorted(site.rglob("*.html")):
        if path.relative_to(site).parts[0] == "zh":
            continue  # the Chinese edition: <html lang="zh-Hans"> (tests/test_editions.py)
        html = path.read_text(encoding="utf-8")
        body = html[max(html.find("<body"), 0) :]
        for tag in chinese_text.OPAQUE:
            body = re.sub(rf"<{tag}\b.*?</{tag}\s*>", "", body, flags=re.S | re.I)
        body = re.sub(r'<span lang="zh-Hans">[^<]*</span>', "", body)
        body = re.sub(r"<[^>]*>", "", body)  # attributes (titles, alt text) are not drawn as text
        if found := HAN.search(body):
            problems.append(f"{path.relative_to(site)}: {body[max(found.start() - 20, 0) :][:40]!r}")
    assert not problems, "\n".join(problems[:10])


def test_chinese_text_gets_a_simplified_chinese_face(visit):
    page = visit.open("concepts/tensors/")
    span = page.locator('h1 span[lang="zh-Hans"]').first
    assert span.inner_text() == "张量与轴"
    fonts = span.evaluate("e => getComputedStyle(e).fontFamily")
    assert "PingFang SC" in fonts and "Microsoft YaHei" in fonts and "Noto Sans CJK SC" in fonts
    visit.assert_clean()


def test_the_chinese_edition_has_chinese_faces_and_monospace_code(visit):
    page = visit.open("zh/concepts/tensors/")
    font = "e => getComputedStyle(e).fontFamily"
    assert "PingFang SC" in page.locator("article p").first.evaluate(font)
    assert "PingFang SC" in page.locator("input.md-search__input").evaluate(font)
    for code in (page.locator("article p code").first, page.locator(".highlight code span.p").first):
        assert "PingFang SC" not in code.evaluate(font) and "monospace" in code.evaluate(font)
    visit.assert_clean()
