"""`followup classify PATH... [--json]`: classify .eml files offline, one result per file."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from assistant.cli import output


def _files(paths: tuple[Path, ...], errors: list[str]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".eml")
            except OSError as exc:
                errors.append(f"{path}: cannot read folder ({exc.strerror or exc})")
                continue
            yield from (p for p in found if p.is_file())
        elif path.exists():
            yield path
        else:
            errors.append(f"{path}: no such file or folder")


@click.command("classify")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def command(paths: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files (or folders of them, recursively), offline.

    Prints the kind (application_confirmation, rejection, interview_invitation,
    auto_reply, other_job, not_job) with its calibrated confidence, whether the
    employer asked not to be followed up (with the exact words), the company, role
    and ATS, and the reasons.
    """
    from assistant.app.classifying import classify_bytes, load_classifier

    load_classifier()  # a missing or damaged model file is an error now, before any output
    errors: list[str] = []
    out = sys.stdout
    for path in _files(paths, errors):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            errors.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        analysis = classify_bytes(raw)
        if as_json:
            row = {
                "file": str(path),
                "kind": str(analysis.kind),
                "no_follow_up": analysis.no_follow_up,
                "no_follow_up_phrase": analysis.no_follow_up_phrase,
                "company": analysis.company,
                "role": analysis.role,
                "ats": analysis.ats,
                "confidence": round(analysis.confidence, 3),
                "reasons": list(analysis.reasons),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            parts = [str(analysis.kind), f"confidence={analysis.confidence:.2f}"]
            if analysis.unsure:
                parts.append("(unsure)")
            if analysis.company:
                parts.append(f"company={analysis.company}")
            if analysis.role:
                parts.append(f"role={analysis.role}")
            if analysis.ats:
                parts.append(f"ats={analysis.ats}")
            # words from the mail are cleaned before the styling is added
            shown = output.clean("  ".join(parts))
            click.echo(f"{click.style(output.clean(path), bold=True)}: {shown}")
            if analysis.no_follow_up:
                click.echo(
                    click.style("  do not follow up: ", fg="red")
                    + output.clean(repr(analysis.no_follow_up_phrase))
                )
            for reason in analysis.reasons:
                output.echo(f"  - {reason}")
    out.flush()
    for line in errors:
        click.echo(f"followup: error: {line}", err=True)
    if errors:
        raise click.exceptions.Exit(1)
