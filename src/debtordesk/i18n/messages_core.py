"""Messages of the core: errors, progress and the command line. Each code maps to (English, Dutch)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cancelled": ("Cancelled; nothing was changed.", "Geannuleerd; er is niets gewijzigd."),
    "bug": (
        "Something went wrong inside DebtorDesk ({detail}). Nothing was saved. Please report this "
        "with the log file {log}.",
        "Er ging iets mis in DebtorDesk ({detail}). Er is niets opgeslagen. Meld dit alstublieft en "
        "stuur het logbestand {log} mee.",
    ),
    "disk_full": (
        "The disk is full ({path}). Free some space and try again; nothing was saved.",
        "De schijf is vol ({path}). Maak ruimte vrij en probeer het opnieuw; er is niets opgeslagen.",
    ),
    "permission_denied": (
        "DebtorDesk may not write to {path}. Check the folder's permissions.",
        "DebtorDesk mag niet schrijven in {path}. Controleer de rechten van de map.",
    ),
    "contact.phone_empty": ("No phone number.", "Geen telefoonnummer."),
    "contact.phone_invalid": (
        "'{value}' is not a valid phone number; it was not saved.",
        "'{value}' is geen geldig telefoonnummer; het is niet opgeslagen.",
    ),
    "contact.iban_empty": ("No IBAN.", "Geen IBAN."),
    "contact.iban_invalid": (
        "'{value}' is not a valid IBAN (check digits or length are wrong); it was not saved.",
        "'{value}' is geen geldig IBAN (controlegetal of lengte klopt niet); het is niet opgeslagen.",
    ),
    "contact.email_empty": ("No e-mail address.", "Geen e-mailadres."),
    "contact.email_invalid": (
        "'{value}' is not a valid e-mail address; it was not saved.",
        "'{value}' is geen geldig e-mailadres; het is niet opgeslagen.",
    ),
}
MESSAGES.update(
    {
        # argparse refused the command line (with --json; without, argparse's own lines are shown)
        "cli.usage": (
            "{command}: {problem}. See: {command} --help",
            "{command}: {problem}. Zie: {command} --help",
        ),
        "administration.unknown": (
            "There is no administration with code '{code}'.",
            "Er is geen administratie met code '{code}'.",
        ),
        "settings.unknown_option": (
            "'{key}' is not a setting DebtorDesk knows.",
            "'{key}' is geen instelling die DebtorDesk kent.",
        ),
        "settings.bad_value": (
            "'{value}' is not a valid value for the setting '{key}'.",
            "'{value}' is geen geldige waarde voor de instelling '{key}'.",
        ),
    }
)
