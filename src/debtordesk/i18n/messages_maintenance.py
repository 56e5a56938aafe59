"""Messages of maintenance: backup, restore and the demo database.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ backup
    "backup.done": (
        "Backup saved: {path} ({size} bytes, {archive_files:|1 letter archive file|# letter archive files}).",
        "Back-up opgeslagen: {path} ({size} bytes, {archive_files:|1 bestand|# bestanden} uit het "
        "briefarchief).",
    ),
    "backup.postgresql": (
        "This is a team database on a PostgreSQL server ({url}). DebtorDesk backs up only database "
        "files on this computer; a server database is backed up with the server's own tools. Ask "
        'your administrator, or run: pg_dump --format=custom --file=debtordesk.dump "{url}" '
        "(and pg_restore to put it back).",
        "Dit is een teamdatabase op een PostgreSQL-server ({url}). DebtorDesk maakt alleen back-ups "
        "van databasebestanden op deze computer; van een serverdatabase maakt u een back-up met de "
        "hulpmiddelen van de server. Vraag het uw beheerder, of voer uit: pg_dump --format=custom "
        '--file=debtordesk.dump "{url}" (en pg_restore om hem terug te zetten).',
    ),
    "backup.source_missing": (
        "The database file {path} does not exist, so there is nothing to back up.",
        "Het databasebestand {path} bestaat niet, dus er is niets om een back-up van te maken.",
    ),
    "backup.copy_damaged": (
        "The copy of the database {path} failed the integrity check ({detail}): the database itself "
        "may be damaged. No backup was saved. Restore the latest good backup (File > Restore…).",
        "De kopie van de database {path} kwam niet door de controle ({detail}): de database zelf is "
        "mogelijk beschadigd. Er is geen back-up opgeslagen. Zet de laatste goede back-up terug "
        "(Bestand > Back-up terugzetten…).",
    ),
    "backup.write_failed": (
        "The backup could not be written in {path} ({detail}). No backup was saved; check that the "
        "folder exists and that you may write in it.",
        "De back-up kon niet worden geschreven in {path} ({detail}). Er is geen back-up opgeslagen; "
        "controleer of de map bestaat en of u erin mag schrijven.",
    ),
    # ------------------------------------------------------------------ restore
    "restore.postgresql": (
        "This is a team database on a PostgreSQL server ({url}). DebtorDesk restores only database "
        "files on this computer; a server database is restored with the server's own tools, e.g. "
        'pg_restore --clean --dbname="{url}" debtordesk.dump. Ask your administrator.',
        "Dit is een teamdatabase op een PostgreSQL-server ({url}). DebtorDesk zet alleen "
        "databasebestanden op deze computer terug; een serverdatabase zet u terug met de "
        'hulpmiddelen van de server, bijvoorbeeld pg_restore --clean --dbname="{url}" '
        "debtordesk.dump. Vraag het uw beheerder.",
    ),
    "restore.not_found": (
        "The backup file {path} does not exist. Nothing was changed.",
        "Het back-upbestand {path} bestaat niet. Er is niets gewijzigd.",
    ),
    "restore.not_a_zip": (
        "{path} is not a DebtorDesk backup: it is not a ZIP file, or it is damaged. Nothing was "
        "changed.",
        "{path} is geen DebtorDesk-back-up: het is geen ZIP-bestand, of het is beschadigd. Er is "
        "niets gewijzigd.",
    ),
    "restore.no_manifest": (
        "{path} is a ZIP file but not a DebtorDesk backup (it has no manifest.json). Nothing was "
        "changed.",
        "{path} is een ZIP-bestand maar geen DebtorDesk-back-up (er zit geen manifest.json in). Er "
        "is niets gewijzigd.",
    ),
    "restore.not_a_backup": (
        "{path} is not a DebtorDesk backup (its manifest.json belongs to something else). Nothing "
        "was changed.",
        "{path} is geen DebtorDesk-back-up (de manifest.json hoort bij iets anders). Er is niets "
        "gewijzigd.",
    ),
    "restore.bad_manifest": (
        "The backup {path} has an unreadable manifest.json: the file is damaged or was altered. "
        "Nothing was changed; try an older backup.",
        "De back-up {path} heeft een onleesbare manifest.json: het bestand is beschadigd of "
        "gewijzigd. Er is niets gewijzigd; probeer een oudere back-up.",
    ),
    "restore.newer_format": (
        "The backup {path} was made by a newer DebtorDesk (backup format {version}). Install that "
        "version to restore it. Nothing was changed.",
        "De back-up {path} is gemaakt met een nieuwere DebtorDesk (back-upformaat {version}). "
        "Installeer die versie om hem terug te zetten. Er is niets gewijzigd.",
    ),
    "restore.member_missing": (
        "The backup {path} is incomplete: {member} is missing. Nothing was changed; try an older "
        "backup.",
        "De back-up {path} is onvolledig: {member} ontbreekt. Er is niets gewijzigd; probeer een "
        "oudere back-up.",
    ),
    "restore.member_unexpected": (
        "The backup {path} contains {member}, which its manifest does not allow: the file was "
        "altered. Nothing was changed.",
        "De back-up {path} bevat {member}, wat volgens het manifest niet mag: het bestand is "
        "gewijzigd. Er is niets gewijzigd.",
    ),
    "restore.checksum_mismatch": (
        "The backup {path} is damaged: {member} does not match its checksum. Nothing was changed; "
        "try an older backup.",
        "De back-up {path} is beschadigd: {member} klopt niet met de controlesom. Er is niets "
        "gewijzigd; probeer een oudere back-up.",
    ),
    "restore.damaged": (
        "The backup {path} is damaged ({detail}). Nothing was changed; try an older backup.",
        "De back-up {path} is beschadigd ({detail}). Er is niets gewijzigd; probeer een oudere "
        "back-up.",
    ),
    "restore.database_damaged": (
        "The database inside the backup {path} fails the integrity check ({detail}). Nothing was "
        "changed; try an older backup.",
        "De database in de back-up {path} komt niet door de controle ({detail}). Er is niets "
        "gewijzigd; probeer een oudere back-up.",
    ),
    "restore.not_debtordesk": (
        "The database inside {path} is not a DebtorDesk database. Nothing was changed.",
        "De database in {path} is geen DebtorDesk-database. Er is niets gewijzigd.",
    ),
    "restore.newer_schema": (
        "The backup {path} was made by a newer DebtorDesk (schema {revision}). Install that version "
        "to restore it. Nothing was changed.",
        "De back-up {path} is gemaakt met een nieuwere DebtorDesk (schema {revision}). Installeer "
        "die versie om hem terug te zetten. Er is niets gewijzigd.",
    ),
    "restore.in_use": (
        "The database {path} is still in use by a DebtorDesk (on this or another computer). Close "
        "every DebtorDesk that uses it and try again. Nothing was changed.",
        "De database {path} is nog in gebruik door een DebtorDesk (op deze of een andere computer). "
        "Sluit elke DebtorDesk die haar gebruikt en probeer het opnieuw. Er is niets gewijzigd.",
    ),
    "restore.summary": (
        "Backup {path}: made {created} by DebtorDesk {version}, schema {revision}, from {source}; "
        "{archive_files:|1 letter archive file|# letter archive files}.",
        "Back-up {path}: gemaakt op {created} door DebtorDesk {version}, schema {revision}, van "
        "{source}; {archive_files:|1 bestand|# bestanden} uit het briefarchief.",
    ),
    "restore.confirm": (
        "Restore this backup over the database {database}? The current database and letter archive "
        "are replaced; a safety copy of them is kept in {folder}. Type yes to continue: ",
        "Deze back-up terugzetten over de database {database}? De huidige database en het "
        "briefarchief worden vervangen; een veiligheidskopie ervan blijft bewaard in {folder}. "
        "Typ ja om door te gaan: ",
    ),
    "restore.confirm_needed": (
        "Restoring replaces the database {database}. There is no terminal to ask for confirmation: "
        "add --yes to confirm. Nothing was changed.",
        "Terugzetten vervangt de database {database}. Er is geen terminal om om bevestiging te "
        "vragen: voeg --yes toe om te bevestigen. Er is niets gewijzigd.",
    ),
    "restore.declined": (
        "Not restored; nothing was changed.",
        "Niet teruggezet; er is niets gewijzigd.",
    ),
    "restore.done": (
        "Restored the backup of {created} into {database} "
        "({archive_files:|1 letter archive file|# letter archive files}). "
        "The previous database and archive are kept in {safety}.",
        "De back-up van {created} is teruggezet in {database} "
        "({archive_files:|1 bestand|# bestanden} uit het briefarchief). De vorige database en het archief "
        "zijn bewaard in {safety}.",
    ),
    "restore.done_fresh": (
        "Restored the backup of {created} into {database} "
        "({archive_files:|1 letter archive file|# letter archive files}). "
        "There was no database there before.",
        "De back-up van {created} is teruggezet in {database} "
        "({archive_files:|1 bestand|# bestanden} uit het briefarchief). Daar stond nog geen database.",
    ),
    # ------------------------------------------------------------------ demo database
    "demo.created": (
        "Demo database created: {path} ({customers:|1 customer|# customers}, "
        "{invoices:|1 invoice|# invoices}, {overdue} of "
        "them overdue).",
        "Demodatabase gemaakt: {path} ({customers:|1 klant|# klanten}, {invoices:|1 factuur|# facturen}, "
        "waarvan {overdue} "
        "achterstallig).",
    ),
    "demo.reopened": (
        "The demo database {path} already exists; it is opened as it is "
        "({customers:|1 customer|# customers}, {invoices:|1 invoice|# invoices}).",
        "De demodatabase {path} bestaat al; ze wordt geopend zoals ze is "
        "({customers:|1 klant|# klanten}, {invoices:|1 factuur|# facturen}).",
    ),
    "demo.cli_hint": (
        "The other commands use your own database unless told otherwise; for the demo add --db, "
        "e.g. debtordesk --db {path} queue",
        "De andere opdrachten gebruiken uw eigen database, tenzij u iets anders zegt; voor de demo "
        "voegt u --db toe, bijv. debtordesk --db {path} queue",
    ),
    "demo.samples": (
        "Sample files to try the import with: {folder}",
        "Voorbeeldbestanden om het importeren mee te proberen: {folder}",
    ),
    "demo.not_empty": (
        "{path} already holds customers or invoices. The demo is only made in a new or empty "
        "database, so nothing was changed. Leave out --db to use the demo file {demo_path}, or "
        "choose a new file.",
        "{path} bevat al klanten of facturen. De demo wordt alleen in een nieuwe of lege database "
        "gemaakt, dus er is niets gewijzigd. Laat --db weg om het demobestand {demo_path} te "
        "gebruiken, of kies een nieuw bestand.",
    ),
    "demo.needs_sqlite": (
        "The demo database is a file on this computer; {url} is a server address. Give a file path "
        "with --db, or leave --db out.",
        "De demodatabase is een bestand op deze computer; {url} is een serveradres. Geef een "
        "bestandspad met --db, of laat --db weg.",
    ),
    "demo.samples_failed": (
        "The demo database is ready, but the sample import files could not be written in {folder} "
        "({detail}).",
        "De demodatabase is klaar, maar de voorbeeldbestanden voor het importeren konden niet "
        "worden geschreven in {folder} ({detail}).",
    ),
    "demo.progress.generating": (
        "Making up the demo customers and invoices…",
        "Demoklanten en -facturen bedenken…",
    ),
    "demo.progress.customers": ("Saving the demo customers…", "Demoklanten opslaan…"),
    "demo.progress.invoices": ("Saving the demo invoices…", "Demofacturen opslaan…"),
    "demo.progress.files": ("Writing the sample import files…", "Voorbeeldbestanden schrijven…"),
    "demo.event.customer_created": (
        "Became a customer ({segment}).",
        "Klant geworden ({segment}).",
    ),
    "demo.event.invoice_paid": (
        "Invoice {number} paid on {date}.",
        "Factuur {number} betaald op {date}.",
    ),
    "demo.event.storno": (
        "The direct debit of invoice {number} was reversed (storno); the invoice is open again.",
        "De incasso van factuur {number} is gestorneerd; de factuur staat weer open.",
    ),
}
