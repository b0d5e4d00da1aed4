"""The asyncio base class."""
