"""`followup web` in process (Starlette's test client): the guard, the pages, the draft actions.

The real-browser test is tests/test_web_browser.py; these check each rule directly.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from assistant.adapters import paths
from assistant.adapters.store import Store
from assistant.app import demo, queue
from assistant.cli.context import AppContext
from assistant.core.drafts import Draft
from assistant.web.app import create_app
from assistant.web.security import CSP, Keys, cookie_name, host_allowed
from tests.web_support import HOSTILE_COMPANY, filled_home

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = filled_home(tmp_path / "home")
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    return home


@pytest.fixture
def keys() -> Keys:
    return Keys()


@pytest.fixture
def anonymous(home, keys) -> TestClient:
    context = AppContext(fixed_now=demo.DEMO_NOW, _settings=demo.demo_settings())
    app = create_app(context, keys=keys, host="127.0.0.1", port=PORT, dry_run_send=True)
    return TestClient(app, base_url=BASE, follow_redirects=False)


@pytest.fixture
def client(anonymous, keys) -> TestClient:
    response = anonymous.get(f"/?token={keys.token}")
    assert response.status_code == 303
    return anonymous


def open_store(home: Path) -> Store:
    return Store.open(paths.database_path(home))


def draft_of(home: Path, company: str) -> Draft:
    store = open_store(home)
    try:
        for row in store.drafts():
            app = store.application_row(row.application_id or 0)
            if app and app["company"] == company:
                return row
    finally:
        store.close()
    raise AssertionError(f"no draft for {company}")


def app_id_of(home: Path, company: str) -> int:
    store = open_store(home)
    try:
        return next(r["id"] for r in store.application_rows() if r["company"] == company)
    finally:
        store.close()


def form(keys: Keys, row: Draft, **fields: str) -> dict[str, str]:
    return {"csrf": keys.csrf, "version": queue.version(row), **fields}


# -- the guard ---------------------------------------------------------------------------


def test_without_the_secret_every_page_is_403(anonymous, keys):
    for path in ("/", "/review", "/insights", "/applications/1", "/static/app.css"):
        response = anonymous.get(path)
        assert response.status_code == 403, path
        assert response.headers["content-security-policy"] == CSP
    assert anonymous.get("/?token=wrong").status_code == 403
    assert anonymous.post("/send", data={"csrf": keys.csrf}).status_code == 403


def test_the_secret_is_swapped_for_a_strict_cookie_and_a_clean_address(anonymous, keys):
    response = anonymous.get(f"/review?token={keys.token}&x=1")
    assert response.status_code == 303
    assert response.headers["location"] == "/review?x=1"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{cookie_name(PORT)}={keys.session};")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert keys.token not in cookie
    page = anonymous.get("/review?x=1")
    assert page.status_code == 200
    assert keys.token not in page.text


def test_security_headers_on_every_page(client):
    response = client.get("/")
    assert response.status_code == 200
    headers = response.headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in response.text  # the only script is /static/app.js
    assert re.findall(r"<script[^>]*>", response.text) == ['<script src="/static/app.js" defer>']
    assert "http://" not in response.text and "https://" not in response.text


def test_a_foreign_host_header_is_refused_dns_rebinding(client):
    assert client.get("/", headers={"host": f"attacker.example:{PORT}"}).status_code == 403
    assert client.get("/", headers={"host": "127.0.0.1:9999"}).status_code == 403
    assert client.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200


def test_host_rule():
    assert host_allowed("127.0.0.1:8765", "127.0.0.1", 8765)
    assert host_allowed("[::1]:8765", "::1", 8765)
    all_interfaces = "0.0.0.0"  # noqa: S104 - the rule under test, nothing binds
    assert host_allowed("192.168.1.5:8765", all_interfaces, 8765)
    assert host_allowed("box.lan:8765", "box.lan", 8765)
    assert not host_allowed("evil.example:8765", all_interfaces, 8765)
    assert not host_allowed("127.0.0.1", "127.0.0.1", 8765)
    assert not host_allowed("", "127.0.0.1", 8765)


def test_every_post_route_refuses_a_missing_or_wrong_csrf_token(client, home):
    row = draft_of(home, "Quillstone Analytics")
    routes = [r for r in client.app.app.routes if isinstance(r, Route) and "POST" in r.methods]
    assert len(routes) >= 5
    for route in routes:
        path = route.path.replace("{draft_id:int}", str(row.id))
        for data in ({"version": queue.version(row)}, {"csrf": "nope"}):
            response = client.post(path, data=data)
            assert response.status_code == 403, path
            assert "CSRF" in response.text
    assert draft_of(home, "Quillstone Analytics") == row


# -- pages -----------------------------------------------------------------------------------


def test_pipeline_groups_cards_and_filters(client):
    page = client.get("/").text
    for company in ("Harbor Lane Robotics", "Quillstone Analytics", "Corvid Logistics"):
        assert company in page
    needs = page.split('aria-label="Needs you"')[1].split("</section>")[0]
    assert "Harbor Lane Robotics" in needs and "a draft needs a recipient" in needs
    rejected = page.split('aria-label="Rejected"')[1].split("</section>")[0]
    assert "Corvid Logistics" in rejected
    found = client.get("/", params={"q": "quillstone"}).text
    assert "Quillstone Analytics" in found and "Harbor Lane Robotics" not in found
    only = client.get("/", params={"column": "interviewing"}).text
    assert "Mapleway Health" in only and "Quillstone Analytics" not in only


def test_mail_text_is_escaped_and_the_deciding_phrase_marked(client, home):
    app_id = app_id_of(home, HOSTILE_COMPANY)
    page = client.get(f"/applications/{app_id}").text
    assert "<script>document.title" not in page
    assert "&lt;script&gt;document.title = &#34;pwned&#34;" in page
    assert "&lt;img src=&#34;x&#34; onerror=" in page
    assert "alert(1)" in page and "<script>alert(1)" not in page
    assert "<mark>received your application</mark>" in page.replace("\n", " ") or re.search(
        r"<mark>[^<]*received your application[^<]*</mark>", page, re.IGNORECASE
    )


def test_no_follow_up_phrase_is_highlighted_in_the_message(client, home):
    app_id = app_id_of(home, "Brightwater Energy")
    page = client.get(f"/applications/{app_id}").text
    assert re.search(r"<mark>Because we receive a very\s+large number of them", page)
    assert "Decisions and evidence" in page


def test_unknown_application_is_404(client):
    assert client.get("/applications/999").status_code == 404


def test_insights_draws_svg_charts(client):
    page = client.get("/insights").text
    assert page.count("<svg") == 3
    assert "Applications per week" in page and "25%" in page  # 2 of 8 answered


# -- draft actions ---------------------------------------------------------------------------


def test_set_recipient_then_approve(client, home, keys):
    row = draft_of(home, "Harbor Lane Robotics")
    assert row.status == "needs_recipient"
    response = client.post(
        f"/drafts/{row.id}/edit",
        data=form(keys, row, to="Jordan Lee <jordan.lee@harborlane.example>"),
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/review#draft-{row.id}"
    saved = draft_of(home, "Harbor Lane Robotics")
    assert (saved.to_email, saved.to_name, saved.status) == (
        "jordan.lee@harborlane.example",
        "Jordan Lee",
        "pending",
    )
    # as `drafts edit --to`: the address is the application's contact now, and the
    # draft is rendered again for it (greeting and reason), not just readdressed
    assert "Jordan" in saved.body.splitlines()[0]
    assert "hiring team" not in saved.body
    assert "needs a recipient" not in saved.reason
    assert f"Draft {row.id} saved." in client.get("/review").text
    response = client.post(f"/drafts/{row.id}/approve", data=form(keys, saved))
    assert response.status_code == 303
    assert draft_of(home, "Harbor Lane Robotics").status == "approved"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"to": "noreply@harborlane.example"}, "no-reply address"),
        ({"to": "not an address"}, "is not an email address"),
        ({"subject": "Hi\r\nBcc: all@example.com"}, "line break"),
        ({"body": "Hello [Name], ..."}, "placeholder"),
        ({"subject": "   "}, "the subject is empty"),
    ],
)
def test_an_invalid_edit_is_400_and_the_draft_keeps_its_last_valid_version(
    client, home, keys, fields, message
):
    row = draft_of(home, "Quillstone Analytics")
    data = form(keys, row, to="", subject=row.subject, body=row.body)
    data.update(fields)
    response = client.post(f"/drafts/{row.id}/edit", data=data)
    assert response.status_code == 400
    assert message in response.text
    assert draft_of(home, "Quillstone Analytics") == row
    # what the user typed is still in the form, to fix rather than retype
    typed = next(iter(fields.values())).split("\r")[0].strip()
    if typed:
        assert typed.replace("[", "").split()[0] in response.text


def test_two_tabs_the_second_save_is_refused_not_lost(client, home, keys):
    row = draft_of(home, "Quillstone Analytics")
    first = form(keys, row, to="", subject="First tab's subject", body=row.body)
    second = form(keys, row, to="", subject="Second tab's subject", body="Second tab's body")
    assert client.post(f"/drafts/{row.id}/edit", data=first).status_code == 303
    response = client.post(f"/drafts/{row.id}/edit", data=second)
    assert response.status_code == 409
    assert "changed elsewhere" in response.text
    assert "Your unsaved edit" in response.text and "Second tab&#39;s body" in response.text
    assert draft_of(home, "Quillstone Analytics").subject == "First tab's subject"
    # approving what the user has not seen is refused the same way
    response = client.post(f"/drafts/{row.id}/approve", data=form(keys, row))
    assert response.status_code == 409
    assert draft_of(home, "Quillstone Analytics").status == "pending"


def test_snooze_and_discard(client, home, keys):
    row = draft_of(home, "Quillstone Analytics")
    bad = client.post(f"/drafts/{row.id}/snooze", data=form(keys, row, until="someday"))
    assert bad.status_code == 400 and "not a date" in bad.text
    past = client.post(f"/drafts/{row.id}/snooze", data=form(keys, row, until="2020-01-01"))
    assert past.status_code == 400 and "not in the future" in past.text
    ok = client.post(f"/drafts/{row.id}/snooze", data=form(keys, row, until="+3d"))
    assert ok.status_code == 303
    snoozed = draft_of(home, "Quillstone Analytics")
    assert snoozed.status == "snoozed" and snoozed.snoozed_until.date().isoformat() == "2025-03-27"
    gone = client.post(f"/drafts/{row.id}/discard", data=form(keys, snoozed))
    assert gone.status_code == 303
    assert draft_of(home, "Quillstone Analytics").status == "discarded"


def test_unknown_draft_is_404(client, keys):
    response = client.post("/drafts/999/approve", data={"csrf": keys.csrf, "version": "x"})
    assert response.status_code == 404


def test_send_in_the_demo_is_a_dry_run(client, home, keys):
    row = draft_of(home, "Quillstone Analytics")
    assert client.post(f"/drafts/{row.id}/approve", data=form(keys, row)).status_code == 303
    page = client.post("/send", data={"csrf": keys.csrf})
    assert page.status_code == 200
    assert "Dry run: nothing was sent" in page.text
    assert "would_send" in page.text
    assert draft_of(home, "Quillstone Analytics").status == "approved"
    assert list((home / "outbox-dry-run").glob("*/draft-*.eml"))


# -- the command ---------------------------------------------------------------------------


def test_loopback_rule():
    from assistant.web.server import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0")  # noqa: S104 - the rule under test, nothing binds
    assert not is_loopback("192.168.1.5") and not is_loopback("box.lan")


def test_a_busy_port_is_one_line_and_exit_1(tmp_path):
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "assistant", "web", "--no-browser", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().startswith(f"followup: error: cannot listen on 127.0.0.1:{port}")
    assert "Traceback" not in result.stderr


def test_demo_web_serves_the_demo_and_prints_the_address_first(tmp_path):
    import http.cookiejar
    import subprocess
    import sys
    import urllib.request

    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "demo", "--web", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{20,}", address), address
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        with opener.open(address, timeout=30) as response:
            assert response.status == 200
            assert response.url == address.split("?")[0]
            page = response.read().decode()
        assert "Harbor Lane Robotics" in page and "Needs you" in page
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_a_textarea_body_with_crlf_is_stored_with_lf(client, home, keys):
    row = draft_of(home, "Quillstone Analytics")
    body = row.body.replace("\n", "\r\n") + "\r\nP.S. One more line.\r\n"
    data = form(keys, row, to="", subject=row.subject, body=body)
    assert client.post(f"/drafts/{row.id}/edit", data=data).status_code == 303
    saved = draft_of(home, "Quillstone Analytics")
    assert "\r" not in saved.body
    assert saved.body.endswith("P.S. One more line.\n")


def test_an_unsure_classification_puts_the_card_under_needs_you(client, home):
    import sqlite3

    app_id = app_id_of(home, "Quillstone Analytics")
    with sqlite3.connect(paths.database_path(home)) as db:
        db.execute(
            "UPDATE messages SET confidence = 0.41 WHERE application_id = ? AND direction = 'in'",
            (app_id,),
        )
    page = client.get("/").text
    needs = page.split('aria-label="Needs you"')[1].split("</section>")[0]
    assert "Quillstone Analytics" in needs
    assert "unsure: application confirmation? (41% sure" in needs


def test_send_without_a_config_says_so(home, tmp_path):
    keys = Keys()
    context = AppContext(config_path=tmp_path / "absent.toml", fixed_now=demo.DEMO_NOW)
    app = create_app(context, keys=keys, host="127.0.0.1", port=PORT)
    client = TestClient(app, base_url=BASE, follow_redirects=False)
    client.get(f"/?token={keys.token}")
    assert client.get("/review").status_code == 200
    page = client.post("/send", data={"csrf": keys.csrf})
    assert page.status_code == 400
    assert "no config file at" in page.text and "followup init" in page.text


def test_an_unsure_message_is_confirmed_or_corrected_on_the_page(client, home, keys):
    """The web page has review's y/c keys: one button confirms the guess, one form corrects it."""
    import sqlite3

    app_id = app_id_of(home, "Quillstone Analytics")
    with sqlite3.connect(paths.database_path(home)) as db:
        db.execute(
            "UPDATE messages SET confidence = 0.41 WHERE application_id = ? AND direction = 'in'",
            (app_id,),
        )
        [message_id] = [
            row[0]
            for row in db.execute(
                "SELECT message_id FROM messages WHERE application_id = ? AND direction = 'in'",
                (app_id,),
            )
        ]
    review = client.get("/review").text
    assert f"Unsure: application #{app_id}" in review and "confidence 0.41" in review
    page = client.get(f"/applications/{app_id}").text
    assert 'action="/messages/correct"' in page and f'value="/applications/{app_id}"' in page

    base = {"csrf": keys.csrf, "message_id": message_id}
    refused = client.post("/messages/correct", data={**base, "action": "correct", "kind": "x"})
    assert refused.status_code == 400
    nowhere = {**base, "message_id": "<no@where>", "action": "confirm"}
    unknown = client.post("/messages/correct", data=nowhere)
    assert unknown.status_code == 404 and "no received message with Message-ID" in unknown.text

    two_lines = {**base, "action": "correct", "kind": "rejection", "company": "A\nB"}
    assert client.post("/messages/correct", data=two_lines).status_code == 400
    away = {**base, "action": "correct", "kind": "rejection", "back": "https://evil.example/"}
    away |= {"company": "Quillstone", "role": " ", "no_follow_up": "1"}
    response = client.post("/messages/correct", data=away)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    after = client.get("/review").text
    assert "corrected by you: kind rejection" in after and "applied -&gt; rejected" in after
    assert f"Unsure: application #{app_id}" not in after
    store = open_store(home)
    try:
        record = store.application(app_id)
        assert record.status.value == "rejected" and record.company == "Quillstone"
        assert record.no_follow_up and record.role  # a blank role changes nothing
    finally:
        store.close()

    back = {**base, "action": "confirm", "back": f"/applications/{app_id}"}
    response = client.post("/messages/correct", data=back)
    assert response.headers["location"] == f"/applications/{app_id}"
