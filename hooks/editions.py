"""MkDocs hook: two editions from one command, English at the site's root and Chinese under /zh/.

mkdocs.yml builds the English edition, and it builds mkdocs.zh.yml (which inherits everything else
from mkdocs.yml) into <site>/zh, so `mkdocs build`, `mkdocs serve`, the tests and the offline copy
all get both editions. The Chinese build runs in a process of its own, started once the tutorials
have been executed (the one input the editions share), so that the two editions' pages are
rendered side by side on two cores; on_post_build waits for it and copies its site in. Each
edition is a whole MkDocs build with its own navigation, search index, sitemap and theme language;
ARCHITECTURE.md says why this beats one build with a language plugin.

In the Chinese build every page keeps its English source URI (so links, anchors and slugs are the
same) but is read from its translation beside it, X.zh.md for X.md; a page with no translation
stops the build (no silent English fallback under /zh/). Tutorials are handled by
hooks/notebooks.py, which puts the Chinese Markdown cells around the English run's outputs.
A translation marked behind its English page (tools/translations.py) says so at its top, with a
link to the English page.

The words the hooks and templates add to pages ("Output", "Run it yourself", ...) are in WORDS.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "hooks"))  # MkDocs loads hooks by path, not as a package

from build_cache import cache_path  # noqa: E402

from tools import translations  # noqa: E402

# The editions: code, the value of <html lang>, the name in the language menu, the path under the site.
EDITIONS = {"en": ("en", "English", ""), "zh": ("zh-Hans", "中文", "zh/")}
CHINESE_CONFIG = ROOT / "mkdocs.zh.yml"

WORDS = {
    "en": {
        "output": "Output",
        "predict": "What does it print? Decide before you open the answer.",
        "answer": "Answer",
        "run_it": "Run it yourself: {command}",
        "same_on": "The same on {}",
        "list_sep": ", ",
        "and": " and ",
        "download": "Download this notebook",
        "example": "Example",
        "related": "Related terms",
        "used_in": "Used in",
        "unused": "No page uses this term yet.",
        "by_pinyin": "By pinyin",
        "by_english": "By English name",
        "permalink": "Permanent link",
    },
    "zh": {
        "output": "输出",
        "predict": "它会打印什么？先自己想好，再打开答案。",
        "answer": "答案",
        "run_it": "自己运行：{command}",
        "same_on": "在 {} 上输出相同",
        "list_sep": "、",
        "and": " 和 ",
        "download": "下载这个笔记本",
        "example": "示例",
        "related": "相关术语",
        "used_in": "用到它的页面",
        "unused": "还没有页面用到这个术语。",
        "by_pinyin": "按拼音",
        "by_english": "按英文名",
        "permalink": "本节的永久链接",
    },
}


def edition(config) -> str:
    return (config["extra"] or {}).get("edition", "en") if "extra" in config else "en"


def words(config) -> dict[str, str]:
    return WORDS[edition(config)]


@event_priority(100)
def on_config(config):
    config.extra["words"] = words(config)
    if "toc" in config.mdx_configs:  # the title of each heading's ¶ link
        config.mdx_configs["toc"]["permalink_title"] = words(config)["permalink"]
    # mkdocs-jupyter deletes the cached pages a build did not use: one cache per edition, or
    # each build would evict the other's (and the path is its own, not the working directory's).
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        jupyter.config["cache_dir"] = str(cache_path(config, "mkdocs-jupyter"))
    return config


@event_priority(110)  # before hooks/notebooks.py and mkdocs-jupyter see the files
def on_files(files, config):
    if edition(config) == "en":
        return files  # the Chinese build starts in on_nav, once the tutorials have run
    missing = []
    for file in list(files.documentation_pages()):
        english = Path(file.abs_src_path)
        translation = translations.translation_of(english)
        if not translation.is_file():
            missing.append(translations.rel(translation))
            continue
        files.remove(file)
        chinese = File.generated(config, file.src_uri, abs_src_path=str(translation))
        chinese.edit_uri = translation.relative_to(config.docs_dir).as_posix()  # "Edit" opens the translation
        files.append(chinese)
    if missing:
        raise PluginError(
            "The Chinese edition has no page for: " + ", ".join(missing) + ". Every English page "
            "needs its translation beside it (CONTRIBUTING.md, 'Translate a page'); "
            "python dev.py translations lists what is missing."
        )
    return files


def _root_url(config) -> str:
    """The English edition's absolute URL (site_url of the Chinese one ends in zh/)."""
    site = config.site_url or "/"
    return site.removesuffix(EDITIONS[edition(config)][2])


def alternates(config, url: str, page_url: str | None) -> list[dict]:
    """The language menu's links (relative, so they work from file://) and the head's (absolute)."""
    root = _root_url(config)
    found = []
    for code, (lang, name, prefix) in EDITIONS.items():
        target = prefix + url  # from the English root
        here = EDITIONS[edition(config)][2] + (page_url or "")
        found.append(
            {
                "edition": code,
                "lang": lang,
                "name": name,
                "href": get_relative_url(target, here),
                "absolute": root + target,
                "current": code == edition(config),
            }
        )
    return found


def on_page_context(context, page, config, nav):
    context["alternates"] = alternates(config, page.url, page.url)
    return context


def on_template_context(context, template_name, config):
    # 404.html is served at any address, so its links are absolute paths: each edition's home.
    context["alternates"] = alternates(config, "", None)
    for alternate in context["alternates"]:
        alternate["href"] = urlsplit(alternate["absolute"]).path
    return context


def _translation(page, config) -> Path:
    """The file a Chinese page was translated in: X.zh.md, or X.zh.py for tutorials/X.ipynb."""
    english = Path(config.docs_dir, page.file.src_uri)
    return translations.translation_of(english.with_suffix(".py") if english.suffix == ".ipynb" else english)


def behind_notice(page, config) -> str:
    """The box at the top of a Chinese page whose translation is marked behind its English page."""
    translation = _translation(page, config)
    if edition(config) != "zh" or not translation.is_file() or not translations.marked_behind(translation):
        return ""
    english = next(a for a in alternates(config, page.url, page.url) if a["edition"] == "en")
    # hreflang: the link check over site/zh (tests/checks.py) lets only such links leave the edition.
    return (
        '<div class="admonition warning translation-behind">\n'
        '<p class="admonition-title">译文落后于英文原文</p>\n'
        "<p>英文页面在翻译之后有过改动，这个中文版还没有跟上，可能缺少新的内容。"
        f'最新内容请阅读<a href="{english["href"]}" hreflang="{english["lang"]}">英文版</a>。</p>\n'
        "</div>\n"
    )


@event_priority(-100)  # after the other hooks, so that the glossary does not link words in it
def on_page_content(html, page, config, files):
    return behind_notice(page, config) + html


def on_post_page(output, page, config):
    lang = EDITIONS[edition(config)][0]
    return output.replace('<html lang="zh"', f'<html lang="{lang}"', 1) if lang != "zh" else output


def on_post_template(output, template_name, config):
    return on_post_page(output, None, config)


def _chinese_inputs(config, options: dict) -> str:
    """A digest of everything the Chinese edition is made from. The English pages' prose is not
    in it: after an edit to an English page, the Chinese edition is copied, not rebuilt."""
    docs = Path(config.docs_dir)
    digest = hashlib.sha256(repr(sorted(options.items())).encode())
    digest.update(f"{date.today()} {os.environ.get('OFFLINE')} {_git_head()}".encode())
    paths = [ROOT / "mkdocs.yml", CHINESE_CONFIG, ROOT / "requirements.txt"]
    for folder in (docs, ROOT / "snippets", ROOT / "hooks", ROOT / "overrides"):
        paths += sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in paths:
        english_page = path.suffix == ".md" and not path.name.endswith(".zh.md")
        if english_page and path.is_relative_to(docs) and path.parent != docs / "glossary":
            continue  # glossary records (names, links) are shared by both editions
        digest.update(str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _git_head() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip()  # the pages' "last updated" dates come from git


_chinese_build: dict = {}  # the running Chinese build of this English build: process, log, key


def _chinese_options(config) -> dict:
    site = Path(config.site_dir)
    return {
        "site_dir": str(site / "zh"),
        "site_url": (config.site_url + "zh/") if config.site_url else None,
        "strict": config.strict,
        "use_directory_urls": config.use_directory_urls,
    }


_BUILD_CHINESE = """
import json, logging, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.WARNING)
build(load_config(sys.argv[1], **json.loads(sys.argv[2])))
"""


def on_nav(nav, config, files):
    """Start the Chinese build, unless the last one made from the same inputs is kept. It runs
    after hooks/notebooks.py has executed the tutorials (on_files), which it reads from the cache."""
    if edition(config) != "en":
        return nav
    options = _chinese_options(config)
    key = _chinese_inputs(config, options)
    kept = cache_path(config, "zh-site")
    _chinese_build.clear()
    _chinese_build["key"] = key
    if (kept / ".inputs").is_file() and (kept / ".inputs").read_text() == key:
        return nav
    building = kept.with_name(kept.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.parent.mkdir(parents=True, exist_ok=True)
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # a pipe could fill up and stall it
    options["site_dir"] = str(building)
    _chinese_build["process"] = subprocess.Popen(
        [sys.executable, "-c", _BUILD_CHINESE, str(CHINESE_CONFIG), json.dumps(options)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PYTHONUTF8="1", NO_MKDOCS_2_WARNING="1"),
    )
    _chinese_build["log"], _chinese_build["building"] = log, building
    return nav


@event_priority(-100)  # last: the English site is complete
def on_post_build(config):
    if edition(config) != "en":
        return
    site = Path(config.site_dir)
    kept = cache_path(config, "zh-site")
    process = _chinese_build.get("process")
    if process is not None:
        process.wait()
        log = _chinese_build["log"]
        log.seek(0)
        output = log.read()
        log.close()
        if process.returncode:
            raise PluginError(f"The Chinese edition (mkdocs.zh.yml) failed to build:\n{output.strip()}")
        for line in output.splitlines():  # its warnings, as if they were this build's
            if line.startswith(("WARNING", "ERROR")):
                print(line, file=sys.stderr)
        shutil.rmtree(kept, ignore_errors=True)
        _chinese_build["building"].replace(kept)
        (kept / ".inputs").write_text(_chinese_build["key"])
    shutil.copytree(kept, site / "zh", ignore=shutil.ignore_patterns(".inputs"), dirs_exist_ok=True)
    _merge_sitemaps(site, site / "zh")


def on_build_error(error):
    """A failed English build leaves no Chinese build running."""
    process = _chinese_build.pop("process", None)
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()


_ENTRY = re.compile(r"<loc>(.*?)</loc>\s*(?:<lastmod>(.*?)</lastmod>)?", re.S)


def _merge_sitemaps(site: Path, chinese: Path) -> None:
    """One sitemap.xml at the root listing the pages of both editions, each with its twin.

    The hreflang alternates are given here, not as <link rel="alternate"> in each page's head:
    Material's script fetches sitemap.xml beside every such link (to map pages between
    languages), which for a link to a page is an address that does not exist, and another host
    when the site is read from a preview or from disk. Search engines read hreflang from either.
    """
    main, other = site / "sitemap.xml", chinese / "sitemap.xml"
    if not (main.is_file() and other.is_file()):
        return
    root = main.read_text(encoding="utf-8")
    base = _ENTRY.search(root)[1]  # the home page comes first
    pages = dict.fromkeys(loc.removeprefix(base) for loc, _ in _ENTRY.findall(root))
    dates = dict(_ENTRY.findall(root)) | dict(_ENTRY.findall(other.read_text(encoding="utf-8")))
    entries = []
    for page in pages:
        twins = [(lang, base + prefix + page) for lang, _, prefix in EDITIONS.values()]
        links = [f'<xhtml:link rel="alternate" hreflang="{lang}" href="{url}"/>' for lang, url in twins]
        links.append(f'<xhtml:link rel="alternate" hreflang="x-default" href="{twins[0][1]}"/>')
        for _, url in twins:
            lastmod = f"<lastmod>{dates[url]}</lastmod>" if dates.get(url) else ""
            entries.append(f"<url><loc>{url}</loc>{lastmod}{''.join(links)}</url>")
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(entries) + "\n</urlset>\n"
    )
    main.write_text(text, encoding="utf-8")
    with gzip.GzipFile(site / "sitemap.xml.gz", "wb", mtime=0) as out:
        out.write(text.encode("utf-8"))
