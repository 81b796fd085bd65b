"""A QR encoder: byte mode, error correction M, the smallest version that holds the text.

Every receipt carries a QR code while the customer waits for it, so its encoder is the
project's own, measured against the libraries that could replace it:

* ReportLab's encoder tries all eight masks with a slow scoring loop: 30 ms and more per
  receipt.  This one builds the same symbols (the tests compare them module for module) with
  the fixed parts of each version cached and the mask scoring done on whole rows.
* segno 1.6.6, at the same settings (byte mode, level M not boosted, the lowest-penalty
  mask), on signed receipt payloads (80 bytes, version 5), CPU time p50 in the same run
  (``benchmarks/qr_benchmark.py``, two runs on a 2-core machine):

  ============================  ===============  ===============
  per payload or receipt        ours             segno
  ============================  ===============  ===============
  encode one payload            0.80 - 1.10 ms   4.9 - 7.0 ms (x6.2 - 6.4)
  render a receipt, 80 mm roll  6.8 - 10.0 ms    11.8 - 17.0 ms (x1.7)
  render a receipt, A5          7.5 - 8.1 ms     12.9 - 14.3 ms (x1.7 - 1.8)
  ============================  ===============  ===============

  segno spends its time choosing the mask; even with the mask given it takes 1.3 - 1.5
  times as long as this encoder does with the choice.  Five milliseconds more per receipt is
  more than half again what a receipt takes, so the encoder stays until a library matches it.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Error correction level M, from the standard's table (ISO/IEC 18004): per version,
# the error correction codewords of every block and the (number of blocks, data codewords
# per block) groups.
_QR_BLOCKS_M: tuple[tuple[int, tuple[tuple[int, int], ...]], ...] = (
    (10, ((1, 16),)),
    (16, ((1, 28),)),
    (26, ((1, 44),)),
    (18, ((2, 32),)),
    (24, ((2, 43),)),
    (16, ((4, 27),)),
    (18, ((4, 31),)),
    (22, ((2, 38), (2, 39))),
    (22, ((3, 36), (2, 37))),
    (26, ((4, 43), (1, 44))),
    (30, ((1, 50), (4, 51))),
    (22, ((6, 36), (2, 37))),
    (22, ((8, 37), (1, 38))),
    (24, ((4, 40), (5, 41))),
    (24, ((5, 41), (5, 42))),
    (28, ((7, 45), (3, 46))),
    (28, ((10, 46), (1, 47))),
    (26, ((9, 43), (4, 44))),
    (26, ((3, 44), (11, 45))),
    (26, ((3, 41), (13, 42))),
    (26, ((17, 42),)),
    (28, ((17, 46),)),
    (28, ((4, 47), (14, 48))),
    (28, ((6, 45), (14, 46))),
    (28, ((8, 47), (13, 48))),
    (28, ((19, 46), (4, 47))),
    (28, ((22, 45), (3, 46))),
    (28, ((3, 45), (23, 46))),
    (28, ((21, 45), (7, 46))),
    (28, ((19, 47), (10, 48))),
    (28, ((2, 46), (29, 47))),
    (28, ((10, 46), (23, 47))),
    (28, ((14, 46), (21, 47))),
    (28, ((14, 46), (23, 47))),
    (28, ((12, 47), (26, 48))),
    (28, ((6, 47), (34, 48))),
    (28, ((29, 46), (14, 47))),
    (28, ((13, 46), (32, 47))),
    (28, ((40, 47), (7, 48))),
    (28, ((18, 47), (31, 48))),
)
_QR_LEVEL_M = 0b00  # the two error-correction bits of the format information


@dataclass(frozen=True)
class QrMatrix:
    """A finished QR symbol: rows of ``"1"`` (dark) and ``"0"`` (light), top row first."""

    version: int
    mask: int
    rows: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class _QrTemplate:
    """What every symbol of one version shares; rows are ints, the leftmost module highest."""

    size: int
    function_rows: tuple[int, ...]  # the finder, timing and alignment patterns, dark module
    data_rows: tuple[int, ...]  # where data may go: everything not reserved
    data_positions: tuple[tuple[int, int], ...]  # (row, bit) in placement order
    format_positions: tuple[tuple[tuple[int, int], ...], ...]  # per format bit, both copies


def qr_matrix(value: str, *, mask: int | None = None) -> QrMatrix:
    """Encode ``value`` (UTF-8, byte mode, error correction M) in the smallest version.

    Without ``mask`` the mask with the lowest penalty score is chosen, as the standard says.
    """
    data = value.encode("utf-8")
    version = _qr_version_for(len(data))
    template = _qr_template(version)
    rows = _qr_place(template, _qr_codewords(data, version))
    masks = range(8) if mask is None else (mask,)
    candidates = [(_qr_apply_mask(template, rows, version, m), m) for m in masks]
    if len(candidates) == 1:
        best, chosen = candidates[0]
    else:
        best, chosen = min(
            candidates, key=lambda pair: (_qr_penalty(pair[0], template.size), pair[1])
        )
    width = template.size
    return QrMatrix(
        version=version,
        mask=chosen,
        rows=tuple(format(row, f"0{width}b") for row in best),
    )


def _qr_version_for(length: int) -> int:
    for version, (_, groups) in enumerate(_QR_BLOCKS_M, start=1):
        capacity = sum(count * size for count, size in groups)
        count_bits = 8 if version < 10 else 16
        if 4 + count_bits + 8 * length <= 8 * capacity:
            return version
    raise ValueError(f"{length} bytes are too many for a QR code at error correction M")


def _qr_codewords(data: bytes, version: int) -> list[int]:
    """The data with mode, length, terminator and padding, split into blocks with their error
    correction, interleaved as they are placed."""
    ec_length, groups = _QR_BLOCKS_M[version - 1]
    capacity = sum(count * size for count, size in groups)
    count_bits = 8 if version < 10 else 16
    bits = 4 + count_bits + 8 * len(data)
    stream = ((0b0100 << count_bits | len(data)) << 8 * len(data)) | int.from_bytes(data, "big")
    terminator = min(4, 8 * capacity - bits)
    bits += terminator
    padding = terminator + (-bits % 8)
    stream <<= padding
    bits += -bits % 8
    codewords = list(stream.to_bytes(bits // 8, "big"))
    codewords.extend((0xEC, 0x11) * ((capacity - len(codewords) + 1) // 2))
    del codewords[capacity:]

    blocks: list[list[int]] = []
    corrections: list[list[int]] = []
    offset = 0
    products = _rs_products(ec_length)
    for count, size in groups:
        for _ in range(count):
            block = codewords[offset : offset + size]
            offset += size
            blocks.append(block)
            corrections.append(_rs_remainder(block, products))
    out: list[int] = []
    for index in range(max(len(block) for block in blocks)):
        out.extend(block[index] for block in blocks if index < len(block))
    for index in range(ec_length):
        out.extend(correction[index] for correction in corrections)
    return out


@functools.cache
def _gf256() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Exponent and logarithm tables of GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1."""
    exp = [0] * 510
    log = [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    exp[255:] = exp[:255]  # so that a sum of two logarithms needs no modulo
    return tuple(exp), tuple(log)


@functools.cache
def _rs_generator_logs(degree: int) -> tuple[int, ...]:
    """Logarithms of the Reed-Solomon generator's coefficients after the leading 1."""
    exp, log = _gf256()
    poly = [1]
    for power in range(degree):
        product = [*poly, 0]
        for index, coefficient in enumerate(poly):
            if coefficient:
                product[index + 1] ^= exp[log[coefficient] + power]
        poly = product
    return tuple(log[coefficient] for coefficient in poly[1:])


@functools.cache
def _rs_products(degree: int) -> tuple[tuple[int, ...], ...]:
    """For every byte, its products with the generator's coefficients: the division below
    then needs one table row per codeword instead of a multiplication per coefficient."""
    exp, log = _gf256()
    generator = _rs_generator_logs(degree)
    rows = [
        tuple(exp[log[factor] + coefficient] for coefficient in generator)
        for factor in range(1, 256)
    ]
    return ((0,) * degree, *rows)


def _rs_remainder(block: Sequence[int], products: Sequence[Sequence[int]]) -> list[int]:
    """The error correction codewords of ``block``: the remainder of its division by the
    generator polynomial."""
    remainder = [0] * len(products[0])
    for codeword in block:
        row = products[codeword ^ remainder[0]]
        remainder = [*map(operator.xor, remainder[1:], row), row[-1]]
    return remainder


def _qr_alignment_centres(version: int) -> list[int]:
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    size = 4 * version + 17
    return [6, *sorted(size - 7 - index * step for index in range(count - 1))]


def _bch(value: int, generator: int, length: int) -> int:
    """``value`` followed by its ``length``-bit BCH remainder."""
    remainder = value << length
    top = generator.bit_length()
    while remainder.bit_length() >= top:
        remainder ^= generator << (remainder.bit_length() - top)
    return value << length | remainder


@functools.cache
def _qr_template(version: int) -> _QrTemplate:
    size = 4 * version + 17
    dark = [[False] * size for _ in range(size)]
    reserved = [[False] * size for _ in range(size)]

    def put(row: int, column: int, is_dark: bool) -> None:
        dark[row][column] = is_dark
        reserved[row][column] = True

    for index in range(size):  # timing patterns; the finders below overwrite their ends
        put(6, index, index % 2 == 0)
        put(index, 6, index % 2 == 0)
    for centre_row, centre_column in ((3, 3), (3, size - 4), (size - 4, 3)):
        for dr in range(-4, 5):  # the finder and its light separator
            for dc in range(-4, 5):
                row, column = centre_row + dr, centre_column + dc
                if 0 <= row < size and 0 <= column < size:
                    put(row, column, max(abs(dr), abs(dc)) not in (2, 4))
    centres = _qr_alignment_centres(version)
    corners = {(6, 6), (6, size - 7), (size - 7, 6)}
    for centre_row in centres:
        for centre_column in centres:
            if (centre_row, centre_column) in corners:
                continue
            for dr in range(-2, 3):
                for dc in range(-2, 3):
                    put(centre_row + dr, centre_column + dc, max(abs(dr), abs(dc)) != 1)

    # Format information: bits 0-14, each in two places, reserved here and set per mask.
    format_positions: list[tuple[tuple[int, int], ...]] = []
    for bit in range(15):
        if bit < 6:
            first = (bit, 8)
        elif bit < 8:
            first = (bit + 1, 8)
        elif bit == 8:
            first = (8, 7)
        else:
            first = (8, 14 - bit)
        second = (8, size - 1 - bit) if bit < 8 else (size - 15 + bit, 8)
        format_positions.append((first, second))
        for row, column in (first, second):
            reserved[row][column] = True
    put(size - 8, 8, True)  # the dark module beside the lower format copy

    if version >= 7:
        bits = _bch(version, 0x1F25, 12)
        for bit in range(18):
            is_dark = bool(bits >> bit & 1)
            near, far = bit // 3, size - 11 + bit % 3
            put(near, far, is_dark)
            put(far, near, is_dark)

    # Data goes up and down two-module columns from the right, skipping the timing column.
    positions: list[tuple[int, int]] = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = (right + 1) & 2 == 0
        for step in range(size):
            row = size - 1 - step if upward else step
            for column in (right, right - 1):
                if not reserved[row][column]:
                    positions.append((row, 1 << (size - 1 - column)))
        right -= 2

    def as_ints(grid: list[list[bool]]) -> tuple[int, ...]:
        return tuple(int("".join("1" if cell else "0" for cell in row), 2) for row in grid)

    return _QrTemplate(
        size=size,
        function_rows=as_ints(dark),
        data_rows=as_ints([[not cell for cell in row] for row in reserved]),
        data_positions=tuple(positions),
        format_positions=tuple(
            tuple((row, 1 << (size - 1 - column)) for row, column in pair)
            for pair in format_positions
        ),
    )


def _qr_place(template: _QrTemplate, codewords: Sequence[int]) -> list[int]:
    rows = list(template.function_rows)
    bits = format(int.from_bytes(bytes(codewords), "big"), f"0{8 * len(codewords)}b")
    for row, column_bit in itertools.compress(template.data_positions, map(int, bits)):
        rows[row] |= column_bit
    return rows  # remainder modules after the last codeword stay light, as the standard says


_QR_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
)


@functools.cache
def _qr_mask_rows(version: int, mask: int) -> tuple[int, ...]:
    template = _qr_template(version)
    size = template.size
    condition = _QR_MASKS[mask]
    pattern = (
        int("".join("1" if condition(row, column) else "0" for column in range(size)), 2)
        for row in range(size)
    )
    return tuple(bits & data for bits, data in zip(pattern, template.data_rows, strict=True))


def _qr_apply_mask(
    template: _QrTemplate, rows: Sequence[int], version: int, mask: int
) -> list[int]:
    masked = [row ^ flip for row, flip in zip(rows, _qr_mask_rows(version, mask), strict=True)]
    info = _bch(_QR_LEVEL_M << 3 | mask, 0x537, 10) ^ 0x5412
    for bit, places in enumerate(template.format_positions):
        if info >> bit & 1:
            for row, column_bit in places:
                masked[row] |= column_bit
    return masked


_FINDER_LIKE = ("10111010000", "00001011101")  # neither overlaps itself: str.count is exact


def _qr_penalty(rows: Sequence[int], size: int) -> int:
    """The standard's mask penalty: long runs, 2x2 blocks, finder look-alikes, imbalance.

    The rows, and then the columns, are laid end to end as one integer, so that each rule
    is a few operations on it instead of a loop over lines; masks keep runs and blocks
    from reaching across the end of a line.
    """
    lines = [format(row, f"0{size}b") for row in rows]
    grid = "".join(lines)
    columns = [grid[column::size] for column in range(size)]
    by_rows, by_columns = int(grid, 2), int("".join(columns), 2)
    in_line, in_block = _qr_penalty_masks(size)
    score = 0
    for bits in (by_rows, by_columns):
        equal = ~(bits ^ bits >> 1) & in_line  # bit i: modules i and i + 1 alike
        fives = equal & equal >> 1 & equal >> 2 & equal >> 3  # five alike from bit i
        # A run of n >= 5 alike holds n - 4 such windows and costs 3 + (n - 5) points.
        score += fives.bit_count() + 2 * (fives & ~(fives << 1)).bit_count()
    below = by_rows >> size  # each module's neighbour in the next row
    same = ~(by_rows ^ below) & ~(by_rows ^ by_rows >> 1) & ~(below ^ below >> 1) & in_block
    score += 3 * same.bit_count()
    # Every line framed by the light area around the symbol, all in one string.
    framed = "0000" + "0000|0000".join(lines + columns) + "0000"
    score += 40 * sum(framed.count(pattern) for pattern in _FINDER_LIKE)
    total = size * size
    score += 10 * (abs(20 * by_rows.bit_count() - 10 * total) // total)
    return score


@functools.cache
def _qr_penalty_masks(size: int) -> tuple[int, int]:
    """Bits of a symbol laid out line after line whose right-hand neighbour is on the same
    line, and of those, the ones that also have a line after them (2x2 blocks)."""
    line = (1 << (size - 1)) - 1
    in_line = 0
    for _ in range(size):
        in_line = in_line << size | line
    return in_line, in_line & ((1 << (size * (size - 1))) - 1)
