"""Rebuild the CJK fonts shipped in ``resources/fonts/``.

Counter machines often have no Chinese fonts at all, so the application carries its own.
The source is the variable Noto Sans SC from the ``justmytype-intl-cjk`` package
(``pip install -e .[fonts]``).  That file cannot be shipped as it is:

* its default instance is Thin, and ReportLab cannot read variable fonts, so we cut
  static Regular (wght 400) and Bold (wght 700) faces; a real Bold is needed because
  Qt's synthetic bold draws every glyph twice, which duplicates text in PDFs;
* some glyphs are reachable from several code points.  Qt's PDF writer maps each glyph
  back to the lowest code point that reaches it, so text copied from a PDF showed
  户 (U+6237) as the Kangxi radical ⼾ (U+2F3E), and 胶 (U+80F6) as 㬵 (U+3B35).
  Radicals are never typed by counter staff, so U+2E80..U+2FDF are removed from the
  cmap; Han ideographs must all keep rendering (rare name characters), so one that
  shares its glyph with a lower code point gets a private copy of the glyph instead.

The Han repertoire is never subset.  The output is byte-for-byte reproducible from the
same source font and fontTools version.

Usage: python tools/make_fonts.py
"""

from __future__ import annotations

import shutil
import sys
from collections import defaultdict
from copy import deepcopy
from importlib.resources import files
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from fontTools.varLib import instancer  # type: ignore[import-untyped]

SOURCE_DIR = "fonts/ofl/notosanssc"
SOURCE_FONT = "NotoSansSC[wght].ttf"
LICENSE = "OFL.txt"

OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

FAMILY = "Noto Sans SC"
PS_FAMILY = "NotoSansSC"
# (subfamily, wght axis value); the names are the RIBBI styles Qt and ReportLab pair up.
FACES = (("Regular", 400), ("Bold", 700))

# CJK Radicals Supplement and Kangxi Radicals.
DROPPED_RANGE = range(0x2E80, 0x2FDF + 1)


def is_bmp_han(cp: int) -> bool:
    """CJK Unified Ideographs and Extension A: the ideographs Qt's reverse lookup can see."""
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF


def find_source() -> tuple[Path, Path]:
    try:
        base = Path(str(files("justmytype_intl_cjk"))) / SOURCE_DIR
    except ModuleNotFoundError:
        sys.exit("justmytype-intl-cjk is not installed: pip install -e '.[fonts]'")
    font, license_file = base / SOURCE_FONT, base / LICENSE
    for path in (font, license_file):
        if not path.is_file():
            sys.exit(f"expected file missing from justmytype-intl-cjk: {path}")
    return font, license_file


def drop_radicals(font: TTFont) -> None:
    for table in font["cmap"].tables:
        if table.format == 14:
            # Variation sequences are keyed by selector; drop the ones on removed bases.
            for selector, pairs in table.uvsDict.items():
                table.uvsDict[selector] = [p for p in pairs if p[0] not in DROPPED_RANGE]
        else:
            for cp in [cp for cp in table.cmap if cp in DROPPED_RANGE]:
                del table.cmap[cp]


def unshare_han_glyphs(font: TTFont) -> list[int]:
    """Give each BMP Han ideograph that is not the lowest code point of its glyph its own copy.

    Returns the code points that were given a copy.
    """
    cmap = font.getBestCmap()
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for cp, glyph in cmap.items():
        if cp <= 0xFFFF:
            by_glyph[glyph].append(cp)

    glyf, hmtx, vmtx = font["glyf"], font["hmtx"], font["vmtx"]
    order = list(font.getGlyphOrder())
    moved: dict[int, str] = {}
    for glyph, cps in sorted(by_glyph.items(), key=lambda item: min(item[1])):
        for cp in sorted(cps)[1:]:
            if not is_bmp_han(cp):
                continue
            new_name = f"uni{cp:04X}.unshared"
            order.append(new_name)
            glyf.glyphs[new_name] = deepcopy(glyf[glyph])
            hmtx.metrics[new_name] = hmtx.metrics[glyph]
            vmtx.metrics[new_name] = vmtx.metrics[glyph]
            moved[cp] = new_name
    if not moved:
        return []

    font.setGlyphOrder(order)
    glyf.setGlyphOrder(order)
    for table in font["cmap"].tables:
        if table.format == 14:
            continue
        for cp, name in moved.items():
            if cp in table.cmap:
                table.cmap[cp] = name
    return sorted(moved)


def set_names(font: TTFont, style: str, weight: int) -> None:
    name = font["name"]
    version = f"{font['head'].fontRevision:.3f}"
    ps_name = f"{PS_FAMILY}-{style}"
    full_name = f"{FAMILY} {style}"

    # The variable font's names say "Thin" and carry axis/instance labels that no longer
    # apply; keep only the legal and descriptive records and write the rest afresh.
    keep = {0, 5, 7, 8, 9, 10, 11, 12, 13, 14}
    name.names = [n for n in name.names if n.nameID in keep]
    for name_id, value in (
        (1, FAMILY),
        (2, style),
        (3, f"{version};{ps_name}"),
        (4, full_name),
        (6, ps_name),
    ):
        name.setName(value, name_id, 3, 1, 0x409)

    # Nothing refers to the axis any more, and its labels were just removed.
    if "STAT" in font:
        del font["STAT"]

    os2, head = font["OS/2"], font["head"]
    os2.usWeightClass = weight
    bold = style == "Bold"
    # fsSelection bit 5 = BOLD, bit 6 = REGULAR; macStyle bit 0 = bold.  Qt and Windows
    # pair the two files into one family using these.
    os2.fsSelection = (os2.fsSelection & ~0b1100001) | (1 << 5 if bold else 1 << 6)
    head.macStyle = (head.macStyle & ~1) | (1 if bold else 0)


def make_face(varfont: TTFont, style: str, weight: int, out: Path) -> list[int]:
    font = instancer.instantiateVariableFont(varfont, {"wght": weight}, inplace=False)
    drop_radicals(font)
    unshared = unshare_han_glyphs(font)
    set_names(font, style, weight)
    # Keep the source's head.modified so the same input gives the same bytes.
    font.recalcTimestamp = False
    font.save(out)
    return unshared


def check_coverage(source_cps: set[int], out: Path) -> None:
    """Fail loudly if anything beyond the radicals went missing."""
    made = set(TTFont(out, lazy=True).getBestCmap())
    expected = {cp for cp in source_cps if cp not in DROPPED_RANGE}
    if made != expected:
        missing = sorted(expected - made)[:10]
        sys.exit(f"{out.name}: cmap differs from source, e.g. missing {missing}")


def main() -> None:
    source, license_file = find_source()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    varfont = TTFont(source)
    source_cps = set(varfont.getBestCmap())

    for style, weight in FACES:
        out = OUT_DIR / f"{PS_FAMILY}-{style}.ttf"
        unshared = make_face(varfont, style, weight, out)
        check_coverage(source_cps, out)
        copies = " ".join(chr(cp) for cp in unshared)
        print(f"{out.name}: {out.stat().st_size / 1e6:.1f} MB, own glyph for: {copies or '-'}")

    shutil.copyfile(license_file, OUT_DIR / LICENSE)
    print(f"{LICENSE} copied")


if __name__ == "__main__":
    main()
