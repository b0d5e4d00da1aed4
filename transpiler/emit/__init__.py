"""Emitters: print a checked subset source as Python (sync and asyncio) and PHP."""
