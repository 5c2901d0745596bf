"""A JSON file of answers a hook worked out in the last build, so that a rebuild skips them.

Each hook keeps one: `cache = BuildCache(cache_path(config, name), version)` at the start of
a build, `cache.get(key)` and `cache.put(key, value)` per page, `cache.save()` at its end.
`version` names everything the answers depend on besides the key (the hook's own source, the
glossary...): when it changes, the old answers are dropped. Only what this build used is saved,
so the file does not grow; each edition (hooks/editions.py) has its own files, so that building
one does not drop the other's answers.
"""

from __future__ import annotations

import json
from pathlib import Path


class BuildCache:
    def __init__(self, path: Path, version: str):
        self.path, self.version = path, version
        self.known: dict = {}
        self.used: dict = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if data.get("version") == version:
            self.known = data["answers"]

    def get(self, key: str):
        return self.known.get(key)

    def put(self, key: str, value) -> None:
        self.used[key] = value

    def save(self) -> None:
        if self.used != self.known:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = {"version": self.version, "answers": self.used}
            self.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def cache_path(config, name: str) -> Path:
    """.cache/<name> for the English edition, .cache/<edition>/<name> for another."""
    config = config or {}  # a hook tried on its own: the English edition in this repository
    root = (
        Path(config.get("config_file_path") or Path(__file__).parent.parent / "mkdocs.yml").parent / ".cache"
    )
    edition = (config.get("extra") or {}).get("edition", "en")
    return root / name if edition == "en" else root / edition / name
