"""Set up and run the project with one command, on Linux, macOS and Windows.

    python dev.py serve      build the site and serve it at http://127.0.0.1:8000
    python dev.py test       run every test (snippets, notebooks, build, links, glossary)
    python dev.py build      build the site into site/
    python dev.py build --offline
                             build a copy to read from disk into site-offline/ (and .zip)
    python dev.py bench      print build time, test time and page weight
    python dev.py translations
                             list the Chinese translations missing, marked behind, out of date or broken

Each command first makes a virtual environment in .venv and installs the pinned
requirements into it; later runs reuse it until requirements.txt changes. Any further
arguments go to the underlying tool, e.g. `python dev.py test -k tensors`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
REQUIREMENTS = ROOT / "requirements.txt"
STAMP = VENV / "requirements.sha256"

if sys.version_info < (3, 11):
    sys.exit("Python 3.11 or newer is needed (Keras 3.15 and NumPy 2.4 require it).")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    """Create .venv and install requirements.txt into it, unless that is already done."""
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing the pinned requirements (the first time takes a few minutes) ...", flush=True)
        subprocess.run(
            [python, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", REQUIREMENTS],
            check=True,
        )
        STAMP.write_text(wanted)
    return python


def ensure_node_tools(with_lighthouse: bool) -> None:
    """`npm ci` in tools/: axe-core for the accessibility tests, plus Lighthouse for `bench`.

    Skipped, with a note, where npm is missing: the accessibility tests then skip (or fail
    under CI=true) and the benchmark leaves out the Lighthouse figures.
    """
    tools = ROOT / "tools"
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: skipping tools/package.json (axe-core, Lighthouse).", flush=True)
        return
    mode = "all" if with_lighthouse else "axe"
    stamp = tools / "node_modules" / ".installed"
    wanted = hashlib.sha256((tools / "package-lock.json").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text().split() in ([wanted, mode], [wanted, "all"]):
        return
    print(f"Installing tools/package-lock.json with npm ci ({mode}) ...", flush=True)
    extra = [] if with_lighthouse else ["--omit=dev"]
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error", *extra], cwd=tools, check=True)
    stamp.write_text(f"{wanted} {mode}\n")


def main(argv: list[str]) -> int:
    commands = {
        "serve": ["-m", "mkdocs", "serve", "--dev-addr", "127.0.0.1:8000"],
        "test": ["-m", "pytest"],
        "build": ["-m", "mkdocs", "build", "--strict"],
        "bench": [str(ROOT / "tools" / "benchmark.py")],
        "translations": [str(ROOT / "tools" / "translations.py")],
    }
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    python = ensure_environment()
    if argv[0] in ("test", "bench"):
        ensure_node_tools(with_lighthouse=argv[0] == "bench")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    if argv[0] == "build" and "--offline" in argv:
        return build_offline(python, env, [a for a in argv[1:] if a != "--offline"])
    return subprocess.call([python, *commands[argv[0]], *argv[1:]], cwd=ROOT, env=env)


def build_offline(python: Path, env: dict, args: list[str]) -> int:
    """The offline profile (hooks/offline.py): open site-offline/index.html, or share the zip."""
    target = ROOT / "site-offline"
    code = subprocess.call(
        [python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target), *args],
        cwd=ROOT,
        env=dict(env, OFFLINE="true"),
    )
    if code == 0:
        archive = shutil.make_archive(str(target), "zip", root_dir=ROOT, base_dir=target.name)
        print(f"Offline site: {target / 'index.html'} (and {Path(archive).name}); open it in a browser.")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
