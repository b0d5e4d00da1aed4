<?php

// Generated from js/hostile_strings.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class hostile_strings extends Exchange {
    public function run() {
        $dollar = '$name {$name} ${name}';
        $php = '<?php echo 1; ?>';
        $quotes = 'single \' double " backtick `';
        $slashes = 'back\\slash \\n not newline';
        $controls = "nul\x00 tab\t newline\n cr\r bell\x07 del\x7f";
        $unicode = "é ✓ 𝄞 \u{2028} \u{2029}";
        $triple = '""" \'\'\' */ /* #';
        return [
            $dollar,
            $php,
            $quotes,
            $slashes,
            $controls,
            $unicode,
            $triple,
            Js::textLength($dollar),
            Js::textLength($controls),
        ];
    }
}
