"""axe-core finds no serious or critical accessibility problem on the main kinds of page.

axe-core comes from npm (tools/package.json; `python dev.py test` runs `npm ci` there).
Without it, or without a browser, these tests skip, except under CI=true, where they fail.
"""

import pytest
from conftest import AXE, _unavailable

PAGES = [
    "",
    "glossary/",
    "glossary/tensor/",
    "concepts/tensors/",
    "tutorials/first_network/",
    "zh/glossary/",
    "zh/glossary/overfitting/",
]


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        _unavailable(f"axe-core is not installed ({AXE.relative_to(AXE.parents[2])}): run `npm ci` in tools/")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(visit, axe_source, path, scheme):
    page = visit.open(path)
    # Every block drawn: axe-core cannot see the colours of one the browser has not drawn yet
    # (content-visibility, docs/stylesheets/extra.css), and would leave it unchecked.
    page.add_style_tag(content="* { content-visibility: visible !important; }")
    if scheme == "dark":
        page.locator("form[data-palette] label:visible").first.click()
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    # A reader sees colours once they have settled: the toggle's tooltip fades in under the
    # pointer after the click, and axe-core measuring it half-faded reports a contrast that no
    # reader sees (a flaky failure in CI). Wait until every transition has finished.
    page.evaluate(
        """Promise.all(document.getAnimations()
            .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
            .map(a => a.finished))"""
    )
    page.add_script_tag(content=axe_source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    report = [
        f"{v['id']} ({v['impact']}): {v['help']}\n    "
        + "\n    ".join(node["html"][:160] for node in v["nodes"][:5])
        for v in serious
    ]
    assert not serious, f"on /{path} ({scheme}):\n" + "\n".join(report)
