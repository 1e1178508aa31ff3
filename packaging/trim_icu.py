"""A smaller ICU data library for the bundle: Qt's libicudata (32 MB) without what SecondRound never uses.

Qt Core links ICU for collation, case mapping, time zone names and legacy text encodings. The data
library holds all of CLDR for every locale, all legacy code pages, the break-iterator dictionaries
and the transliterators. This keeps the Unicode core (properties, normalization, case mapping, root
collation, break rules), the supplemental tables, and the locale data of the languages the app ships
(ICU falls back to the root locale for the others), and drops the rest.

build.spec calls :func:`trimmed_icu_library`; it needs a C compiler to wrap the data in a shared
library and returns None without one, in which case the bundle keeps the full library.

The data is ICU's "common data" package (format "CmnD"): a header, a table of contents sorted by
name (count, then pairs of name and data offsets from the start of the table), the names, and the
items, each 16-byte aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

# Trees of per-locale data: only root, the index, the shared pool and the app's languages stay.
LOCALE_TREES = frozenset({"coll", "curr", "lang", "region", "unit", "zone", "rbnf"})
DROPPED_TREES = frozenset({"translit"})
_LOCALE_FILE = re.compile(r"^(?P<language>[a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")


def keep_item(name: str, languages: Iterable[str]) -> bool:
    """Whether an item (e.g. "icudt73l/coll/de.res") is kept for an app in ``languages``."""
    wanted = set(languages) | {"en"}
    parts = name.split("/")[1:]  # without the package name
    if not parts:
        return True
    leaf = parts[-1]
    tree = parts[0] if len(parts) > 1 else ""
    if tree in DROPPED_TREES or leaf.endswith((".cnv", ".dict")):
        return False  # legacy code pages, transliterators, dictionary-based word breaking
    locale = _LOCALE_FILE.match(leaf)
    if tree in LOCALE_TREES or (not tree and locale):
        return locale is None or locale["language"] in wanted
    return True


def trim_common_data(data: bytes, keep: Callable[[str], bool]) -> bytes:
    """A copy of an ICU common data package holding only the items ``keep`` accepts."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:  # little-endian only
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * index) for index in range(count)]
    starts = sorted({data_offset for _, data_offset in entries})
    ends = dict(zip(starts, [*starts[1:], len(data) - toc], strict=True))
    items: list[tuple[bytes, bytes]] = []
    for name_offset, data_offset in entries:
        end = data.index(b"\0", toc + name_offset)
        name = data[toc + name_offset : end]
        if keep(name.decode("ascii")):
            items.append((name, data[toc + data_offset : toc + ends[data_offset]]))
    # The new table: count, entries, names; then the items, each at a 16-byte boundary of the package.
    names_start = 4 + 8 * len(items)
    name_offsets: list[int] = []
    names = bytearray()
    for name, _ in items:
        name_offsets.append(names_start + len(names))
        names += name + b"\0"
    position = _aligned(toc + names_start + len(names)) - toc
    body = bytearray()
    data_offsets: list[int] = []
    for _, item in items:
        data_offsets.append(position + len(body))
        body += item
        body += b"\0" * (_aligned(toc + position + len(body)) - (toc + position + len(body)))
    table = bytearray(struct.pack("<I", len(items)))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        table += struct.pack("<II", name_offset, data_offset)
    table += names
    table += b"\0" * (position - len(table))
    return data[:header_size] + bytes(table) + bytes(body)


def _aligned(value: int, to: int = 16) -> int:
    return (value + to - 1) // to * to


def _elf_symbol(path: Path, pattern: re.Pattern[str]) -> tuple[str, int, int]:
    """(name, file offset, size) of the first dynamic symbol matching ``pattern`` in a 64-bit ELF file."""
    elf = path.read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError(f"{path} is not a 64-bit little-endian ELF file")
    (section_offset,) = struct.unpack_from("<Q", elf, 0x28)
    entry_size, count = struct.unpack_from("<HH", elf, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", elf, section_offset + index * entry_size) for index in range(count)
    ]
    for _, kind, _, _, offset, size, link, _, _, symbol_size in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for start in range(offset, offset + size, symbol_size):
            name_at, _, _, section, value, length = struct.unpack_from("<IBBHQQ", elf, start)
            name = elf[strings + name_at : elf.index(b"\0", strings + name_at)].decode("ascii")
            if pattern.fullmatch(name) and 0 < section < len(sections):
                _, _, _, address, file_offset, *_ = sections[section]
                return name, value - address + file_offset, length
    raise ValueError(f"no symbol matching {pattern.pattern} in {path}")


def trimmed_icu_library(source: Path, workdir: Path, languages: Iterable[str]) -> Path | None:
    """Write a trimmed copy of ``source`` (libicudata.so.NN) under ``workdir``; None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    symbol, offset, size = _elf_symbol(source, re.compile(r"icudt\d+_dat"))
    wanted = set(languages)
    data = trim_common_data(source.read_bytes()[offset : offset + size], lambda name: keep_item(name, wanted))
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "icudata.dat").write_bytes(data)
    (workdir / "icudata.S").write_text(
        "\n".join(
            [
                "    .section .rodata",
                "    .balign 16",
                f"    .globl {symbol}",
                f"    .type {symbol}, @object",
                f"{symbol}:",
                '    .incbin "icudata.dat"',
                f"    .size {symbol}, . - {symbol}",
                '    .section .note.GNU-stack,"",@progbits',
                "",
            ]
        ),
        encoding="ascii",
    )
    target = workdir / source.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", target.name, "icudata.S"],
        cwd=workdir,
        check=True,
    )
    return target
