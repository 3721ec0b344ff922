"""Translation catalogues: ``python -m advocacy.core.catalogs compile|extract|check``.

Message ids are English; every domain keeps its French catalogue in
``advocacy/<domain>/translations/fr/LC_MESSAGES/messages.po`` (the foundation's in
``advocacy/translations``), so domains never edit the same file.
"""
from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.messages.extract import extract_from_dir
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[2]
#: The one plural rule of every French catalogue. Flask-Babel merges the domains' catalogues under a
#: single rule, so they must agree; Babel's own (CLDR, three forms) would be written into a new one.
FRENCH_PLURAL_FORMS = "nplurals=2; plural=(n > 1);"


def po_files() -> list[Path]:
    return sorted((ROOT / "advocacy").glob("**/translations/*/LC_MESSAGES/messages.po"))


def compile_all(verbose: bool = False) -> int:
    count = 0
    for po in po_files():
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as handle:
            catalog = read_po(handle)
        with mo.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        count += 1
        if verbose:
            print(f"compiled {mo.relative_to(ROOT)}")
    return count


def translated_ids() -> set[str]:
    ids: set[str] = set()
    for po in po_files():
        if "/fr/" not in str(po):
            continue
        with po.open("rb") as handle:
            for message in read_po(handle):
                if message.id and message.string and not message.fuzzy:
                    ids.add(message.id if isinstance(message.id, str) else message.id[0])
    return ids


def extracted_ids(paths=None) -> dict[str, list[str]]:
    """Every message id used in Python code and templates → where it is used."""
    found: dict[str, list[str]] = {}
    options = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None, "_l": None}
    for base in paths or (ROOT / "advocacy", ROOT / "templates"):
        base = Path(base)
        mmap = [("**.html", "jinja2")] if base.name == "templates" else [("**.py", "python")]
        for filename, lineno, message, _comments, _ctx in extract_from_dir(
                str(base), mmap, options_map={"**.html": options["**/templates/**.html"]}, keywords=keywords):
            key = message if isinstance(message, str) else message[0]
            found.setdefault(key, []).append(f"{base.name}/{filename}:{lineno}")
    return found


FOUNDATION = ("core", "auth", "audit", "api")


def domain_sources(domain: str) -> tuple[list[Path], Path]:
    """Sources whose strings a domain's catalogue holds, and the catalogue's path."""
    if domain in FOUNDATION:
        code = [ROOT / "advocacy" / d for d in FOUNDATION] + [ROOT / "advocacy" / "nav.py"]
        templates = [ROOT / "templates" / d for d in FOUNDATION] + [ROOT / "templates" / "base.html"]
        target = ROOT / "advocacy" / "translations" / "fr" / "LC_MESSAGES" / "messages.po"
    else:
        code = [ROOT / "advocacy" / domain]
        templates = [ROOT / "templates" / domain]
        target = ROOT / "advocacy" / domain / "translations" / "fr" / "LC_MESSAGES" / "messages.po"
    return code + templates, target


def update_domain(domain: str) -> list[str]:
    """Add the domain's untranslated ids to its French catalogue (empty msgstr to fill in)."""
    sources, target = domain_sources(domain)
    ids: list[str] = []
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None, "_l": None}
    for source in sources:
        files = [source] if source.is_file() else sorted(source.rglob("*")) if source.exists() else []
        for path in files:
            method = "jinja2" if path.suffix == ".html" else "python" if path.suffix == ".py" else None
            if method is None or "translations" in path.parts:
                continue
            for _lineno, message, _c, _ctx in extract_from_file(method, str(path), keywords=keywords):
                key = message if isinstance(message, str) else message[0]
                if key not in ids:
                    ids.append(key)
    if target.exists():
        with target.open("rb") as handle:
            catalog = read_po(handle, locale="fr")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        catalog = Catalog(locale="fr", project="porte-voix")
        catalog.mime_headers = [("Plural-Forms", FRENCH_PLURAL_FORMS)]  # not Babel's CLDR rule: see above
    added = [key for key in ids if key not in catalog]
    for key in added:
        catalog.add(key, "")
    with target.open("wb") as handle:
        write_po(handle, catalog, width=0, sort_output=False)
    return added


def main(argv) -> None:
    command = argv[0] if argv else "compile"
    if command == "compile":
        compile_all(verbose=True)
    elif command == "check":
        translated = translated_ids()
        missing = {k: v for k, v in extracted_ids().items() if k not in translated}
        for key, where in sorted(missing.items()):
            print(f"{where[0]}: {key!r}")
        raise SystemExit(1 if missing else 0)
    elif command == "update" and len(argv) == 2:
        for key in update_domain(argv[1]):
            print(f"added: {key!r}")
    else:
        raise SystemExit("usage: python -m advocacy.core.catalogs compile|check|update DOMAIN")


if __name__ == "__main__":
    main(sys.argv[1:])
