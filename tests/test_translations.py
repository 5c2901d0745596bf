"""The Chinese translations (X.zh.md beside X.md) stay in step with their English sources.

Each records the git blob of the English version it translates (`source_blob:`); when the English
file changes, this fails with the English diff and the line to update. Code, formulas, links and
heading ids must be the English page's (tools/translations.py).
"""

import subprocess

import pytest
from conftest import ROOT

from tools import translations as tr


def test_every_translation_is_in_step_with_its_english_page():
    found = [problem for t in tr.translations() for problem in tr.problems(t)]
    assert not found, "\n\n".join(found)


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _problems(docs, name):
    [translation] = [t for t in tr.translations(docs) if t.path.name == name]
    return tr.problems(translation)


def test_a_translation_without_english_original_is_refused(tmp_path):
    _write(tmp_path / "concepts" / "gone.zh.md", "---\nsource_blob: " + "0" * 40 + "\n---\n# 无\n")
    [message] = _problems(tmp_path, "gone.zh.md")
    assert "gone.zh.md" in message and "no English original" in message and "gone.md" in message


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
    assert "snippet blocks" in messages and "tensors/axis_sum" in messages
    assert "formulas" in messages and "x^2" in messages
    assert "links" in messages and "tensors.md" in messages
    assert "{ #rank-and-shape }" in messages


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
