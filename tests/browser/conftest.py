"""Browser tests: Debian's Chromium driven by Playwright against the live test server.

The browser fixtures (Chromium's settings, screenshots, the accessibility check, a case in
the browser's session) are in tests/conftest.py: tests in other folders drive the browser too.
"""
