"""Messages of the legal settings and the stored statutory interest table (Settings > Legal and
interest…, ``debtordesk rates``, the calculator's choice of table).

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ legal options
    "legal_settings.what": ("the legal settings", "de juridische instellingen"),
    "legal_settings.bad_vat_rate": (
        "VAT percentage: '{value}' is not a percentage. Type a number from 0 to 100 with at most two "
        "decimals, e.g. 21 or 9.",
        "Btw-percentage: '{value}' is geen percentage. Typ een getal van 0 tot en met 100 met "
        "hoogstens twee decimalen, bijv. 21 of 9.",
    ),
    "legal_settings.bad_allocation": (
        "Payment allocation: '{value}' is not a choice; choose 'legal' (costs, interest, principal) "
        "or 'principal_first'.",
        "Verdeling van betalingen: '{value}' is geen keuze; kies 'legal' (kosten, rente, hoofdsom) "
        "of 'principal_first'.",
    ),
    "legal_settings.bad_cap_amount": (
        "{title}: '{value}' is not an amount above 0,00. Type an amount in euros, e.g. 140,00.",
        "{title}: '{value}' is geen bedrag boven 0,00. Typ een bedrag in euro's, bijv. 140,00.",
    ),
    "legal_settings.bad_cap_months": (
        "{title}: {value} is not allowed; choose a number of months from {low} to {high}.",
        "{title}: {value} kan niet; kies een aantal maanden van {low} tot en met {high}.",
    ),
    "legal_settings.bad_days": (
        "{title}: {value} is not allowed; choose a number of days from {low} to {high}.",
        "{title}: {value} kan niet; kies een aantal dagen van {low} tot en met {high}.",
    ),
    # ------------------------------------------------------------------ the interest table
    "rates.what": (
        "the interest rate from {valid_from}",
        "het rentepercentage vanaf {valid_from}",
    ),
    "rates.bad_rate": (
        "{which} rate from {valid_from}: '{value}' is not a percentage. Type a number from 0 to 100 "
        "with at most two decimals, e.g. 6 or 11.15.",
        "{which} rente vanaf {valid_from}: '{value}' is geen percentage. Typ een getal van 0 tot en "
        "met 100 met hoogstens twee decimalen, bijv. 6 of 11,15.",
    ),
    "rates.which.consumer": ("Consumer", "Consumenten"),
    "rates.which.commercial": ("Commercial", "Handels"),
    "rates.date_taken": (
        "The table already has a rate from {valid_from} ({consumer} % / {commercial} %). Correct that "
        "row instead (on the command line: add --replace), or delete it first.",
        "De tabel heeft al een percentage vanaf {valid_from} ({consumer} % / {commercial} %). Verbeter "
        "die regel (op de opdrachtregel: voeg --replace toe), of verwijder hem eerst.",
    ),
    "rates.missing": (
        "The table has no rate from {valid_from}: the row was deleted or moved, or the date is "
        "mistyped. Look at the table as it is now (reload it) and try again.",
        "De tabel heeft geen percentage vanaf {valid_from}: de regel is verwijderd of verplaatst, of de "
        "datum is verkeerd getypt. Bekijk de tabel zoals die nu is (laad hem opnieuw) en probeer het "
        "nog eens.",
    ),
    "rates.note_too_long": (
        "Note of the rate from {valid_from}: the text is too long; shorten it to at most {limit} "
        "characters.",
        "Notitie bij het percentage vanaf {valid_from}: de tekst is te lang; kort die in tot "
        "hoogstens {limit} tekens.",
    ),
    "rates.last_row": (
        "The rate from {valid_from} is the only row of the table; interest cannot be calculated "
        "without one. Add the correct rate first, then delete this one.",
        "Het percentage vanaf {valid_from} is de enige regel van de tabel; zonder regel kan geen "
        "rente worden berekend. Voeg eerst het juiste percentage toe en verwijder dan deze.",
    ),
    # ------------------------------------------------------------------ the command line
    "cli.rates.heading": (
        "Statutory interest table (percent per year)",
        "Tabel wettelijke rente (procent per jaar)",
    ),
    "cli.rates.from": ("From", "Vanaf"),
    "cli.rates.consumer": ("Consumer", "Consumenten"),
    "cli.rates.commercial": ("Commercial", "Handels"),
    "cli.rates.confirmed": ("Confirmed", "Bevestigd"),
    "cli.rates.note": ("Note", "Notitie"),
    "cli.rates.yes": ("yes", "ja"),
    "cli.rates.no": ("no", "nee"),
    "cli.rates.added": (
        "Added the rates from {valid_from}: {consumer} % consumer, {commercial} % commercial.",
        "Percentages vanaf {valid_from} toegevoegd: {consumer} % consumenten, {commercial} % handels.",
    ),
    "cli.rates.corrected": (
        "Corrected the rates from {valid_from}: {consumer} % consumer, {commercial} % commercial.",
        "Percentages vanaf {valid_from} verbeterd: {consumer} % consumenten, {commercial} % handels.",
    ),
    "cli.rates.deleted": (
        "Deleted the rates from {valid_from}.",
        "Percentages vanaf {valid_from} verwijderd.",
    ),
    "calc.no_database": (
        "There is no database at {location}. Leave out --db to use the shipped interest table, or "
        "give the path of an existing database.",
        "Er is geen database op {location}. Laat --db weg om de meegeleverde rentetabel te "
        "gebruiken, of geef het pad van een bestaande database.",
    ),
    "calc.rates_unavailable": (
        "The interest table in the database could not be read, so the shipped table was used. "
        "The reason: {detail}",
        "De rentetabel in de database kon niet worden gelezen, dus is de meegeleverde tabel gebruikt. "
        "De reden: {detail}",
    ),
    "calc.interest.table_database": (
        "Rates: the interest table in the database ({source}).",
        "Percentages: de rentetabel in de database ({source}).",
    ),
    "calc.interest.table_shipped": (
        "Rates: the table shipped with DebtorDesk (no database found).",
        "Percentages: de tabel die met DebtorDesk is meegeleverd (geen database gevonden).",
    ),
}
