"""Every piece of code shown on the site: one runnable script per snippet.

A snippet lives at ``snippets/<topic>/<name>.py``; the output of its last run is
recorded beside it in ``<name>.output.txt`` (and its figure, if it draws one, in
``<name>.svg``). Those files are written by ``python -m snippets update`` only.

Importing this package sets the environment that makes runs quiet and repeatable
(see ``ENVIRONMENT``); the build hooks and the tests import it for that reason too.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ENVIRONMENT = {
    "KERAS_BACKEND": "tensorflow",
    # Keras writes keras.json on first import: keep it inside the project, not in ~/.keras.
    "KERAS_HOME": str(ROOT / ".cache" / "keras"),
    # TensorFlow's C++ start-up chatter goes straight to the terminal; it is never part of a lesson.
    "TF_CPP_MIN_LOG_LEVEL": "3",
    # oneDNN kernels may reorder float sums, so the last printed digit could change between CPUs.
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "MPLBACKEND": "Agg",
    # Fixed ids and text kept as text in SVG figures, so a figure only changes when the drawing does.
    "MATPLOTLIBRC": str(Path(__file__).resolve().parent / "matplotlibrc"),
    "PYTHONHASHSEED": "0",
}


def where(path: Path) -> str:
    """A path as a contributor would type it: relative to the repository when inside it."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


for _key, _value in ENVIRONMENT.items():
    os.environ.setdefault(_key, _value)
