"""A bad contribution fails with a message that names the file and says what to do."""

import checks
import glossary
import notebooks
import pytest
import snippet_blocks
from mkdocs.exceptions import PluginError

from snippets import runner


def test_page_including_a_missing_snippet(tmp_path):
    with pytest.raises(PluginError) as error:
        snippet_blocks.expand("```snippet\ntensors/axis_summ\n```\n", "concepts/x.md", "docs/concepts/x.md")
    message = str(error.value)
    assert "docs/concepts/x.md" in message and "snippets/tensors/axis_summ.py does not exist" in message
    assert "Did you mean 'tensors/axis_sum'?" in message


def test_snippet_whose_output_drifted(tmp_path):
    (tmp_path / "demo").mkdir()
    path = tmp_path / "demo" / "two.py"
    path.write_text('"""Print two."""\nprint(1 + 1)\n')
    path.with_name("two.output.txt").write_text("3\n")
    snippet = runner.Snippet("demo/two", path)
    problem = runner.drift(snippet, runner.execute(snippet))
    assert "output drifted" in problem and "two.output.txt" in problem
    assert "-3\n+2" in problem  # the diff
    assert "run: python -m snippets update demo/two" in problem


def test_numbers_may_differ_in_the_last_digit_but_text_and_integers_may_not():
    assert runner._mismatch("loss 0.1234\n", "loss 0.1235\n", figure=False) is None
    assert runner._mismatch("loss 0.1234\n", "loss 0.1300\n", figure=False)
    assert runner._mismatch("shape (2, 3)\n", "shape (2, 4)\n", figure=False)
    assert runner._mismatch("accuracy 0.95\n", "accurancy 0.95\n", figure=False)


def test_snippet_with_a_progress_bar(tmp_path):
    (tmp_path / "demo").mkdir()
    path = tmp_path / "demo" / "noisy.py"
    path.write_text('"""Noisy."""\nprint("10/10 - 0s - 3ms/step - loss: 0.1")\n')
    with pytest.raises(runner.SnippetError, match="verbose=0"):
        runner.execute(runner.Snippet("demo/noisy", path))


def _record(tmp_path, name, text):
    (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")


GOOD = "---\nterm: Neuron\nzh: 神经元\ndefinition: A unit.\nrelated: [layer]\n---\nText.\n"
LAYER = "---\nterm: Layer\nzh: 层\ndefinition: A stage.\nrelated: [neuron]\n---\nText.\n"


def test_glossary_record_missing_a_field(tmp_path):
    _record(tmp_path, "neuron", GOOD.replace("zh: 神经元\n", ""))
    _record(tmp_path, "layer", LAYER)
    with pytest.raises(ValueError, match=r"neuron.md: missing field 'zh' \(the Chinese name"):
        glossary.load_terms(tmp_path)


def test_glossary_record_naming_an_unknown_related_term(tmp_path):
    _record(tmp_path, "neuron", GOOD)
    with pytest.raises(ValueError, match=r"neuron.md: related term 'layer' is not a glossary record"):
        glossary.load_terms(tmp_path)


def test_duplicate_glossary_term(tmp_path):
    _record(tmp_path, "neuron", GOOD)
    _record(tmp_path, "layer", LAYER)
    _record(tmp_path, "unit", GOOD.replace("term: Neuron", "term: Unit"))
    with pytest.raises(ValueError, match="'神经元' is already a glossary term in .*neuron.md"):
        glossary.load_terms(tmp_path)


def test_glossary_definition_must_be_one_sentence(tmp_path):
    _record(tmp_path, "neuron", GOOD.replace("A unit.", "A unit. It adds"))
    _record(tmp_path, "layer", LAYER)
    with pytest.raises(ValueError, match="neuron.md: 'definition' must be one sentence"):
        glossary.load_terms(tmp_path)


def test_glossary_false_friend_that_does_not_contain_the_name(tmp_path):
    _record(
        tmp_path, "neuron", GOOD.replace("related: [layer]", "related: [layer]\nfalse_friends: [neural net]")
    )
    _record(tmp_path, "layer", LAYER)
    with pytest.raises(
        ValueError, match=r"neuron.md: false friend 'neural net' does not contain the term's name"
    ):
        glossary.load_terms(tmp_path)


def test_broken_link_and_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">Here</h2>')
    (tmp_path / "index.html").write_text(
        '<a href="a/#here">ok</a> <a href="a/#gone">anchor</a> <a href="b/">page</a>'
    )
    problems = checks.broken_links(tmp_path)
    assert problems == [
        "index.html: link a/#gone names the anchor #gone, which a/index.html does not have",
        "index.html: <a> points to b/, which is not in the site",
    ]


def test_hand_typed_code_in_a_page(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("# Page\n\n```python\nprint(1)\n```\n\n```bash\nls\n```\n")
    problems = checks.hand_typed_blocks(tmp_path / "docs")
    assert len(problems) == 1
    assert problems[0].startswith("docs/page.md:3: a ```python block typed into the page")


def test_notebook_cell_that_raises(tmp_path):
    source = tmp_path / "broken.py"
    source.write_text('# %%\nx = 1\n\n# %%\nraise ValueError("bad data")\n')
    with pytest.raises(notebooks.NotebookError) as error:
        notebooks.execute(source)
    message = str(error.value)
    assert "broken.py, code cell 2 (line 5) raised ValueError: bad data" in message
    assert "Fix the cell" in message


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_tests_cannot_reach_the_network():
    import socket

    with pytest.raises(Exception) as blocked:
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    assert "Blocked" in type(blocked.value).__name__


def test_a_model_summary_table_is_not_mistaken_for_a_progress_bar():
    assert runner._NOISE.search("┏━━━━━━━━┳━━━━━━━━┓\n┃ Layer  ┃ Param # ┃\n") is None
    assert runner._NOISE.search("10/10 ━━━━━━━━━━━━━━━━━━━━ 0s 2ms/step - loss: 0.1")


def test_notebook_figure_without_alt_text(tmp_path):
    source = tmp_path / "figure.py"
    source.write_text(
        "# %%\n%matplotlib inline\nimport matplotlib.pyplot as plt\n\n# %%\nplt.plot([1, 2, 3])\nplt.show()\n"
    )
    with pytest.raises(notebooks.NotebookError, match=r"code cell 2 \(line 6\) draws a figure.*# %% alt="):
        notebooks.execute(source)
