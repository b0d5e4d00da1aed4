"""The list of exchanges in each package's README (what PyPI, Packagist and npm show), written by the build between
two markers: the exchanges the package indexes export, by the name their describe () states."""

from __future__ import annotations

import textwrap

from transpiler.emit.result import Compiled
from transpiler.registry_table import plain_markdown, replace_section

PACKAGE_READMES = ("python/README.md", "php/README.md", "js/README.md")
START = "<!-- exchanges: generated from js/<id>.js by the build (make build); edit describe ()'s name, not this list -->"
END = "<!-- /exchanges -->"
WIDTH = 116  # the READMEs' prose


def with_exchange_list(readme: str, compiled: dict[str, Compiled], ids: list[str], path: str) -> str:
    return replace_section(readme, START, END, render(compiled, ids), path)


def render(compiled: dict[str, Compiled], ids: list[str]) -> str:
    # (the name is the submitted file's text: escaped, as the registry's is in the root README)
    listed = [f"{plain_markdown(compiled[exchange_id].name or exchange_id)} (`{exchange_id}`)"
              for exchange_id in ids if exchange_id in compiled]
    return textwrap.fill(f"{len(listed)} exchanges: {', '.join(listed)}.", WIDTH, break_long_words=False,
                         break_on_hyphens=False) + "\n"
