import Exchange from './base/Exchange.js';

export default class hostile_strings extends Exchange {
    run () {
        const dollar = '$name {$name} ${name}';
        const php = '<?php echo 1; ?>';
        const quotes = 'single \' double " backtick `';
        const slashes = 'back\\slash \\n not newline';
        const controls = 'nul\u0000 tab\t newline\n cr\r bell\u0007 del\u007f';
        const unicode = '\u00e9 ✓ 𝄞 \u2028 \u2029';
        const triple = '""" \'\'\' */ /* #';
        return [ dollar, php, quotes, slashes, controls, unicode, triple, dollar.length, controls.length ];
    }
}
