"""hooks/render_cache.py hands out what the renderers themselves make: highlighted code blocks
(pymdownx.highlight) and notebook pages from nbconvert's shared compiled templates."""

import markdown
import nbformat
import render_cache
from conftest import ROOT
from mkdocs.config import load_config

BLOCKS = """```python title="snippets/x.py"
import keras
print(keras.ops.ones((2, 3)).shape)
```

```text title="Output"
(2, 3)
```

```python hl_lines="2" linenums="1"
a = 1
b = a + 1  # highlighted
```

Inline `#!python print(1)` code.

```bash
python -m snippets run tensors/axis_sum
```
"""


def _render(text: str) -> str:
    config = load_config(str(ROOT / "mkdocs.yml"))
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    return md.convert(text)


def test_highlighted_blocks_are_pymdownx_own(monkeypatch):
    from pymdownx.highlight import Highlight

    blocks = render_cache.remember_highlighting()
    monkeypatch.setattr(blocks, "cache", None)
    monkeypatch.setattr(blocks, "seen", {})
    first, again = _render(BLOCKS), _render(BLOCKS)  # the second from memory
    assert len(blocks.seen) == 4, "one entry per block; inline code is not kept"
    monkeypatch.setattr(Highlight, "highlight", blocks.highlight)
    assert first == again == _render(BLOCKS)


def test_notebook_pages_from_shared_templates_are_nbconverts_own(monkeypatch):
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter

    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# Title\n\nText $x^2$."), nbformat.v4.new_code_cell("1 + 1")]
    )
    render_cache.share_compiled_templates()
    shared = [HTMLExporter(template_name="lab").from_notebook_node(notebook)[0] for _ in range(2)]
    assert TemplateExporter._shared_bytecode.compiled, "no template was shared"
    monkeypatch.setattr(TemplateExporter, "_create_environment", TemplateExporter._own_create_environment)
    own = HTMLExporter(template_name="lab").from_notebook_node(notebook)[0]
    assert shared[0] == shared[1] == own
