"""Run snippets on the backend KERAS_BACKEND names, in this process, and write one JSON line
per snippet to a file: python -m snippets.worker RESULTS.jsonl topic/name ...

Started by runner.Job (one process per backend, because Keras fixes its backend on import);
the results go to a file of their own, not stdout, which snippets and libraries print to.
"""

import json
import sys
import time

from snippets import runner


def main(results: str, names: list[str]) -> int:
    with open(results, "a", encoding="utf-8") as out:
        for name in names:
            snippet = runner.find(name)
            started = time.monotonic()
            try:
                run = runner.execute(snippet)
                item = {
                    "name": name,
                    "output": run.output,
                    "figure": run.figure,
                    "stamp": run.stamp,
                }
            except runner.SnippetError as exc:
                item = {"name": name, "error": str(exc)}
            item["seconds"] = round(time.monotonic() - started, 2)
            out.write(json.dumps(item) + "\n")
            out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
