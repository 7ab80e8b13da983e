"""`followup web` as a user meets it: a real process, Debian's chromium, real mail servers.

The store is filled by real scans (`followup scan --maildir` of the demo mailbox
plus a hostile mail) and `followup plan`; the page sends through aiosmtpd and
files the copy in Dovecot's Sent folder. Playwright drives /usr/bin/chromium
(browsers are not downloaded). `.ci/run` installs chromium; without it this
test fails rather than skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.app import demo
from tests.test_outbox import write_config
from tests.web_support import HOSTILE_COMPANY, add_hostile

CHROMIUM = os.environ.get("FOLLOWUP_TEST_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NOW = demo.DEMO_NOW.isoformat()
RECIPIENT = "jordan.lee@harborlane.example"
#: where screenshots go (scripts/web-screenshots sets it to docs/)
SHOTS = os.environ.get("FOLLOWUP_WEB_SCREENSHOTS")


def followup(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def env(tmp_path, isolated_env, imap_account, smtp_server) -> dict[str, str]:
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    values = {**os.environ, "FOLLOWUP_CONFIG": str(config), "FOLLOWUP_NOW": NOW}
    maildir = demo.build_maildir(tmp_path / "mail")
    add_hostile(maildir)
    followup(values, "scan", "--maildir", str(maildir))
    followup(values, "plan")
    return values


@pytest.fixture
def server(env) -> Iterator[str]:
    """`followup web --no-browser` as a process; yields the address it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "web", "--no-browser", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address.startswith("http://127.0.0.1:") and "/?token=" in address, address
        yield address
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def browser() -> Iterator[object]:
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), f"{CHROMIUM} is not installed"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def shot(page: object, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"web-{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_pipeline_review_send_once_and_the_guards(server, browser, smtp_server):
    base = server.split("/?")[0]
    context = browser.new_context(viewport={"width": 1440, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    # the secret becomes a cookie and leaves the address bar
    page.goto(server)
    assert page.url == base + "/"
    assert (
        page.locator(".column[aria-label='Needs you'] .card")
        .filter(has_text="Harbor Lane Robotics")
        .count()
        == 1
    )
    assert page.locator(".card").filter(has_text="Corvid Logistics").count() == 1
    page.fill("#search", "quillstone")
    with page.expect_navigation():
        page.press("#search", "Enter")
    assert page.locator(".card").count() == 1
    page.goto(base + "/")
    shot(page, "pipeline")

    # a hostile mail shows as text; no script of it runs
    page.locator(".card").filter(has_text=HOSTILE_COMPANY).click()
    page.wait_for_url("**/applications/*")
    text = page.locator("pre.mailtext").first.inner_text()
    assert '<script>document.title = "pwned"' in text
    assert "<img src=" in text
    assert "<script>alert(1)</script>" in page.locator(".subject").first.inner_text()
    assert page.evaluate("window.followupPwned === undefined")
    assert page.title() != "pwned"
    assert page.locator("pre.mailtext mark").count() >= 1
    assert not dialogs
    page.goto(base + "/applications/4")
    shot(page, "application")

    # set the recipient of the draft that had none, approve it with the keyboard, send
    page.goto(base + "/review")
    card = page.locator("article.draft").filter(has_text="Harbor Lane Robotics")
    assert "needs recipient" in card.locator(".badge").inner_text()
    card.locator("input.to").fill(f"Jordan Lee <{RECIPIENT}>")
    with page.expect_navigation():
        card.locator("form.edit button").click()
    assert page.locator(".notice").filter(has_text="saved").count() == 1
    card = page.locator("article.draft").filter(has_text="Harbor Lane Robotics")
    assert "pending" in card.locator(".badge").inner_text()
    assert card.locator("textarea").input_value().startswith("Hello Jordan")  # re-rendered
    assert "current" in (card.get_attribute("class") or "")  # the #draft-N target
    shot(page, "review")
    with page.expect_navigation():
        page.keyboard.press("a")
    card = page.locator("article.draft").filter(has_text="Harbor Lane Robotics")
    assert "approved" in card.locator(".badge").inner_text()
    page.click("#send-approved")
    page.wait_for_url(base + "/send")
    results = page.locator(".result")
    assert results.count() == 1
    assert "sent" in results.first.inner_text() and RECIPIENT in results.first.inner_text()
    shot(page, "sent")
    assert len(smtp_server.messages) == 1
    assert smtp_server.messages[0].rcpt_tos == (RECIPIENT,)
    page.goto(base + "/review")
    assert page.locator("#send-approved").is_disabled()
    page.goto(base + "/insights")
    assert page.locator("svg.chart").count() == 3
    shot(page, "insights")
    assert len(smtp_server.messages) == 1  # once, and only once

    # two tabs edit one draft: the second save is refused and its text kept on screen
    first, second = page, context.new_page()
    for tab in (first, second):
        tab.goto(base + "/review")
    for tab, subject in ((first, "Subject from the first tab"), (second, "From the second tab")):
        draft = tab.locator("article.draft").filter(has_text="Tidepool Studio")
        draft.locator("input.subject").fill(subject)
    with first.expect_navigation():
        first.locator("article.draft").filter(has_text="Tidepool Studio").locator(
            "form.edit button"
        ).click()
    with second.expect_navigation() as refused_save:
        second.locator("article.draft").filter(has_text="Tidepool Studio").locator(
            "form.edit button"
        ).click()
    assert refused_save.value is not None and refused_save.value.status == 409
    assert "changed elsewhere" in second.locator("[role=alert]").inner_text()
    assert "From the second tab" in second.locator(".unsaved").inner_text()
    tidepool = second.locator("article.draft").filter(has_text="Tidepool Studio")
    assert tidepool.locator("input.subject").input_value() == "Subject from the first tab"
    second.close()

    # a POST without the CSRF token is refused, even with the session cookie
    refused = context.request.post(base + "/send", form={"version": "x"})
    assert refused.status == 403
    # no secret, no page
    stranger = browser.new_context()  # type: ignore[attr-defined]
    response = stranger.new_page().goto(base + "/review")
    assert response is not None and response.status == 403
    stranger.close()
    context.close()
    assert len(smtp_server.messages) == 1
