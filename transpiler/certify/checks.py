"""The checks of `exkit certify` beyond the subset rules, described like rules (id, title, why, what to do), so
that every renderer and the contributor guide can show them."""

from __future__ import annotations

from dataclasses import dataclass

from transpiler.diagnostics import Severity


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    rationale: str
    hint: str
    severity: Severity = Severity.ERROR
    bad: str = ""
    good: str = ""

    @property
    def name(self) -> str:
        return self.title


CHECKS = {check.id: check for check in [
    Check("CERT-H001", "has[...] is true for a method the class does not implement",
          "Users test `exchange.has['fetchOrder']` before calling it; a true entry without the method sends them to "
          "the base class, which raises NotSupported.",
          "implement the method in the class, or set its has entry to false"),
    Check("CERT-H002", "a unified method is implemented but has[...] is not true",
          "Code that checks `has` first never calls the method, and the guide and reports list it as missing.",
          "set the method's entry in describe()'s has to true"),
    Check("CERT-U001", "a unified method does not have the standard signature",
          "Users call unified methods positionally, the same way on every exchange; other parameters break their "
          "calls, and the Python type hints are left out.",
          "use the signature the base class declares (exkit certify lists them); pass extras through params"),
    Check("CERT-U002", "fetchMarkets is not implemented",
          "Every other unified method takes unified symbols, which only markets resolve: without fetchMarkets "
          "nothing else can work.",
          "implement fetchMarkets first, with its has entry true and its request and response tests"),
    Check("CERT-D001", "describe() lacks a key users and reviewers rely on",
          "urls.api is where requests go, urls.doc is how reviewers check the integration, fees and "
          "requiredCredentials tell users what trading costs and which keys to create.",
          "add the key to the dictionary describe() returns"),
    Check("CERT-D002", "describe()'s id is not the file's id",
          "The id names the exchange in every error message and log line, and users and reviewers find its source, "
          "its fixture and its registry entry by it: js/kraken.js whose describe() says 'binance' (a derived exchange "
          "that kept its parent's, a copied file) reports its errors as another exchange's.",
          "state the file's id in describe(): 'id': '<id>' for js/<id>.js"),
    Check("CERT-R001", "urls names an origin the registry does not list for the exchange",
          "Requests, with the user's API key and signatures, and streams go only to the origins of urls['api'], "
          "urls['test'] and urls['ws']. exchanges.json lists each implemented exchange's origins, so that a new or "
          "changed host is a change of the registry that reviewers see, not one line among the source's.",
          "add the origin to the \"origins\" of the exchange's entry in exchanges.json, in the same change, after "
          "checking in the exchange's documentation that the host is the exchange's own"),
    Check("CERT-F001", "the exchange has no fixture file, or it does not follow the fixture schema",
          "Fixtures are the only evidence that requests are signed right and responses parsed right in every "
          "language; no fixture, no test.",
          "create tests/fixtures/exchanges/<id>.json (exkit new writes an empty one) and fix what the message says"),
    Check("CERT-F002", "an implemented unified method has no request test",
          "Without a request test nobody knows that the URL, the parameters and the signature are what the "
          "exchange expects, in any language.",
          "add a case with `requests` (method, url, headers, body) under the method in the fixture"),
    Check("CERT-F003", "an implemented unified method has no response test",
          "Without a response test nobody knows that the unified structure built from the exchange's answer is "
          "right, and the same, in JavaScript, Python and PHP.",
          "add a case with `responses` and the expected `result` under the method in the fixture"),
    Check("CERT-F004", "fewer than three error responses are mapped to unified errors",
          "Users catch InsufficientFunds, OrderNotFound or AuthenticationError on every exchange alike; that only "
          "works when the exchange's error payloads are mapped, and tested.",
          "add cases whose `responses` are documented error payloads and whose `throws` is the unified error"),
    Check("CERT-F005", "a fixture case calls a method that is neither unified nor the exchange's own",
          "Fixture cases run the exchange with the machine's runtimes: a case may call the unified methods and the "
          "methods the exchange declares (its own and its implicit API), never the request pipeline or the native "
          "layer (throwError, fetch, ...), so that a JSON file alone cannot drive the runtime.",
          "test the behaviour through the unified method that uses it"),
    Check("CERT-F006", "has['watch...'] is true for a streaming method that no stream fixture case plays",
          "A streaming method is only trusted when tests/fixtures/streams/<id>.json shows the frames it handles "
          "and the results it gives, in Node and Python asyncio.",
          "add a case to tests/fixtures/streams/<id>.json with the documented frames and the expected result"),
    Check("CERT-T002", "a stream fixture case fails in a runtime",
          "A stream case plays the exchange's side of a WebSocket conversation on 127.0.0.1: the client must send the "
          "messages it lists and return the results it expects, in Node and in Python asyncio alike.",
          "rerun tests/test_streams.py for the exchange and fix the source; never the generated files"),
    Check("CERT-T001", "a fixture case fails in a runtime",
          "The same call must send the same request and return the same structure in every language.",
          "run the case in that runtime (the message says how) and fix the source; never the generated files"),
    Check("CERT-T003", "a private call with no parameters sends another body in one runtime",
          "PHP holds an empty dictionary as an empty array, which its json () writes as [] where Node and Python "
          "write {}: sign () code that writes this.json (params) signs and sends [] from PHP alone when the caller "
          "passes no parameters, which the exchange refuses or reads as another request. Certify calls the first "
          "private POST, PUT and DELETE method of the implicit API with no parameters in every runtime and compares "
          "the bodies with Node's.",
          "in sign (), write the body of no parameters yourself: (Object.keys (query).length > 0) ? this.json (query) "
          ": '{}'",
          bad="body = this.json (query); // [] from PHP when query is empty",
          good="body = (Object.keys (query).length > 0) ? this.json (query) : '{}';"),
    Check("CERT-P001", "a unified param is forwarded raw or ignored instead of mapped or rejected",
          "Users pass `{'postOnly': true}` or `{'network': 'TRC20'}` the same way to every exchange. An exchange "
          "that sends the unified name as is, or drops it, places a different order than the one asked for (a taker "
          "order instead of a maker one, a market order instead of a stop) or withdraws on the wrong network, "
          "without any error. Certify plays every request test again in JavaScript once per unified param the "
          "method understands (the table in transpiler/unified.py, listed in the guide), with a probe value, and "
          "compares the requests with those of the case as it is.",
          "read the param (this.safeValue (params, 'postOnly')), omit it from params and set the exchange's own "
          "field(s); or, when the exchange cannot do it, throw NotSupported (InvalidOrder when it is the "
          "combination that is wrong) with a message that names the param",
          bad="request = this.extend (request, params); // postOnly reaches the exchange as postOnly=true",
          good="const postOnly = this.safeBool (params, 'postOnly', false);\n"
               "params = this.omit (params, [ 'postOnly' ]);\n"
               "if (postOnly) {\n    request['oflags'] = 'post';\n}"),
    Check("CERT-S001", "a unified method returns a structure the contract does not allow",
          "Users read the same fields with the same types on every exchange: an order's fees is a list, a "
          "currency list is a dictionary keyed by code, a timestamp an integer. The contract in transpiler/unified.py "
          "(the table in this guide) says which fields each structure has, their types and which are never null; "
          "certify holds the result of every response test, as JavaScript returns it, to it.",
          "build the structure with the base class's safe* helper (safeOrder, safeTrade, ...), or fix the key or the "
          "value the message names; a field the contract lacks belongs in info"),
    Check("CERT-S002", "fetchMarkets returns a market that is not the full unified structure",
          "loadMarkets stores what fetchMarkets returns as it is, and users who call fetchMarkets read its markets "
          "directly: a market made by hand lacks the fields safeMarketStructure fills in (swap, future, contract, "
          "the bounds of limits, ...), a KeyError in Python and a warning in PHP where another exchange's market "
          "has them. Certify compares every market of the fetchMarkets response tests, as JavaScript returns it, "
          "with safeMarketStructure of itself.",
          "make each market with this.safeMarketStructure ({ ... }) where your code writes it (in fetchMarkets or "
          "the parseMarket it calls), and again after changing a market it made",
          bad="result.push ({ 'id': id, 'symbol': symbol, 'base': base, 'quote': quote, ... });",
          good="result.push (this.safeMarketStructure ({ 'id': id, 'symbol': symbol, 'base': base, 'quote': quote, "
               "... }));"),
    Check("CERT-B001", "the generated Python and PHP are missing or out of date",
          "Python and PHP users get the generated modules; tests of stale modules prove nothing, and neither do tests "
          "of a module that another file of the packages' folders stands in for (python/exchangekit/<id>/, "
          "php/base/<id>.php).",
          "run `make build` (python build.py) and commit what it writes; remove any file of python/exchangekit/ or "
          "php/ that the build does not make and the runtime does not hold"),
]}
