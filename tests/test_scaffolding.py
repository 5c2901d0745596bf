"""`python -m snippets new` and `new-term` create skeletons that fit the rules, and never overwrite."""

import subprocess
import sys

import pytest
import yaml
from conftest import ROOT

from snippets import __main__ as cli


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "SNIPPETS_DIR", tmp_path / "snippets")
    monkeypatch.setattr(cli, "GLOSSARY_DIR", tmp_path / "docs" / "glossary")
    return tmp_path


def test_new_snippet_skeleton_runs_and_is_clean(tree, capsys):
    assert cli.main(["new", "tensors/my_example"]) == 0
    path = tree / "snippets" / "tensors" / "my_example.py"
    said = capsys.readouterr().out
    assert "python -m snippets update tensors/my_example" in said and "```snippet" in said
    assert '"zh: ..."' in said  # the Chinese alt text a figure needs
    source = path.read_text(encoding="utf-8")
    assert source.startswith('"""') and source.splitlines()[0].endswith('"""')
    run = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, cwd=tree, timeout=120)
    assert run.returncode == 0 and run.stdout == "mean: 2.5000\n", run.stderr
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", str(ROOT / "snippets" / "ruff.toml"), str(path)],
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    fmt = [
        sys.executable,
        "-m",
        "ruff",
        "format",
        "--check",
        "--config",
        str(ROOT / "snippets" / "ruff.toml"),
    ]
    assert subprocess.run([*fmt, str(path)], capture_output=True).returncode == 0


def test_new_refuses_to_overwrite_and_bad_names(tree, capsys):
    assert cli.main(["new", "tensors/my_example"]) == 0
    path = tree / "snippets" / "tensors" / "my_example.py"
    path.write_text("mine", encoding="utf-8")
    assert cli.main(["new", "tensors/my_example"]) == 1
    assert path.read_text(encoding="utf-8") == "mine"
    assert "exists already" in capsys.readouterr().err
    for bad in ("my_example", "Tensors/x", "tensors/my-example", "a/b/c"):
        assert cli.main(["new", bad]) == 2


def test_new_term_skeleton_has_every_field(tree, capsys):
    assert cli.main(["new-term", "learning-rate-schedule"]) == 0
    chinese = tree / "docs" / "glossary" / "learning-rate-schedule.zh.md"
    _, front, body = chinese.read_text(encoding="utf-8").split("---", 2)
    assert set(yaml.safe_load(front)) == {"source_blob", "definition"} and "TODO" in body
    path = tree / "docs" / "glossary" / "learning-rate-schedule.md"
    _, front, body = path.read_text(encoding="utf-8").split("---", 2)
    record = yaml.safe_load(front)
    assert record["term"] == "Learning rate schedule"
    assert {"term", "zh", "definition", "related"} <= set(record)
    assert "TODO" in body
    said = capsys.readouterr().out
    assert "tests/test_glossary.py" in said and "learning-rate-schedule.zh.md" in said
    assert "git hash-object docs/glossary/learning-rate-schedule.md" in said
    assert cli.main(["new-term", "learning-rate-schedule"]) == 1
    assert cli.main(["new-term", "Learning Rate"]) == 2


def test_new_term_changes_nothing_when_the_chinese_page_exists(tree, capsys):
    chinese = tree / "docs" / "glossary" / "my-term.zh.md"
    chinese.parent.mkdir(parents=True)
    chinese.write_text("mine", encoding="utf-8")
    assert cli.main(["new-term", "my-term"]) == 1
    assert "my-term.zh.md exists already" in capsys.readouterr().err
    assert chinese.read_text(encoding="utf-8") == "mine"
    assert not (tree / "docs" / "glossary" / "my-term.md").exists()


def test_term_skeleton_is_rejected_until_filled_in(tree):
    """The TODO placeholders fail the glossary checks with a message, so none is published."""
    import glossary

    cli.main(["new-term", "my-term"])
    with pytest.raises(ValueError, match="my-term.md"):
        glossary.load_terms(tree / "docs" / "glossary")


def test_term_skeleton_with_valid_related_terms_is_still_rejected_for_its_todos(tree):
    import glossary

    cli.main(["new-term", "my-term"])
    path = tree / "docs" / "glossary" / "my-term.md"
    path.write_text(path.read_text(encoding="utf-8").replace("TODO-slug", "my-term"), encoding="utf-8")
    with pytest.raises(ValueError, match=r"my-term.md: replace every TODO"):
        glossary.load_terms(tree / "docs" / "glossary")


def test_chinese_term_skeleton_is_rejected_until_filled_in(tree):
    """With the English record done, the Chinese page's TODOs still stop the Chinese edition."""
    import glossary

    cli.main(["new-term", "my-term"])
    glossary_dir = tree / "docs" / "glossary"
    (glossary_dir / "my-term.md").write_text(
        "---\nterm: My term\nzh: 我的术语\ndefinition: A term.\nrelated: [other]\n---\nText.\n",
        encoding="utf-8",
    )
    (glossary_dir / "other.md").write_text(
        "---\nterm: Other\nzh: 另一个\ndefinition: Another.\nrelated: [my-term]\n---\nText.\n",
        encoding="utf-8",
    )
    (glossary_dir / "other.zh.md").write_text(
        "---\nsource_blob: x\ndefinition: 另一个术语。\n---\n解释。\n", encoding="utf-8"
    )
    terms = glossary.load_terms(glossary_dir)
    with pytest.raises(ValueError, match=r"my-term.zh.md: replace every TODO"):
        glossary.load_translations(terms)
