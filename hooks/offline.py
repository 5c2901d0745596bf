"""MkDocs hook: the offline profile, a copy of the site to read from disk (file://) or a zip.

    OFFLINE=true mkdocs build -d site-offline      (or: python dev.py build --offline)

Material's offline plugin (listed in mkdocs.yml, enabled by OFFLINE) turns off directory
URLs and inlines the search index. This hook points the iframe-worker shim that runs the
search worker from file:// at a copy served from the site itself (the plugin would otherwise
add a link to a CDN). Instant navigation, which would need a server, is off in every build.
"""

import os

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"  # in overrides/


def enabled() -> bool:
    return os.environ.get("OFFLINE", "").lower() in ("1", "true", "yes")


@event_priority(100)  # before the offline plugin, which adds the CDN shim unless one is there
def on_config(config):
    if not enabled():
        return config
    config.extra["polyfills"] = [SHIM]
    return config
