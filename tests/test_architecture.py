"""The layout's rules, checked on the source (AST and imports only, nothing runs).

- ``assistant/core`` is pure: it imports nothing that does I/O and opens no file;
  its bundled data is read through ``importlib.resources`` (package data, not the
  user's files).
- Front ends (``assistant/cli``, ``assistant/web``, ``assistant/daemon.py``) import
  only the use-case layer (``assistant.app``), ``assistant.errors`` and their own
  package (output helpers, the CLI context). A command may also *start* another
  front end through its entry point (``followup run`` the service loop, ``followup
  web`` and ``demo --web`` the web server): that is one front end handing over to
  another, not a front end reaching past the use cases.
- The use cases (``assistant/app``) import one another without a cycle, counting
  the imports inside functions: a cycle is what forces such an import, and the
  cure is the module both sides need (``app/unsure.py``, ``app/ruled_out.py``).
- No module is over 500 lines.

``ALLOWED`` lists what is still in the way, with the reason; it only shrinks. An
entry that no longer applies fails the test too, so the list cannot go stale.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
MAX_LINES = 500

#: modules (and their submodules) the pure core never imports
IO_MODULES = frozenset(
    {
        "socket",
        "ssl",
        "imaplib",
        "imapclient",
        "smtplib",
        "sqlite3",
        "subprocess",
        "keyring",
        "click",
        "rich",
        "pathlib",
        "shutil",
        "tempfile",
        "os",
        "io",
        "urllib.request",
        "http",
        "requests",
        "httpx",
        "platformdirs",
        "filelock",
        "jinja2",
        "assistant.adapters",
        "assistant.app",
        "assistant.cli",
        "assistant.web",
        "assistant.daemon",
    }
)

#: what a front end may import from the package besides its own package
FRONT_END_MAY_IMPORT = ("assistant.app", "assistant.errors")

#: front ends' entry points another front end may start, and why
FRONT_END_ENTRIES = {
    "assistant.daemon": "`followup run` starts the service loop",
    "assistant.web.server": "`followup web` and `followup demo --web` start the web page",
}

#: (module, what it imports or does) -> why it is still allowed. Shrink, never grow.
ALLOWED: dict[tuple[str, str], str] = {}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(module: str, path: Path) -> set[str]:
    """Every module ``module`` imports (absolute names; relative ones resolved)."""
    tree = ast.parse(path.read_text("utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from assistant.adapters import paths` imports the module assistant.adapters.paths
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                names.add(submodule if submodule in MODULES else base)
    return names


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _core_problems(module: str, path: Path) -> set[str]:
    problems = {
        name
        for name in _imports(module, path)
        if any(_under(name, banned) for banned in IO_MODULES)
    }
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        called = node.func if isinstance(node, ast.Call) else None
        if isinstance(called, ast.Name) and called.id in ("open", "input", "print"):
            problems.add(f"{called.id}()")
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
            problems.add(f"os.{node.attr}")
    return problems


def _front_end(module: str) -> str | None:
    """The front end's own package, or None for modules that are not front ends."""
    for prefix in ("assistant.cli", "assistant.web"):
        if _under(module, prefix):
            return prefix
    return "assistant.daemon" if module == "assistant.daemon" else None


def _front_end_problems(module: str, path: Path) -> set[str]:
    own = _front_end(module)
    assert own is not None
    return {
        name
        for name in _imports(module, path)
        if _under(name, "assistant")
        and name != "assistant"
        and not _under(name, own)
        and not any(_under(name, ok) for ok in FRONT_END_MAY_IMPORT)
        and not (_front_end(name) and name in FRONT_END_ENTRIES)
    }


def _all_problems() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for module, path in MODULES.items():
        if _under(module, "assistant.core"):
            found |= {(module, p) for p in _core_problems(module, path)}
        if _front_end(module):
            found |= {(module, p) for p in _front_end_problems(module, path)}
        with path.open(encoding="utf-8") as handle:
            if sum(1 for _ in handle) > MAX_LINES:
                found.add((module, "size"))
    return found


PROBLEMS = _all_problems()


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _under(m, "assistant.core")))
def test_core_does_no_io(module: str) -> None:
    bad = sorted(p for m, p in PROBLEMS if m == module and p != "size" and (m, p) not in ALLOWED)
    assert not bad, f"{module} is pure but uses {', '.join(bad)}: move that to an adapter"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _front_end(m)))
def test_front_ends_use_only_the_use_case_layer(module: str) -> None:
    bad = sorted(p for m, p in PROBLEMS if m == module and p != "size" and (m, p) not in ALLOWED)
    assert not bad, f"{module} imports {', '.join(bad)}: call a use case in assistant.app instead"


def test_no_module_is_over_500_lines() -> None:
    big = sorted(m for m, p in PROBLEMS if p == "size" and (m, p) not in ALLOWED)
    assert not big, f"over {MAX_LINES} lines: {', '.join(big)}; split by what the parts hold"


def _cycle_through(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """A chain of imports from ``start`` back to itself (``[start, ..., start]``), or None."""
    paths = [[start]]
    seen: set[str] = set()
    while paths:
        path = paths.pop()
        for name in sorted(graph.get(path[-1], ())):
            if name == start:
                return [*path, name]
            if name not in seen:
                seen.add(name)
                paths.append([*path, name])
    return None


def test_the_use_cases_import_one_another_without_a_cycle() -> None:
    graph = {
        module: {n for n in _imports(module, path) if _under(n, "assistant.app")} - {module}
        for module, path in MODULES.items()
        if _under(module, "assistant.app")
    }
    cycles = sorted(" -> ".join(c) for m in graph if (c := _cycle_through(m, graph)))
    assert not cycles, f"app modules import each other: {cycles}; move what both need apart"


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c", "d"}, "c": {"a"}, "d": set()}
    assert _cycle_through("a", graph) == ["a", "b", "c", "a"]
    assert _cycle_through("d", graph) is None


def test_the_allow_list_only_names_real_problems() -> None:
    """A fixed problem leaves the list, so the list shrinks as modules are fixed."""
    stale = sorted(f"{m}: {p}" for m, p in ALLOWED if (m, p) not in PROBLEMS)
    assert not stale, f"remove from ALLOWED in tests/test_architecture.py: {stale}"


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    """The checks themselves work: forbidden imports, open() and os.environ are found."""
    source = tmp_path / "bad.py"
    source.write_text(
        "import sqlite3\nfrom pathlib import Path\nfrom ..adapters import store\n"
        "import os\nx = os.environ['A']\nopen('f')\n",
        encoding="utf-8",
    )
    found = _core_problems("assistant.core.bad", source)
    assert {"sqlite3", "pathlib", "assistant.adapters.store", "open()", "os.environ"} <= found
    front = _front_end_problems("assistant.cli.bad", source)
    assert front == {"assistant.adapters.store"}


def test_a_front_end_may_start_another_only_through_its_entry_point(tmp_path: Path) -> None:
    source = tmp_path / "starter.py"
    source.write_text(
        "from assistant.daemon import Daemon\nfrom assistant.web.server import serve\n"
        "from assistant.web.pages import render\n",
        encoding="utf-8",
    )
    assert _front_end_problems("assistant.cli.starter", source) == {"assistant.web.pages"}
