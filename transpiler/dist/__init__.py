"""`exkit dist`: build the three packages into dist/, validate them with their ecosystem's tools, then install each
one outside the source tree and smoke-test it (see smoke.py)."""
