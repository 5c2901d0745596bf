"""Serve a built site on 127.0.0.1 the way a static host does: gzip for text, cache headers.

    python tools/serve_static.py site/ [--port 8000] [--prefix /keras-concepts/]

Used by tools/benchmark.py (Lighthouse measures what a reader would download) and by the
browser tests (tests/conftest.py). `--prefix` serves the site under a path, as GitHub Pages
does for a project site; without it the site is served at the root.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import io
import threading
from functools import lru_cache
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb", ".map")


@lru_cache(maxsize=512)
def _gzipped(path: str, mtime: float) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6)


class Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".ipynb": "application/x-ipynb+json",
        ".woff": "font/woff",
        ".woff2": "font/woff2",
        ".svg": "image/svg+xml",
    }

    def log_message(self, *args):  # quiet
        pass

    def translate_path(self, path):
        bare = path.split("?", 1)[0].split("#", 1)[0]
        if not bare.startswith(self.prefix):
            return str(Path(self.directory) / "__not_under_prefix__")
        return super().translate_path("/" + bare[len(self.prefix) :])

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # redirect to the slash form
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404, "Not found")
            return None
        body = path.read_bytes()
        encoding = None
        if path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body, encoding = _gzipped(str(path), path.stat().st_mtime), "gzip"
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        # Like GitHub Pages: cacheable for ten minutes.
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            page = Path(self.directory) / "404.html"
            if page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
        super().send_error(code, message, explain)


class Server:
    """A static server in a background thread: `with Server(site) as url: ...`."""

    def __init__(self, directory: Path, prefix: str = "/", port: int = 0):
        prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
        handler = type("SiteHandler", (Handler,), {"prefix": prefix})

        def make(*args, **kwargs):
            return handler(*args, directory=str(directory), **kwargs)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), make)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return self.url

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default="/")
    args = parser.parse_args()
    server = Server(args.directory, args.prefix, args.port)
    print(f"Serving {args.directory} at {server.url} (Ctrl+C stops)")
    with server:
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
