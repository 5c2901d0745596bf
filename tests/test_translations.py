"""The Chinese translations (X.zh.md beside X.md) stay in step with their English sources.

Each records the git blob of the English version it translates (`source_blob:`); when the English
file changes, this fails with the English diff and the line to update, unless the translation is
marked behind (`behind: true`), which its Chinese page then says. Code, formulas, links and heading
ids must be the English page's (tools/translations.py).
"""

import subprocess

import editions
import pytest
from conftest import ROOT

from tools import translations as tr

OLD = "0" * 40  # a blob id of no version of the English file


def test_every_translation_is_in_step_with_its_english_page():
    found = [problem for t in tr.translations() for problem in tr.problems(t)]
    assert not found, "\n\n".join(found)


def test_every_english_page_has_its_chinese_page():
    missing = [
        f"{tr.rel(page)} has no Chinese page: write {tr.rel(tr.translation_of(page))} beside it "
        "(CONTRIBUTING.md, 'Translate a page'), or ask for it in your pull request"
        for page in tr.untranslated()
    ]
    assert not missing, "\n".join(missing)


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _problems(docs, name):
    [translation] = [t for t in tr.translations(docs) if t.path.name == name]
    return tr.problems(translation)


def test_a_translation_must_record_its_english_version(tmp_path):
    english = _write(tmp_path / "page.md", "# Page\n\nText.\n")
    _write(tmp_path / "page.zh.md", "# 页面\n\n文字。\n")
    [message] = _problems(tmp_path, "page.zh.md")
    assert "page.zh.md" in message and f"source_blob: {tr.blob_of(english)}" in message


def test_a_translation_behind_its_source_shows_the_english_diff_and_the_fix(tmp_path):
    source = "docs/concepts/tensors.md"
    first = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", source],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split()
    if not first:
        pytest.skip("no git history here (a shallow clone)")
    old = subprocess.run(
        ["git", "rev-parse", f"{first[-1]}:{source}"], cwd=ROOT, capture_output=True, text=True
    )
    english = _write(tmp_path / "tensors.md", (ROOT / source).read_text(encoding="utf-8"))
    _write(tmp_path / "tensors.zh.md", f"---\nsource_blob: {old.stdout.strip()}\n---\n# 张量\n")
    message = next(m for m in _problems(tmp_path, "tensors.zh.md") if "has changed" in m)
    assert "tensors.zh.md" in message and f"set source_blob to {tr.blob_of(english)}" in message
    assert "\n+" in message and "\n-" in message  # the English diff since the translated version


def test_code_formulas_links_and_heading_ids_must_match_the_english(tmp_path):
    english = _write(
        tmp_path / "page.md",
        "# Page\n\n## Rank and shape\n\nSee [tensors](tensors.md), \\(x^2\\).\n\n"
        "```snippet\ntensors/axis_sum\n```\n",
    )
    _write(
        tmp_path / "page.zh.md",
        f"---\nsource_blob: {tr.blob_of(english)}\n---\n# 页面\n\n"
        "## 秩与形状\n\n见 [张量](tensor.md)，\\(x^3\\)。\n",
    )
    messages = "\n".join(_problems(tmp_path, "page.zh.md"))
    assert "snippet and exercise blocks" in messages and "tensors/axis_sum" in messages
    assert "formulas" in messages and "x^2" in messages
    assert "links" in messages and "tensors.md" in messages
    assert "{ #rank-and-shape }" in messages


def test_a_translation_has_the_english_exercises_with_its_own_answers(tmp_path):
    english = _write(tmp_path / "page.md", "# Page\n\n```exercise\ntensors/axis_sum\n\nColumns first.\n```\n")
    head = f"---\nsource_blob: {tr.blob_of(english)}\n---\n# 页面\n\n"
    _write(tmp_path / "page.zh.md", head + "```exercise\ntensors/axis_sum\n\n先按列求和。\n```\n")
    assert _problems(tmp_path, "page.zh.md") == []  # the answer is explained in Chinese
    _write(tmp_path / "page.zh.md", head + "```snippet\ntensors/axis_sum\n```\n")
    [message] = _problems(tmp_path, "page.zh.md")
    assert "['exercise tensors/axis_sum']" in message and "['snippet tensors/axis_sum']" in message


def test_a_glossary_translation_needs_its_chinese_definition(tmp_path):
    english = _write(tmp_path / "glossary" / "tensor.md", "---\nterm: Tensor\n---\nA grid.\n")
    _write(tmp_path / "glossary" / "tensor.zh.md", f"---\nsource_blob: {tr.blob_of(english)}\n---\n网格。\n")
    [message] = _problems(tmp_path, "tensor.zh.md")
    assert "tensor.zh.md" in message and "definition:" in message


def test_a_tutorial_translation_keeps_the_english_code_cells(tmp_path):
    english = _write(tmp_path / "tutorials" / "t.py", "# %% [markdown]\n# # Title\n\n# %%\nx = 1\nprint(x)\n")
    zh = f'# %% [markdown] source_blob="{tr.blob_of(english)}"\n# # 标题\n\n# %%\nx = 2\nprint(x)\n'
    _write(tmp_path / "tutorials" / "t.zh.py", zh)
    [message] = _problems(tmp_path, "t.zh.py")
    assert "t.zh.py" in message and "cell 2" in message and "same code" in message
    _write(tmp_path / "tutorials" / "t.zh.py", zh.replace("x = 2", "x = 1"))
    assert _problems(tmp_path, "t.zh.py") == []


def test_a_translation_marked_behind_keeps_its_older_blob(tmp_path):
    _write(tmp_path / "page.md", "# Page\n\nNew text.\n")
    _write(tmp_path / "page.zh.md", f"---\nsource_blob: {OLD}\nbehind: true\n---\n# 页面\n\n旧的文字。\n")
    [translation] = tr.translations(tmp_path)
    assert translation.marked and translation.out_of_date
    assert tr.problems(translation) == []


def test_a_page_marked_behind_is_checked_against_the_version_it_translates(tmp_path, monkeypatch):
    english = "# Page\n\n## Sums { #sums }\n\n```snippet\ntensors/axis_sum\n```\n"
    _write(tmp_path / "page.md", english + "\n```snippet\ntensors/reshape\n```\n")
    monkeypatch.setattr(tr.Translation, "recorded_text", lambda self: english)
    chinese = f"---\nsource_blob: {OLD}\nbehind: true\n---\n# 页面\n\n## 求和 {{ #sums }}\n\n"
    _write(tmp_path / "page.zh.md", chinese + "```snippet\ntensors/axis_sum\n```\n")
    assert _problems(tmp_path, "page.zh.md") == []  # the snippet added since is not asked for
    _write(tmp_path / "page.zh.md", chinese + "```snippet\ntensors/axis_summ\n```\n")
    [message] = _problems(tmp_path, "page.zh.md")
    assert "exercise blocks" in message and "the version of" in message and "page.md" in message


def test_a_tutorial_marked_behind_still_has_the_english_code(tmp_path):
    _write(tmp_path / "tutorials" / "t.py", "# %% [markdown]\n# # Title, with $x$\n\n# %%\nx = 1\n")
    zh = f'# %% [markdown] source_blob="{OLD}" behind=true\n# # 标题\n\n# %%\nx = 1\n'
    _write(tmp_path / "tutorials" / "t.zh.py", zh)
    [translation] = tr.translations(tmp_path)
    assert translation.marked and tr.problems(translation) == []  # its Markdown may be older
    _write(tmp_path / "tutorials" / "t.zh.py", zh.replace("x = 1", "x = 0"))
    [message] = _problems(tmp_path, "t.zh.py")
    assert "cell 2 must be the same code" in message


def test_translations_command_lists_missing_behind_and_out_of_date_apart(tmp_path, capsys):
    for name in ("new", "marked", "stale", "done"):
        _write(tmp_path / f"{name}.md", f"# {name}\n")
    _write(tmp_path / "marked.zh.md", f"---\nsource_blob: {OLD}\nbehind: true\n---\n# 标记\n")
    _write(tmp_path / "stale.zh.md", f"---\nsource_blob: {OLD}\n---\n# 过时\n")
    _write(tmp_path / "done.zh.md", f"---\nsource_blob: {tr.blob_of(tmp_path / 'done.md')}\n---\n# 完成\n")
    assert tr.main(tmp_path) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == ["missing", "behind", "out of date"]
    assert "new.zh.md" in lines[0] and "marked.zh.md" in lines[1] and "stale.zh.md" in lines[2]
    assert lines[3] == "1 up to date, 1 marked behind, 1 out of date, 0 broken, 1 missing"


class _Config(dict):
    __getattr__ = dict.__getitem__


class _Page:
    def __init__(self, src_uri: str, url: str):
        self.url, self.file = url, type("File", (), {"src_uri": src_uri})()


HEADERS = {  # a translation's record of its English version: unmarked, then marked behind
    ".md": (f"---\nsource_blob: {OLD}\n---\n", f"---\nsource_blob: {OLD}\nbehind: true\n---\n"),
    ".py": (f'# %% [markdown] source_blob="{OLD}"\n', f'# %% [markdown] source_blob="{OLD}" behind=true\n'),
}


@pytest.mark.parametrize(
    ("english", "src_uri", "url"),
    [
        ("concepts/page.md", "concepts/page.md", "concepts/page/"),
        ("tutorials/t.py", "tutorials/t.ipynb", "tutorials/t/"),
    ],
)
def test_a_chinese_page_marked_behind_says_so_with_a_link_to_the_english_page(
    tmp_path, english, src_uri, url
):
    path = _write(tmp_path / english, "# Page\n")
    unmarked, marked = HEADERS[path.suffix]
    translation = _write(tr.translation_of(path), unmarked + "# 页面\n")
    config = _Config(extra={"edition": "zh"}, docs_dir=str(tmp_path), site_url="https://example.org/site/zh/")
    assert editions.behind_notice(_Page(src_uri, url), config) == ""  # out of date, but not marked
    translation.write_text(marked + "# 页面\n", encoding="utf-8")
    notice = editions.behind_notice(_Page(src_uri, url), config)
    assert 'class="admonition warning' in notice and "中文版还没有跟上" in notice
    assert f'<a href="../../../{url}" hreflang="en">英文版</a>' in notice
    english_edition = _Config(config, extra={"edition": "en"}, site_url="https://example.org/site/")
    assert editions.behind_notice(_Page(src_uri, url), english_edition) == ""
