"""Messages of the data layer: database location, locking, migrations, backup and restore."""

MESSAGES: dict[str, tuple[str, str]] = {
    "db.locked": (
        "The database is busy: another DebtorDesk kept it locked for more than {seconds} seconds. "
        "Wait a moment and try again; nothing was saved.",
        "De database is bezet: een andere DebtorDesk hield haar langer dan {seconds} seconden vast. "
        "Wacht even en probeer het opnieuw; er is niets opgeslagen.",
    ),
    "db.network_share": (
        "The database file {path} is on a network drive ({fs}). SQLite databases get damaged on "
        "network drives. Keep the file on this computer, or let the team share a PostgreSQL database "
        "(team mode) with --db postgresql://…",
        "Het databasebestand {path} staat op een netwerkschijf ({fs}). SQLite-databases raken "
        "beschadigd op netwerkschijven. Zet het bestand op deze computer, of deel met het team een "
        "PostgreSQL-database (teammodus) met --db postgresql://…",
    ),
    "db.unreachable": (
        "Cannot connect to the database {url}: {detail}. Check that the server runs and the address "
        "is right.",
        "Kan geen verbinding maken met de database {url}: {detail}. Controleer of de server draait en "
        "het adres klopt.",
    ),
    "db.newer_schema": (
        "This database was made by a newer DebtorDesk (schema {revision}). Install the newer version; "
        "this one will not touch it.",
        "Deze database is gemaakt met een nieuwere DebtorDesk (schema {revision}). Installeer de "
        "nieuwere versie; deze versie laat haar ongemoeid.",
    ),
    "db.not_debtordesk": (
        "{path} is not a DebtorDesk database.",
        "{path} is geen DebtorDesk-database.",
    ),
    "db.bad_url": (
        "'{url}' is not a database address DebtorDesk understands. Use a file path, "
        "sqlite:///path/file.sqlite or postgresql://user@host/database.",
        "'{url}' is geen databaseadres dat DebtorDesk begrijpt. Gebruik een bestandspad, "
        "sqlite:///pad/bestand.sqlite of postgresql://gebruiker@server/database.",
    ),
    "db.conflict": (
        "Someone else changed {what} while you were editing it. Your change was not saved; "
        "reload and try again.",
        "Iemand anders heeft {what} gewijzigd terwijl u het bewerkte. Uw wijziging is niet "
        "opgeslagen; laad opnieuw en probeer het nog eens.",
    ),
    "db.readonly": (
        "The database {path} is read-only. Check the file's permissions.",
        "De database {path} is alleen-lezen. Controleer de rechten van het bestand.",
    ),
    "db.corrupt": (
        "The database {path} is damaged ({detail}). Restore the latest backup (File > Restore…).",
        "De database {path} is beschadigd ({detail}). Zet de laatste back-up terug "
        "(Bestand > Back-up terugzetten…).",
    ),
    "db.not_a_database": (
        "{path} is not a DebtorDesk database, or it is damaged. Choose the right file; if it is yours, "
        "restore the latest backup.",
        "{path} is geen DebtorDesk-database, of het bestand is beschadigd. Kies het juiste bestand; is "
        "het van u, zet dan de laatste back-up terug.",
    ),
    "db.folder_missing": (
        "The folder {folder} does not exist, so there is no database {path}. Check the path (a "
        "typing error?). Nothing was created; for a new database there, create the folder first.",
        "De map {folder} bestaat niet, dus er is geen database {path}. Controleer het pad (een "
        "tikfout?). Er is niets aangemaakt; maak voor een nieuwe database daar eerst de map aan.",
    ),
    "db.folder_missing.environment": (
        "The folder {folder} does not exist, so there is no database {path} (named in the "
        "environment variable DEBTORDESK_DB). Check the variable (a typing error? a drive not "
        "connected?). Nothing was created; for a new database there, create the folder first.",
        "De map {folder} bestaat niet, dus er is geen database {path} (genoemd in de "
        "omgevingsvariabele DEBTORDESK_DB). Controleer de variabele (een tikfout? een schijf die "
        "niet is aangesloten?). Er is niets aangemaakt; maak voor een nieuwe database daar eerst "
        "de map aan.",
    ),
    "db.folder_missing.workstation": (
        "The folder {folder} does not exist, so there is no database {path}, the database chosen "
        "on this computer. Is the drive that holds it not connected, or was the folder moved or "
        "renamed? Nothing was created. Connect the drive or put the folder back. To use another "
        "database, change database_url in {settings} (empty: the standard database in the data "
        "folder), or start DebtorDesk with --db and the database.",
        "De map {folder} bestaat niet, dus er is geen database {path}, de database die op deze "
        "computer is gekozen. Is de schijf waarop die staat niet aangesloten, of is de map "
        "verplaatst of hernoemd? Er is niets aangemaakt. Sluit de schijf aan of zet de map terug. "
        "Wilt u een andere database gebruiken, wijzig dan database_url in {settings} (leeg: de "
        "standaarddatabase in de gegevensmap), of start DebtorDesk met --db en de database.",
    ),
    "db.cannot_create": (
        "Cannot create the database {path}: a file is in the way of its folder. Choose another place.",
        "Kan de database {path} niet aanmaken: er staat een bestand in de weg van de map. Kies een "
        "andere plek.",
    ),
}
