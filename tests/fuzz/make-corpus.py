#!/usr/bin/env python3
"""make-corpus.py — hostile JSON files for the loaders (docs/reliability.md)

    make-corpus.py small DIR                the committed corpus, tests/data/hostile/
    make-corpus.py large DIR MAX_BYTES      the same kinds at the size limit, as fuzzer seeds

Files named ok-* must load (meeting files for tests/data/minimal.json, datasets
like it); every other file must be refused with one clean line. test-corpus
runs the first set; tests/fuzz/run-fuzzer.sh makes the second at run time, as
they are too large to commit. The output depends on nothing but the arguments.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MINIMAL = os.path.join(HERE, '..', 'data', 'minimal.json')
BOM = b'\xef\xbb\xbf'


def meeting_file(**changes):
    doc = {
        'format': 1,
        'kind': 'stackwise-scenario',
        'dataset': 'small',
        'participants': [],
        'weights': {'realtime': 10, 'data_ml': 2, 'learning': 5},
        'preset': None,
        'notes': 'Choosing the backend for the order tracker.',
    }
    doc.update(changes)
    # With participants, each has their own weights.
    if doc['participants'] and 'weights' not in changes:
        del doc['weights']
    return doc


def dumps(doc):
    return json.dumps(doc, indent=1, ensure_ascii=False).encode()


def replace(data, marker, raw):
    """@data with the JSON string "@marker" replaced by the raw bytes @raw."""
    needle = json.dumps(marker).encode()
    assert data.count(needle) == 1, marker
    return data.replace(needle, raw)


def nested(levels, opening, closing, inner=b'1'):
    return opening * levels + inner + closing * levels


def team(names):
    return [{'name': n, 'weights': {'realtime': 1, 'data_ml': 2, 'learning': 3}, 'voted': False}
            for n in names]


def meeting_files(size):
    """Name → bytes. @size scales the long and many-fold ones."""
    files = {}
    size -= 8  # room for the value and the brackets around the nesting
    base = dumps(meeting_file())
    with_raw = lambda raw, **kw: replace(dumps(meeting_file(notes='@', **kw)), '@', raw)

    # Deep nesting: at the limit (64 levels: the notes are the second), one
    # over, and far over in every spelling the check must see through.
    files['bad-nested-64-levels.stackwise'] = with_raw(nested(63, b'[', b']'))
    files['bad-nested-65-levels.stackwise'] = with_raw(nested(64, b'[', b']'))
    files['bad-deep-objects.stackwise'] = nested(size // 6, b'{"a":', b'}')
    files['bad-deep-lists.stackwise'] = nested(size // 2, b'[', b']')
    files['bad-deep-unclosed.stackwise'] = b'[' * size
    files['bad-deep-after-single-quote.stackwise'] = b"['\\' " + nested(size // 2 - 4, b'[', b']') + b"']"
    files['bad-deep-strings-with-brackets.stackwise'] = nested(size // 8, b'["]]]",', b']')
    files['bad-deep-escaped-quotes.stackwise'] = nested(size // 8, b'["\\"]",', b']')
    files['bad-deep-in-comment-trick.stackwise'] = b'/*/' + nested(size // 2 - 2, b'[', b']')
    files['bad-deep-after-mismatch.stackwise'] = b'{]' + b'[' * (size - 2)

    # Numbers: huge, tiny, long, and the forms json-glib reads in its own way.
    for name, raw in [('huge-integer', b'123456789012345678901234567890'),
                      ('integer-past-int64', b'9223372036854775808'),
                      ('wrapping-integer', b'-18446744073709551611'),
                      ('huge-exponent', b'1e999999'),
                      ('long-number', b'9' * min(size, 100000)),
                      ('octal', b'010'),
                      ('hexadecimal', b'0x5'),
                      ('plus-sign', b'+5'),
                      ('nan', b'NaN')]:
        files['bad-%s-weight.stackwise' % name] = replace(
            dumps(meeting_file(weights={'realtime': '@', 'data_ml': 2, 'learning': 5})), '@', raw)
    files['ok-tiny-exponent-weight.stackwise'] = \
        dumps(meeting_file()).replace(b'"realtime": 10', b'"realtime": 1e-400')
    files['ok-long-fraction-weight.stackwise'] = \
        dumps(meeting_file()).replace(b'"realtime": 10', b'"realtime": 5.' + b'0' * min(size, 100000))
    files['bad-huge-format.stackwise'] = dumps(meeting_file()).replace(b'"format": 1', b'"format": 18446744073709551617')

    # Long strings, many keys, many participants.
    files['ok-long-notes.stackwise'] = dumps(meeting_file(notes=('Ünïcödé ✓ 🚀 ' * (size // 20))[: size // 2]))
    files['bad-long-name.stackwise'] = dumps(meeting_file(participants=team(['A' * (size // 2)])))
    long_key = meeting_file()
    long_key['k' * (size // 2)] = 1
    files['ok-long-unknown-key.stackwise'] = dumps(long_key)
    # At most 256 members an object (json-glib is quadratic in repeated names).
    for prefix, n in [('ok', 240), ('bad', max(size // 24, 300))]:
        many_keys = meeting_file()
        for i in range(n):
            many_keys['key%d' % i] = i
        files['%s-many-unknown-keys.stackwise' % prefix] = dumps(many_keys)
    files['bad-many-repeated-keys.stackwise'] = replace(dumps(meeting_file(notes='@')), '@', b'{' + b','.join(
        [b'"k%d": 1' % i for i in range(200)] + [b'"k199": 1'] * max(size // 12, 100)) + b'}')
    files['bad-many-participants.stackwise'] = dumps(meeting_file(participants=team(
        ['P%d' % i for i in range(size // 100)])))
    many_weights = {'w%d' % i: 1 for i in range(size // 16)}
    many_weights.update({'realtime': 1, 'data_ml': 2, 'learning': 3})
    files['bad-many-weight-keys.stackwise'] = dumps(meeting_file(weights=many_weights))

    # Duplicate keys: json-glib keeps the last one.
    files['ok-duplicate-weight-key.stackwise'] = \
        dumps(meeting_file()).replace(b'"realtime": 10', b'"realtime": 11, "realtime": 10')
    files['bad-duplicate-format-key.stackwise'] = base.replace(b'"format": 1', b'"format": 1, "format": 99')
    files['bad-duplicate-names.stackwise'] = dumps(meeting_file(participants=team(['Ana', 'Ana'])))

    # Unicode edges, in a participant's name or the notes.
    for name, raw in [('lone-high-surrogate', b'"\\ud800"'),
                      ('lone-low-surrogate', b'"\\udc00"'),
                      ('reversed-surrogates', b'"\\udc00\\ud800"'),
                      ('short-escape', b'"\\u12"'),
                      ('overlong-slash', b'"\xc0\xaf"'),
                      ('overlong-three-bytes', b'"\xe0\x80\xaf"'),
                      ('utf8-surrogate', b'"\xed\xa0\x80"'),
                      ('past-10ffff', b'"\xf4\x90\x80\x80"'),
                      ('five-bytes', b'"\xf8\x88\x80\x80\x80"'),
                      ('latin1', b'"Caf\xe9"'),
                      ('nul-byte', b'"a\x00b"'),
                      ('nul-escape', b'"a\\u0000b"')]:
        files['bad-%s-in-notes.stackwise' % name] = with_raw(raw)
    files['bad-nul-escape-in-name.stackwise'] = replace(
        dumps(meeting_file(participants=team(['@', 'Ben']))), '@', b'"Ana\\u0000Evil"')
    files['ok-surrogate-pair-escape.stackwise'] = with_raw(b'"\\ud83d\\ude80 \\uD83D\\uDE00"')
    files['ok-noncharacters.stackwise'] = with_raw('"\uffff \ufffe \U0010ffff \\uffff \\ufdd0"'.encode())
    files['ok-bidi-and-separators-in-name.stackwise'] = dumps(meeting_file(participants=team(
        ['\u202eanA', 'Ben\u2028Cleo', 'Zoë\u0301\u0301\u0301', '\u00a0Dan\u200b'])))
    files['ok-bom.stackwise'] = BOM + base
    files['bad-bom-twice.stackwise'] = BOM + BOM + base
    files['bad-bom-after-space.stackwise'] = b' ' + BOM + base
    files['bad-bom-utf16.stackwise'] = b'\xff\xfe' + base.decode().encode('utf-16-le')

    return files


def datasets(size):
    with open(MINIMAL, 'rb') as f:
        minimal = f.read()
    files = {}
    size -= 8

    def variant(change):
        copy = json.loads(minimal)
        change(copy)
        return dumps(copy)

    files['ok-bom.json'] = BOM + minimal
    files['bad-deep-lists.json'] = nested(size // 2, b'[', b']')
    files['bad-deep-objects.json'] = nested(size // 6, b'{"a":', b'}')
    files['bad-deep-after-single-quote.json'] = b"['\\' " + nested(size // 2 - 4, b'[', b']') + b"']"
    files['bad-nested-65-levels-in-title.json'] = replace(
        variant(lambda d: d.update(title='@')), '@', nested(64, b'[', b']'))
    files['bad-wrapping-integer-fit.json'] = replace(
        variant(lambda d: d['fits']['python']['realtime'].update(value='@')), '@', b'-18446744073709551606')
    files['bad-huge-exponent-fit.json'] = replace(
        variant(lambda d: d['fits']['python']['realtime'].update(value='@')), '@', b'1e999999')
    files['ok-long-title.json'] = variant(lambda d: d.update(title='Ü' * (size // 4)))
    files['ok-many-unknown-keys.json'] = variant(lambda d: d.update({'key%d' % i: i for i in range(200)}))
    files['bad-many-unknown-keys.json'] = variant(
        lambda d: d.update({'key%d' % i: i for i in range(max(size // 24, 300))}))
    files['bad-lone-surrogate-in-title.json'] = replace(variant(lambda d: d.update(title='@')), '@', b'"\\udbff"')
    files['bad-nul-escape-in-title.json'] = replace(variant(lambda d: d.update(title='@')), '@', b'"\\u0000"')
    files['bad-overlong-in-title.json'] = replace(variant(lambda d: d.update(title='@')), '@', b'"\xc1\xbf"')
    files['bad-duplicate-technology-id.json'] = minimal.replace(b'"id": "nodejs"', b'"id": "nodejs", "id": "python"', 1)
    return files


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ('small', 'large'):
        sys.exit(__doc__)
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    if sys.argv[1] == 'small':
        files = {**meeting_files(8000), **datasets(8000)}
    else:
        limit = int(sys.argv[3])
        files = {**meeting_files(limit), **datasets(limit)}
        # Only the kinds whose point is their size.
        files = {'large-' + name: data for name, data in files.items()
                 if len(data) <= limit and any(k in name for k in ('-deep-', '-long-', '-many-'))}
    for name, data in sorted(files.items()):
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main()
