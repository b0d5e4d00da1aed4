"""exchangekit: cryptocurrency exchange integrations with one unified API (generated from js/)."""
