"""Browser tests: Debian's Chromium driven by Playwright against the live test server."""

from pathlib import Path

import axe_playwright_python
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
PHONE = {"width": 390, "height": 844}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Never download a browser: use the distribution's Chromium, with no background traffic.
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A phone in mainland China: its browser asks for Chinese first and keeps Beijing time.
    return {
        **browser_context_args,
        "viewport": PHONE,
        "device_scale_factor": 1,
        "locale": "zh-CN",
        "timezone_id": "Asia/Shanghai",
    }


@pytest.fixture
def page(page, clock):
    """The browser's clock shows the suite's now too (timers keep running)."""
    from django.utils import timezone

    page.clock.set_fixed_time(timezone.now())
    return page


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under test-artifacts/screenshots/NAME.png."""

    def take(page, name):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def assert_accessible():
    """Run axe-core in the page; fail on serious or critical violations.

    The source is evaluated rather than added as a script tag, which our CSP would block.
    """

    def check(page):
        page.evaluate(AXE_SOURCE)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], f"accessibility problems on {page.url}"

    return check
