// Smoke test of an installed exchangekit: import it by its package name (so from the folder where it was
// installed), list the exchanges, instantiate each one. Prints one JSON line: {version, exchanges,
// instantiated, location}.
import { fileURLToPath } from 'node:url';
import * as exchangekit from 'exchangekit';

const instantiated = [];
for (const id of exchangekit.exchanges) {
    const exchange = new exchangekit[id] ();
    if (exchange.id !== id) {
        throw new Error (`${id} has id ${exchange.id}`);
    }
    instantiated.push (id);
}
console.log (JSON.stringify ({
    'version': exchangekit.version,
    'exchanges': exchangekit.exchanges,
    'instantiated': instantiated,
    'location': fileURLToPath (import.meta.resolve ('exchangekit')),
}));
