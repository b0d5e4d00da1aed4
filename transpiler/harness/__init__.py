"""The exchange harness: fixtures of request and response cases, and the runners that play them in JavaScript,
Python (sync and asyncio) and PHP against the real exchange classes."""
