"""The receipt's QR code: our encoder (``printing/qr.py``) beside segno, in the same run.

Why the project keeps an encoder of its own: this script measures it against segno, the
well-kept pure-Python QR library, on what the counter actually encodes.  The payloads are
signed as the payment service signs them (``services/receipts.qr_payload``: version, receipt
number, amount in fen, account, UTC time, HMAC), each with its own number, so no cache can
serve one.  Both encoders run at the same settings: byte mode, error correction M (segno's
``boost_error`` off, so it cannot raise the level), the smallest version that holds the text,
and the mask with the lowest penalty score, as the standard asks.  A third line times segno
with the mask given, skipping its mask evaluation: not what a receipt may print, only to show
where segno's time goes.

It then renders whole receipts (``printing/receipt.py``, both layouts) with each encoder in
turn, the same receipts alternating between them so that both see the same machine, and
reports CPU time p10 / p50 per payload and per receipt with the ratio segno / ours.

segno is not a dependency: to compare, ``pip install segno`` into the virtual environment.
Without it only our encoder is timed.

Usage::

    python benchmarks/qr_benchmark.py
    python benchmarks/qr_benchmark.py --payloads 2000 --renders 300

Results also go to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from receipt_render_benchmark import receipts

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.receipts import Receipt
from counter_app.printing import barcodes
from counter_app.printing.qr import QrMatrix, qr_matrix
from counter_app.printing.receipt import render_receipt
from counter_app.printing.slip import LAYOUTS
from counter_app.services.receipts import qr_payload

RESULTS_DIR = Path(__file__).parent / "results"
SECRET = bytes(range(32))  # any key: the payload's length and form are what matter

Encoder = Callable[[str], QrMatrix]

segno: Any
try:
    import segno
except ImportError:  # the comparison needs it installed by hand
    segno = None

_ROW_TEXT = bytes.maketrans(b"\x00\x01", b"01")


def segno_matrix(value: str) -> QrMatrix:
    """segno's symbol for ``value`` as the receipt draws it, at our encoder's settings."""
    code = segno.make_qr(value, error="m", mode="byte", boost_error=False)
    rows = tuple(bytes(row).translate(_ROW_TEXT).decode() for row in code.matrix)
    return QrMatrix(version=int(code.version), mask=int(code.mask), rows=rows)


def segno_matrix_fixed_mask(value: str) -> QrMatrix:
    code = segno.make_qr(value, error="m", mode="byte", boost_error=False, mask=0)
    rows = tuple(bytes(row).translate(_ROW_TEXT).decode() for row in code.matrix)
    return QrMatrix(version=int(code.version), mask=int(code.mask), rows=rows)


def signed(receipt: Receipt) -> Receipt:
    """``receipt`` carrying the payload the payment service would sign for it."""
    payload = qr_payload(
        SECRET, receipt.receipt_no, receipt.total, receipt.account_number, receipt.paid_at
    )
    return replace(receipt, qr_payload=payload)


def payloads(seed: int) -> Iterator[str]:
    """Signed payloads for receipts of every size a hall takes, each with a new number."""
    rng = random.Random(seed)
    number = 0
    while True:
        number += 1
        yield qr_payload(
            SECRET,
            f"H{rng.randrange(1, 40):02d}-2026-{number:08d}",
            Decimal(rng.randrange(1, 10**7)) / 100,  # ¥0.01 to ¥99,999.99
            f"0{rng.randrange(1, 4)}00{rng.randrange(10**6):06d}",
            datetime(2026, 3, 5, 9, tzinfo=LOCAL_TZ).replace(
                hour=rng.randrange(8, 18), minute=rng.randrange(60), second=rng.randrange(60)
            ),
        )


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p10_ms": round(ordered[len(ordered) // 10], 3),
        "p50_ms": round(statistics.median(ordered), 3),
        "mean_ms": round(statistics.fmean(ordered), 3),
    }


def time_alternating(
    subjects: dict[str, Callable[[Any], Any]], inputs: list[Any]
) -> dict[str, list[float]]:
    """CPU milliseconds of every subject on every input, the subjects taking turns."""
    spent: dict[str, list[float]] = {name: [] for name in subjects}
    order = list(subjects.items())
    for index, value in enumerate(inputs):
        for name, run in order if index % 2 else reversed(order):
            start = time.process_time()
            run(value)
            spent[name].append((time.process_time() - start) * 1000)
    return spent


def render_with(encoder: Encoder, layout: str) -> Callable[[Receipt], bytes]:
    """Render a receipt with ``encoder`` making its QR symbol."""

    def render(receipt: Receipt) -> bytes:
        setattr(barcodes, "qr_matrix", encoder)  # noqa: B010 - the module global qr_code uses
        try:
            return render_receipt(receipt, layout)
        finally:
            setattr(barcodes, "qr_matrix", qr_matrix)  # noqa: B010

    return render


def check_settings(encoders: dict[str, Encoder], sample: list[str]) -> None:
    """Both encoders pick the same version for every payload: same settings, same symbol size.

    (The modules differ: the masks each picks, and segno pads the data with a zero byte after
    the terminator where the standard and ours put the pad codewords; both decode.)
    """
    for payload in sample:
        versions = {name: encoder(payload).version for name, encoder in encoders.items()}
        if len(set(versions.values())) != 1:
            raise SystemExit(f"encoders disagree on the version for {payload!r}: {versions}")


def report(title: str, figures: dict[str, dict[str, float]]) -> None:
    print(title)
    ours = figures["ours"]["p50_ms"]
    for name, numbers in figures.items():
        ratio = numbers["p50_ms"] / ours
        print(
            f"    {name:<22} p10 {numbers['p10_ms']:7.3f}   p50 {numbers['p50_ms']:7.3f}"
            f"   mean {numbers['mean_ms']:7.3f} ms   x{ratio:5.2f} of ours (p50)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--payloads", type=int, default=1000)
    parser.add_argument("--renders", type=int, default=200, help="per layout")
    parser.add_argument("--seed", type=int, default=20260305)
    args = parser.parse_args(argv)

    encoders: dict[str, Encoder] = {"ours": qr_matrix}
    if segno is None:
        print("segno is not installed: timing our encoder only (pip install segno to compare)")
    else:
        print(f"segno {segno.__version__}")
        encoders["segno"] = segno_matrix
        encoders["segno, mask fixed"] = segno_matrix_fixed_mask

    source = payloads(args.seed)
    sample = [next(source) for _ in range(args.payloads)]
    lengths = sorted(len(payload.encode()) for payload in sample)
    versions = sorted({qr_matrix(payload).version for payload in sample})
    print(
        f"{len(sample)} signed payloads, {lengths[0]}-{lengths[-1]} bytes, "
        f"QR version {'/'.join(map(str, versions))} at error correction M"
    )
    check_settings(encoders, sample[:50])
    for payload in sample[:50]:  # warm-up: per-version tables and caches
        for encoder in encoders.values():
            encoder(payload)

    results: dict[str, Any] = {"payloads": len(sample), "renders": args.renders}
    spent = time_alternating(dict(encoders), sample)
    encoding = {name: summary(samples) for name, samples in spent.items()}
    results["encode"] = encoding
    report("encode one payload (CPU):", encoding)

    renderers = {name: encoder for name, encoder in encoders.items() if name != "segno, mask fixed"}
    stream = receipts(args.seed)
    for layout in sorted(LAYOUTS):
        subjects = {name: render_with(encoder, layout) for name, encoder in renderers.items()}
        for _ in range(10):  # warm-up: fonts, ReportLab, the layout's caches
            receipt = signed(next(stream))
            for render in subjects.values():
                render(receipt)
        batch = [signed(next(stream)) for _ in range(args.renders)]
        spent = time_alternating(subjects, batch)
        rendering = {name: summary(samples) for name, samples in spent.items()}
        results[f"render_{layout}"] = rendering
        report(f"render one receipt, {layout} (CPU):", rendering)

    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now(LOCAL_TZ).strftime("%Y%m%d-%H%M%S")
    (RESULTS_DIR / f"qr-{stamp}.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
