"""The strongly connected components of a directed graph (Tarjan's algorithm, without recursion: the checker's
graphs come from hostile files, and Python's stack is shallow)."""

from __future__ import annotations

from typing import Callable, Hashable, Iterable, TypeVar

Vertex = TypeVar("Vertex", bound=Hashable)


def strongly_connected_components(nodes: Iterable[Vertex],
                                  successors: Callable[[Vertex], list[Vertex]]) -> list[list[Vertex]]:
    """Every component of the graph, each one listed after the components it reaches (reverse topological order)."""
    index_of: dict = {}
    low: dict = {}
    on_stack: set = set()
    stack: list = []
    found: list[list[Vertex]] = []
    for root in nodes:
        if root in index_of:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index_of[node] = low[node] = len(index_of)
                stack.append(node)
                on_stack.add(node)
            edges = successors(node)
            if position < len(edges):
                work.append((node, position + 1))
                successor = edges[position]
                if successor not in index_of:
                    work.append((successor, 0))
                elif successor in on_stack:
                    low[node] = min(low[node], index_of[successor])
                continue
            if low[node] == index_of[node]:  # the root of a component: its members are on the stack above it
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                found.append(members)
            if work:  # back in the caller: its low takes the callee's
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found
