"""Messages of reading import files: the file, its columns, and each row. Each code maps to (English, Dutch).

Row messages do not repeat the row number: every issue carries its row, shown beside the message.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ the file
    "import.file_missing": (
        "The file '{file}' does not exist. Check the name and the folder, and choose it again.",
        "Het bestand '{file}' bestaat niet. Controleer de naam en de map, en kies het opnieuw.",
    ),
    "import.not_a_file": (
        "'{file}' is a folder, not a file. Choose the export file inside it.",
        "'{file}' is een map, geen bestand. Kies het exportbestand in die map.",
    ),
    "import.file_locked": (
        "DebtorDesk may not read '{file}': it is locked or you lack permission. Close it in Excel or the "
        "program that has it open (or ask for read permission), then try again.",
        "DebtorDesk mag '{file}' niet lezen: het is vergrendeld of u heeft geen leesrechten. Sluit het in "
        "Excel of het programma dat het open heeft (of vraag leesrechten aan) en probeer het opnieuw.",
    ),
    "import.file_unreadable": (
        "'{file}' could not be read ({detail}). Copy it to your own computer and try again.",
        "'{file}' kon niet worden gelezen ({detail}). Kopieer het naar uw eigen computer en probeer het "
        "opnieuw.",
    ),
    "import.file_too_large": (
        "'{file}' is larger than {limit} MB; that is not an open-items export. Check that you chose the "
        "right file.",
        "'{file}' is groter dan {limit} MB; dat is geen export van openstaande posten. Controleer of u het "
        "juiste bestand heeft gekozen.",
    ),
    "import.file_empty": (
        "'{file}' is empty. Export the list again from your bookkeeping package.",
        "'{file}' is leeg. Exporteer de lijst opnieuw uit uw boekhoudpakket.",
    ),
    "import.file_pdf": (
        "'{file}' is a PDF, not a spreadsheet or CSV. Export the list from your bookkeeping package as "
        "Excel or CSV instead.",
        "'{file}' is een PDF, geen spreadsheet of CSV. Exporteer de lijst uit uw boekhoudpakket als Excel "
        "of CSV.",
    ),
    "import.file_binary": (
        "'{file}' is not a spreadsheet or a CSV file (it holds binary data). Choose the Excel or CSV "
        "export of your open items.",
        "'{file}' is geen spreadsheet en geen CSV-bestand (het bevat binaire gegevens). Kies de Excel- of "
        "CSV-export van uw openstaande posten.",
    ),
    "import.file_not_spreadsheet": (
        "'{file}' is an Office or archive file, but not a spreadsheet. Choose the Excel or CSV export of "
        "your open items.",
        "'{file}' is een Office- of archiefbestand, maar geen spreadsheet. Kies de Excel- of CSV-export "
        "van uw openstaande posten.",
    ),
    "import.file_html": (
        "'{file}' is a web page (HTML) saved with a spreadsheet name. Open it in Excel and save it as an "
        "Excel workbook (.xlsx) or CSV, then import that file.",
        "'{file}' is een webpagina (HTML) met de naam van een spreadsheet. Open het in Excel en sla het op "
        "als Excel-werkmap (.xlsx) of CSV, en importeer dat bestand.",
    ),
    "import.file_xml_spreadsheet": (
        "'{file}' is an old Excel XML spreadsheet (2003). Open it in Excel and save it as an Excel "
        "workbook (.xlsx), then import that file.",
        "'{file}' is een oude Excel-XML-spreadsheet (2003). Open het in Excel en sla het op als "
        "Excel-werkmap (.xlsx), en importeer dat bestand.",
    ),
    # DebtorDesk has no bank statement import (bank reconciliation comes later): payments arrive
    # through the bookkeeping package's open items, and the three bank refusals say so alike
    "import.file_xml": (
        "'{file}' is an XML file (for example a CAMT bank statement), not a list of open items. "
        "DebtorDesk does not read bank statements: it learns of payments from the next export of open "
        "items from your bookkeeping package. Import that export (Excel or CSV) instead.",
        "'{file}' is een XML-bestand (bijvoorbeeld een CAMT-bankafschrift), geen lijst met openstaande "
        "posten. DebtorDesk leest geen bankafschriften: betalingen ziet het in de volgende export van "
        "openstaande posten uit uw boekhoudpakket. Importeer die export (Excel of CSV).",
    ),
    "import.file_mt940": (
        "'{file}' is an MT940 bank statement, not a list of open items. DebtorDesk does not read bank "
        "statements: it learns of payments from the next export of open items from your bookkeeping "
        "package. Import that export (Excel or CSV) instead.",
        "'{file}' is een MT940-bankafschrift, geen lijst met openstaande posten. DebtorDesk leest geen "
        "bankafschriften: betalingen ziet het in de volgende export van openstaande posten uit uw "
        "boekhoudpakket. Importeer die export (Excel of CSV).",
    ),
    "import.file_encoding": (
        "The text in '{file}' cannot be read: it is not UTF-8 and not Windows-1252. Export it again as "
        "CSV in UTF-8.",
        "De tekst in '{file}' is niet leesbaar: het is geen UTF-8 en geen Windows-1252. Exporteer het "
        "opnieuw als CSV in UTF-8.",
    ),
    "import.file_damaged": (
        "'{file}' is damaged or incomplete (perhaps the download or copy was cut short). Export or "
        "download it again.",
        "'{file}' is beschadigd of onvolledig (misschien is het downloaden of kopiëren afgebroken). "
        "Exporteer of download het opnieuw.",
    ),
    "import.file_password": (
        "'{file}' is protected with a password. Open it in Excel, remove the password (File > Info > "
        "Protect Workbook), save it, and import it again.",
        "'{file}' is beveiligd met een wachtwoord. Open het in Excel, verwijder het wachtwoord (Bestand > "
        "Info > Werkmap beveiligen), sla het op en importeer het opnieuw.",
    ),
    "import.file_changed": (
        "'{file}' changed while DebtorDesk was reading it (perhaps the export is still being written). "
        "Wait until the export has finished and choose the file again.",
        "'{file}' is gewijzigd terwijl DebtorDesk het las (misschien wordt de export nog geschreven). "
        "Wacht tot de export klaar is en kies het bestand opnieuw.",
    ),
    "import.file_vanished": (
        "'{file}' disappeared while DebtorDesk was reading it (moved or deleted). Choose the file again.",
        "'{file}' is verdwenen terwijl DebtorDesk het las (verplaatst of verwijderd). Kies het bestand "
        "opnieuw.",
    ),
    "import.csv_damaged": (
        "'{file}' cannot be read as CSV from line {row} on (a quote that is never closed, or a cell of "
        "hundreds of thousands of characters). Export the file again.",
        "'{file}' is vanaf regel {row} niet als CSV te lezen (een aanhalingsteken dat niet wordt "
        "gesloten, of een cel van honderdduizenden tekens). Exporteer het bestand opnieuw.",
    ),
    "import.no_sheets": (
        "The workbook '{file}' has no worksheets with data.",
        "De werkmap '{file}' heeft geen werkbladen met gegevens.",
    ),
    "import.sheet_unknown": (
        "The workbook '{file}' has no sheet '{sheet}'. Its sheets are: {sheets}.",
        "De werkmap '{file}' heeft geen werkblad '{sheet}'. De werkbladen zijn: {sheets}.",
    ),
    "import.sheet_empty": (
        "The sheet '{sheet}' is empty. Choose the sheet that holds the list.",
        "Het werkblad '{sheet}' is leeg. Kies het werkblad met de lijst.",
    ),
    "import.no_data_rows": (
        "'{file}' has column headings but no rows with data below them. Export the list again, with "
        "its rows.",
        "'{file}' heeft kolomkoppen maar geen rijen met gegevens eronder. Exporteer de lijst opnieuw, "
        "met de rijen.",
    ),
    "import.header_row_out_of_range": (
        "Row {row} cannot be the heading row: the sheet has {rows:|1 row|# rows}.",
        "Rij {row} kan niet de kopregel zijn: het werkblad heeft {rows:|1 rij|# rijen}.",
    ),
    "import.status_checking": ("Checking the rows of {file}…", "De rijen van {file} controleren…"),
    # ------------------------------------------------------------------ the columns
    "import.missing_column.invoice_number": (
        "No column with the invoice number was found in '{file}'. Choose which column holds it. "
        "Columns found: {headers}.",
        "In '{file}' is geen kolom met het factuurnummer gevonden. Kies welke kolom het bevat. "
        "Gevonden kolommen: {headers}.",
    ),
    "import.missing_column.amount": (
        "No column with the invoice amount was found in '{file}'. Choose which column holds it. "
        "Columns found: {headers}.",
        "In '{file}' is geen kolom met het factuurbedrag gevonden. Kies welke kolom het bevat. "
        "Gevonden kolommen: {headers}.",
    ),
    "import.missing_column.amount_or_open": (
        "No column with the invoice amount, nor one with the open amount to take it from, was found "
        "in '{file}'. Choose which column holds one of them. Columns found: {headers}.",
        "In '{file}' is geen kolom met het factuurbedrag gevonden, en ook geen kolom met het "
        "openstaande bedrag om het uit over te nemen. Kies welke kolom een van beide bevat. "
        "Gevonden kolommen: {headers}.",
    ),
    "import.missing_column.customer": (
        "No column with the customer number or the customer name was found in '{file}'. Choose which "
        "column holds one of them. Columns found: {headers}.",
        "In '{file}' is geen kolom met het debiteurnummer of de naam van de klant gevonden. Kies welke "
        "kolom een van beide bevat. Gevonden kolommen: {headers}.",
    ),
    "import.missing_column.customer_number": (
        "No column with the customer number was found in '{file}'; a customer file needs it. Choose which "
        "column holds it. Columns found: {headers}.",
        "In '{file}' is geen kolom met het debiteurnummer gevonden; een klantenbestand heeft dat nodig. "
        "Kies welke kolom het bevat. Gevonden kolommen: {headers}.",
    ),
    "import.missing_column.due_date": (
        "No column with the due date, nor one with the invoice date to work it out from, was found in "
        "'{file}'. Choose which column holds one of them. Columns found: {headers}.",
        "In '{file}' is geen kolom met de vervaldatum gevonden, en ook geen factuurdatum om die uit af te "
        "leiden. Kies welke kolom een van beide bevat. Gevonden kolommen: {headers}.",
    ),
    "import.missing_column.paid_date": (
        "No column with the date of payment was found in '{file}'; a payment history needs it. Choose "
        "which column holds it. Columns found: {headers}.",
        "In '{file}' is geen kolom met de betaaldatum gevonden; een betaalhistorie heeft die nodig. Kies "
        "welke kolom die bevat. Gevonden kolommen: {headers}.",
    ),
    "import.bank_statement": (
        "'{file}' looks like a bank statement, not a list of open items (columns found: {headers}). "
        "DebtorDesk does not read bank statements: it learns of payments from the next export of open "
        "items from your bookkeeping package. Import that export (Excel or CSV) instead.",
        "'{file}' lijkt een bankafschrift, geen lijst met openstaande posten (gevonden kolommen: "
        "{headers}). DebtorDesk leest geen bankafschriften: betalingen ziet het in de volgende export "
        "van openstaande posten uit uw boekhoudpakket. Importeer die export (Excel of CSV).",
    ),
    "import.mapping_unknown_column": (
        "The column '{column}' chosen for {field} is not in this file. Columns found: {headers}.",
        "De kolom '{column}' die voor {field} is gekozen, staat niet in dit bestand. Gevonden kolommen: "
        "{headers}.",
    ),
    "import.due_date_derived_all": (
        "The file has no due dates: each due date is the invoice date plus {days:|1 day|# days} "
        "(the payment term in the settings).",
        "Het bestand heeft geen vervaldatums: elke vervaldatum is de factuurdatum plus "
        "{days:|1 dag|# dagen} (de betaaltermijn uit de instellingen).",
    ),
    "import.open_amount_derived_all": (
        "The file has no open amounts: each invoice is taken as wholly unpaid (open amount = invoice "
        "amount).",
        "Het bestand heeft geen openstaande bedragen: elke factuur geldt als geheel onbetaald "
        "(openstaand = factuurbedrag).",
    ),
    "import.amount_from_open_all": (
        "The file has no invoice amounts: each invoice amount is its open amount from column "
        "'{column}'. An invoice that was partly paid before it was first imported shows only what is "
        "still open as its amount.",
        "Het bestand heeft geen factuurbedragen: elk factuurbedrag is het openstaande bedrag uit "
        "kolom '{column}'. Een factuur die al deels betaald was toen hij voor het eerst werd "
        "ingelezen, heeft alleen het nog openstaande deel als bedrag.",
    ),
    "import.open_amount_from_paid_all": (
        "The file has no open amounts: each open amount is the invoice amount minus the amount paid.",
        "Het bestand heeft geen openstaande bedragen: elk openstaand bedrag is het factuurbedrag min het "
        "betaalde bedrag.",
    ),
    "import.customers_keyed_by_name_all": (
        "The file has no customer numbers: customers are recognised by their name. Two customers with "
        "the same name become one; add a customer number column to the export if that can happen.",
        "Het bestand heeft geen debiteurnummers: klanten worden op naam herkend. Twee klanten met "
        "dezelfde naam worden één klant; voeg een kolom met debiteurnummers aan de export toe als dat "
        "kan voorkomen.",
    ),
    "import.more_warnings": (
        "{count:|1 more row|# more rows} in column '{column}' {count:|has|have} the same warning as "
        "row {first_row}; {count:|it is|they are} not listed one by one.",
        "Nog {count:|1 rij|# rijen} in kolom '{column}' {count:|heeft|hebben} dezelfde waarschuwing als "
        "rij {first_row}; {count:|die wordt|die worden} niet afzonderlijk getoond.",
    ),
}

MESSAGES.update(
    {
        # -------------------------------------------------------------- errors: the row is not imported
        "import.missing_invoice_number": (
            "This row has no invoice number, so it cannot be imported. Fill in the invoice number in "
            "the export.",
            "Deze rij heeft geen factuurnummer en kan daarom niet worden geïmporteerd. Vul het "
            "factuurnummer in de export in.",
        ),
        "import.missing_amount": (
            "This row has no invoice amount (column '{column}'), so it cannot be imported.",
            "Deze rij heeft geen factuurbedrag (kolom '{column}') en kan daarom niet worden "
            "geïmporteerd.",
        ),
        "import.bad_amount": (
            "'{value}' in column '{column}' is not an amount. Write it like 1234,56 or 1.234,56; the row "
            "is not imported.",
            "'{value}' in kolom '{column}' is geen bedrag. Schrijf het als 1234,56 of 1.234,56; de rij "
            "wordt niet geïmporteerd.",
        ),
        "import.bad_date": (
            "'{value}' in column '{column}' is not a date. Write it like 31-12-2026; the row is not "
            "imported.",
            "'{value}' in kolom '{column}' is geen datum. Schrijf het als 31-12-2026; de rij wordt niet "
            "geïmporteerd.",
        ),
        "import.bad_date_time": (
            "'{value}' in column '{column}' is a time or a duration (hours:minutes:seconds), not a "
            "date. Check that this column holds dates such as 31-12-2026; the row is not imported.",
            "'{value}' in kolom '{column}' is een tijd of een tijdsduur (uren:minuten:seconden), geen "
            "datum. Controleer of deze kolom datums bevat zoals 31-12-2026; de rij wordt niet "
            "geïmporteerd.",
        ),
        "import.bad_currency": (
            "'{value}' in column '{column}' is not a currency code (such as EUR). The row is not "
            "imported.",
            "'{value}' in kolom '{column}' is geen valutacode (zoals EUR). De rij wordt niet "
            "geïmporteerd.",
        ),
        "import.currency_mismatch": (
            "The amount is in {amount_currency}, but column '{column}' says '{value}'. Correct one of "
            "them; the row is not imported.",
            "Het bedrag is in {amount_currency}, maar kolom '{column}' zegt '{value}'. Verbeter een van "
            "beide; de rij wordt niet geïmporteerd.",
        ),
        "import.missing_due_date": (
            "This row has neither a due date nor an invoice date to work it out from. The row is not "
            "imported.",
            "Deze rij heeft geen vervaldatum en ook geen factuurdatum om die uit af te leiden. De rij "
            "wordt niet geïmporteerd.",
        ),
        "import.missing_paid_date": (
            "This row has no date of payment; a payment history only holds paid invoices. The row is "
            "not imported.",
            "Deze rij heeft geen betaaldatum; een betaalhistorie bevat alleen betaalde facturen. De rij "
            "wordt niet geïmporteerd.",
        ),
        "import.history_still_open": (
            "This invoice still has {value} open; a payment history only holds paid invoices. Import "
            "it with the open items instead.",
            "Op deze factuur staat nog {value} open; een betaalhistorie bevat alleen betaalde facturen. "
            "Importeer hem bij de openstaande posten.",
        ),
        "import.missing_customer": (
            "This row has neither a customer number nor a customer name. The row is not imported.",
            "Deze rij heeft geen debiteurnummer en geen klantnaam. De rij wordt niet geïmporteerd.",
        ),
        "import.missing_customer_number": (
            "This row has no customer number. The row is not imported.",
            "Deze rij heeft geen debiteurnummer. De rij wordt niet geïmporteerd.",
        ),
        "import.open_amount_sign": (
            "The open amount {open} has the opposite sign of the invoice amount {amount} (a credit note "
            "has a negative open amount, an invoice a positive one). The row is not imported.",
            "Het openstaande bedrag {open} heeft het tegengestelde teken van het factuurbedrag {amount} "
            "(een creditnota heeft een negatief openstaand bedrag, een factuur een positief). De rij "
            "wordt niet geïmporteerd.",
        ),
        "import.open_amount_too_large": (
            "The open amount {open} is larger than the invoice amount {amount}. The row is not imported.",
            "Het openstaande bedrag {open} is groter dan het factuurbedrag {amount}. De rij wordt niet "
            "geïmporteerd.",
        ),
        "import.value_too_long": (
            "The value in column '{column}' is {length} characters long; at most {limit} fit. It is "
            "probably in the wrong column; the row is not imported.",
            "De waarde in kolom '{column}' is {length} tekens lang; er passen er hoogstens {limit}. "
            "Waarschijnlijk staat hij in de verkeerde kolom; de rij wordt niet geïmporteerd.",
        ),
        "import.number_scientific": (
            "'{value}' in column '{column}' was turned into scientific notation by Excel, so the real "
            "number is lost. Format the column as text in Excel and export again; the row is not "
            "imported.",
            "'{value}' in kolom '{column}' is door Excel omgezet in wetenschappelijke notatie, waardoor "
            "het echte nummer verloren is. Maak de kolom in Excel tekst en exporteer opnieuw; de rij "
            "wordt niet geïmporteerd.",
        ),
        "import.duplicate_conflict": (
            "Invoice {number} with due date {due_date} appears more than once with different contents "
            "(rows {rows}). None of these rows is imported; correct the export.",
            "Factuur {number} met vervaldatum {due_date} komt meer dan eens voor met verschillende "
            "gegevens (rijen {rows}). Geen van deze rijen wordt geïmporteerd; verbeter de export.",
        ),
    }
)

MESSAGES.update(
    {
        # -------------------------------------------------------------- warnings: the row is imported
        "import.total_row_skipped": (
            "Row {row_number} is a totals row; it was skipped.",
            "Rij {row_number} is een totaalregel; die is overgeslagen.",
        ),
        "import.duplicate_dropped": (
            "Invoice {number} is the same as in row {first_row}; this repeat was left out.",
            "Factuur {number} is gelijk aan die in rij {first_row}; deze herhaling is weggelaten.",
        ),
        "import.amount_rounded": (
            "'{value}' in column '{column}' has more than two decimals; it was rounded to {rounded}.",
            "'{value}' in kolom '{column}' heeft meer dan twee decimalen; het is afgerond op {rounded}.",
        ),
        "import.due_date_derived": (
            "No due date: the invoice date plus {days:|1 day|# days} was used.",
            "Geen vervaldatum: de factuurdatum plus {days:|1 dag|# dagen} is gebruikt.",
        ),
        "import.due_before_invoice_date": (
            "The due date lies before the invoice date. Check both dates.",
            "De vervaldatum ligt vóór de factuurdatum. Controleer beide datums.",
        ),
        "import.open_amount_derived": (
            "No open amount: the whole invoice amount is taken as open.",
            "Geen openstaand bedrag: het hele factuurbedrag geldt als openstaand.",
        ),
        "import.foreign_currency": (
            "{count:|1 invoice is|# invoices are} in {currency} ({count:|in|the first in} row "
            "{first_row}); {count:|it is|they are} imported in {currency}, without conversion to euros.",
            "{count:|1 factuur is|# facturen zijn} in {currency} ({count:|in|de eerste in} rij "
            "{first_row}); {count:|hij wordt|ze worden} in {currency} geïmporteerd, zonder omrekening "
            "naar euro's.",
        ),
        "import.unknown_payment_method": (
            "'{value}' in column '{column}' is not a payment method DebtorDesk knows (incasso or "
            "overschrijving); left empty for {count:|1 row|# rows}.",
            "'{value}' in kolom '{column}' is geen betaalwijze die DebtorDesk kent (incasso of "
            "overschrijving); leeg gelaten voor {count:|1 rij|# rijen}.",
        ),
        "import.text_truncated": (
            "The text in column '{column}' is longer than {limit} characters; it was cut off there.",
            "De tekst in kolom '{column}' is langer dan {limit} tekens; hij is daar afgekapt.",
        ),
        "import.customer_number_from_name": (
            "No customer number: the customer with the same name elsewhere in the file ({number}) was "
            "used.",
            "Geen debiteurnummer: de klant met dezelfde naam elders in het bestand ({number}) is "
            "gebruikt.",
        ),
        "import.customer_keyed_by_name": (
            "No customer number: the customer is recognised by name.",
            "Geen debiteurnummer: de klant wordt op naam herkend.",
        ),
        "import.customer_conflict": (
            "Customer {customer}: column '{column}' says '{value}' here but '{first}' in row "
            "{first_row}; the value of row {first_row} is kept.",
            "Klant {customer}: kolom '{column}' zegt hier '{value}' maar '{first}' in rij {first_row}; "
            "de waarde van rij {first_row} wordt aangehouden.",
        ),
        "import.mobile_is_landline": (
            "'{value}' in column '{column}' is a landline number, not a mobile number: it cannot "
            "receive text messages. It is kept as the landline number.",
            "'{value}' in kolom '{column}' is een vast nummer, geen mobiel nummer: het kan geen sms "
            "ontvangen. Het is bewaard als vast nummer.",
        ),
        "import.value_too_long_left_out": (
            "'{value}' in column '{column}' is longer than {limit} characters, so it cannot be right; "
            "it was left out.",
            "'{value}' in kolom '{column}' is langer dan {limit} tekens en kan dus niet kloppen; het is "
            "weggelaten.",
        ),
        "import.date_order_assumed": (
            "Dates such as '{value}' in column '{column}' can be read day first or month first, and "
            "no date in the file shows which. All dates were read day first (day-month-year): in "
            "'{value}', {day} is the day and {month} the month. If your bookkeeping package puts the "
            "month first, choose the date order month-day-year and check the dates again: in the "
            "import wizard under 'Dates in the file' on the page 'Check before importing' (saved "
            "with the preset), or with --date-order mdy on the command line (kept by "
            "--save-preset).",
            "Datums zoals '{value}' in kolom '{column}' kunnen met de dag of met de maand voorop "
            "gelezen worden, en geen datum in het bestand laat zien welke van de twee. Alle datums "
            "zijn gelezen met de dag voorop (dag-maand-jaar): in '{value}' is {day} de dag en "
            "{month} de maand. Zet uw boekhoudpakket de maand voorop, kies dan de datumvolgorde "
            "maand-dag-jaar en controleer de datums opnieuw: in de importwizard bij 'Datums in het "
            "bestand' op de pagina 'Controleer voor het importeren' (wordt met de voorinstelling "
            "bewaard), of met --date-order mdy op de opdrachtregel (bewaard met --save-preset).",
        ),
        # the date order chosen for an import, in words (the CLI says which order it read)
        "import.date_order.dmy": ("day-month-year (31-12-2026)", "dag-maand-jaar (31-12-2026)"),
        "import.date_order.mdy": ("month-day-year (12/31/2026)", "maand-dag-jaar (12/31/2026)"),
        "import.date_order.ymd": ("year-month-day (2026-12-31)", "jaar-maand-dag (2026-12-31)"),
        # a date in numbers that is no date read in the order chosen for the import (31/12/2026 or
        # 13/31/2026 read month first)
        "import.date_order_mismatch.dmy": (
            "'{value}' in column '{column}' is not a date when read in the date order chosen "
            "for this import, day-month-year (31-12-2026). Check the chosen date order or "
            "correct the file; the row is not imported.",
            "'{value}' in kolom '{column}' is geen datum als het gelezen wordt in de "
            "datumvolgorde die voor deze import is gekozen, dag-maand-jaar (31-12-2026). Controleer "
            "de gekozen datumvolgorde of verbeter het bestand; de rij wordt niet geïmporteerd.",
        ),
        "import.date_order_mismatch.mdy": (
            "'{value}' in column '{column}' is not a date when read in the date order chosen "
            "for this import, month-day-year (12/31/2026). Check the chosen date order or "
            "correct the file; the row is not imported.",
            "'{value}' in kolom '{column}' is geen datum als het gelezen wordt in de "
            "datumvolgorde die voor deze import is gekozen, maand-dag-jaar (12/31/2026). Controleer "
            "de gekozen datumvolgorde of verbeter het bestand; de rij wordt niet geïmporteerd.",
        ),
        "import.date_order_mismatch.ymd": (
            "'{value}' in column '{column}' is not a date when read in the date order chosen "
            "for this import, year-month-day (2026-12-31). Check the chosen date order or "
            "correct the file; the row is not imported.",
            "'{value}' in kolom '{column}' is geen datum als het gelezen wordt in de "
            "datumvolgorde die voor deze import is gekozen, jaar-maand-dag (2026-12-31). Controleer "
            "de gekozen datumvolgorde of verbeter het bestand; de rij wordt niet geïmporteerd.",
        ),
        "import.bad_date_left_out": (
            "'{value}' in column '{column}' is not a date; it was left out.",
            "'{value}' in kolom '{column}' is geen datum; het is weggelaten.",
        ),
        "import.unknown_customer_type": (
            "'{value}' in column '{column}' is not a customer type DebtorDesk knows (particulier or "
            "zakelijk); left empty for {count:|1 customer|# customers}, "
            "{count:|who is treated as a consumer|who are treated as consumers} unless the name shows a "
            "legal form such as B.V.",
            "'{value}' in kolom '{column}' is geen klantsoort die DebtorDesk kent (particulier of "
            "zakelijk); leeg gelaten voor {count:|1 klant|# klanten}, "
            "die als consument {count:|geldt|gelden} tenzij de naam een rechtsvorm zoals B.V. bevat.",
        ),
        "import.unknown_language": (
            "'{value}' in column '{column}' is not a language DebtorDesk writes in (Dutch or English); "
            "left empty for {count:|1 customer|# customers}, who "
            "{count:|gets|get} the default language.",
            "'{value}' in kolom '{column}' is geen taal waarin DebtorDesk schrijft (Nederlands of "
            "Engels); leeg gelaten voor {count:|1 klant|# klanten}, "
            "die de standaardtaal {count:|krijgt|krijgen}.",
        ),
        "import.unknown_channel": (
            "'{value}' in column '{column}' is not a channel DebtorDesk knows (sms, e-mail, brief or "
            "bellen); left empty for {count:|1 customer|# customers}.",
            "'{value}' in kolom '{column}' is geen kanaal dat DebtorDesk kent (sms, e-mail, brief of "
            "bellen); leeg gelaten voor {count:|1 klant|# klanten}.",
        ),
        "import.unknown_claim_type": (
            "'{value}' in column '{column}' is not a kind of claim DebtorDesk knows (consumentenkoop "
            "or overig); left empty for {count:|1 customer|# customers}.",
            "'{value}' in kolom '{column}' is geen soort vordering die DebtorDesk kent "
            "(consumentenkoop of overig); leeg gelaten voor {count:|1 klant|# klanten}.",
        ),
        "import.bad_payment_day": (
            "'{value}' in column '{column}' is not a day of the month (1 to 31); left empty for "
            "{count:|1 customer|# customers}.",
            "'{value}' in kolom '{column}' is geen dag van de maand (1 tot en met 31); leeg gelaten "
            "voor {count:|1 klant|# klanten}.",
        ),
        "import.unknown_yes_no": (
            "'{value}' in column '{column}' is not yes or no (ja/nee, 1/0, x); left empty for "
            "{count:|1 customer|# customers}.",
            "'{value}' in kolom '{column}' is geen ja of nee (ja/nee, 1/0, x); leeg gelaten voor "
            "{count:|1 klant|# klanten}.",
        ),
        "import.unknown_country": (
            "'{value}' in column '{column}' is not a country DebtorDesk recognises (such as NL or "
            "Nederland); left empty for {count:|1 customer|# customers}.",
            "'{value}' in kolom '{column}' is geen land dat DebtorDesk herkent (zoals NL of Nederland); "
            "leeg gelaten voor {count:|1 klant|# klanten}.",
        ),
    }
)
