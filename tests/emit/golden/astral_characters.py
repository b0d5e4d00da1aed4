# Generated from js/astral_characters.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class astral_characters(Exchange):
    def run(self):
        # JavaScript counts, finds, cuts and orders strings in UTF-16 code units: a character beyond U+FFFF (an
        # emoji, the G clef) is a surrogate pair, two units. Every cut here keeps each pair whole.
        text = "a😀b𝄞c"
        names = ["ﬁx", "😀y", "z", "�w"]
        js.sort(names)
        chars = []
        i = 0
        while True:
            if not (i < js.text_length(text)):
                break
            if (i == 0) or (i == 3) or (i == 6):
                chars.append(js.get(text, i))
            i += 1
        return [
            js.text_length(text),
            js.index_of(text, "b"),
            js.index_of(text, "c"),
            js.index_of(text, "𝄞"),
            js.slice_(text, 1, 3),
            js.slice_(text, -1),
            js.slice_(text, -3),
            js.slice_(text, 3, 6),
            js.char_at(text, 3),
            js.char_at(text, 6),
            chars,
            js.pad_start("b", 5, "😀"),
            js.pad_end("b", 3, "𝄞"),
            js.pad_start(text, 9, "-"),
            names,
            js.less("ﬁ", "😀"),
            js.less("😀", "�"),
            js.less("a", "😀"),
            js.split("abc", ""),
            js.join([js.text_length(text), js.text_length("x😀")], " "),
            "😀b" in text,
            text.startswith("a😀"),
        ]
