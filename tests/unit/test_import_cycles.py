"""No two modules of hubdesk import each other, directly or round a longer loop.

The graph is grimp's (what import-linter checks the layers with): every `import` written in a
module counts, at the top, inside a function, or under `if TYPE_CHECKING:`. Only imports by a
computed name (`importlib.import_module`, the `hubdesk` command's table of sub-commands) are not
seen. docs/architecture.md, "Import cycles", says how to break one.
"""

from __future__ import annotations

import itertools

import grimp

PACKAGE = "hubdesk"


def import_cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Every loop of imports among the modules of `package`, each as the modules in import order
    with the first repeated at the end (one loop per strongly connected group, shortest found)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    inside = set(modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & inside) for m in modules}

    # Tarjan's strongly connected components, iteratively (no recursion limit to meet).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if i < len(edges[node]):
                work.append((node, i + 1))
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in edges[node]:
                    groups.append(sorted(group))

    cycles = []
    for group in groups:
        start = group[0]
        members = set(group)
        # the shortest way back to the start, breadth first within the group
        paths = {nxt: [start, nxt] for nxt in edges[start] if nxt in members}
        frontier = list(paths)
        found = paths.get(start)
        while found is None and frontier:
            following = []
            for node in frontier:
                for nxt in edges[node]:
                    if nxt == start:
                        found = [*paths[node], start]
                        break
                    if nxt in members and nxt not in paths:
                        paths[nxt] = [*paths[node], nxt]
                        following.append(nxt)
                if found:
                    break
            frontier = following
        assert found is not None
        cycles.append(found)
    return cycles


def describe(graph: grimp.ImportGraph, cycle: list[str]) -> str:
    lines = [" -> ".join(cycle)]
    for importer, imported in itertools.pairwise(cycle):
        for detail in graph.get_import_details(importer=importer, imported=imported):
            lines.append(
                f"    {importer}:{detail['line_number']}: {detail['line_contents'].strip()}"
            )
    return "\n".join(lines)


def test_no_module_of_hubdesk_imports_itself_round_a_loop():
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    cycles = import_cycles(graph, PACKAGE)
    assert not cycles, "import cycles:\n" + "\n".join(describe(graph, c) for c in cycles)


def test_the_check_finds_and_names_a_loop():
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c", "pkg.d", "other"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b", line_number=3, line_contents="import b")
    graph.add_import(importer="pkg.b", imported="pkg.c", line_number=4, line_contents="import c")
    graph.add_import(importer="pkg.c", imported="pkg.a", line_number=9, line_contents="import a")
    graph.add_import(importer="pkg.c", imported="pkg.d", line_number=5, line_contents="import d")
    graph.add_import(importer="pkg.d", imported="other", line_number=1, line_contents="import o")
    graph.add_import(importer="other", imported="pkg.a", line_number=1, line_contents="import a")

    # the loop through `other` is outside the package and does not count; a -> b -> c -> a does
    assert import_cycles(graph, "pkg") == [["pkg.a", "pkg.b", "pkg.c", "pkg.a"]]
    assert "pkg.c:9: import a" in describe(graph, ["pkg.a", "pkg.b", "pkg.c", "pkg.a"])

    graph.remove_import(importer="pkg.c", imported="pkg.a")
    assert import_cycles(graph, "pkg") == []
