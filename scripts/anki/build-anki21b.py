#!/usr/bin/env python3
"""Builds a current-format Anki package (collection.anki21b) from a legacy .apkg, as Anki lays one out (ADR 030).

Usage: python3 scripts/anki/build-anki21b.py <legacy.apkg> <out.apkg>   (needs the `zstd` command)

What Anki writes for a current package (rslib/src/import_export/package/colpkg/export.rs, meta.rs):
  meta                 stored; PackageMetadata protobuf, version = 3 (VERSION_LATEST): bytes 08 03
  collection.anki21b   stored; the collection at schema 18, zstd-compressed
  collection.anki2     deflated; a dummy legacy collection (no notes) for old clients
  media                stored; MediaEntries protobuf, zstd-compressed (empty here)
The collection is the legacy one upgraded the way Anki's schema upgrades store note types and decks
(rslib/src/storage/upgrades/schema15_upgrade.sql: notetypes, fields, templates, decks tables with
protobuf configs from proto/anki/notetypes.proto; `unicase` collation as Anki registers it), then
`col.ver` = 18 and the JSON in col.models / col.decks emptied. Tables the import doesn't read
(deck_config, config, tags of schema 14/17) are left as they were.
"""
import json, os, shutil, sqlite3, subprocess, sys, tempfile, zipfile


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def field(number, value):
    if isinstance(value, int):
        return varint(number << 3) + varint(value)
    data = value.encode() if isinstance(value, str) else value
    return varint(number << 3 | 2) + varint(len(data)) + data


def unicase(a, b):
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


SCHEMA15 = """
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE INDEX idx_templates_usn ON templates (usn);
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE INDEX idx_notetypes_usn ON notetypes (usn);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
"""


def main(src, out):
    work = tempfile.mkdtemp()
    try:
        with zipfile.ZipFile(src) as z:
            z.extract('collection.anki2', work)
        legacy = os.path.join(work, 'collection.anki2')
        col_path = os.path.join(work, 'collection.anki21b.sqlite')
        dummy = os.path.join(work, 'dummy.anki2')
        shutil.copy(legacy, col_path)
        shutil.copy(legacy, dummy)

        db = sqlite3.connect(col_path)
        db.create_collation('unicase', unicase)
        models = json.loads(db.execute('select models from col').fetchone()[0])
        decks = json.loads(db.execute('select decks from col').fetchone()[0])
        db.executescript(SCHEMA15)
        for m in models.values():
            ntid = int(m['id'])
            config = field(1, int(m.get('type', 0))) + field(2, int(m.get('sortf', 0))) + field(3, m.get('css', ''))
            db.execute('insert into notetypes values (?,?,?,?,?)', (ntid, m['name'], int(m.get('mod', 0)), -1, config))
            for i, f in enumerate(m['flds']):
                fconfig = field(3, f.get('font', 'Arial')) + field(4, int(f.get('size', 20)))
                db.execute('insert into fields values (?,?,?,?)', (ntid, f.get('ord', i), f['name'], fconfig))
            for i, t in enumerate(m['tmpls']):
                tconfig = field(1, t['qfmt']) + field(2, t['afmt'])
                db.execute('insert into templates values (?,?,?,?,?,?)', (ntid, t.get('ord', i), t['name'], 0, -1, tconfig))
        for d in decks.values():
            # Deck.kind: oneof { Normal normal = 1; Filtered filtered = 2; } — an empty Normal.
            db.execute('insert into decks values (?,?,?,?,?,?)',
                       (int(d['id']), d['name'].replace('::', '\x1f'), int(d.get('mod', 0)), -1, b'', field(1, b'')))
        db.execute("update col set ver = 18, models = '', decks = ''")
        db.commit()
        db.execute('vacuum')
        db.close()

        d = sqlite3.connect(dummy)
        d.executescript('delete from notes; delete from cards; delete from revlog;')
        d.commit()
        d.execute('vacuum')
        d.close()

        compressed = subprocess.run(['zstd', '-q', '-3', '-c', col_path], check=True, capture_output=True).stdout
        media = subprocess.run(['zstd', '-q', '-3', '-c', '-'], input=b'', check=True, capture_output=True).stdout
        with zipfile.ZipFile(out, 'w') as z:
            z.writestr(zipfile.ZipInfo('meta'), field(1, 3), compress_type=zipfile.ZIP_STORED)
            z.writestr(zipfile.ZipInfo('collection.anki21b'), compressed, compress_type=zipfile.ZIP_STORED)
            z.write(dummy, 'collection.anki2', compress_type=zipfile.ZIP_DEFLATED)
            z.writestr(zipfile.ZipInfo('media'), media, compress_type=zipfile.ZIP_STORED)
    finally:
        shutil.rmtree(work)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
