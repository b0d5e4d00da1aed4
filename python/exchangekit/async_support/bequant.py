# Generated from js/bequant.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.hitbtc import hitbtc


class bequant(hitbtc):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bequant",
                "name": "Bequant",
                "countries": ["MT"],
                "urls": {
                    "logo": "https://bequant.io/favicon.ico",
                    "api": {
                        "public": "https://api.bequant.io/api/3",
                        "private": "https://api.bequant.io/api/3",
                    },
                    "www": "https://bequant.io",
                    "doc": "https://api.bequant.io/",
                    "fees": "https://bequant.io/fees-and-limits",
                },
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.002, "maker": 0.001}},
            },
        )
