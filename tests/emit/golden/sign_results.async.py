# Generated from js/sign_results.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import ExchangeError
from exchangekit.base import js


class sign_results(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "sign_results",
                "urls": {"api": "https://127.0.0.1:9"},
                "api": {"public": {"get": ["echo"]}},
            },
        )

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        urls = {"number": 5, "boolean": True, "list": ["https://127.0.0.1:9/echo"], "dictionary": {"a": "b"}}
        # (a url of none of these is undefined)
        url = self.safe_value(urls, self.safe_string(params, "url"))
        methods = {"list": ["GET"], "number": 1}
        return {
            "url": url,
            "method": self.safe_value(methods, self.safe_string(params, "method"), method),
            "body": body,
            "headers": headers,
        }

    async def outcome(self, params):
        try:
            await self.public_get_echo(params)
            return "sent"
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            if isinstance(e, ExchangeError):
                return "ExchangeError"
            return "another error"

    async def run(self):
        results = []
        forms = [
            {"url": "number"},
            {"url": "boolean"},
            {"url": "list"},
            {"url": "dictionary"},
            {"url": "none"},
            {"url": "list", "method": "list"},
            {"url": "number", "method": "number"},
        ]
        i = 0
        while True:
            if not (i < len(forms)):
                break
            results.append(await self.outcome(forms[i]))
            i += 1
        return results
