"""Registrable domains from the bundled Public Suffix List, and address syntax (pure)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from assistant.core import match_keys
from assistant.core.addresses import address_problem, registrable_domain


@pytest.mark.parametrize(
    ("domain", "registered"),
    [
        ("careers.sap.de", "sap.de"),
        ("sap.de", "sap.de"),
        ("jobs.bbc.co.uk", "bbc.co.uk"),
        ("mail.jobs.bbc.co.uk", "bbc.co.uk"),
        ("recruiting.acme.com.au", "acme.com.au"),
        ("hr.example.co.jp", "example.co.jp"),
        ("careers.münchen.de", "münchen.de"),
        ("Careers.SAP.de.", "sap.de"),
        ("talent.harbor-labs.example", "harbor-labs.example"),
        ("co.uk", ""),
        ("de", ""),
        ("", ""),
    ],
)
def test_registrable_domain_follows_the_public_suffix_list(domain: str, registered: str) -> None:
    assert registrable_domain(domain) == registered


def test_employer_domain_of_short_country_names() -> None:
    """The hand-written rule kept careers.sap.de whole; the list knows better."""
    assert match_keys.employer_domain("careers.sap.de") == "sap.de"
    assert match_keys.employer_domain("jobs.bbc.co.uk") == "bbc.co.uk"
    assert match_keys.employer_domain("us.greenhouse-mail.io") == ""  # an ATS is no employer


def test_the_list_is_never_fetched() -> None:
    """A fresh interpreter with sockets forbidden still answers (the bundled copy)."""
    script = textwrap.dedent(
        """
        import socket

        def refuse(*args, **kwargs):
            raise SystemExit("a socket was opened")

        socket.socket = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from assistant.core.addresses import address_problem, registrable_domain
        assert registrable_domain("careers.sap.de") == "sap.de", "wrong domain"
        assert address_problem("jo@careers.sap.de") is None, "address refused"
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize(
    "good", ["jo@example.org", "jo.lee+jobs@mail.acme.test", "x@münchen.de", "a_b@x.co.uk"]
)
def test_well_formed_addresses(good: str) -> None:
    assert address_problem(good) is None


@pytest.mark.parametrize(
    "bad",
    ["jo", "jo@", "@example.org", "a..b@example.org", "jo@example", "jo @example.org", "jo@-x.org"],
)
def test_malformed_addresses_say_why(bad: str) -> None:
    problem = address_problem(bad)
    assert problem and len(problem) > 10
