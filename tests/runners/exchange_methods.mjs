// Prints, for each exchange id given, its has map and the unified methods its class defines itself:
// { id: { has: { ... }, own: [ 'fetchTicker', ... ] } }.
const result = {};
for (const id of process.argv.slice (2)) {
    const exchangeClass = (await import (`../../js/${id}.js`)).default;
    const exchange = new exchangeClass ();
    result[id] = {
        'has': exchange.has,
        'own': Object.keys (exchange.has).filter ((name) => Object.prototype.hasOwnProperty.call (exchangeClass.prototype, name)),
    };
}
console.log (JSON.stringify (result));
