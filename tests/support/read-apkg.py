"""An independent reader of Anki packages for the export tests: Python's own zipfile and sqlite3,
nothing from Delight's exporter. Prints what the package holds as one JSON object.

Usage: python3 tests/support/read-apkg.py <file.apkg>
"""
import hashlib
import html
import json
import os
import re
import sqlite3
import sys
import tempfile
import zipfile

# Anki's strip_html (rslib/src/text.rs): comments, style/script blocks and tags removed, entities decoded.
HTML = re.compile(r"(?si)(<!--.*?-->)|(<style.*?>.*?</style>)|(<script.*?>.*?</script>)|(<.*?>)")


def strip_html(text):
    return html.unescape(HTML.sub("", text)).replace("\u00a0", " ")


def main(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        bad = z.testzip()
        media = json.loads(z.read("media").decode("utf-8"))
        tmp = tempfile.mkdtemp()
        col_path = os.path.join(tmp, "collection.anki2")
        with open(col_path, "wb") as out:
            out.write(z.read("collection.anki2"))
    con = sqlite3.connect(col_path)
    con.row_factory = sqlite3.Row
    col = dict(con.execute("select * from col").fetchone())
    for key in ("conf", "models", "decks", "dconf", "tags"):
        col[key] = json.loads(col[key])
    notes = []
    for row in con.execute("select * from notes order by id"):
        note = dict(row)
        fields = note["flds"].split("\x1f")
        stripped = strip_html(fields[0])
        note["fields"] = fields
        note["tagList"] = note["tags"].split()
        note["expectedCsum"] = int(hashlib.sha1(stripped.encode("utf-8")).hexdigest()[:8], 16)
        note["expectedSfld"] = stripped
        notes.append(note)
    cards = [dict(r) for r in con.execute("select * from cards order by id")]
    for card in cards:
        card["dataJson"] = json.loads(card["data"]) if card["data"] else None
    revlog = [dict(r) for r in con.execute("select * from revlog order by id")]
    tables = sorted(r[0] for r in con.execute("select name from sqlite_master where type = 'table'"))
    integrity = con.execute("pragma integrity_check").fetchone()[0]
    con.close()
    print(
        json.dumps(
            {
                "files": sorted(names),
                "zipOk": bad is None,
                "media": media,
                "tables": tables,
                "integrity": integrity,
                "col": col,
                "notes": notes,
                "cards": cards,
                "revlog": revlog,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
