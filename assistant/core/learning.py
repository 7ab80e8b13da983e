"""Learning from the user's corrections, on the user's machine (pure).

Three things live here, over plain data:

- :func:`features`: a message as a set of hashed units (words and word pairs of
  the subject and the body's start, the sender's local part and domain). Only
  numbers: the store keeps them for every job message so that a correction made
  later can teach without the mail's text (which the store never keeps).
- :class:`Refit`: the local adjustment trained on the corrections (and the guesses
  the user confirmed). It is a nearest-example learner: a new message close
  enough to a corrected one (cosine similarity of their units at least
  :data:`SIMILAR`) takes the corrected kind, with that similarity as its
  confidence and a reason naming the example. Mail of the same sender's style
  shares most units, so a handful of corrections fixes it; other mail is too far
  from every example and keeps the packaged model's answer. The packaged model
  is never changed; the refit is a small JSON file in the user's state dir.
- :func:`apply_correction`: the user's word about one message overrides what the
  classifier said about that same message, on every rescan.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from zlib import crc32

from assistant.core.models import UNSURE_BELOW, Analysis, Kind, Message

#: buckets of the hashed units (collisions are rare at a few hundred units a message)
BITS = 22
_MASK = (1 << BITS) - 1
#: body characters read (what a message is, and whose style it is, shows near the top)
MAX_CHARS = 2000
#: how close a message must be to a corrected one to take its kind
SIMILAR = 0.5
#: ... when both come from the same sender (mail of one sender shares its style)
SAME_SENDER = 0.3
_WORD = re.compile(r"\w+")


def features(message: Message) -> tuple[int, ...]:
    """The message's hashed units, sorted and distinct (see the module docstring)."""
    subject = _WORD.findall(message.subject.lower())
    body = _WORD.findall(message.text[:MAX_CHARS].lower())
    units = {"s" + w for w in subject}
    units.update("w" + w for w in body)
    units.update(f"b{a} {b}" for a, b in zip(body, body[1:], strict=False))
    if message.sender is not None:
        units.add("d" + message.sender.domain)
        units.update("l" + w for w in _WORD.findall(message.sender.local_part))
    return tuple(sorted({crc32(u.encode("utf-8")) & _MASK for u in units}))


def pack(units: Sequence[int]) -> bytes:
    """Units as bytes for the store (little-endian uint32)."""
    data = array("I", units)
    if data.itemsize != 4:  # pragma: no cover - every platform CPython runs on today
        data = array("L", units)
    if array("I", [1]).tobytes()[0] != 1:  # pragma: no cover - big-endian machines
        data.byteswap()
    return data.tobytes()


def unpack(blob: bytes | None) -> tuple[int, ...]:
    if not blob:
        return ()
    data = array("I")
    data.frombytes(blob[: len(blob) - len(blob) % data.itemsize])
    if array("I", [1]).tobytes()[0] != 1:  # pragma: no cover - big-endian machines
        data.byteswap()
    return tuple(data)


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Cosine similarity of two sets of units (0: nothing shared, 1: the same)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def sender_of(message: Message) -> str:
    """The sender's domain, as the refit compares it."""
    return message.sender.domain if message.sender is not None else ""


@dataclass(frozen=True)
class Example:
    """One message the user corrected or confirmed: its right kind, units and sender."""

    kind: Kind
    units: frozenset[int]
    message_id: str | None = None
    sender: str = ""
    #: what the classifier had said: only mail it says the same of is moved (the same mistake)
    was: Kind | None = None


@dataclass(frozen=True)
class Correction:
    """What the user said about one message; None fields were not said."""

    kind: Kind | None = None
    no_follow_up: bool | None = None
    company: str | None = None
    role: str | None = None
    confirmed: bool = False


@dataclass(frozen=True)
class Refit:
    """The local adjustment: the examples and the similarity they need."""

    examples: tuple[Example, ...] = ()
    threshold: float = SIMILAR

    def nearest(
        self, units: Iterable[int], sender: str = "", said: Kind | None = None
    ) -> tuple[Example, float] | None:
        """The closest example at or above its threshold (lower for the same sender),
        among those whose mistake was ``said`` (the classifier's kind for this message)."""
        mine = frozenset(units)
        best: tuple[Example, float] | None = None
        for example in self.examples:
            if said is not None and example.was is not None and example.was is not said:
                continue
            score = similarity(mine, example.units)
            same = bool(sender) and example.sender == sender
            needed = min(self.threshold, SAME_SENDER) if same else self.threshold
            if score >= needed and (best is None or score > best[1]):
                best = (example, score)
        return best

    def adjust(self, analysis: Analysis, units: Iterable[int], sender: str = "") -> Analysis:
        """``analysis`` with the kind of the nearest corrected example, if one is close."""
        found = self.nearest(units, sender, analysis.kind)
        if found is None:
            return analysis
        example, score = found
        which = f" {example.message_id}" if example.message_id else ""
        reason = f"like a message you corrected{which} (similarity {score:.2f}): {example.kind}"
        if example.kind is analysis.kind:
            confidence = max(analysis.confidence, score)
            return _with(analysis, reasons=(*analysis.reasons, reason), confidence=confidence)
        return _with(
            analysis,
            kind=example.kind,
            reasons=(*analysis.reasons, reason),
            confidence=score,
            is_offer=False,
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "threshold": self.threshold,
                "examples": [
                    {
                        "kind": e.kind.value,
                        "message_id": e.message_id,
                        "sender": e.sender,
                        "was": e.was.value if e.was else None,
                        "units": sorted(e.units),
                    }
                    for e in self.examples
                ],
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Refit:
        """Read a refit file; raises ``ValueError`` when it is not one."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != 1:
            raise ValueError("not a followup refit file (version 1)")
        examples = tuple(
            Example(
                Kind(e["kind"]),
                frozenset(int(u) for u in e["units"]),
                e.get("message_id"),
                str(e.get("sender") or ""),
                Kind(e["was"]) if e.get("was") else None,
            )
            for e in data["examples"]
        )
        return cls(examples, float(data.get("threshold", SIMILAR)))


def refit(examples: Iterable[Example], threshold: float = SIMILAR) -> Refit:
    """Train the adjustment on the corrections: keep each distinct example once
    (the latest word on a message wins) and drop ones with no units."""
    latest: dict[object, Example] = {}
    for example in examples:
        if example.units:
            latest[example.message_id or example.units] = example
    return Refit(tuple(latest.values()), threshold)


def apply_correction(analysis: Analysis, correction: Correction) -> Analysis:
    """The classifier's result for a message the user corrected: the user wins."""
    changes: dict[str, object] = {}
    said = []
    if correction.kind is not None and correction.kind is not analysis.kind:
        changes["kind"] = correction.kind
        changes["is_offer"] = False
        said.append(f"kind {correction.kind} (was {analysis.kind})")
    if correction.no_follow_up is not None:
        changes["no_follow_up"] = correction.no_follow_up
        if not correction.no_follow_up:
            changes["no_follow_up_phrase"] = None
        said.append("asks not to be followed up" if correction.no_follow_up else "follow-up ok")
    if correction.company:
        changes["company"] = correction.company
        said.append(f"company {correction.company}")
    if correction.role:
        changes["role"] = correction.role
        said.append(f"role {correction.role}")
    if correction.confirmed and not said:
        said.append(f"kind {analysis.kind} confirmed")
    reason = "corrected by you: " + ", ".join(said)
    return _with(analysis, reasons=(*analysis.reasons, reason), confidence=1.0, **changes)


def _with(analysis: Analysis, **changes: object) -> Analysis:
    return replace(analysis, **changes)  # type: ignore[arg-type]


def is_unsure(confidence: float | None) -> bool:
    """A stored confidence below the classifier's threshold (None: stored before
    confidences existed, taken as sure)."""
    return confidence is not None and confidence < UNSURE_BELOW
