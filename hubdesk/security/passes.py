"""Family QR passes: a random token in a QR code, and a short code a person can type instead.

A pass carries no personal data. Its **token** is 128 random bits written as 26 Crockford
base32 characters (the first is always 0-7: 26 characters hold 130 bits); the QR code holds
``HUBDESK:P1:<token>``. Its **short code** is 8 random Crockford characters plus one check
character, shown as ``XXXX-XXXX-C`` and stored compact (``XXXXXXXXC``, upper case, no hyphens).

The check character is Luhn mod 32 over the Crockford alphabet (Luhn mod N). We chose it over
Crockford's mod-37 check symbols because it stays inside the 32-character alphabet: no ``* ~ $ =``
to say over the phone or find on a keyboard. It catches every single-character error and nearly all
swaps of two neighbouring characters.

`parse_scan` takes whatever arrived from a scanner or a keyboard and says what to look up. A USB
scanner is a keyboard ("wedge"): it may add CR/LF/Tab, and when the PC's keyboard layout differs
from the scanner's it types the wrong characters. We undo what can be undone: any case, any
whitespace, full-width characters (NFKC), the ``:`` separator arriving as the key in the same
place on European layouts (``Ö Æ Ø Ñ É``), German/Swiss QWERTZ (Y and Z swapped) and French
AZERTY. Where layouts cannot be told apart (Swedish and German both turn ``:`` into ``Ö`` but only
German swaps Y/Z) the other readings come back in `PassLookup.alternatives` for the store to try.

This module also holds the Crockford base32 helpers that `hubdesk.security.keys` uses for recovery
codes.
"""

from __future__ import annotations

import hashlib
import io
import secrets
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from typing import Literal

from hubdesk.domain.errors import ValidationError

CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(CROCKFORD_ALPHABET)}
# Characters a person confuses with Crockford ones (Crockford's own decoding rules).
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})

TOKEN_LENGTH = 26
TOKEN_BITS = 128
SHORT_CODE_DATA_LENGTH = 8
SHORT_CODE_LENGTH = SHORT_CODE_DATA_LENGTH + 1
QR_PREFIX = "HUBDESK:P1:"
MAX_SCAN_LENGTH = 200

_FIELD = "pass"


# --- Crockford base32 ---------------------------------------------------------------------------


def crockford_encode(value: int, length: int) -> str:
    """`value` as exactly `length` Crockford base32 characters, most significant first."""
    if value < 0 or value >= 32**length:
        raise ValueError("value does not fit in the requested length")
    out = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        out.append(CROCKFORD_ALPHABET[digit])
    return "".join(reversed(out))


def crockford_decode(text: str) -> int:
    """The integer a normalised Crockford string stands for. ValueError on a foreign character."""
    value = 0
    for char in text:
        digit = _VALUE.get(char)
        if digit is None:
            raise ValueError("not a Crockford base32 character")
        value = value * 32 + digit
    return value


def normalise_crockford(text: str, *, drop: str = " -") -> str:
    """Upper case, `drop` characters and all whitespace removed, O→0 and I/L→1.

    The result may still contain characters outside the alphabet; callers check.
    """
    text = unicodedata.normalize("NFKC", text)
    kept = "".join(c for c in text if not c.isspace() and c not in drop)
    return kept.upper().translate(_CONFUSABLE)


def is_crockford(text: str) -> bool:
    return all(c in _VALUE for c in text)


def random_crockford(length: int) -> str:
    return "".join(secrets.choice(CROCKFORD_ALPHABET) for _ in range(length))


def luhn32_check_character(data: str) -> str:
    """The Luhn mod 32 check character for normalised Crockford `data`."""
    factor = 2
    total = 0
    for char in reversed(data):
        addend = factor * _VALUE[char]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return CROCKFORD_ALPHABET[(32 - total % 32) % 32]


# --- Passes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PassCredentials:
    """A new pass. `short_code` is compact (9 characters); show it with `format_short_code`."""

    token: str
    short_code: str

    def __repr__(self) -> str:  # keep credentials out of logs and tracebacks
        return "PassCredentials(token=..., short_code=...)"


@dataclass(frozen=True)
class PassLookup:
    """What to look up: a token (from a QR scan) or a compact short code (typed).

    `alternatives` are other readings of a scan whose keyboard layout is ambiguous; try them in
    order if `value` finds nothing. Usually empty.
    """

    kind: Literal["token", "short_code"]
    value: str
    alternatives: tuple[str, ...] = ()


def new_pass() -> PassCredentials:
    token = crockford_encode(secrets.randbits(TOKEN_BITS), TOKEN_LENGTH)
    data = random_crockford(SHORT_CODE_DATA_LENGTH)
    return PassCredentials(token=token, short_code=data + luhn32_check_character(data))


def format_short_code(short_code: str) -> str:
    """``XXXXXXXXC`` → ``XXXX-XXXX-C`` for display and print."""
    code = normalise_crockford(short_code)
    if len(code) != SHORT_CODE_LENGTH or not is_crockford(code):
        raise ValidationError("short_code", "bad_format", "is not a pass short code")
    return f"{code[:4]}-{code[4:8]}-{code[8]}"


def qr_payload(token: str) -> str:
    return QR_PREFIX + _check_token(token)


def token_digest(token: str) -> str:
    """SHA-256 hex of the normalised token, for an index that need not hold the token itself."""
    return hashlib.sha256(_check_token(token).encode("ascii")).hexdigest()


def _check_token(token: str) -> str:
    norm = normalise_crockford(token, drop="")
    if len(norm) != TOKEN_LENGTH or not is_crockford(norm) or norm[0] not in "01234567":
        raise ValidationError("token", "bad_token", "is not a pass token")
    return norm


# Keyboard layouts a wedge scanner (set to US) may be typing through: the prefix as it arrives
# (upper-cased) on that layout, and a translation of the token back to what the scanner meant.
_Layout = tuple[frozenset[str], dict[str, str]]
_AZERTY = {
    "&": "1", "É": "2", '"': "3", "'": "4", "(": "5", "-": "6", "È": "7", "_": "8", "Ç": "9",
    "À": "0", "A": "Q", "Q": "A", "Z": "W", "W": "Z", "?": "M", ",": "M",
}  # fmt: skip
_LAYOUTS: tuple[_Layout, ...] = (
    (frozenset({QR_PREFIX}), {}),  # UK, US, Irish: what we printed
    (frozenset(f"HUBDESK{s}P1{s}" for s in "ÖÉ"), {"Y": "Z", "Z": "Y"}),  # QWERTZ
    (frozenset(f"HUBDESK{s}P1{s}" for s in "ÖÆØÑ"), {}),  # Nordic and Spanish QWERTY
    (frozenset({"HUBDESKMP&M", "HUBDESKMP1M"}), _AZERTY),  # French, Belgian AZERTY (+ caps lock)
)


def parse_scan(text: str) -> PassLookup:
    """Recognise a scanned or typed pass. Raises ValidationError(field "pass") for anything else.

    Codes: ``empty``, ``too_long`` (over 200 characters), ``bad_token`` (our prefix but a damaged
    token), ``bad_check_character`` (a short code with a typo), ``not_our_pass`` (anything else:
    URLs, other systems' QR codes, hub-key transfers).
    """
    if not isinstance(text, str):
        raise ValidationError(_FIELD, "not_our_pass", "is not a hubdesk pass")
    if len(text) > MAX_SCAN_LENGTH:
        raise ValidationError(_FIELD, "too_long", f"is longer than {MAX_SCAN_LENGTH} characters")
    compact = "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace()).upper()
    if not compact:
        raise ValidationError(_FIELD, "empty", "is empty")

    payload = _parse_payload(compact)
    if payload is not None:
        return payload

    code = normalise_crockford(compact, drop="-‐‑–—_.")
    if len(code) != SHORT_CODE_LENGTH or not is_crockford(code):
        raise ValidationError(_FIELD, "not_our_pass", "is not a hubdesk pass")
    if luhn32_check_character(code[:-1]) != code[-1]:
        raise ValidationError(
            _FIELD, "bad_check_character", "short code has a typo (check character wrong)"
        )
    return PassLookup("short_code", code)


def _parse_payload(compact: str) -> PassLookup | None:
    """The token(s) if `compact` is our QR payload under some keyboard layout, else None."""
    readings: list[str] = []
    ours = False
    prefix, rest = compact[: len(QR_PREFIX)], compact[len(QR_PREFIX) :]
    for prefixes, translation in _LAYOUTS:
        if prefix not in prefixes:
            continue
        ours = True
        token = "".join(translation.get(c, c) for c in rest).translate(_CONFUSABLE)
        if (
            len(token) == TOKEN_LENGTH
            and is_crockford(token)
            and token[0] in "01234567"
            and token not in readings
        ):
            readings.append(token)
    if readings:
        return PassLookup("token", readings[0], tuple(readings[1:]))
    if ours:
        raise ValidationError(_FIELD, "bad_token", "looks like a hubdesk pass but is damaged")
    return None


# --- QR rendering -------------------------------------------------------------------------------


def render_qr_png(payload: str, box_size: int = 10) -> bytes:
    """A black-on-white PNG of `payload` as a QR code (error correction M, 4-module quiet zone).

    The PNG is written here with zlib (1-bit greyscale), so neither Pillow nor pypng is needed.
    """
    import qrcode  # imported late: only printing and the pass dialog need it
    import qrcode.constants

    if not 1 <= box_size <= 100:
        raise ValidationError("box_size", "out_of_range", "must be 1 to 100 pixels")
    if not payload or len(payload) > MAX_SCAN_LENGTH:
        raise ValidationError("payload", "bad_length", "must be 1 to 200 characters")
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    return _png_1bit(matrix, box_size)


def _png_1bit(matrix: list[list[bool]], scale: int) -> bytes:
    size = len(matrix) * scale
    raw = io.BytesIO()
    for row in matrix:
        bits = "".join(("0" if dark else "1") * scale for dark in row)  # 0 = black in greyscale
        bits += "0" * (-len(bits) % 8)
        line = b"\x00" + int(bits, 2).to_bytes(len(bits) // 8, "big")  # filter type 0
        raw.write(line * scale)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw.getvalue(), 9))
        + chunk(b"IEND", b"")
    )
