"""The command line's help speaks the clerk's language: every help text, description and argparse word
in Dutch with ``--lang nl`` or a Dutch environment, in English otherwise; and no help text without its
Dutch (a new English help with no entry in i18n/messages_cli.py fails here)."""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtordesk.cli import build_parser, language_from, main
from debtordesk.i18n.catalogue import cli_help, current_language, set_language
from debtordesk.i18n.messages_cli import ARGPARSE_ERRORS, ARGPARSE_PATTERNS, HELP

CLI = Path(__file__).resolve().parents[2] / "src" / "debtordesk" / "cli"
#: argparse's own words in HELP, asked for by CliParser/CliHelpFormatter rather than in a cli module
ARGPARSE_WORDS = {
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "%(prog)s: error: %(message)s\n",
}
HELP_KEYWORDS = {"help", "description", "epilog"}
LANGUAGE_VARIABLES = ("DEBTORDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


# ---------------------------------------------------------------- walking the parser


def _texts(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every description, epilog and help of the parser and its sub-commands."""
    for where, text in (("description", parser.description), ("epilog", parser.epilog)):
        if text:
            yield f"{path} {where}", text
    for group in parser._action_groups:
        yield f"{path} [section]", str(group.title)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield f"{path} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help and choice.help is not argparse.SUPPRESS:
                    yield f"{path} {choice.dest} (in the list)", choice.help
            for name, sub in action.choices.items():
                yield from _texts(sub, f"{path} {name}")


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _built_in(language: str) -> argparse.ArgumentParser:
    set_language(language)
    try:
        return build_parser()
    finally:
        set_language("en")


def test_every_help_text_has_its_dutch() -> None:
    """The parser built in English and in Dutch, side by side: each text differs (a text without a
    Dutch entry comes out English in both), and no English help remains in the Dutch parser."""
    english = list(_texts(_built_in("en"), "debtordesk"))
    dutch = list(_texts(_built_in("nl"), "debtordesk"))
    assert [where for where, _ in english] == [where for where, _ in dutch]
    assert len(english) > 300  # every sub-command was walked
    untranslated = [
        f"{where}: {text!r}"
        for (where, text), (_, in_dutch) in zip(english, dutch, strict=True)
        if in_dutch == text
    ]
    assert not untranslated, "no Dutch in i18n/messages_cli.py for:\n" + "\n".join(untranslated)
    left_in_english = {text for _, text in dutch} & set(HELP)
    assert not left_in_english


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_help_screen_formats(language: str) -> None:
    """argparse fills %(default)s and friends in each help: a stray % in a translation breaks the
    screen of that command, so every screen is formatted in both languages."""
    for parser in _parsers(_built_in(language)):
        set_language(language)
        assert parser.format_help()


# ---------------------------------------------------------------- the table against the code


def _help_keyword_values() -> Iterator[tuple[str, ast.expr]]:
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg in HELP_KEYWORDS:
                        yield f"{path.name}:{keyword.value.lineno}", keyword.value


def _h_texts() -> dict[str, str]:
    """The English of every ``_h("...")`` in the cli modules, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_h":
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.name}:{node.lineno}: _h needs the English as one literal text"
                )
                found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found


def test_every_help_in_the_code_goes_through_the_catalogue() -> None:
    """help=, description= and epilog= are _h("..."), argparse.SUPPRESS or a name passed on (the
    templates helper gets texts its callers translated); never a bare English literal."""
    bare = []
    for where, value in _help_keyword_values():
        wrapped = isinstance(value, ast.Call) and getattr(value.func, "id", "") == "_h"
        suppressed = isinstance(value, ast.Attribute) and value.attr == "SUPPRESS"
        if not (wrapped or suppressed or isinstance(value, ast.Name)):
            bare.append(f"{where}: {ast.unparse(value)[:80]}")
    assert not bare, "wrap these in _h(...):\n" + "\n".join(bare)


def test_the_table_holds_exactly_the_texts_of_the_code() -> None:
    used = _h_texts()
    missing = [f"{where}: {text!r}" for text, where in used.items() if text not in HELP]
    assert not missing, "add the Dutch to i18n/messages_cli.py:\n" + "\n".join(missing)
    stale = sorted(set(HELP) - set(used) - ARGPARSE_WORDS)
    assert not stale, f"no longer in the code (remove from messages_cli.py): {stale}"


def _placeholders(text: str) -> tuple[list[str], int, list[str]]:
    return (
        sorted(re.findall(r"%\(\w+\)[sdr]", text)),
        text.count("%"),
        sorted(re.findall(r"\{\w*\}", text)),
    )


@pytest.mark.parametrize(("english", "dutch"), sorted(HELP.items()))
def test_a_translation_keeps_the_placeholders(english: str, dutch: str) -> None:
    assert dutch.strip(), english
    assert _placeholders(dutch) == _placeholders(english)


def test_cli_help_fills_in_values_and_leaves_english_alone() -> None:
    text = "Back up the database (SQLite) and the letter archive into one ZIP file, by default in {folder}."
    assert cli_help(text, folder="/backups").endswith("by default in /backups.")
    set_language("nl")
    assert cli_help(text, folder="/backups") == (
        "Maak een back-up van de database (SQLite) en het briefarchief in één ZIP-bestand, "
        "standaard in /backups."
    )
    assert cli_help("not in the table") == "not in the table"


# ---------------------------------------------------------------- what the clerk sees


def _help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 0
    return capsys.readouterr().out


def _refusal_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 2
    return capsys.readouterr().err


def test_the_main_help_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help_of(capsys, "--lang", "nl", "--help")
    assert out.startswith("gebruik: debtordesk [-h]")
    assert "\nopties:\n" in out
    assert "deze hulptekst tonen en stoppen" in out
    assert "het versienummer van het programma tonen en stoppen" in out
    assert "debiteurenbeheer" in out
    assert "taal van de meldingen en de hulpteksten" in out
    assert "het overdrachtsdossier voor het incassobureau schrijven" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out


def test_the_help_of_a_command_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help_of(capsys, "--lang", "nl", "import", "--help")
    assert out.startswith("gebruik: debtordesk import")
    assert "\nargumenten:\n" in out and "\nopties:\n" in out
    assert "het CSV-, .xlsx-, .xls- of .ods-bestand" in out
    assert "wat er in het bestand staat" in out
    assert "{full,delta}" in out  # input words stay as they are typed
    assert "Lees FILE, controleer elke rij" in out


def test_the_help_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help_of(capsys, "--lang", "en", "--help")
    assert out.startswith("usage: debtordesk [-h]")
    assert "\noptions:\n" in out and "show this help message and exit" in out
    assert "language of messages and help" in out
    out = _help_of(capsys, "--lang", "en", "import", "--help")
    assert "\npositional arguments:\n" in out
    assert "the CSV, .xlsx, .xls or .ods file" in out
    assert "gebruik" not in out


def test_letters_templates_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    out = " ".join(_help_of(capsys, "--lang", "nl", "letters", "templates", "--help").split())
    assert "meegeleverde briefsjablonen in uw gegevensmap (letters/templates)" in out
    out = " ".join(_help_of(capsys, "--lang", "en", "messages", "templates", "--help").split())
    assert "the outbox uses them from then on" in out


def test_messages_templates_check_help_says_what_the_check_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """'check' does more than compile since 9d4fc2e and 356812e: it fills in every step's e-mail
    for a sample customer and runs the 14-day e-mail's legal check, as the outbox does."""
    out = " ".join(
        _help_of(capsys, "--lang", "en", "messages", "templates", "check", "--help").split()
    )
    assert "fills in the e-mail of every step for a sample customer" in out
    assert "checks the 14-day e-mail's text as the law requires" in out
    assert "lists the problems (file, line, what to do)" in out
    out = " ".join(
        _help_of(capsys, "--lang", "nl", "messages", "templates", "check", "--help").split()
    )
    assert "vult de e-mail van elke stap in voor een voorbeeldklant" in out
    assert "controleert de tekst van de veertiendagenmail zoals de wet eist" in out
    assert "noemt de problemen (bestand, regel, wat te doen)" in out


def test_letters_templates_check_help_says_what_the_check_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """'letters templates check' does more than compile: it fills in the 14-day letter's blocks for
    a sample customer and runs the legal check a batch runs before printing (as 'messages templates'
    says since 2664b81)."""
    out = " ".join(
        _help_of(capsys, "--lang", "en", "letters", "templates", "check", "--help").split()
    )
    assert "fills in the 14-day letter's blocks for a sample customer" in out
    assert "checks its text as the law requires" in out
    assert "lists the problems (file, line, what to do)" in out
    out = " ".join(
        _help_of(capsys, "--lang", "nl", "letters", "templates", "check", "--help").split()
    )
    assert "vult de blokken van de veertiendagenbrief in voor een voorbeeldklant" in out
    assert "controleert de tekst ervan zoals de wet eist" in out
    assert "noemt de problemen (bestand, regel, wat te doen)" in out


@pytest.mark.parametrize(
    ("variable", "value"),
    [("LC_ALL", "nl_NL.UTF-8"), ("LANG", "nl_NL.UTF-8"), ("DEBTORDESK_LANG", "nl")],
)
def test_a_dutch_environment_gives_dutch_help_without_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    for name in LANGUAGE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, value)
    out = _help_of(capsys, "queue", "--help")
    assert out.startswith("gebruik: debtordesk queue")
    assert "Toon per klant de aanmaanstap" in out


def test_lang_overrides_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    assert _help_of(capsys, "--lang=en", "--help").startswith("usage: ")
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("DEBTORDESK_LANG", raising=False)
    assert _help_of(capsys, "--help").startswith("usage: ")  # an English locale: English
    assert _help_of(capsys, "--la", "nl", "--help").startswith("gebruik: ")


def test_parser_refusals_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refusal_of(capsys, "--lang", "nl", "improt")
    assert err.startswith("gebruik: debtordesk")
    assert "debtordesk: fout: argument COMMAND: ongeldige keuze: 'improt' (kies uit 'import'" in err
    err = _refusal_of(capsys, "--lang", "nl", "import")
    assert "debtordesk import: fout: deze argumenten ontbreken: FILE" in err
    err = _refusal_of(capsys, "--lang", "nl", "delivery", "--days", "99")
    assert "fout: argument --days: verwacht een heel getal van 1 tot en met 30" in err
    err = _refusal_of(capsys, "--lang", "en", "improt")
    assert "debtordesk: error: argument COMMAND: invalid choice: 'improt'" in err


def test_required_choice_refused_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refusal_of(capsys, "--lang", "nl", "outbox", "resolve", "5")
    assert "fout: één van deze argumenten is nodig: --sent --not-sent" in err
    err = _refusal_of(capsys, "--lang", "en", "outbox", "resolve", "5")
    assert "error: one of the arguments --sent --not-sent is required" in err


def test_argparse_error_parts_are_worded_in_this_python() -> None:
    """The parts replaced in Dutch still occur in argparse's messages (a newer Python may word them
    differently; then they stay English, and this says which)."""
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    for english, _ in ARGPARSE_ERRORS:
        if english.startswith("invalid int") or english.startswith("invalid Path"):
            continue  # argparse builds these from 'invalid %(type)s value: %(value)r'
        assert english.strip(" (") in source, english
    for pattern, _ in ARGPARSE_PATTERNS:
        # the words around the value, as argparse's source writes them
        for part in re.split(r"\(.+?\)", pattern):
            assert part.strip() in source, pattern


def test_messages_still_follow_lang(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nl", "calc", "costs", "1000"]) == 0
    assert "Incassokosten" in capsys.readouterr().out
    assert current_language() == "nl"
    assert main(["--lang", "en", "calc", "costs", "1000"]) == 0
    assert "Collection costs" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "language"),
    [
        (["--lang", "nl", "import", "x.csv"], "nl"),
        (["--lang=nl", "--help"], "nl"),
        (["--lan", "nl"], "nl"),
        (["--db", "sqlite:///x.sqlite", "--lang", "nl", "queue"], "nl"),
        (["--db", "--lang", "queue"], "en"),  # "--lang" is the --db value here
        (["--lang", "nl", "--lang", "en", "queue"], "en"),  # the last one, as argparse reads it
        (["queue", "--lang", "nl"], "en"),  # after the command: not the top-level option
        (["--lang", "de", "queue"], "en"),  # refused by the parser, not chosen here
        ([], "en"),
    ],
)
def test_the_language_is_read_before_the_parser_exists(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], language: str
) -> None:
    monkeypatch.setenv("DEBTORDESK_LANG", "en")
    assert language_from(argv) == language
