"""A bad contribution fails with a message that names the file and says what to do."""

import checks
import editions
import glossary
import notebooks
import pytest
import snippet_blocks
from mkdocs.exceptions import PluginError

from snippets import runner
from tools import translations


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


BLOB = "0" * 40  # YAML reads it as the number 0, which is still a source_blob
ZH = "---\nsource_blob: " + BLOB + "\ndefinition: 神经网络的基本单元。\n---\n解释。\n"


@pytest.mark.parametrize(
    "chinese, message",
    [
        (None, r"neuron.zh.md is missing: every glossary entry needs its Chinese page"),
        (ZH.replace("definition: 神经网络的基本单元。\n", ""), r"neuron.zh.md: missing field 'definition'"),
        (
            ZH.replace("source_blob: " + "0" * 40 + "\n", ""),
            r"neuron.zh.md: missing field 'source_blob' \(.*git hash",
        ),
        (
            ZH.replace("神经网络的基本单元。", "A unit."),
            r"neuron.zh.md: 'definition' must be written in Chinese",
        ),
        (
            ZH.replace("基本单元。", "基本单元"),
            r"neuron.zh.md: 'definition' must be one Chinese sentence ending with 。",
        ),
        (
            ZH.replace("基本单元。", "基本单元。它有权重。"),
            r"neuron.zh.md: 'definition' must be one Chinese sentence",
        ),
        (ZH.replace("解释。", "TODO：解释。"), r"neuron.zh.md: replace every TODO"),
        (
            ZH.replace("---\n解释", "zh: 神经元\n---\n解释"),
            r"neuron.zh.md: unknown field zh; .* stay in neuron.md",
        ),
        (ZH.replace("解释。\n", ""), r"neuron.zh.md: the Chinese explanation is empty"),
    ],
    ids=[
        "no-file",
        "no-definition",
        "no-source-blob",
        "english",
        "no-full-stop",
        "two-sentences",
        "todo",
        "zh",
        "empty",
    ],
)
def test_glossary_entry_whose_chinese_page_is_incomplete(tmp_path, chinese, message):
    _record(tmp_path, "neuron", GOOD)
    _record(tmp_path, "layer", LAYER)
    _record(tmp_path, "layer.zh", ZH)
    if chinese is not None:
        _record(tmp_path, "neuron.zh", chinese)
    terms = glossary.load_terms(tmp_path)
    with pytest.raises(ValueError, match=message):
        glossary.load_translations(terms)


def test_a_chinese_entry_marked_behind_its_english_record_is_accepted(tmp_path):
    _record(tmp_path, "neuron", GOOD)
    _record(tmp_path, "layer", LAYER)
    _record(tmp_path, "layer.zh", ZH)
    _record(tmp_path, "neuron.zh", ZH.replace("\ndefinition:", "\nbehind: true\ndefinition:"))
    terms = glossary.load_terms(tmp_path)
    glossary.load_translations(terms)
    assert terms["neuron"].zh_definition == "神经网络的基本单元。"


def test_the_chinese_edition_stops_at_an_incomplete_chinese_entry(tmp_path):
    """The build's own error (what python dev.py test and mkdocs build show), naming the file."""
    (tmp_path / "glossary").mkdir()
    _record(tmp_path / "glossary", "neuron", GOOD)
    _record(tmp_path / "glossary", "layer", LAYER)
    _record(tmp_path / "glossary", "layer.zh", ZH)
    config = {"docs_dir": str(tmp_path), "extra": {"edition": "zh"}, "plugins": {}}
    try:
        with pytest.raises(PluginError, match=r"glossary/neuron.zh.md is missing"):
            glossary.on_config(config)
    finally:  # put the real records back for the tests after this one
        glossary.on_config({"docs_dir": str(glossary.ROOT / "docs"), "plugins": {}})


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


def test_link_with_a_double_slash_and_an_empty_script(tmp_path):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "index.html").write_text("<h1>Glossary</h1>")
    (tmp_path / "404.html").write_text(
        '<a href="/keras-concepts/glossary/">ok</a> <a href="/keras-concepts//glossary/">twice</a> '
        '<a href="https://example.github.io/keras-concepts//">own site</a> <script src=""></script>'
    )
    problems = checks.broken_links(tmp_path, "https://example.github.io/keras-concepts/")
    assert len(problems) == 3, problems
    assert problems[0] == '404.html: <script src=""> fetches the page itself; remove it'
    assert problems[1].startswith("404.html: <a> points to /keras-concepts//glossary/, whose path has")
    assert "write it with one" in problems[1]
    assert problems[2].startswith("404.html: <a> points to https://example.github.io/keras-concepts//")


def test_page_that_loads_from_another_host(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="https://keras.io/">Keras, a link to click</a> <link rel="canonical" href="https://x.org/">'
        '<link rel="stylesheet" href="https://cdn.example.com/theme.css">'
        '<img src="a.png" srcset="https://img.example.com/a.png 2x" alt="">'
        '<svg xmlns="http://www.w3.org/2000/svg"><rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/"/></svg>'
        '<p>Read https://keras.io/ later.</p> <img src="https://example.github.io/site/own.png" alt="">'
        '<script type="module">const m = (await import("https://cdnjs.example.com/mermaid.mjs")).default;</script>'
    )
    (tmp_path / "assets" / "extra.js").write_text(
        '// see https://example.com/docs for why\nfetch("https://api.example.com/" + x);\n'
        'el.setAttributeNS("http://www.w3.org/1999/xlink", "href", "#a"); throw "See https://example.com/1"\n'
    )
    (tmp_path / "assets" / "extra.css").write_text("@font-face { src: url(//fonts.example.com/f.woff2) }")
    problems = checks.third_party_requests(tmp_path, "https://example.github.io/site/")
    assert [p.split(", from another host")[0] for p in problems] == [
        "assets/extra.css: loads //fonts.example.com/f.woff2",
        "assets/extra.js: loads https://api.example.com/",
        "index.html: <link href> loads https://cdn.example.com/theme.css",
        "index.html: <img srcset> loads https://img.example.com/a.png",
        "index.html: an inline <script> loads https://cdnjs.example.com/mermaid.mjs",
    ]
    assert all("Put the file in the site instead" in p for p in problems)


def test_material_fetches_only_under_conditions_the_site_never_meets(tmp_path):
    bundle = tmp_path / "assets" / "javascripts" / "bundle.1234.min.js"
    bundle.parent.mkdir(parents=True)
    bundle.write_text('M("pre.mermaid");_t("https://unpkg.com/mermaid@11/dist/mermaid.min.js")')
    (tmp_path / "index.html").write_text("<p>No diagram here.</p>")
    assert checks.third_party_requests(tmp_path) == []
    (tmp_path / "page.html").write_text('<pre class="mermaid">graph LR; a --> b</pre>')
    problems = checks.third_party_requests(tmp_path)
    assert len(problems) == 1 and problems[0].startswith("page.html: the page has a Mermaid diagram")
    assert "draw it as a figure in a snippet instead" in problems[0]


def _markdown_as_the_site_renders_it(text: str) -> str:
    import markdown
    from mkdocs.utils.yaml import yaml_load

    config = yaml_load((glossary.ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, settings = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        settings[name] = options or {}
    return markdown.markdown(text, extensions=names, extension_configs=settings)


def test_hand_typed_code_as_an_indented_block_or_raw_html(tmp_path):
    page = (
        "# Page\n\nIndented:\n\n    import keras\n    print(keras.__version__)\n\n"
        "Raw HTML:\n\n<pre><code>x = 1\nprint(x)</code></pre>\n\n"
        "A shell command, `inline code` and a tip:\n\n```bash\nls -l\n```\n\n"
        "!!! tip\n    ```console\n    $ python -m snippets list\n    ```\n"
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(page)
    assert checks.hand_typed_blocks(tmp_path / "docs") == []  # a fence is all it sees
    (tmp_path / "site" / "page").mkdir(parents=True)
    (tmp_path / "site" / "page" / "index.html").write_text(_markdown_as_the_site_renders_it(page))
    problems = checks.code_not_from_a_run(tmp_path / "site", tmp_path / "docs")
    assert len(problems) == 2, problems
    assert problems[0].startswith("docs/page.md: a code block typed into the page, starting 'import keras'")
    assert problems[1].startswith("docs/page.md: a code block typed into the page, starting 'x = 1'")
    assert all("include it with a ```snippet block" in p for p in problems)


def test_page_missing_from_the_nav(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nnav:\n  - Home: index.md\n  - Tutorials:\n      - tutorials/first.ipynb\n"
        "not_in_nav: |\n  /glossary/*.md\n"
    )
    for page in ("index.md", "new-page.md", "new-page.zh.md", "glossary/tensor.md"):
        (tmp_path / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / page).write_text("# A page\n")
    (tmp_path / "docs" / "tutorials").mkdir()
    for tutorial in ("first.py", "second.py", "_helpers.py"):
        (tmp_path / "docs" / "tutorials" / tutorial).write_text("# %%\n")
    assert checks.pages_not_in_nav(tmp_path) == [
        "docs/new-page.md: the page is in no menu. Add it to `nav` in mkdocs.yml as new-page.md, "
        "where it belongs in the reading order",
        "docs/tutorials/second.py: the page is in no menu. Add it to `nav` in mkdocs.yml as "
        "tutorials/second.ipynb, where it belongs in the reading order",
    ]
    (tmp_path / "mkdocs.zh.yml").write_text(
        "INHERIT: mkdocs.yml\nnav:\n  - 首页: index.md\n  - new-page.md\n  - tutorials/second.ipynb\n"
    )
    assert checks.pages_not_in_nav(tmp_path)[2:] == [
        "docs/tutorials/first.py: the page is in no menu of the Chinese edition. Add it to `nav` in "
        "mkdocs.zh.yml as tutorials/first.ipynb, where it belongs in the reading order",
    ]


def test_pinned_requirement_that_nothing_uses(tmp_path):
    (tmp_path / "requirements.txt").write_text(
        "# the site\npyyaml==6.0.3   # read YAML\njieba==0.42.1\npytest-socket==0.8.1\n"
        'tensorflow==2.21.0; sys_platform == "nowhere"\n'
    )
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "x.py").write_text("import yaml  # jieba is not used, only named here\n")
    (tmp_path / "pyproject.toml").write_text('addopts = "--allow-hosts=127.0.0.1"\n')
    problems = checks.unused_requirements(tmp_path)
    assert len(problems) == 1, problems
    assert problems[0].startswith("requirements.txt: jieba is pinned, but nothing imports or configures it")
    assert problems[0].endswith("Use it or remove it")


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


def test_a_figure_without_chinese_alt_text_names_the_snippet_and_the_fix(tmp_path):
    path = tmp_path / "line_plot.py"
    path.write_text('"""Draw a line."""\n', encoding="utf-8")
    with pytest.raises(runner.SnippetError, match=r"line_plot\.py draws a figure .*zh: "):
        _ = runner.Snippet("plots/line_plot", path).description_zh


# ---- the Chinese edition -------------------------------------------------------------------


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _translation_problems(docs, name):
    [translation] = [t for t in translations.translations(docs) if t.path.name == name]
    return translations.problems(translation)


@pytest.mark.parametrize("name", ["concepts/gone.zh.md", "tutorials/gone.zh.py"])
def test_chinese_page_without_an_english_original(tmp_path, name):
    _write(tmp_path / name, "---\nsource_blob: " + "0" * 40 + "\n---\n# 无\n")
    [message] = _translation_problems(tmp_path, name.split("/")[1])
    english = name.replace(".zh", "")
    assert message.startswith(f"{tmp_path / name}: no English original {tmp_path / english}.")
    assert "Rename it to match its English page, or delete it" in message


class _Config(dict):
    __getattr__ = dict.__getitem__


def _chinese_build_files(tmp_path, *pages):
    from mkdocs.structure.files import File, Files

    docs, site = tmp_path / "docs", tmp_path / "site"
    for page in pages:
        _write(docs / page, "# Page\n")
    config = _Config(
        docs_dir=str(docs),
        site_dir=str(site),
        use_directory_urls=True,
        extra={"edition": "zh"},
        plugins=_Config(_current_plugin="editions"),
    )
    files = Files([File(page, str(docs), str(site), True) for page in pages])
    return files, config


def test_english_page_without_a_chinese_page(tmp_path):
    files, config = _chinese_build_files(tmp_path, "index.md", "concepts/new.md")
    _write(tmp_path / "docs" / "index.zh.md", "# 首页\n")
    with pytest.raises(PluginError) as error:
        editions.on_files(files, config)
    message = str(error.value)
    assert f"The Chinese edition has no page for: {tmp_path / 'docs' / 'concepts' / 'new.zh.md'}." in message
    assert "'Translate a page'" in message and "python dev.py translations" in message


def test_english_tutorial_without_a_chinese_tutorial(tmp_path):
    files, config = _chinese_build_files(tmp_path, "tutorials/new.py")
    with pytest.raises(PluginError) as error:
        notebooks.on_files(files, config)
    message = str(error.value)
    assert f"no tutorial {tmp_path / 'docs' / 'tutorials' / 'new.zh.py'}" in message
    assert "'Translate a page'" in message


def test_translation_behind_its_english_page_and_not_marked(tmp_path):
    english = _write(tmp_path / "page.md", "# Page\n\nNew text.\n")
    _write(tmp_path / "page.zh.md", "---\nsource_blob: " + "0" * 40 + "\n---\n# 页面\n")
    [message] = _translation_problems(tmp_path, "page.zh.md")
    assert message.startswith(f"{tmp_path / 'page.zh.md'}: {english} has changed since it was translated.")
    assert f"set source_blob to {translations.blob_of(english)}" in message  # one way out
    assert "'behind: true' to its front matter" in message  # the other
    _write(tmp_path / "page.zh.md", "---\nsource_blob: " + "0" * 40 + "\nbehind: true\n---\n# 页面\n")
    assert _translation_problems(tmp_path, "page.zh.md") == []


def test_chinese_page_linking_to_a_page_of_the_english_edition(tmp_path):
    (tmp_path / "docs" / "concepts").mkdir(parents=True)
    (tmp_path / "docs" / "concepts" / "models.zh.md").write_text("# 模型\n")
    for page in ("concepts/tensors", "zh/concepts/tensors", "zh/concepts/models"):
        _write(tmp_path / "site" / page / "index.html", "<h1>x</h1>")
    _write(
        tmp_path / "site" / "zh" / "concepts" / "models" / "index.html",
        '<a href="../tensors/">张量</a> <a href="#top">顶部</a> <a href="https://keras.io/">Keras</a>'
        '<a href="../../../concepts/models/" hreflang="en" lang="en">English</a>'  # the language menu
        '<a href="../../../concepts/tensors/">张量</a>'
        '<a href="https://example.org/site/concepts/tensors/">张量</a>',
    )
    problems = checks.links_leaving_edition(tmp_path / "site", tmp_path / "docs", "https://example.org/site/")
    assert [p.split(", in the English edition (in the built")[0] for p in problems] == [
        "docs/concepts/models.zh.md: <a> points to ../../../concepts/tensors/",
        "docs/concepts/models.zh.md: <a> points to https://example.org/site/concepts/tensors/",
    ]
    assert all("to the Markdown file (models.md)" in p for p in problems)


def test_chinese_tutorial_whose_code_differs_from_the_english(tmp_path):
    import nbformat

    english = "# %% [markdown]\n# # Title\n\n# %%\nx = 1\nprint(x)\n"
    _write(tmp_path / "tutorials" / "t.py", english)
    zh = _write(
        tmp_path / "tutorials" / "t.zh.py",
        f'# %% [markdown] source_blob="{translations.blob_of(tmp_path / "tutorials" / "t.py")}"\n'
        "# # 标题\n\n# %%\nx = 2\nprint(x)\n",
    )
    [message] = _translation_problems(tmp_path, "t.zh.py")  # the test of the sources
    assert message.startswith(f"{zh}: cell 2 must be the same code as in {tmp_path / 'tutorials' / 't.py'};")
    assert "copy it from there" in message
    run = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# Title"), nbformat.v4.new_code_cell("x = 1\nprint(x)")]
    )
    executed = _write(tmp_path / "run" / "tutorials" / "t.ipynb", nbformat.writes(run))
    with pytest.raises(notebooks.NotebookError) as error:  # the build
        notebooks.localize(executed, zh)
    message = str(error.value)
    assert message.startswith(f"{zh}: its code cells differ from those of {tmp_path / 'tutorials' / 't.py'}.")
    assert "copy the code cells from the English tutorial" in message


def _snippet(tmp_path, name, source):
    (tmp_path / "demo").mkdir(exist_ok=True)
    path = tmp_path / "demo" / f"{name}.py"
    path.write_text(source)
    return runner.Snippet(f"demo/{name}", path)


def test_portable_snippet_using_a_backends_own_api(tmp_path):
    snippet = _snippet(tmp_path, "tape", '"""Tape."""\nimport keras\nimport tensorflow as tf\n')
    with pytest.raises(runner.SnippetError) as error:
        snippet.backends  # noqa: B018
    message = str(error.value)
    assert "demo/tape.py imports tensorflow" in message
    assert "BACKENDS = ('tensorflow',)" in message and "keras.ops" in message


def test_snippet_marked_for_an_unknown_backend(tmp_path):
    snippet = _snippet(tmp_path, "mx", '"""MX."""\nimport keras\nBACKENDS = ("pytorch",)\n')
    with pytest.raises(
        runner.SnippetError,
        match=r"demo/mx.py line 3: 'pytorch' is not a Keras backend \(did you mean 'torch'\?\)",
    ):
        snippet.backends  # noqa: B018


def test_snippet_marked_for_one_backend_importing_another(tmp_path):
    source = '"""Mixed."""\nimport jax\nimport torch\nBACKENDS = ("jax",)\n'
    with pytest.raises(runner.SnippetError, match=r"demo/mixed.py imports torch but BACKENDS"):
        _snippet(tmp_path, "mixed", source).backends  # noqa: B018


STAMP_TF = "#| Keras 3.15.1 · TensorFlow 2.21.0 · CPU\n"
STAMP = {"Keras": "3.15.1", "tensorflow": "2.21.0", "jax": "0.10.2", "torch": "2.13.0", "device": "CPU"}


def test_output_drifted_on_one_backend_names_the_update_command(tmp_path):
    snippet = _snippet(tmp_path, "two", '"""Two."""\nimport keras\nprint(2)\n')
    snippet.output_path_for("jax").write_text("#| Keras 3.15.1 · JAX 0.10.2 · CPU\n3\n")
    snippet.output_path_for("tensorflow").write_text(STAMP_TF + "2\n")
    problem = runner.drift(snippet, runner.Run("2\n", None, STAMP), "jax")
    assert "demo/two.py: output on JAX drifted from" in problem and "two.jax.output.txt" in problem
    assert "-3\n+2" in problem
    assert "run: python -m snippets update demo/two --backend jax" in problem
    assert runner.drift(snippet, runner.Run("2\n", None, STAMP), "tensorflow") is None


def test_a_new_version_is_a_drift(tmp_path):
    snippet = _snippet(tmp_path, "two", '"""Two."""\nimport keras\nprint(2)\n')
    snippet.output_path.write_text(STAMP_TF + "2\n")
    problem = runner.drift(snippet, runner.Run("2\n", None, dict(STAMP, tensorflow="2.22.0")), "tensorflow")
    assert (
        "recorded with Keras 3.15.1 · TensorFlow 2.21.0 · CPU, this run used Keras 3.15.1 · TensorFlow 2.22.0"
        in problem
    )
    assert "update demo/two --backend tensorflow" in problem


def test_recording_left_for_a_backend_the_snippet_is_no_longer_for(tmp_path):
    snippet = _snippet(tmp_path, "tf", '"""TF."""\nimport tensorflow as tf\nBACKENDS = ("tensorflow",)\n')
    snippet.output_path.write_text(STAMP_TF)
    snippet.output_path_for("jax").write_text("#| Keras 3.15.1 · JAX 0.10.2 · CPU\n")
    problem = runner.drift(snippet, runner.Run("", None, STAMP), "tensorflow")
    assert "demo/tf.jax.output.txt is a recording for JAX, which" in problem
    assert "delete it (git rm" in problem and "add 'jax' to its BACKENDS" in problem
    snippet.output_path_for("jax").unlink()
    snippet.output_path.write_text("#| Keras 3.15.1 · TensorFlow 2.21.0 · JAX 0.10.2 · CPU\n")
    problem = runner.drift(snippet, runner.Run("", None, STAMP), "tensorflow")
    assert "was recorded on JAX, which" in problem and "demo/tf.py is no longer for" in problem
    assert "python -m snippets update demo/tf" in problem


def test_one_recording_when_backends_agree_one_each_when_they_differ(tmp_path):
    snippet = _snippet(tmp_path, "two", '"""Two."""\nimport keras\nprint(2)\n')
    same = {b: runner.Run("loss 0.1234\n", None, STAMP) for b in runner.BACKENDS}
    same["jax"] = runner.Run("loss 0.1235\n", None, STAMP)  # the last digit may differ
    runner.record(snippet, same)
    assert sorted(p.name for p in snippet.path.parent.glob("two.*.txt")) == ["two.output.txt"]
    assert snippet.output_path.read_text().startswith(
        "#| Keras 3.15.1 · TensorFlow 2.21.0 · JAX 0.10.2 · PyTorch 2.13.0 · CPU\n"
    )
    runner.record(snippet, {"torch": runner.Run("loss 0.9\n", None, STAMP)})  # the others are kept
    names = sorted(p.name for p in snippet.path.parent.glob("two.*.txt"))
    assert names == ["two.jax.output.txt", "two.tensorflow.output.txt", "two.torch.output.txt"]
    assert runner.drift(snippet, runner.Run("loss 0.1234\n", None, STAMP), "jax") is None


def test_exercise_without_an_explained_answer():
    with pytest.raises(PluginError) as error:
        snippet_blocks.expand("```exercise\ntensors/axis_sum\n```\n", "concepts/x.md", "docs/concepts/x.md")
    message = str(error.value)
    assert message.startswith("docs/concepts/x.md: an exercise fence names one snippet")
    assert "explains the answer below it" in message


def test_concept_page_without_enough_exercises(tmp_path):
    (tmp_path / "docs" / "concepts").mkdir(parents=True)
    page = "# Page\n\n## Predict the output { #predict-the-output }\n\n"
    page += "```exercise\ntensors/axis_sum\n\nColumns, then rows.\n```\n" * 2
    (tmp_path / "docs" / "concepts" / "page.md").write_text(page)
    (tmp_path / "docs" / "concepts" / "page.zh.md").write_text("# 页面\n")  # checked against the English
    [problem] = checks.missing_exercises(tmp_path / "docs")
    assert problem.startswith("docs/concepts/page.md: a concept page ends with at least 3")
    assert "it has 2" in problem and "```exercise block" in problem
    page += "```exercise\ntensors/reshape\n\nRows.\n```\n"
    (tmp_path / "docs" / "concepts" / "page.md").write_text(page)
    assert checks.missing_exercises(tmp_path / "docs") == []
