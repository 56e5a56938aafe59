"""Every message code the payment-link providers, the HTTP layer, the keyring and the provider
settings use is in the catalogue, in English and Dutch with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from debtordesk.i18n.catalogue import CATALOGUE

SOURCES = Path(__file__).resolve().parents[3] / "src" / "debtordesk"
MODULES = [
    SOURCES / "providers" / name
    for name in ("http.py", "connection.py", "link_common.py", "tikkie.py", "mollie.py")
] + [
    SOURCES / "services" / "secrets.py",
    SOURCES / "services" / "provider_settings.py",
    SOURCES / "services" / "link_reuse.py",
    SOURCES / "cli" / "messaging.py",
]
_CODE = re.compile(
    r"(?:UserError|EnvironmentProblem|Message|ProviderError|super\(\).__init__)\(\s*"
    r"\"([a-z_.]+)\""
)
#: codes made from a reason at run time
BUILT = {
    *(f"http.not_sent.{r}" for r in ("connect", "timeout", "certificate", "config")),
    *(f"http.unknown.{r}" for r in ("timeout", "dropped")),
    "http.wrong_key",
    "http.rejected",
    "http.rate_limited",
    "http.rate_limited_later",
    "http.fault",
    "secrets.backend_disabled",
    "secrets.no_secure_backend",
    "secrets.deleted",
    "secrets.not_stored",
    "providers.used",
    "providers.unused",
    "cli.providers.line_in_use",
    "cli.providers.key_set",
    "cli.providers.key_unset",
    "cli.providers.key_unknown",
}


def _used_codes() -> set[str]:
    codes: set[str] = set(BUILT)
    for module in MODULES:
        codes.update(_CODE.findall(module.read_text(encoding="utf-8")))
    return codes


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_the_scan_sees_the_modules() -> None:
    assert {"links.tikkie.reference_invalid", "secrets.timeout", "providers.bad_url"} <= (
        _used_codes()
    )


@pytest.mark.parametrize("code", sorted(_used_codes()))
def test_code_is_in_the_catalogue_in_both_languages(code: str) -> None:
    assert code in CATALOGUE
    english, dutch = CATALOGUE[code]
    assert english.strip() and dutch.strip()
    assert _fields(english) == _fields(dutch)
    words = re.sub(r"\{[a-z_]+\}", "", english)
    if re.search(r"[a-z]{4,}", words):
        assert english != dutch, "not translated"
