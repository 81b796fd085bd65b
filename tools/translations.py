"""Keep the Qt translations up to date.

    python tools/translations.py update         # scan counter_app/views into the .ts files
    python tools/translations.py fill zh_CN F   # apply {source: translation} from JSON file F
    python tools/translations.py release        # compile .ts to the shipped .qm files
    python tools/translations.py check          # non-zero exit when a string is untranslated

The .ts files are the source of truth (editable in Qt Linguist); the .qm files are built from
them and committed so the app runs without the Qt tools.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ROOT / "counter_app" / "views"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
# What lupdate may write between a source and its translation.
_COMMENTS = r"(?:<(?:comment|extracomment|translatorcomment)>[^<]*</\w+>\s*)*"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"counter_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p) for p in VIEWS.rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", *sources(), "-ts", str(target)],
        check=True,
        capture_output=True,
    )


def untranslated(ts: Path) -> list[str]:
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(
        rf"<source>([^<]*)</source>\s*{_COMMENTS}"
        r'<translation type="unfinished"\s*(?:/>|>[^<]*</translation>)',
        re.S,
    )
    return [html.unescape(m.group(1)) for m in pattern.finditer(text)]


def fill(lang: str, mapping_file: Path) -> int:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    ts = ts_path(lang)
    text = ts.read_text(encoding="utf-8")
    filled = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal filled
        source = html.unescape(match.group(2))
        if source not in mapping:
            return match.group(0)
        filled += 1
        escaped = html.escape(mapping[source], quote=False)
        return f"{match.group(1)}<translation>{escaped}</translation>"

    text = re.sub(
        rf"(<source>([^<]*)</source>\s*{_COMMENTS})"
        r'<translation type="unfinished"\s*(?:/>|>[^<]*</translation>)',
        replace,
        text,
        flags=re.S,
    )
    ts.write_text(text, encoding="utf-8")
    return filled


def release() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("lrelease"),
                str(ts_path(lang)),
                "-qm",
                str(TRANSLATIONS / f"counter_{lang}.qm"),
            ],
            check=True,
            capture_output=True,
        )


def check() -> list[str]:
    """Strings in the code that a translation lacks (scans a copy; changes nothing)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            copy = Path(tmp) / ts_path(lang).name
            shutil.copyfile(ts_path(lang), copy)
            lupdate(copy)
            problems += [f"{lang}: {s}" for s in untranslated(copy)]
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        for lang in LANGUAGES:
            lupdate(ts_path(lang))
            print(f"{ts_path(lang).name}: {len(untranslated(ts_path(lang)))} untranslated")
        return 0
    if argv[0] == "fill" and len(argv) == 3:
        print(f"filled {fill(argv[1], Path(argv[2]))}")
        return 0
    if argv[0] == "release":
        release()
        return 0
    if argv[0] == "check":
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
