"""Print the figures we watch: build times, test time, page weight, and how much there is.

    python dev.py bench            (or: .venv/bin/python tools/benchmark.py)

Targets on a 2-core machine: cold build <= 60 s, warm rebuild <= 5 s, tests <= 5 min.
Builds are timed `--runs N` times each (default 3) and the median shown, wall clock and CPU
(user + sys of the build and its kernels: steadier than wall time on a shared machine).
Cold: every cache under .cache/ cleared, notebooks executed. Warm: one concept page edited
(and put back), every cache warm: what a writer waits for after saving a page.
Page speed: Lighthouse 12.2.3 (tools/package.json; `python dev.py bench` runs `npm ci`) with
the system Chromium, mobile profile, the site served with gzip by tools/serve_static.py as a
static host would. Targets: performance >= 95, accessibility, best practices and SEO 100,
a page <= 200 KB gzipped before interaction, a math page (with its fonts) <= 400 KB, each
edition's search index <= 76 KB (tests/test_search.py checks it too). It measures the home page
and the slowest-looking page of each kind (measured_pages: concept, tutorial, glossary index and
entry), and the Chinese edition's where it is built.
`--lighthouse-only` skips the build and test timings; `--builds-only` times the builds and
`mkdocs serve` and weighs the pages, without Lighthouse and the test suite;
`--runs N` measures each page N times (default 3) and shows the median.
This is a measurement, not a test: it never fails because something is slow.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "hooks"))

import notebooks  # noqa: E402

from snippets import runner  # noqa: E402
from tools import translations  # noqa: E402

CACHE = ROOT / ".cache"


def measured_pages(site: Path) -> list[str]:
    """The pages to weigh and time: the home page and the slowest-looking page of each kind.

    What slows a page on a phone is how many elements the browser styles and lays out, and
    formulas most of all (MathJax draws each symbol as elements of its own), more than its
    bytes. So: the concept page with the most formulas and the one with the most elements, the
    tensors page (a formula on its first screen), the tutorials with the most elements and with
    the most bytes (its figures are inline images) and the first one, the glossary index and its
    entry with the most elements. Where the Chinese edition is built (site/zh), also its home
    page, its concept page with the most formulas and its tutorial with the most elements;
    without it, none of these."""

    def count(path: Path, pattern: str) -> int:
        return len(re.findall(pattern, path.read_text(encoding="utf-8")))

    def most(root: Path, pattern: str, what: str | None = r"<[a-zA-Z]") -> str:
        """The page matching pattern with the most matches of what (bytes, if what is None)."""
        candidates = sorted(root.glob(pattern))
        if not candidates:
            return ""
        found = max(candidates, key=lambda p: p.stat().st_size if what is None else count(p, what))
        return found.parent.relative_to(site).as_posix() + "/"

    formulas = r"<mjx-container"
    pages = ["", "glossary/", most(site, "glossary/*/index.html")]
    pages += [most(site, "concepts/*/index.html", formulas), most(site, "concepts/*/index.html")]
    pages += ["concepts/tensors/", most(site, "tutorials/*/index.html")]
    pages += [most(site, "tutorials/*/index.html", None), "tutorials/first_network/"]
    chinese = site / "zh"
    if (chinese / "index.html").is_file():
        pages += [
            "zh/",
            most(chinese, "concepts/*/index.html", formulas),
            most(chinese, "tutorials/*/index.html"),
        ]
    return [page for page in dict.fromkeys(pages) if (site / page / "index.html").is_file()]


def timed(args: list[str]) -> float:
    return timed_cpu(args)[0]


def timed_cpu(args: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + sys, children included) of one run."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def clear_caches() -> None:
    """Everything the build keeps between runs (executed notebooks, mkdocs-jupyter's
    conversions, the glossary's and the notebook CSS caches); not Keras's settings."""
    for path in CACHE.glob("*"):
        if path.name == "keras":
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


EDITED_PAGE = ROOT / "docs" / "concepts" / "tensors.md"


def median_runs(args: list[str], runs: int, before=None) -> tuple[float, float, list[float]]:
    """Median wall and CPU seconds over runs, and every wall time; before() runs first each time."""
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(timed_cpu(args))
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
        [r[0] for r in results],
    )


def warm_rebuild(build: list[str], runs: int) -> tuple[float, float, list[float]]:
    """Edit a concept page (a paragraph added), rebuild, and put the page back."""
    original = EDITED_PAGE.read_bytes()
    try:
        edits = iter(range(runs))
        return median_runs(
            build,
            runs,
            before=lambda: EDITED_PAGE.write_bytes(
                original + f"\n\nBenchmark edit {next(edits)}.\n".encode()
            ),
        )
    finally:
        EDITED_PAGE.write_bytes(original)


def serve_latency(runs: int) -> list[float]:
    """Seconds from saving an edit of a concept page until `mkdocs serve` serves the new page."""
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/keras-concepts/concepts/tensors/"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    original = EDITED_PAGE.read_bytes()

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    try:
        deadline = time.monotonic() + 300
        while "Tensors" not in page() and time.monotonic() < deadline:
            time.sleep(0.2)
        latencies = []
        for edit in range(runs):
            time.sleep(1.5)  # let the watcher settle after the last rebuild
            marker = f"Benchmark edit {edit} {time.time()}"
            EDITED_PAGE.write_bytes(original + f"\n\n{marker}\n".encode())
            start = time.perf_counter()
            while marker not in page() and time.perf_counter() - start < 60:
                time.sleep(0.05)
            latencies.append(time.perf_counter() - start)
        return latencies
    finally:
        EDITED_PAGE.write_bytes(original)
        server.terminate()
        server.wait()


def page_weight(site: Path, page: str) -> tuple[int, int, bool]:
    """Bytes of the page plus the local CSS, JS and math fonts it loads: raw and gzipped;
    and whether it has math. Math fonts count for the faces the page's formulas use."""
    html_path = site / page / "index.html"
    html = html_path.read_text(encoding="utf-8")
    files = [html_path]
    for url in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"#?]+\.(?:js|css))', html):
        target = (html_path.parent / url).resolve()
        if target.is_file():
            files.append(target)
    has_math = "<mjx-container" in html
    if has_math:  # MathJax's CSS names each face MJXTEX-<variant>; its glyphs carry TEX-<variant>
        css = (site / "assets" / "stylesheets" / "math.css").read_text(encoding="utf-8")
        faces = {"MJXZERO", "MJXTEX"} | {"MJXTEX-" + v for v in re.findall(r"\bTEX-([A-Z0-9]+)\b", html)}
        for face, url in re.findall(r'font-family: (MJX[\w-]+);\s*src: url\("([^"]+)"\)', css):
            if face in faces:
                files.append(site / "assets" / "stylesheets" / url)
    raw = sum(f.stat().st_size for f in files)
    # woff is compressed already: a server sends it as it is.
    packed = sum(
        f.stat().st_size if f.suffix == ".woff" else len(gzip.compress(f.read_bytes())) for f in files
    )
    return raw, packed, has_math


def search_indexes(site: Path) -> list[Path]:
    """Material's search index of each edition: the English at the root, the Chinese under zh/."""
    found = [site / "search" / "search_index.json", site / "zh" / "search" / "search_index.json"]
    return [path for path in found if path.is_file()]


LIGHTHOUSE = ROOT / "tools" / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


def find_chromium() -> str | None:
    candidates = [os.environ.get("CHROMIUM"), *(shutil.which(n) for n in ("chromium", "google-chrome"))]
    return next((c for c in candidates if c), None)


def lighthouse_run(url: str, chromium: str, report: Path) -> dict:
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=performance,accessibility,best-practices,seo",
        ],
        check=True,
        env=dict(os.environ, CHROME_PATH=chromium),
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    audits = result["audits"]
    return {
        "scores": [
            result["categories"][c]["score"]
            for c in ("performance", "accessibility", "best-practices", "seo")
        ],
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "tbt": audits["total-blocking-time"]["numericValue"],
        "kb": audits["total-byte-weight"]["numericValue"] / 1024,
    }


def lighthouse(site: Path, runs: int = 3) -> None:
    """Print Lighthouse's scores, LCP, TBT and transferred bytes for the measured pages (mobile).

    Each page is measured `runs` times and the run with the median performance score is
    shown (Lighthouse varies from run to run, more so on a busy machine)."""
    from tools.serve_static import Server

    chromium = find_chromium()
    if not LIGHTHOUSE.exists() or chromium is None:
        print("lighthouse: skipped (needs `npm ci` in tools/ and a Chromium)")
        return
    pages = measured_pages(site)
    print(
        f"lighthouse 12.2.3, mobile, median of {runs} (perf a11y best-practices SEO; LCP, TBT, transferred);"
        f" load average {os.getloadavg()[0]:.2f} at the start (fair below 1: Lighthouse times the"
        " browser's work as it happens, and a busy machine makes it slower):"
    )
    with Server(site, "/keras-concepts/") as url, tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            results = sorted(
                (lighthouse_run(url + page, chromium, Path(tmp) / "report.json") for _ in range(runs)),
                key=lambda r: r["scores"][0] or 0,
            )
            r = results[len(results) // 2]
            figures = " ".join(f"{round(100 * s) if s is not None else '-':>3}" for s in r["scores"])
            spread = "/".join(str(round(100 * (x["scores"][0] or 0))) for x in results)
            print(
                f"  /{page:<30} {figures}   LCP {r['lcp']:4.1f} s  TBT {r['tbt']:4.0f} ms  "
                f"{r['kb']:4.0f} KB   (perf runs {spread})"
            )
    print(f"  load average {os.getloadavg()[0]:.2f} at the end")


def main() -> None:
    python = sys.executable
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    if "--lighthouse-only" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            timed([python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)])
            lighthouse(site, runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build = [python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
        load = os.getloadavg()[0]
        cold, cold_cpu, colds = median_runs(build, runs, before=clear_caches)
        warm, warm_cpu, warms = warm_rebuild(build, runs)
        served = serve_latency(runs)
        print(f"builds: median of {runs}; load average {load:.2f} at the start (fair below 1)")
        for name, wall, cpu, walls, target in (
            ("cold build (caches cleared)", cold, cold_cpu, colds, 60),
            ("warm rebuild (one page edited)", warm, warm_cpu, warms, 5),
        ):
            spread = "/".join(f"{t:.1f}" for t in walls)
            print(f"{name:<32} {wall:6.1f} s   CPU {cpu:5.1f} s   (target <= {target} s; runs {spread})")
        spread = "/".join(f"{t:.1f}" for t in served)
        served_median = statistics.median(served)
        print(f"{'mkdocs serve: edit shown':<32} {served_median:6.1f} s   (target <= 3 s; runs {spread})")
        print("page weight (HTML + local CSS/JS, and math fonts where the page has math):")
        for page in measured_pages(site):
            raw, packed, math = page_weight(site, page)
            note = "  incl. math fonts (target <= 400 KB)" if math else "  (target <= 200 KB)"
            print(f"  /{page:<39} {raw / 1024:7.0f} KB raw {packed / 1024:6.0f} KB gzip{note}")
        print("search index (each page downloads its own edition's):")
        for index in search_indexes(site):
            raw, packed = index.stat().st_size, len(gzip.compress(index.read_bytes()))
            name = "/" + index.relative_to(site).as_posix()
            print(f"  {name:<40} {raw / 1024:7.0f} KB raw {packed / 1024:6.1f} KB gzip  (target <= 76 KB)")
        if "--builds-only" in sys.argv[1:]:
            return
        lighthouse(site, runs)
    clear_caches()
    tests = timed([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"])
    print(f"test suite (caches cleared)      {tests:6.1f} s   (target <= 300 s)")
    print(f"snippets                         {len(runner.discover()):6d}")
    print(f"tutorial notebooks               {len(notebooks.sources()):6d}")
    translated = len(translations.translations())
    print(f"Chinese translations             {translated:6d}   ({len(translations.untranslated())} missing)")


if __name__ == "__main__":
    main()
