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
        "{number} ({name}): {claims:|# claim|# claims}, {open} open, written to {path}",
        "{number} ({name}): {claims:|# vordering|# vorderingen}, {open} open, geschreven naar "
        "{path}",
    ),
    # the names of the files a dossier is written to (made safe for a file system afterwards)
    "handover.file.dossier": ("handover-{number}", "overdracht-{number}"),
    "handover.file.customer": ("customer-{id}", "klant-{id}"),
    "handover.file.letter": ("letter-{day}-{step}", "brief-{day}-{step}"),
    "handover.file.fourteen_day_letter": ("14-day-letter-{day}", "veertiendagenbrief-{day}"),
    "handover.not_handed_over": (
        "Note: {number} is not handed over yet (status: {status}); the dossier was made anyway.",
        "Let op: {number} is nog niet uit handen gegeven (status: {status}); het dossier is toch "
        "gemaakt.",
    ),
    "handover.done": (
        "{count:|# dossier|# dossiers} written to {folder}.",
        "{count:|# dossier|# dossiers} geschreven naar {folder}.",
    ),
    "handover.pdf_note": (
        "This sheet lists every step taken. Each letter sent (posted, or attached to an e-mail) is "
        "saved beside this file as a PDF from the letter archive, named in the column Letter PDF.",
        "Dit blad noemt elke genomen stap. Elke verstuurde brief (gepost, of als bijlage bij een "
        "e-mail) staat als pdf uit het brievenarchief naast dit bestand, genoemd in de kolom "
        "Brief-pdf.",
    ),
    "handover.busy": ("Writing the hand-over dossiers…", "De overdrachtsdossiers worden gemaakt…"),
    # ------------------------------------------------------------------ hand-over dossier: the workbook
    "handover.sheet.summary": ("Summary", "Overzicht"),
    "handover.sheet.claims": ("Claims", "Vorderingen"),
    "handover.sheet.charges": ("Charges", "Kosten en rente"),
    "handover.sheet.communications": ("Communications", "Communicatie"),
    "handover.sheet.fourteen_day": ("14-day letter evidence", "Bewijs veertiendagenbrief"),
    "handover.sheet.customer": ("Customer", "Klant"),
    "handover.summary.title": (
        "Hand-over dossier for the collection agency",
        "Overdrachtsdossier voor het incassobureau",
    ),
    "handover.summary.creditor": ("Creditor", "Schuldeiser"),
    "handover.summary.customer_number": ("Customer number", "Klantnummer"),
    "handover.summary.customer_name": ("Customer name", "Naam klant"),
    "handover.summary.customer_type": ("Customer type", "Klantsoort"),
    "handover.summary.status": ("Dunning status", "Aanmaanstatus"),
    "handover.summary.made_on": ("Dossier made on", "Dossier gemaakt op"),
    "handover.summary.open_principal": ("Open principal", "Openstaande hoofdsom"),
    "handover.summary.open_costs": ("Open collection costs", "Openstaande incassokosten"),
    "handover.summary.open_interest": ("Open interest", "Openstaande rente"),
    "handover.summary.open_fees": ("Open fees", "Openstaande aanmaankosten"),
    "handover.summary.total": ("Total claimed", "Totaal gevorderd"),
    "handover.summary.claims": ("Open invoices", "Openstaande facturen"),
    "handover.summary.oldest_due": ("Oldest due date", "Oudste vervaldatum"),
    "handover.summary.letters": ("Letters sent", "Verstuurde brieven"),
    "handover.summary.fourteen_day": (
        "Valid 14-day letter sent on",
        "Geldige veertiendagenbrief verstuurd op",
    ),
    "handover.summary.none": ("none", "geen"),
    "handover.col.invoice": ("Invoice", "Factuur"),
    "handover.col.invoice_date": ("Invoice date", "Factuurdatum"),
    "handover.col.due_date": ("Due date", "Vervaldatum"),
    "handover.col.amount": ("Amount", "Bedrag"),
    "handover.col.open": ("Open", "Open"),
    "handover.col.days_overdue": ("Days overdue", "Dagen te laat"),
    "handover.col.description": ("Description", "Omschrijving"),
    "handover.col.reference": ("Payment reference", "Betalingskenmerk"),
    "handover.col.payment_method": ("Payment method", "Betaalwijze"),
    "handover.col.storno_date": ("Direct debit returned on", "Incasso gestorneerd op"),
    "handover.col.kind": ("Kind", "Soort"),
    "handover.col.status": ("Status", "Status"),
    "handover.col.waived_reason": ("Reason waived", "Reden kwijtschelding"),
    "handover.col.recorded_on": ("Recorded on", "Vastgelegd op"),
    "handover.col.announced_by": ("Announced by", "Aangekondigd in"),
    "handover.col.announced_on": ("Letter sent on", "Brief verstuurd op"),
    "handover.col.step": ("Step", "Stap"),
    "handover.col.channel": ("Channel", "Kanaal"),
    "handover.col.requested_channel": ("Instead of", "In plaats van"),
    "handover.col.planned_for": ("Planned for", "Gepland voor"),
    "handover.col.went_out_on": ("Sent on", "Verstuurd op"),
    "handover.col.invoices": ("Invoices", "Facturen"),
    "handover.col.costs": ("Costs", "Kosten"),
    "handover.col.interest": ("Interest", "Rente"),
    "handover.col.costs_announced": ("Costs announced", "Aangekondigde kosten"),
    "handover.col.fourteen_day": ("14-day letter", "Veertiendagenbrief"),
    "handover.col.dispatched_on": ("Dispatched on", "Verzonden op"),
    "handover.col.evidence": ("Evidence", "Bewijs"),
    "handover.col.receipt_on": ("Assumed receipt", "Vermoedelijke ontvangst"),
    "handover.col.term_ends_on": ("Term ends", "Termijn eindigt"),
    "handover.col.costs_from": ("Costs from", "Kosten vanaf"),
    "handover.col.void": ("Void", "Vervallen"),
    "handover.col.void_reason": ("Why void", "Reden vervallen"),
    "handover.col.field": ("Field", "Gegeven"),
    "handover.col.value": ("Value", "Waarde"),
    "handover.yes": ("yes", "ja"),
    "handover.no": ("no", "nee"),
    "handover.no_claims": ("No open invoices.", "Geen openstaande facturen."),
    "handover.no_rows": ("Nothing recorded.", "Niets vastgelegd."),
    "handover.type.consumer": ("consumer", "consument"),
    "handover.type.business": ("business", "zakelijk"),
    "handover.claim.consumer_sale": (
        "consumer sale or supply (prescribes after 2 years)",
        "consumentenkoop of -levering (verjaart na 2 jaar)",
    ),
    "handover.claim.other": (
        "other claim (prescribes after 5 years)",
        "andere vordering (verjaart na 5 jaar)",
    ),
    "handover.method.manual": ("transfer", "overboeking"),
    "handover.method.direct_debit": ("direct debit", "automatische incasso"),
    "handover.channel.sms": ("SMS payment request", "betaalverzoek per sms"),
    "handover.channel.email": ("e-mail", "e-mail"),
    "handover.channel.letter": ("letter", "brief"),
    "handover.channel.call": ("phone call", "telefoongesprek"),
    "handover.channel.handover": ("hand-over", "overdracht"),
    "handover.comm.planned": ("planned", "gepland"),
    "handover.comm.prepared": ("prepared", "voorbereid"),
    "handover.comm.queued": ("queued", "in de wachtrij"),
    "handover.comm.generated": ("made", "aangemaakt"),
    "handover.comm.sending": ("sending", "wordt verstuurd"),
    "handover.comm.sent": ("sent", "verstuurd"),
    "handover.comm.printed": ("printed", "afgedrukt"),
    "handover.comm.delivered": ("delivered", "afgeleverd"),
    "handover.comm.dispatched": ("dispatched", "verzonden"),
    "handover.comm.failed": ("failed", "mislukt"),
    "handover.comm.cancelled": ("cancelled", "geannuleerd"),
    "handover.comm.uncertain": ("uncertain", "onzeker"),
    "handover.charge.costs": ("collection costs", "incassokosten"),
    "handover.charge.interest": ("interest", "rente"),
    "handover.charge.fee": ("fee", "aanmaankosten"),
    "handover.charge_status.open": ("open", "open"),
    "handover.charge_status.paid": ("paid", "betaald"),
    "handover.charge_status.waived": ("waived", "kwijtgescholden"),
    # ------------------------------------------------------------------ prescription
    "prescription.cli.none": (
        "No open claim prescribes within {days:|# day|# days} of {date}.",
        "Geen openstaande vordering verjaart binnen {days:|# dag|# dagen} na {date}.",
    ),
    "prescription.cli.line": (
        "{on}  {customer} {name}  invoice {invoice} ({open} open, due {due}): {warning}",
        "{on}  {customer} {name}  factuur {invoice} ({open} open, vervallen {due}): {warning}",
    ),
    "prescription.cli.total": (
        "{count:|# claim prescribes|# claims prescribe} within {days:|# day|# days} of {date} "
        "(or already {count:|has|have}).",
        "{count:|# vordering verjaart|# vorderingen verjaren} binnen {days:|# dag|# dagen} na "
        "{date} (of {count:|is|zijn} al verjaard).",
    ),
    "prescription.within_invalid": (
        "--within: '{value}' is not a number of days. Type a whole number from 0 to 3650, e.g. 90.",
        "--within: '{value}' is geen aantal dagen. Typ een heel getal van 0 tot 3650, bijvoorbeeld "
        "90.",
    ),
}
