"""MkDocs hook: work that rendering repeats, done once.

- Code blocks: Pygments colours every snippet's code and output on every build, and the
  Chinese edition shows the very same blocks again. Each highlighted block is kept, in memory
  for this process (both editions, and `mkdocs serve`'s next builds) and in
  .cache/highlight.json (one per edition) for the next build.
- Notebooks: mkdocs-jupyter makes two nbconvert exporters per notebook (the page, and
  Markdown for its table of contents), and each compiled its Jinja templates anew, about a
  third of rendering a notebook. The compiled templates are shared in memory.

Both replace a method of a renderer (pymdownx.highlight, nbconvert) once per process with
one that looks up the answer first; the answer is what the renderer itself made, for the
same input and settings, so no page changes (tests/test_render_cache.py compares them).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # MkDocs loads hooks by path, not as a package
from build_cache import BuildCache, cache_path  # noqa: E402

_STASH = "\x02"  # Python-Markdown's placeholder for stashed HTML: a result that is not self-contained


class _Highlighted:
    """The highlighted blocks: this process's (`seen`) and this build's cache file (`cache`)."""

    def __init__(self, highlight):
        self.highlight = highlight  # pymdownx's own method
        self.seen: dict[str, str] = {}
        self.cache: BuildCache | None = None


def remember_highlighting() -> _Highlighted:
    from pymdownx.highlight import Highlight

    if hasattr(Highlight, "_highlighted"):
        return Highlight._highlighted  # this process did it already (hooks load again per build)
    highlight = Highlight.highlight
    blocks = Highlight._highlighted = _Highlighted(highlight)

    def remembered(self, src, language, *args, **kwargs):
        if kwargs.get("inline") or len(args) >= 5 and args[4]:  # inline code: an element, not text
            return highlight(self, src, language, *args, **kwargs)
        settings = {k: v for k, v in vars(self).items() if k != "md"}
        if not (self.line_spans or self.line_anchors):  # the block's number names only those
            kwargs = {k: v for k, v in kwargs.items() if k != "code_block_count"}
        key = repr((sorted(settings.items()), src, language, args, sorted(kwargs.items())))
        key = hashlib.sha256(key.encode()).hexdigest()
        html = blocks.seen.get(key) or (blocks.cache.get(key) if blocks.cache else None)
        if html is None:
            html = highlight(self, src, language, *args, **kwargs)
            if not isinstance(html, str) or _STASH in html:
                return html
        blocks.seen[key] = html
        if blocks.cache:
            blocks.cache.put(key, html)
        return html

    Highlight.highlight = remembered
    return blocks


def share_compiled_templates() -> None:
    """Every nbconvert exporter of this process reuses the Jinja templates compiled before."""
    import jinja2
    from nbconvert.exporters.templateexporter import TemplateExporter

    if hasattr(TemplateExporter, "_shared_bytecode"):
        return

    class InMemory(jinja2.BytecodeCache):
        def __init__(self):
            self.compiled: dict[str, bytes] = {}

        @staticmethod
        def key(bucket) -> str:
            """The template (by name: the bucket checks its source) and what else shapes
            its compiled code, the environment's syntax and compiler settings."""
            env = bucket.environment
            settings = (
                env.block_start_string, env.block_end_string, env.variable_start_string,
                env.variable_end_string, env.comment_start_string, env.comment_end_string,
                env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
                env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
                env.optimized, env.is_async, env.finalize is None, repr(env.autoescape),
                sorted(env.extensions),
            )  # fmt: skip
            return f"{bucket.key} {settings}"

        def load_bytecode(self, bucket):
            if self.key(bucket) in self.compiled:
                bucket.bytecode_from_string(self.compiled[self.key(bucket)])

        def dump_bytecode(self, bucket):
            self.compiled[self.key(bucket)] = bucket.bytecode_to_string()

    shared = TemplateExporter._shared_bytecode = InMemory()
    create = TemplateExporter._own_create_environment = TemplateExporter._create_environment

    def create_environment(self):
        environment = create(self)
        environment.bytecode_cache = shared
        return environment

    TemplateExporter._create_environment = create_environment


# ---- MkDocs events -------------------------------------------------------------------

_cache: BuildCache | None = None


def on_config(config):
    global _cache
    import pygments
    import pymdownx

    share_compiled_templates()
    blocks = remember_highlighting()
    version = (
        f"{pymdownx.__version__} {pygments.__version__} "
        + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    )
    blocks.cache = _cache = BuildCache(cache_path(config, "highlight.json"), version)
    return config


def on_post_build(config):
    if _cache:
        _cache.save()
