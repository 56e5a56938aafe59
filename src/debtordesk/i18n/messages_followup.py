"""Messages of a customer's dunning settings (the edit form's dunning fields), the organisation's payment
references and payee name, the hand-over dossier for the collection agency, and prescription warnings
(``debtordesk handover-export``, ``debtordesk prescription``).

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ customer edit
    "customer.field.email_consent": (
        "Legal notices by e-mail",
        "Juridische berichten per e-mail",
    ),
    "customer.field.policy_override_id": ("Own dunning policy", "Eigen aanmaanbeleid"),
    "customer.policy_unknown": (
        "Own dunning policy: the chosen policy (number {policy_id}) no longer exists in this "
        "administration. Reload the form and choose another policy, or 'By segment / default'.",
        "Eigen aanmaanbeleid: het gekozen beleid (nummer {policy_id}) bestaat niet meer in deze "
        "administratie. Laad het formulier opnieuw en kies een ander beleid, of 'Volgens segment / "
        "standaard'.",
    ),
    # ------------------------------------------------------------------ hand-over dossier
    "handover.no_customers": (
        "Name at least one customer number to export a hand-over dossier for.",
        "Noem minstens één klantnummer om een overdrachtsdossier voor te maken.",
    ),
    "handover.unknown_customer": (
        "There is no customer with number '{number}' in the administration {administration}. Check "
        "the number in the customer list.",
        "Er is geen klant met nummer '{number}' in de administratie {administration}. Controleer "
        "het nummer in de klantenlijst.",
    ),
    "handover.folder_unusable": (
        "The dossier cannot be written to the folder {folder}: {reason}. Choose a folder you may "
        "write to, with enough free space.",
        "Het dossier kan niet in de map {folder} worden geschreven: {reason}. Kies een map waarin u "
        "mag schrijven en waar genoeg ruimte is.",
    ),
    "handover.written": (
        "{number} ({name}): {claims} claims, {open} open, written to {path}",
        "{number} ({name}): {claims} vorderingen, {open} open, geschreven naar {path}",
    ),
    "handover.not_handed_over": (
        "Note: {number} is not handed over yet (status: {status}); the dossier was made anyway.",
        "Let op: {number} is nog niet uit handen gegeven (status: {status}); het dossier is toch "
        "gemaakt.",
    ),
    "handover.done": (
        "{count} dossiers written to {folder}.",
        "{count} dossiers geschreven naar {folder}.",
    ),
    "handover.pdf_note": (
        "The PDFs of these letters come from the letter archive (not part of this file); this sheet "
        "lists every step taken.",
        "De pdf's van deze brieven komen uit het brievenarchief (niet in dit bestand); dit blad "
        "noemt elke genomen stap.",
    ),
    "handover.busy": ("Writing the hand-over dossiers…", "De overdrachtsdossiers worden gemaakt…"),
    # ------------------------------------------------------------------ prescription
    "prescription.cli.none": (
        "No open claim prescribes within {days} days of {date}.",
        "Geen openstaande vordering verjaart binnen {days} dagen na {date}.",
    ),
    "prescription.cli.line": (
        "{on}  {customer} {name}  invoice {invoice} ({open} open, due {due}): {warning}",
        "{on}  {customer} {name}  factuur {invoice} ({open} open, vervallen {due}): {warning}",
    ),
    "prescription.cli.total": (
        "{count} claims prescribe within {days} days of {date} (or already have).",
        "{count} vorderingen verjaren binnen {days} dagen na {date} (of zijn al verjaard).",
    ),
    "prescription.within_invalid": (
        "--within: '{value}' is not a number of days. Type a whole number from 0 to 3650, e.g. 90.",
        "--within: '{value}' is geen aantal dagen. Typ een heel getal van 0 tot 3650, bijvoorbeeld "
        "90.",
    ),
}
