"""Output formats for check results: text (with code frames), json (lines), github, sarif."""

from __future__ import annotations

from typing import Callable

from transpiler.checker import FileResult
from transpiler.renderers import github, jsonlines, sarif, text

Renderer = Callable[[list[FileResult]], str]

RENDERERS: dict[str, Renderer] = {
    "text": text.render,
    "json": jsonlines.render,
    "github": github.render,
    "sarif": sarif.render,
}
