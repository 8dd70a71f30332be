"""The import graph keeps the stages apart: no cycles, and no lower stage imports a higher one.

Every module's imports are read from its source (``ast``), function-level ones
included, since a function-level import is an edge all the same. Imports inside
``if TYPE_CHECKING:`` run only under a type checker: they count for the layer
rules, not for cycles.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: source folder → the package it is installed as (pyproject's package-dir)
FOLDERS = {
    "llamawatch": "llamawatch",
    "extractors": "llamawatch.extractors",
    "flows": "llamawatch.flows",
    "storage": "llamawatch.storage",
}
#: the base layer: these import nothing of the project's but each other
BASE = {"llamawatch.attributes", "llamawatch.records", "llamawatch.config", "llamawatch.errors"}
#: the stages in data-flow order (docs/architecture.md): a module may import its own stage
#: and lower ones, never a higher one. The longest matching prefix names a module's stage.
STAGES: dict[str, int] = {
    # 0, base: records, settings, errors, and what every stage shares about a post
    "llamawatch": 0,
    "llamawatch.identity": 0,
    "llamawatch.summary": 0,
    "llamawatch.crashpoints": 0,
    "llamawatch.demo": 0,
    # 1, sources: fetch feeds, archives and pages
    "llamawatch.sources": 1,
    # 2, extract: text and facts out of posts (pool runs the extractors in processes)
    "llamawatch.extractors": 2,
    "llamawatch.pool": 2,
    # 3, resolve: facts to state and change events; evaluation (scoring, review) reads the same
    "llamawatch.changes": 3,
    "llamawatch.evaluation": 3,
    # 4, storage: loads and saves records of every stage below
    "llamawatch.storage": 4,
    # 5, publishing and delivery: records out to pages and people
    "llamawatch.publishing": 5,
    "llamawatch.delivery": 5,
    # 6, orchestration and the command line
    "llamawatch.flows": 6,
    "llamawatch.cli": 6,
}
#: the parsers that sources hand their bytes to (fetch → parse): the one upward step allowed
PARSERS = {
    "llamawatch.extractors.feeds",
    "llamawatch.extractors.local",
    "llamawatch.extractors.webpage",
}
#: (importer prefix, forbidden import prefixes, why)
FORBIDDEN: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "llamawatch.extractors",
        ("llamawatch.storage", "llamawatch.flows", "llamawatch.cli"),
        "extraction is text in, records out",
    ),
    (
        "llamawatch.storage",
        (
            "llamawatch.flows",
            "llamawatch.cli",
            "llamawatch.publishing",
            "llamawatch.delivery",
        ),
        "storage loads and saves; it never renders, alerts or orchestrates",
    ),
)
#: edges that break a rule today, in files being reworked elsewhere: (importer, imported)
KNOWN_EXCEPTIONS: frozenset[tuple[str, str]] = frozenset()
#: import cycles that exist today, each as its set of modules
KNOWN_CYCLES: frozenset[frozenset[str]] = frozenset()


@dataclass(frozen=True, slots=True)
class Edge:
    importer: str
    imported: str
    line: int
    type_only: bool


def module_name(path: Path) -> str:
    """Return the installed dotted name of a source file."""
    relative = path.relative_to(ROOT)
    parts = list(relative.with_suffix("").parts)
    parts[0] = FOLDERS[parts[0]]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> Iterator[Path]:
    for folder in FOLDERS:
        yield from sorted((ROOT / folder).rglob("*.py"))


MODULES = {module_name(path): path for path in source_files()}


def _resolve(name: str) -> str:
    """Return the project module an imported name lands in (the longest known prefix)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(module: str) -> list[Edge]:
    """Return every import in a module, at any depth, resolved to project modules or top names."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    edges: list[Edge] = []

    def visit(node: ast.AST, type_only: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, type_only)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                edges.append(Edge(module, alias.name, node.lineno, type_only))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                # "from pkg import sub" imports the submodule sub when there is one
                candidate = f"{base}.{alias.name}"
                target = candidate if candidate in MODULES else base
                edges.append(Edge(module, target, node.lineno, type_only))
        for child in ast.iter_child_nodes(node):
            visit(child, type_only)

    visit(tree, False)
    return [
        Edge(e.importer, _resolve(e.imported) or e.imported, e.line, e.type_only)
        if e.imported.startswith("llamawatch")
        else e
        for e in edges
    ]


EDGES = [edge for module in MODULES for edge in imports_of(module)]


def _ours(name: str) -> bool:
    return name == "llamawatch" or name.startswith("llamawatch.")


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_the_scan_sees_the_project() -> None:
    # a scan that found nothing would pass every rule below
    assert {"llamawatch.records", "llamawatch.storage.db", "llamawatch.flows.ingest"} <= set(
        MODULES
    )
    assert any(
        e.importer == "llamawatch.changes" and e.imported == "llamawatch.records" for e in EDGES
    )


def cycles() -> list[list[str]]:
    """Return the strongly connected components with more than one module (Tarjan)."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for e in EDGES:
        if not e.type_only and e.imported in MODULES and e.imported != e.importer:
            graph[e.importer].add(e.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strongconnect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                strongconnect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            strongconnect(node)
    return found


def test_no_import_cycles() -> None:
    new = [c for c in cycles() if frozenset(c) not in KNOWN_CYCLES]
    assert not new, f"import cycles: {new}"


def test_known_cycles_still_exist() -> None:
    # an exception that no longer applies must leave the list, so the list stays true
    present = {frozenset(c) for c in cycles()}
    assert present >= KNOWN_CYCLES, KNOWN_CYCLES - present


def stage_of(module: str) -> int:
    """Return the stage of a project module (the longest matching prefix in STAGES)."""
    name = module
    while name not in STAGES:
        name = name.rpartition(".")[0]
        if not name:
            raise KeyError(module)
    return STAGES[name]


def test_every_module_has_a_stage() -> None:
    # a new top-level module must be placed in a stage, not fall into the base by default
    unplaced = [m for m in MODULES if m.count(".") == 1 and m not in STAGES.keys() | BASE]
    assert unplaced == []


def violations() -> list[str]:
    found = []
    for e in EDGES:
        if (e.importer, e.imported) in KNOWN_EXCEPTIONS:
            continue
        where = f"{MODULES[e.importer].relative_to(ROOT)}:{e.line}"
        if e.importer in BASE and _ours(e.imported) and e.imported not in BASE:
            found.append(f"{where}: base module {e.importer} imports {e.imported}")
        for importer, banned, why in FORBIDDEN:
            if _within(e.importer, importer) and any(_within(e.imported, b) for b in banned):
                found.append(f"{where}: {e.importer} imports {e.imported} ({why})")
        if (
            _ours(e.imported)
            and e.imported in MODULES
            and e.imported not in PARSERS
            and stage_of(e.imported) > stage_of(e.importer)
        ):
            found.append(
                f"{where}: {e.importer} (stage {stage_of(e.importer)}) imports {e.imported}"
                f" (stage {stage_of(e.imported)}): a lower stage imports a higher one"
            )
        top = e.imported.partition(".")[0]
        if top == "prefect" and not (
            _within(e.importer, "llamawatch.flows") or _within(e.importer, "llamawatch.cli")
        ):
            found.append(f"{where}: {e.importer} imports prefect (only flows/ and cli/ may)")
    return found


def test_no_lower_stage_imports_a_higher_one() -> None:
    assert violations() == []


def test_known_exceptions_are_still_needed() -> None:
    present = {(e.importer, e.imported) for e in EDGES}
    assert present >= KNOWN_EXCEPTIONS, KNOWN_EXCEPTIONS - present


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("from llamawatch.storage import db\n", "extraction is text in"),
        ("def late():\n    import prefect\n", "only flows/ and cli/"),
        ("from llamawatch.publishing import render\n", "a lower stage imports a higher one"),
        ("from llamawatch.changes import aliases_of\n", "a lower stage imports a higher one"),
    ],
)
def test_the_rules_catch_a_bad_edge(
    source: str, rule: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the checks themselves can fail: a module of extractors with a bad import is caught
    fake = ROOT / "extractors" / "_probe_architecture.py"
    monkeypatch.setitem(MODULES, "llamawatch.extractors._probe_architecture", fake)
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    edges = imports_of("llamawatch.extractors._probe_architecture")
    monkeypatch.setitem(globals(), "EDGES", [*EDGES, *edges])
    assert any(rule in v for v in violations())


def test_the_cycle_check_finds_a_cycle(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = "llamawatch.crashpoints", "llamawatch.errors"
    real = list(EDGES)
    monkeypatch.setitem(globals(), "EDGES", [*real, Edge(a, b, 1, False), Edge(b, a, 1, False)])
    assert [a, b] in cycles()
    # an import only a type checker runs is no cycle
    monkeypatch.setitem(globals(), "EDGES", [*real, Edge(a, b, 1, False), Edge(b, a, 1, True)])
    assert [a, b] not in cycles()


@pytest.mark.parametrize(
    ("folder", "module", "source", "caught"),
    [
        ("llamawatch/sources", "llamawatch.sources._probe", "import llamawatch.changes\n", True),
        (
            "llamawatch/sources",
            "llamawatch.sources._probe",
            "from llamawatch.extractors.facts import extract_facts\n",
            True,
        ),
        (
            "llamawatch/sources",
            "llamawatch.sources._probe",
            "from llamawatch.extractors.feeds import parse_feed\n",
            False,
        ),
        ("storage", "llamawatch.storage._probe", "from llamawatch.delivery import alerts\n", True),
        ("llamawatch/delivery", "llamawatch.delivery._probe", "import llamawatch.flows\n", True),
        (
            "llamawatch/delivery",
            "llamawatch.delivery._probe",
            "from llamawatch.publishing import render\n",
            False,
        ),
    ],
)
def test_the_stage_order_is_enforced(
    folder: str, module: str, source: str, caught: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a lower stage importing a higher one fails; the parsers and peers of a stage do not
    monkeypatch.setitem(MODULES, module, ROOT / folder / "_probe.py")
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    edges = imports_of(module)
    monkeypatch.setitem(globals(), "EDGES", [*EDGES, *edges])
    assert any(v.startswith(f"{folder}/_probe.py") for v in violations()) is caught
