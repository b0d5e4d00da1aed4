// Evaluates Precise calls in Node: reads [[method, args], ...] as JSON on stdin, prints the results as JSON
// ({ throws: true } for a call that throws).
import Precise from '../../js/base/Precise.js';

let input = '';
for await (const chunk of process.stdin) {
    input += chunk;
}
const results = JSON.parse (input).map (([ method, args ]) => {
    try {
        const result = Precise[method] (...args.map ((arg) => (arg === null ? undefined : arg)));
        return (result === undefined) ? null : result;
    } catch (error) {
        return { 'throws': true }; // a text that is not a decimal number
    }
});
console.log (JSON.stringify (results));
