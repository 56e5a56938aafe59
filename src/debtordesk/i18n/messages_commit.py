"""Messages of committing imports: batches, snapshots, presets, history and undo, timeline events.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ refusals and confirmations
    "commit.bad_source": (
        "The source name '{source}' cannot be used: give a name of 1 to {limit} characters.",
        "De bronnaam '{source}' kan niet: geef een naam van 1 tot {limit} tekens.",
    ),
    "commit.strict_refused": (
        "{file} was not imported: {errors:|1 row has an error|# rows have errors}, and strict mode refuses "
        "the whole file "
        "then. Correct the rows listed, or import without --strict to import the valid rows.",
        "{file} is niet ingelezen: {errors:|1 rij bevat een fout|# rijen bevatten fouten}, en de strenge "
        "modus weigert dan "
        "het hele bestand. Verbeter de genoemde rijen, of lees in zonder --strict om de goede "
        "rijen in te lezen.",
    ),
    "commit.empty_snapshot": (
        "{file} contains no invoices. A complete list of open items without invoices would mark "
        "every open invoice as paid, so it was not imported. Check the export and try again.",
        "{file} bevat geen facturen. Een volledige lijst openstaande posten zonder facturen zou "
        "alle openstaande facturen als betaald afsluiten; daarom is hij niet ingelezen. Controleer "
        "de export en probeer het opnieuw.",
    ),
    "commit.nothing_to_import": (
        "{file} contains nothing to import: no invoices and no customers.",
        "{file} bevat niets om in te lezen: geen facturen en geen klanten.",
    ),
    "commit.older_export": (
        "This export is from {export_date}, but a newer export ({newest}) of '{source}' was already "
        "imported. An older list could undo newer payments, so it was not imported. Check the export "
        "date; to import it anyway, confirm it (command line: --force).",
        "Deze export is van {export_date}, maar er is al een nieuwere export ({newest}) van "
        "'{source}' ingelezen. Een oudere lijst kan nieuwere betalingen terugdraaien; daarom is hij "
        "niet ingelezen. Controleer de exportdatum; wilt u hem toch inlezen, bevestig dat dan "
        "(opdrachtregel: --force).",
    ),
    "commit.confirm_mass_close": (
        "This complete list would mark {closing} of the {open:|1 open invoice|# open invoices} of "
        "'{source}' as paid, "
        "because they are not in it. If the export was cut off, export it again. If the list is "
        "right, confirm it (command line: --force).",
        "Deze volledige lijst zou {closing} van de {open:|1 openstaande factuur|# openstaande facturen} "
        "van '{source}' als "
        "betaald afsluiten, omdat ze er niet in staan. Is de export afgebroken, exporteer dan "
        "opnieuw. Klopt de lijst, bevestig het dan (opdrachtregel: --force).",
    ),
    # ------------------------------------------------------------------ row problems found on commit
    "commit.value_too_long": (
        "The {field} is longer than the {limit} characters DebtorDesk can keep; it was not saved.",
        "Het veld {field} is langer dan de {limit} tekens die DebtorDesk kan bewaren; het is niet "
        "opgeslagen.",
    ),
    "commit.customer_rejected": (
        "The customer '{customer}' of this invoice could not be saved, so the invoice was not "
        "imported either.",
        "De klant '{customer}' van deze factuur kon niet worden opgeslagen, dus de factuur is ook "
        "niet ingelezen.",
    ),
    "commit.customer_unknown": (
        "The customer '{customer}' of this invoice is not in the file or in DebtorDesk; the invoice "
        "was not imported.",
        "De klant '{customer}' van deze factuur staat niet in het bestand en niet in DebtorDesk; de "
        "factuur is niet ingelezen.",
    ),
    # ------------------------------------------------------------------ progress
    "commit.progress.comparing": (
        "Comparing the file with the data in DebtorDesk…",
        "Het bestand wordt vergeleken met de gegevens in DebtorDesk…",
    ),
    "commit.progress.customers": ("Saving customers…", "Klanten opslaan…"),
    "commit.progress.invoices": ("Saving invoices…", "Facturen opslaan…"),
    "commit.progress.timeline": (
        "Writing the customers' history…",
        "De klantgeschiedenis bijwerken…",
    ),
    # ------------------------------------------------------------------ timeline events
    "event.import.customer_created": (
        "Customer added by the import of {file}, with {new:|1 new invoice|# new invoices}.",
        "Klant toegevoegd bij het inlezen van {file}, met {new:|1 nieuwe factuur|# nieuwe facturen}.",
    ),
    "event.import.customer_updated": (
        "Import of {file} changed: {fields_en}.",
        "Inlezen van {file} wijzigde: {fields_nl}.",
    ),
    "event.import.invoices_changed": (
        "Import of {file}: invoices: {new} new, {updated} changed, {closed} closed, "
        "{reopened} reopened.",
        "Inlezen van {file}: facturen: {new} nieuw, {updated} gewijzigd, {closed} afgesloten, "
        "{reopened} heropend.",
    ),
    "event.invoice_closed_absent": (
        "Invoice {number} is no longer in the open items of {export_date} ({file}): marked as paid "
        "outside DebtorDesk.",
        "Factuur {number} staat niet meer in de openstaande posten van {export_date} ({file}): "
        "afgesloten als betaald buiten DebtorDesk.",
    ),
    "event.invoice_closed_zero": (
        "Invoice {number} has nothing left to pay according to the export of {export_date} ({file}): "
        "marked as paid.",
        "Factuur {number} heeft volgens de export van {export_date} ({file}) niets meer open: "
        "afgesloten als betaald.",
    ),
    "event.invoice_closed_history": (
        "Invoice {number} is paid according to the payment history in {file}: marked as paid.",
        "Factuur {number} is betaald volgens de betaalgeschiedenis in {file}: afgesloten als betaald.",
    ),
    "event.invoice_due_date_moved": (
        "The due date of invoice {number} moved from {before} to {after} in the export of "
        "{export_date} ({file}).",
        "De vervaldatum van factuur {number} is in de export van {export_date} ({file}) verschoven "
        "van {before} naar {after}.",
    ),
    "event.invoice_reopened": (
        "Invoice {number} is open again in the export of {export_date} ({file}); it had been marked "
        "as paid.",
        "Factuur {number} staat weer open in de export van {export_date} ({file}); hij was "
        "afgesloten als betaald.",
    ),
    "event.import.undone": (
        "The import of {file} was undone: the data it brought in for this customer was reverted.",
        "Het inlezen van {file} is ongedaan gemaakt: de gegevens die het voor deze klant inlas, "
        "zijn teruggezet.",
    ),
    # ------------------------------------------------------------------ history and undo
    "batch.unknown": (
        "There is no import with number {batch}.",
        "Er is geen import met nummer {batch}.",
    ),
    "undo.nothing": (
        "There is no import to undo.",
        "Er is geen import om ongedaan te maken.",
    ),
    "undo.not_last": (
        "Only the most recent import can be undone; that is number {last} ({file}), not number "
        "{batch}. Undo the newer imports first.",
        "Alleen de laatste import kan ongedaan worden gemaakt; dat is nummer {last} ({file}), niet "
        "nummer {batch}. Maak eerst de nieuwere imports ongedaan.",
    ),
    "undo.evidence": (
        "This import can no longer be undone: since it was imported, things have been recorded "
        "for a customer it added (customer {customer}: letters, messages, calls, notes or "
        "edits). Undoing would delete that customer and that record with it, and it is evidence "
        "that must be kept. Correct the data with a new import or by hand instead.",
        "Deze import kan niet meer ongedaan worden gemaakt: sinds de import is er iets vastgelegd "
        "bij een klant die hij toevoegde (klant {customer}: brieven, berichten, gesprekken, "
        "notities of wijzigingen). Ongedaan maken zou die klant en dat vastgelegde met zich "
        "meenemen, en dat is bewijs dat bewaard moet blijven. Verbeter de gegevens met een nieuwe "
        "import of met de hand.",
    ),
    "undo.data_only": (
        "The import of {file} was undone. Only the imported data was reverted: invoices and "
        "customers it added are removed, and what it changed has its previous value again. "
        "Anything done since, such as letters sent, calls and notes, stays as it is.",
        "Het inlezen van {file} is ongedaan gemaakt. Alleen de ingelezen gegevens zijn "
        "teruggezet: facturen en klanten die erbij kwamen zijn verwijderd, en wat gewijzigd was "
        "heeft weer de vorige waarde. Wat er sindsdien is gedaan, zoals verstuurde brieven, "
        "telefoongesprekken en notities, blijft zoals het is.",
    ),
    "undo.data_only_kept": (
        "The import of {file} was undone. Only the imported data was reverted: invoices and "
        "customers it added are removed, and what it changed has its previous value again, except "
        "what was changed after the import (by hand or otherwise), which stays as it is now "
        "(values kept: {fields}, in customers or invoices: {rows}). Anything done since, such as "
        "letters sent, calls and notes, stays as it is.",
        "Het inlezen van {file} is ongedaan gemaakt. Alleen de ingelezen gegevens zijn "
        "teruggezet: facturen en klanten die erbij kwamen zijn verwijderd, en wat gewijzigd was "
        "heeft weer de vorige waarde, behalve wat na het inlezen is gewijzigd (met de hand of "
        "anders): dat blijft zoals het nu is (waarden behouden: {fields}, bij klanten of facturen: "
        "{rows}). Wat er sindsdien is gedaan, zoals verstuurde brieven, telefoongesprekken en "
        "notities, blijft zoals het is.",
    ),
    # ------------------------------------------------------------------ presets
    "preset.bad_name": (
        "'{name}' cannot be used as the name of a column mapping: give a name of 1 to {limit} "
        "characters.",
        "'{name}' kan niet als naam van een kolomindeling: geef een naam van 1 tot {limit} tekens.",
    ),
    "preset.unknown": (
        "There is no saved column mapping called '{name}'. Saved mappings: {known}.",
        "Er is geen opgeslagen kolomindeling met de naam '{name}'. Opgeslagen indelingen: {known}.",
    ),
}

MESSAGES.update(
    {
        # ------------------------------------------------------------------ the import command
        "cli.import.bad_map": (
            "'{value}' is not a column mapping: write FIELD=COLUMN, e.g. amount=Bedrag.",
            "'{value}' is geen kolomkoppeling: schrijf VELD=KOLOM, bijvoorbeeld amount=Bedrag.",
        ),
        "cli.import.unknown_field": (
            "'{field}' is not a field DebtorDesk knows. Fields: {fields}.",
            "'{field}' is geen veld dat DebtorDesk kent. Velden: {fields}.",
        ),
        "cli.import.bad_date": (
            "'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20.",
            "'{value}' is geen datum: schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-20.",
        ),
        "cli.import.header_row_negative": (
            "{row} is not a row number for --header-row: give the row that holds the column names "
            "(1 or more), or 0 when the file has no header row.",
            "{row} is geen rijnummer voor --header-row: geef de rij met de kolomnamen (1 of hoger), "
            "of 0 als het bestand geen kopregel heeft.",
        ),
        "cli.import.header_row": (
            "Row {row} cannot be the header row: the file has rows 1 to {last} (0 means: no "
            "header row).",
            "Rij {row} kan niet de kopregel zijn: het bestand heeft de rijen 1 tot en met {last} "
            "(0 betekent: geen kopregel).",
        ),
        "cli.import.map_hint": (
            "Run the import again and say which column it is with --map, e.g. --map {example} "
            "(COLUMN: the column's header or its letter).",
            "Start de import opnieuw en geef met --map aan welke kolom het is, bijvoorbeeld --map "
            "{example} (KOLOM: de kop of de letter van de kolom).",
        ),
        "cli.import.map_or": (" or ", " of "),
        "cli.import.map_column": ("COLUMN", "KOLOM"),
        "cli.import.preset_found": (
            "Using the saved column mapping '{name}', made for a file with these columns.",
            "De opgeslagen kolomindeling '{name}' wordt gebruikt; die is gemaakt voor een bestand "
            "met deze kolommen.",
        ),
        "cli.import.preset_used": (
            "Using the saved column mapping '{name}'.",
            "De opgeslagen kolomindeling '{name}' wordt gebruikt.",
        ),
        "cli.import.date_order_preset": (
            "Dates in numbers are read {order}, as saved with '{name}' (--date-order chooses "
            "another order).",
            "Datums in cijfers worden gelezen als {order}, zoals opgeslagen bij '{name}' "
            "(--date-order kiest een andere volgorde).",
        ),
        "cli.import.dry_run": (
            "Trial run: nothing was saved. Importing would give:",
            "Proefrun: er is niets opgeslagen. Inlezen zou dit opleveren:",
        ),
        "cli.import.summary": (
            "{file}: invoices: {new} new, {updated} changed, {unchanged} unchanged, {closed} closed, "
            "{reopened} reopened; rows rejected: {rejected}; customers: {customers_new} new, "
            "{customers_updated} changed.",
            "{file}: facturen: {new} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd, {closed} "
            "afgesloten, {reopened} heropend; afgewezen rijen: {rejected}; klanten: "
            "{customers_new} nieuw, {customers_updated} gewijzigd.",
        ),
        "cli.import.saved": (
            "Saved as import {batch}. 'debtordesk imports undo' reverts it.",
            "Opgeslagen als import {batch}. 'debtordesk imports undo' maakt hem ongedaan.",
        ),
        "cli.import.error_line": (
            "Row {row}, column '{column}', value '{value}': {message}",
            "Rij {row}, kolom '{column}', waarde '{value}': {message}",
        ),
        "cli.import.error_line_empty": (
            "Row {row}, column '{column}' (empty): {message}",
            "Rij {row}, kolom '{column}' (leeg): {message}",
        ),
        "cli.import.more_errors": (
            "… and {count:|1 more row|# more rows} with errors (--json lists them all).",
            "… en nog {count:|1 rij|# rijen} met fouten (--json toont ze allemaal).",
        ),
        "cli.import.warnings": ("{count} warnings:", "{count} waarschuwingen:"),
        "cli.import.warnings.one": ("1 warning:", "1 waarschuwing:"),
        "cli.import.warning_line": (
            "  {count}×: {message} (first in row {row})",
            "  {count}×: {message} (eerst in rij {row})",
        ),
        "cli.import.more_warnings": (
            "  … and {count:|1 more like it|# more like them} (--json lists them all).",
            "  … en nog {count:|1 zo'n waarschuwing|# zulke waarschuwingen} (--json toont ze allemaal).",
        ),
        "cli.import.warning_line.one": ("  Row {row}: {message}", "  Rij {row}: {message}"),
        # a warning about the whole file (no row), once or of several kinds with one code
        "cli.import.warning_line_file": ("  {message}", "  {message}"),
        "cli.import.warning_line_file_repeated": ("  {count}×: {message}", "  {count}×: {message}"),
        # ------------------------------------------------------------------ history and undo
        "cli.imports.none": ("No imports yet.", "Nog geen imports."),
        "cli.imports.line": (
            "{id}  {when}  {user}  {file}  {kind}, {mode}, {source}  export {export_date}: "
            "invoices {new} new, {updated} changed, {unchanged} unchanged, {closed} closed, "
            "{reopened} reopened, {rejected} rejected; customers {customers_new} new, "
            "{customers_updated} changed",
            "{id}  {when}  {user}  {file}  {kind}, {mode}, {source}  export {export_date}: "
            "facturen {new} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd, {closed} "
            "afgesloten, {reopened} heropend, {rejected} afgewezen; klanten {customers_new} nieuw, "
            "{customers_updated} gewijzigd",
        ),
        # the kind, mode and source of an import in 'debtordesk imports', worded as the import
        # history page and the import wizard word them (--json keeps the ids)
        "cli.imports.kind.open_items": ("open items", "openstaande posten"),
        "cli.imports.kind.customers": ("customer master file", "klantenbestand"),
        "cli.imports.kind.history": ("history of paid invoices", "historie van betaalde facturen"),
        "cli.imports.mode.full": ("full list", "volledige lijst"),
        "cli.imports.mode.delta": ("changes only", "alleen wijzigingen"),
        # the source is the name of the preset the import used; "default" when it used none
        "cli.imports.source.default": ("without a preset", "zonder voorinstelling"),
        "cli.imports.source.preset": ("preset “{name}”", "voorinstelling “{name}”"),
        # {order} is import.date_order.*: "day-month-year (31-12-2026)"
        "cli.imports.date_order": (
            "    dates in numbers read {order}",
            "    datums in cijfers gelezen als {order}",
        ),
        "cli.imports.undone": (
            "    undone on {when} by {user}",
            "    ongedaan gemaakt op {when} door {user}",
        ),
        "cli.undo.needs_yes": (
            "Undoing an import needs a confirmation; without a terminal to ask, add --yes.",
            "Een import ongedaan maken vraagt om bevestiging; zonder terminal om het te vragen, "
            "voeg --yes toe.",
        ),
        "cli.undo.confirm": (
            "Undo the import of {file} ({when}: invoices {new} new, {updated} changed, {closed} "
            "closed)? Only the imported data is reverted; letters sent, calls and notes stay. [y/N]",
            "Het inlezen van {file} ({when}: facturen {new} nieuw, {updated} gewijzigd, {closed} "
            "afgesloten) ongedaan maken? Alleen de ingelezen gegevens worden teruggezet; "
            "verstuurde brieven, gesprekken en notities blijven. [j/N]",
        ),
        "cli.undo.done": (
            "Invoices: {invoices_removed} removed, {invoices_restored} restored. Customers: "
            "{customers_removed} removed, {customers_restored} restored.",
            "Facturen: {invoices_removed} verwijderd, {invoices_restored} teruggezet. Klanten: "
            "{customers_removed} verwijderd, {customers_restored} teruggezet.",
        ),
    }
)
