# Generated from js/hostile_strings.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class hostile_strings(Exchange):
    def run(self):
        dollar = "$name {$name} ${name}"
        php = "<?php echo 1; ?>"
        quotes = "single ' double \" backtick `"
        slashes = "back\\slash \\n not newline"
        controls = "nul\x00 tab\t newline\n cr\r bell\x07 del\x7f"
        unicode = "é ✓ 𝄞 \u2028 \u2029"
        triple = "\"\"\" ''' */ /* #"
        return [
            dollar,
            php,
            quotes,
            slashes,
            controls,
            unicode,
            triple,
            js.text_length(dollar),
            js.text_length(controls),
        ]
