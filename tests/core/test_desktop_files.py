"""The Linux desktop integration files, the icons, and the ICU trimming the bundle relies on."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from secondround_desktop import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "desktop"
ICONS = ROOT / "resources" / "icons"


def test_the_desktop_entry_names_the_app_its_icon_and_command() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == "secondround"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].endswith(";")


def test_the_metainfo_matches_the_desktop_entry() -> None:
    root = ET.parse(DESKTOP / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "secondround"
    assert root.find("releases/release") is not None


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256])
def test_every_hicolor_size_is_a_png_of_that_size(size: int) -> None:
    png = (ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (size, size)


def test_the_scalable_icon_is_the_app_icon() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "secondround.svg").read_bytes()


# ---- packaging/trim_icu.py -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def trim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "packaging" / "trim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def common_data(items: dict[str, bytes]) -> bytes:
    """A little-endian ICU common data package, laid out as ICU's pkgdata writes it."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header += bytes(32 - len(header))
    names = sorted(items)
    table_size = 4 + 8 * len(names)
    blob = b"".join(name.encode() + b"\0" for name in names)
    offsets, position = [], table_size
    for name in names:
        offsets.append(position)
        position += len(name) + 1
    data_start = -(-(32 + position) // 16) * 16 - 32
    body, data_offsets = b"", []
    for name in names:
        data_offsets.append(data_start + len(body))
        body += items[name] + bytes(-len(items[name]) % 16)
    table = struct.pack("<I", len(names)) + b"".join(
        struct.pack("<II", name_offset, data_offset)
        for name_offset, data_offset in zip(offsets, data_offsets, strict=True)
    )
    table += blob
    return header + table + bytes(data_start - len(table)) + body


def read_items(data: bytes) -> dict[str, bytes]:
    (header_size,) = struct.unpack_from("<H", data, 0)
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * index) for index in range(count)]
    found: dict[str, bytes] = {}
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(data) - header_size
        name = data[header_size + name_offset : data.index(b"\0", header_size + name_offset)].decode()
        assert (header_size + data_offset) % 16 == 0
        found[name] = data[header_size + data_offset : header_size + end].rstrip(b"\0")
    assert list(found) == sorted(found)  # ICU finds items by binary search
    return found


def test_trimming_keeps_the_chosen_items_byte_for_byte(trim_icu: ModuleType) -> None:
    items = {
        "icudt73l/uprops.icu": b"properties",
        "icudt73l/coll/root.res": b"root collation",
        "icudt73l/coll/fr.res": b"french collation",
        "icudt73l/de.res": b"german",
        "icudt73l/ibm-943_P15A-2003.cnv": b"shift-jis",
    }
    package = common_data(items)
    assert read_items(package) == items

    trimmed = trim_icu.trim_common_data(package, lambda name: trim_icu.keep_item(name, {"de"}))

    assert read_items(trimmed) == {
        name: items[name] for name in ("icudt73l/coll/root.res", "icudt73l/de.res", "icudt73l/uprops.icu")
    }
    assert trimmed[:32] == package[:32]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/uprops.icu", True),
        ("icudt73l/nfc.nrm", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/root.res", True),
        ("icudt73l/de_AT.res", True),
        ("icudt73l/en_US_POSIX.res", True),
        ("icudt73l/fr_CA.res", False),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/es__TRADITIONAL.res", False),
        ("icudt73l/zone/de.res", True),
        ("icudt73l/lang/ja.res", False),
        ("icudt73l/brkitr/word.brk", True),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/cnvalias.icu", True),
    ],
)
def test_what_the_bundle_keeps_of_icu(trim_icu: ModuleType, name: str, kept: bool) -> None:
    assert trim_icu.keep_item(name, {"de"}) is kept
