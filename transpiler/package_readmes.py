"""The list of exchanges in each package's README (what PyPI, Packagist and npm show), written by the build between
two markers: the exchanges the package indexes export, by the name their describe () states."""

from __future__ import annotations

import re
import string
import textwrap

from transpiler.emit.result import Compiled
from transpiler.names import is_plain_exchange_name
from transpiler.registry_table import replace_section

PACKAGE_READMES = ("python/README.md", "php/README.md", "js/README.md")
START = "<!-- exchanges: generated from js/<id>.js by the build (make build); edit describe ()'s name, not this list -->"
END = "<!-- /exchanges -->"
WIDTH = 116  # the READMEs' prose


def with_exchange_list(readme: str, compiled: dict[str, Compiled], ids: list[str], path: str) -> str:
    return replace_section(readme, START, END, render(compiled, ids), path)


def render(compiled: dict[str, Compiled], ids: list[str]) -> str:
    # The name is the submitted file's text: one that SUB-B017 would refuse (a control or invisible character, another
    # script, a line of its own) is left for the id, and every punctuation character of the rest is escaped, so that
    # the text shows as typed wherever the lines break (red-team round 21: a line that the wrapping started with '1.'
    # or '-' of a name began a list, and 'https://...' or 'www....' was a link on GitHub and PyPI).
    listed = [f"{literal_markdown(_shown_name(compiled[exchange_id]))} (`{exchange_id}`)"
              for exchange_id in ids if exchange_id in compiled]
    return textwrap.fill(f"{len(listed)} exchanges: {', '.join(listed)}.", WIDTH, break_long_words=False,
                         break_on_hyphens=False) + "\n"


def _shown_name(module: Compiled) -> str:
    return module.name if is_plain_exchange_name(module.name) else module.id


_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")


def literal_markdown(text: str) -> str:
    """Text that Markdown shows as typed: every ASCII punctuation character backslash-escaped (CommonMark lets each be),
    so that none opens markup, starts a block at the beginning of a line, or completes a bare link's address."""
    return _PUNCTUATION.sub(r"\\\1", text)
