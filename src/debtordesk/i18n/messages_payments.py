"""Messages of payment-link polling, link payments and their exports: code -> (English, Dutch)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ----------------------------------------------------------------- refund reasons
    "links.refund.same_link": (
        "payment link {link} was paid in full already ({paid} of {asked}): this payment is one too "
        "many and should be refunded",
        "betaallink {link} was al volledig betaald ({paid} van {asked}): deze betaling is er één te "
        "veel en moet worden terugbetaald",
    ),
    "links.refund.other_link": (
        "{count:|invoice|invoices} {invoices} {count:|was|were} paid already through payment link "
        "{link} on {paid_on}: this payment pays {count:|it|them} a second time and should be "
        "refunded",
        "{count:|factuur|facturen} {invoices} {count:|was|waren} al betaald via betaallink {link} "
        "op {paid_on}: deze betaling betaalt {count:|hem|ze} een tweede keer en moet worden "
        "terugbetaald",
    ),
    # ----------------------------------------------------------------- timeline
    "event.links.paid": (
        "Paid € {amount} via payment link ({provider}, reference {reference}) for {invoices}.",
        "€ {amount} betaald via betaallink ({provider}, kenmerk {reference}) voor {invoices}.",
    ),
    "event.links.refund_flag": (
        "Payment of € {amount} via {provider} flagged for refund: {reason_en}.",
        "Betaling van € {amount} via {provider} gemarkeerd voor terugbetaling: {reason_nl}.",
    ),
    "event.links.charges_paid": (
        "Collection costs, interest and fees of € {amount} paid with the payment link ({provider}).",
        "Incassokosten, rente en vergoedingen van € {amount} betaald met de betaallink "
        "({provider}).",
    ),
    "event.links.expired": (
        "Payment link for € {amount} ({provider}, reference {reference}) expired unpaid; the next "
        "step makes a new one.",
        "Betaallink voor € {amount} ({provider}, kenmerk {reference}) is onbetaald verlopen; de "
        "volgende stap maakt een nieuwe.",
    ),
    # ----------------------------------------------------------------- exports
    "payments.yes": ("yes", "ja"),
    "payments.no": ("no", "nee"),
    "payments.col.paid_on": ("Paid on", "Betaald op"),
    "payments.col.customer_number": ("Customer number", "Klantnummer"),
    "payments.col.customer_name": ("Customer name", "Klantnaam"),
    "payments.col.invoices": ("Invoice number(s)", "Factuurnummer(s)"),
    "payments.col.provider": ("Provider", "Provider"),
    "payments.col.payment_id": ("Payment id", "Betalings-id"),
    "payments.col.link_id": ("Payment link id", "Betaallink-id"),
    "payments.col.amount": ("Amount", "Bedrag"),
    "payments.col.reference": ("Payment reference", "Betalingskenmerk"),
    "payments.col.refund": ("To refund", "Terugbetalen"),
    "payments.col.refund_reason": ("Why refund", "Reden terugbetaling"),
    "payments.export.format": (
        "{path} cannot be written in that format: choose a file ending in {formats}.",
        "{path} kan niet in die vorm worden geschreven: kies een bestand dat eindigt op {formats}.",
    ),
    "payments.export.folder": (
        "The folder {folder} does not exist. Choose an existing folder for the export.",
        "De map {folder} bestaat niet. Kies een bestaande map voor de export.",
    ),
    "payments.export.period": (
        "The period ends ({until}) before it starts ({since}). Give an end date on or after the "
        "start date.",
        "De periode eindigt ({until}) voordat hij begint ({since}). Geef een einddatum op of na de "
        "begindatum.",
    ),
    "payments.export.write_failed": (
        "{path} could not be written: {reason}. Check that the disk has room and the file is not "
        "open in another program, then export again.",
        "{path} kon niet worden geschreven: {reason}. Controleer of de schijf ruimte heeft en het "
        "bestand niet in een ander programma open staat, en exporteer opnieuw.",
    ),
    # ----------------------------------------------------------------- the poll command
    "cli.poll.done": (
        "{provider}: {asked} of {links:|1 payment link|# payment links} asked: {paid} paid, {open} open, "
        "{expired} "
        "expired, {closed} closed. {payments:|# payment|# payments} recorded ({refunds} flagged "
        "for refund), {holds:|# invoice|# invoices} put on hold.",
        "{provider}: {asked} van {links:|1 betaallink|# betaallinks} opgevraagd: {paid} betaald, {open} "
        "open, "
        "{expired} verlopen, {closed} gesloten. {payments:|# betaling|# betalingen} vastgelegd "
        "({refunds} gemarkeerd voor terugbetaling), {holds:|# factuur|# facturen} gepauzeerd.",
    ),
    "cli.poll.payment": (
        "  {customer}: € {amount} paid via link {link} ({invoices})",
        "  {customer}: € {amount} betaald via link {link} ({invoices})",
    ),
    "cli.poll.refund": (
        "  {customer}: € {amount} via link {link} to refund: {reason}",
        "  {customer}: € {amount} via link {link} terug te betalen: {reason}",
    ),
    "cli.poll.problem": (
        "{count:|# payment link|# payment links} could not be asked: {reason}",
        "{count:|# betaallink kon|# betaallinks konden} niet worden opgevraagd: {reason}",
    ),
    "cli.poll.not_ours": (
        "{count:|# payment link was|# payment links were} made by another provider than "
        "{provider} and {count:|was|were} skipped.",
        "{count:|# betaallink is|# betaallinks zijn} door een andere provider dan {provider} "
        "gemaakt en {count:|is|zijn} overgeslagen.",
    ),
    "cli.poll.unavailable": (
        "Payment status not polled: {reason}",
        "Betaalstatus niet opgevraagd: {reason}",
    ),
    "cli.poll.cancelled": (
        "Polling stopped on request; what was asked so far is recorded.",
        "Opvragen op verzoek gestopt; wat tot nu toe is opgevraagd, is vastgelegd.",
    ),
    "cli.run.polled": (
        "Before the run: {payments:|# link payment|# link payments} recorded, "
        "{holds:|# invoice|# invoices} put on hold.",
        "Voor de run: {payments:|# betaling|# betalingen} via betaallink vastgelegd, "
        "{holds:|# factuur|# facturen} gepauzeerd.",
    ),
    "cli.run.poll_problem": (
        "Before the run, {count:|# payment link|# payment links} could not be asked (a customer "
        "who paid may be reminded): {reason}",
        "Voor de run {count:|kon # betaallink|konden # betaallinks} niet worden opgevraagd (een "
        "klant die betaalde kan een herinnering krijgen): {reason}",
    ),
    "cli.link_payments.done": (
        "{rows:|# link payment|# link payments} from {since} to {until}, total € {total} ({new} "
        "not exported before, {refunds} to refund), written to {path}.",
        "{rows:|# betaling|# betalingen} via betaallink van {since} tot en met {until}, totaal "
        "€ {total} ({new} niet eerder geëxporteerd, {refunds} terug te betalen), geschreven naar "
        "{path}.",
    ),
    "cli.paylink_export.done": (
        "{rows:|# payment request|# payment requests}, total € {total}, written to {path}. Upload "
        "it in the provider's portal (map the columns there); DebtorDesk does not send "
        "{rows:|it|these}.",
        "{rows:|# betaalverzoek|# betaalverzoeken}, totaal € {total}, geschreven naar {path}. "
        "Upload het in het portaal van de provider (koppel daar de kolommen); DebtorDesk verstuurt "
        "{rows:|het|deze} niet.",
    ),
    "cli.paylink_export.nothing": (
        "No prepared SMS or e-mail payment requests without a payment link: nothing written.",
        "Geen klaargezette betaalverzoeken per sms of e-mail zonder betaallink: niets geschreven.",
    ),
    "cli.paylink_export.with_link": (
        "{count:|# prepared request carries|# prepared requests carry} a payment link from the "
        "provider already and {count:|was|were} left out (uploading {count:|it|them} would make a "
        "second payable request).",
        "{count:|# klaargezet verzoek heeft|# klaargezette verzoeken hebben} al een betaallink van "
        "de provider en {count:|is|zijn} weggelaten (uploaden zou een tweede betaalbaar verzoek "
        "maken).",
    ),
    "cli.paylink_export.unreachable": (
        "{count:|# prepared request was|# prepared requests were} left out: the customer has "
        "neither a mobile number nor an e-mail address.",
        "{count:|# klaargezet verzoek is|# klaargezette verzoeken zijn} weggelaten: de klant heeft "
        "geen mobiel nummer en geen e-mailadres.",
    ),
}
