"""A QR code encoder (ISO/IEC 18004) for UTF-8 text in byte mode, error correction level M, versions 1-13.

Written for speed, because a letter batch draws a thousand codes: general libraries place and mask one
module at a time in Python (segno: ~10 ms a code with the mask chosen, qrcode: ~13 ms). Here everything
that depends only on the version (function patterns, the zigzag data placement, the eight masks) is
worked out once and cached; a code is then a permutation of the data bit string (``operator.itemgetter``)
read into one big integer with bit ``row * size + column`` per module, and all eight masks are scored
with the ISO penalty rules (N1 runs, N2 blocks, N3 finder-like patterns, N4 dark share) as shifts and
population counts on that integer. About 0.5 ms a code, mask selection included.

The penalty rules follow segno's reading of the standard (a finder-like 1:1:3:1:1 pattern counts once
when light for four modules on either side, outside the symbol counting as light), so both pick the
same mask and the codes are identical module for module; the tests compare them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product
from operator import itemgetter

MAX_VERSION = 13

#: level M: (error correction codewords per block, ((number of blocks, data codewords per block), ...))
_BLOCKS_M: dict[int, tuple[int, tuple[tuple[int, int], ...]]] = {
    1: (10, ((1, 16),)),
    2: (16, ((1, 28),)),
    3: (26, ((1, 44),)),
    4: (18, ((2, 32),)),
    5: (24, ((2, 43),)),
    6: (16, ((4, 27),)),
    7: (18, ((4, 31),)),
    8: (22, ((2, 38), (2, 39))),
    9: (22, ((3, 36), (2, 37))),
    10: (26, ((4, 43), (1, 44))),
    11: (30, ((1, 50), (4, 51))),
    12: (22, ((6, 36), (2, 37))),
    13: (22, ((8, 37), (1, 38))),
}
_ALIGNMENT: dict[int, tuple[int, ...]] = {
    1: (),
    2: (6, 18),
    3: (6, 22),
    4: (6, 26),
    5: (6, 30),
    6: (6, 34),
    7: (6, 22, 38),
    8: (6, 24, 42),
    9: (6, 26, 46),
    10: (6, 28, 50),
    11: (6, 30, 54),
    12: (6, 32, 58),
    13: (6, 34, 62),
}
#: error correction level M in the format information
_LEVEL_M_BITS = 0b00
_MASKS = (
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
)


def data_capacity(version: int) -> int:
    """Data codewords of a version at level M."""
    return sum(count * size for count, size in _BLOCKS_M[version][1])


def byte_capacity(version: int) -> int:
    """How many bytes fit in byte mode at level M (mode indicator and character count included)."""
    return (data_capacity(version) * 8 - 4 - _count_bits(version)) // 8


def _count_bits(version: int) -> int:
    return 8 if version <= 9 else 16


def smallest_version(length: int) -> int | None:
    """The smallest version (1-13) that holds ``length`` bytes at level M, or None when none does."""
    for version in range(1, MAX_VERSION + 1):
        if length <= byte_capacity(version):
            return version
    return None


# -- Reed-Solomon over GF(256), polynomial 0x11D ------------------------------------------------------

_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _i in range(255):
    _EXP[_i] = _value
    _LOG[_value] = _i
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _remainder_table(degree: int) -> tuple[int, ...]:
    """For each leading factor f: the generator polynomial times f (without its leading 1) as one integer."""
    generator = [1]
    for i in range(degree):
        # multiply by (x - alpha^i)
        nxt = [*generator, 0]
        for j, coefficient in enumerate(generator):
            nxt[j + 1] ^= _multiply(coefficient, _EXP[i])
        generator = nxt
    tail = generator[1:]
    return tuple(
        int.from_bytes(bytes(_multiply(factor, g) for g in tail), "big") for factor in range(256)
    )


def _error_correction(block: bytes, degree: int) -> bytes:
    table = _remainder_table(degree)
    shift = 8 * (degree - 1)
    keep = (1 << (8 * degree)) - 1
    remainder = 0
    for byte in block:
        remainder = ((remainder << 8) & keep) ^ table[byte ^ (remainder >> shift)]
    return remainder.to_bytes(degree, "big")


def _codewords(data: bytes, version: int) -> bytes:
    """The final codeword sequence: data and error correction codewords, both interleaved by block."""
    degree, groups = _BLOCKS_M[version]
    blocks: list[bytes] = []
    start = 0
    for count, size in groups:
        for _ in range(count):
            blocks.append(data[start : start + size])
            start += size
    count = len(blocks)
    short = len(blocks[0])
    # the short blocks come first; the long ones have one codeword more, which goes after the rest
    out = bytearray(short * count)
    for j, block in enumerate(blocks):
        out[j::count] = block[:short]
    out.extend(block[short] for block in blocks if len(block) > short)
    corrections = bytearray(degree * count)
    for j, block in enumerate(blocks):
        corrections[j::count] = _error_correction(block, degree)
    return bytes(out + corrections)


def _data_codewords(payload: bytes, version: int) -> bytes:
    """Mode indicator, count, the bytes, terminator and padding, as ``data_capacity`` codewords."""
    capacity_bits = data_capacity(version) * 8
    count_bits = _count_bits(version)
    used = 4 + count_bits + 8 * len(payload)
    value = (((0b0100 << count_bits) | len(payload)) << (8 * len(payload))) | int.from_bytes(
        payload, "big"
    )
    terminator = min(4, capacity_bits - used)
    used += terminator
    padding = -used % 8
    value <<= terminator + padding
    used += padding
    data = value.to_bytes(used // 8, "big")
    pad_count = data_capacity(version) - len(data)
    return data + (b"\xec\x11" * (pad_count // 2 + 1))[:pad_count]


# -- the version's fixed layout ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    size: int
    #: reads the module bits, most significant (the last module) first, from the data bit string
    #: followed by one "0" (function modules and remainder bits read that "0")
    read: Callable[[str], tuple[str, ...]]
    data_bits: int
    #: modules outside the function patterns: the codeword bits, then the remainder bits
    data_modules: int
    #: per mask: the mask over the data modules only
    masks: tuple[int, ...]
    #: per mask: the dark function modules, format information for level M and that mask included
    functions: tuple[int, ...]
    full: int
    #: columns_below[k]: every row's modules in columns 0 .. size-1-k
    columns_below: tuple[int, ...]
    #: columns_at_least[k]: every row's modules in columns size-k .. size-1 (past the right edge)
    #: and, mirrored, columns_under[k]: modules in columns 0 .. k-1 (before the left edge)
    columns_under: tuple[int, ...]
    columns_at_least: tuple[int, ...]
    rows_under: tuple[int, ...]
    rows_at_least: tuple[int, ...]


def _format_bits(mask: int) -> int:
    data = (_LEVEL_M_BITS << 3) | mask
    remainder = data
    for _ in range(10):
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
    return ((data << 10) | remainder) ^ 0x5412


def _version_bits(version: int) -> int:
    remainder = version
    for _ in range(12):
        remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25)
    return (version << 12) | remainder


def _format_positions(size: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(row, column) of format bits 0..14, first copy and second copy."""
    first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)]
    first += [(8, 14 - i) for i in range(9, 15)]
    second = [(8, size - 1 - i) for i in range(8)] + [(size - 15 + i, 8) for i in range(8, 15)]
    return first, second


@lru_cache(maxsize=MAX_VERSION)
def _layout(version: int) -> _Layout:
    size = 17 + 4 * version
    function = [[False] * size for _ in range(size)]
    dark = [[False] * size for _ in range(size)]

    def put(row: int, column: int, is_dark: bool) -> None:
        function[row][column] = True
        dark[row][column] = is_dark

    for i in range(size):
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        for dr, dc in product(range(-1, 8), repeat=2):
            row, column = top + dr, left + dc
            if 0 <= row < size and 0 <= column < size:
                ring = max(abs(dr - 3), abs(dc - 3))
                put(row, column, ring not in {2, 4})
    positions = _ALIGNMENT[version]
    last = len(positions) - 1
    for i, j in product(range(len(positions)), repeat=2):
        if (i, j) in ((0, 0), (0, last), (last, 0)):
            continue
        for dr, dc in product(range(-2, 3), repeat=2):
            put(positions[i] + dr, positions[j] + dc, max(abs(dr), abs(dc)) != 1)
    first, second = _format_positions(size)
    for row, column in first + second:
        put(row, column, False)
    put(size - 8, 8, True)
    if version >= 7:
        bits = _version_bits(version)
        for i in range(18):
            a, b = size - 11 + i % 3, i // 3
            put(b, a, bool(bits >> i & 1))
            put(a, b, bool(bits >> i & 1))

    # zigzag placement: two columns at a time from the right, up and down, skipping the timing column
    order: dict[tuple[int, int], int] = {}
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = (right + 1) & 2 == 0
        for vertical in range(size):
            row = size - 1 - vertical if upward else vertical
            for column in (right, right - 1):
                if not function[row][column]:
                    order[(row, column)] = len(order)
        right -= 2
    # the codeword bits; the modules after them (0 or 7 remainder bits) stay light before masking
    data_bits = (data_capacity(version) + _BLOCKS_M[version][0] * _block_count(version)) * 8

    def to_int(test: Callable[[int, int], bool]) -> int:
        cells = [test(row, column) for row in range(size) for column in range(size)]
        return int("".join("1" if cell else "0" for cell in reversed(cells)), 2)

    # module index p = row * size + column; the string read is most significant first, so p descends
    indices: list[int] = []
    for p in range(size * size - 1, -1, -1):
        index = order.get(divmod(p, size))
        indices.append(index if index is not None and index < data_bits else data_bits)
    base = to_int(lambda r, c: dark[r][c])
    functions = []
    for mask in range(8):
        bits = _format_bits(mask)
        value = base
        for i, (row, column) in enumerate(first):
            value |= (bits >> i & 1) << (row * size + column)
        for i, (row, column) in enumerate(second):
            value |= (bits >> i & 1) << (row * size + column)
        functions.append(value)
    masks = tuple(
        to_int(lambda r, c, m=mask: not function[r][c] and _MASKS[m](r, c))  # type: ignore[misc]
        for mask in range(8)
    )
    full = (1 << (size * size)) - 1
    every_row = sum(1 << (row * size) for row in range(size))
    widths = range(size + 1)
    return _Layout(
        size=size,
        read=itemgetter(*indices),
        data_bits=data_bits,
        data_modules=len(order),
        masks=masks,
        functions=tuple(functions),
        full=full,
        columns_below=tuple(((1 << (size - k)) - 1) * every_row for k in widths),
        columns_under=tuple(((1 << k) - 1) * every_row for k in widths),
        columns_at_least=tuple((((1 << k) - 1) << (size - k)) * every_row for k in widths),
        rows_under=tuple((1 << (k * size)) - 1 for k in widths),
        rows_at_least=tuple(full ^ ((1 << ((size - k) * size)) - 1) for k in widths),
    )


def _block_count(version: int) -> int:
    return sum(count for count, _ in _BLOCKS_M[version][1])


# -- mask scoring ----------------------------------------------------------------------------------------


def _penalty(modules: int, layout: _Layout) -> int:
    size = layout.size
    light = ~modules & layout.full
    columns = layout.columns_below
    score = 0
    for colour in (modules, light):
        # N1: a run of 5 + i modules of one colour scores 3 + i; counted as (run - 4) + 2 per run
        horizontal = (
            colour & (colour >> 1) & (colour >> 2) & (colour >> 3) & (colour >> 4) & columns[4]
        )
        vertical = (
            colour
            & (colour >> size)
            & (colour >> 2 * size)
            & (colour >> 3 * size)
            & (colour >> 4 * size)
        )
        score += horizontal.bit_count() + 2 * (horizontal & ~(horizontal << 1)).bit_count()
        score += vertical.bit_count() + 2 * (vertical & ~(vertical << size)).bit_count()
        # N2: every 2x2 block of one colour scores 3
        block = colour & (colour >> 1) & (colour >> size) & (colour >> (size + 1)) & columns[1]
        score += 3 * block.bit_count()
    score += 40 * _finder_like(modules, light, layout, 1) + 40 * _finder_like(
        modules, light, layout, size
    )
    # N4: 10 points per full 5 % that the dark share is away from 50 %
    total = size * size
    score += 10 * (abs(modules.bit_count() * 2 - total) * 10 // total)
    return score


def _finder_like(dark: int, light: int, layout: _Layout, step: int) -> int:
    """1:1:3:1:1 patterns (dark light dark dark dark light dark) with four light modules before or after.

    ``step`` 1 looks along the rows, ``step`` = size along the columns. Modules outside the symbol count
    as light (the quiet zone).
    """
    core = (
        dark
        & (light >> step)
        & (dark >> 2 * step)
        & (dark >> 3 * step)
        & (dark >> 4 * step)
        & (light >> 5 * step)
        & (dark >> 6 * step)
    )
    if step == 1:
        core &= layout.columns_below[6]
        before_edge, after_edge = layout.columns_under, layout.columns_at_least
    else:
        before_edge, after_edge = layout.rows_under, layout.rows_at_least
    if not core:
        return 0
    full = layout.full
    before = full
    after = full
    for k in range(1, 5):
        before &= ((light << k * step) & full) | before_edge[k]
        after &= (light >> (6 + k) * step) | after_edge[6 + k]
    counted = core & (before | after)
    # a pattern starting four or six modules after a counted one overlaps it (10111011101,
    # 1011101011101): segno's scan resumes after the counted pattern and never sees it; do the same so
    # both score a code alike
    overlapping = counted & ((counted << 4 * step) | (counted << 6 * step))
    return counted.bit_count() - overlapping.bit_count()


# -- the code ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EncodedCode:
    version: int
    size: int
    mask: int
    #: bit ``row * size + column`` set for a dark module
    modules: int


def encode(payload: bytes, *, version: int, mask: int | None = None) -> EncodedCode:
    """The code for ``payload`` (already checked to fit ``version``); the best mask unless one is given."""
    layout = _layout(version)
    codewords = _codewords(_data_codewords(payload, version), version)
    bits = format(int.from_bytes(codewords, "big"), f"0{layout.data_bits}b")
    data = int("".join(layout.read(bits + "0")), 2)
    if mask is not None:
        return EncodedCode(
            version, layout.size, mask, (data ^ layout.masks[mask]) | layout.functions[mask]
        )
    best_mask, best_modules, best_score = 0, 0, -1
    for candidate in range(8):
        modules = (data ^ layout.masks[candidate]) | layout.functions[candidate]
        score = _penalty(modules, layout)
        if best_score < 0 or score < best_score:
            best_mask, best_modules, best_score = candidate, modules, score
    return EncodedCode(version, layout.size, best_mask, best_modules)
