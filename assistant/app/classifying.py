"""Classify raw messages offline (the use case behind `followup classify`)."""

from __future__ import annotations

from assistant.core import model
from assistant.core.classify import classify
from assistant.core.models import Analysis
from assistant.core.parse import parse

__all__ = ["classify_bytes", "load_classifier"]


def load_classifier() -> None:
    """Read the packaged model now: a missing or damaged file is a ``ModelError`` before
    any result is printed."""
    model.load()


def classify_bytes(raw: bytes) -> Analysis:
    """Parse and classify one raw message (never raises on bad mail)."""
    return classify(parse(raw))
