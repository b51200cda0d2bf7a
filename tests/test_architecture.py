"""The shape of the package, checked from its source (ast, nothing imported): the layers
import only downward, no two modules import each other round a cycle, and modules stay
small enough to read in one sitting. ARCHITECTURE.md explains the layers."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "delegate_editor"

# Each layer may import its own rank and the ranks below it, never above. The root modules
# (errors.py, limits.py, resources.py, __init__.py) are the ground every layer stands on.
RANK = {
    "": 0,
    "errors": 0,
    "limits": 0,
    "resources": 0,
    "model": 1,
    "conventions": 2,
    "storage": 3,
    "sync": 3.5,  # the co-drafting Doc: model and storage below, no formats, no Qt
    "formats": 4,
    "app": 5,
    "ui": 6,
    "cli": 6,
    "cli_compare": 6,
    "cli_negotiate": 6,
    "cli_sync": 6,
    "cli_serve": 6,
    "__main__": 7,
}

# Upward imports that exist today, each to be removed by the work named beside it; the test
# fails on any other. When one is gone, delete its line: the lists only shrink.
KNOWN_UPWARD: set[tuple[str, str]] = set()  # none left: user phrases go through storage/

# Import cycles that exist today (issue 19 item 2 moves the line parsers to conventions/).
KNOWN_CYCLES: list[set[str]] = []  # the text reader moved beside its passes: none left

MAX_LINES = 400
# Modules over MAX_LINES today (their length when this list was written, 3 December 2026);
# each is owned by work in progress and is to be split. A module may leave the list, never join.
KNOWN_LONG = {}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package modules ``name`` imports when it runs, at the top or inside a function
    (a lazy import is still a dependency); imports for type hints only are left out."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                kept = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*kept, base] if base else kept)
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            targets = []
        found.update(t for t in targets if t in modules and t != name)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_every_module_belongs_to_a_ranked_layer():
    assert {_layer(m) for m in _modules()} <= set(RANK)


def test_layers_import_only_downward():
    graph = _graph()
    upward = {(a, b) for a, targets in graph.items() for b in targets if RANK[_layer(b)] > RANK[_layer(a)]}
    assert upward - KNOWN_UPWARD == set(), "imports against the layers' direction"


def test_no_qt_below_the_ui():
    for name, path in _modules().items():
        if _layer(name) in ("ui", "cli", "__main__"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not any(n.startswith(("PySide6", "shiboken6")) for n in names), name


def test_no_import_cycle_beyond_the_known_ones():
    cycles = _cycles(_graph())
    assert [c for c in cycles if c not in KNOWN_CYCLES] == []


def test_modules_stay_small():
    long = {}
    for path in PACKAGE.rglob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long[path.relative_to(PACKAGE).as_posix()] = lines
    assert set(long) <= set(KNOWN_LONG), f"over {MAX_LINES} lines: {sorted(set(long) - set(KNOWN_LONG))}"


def test_the_graph_sees_lazy_imports_and_not_type_hints():
    graph = _graph()
    # registry imports storage.dres inside a function, so .txt exports stay light
    assert "delegate_editor.storage.dres" in graph["delegate_editor.formats.registry"]
    # commands.py names the controller for its type hints only: no cycle
    assert "delegate_editor.ui.controller" not in graph["delegate_editor.ui.commands"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_the_repository_stands_alone():
    """A clone has no folder beside it: nothing may point outside the repository."""
    root = PACKAGE.parent
    outside = ("../" + "shared", "/work/" + "shared")  # spelled apart so this file passes
    skip = {root / "tests" / "data", root / ".venv", root / ".git"}
    offenders = []
    for path in root.rglob("*"):
        if (
            path.suffix not in (".py", ".md", ".toml", ".sh", ".cfg", ".spec", ".txt")
            and path.name != "Makefile"
        ):
            continue
        if any(folder in path.parents for folder in skip) or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{path.relative_to(root)}: {ref}" for ref in outside if ref in text]
    assert offenders == []
    assert (root / "ARCHITECTURE.md").is_file() and (root / "docs" / "un-layout.md").is_file()
