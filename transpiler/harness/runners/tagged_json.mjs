// The JSON the runners print results in (tagged_json.py and tagged_json.php write the same): JSON.stringify's, but
// with the numbers JSON has no text for kept apart from null and 0, as { "$number": "NaN" }, "Infinity",
// "-Infinity" or "-0" wherever they occur, so that certify tells a runtime that returned NaN from one that returned
// undefined. A key of the data that could be read as such a tag ($number, $$number, ...) is written with one more $.
const TAG_LIKE = /^\$+number$/;

function tagged (key, value) {
    if (typeof value === 'number') {
        if (Number.isNaN (value)) {
            return { '$number': 'NaN' };
        }
        if (!Number.isFinite (value)) {
            return { '$number': (value > 0) ? 'Infinity' : '-Infinity' };
        }
        return Object.is (value, -0) ? { '$number': '-0' } : value;
    }
    if ((value !== null) && (typeof value === 'object') && !Array.isArray (value)
        && Object.keys (value).some ((name) => TAG_LIKE.test (name))) {
        return Object.fromEntries (Object.entries (value).map (([ name, item ]) => [ TAG_LIKE.test (name) ? '$' + name : name, item ]));
    }
    return value;
}

export default function taggedJson (value) {
    return JSON.stringify (value, tagged);
}
