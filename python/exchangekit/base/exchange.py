"""The Exchange base class (synchronous). It holds the user's configuration; the unified API,
describe() defaults and the request pipeline are added by the base-runtime work."""


class Exchange:
    def __init__(self, config: dict | None = None) -> None:
        for key, value in (config or {}).items():
            setattr(self, key, value)
