"""Column names that bookkeeping packages use for each field, in Dutch and English.

Sources: the synonym table of ../shared/data/real/SOURCES.md, and the documented export and API column
names of Exact Online, Twinfield, AFAS, Moneybird, e-Boekhouden, SnelStart, Visma, Yuki, Xero and
QuickBooks, plus what childcare, housing and sports-club administrations call their debtors.
Names are compared after :func:`normalise_header`, so "Factuurnr.", "factuur_nr" and "FACTUUR NR" match.
"""

from __future__ import annotations

import re

from debtordesk.domain.enums import ImportKind
from debtordesk.domain.text import search_key
from debtordesk.importing.model import Field

#: "Bedrag (EUR)", "Amount_EUR", "Bedrag in euro", "Bedrag €"; never the "eur" that ends "Debiteur"
_CURRENCY_SUFFIX = re.compile(
    r"(?:[\s_\-/.]+(?:in\s+)?(?:eur|euro|euros)"
    r"|[\s_\-/.]*[(\[]\s*(?:in\s+)?(?:eur|euro|euros|€)\s*[)\]]|\s*€)\s*$"
)
_NOT_ALNUM = re.compile(r"[^0-9a-z#]+")


def normalise_header(text: str) -> str:
    """'Bedrag (EUR)' -> 'bedrag'; 'Factuurnr.' -> 'factuurnr'; 'Deb.nr.' -> 'debnr'.

    Case-folded and accent-free, currency suffixes dropped, every separator removed.
    """
    key = search_key(text)
    key = _CURRENCY_SUFFIX.sub("", key) or key
    return _NOT_ALNUM.sub("", key)


# fmt: off
_NAMES: dict[Field, tuple[str, ...]] = {
    Field.INVOICE_NUMBER: (
        "Factuurnummer", "Factuurnr", "Factuur nr", "Factuurno", "Factuur", "Factuur ID",
        "Factuurcode", "Boekstuk", "Boekstuknummer", "Boekstuknr", "Documentnummer", "Documentnr",
        "Nummer factuur", "Nr factuur", "Boekingsnummer", "Fakturanummer", "Invoice number",
        "Invoice No", "Invoice nr", "InvoiceNumber", "invoice_no", "invoice_id", "Invoice",
        "Invoice #", "Inv No", "Inv #", "Document No", "Document number", "Document_Ref", "Doc No",
        "Doc number", "Belegnummer", "Transaction number", "Bill number", "Bill No",
    ),
    Field.CUSTOMER_NUMBER: (
        "Debiteurnummer", "Debiteurnr", "Deb nr", "Debnr", "Debiteurcode", "Debiteur ID",
        "Relatiecode", "Relatienummer", "Relatienr", "Klantnummer", "Klantnr", "Klantcode",
        "Klant ID", "Lidnummer", "Lidnr", "Huurdernummer", "Clientnummer", "Clientnr", "Code",
        "Customer number", "Customer No", "Customer_Number", "CustomerID", "customer_id",
        "Customer code", "Client ID", "Client number", "Client No", "Account code", "AccountCode",
        "Account number", "Account No", "Contact ID", "display_id", "Zuordnung", "Origacct",
        "Debtor number", "Debtor No", "Debtor ID", "Debtor code", "Kundennummer",
    ),
    # "Naam <debiteur|klant|relatie|verkooprelatie>" is the name; the bare word is the number
    # (see AMBIGUOUS)
    Field.CUSTOMER_NAME: (
        "Naam", "Debiteurnaam", "Naam debiteur", "Klantnaam", "Naam klant", "Relatienaam",
        "Naam relatie", "Verkooprelatienaam", "Naam verkooprelatie", "Naam lid", "Naam huurder",
        "Naam client", "Naam afnemer",
        "Bedrijfsnaam", "Bedrijf", "Organisatie", "Tenaamstelling", "Volledige naam",
        "Naam tegenpartij", "Tegenrekeninghouder", "Customer name", "Customer_Name", "client_name",
        "Client name", "ContactName", "Contact name", "Contact", "AccountName", "Account name",
        "Name", "Company", "Company name", "Debtor name", "Full name", "Kundenname",
    ),
    # a name in parts (see importing.derived): "Jan" + "de" + "Vries"
    Field.FIRST_NAME: (
        "Voornaam", "Voornamen", "Roepnaam", "Voorletters", "First name", "Firstname",
        "Given name", "Forename", "Initials", "Vorname",
    ),
    Field.NAME_PREFIX: ("Tussenvoegsel", "Tussenvoegsels", "Voorvoegsel", "Voorvoegsels"),
    Field.LAST_NAME: (
        "Achternaam", "Geslachtsnaam", "Familienaam", "Last name", "Lastname", "Surname",
        "Family name", "Nachname",
    ),
    Field.INVOICE_DATE: (
        "Factuurdatum", "Datum", "Boekdatum", "Documentdatum", "Boekstukdatum", "Datum factuur",
        "Invoice date", "InvoiceDate", "Date", "Document_Date", "Document date", "Doc Date",
        "Transaction date", "issue_date", "Issue date", "Belegdatum", "Txn date", "Bill date",
    ),
    Field.DUE_DATE: (
        "Vervaldatum", "Vervalt", "Vervaldag", "Verval datum", "Uiterste betaaldatum",
        "Uiterlijke betaaldatum", "Te betalen voor", "Betalen voor", "Vervaldatum factuur",
        "Due date", "DueDate", "due_date", "Net due dt", "Net due date", "pduedate", "Payment due",
        "Payment due date", "Date due", "Expiry date", "Falligkeit",
    ),
    Field.DAYS_OVERDUE: (
        "Vervaldagen", "Dagen over vervaldatum", "Ouderdom", "Dagen", "Dagen vervallen",
        "Dagen te laat", "Aantal dagen", "Days late", "DaysLate", "Days overdue", "Overdue days",
        "Past Due", "days_overdue", "Aging", "Age", "Days past due", "Bucket", "Ouderdom dagen",
    ),
    # what the customer owes includes VAT: the incl. names first, the excl. names last (an amount
    # before VAT is the invoice amount only in a file that has nothing better)
    Field.AMOUNT: (
        "Bedrag incl btw", "Bedrag inclusief btw", "Totaalbedrag incl btw",
        "Totaalbedrag inclusief btw", "Totaal incl btw", "Totaal inclusief btw",
        "Factuurbedrag incl btw", "Factuurtotaal incl btw", "Amount incl VAT", "Total incl VAT",
        "Amount incl tax", "Total incl tax", "total_price_incl_tax", "Bedrag", "Factuurbedrag",
        "Totaal", "Totaal factuurbedrag", "Totaalbedrag", "Factuurtotaal", "Brutobedrag",
        "Origineel bedrag", "Oorspronkelijk bedrag", "Bedrag factuur", "Amount", "Invoice amount",
        "InvoiceAmount", "Total", "Original_Amount", "Original amount", "Amount in DC", "AmountDC",
        "Total amount", "Gross amount", "Invoice total", "Betrag", "Rechnungsbetrag",
        "Bedrag excl btw", "Bedrag exclusief btw", "Totaalbedrag excl btw",
        "Totaalbedrag exclusief btw", "Totaal excl btw", "Totaal exclusief btw",
        "Factuurbedrag excl btw", "Factuurtotaal excl btw", "Nettobedrag", "Amount excl VAT",
        "Total excl VAT", "Amount excl tax", "Total excl tax", "total_price_excl_tax",
        "Net amount",
    ),
    Field.OPEN_AMOUNT: (
        "Openstaand", "Openstaand bedrag", "Saldo", "Restant", "Restbedrag", "Nog te betalen",
        "Open", "Open bedrag", "Openstaande post", "Te ontvangen", "Saldo openstaand",
        "Open balance", "Outstanding", "Outstanding amount", "Outstanding value", "Balance",
        "Balance due", "Amount due", "InvoiceAmountDue", "Due", "Remaining amount",
        "Remaining_Amount", "total_unpaid", "outstanding_amount", "Unpaid", "Open amount",
        "Amount open", "Offener Betrag",
    ),
    Field.PAID_AMOUNT: (
        "Betaald", "Al betaald", "Ontvangen", "Betaald bedrag", "Bedrag betaald", "Paid",
        "Amount paid", "InvoiceAmountPaid", "Paid amount", "Payments", "Payment amount",
    ),
    # a ledger's two amount columns (see importing.derived): the amount is debit minus credit
    Field.DEBIT: (
        "Debet", "Debetbedrag", "Bedrag debet", "Debit", "Debit amount", "Debits", "Dr",
    ),
    Field.CREDIT: (
        "Credit", "Creditbedrag", "Bedrag credit", "Credit amount", "Credits", "Cr",
    ),
    Field.CURRENCY: (
        "Valuta", "Munt", "Muntsoort", "Valutacode", "Currency", "Ccy", "CurrencyCode",
        "currency_code", "Curr", "Hauswahrung", "Wahrung",
    ),
    Field.DESCRIPTION: (
        "Omschrijving", "Omschrijving factuur", "Mededelingen", "Mededeling", "Toelichting",
        "Factuuromschrijving", "Description", "Memo", "Text", "Tekst", "Remittance info",
        "Details", "Line description",
    ),
    Field.REFERENCE: (
        "Betalingskenmerk", "Uw referentie", "Uw ref", "Factuurreferentie",
        "Betaalreferentie", "Ordernummer", "Inkoopordernummer", "Payment reference", "YourRef",
        "Your reference", "Our reference", "Customer reference", "Order number", "PO number",
    ),
    Field.PAYMENT_METHOD: (
        "Betaalwijze", "Betaalmethode", "Betalingswijze", "Betaalvorm", "Aut bet inc",
        "Automatische incasso", "Incasso", "Payment method", "PaymentMethod", "Payment type",
    ),
    Field.STORNO_DATE: (
        "Stornodatum", "Storno datum", "Datum storno", "Storneringsdatum", "Terugboekingsdatum",
        "Storno", "Return date", "Chargeback date", "Reversal date",
    ),
    Field.PAID_DATE: (
        "Betaald op", "Datum betaald", "Betalingsdatum", "Datum betaling", "Voldaan op",
        "Datum voldaan", "Paid date", "PaidDate", "Date paid", "Payment date", "Settled date",
        "SettledDate", "Settlement date", "Closed date", "Fully paid on date",
    ),
    Field.CUSTOMER_TYPE: (
        "Klanttype", "Type klant", "Soort klant", "Klantsoort", "Debiteurtype", "Type debiteur",
        "Relatietype", "Soort relatie", "Particulier zakelijk", "Zakelijk particulier", "B2B B2C",
        "Customer type", "CustomerType", "Client type",
    ),
    Field.ATTENTION: (
        "Tav", "T a v", "Ter attentie van", "Attentie", "Contactpersoon", "Attention", "Attn",
        "Contact person",
    ),
    Field.ADDRESS: (
        "Adres", "Straat", "Straatnaam", "Factuuradres", "Adresregel 1", "Adres 1",
        "Straat en huisnummer", "Address", "Address line 1", "AddressLine1", "POAddressLine1",
        "Street", "Street address", "Billing address", "Strasse",
    ),
    Field.HOUSE_NUMBER: (
        "Huisnummer", "Huisnr", "House number", "HouseNumber", "House No",
    ),
    Field.ADDRESS2: (
        "Adresregel 2", "Adres 2", "Address line 2", "AddressLine2", "POAddressLine2",
    ),
    Field.POSTCODE: (
        "Postcode", "Factuurpostcode", "Postcode factuur", "Zip", "Zipcode", "Zip code",
        "Postal code", "PostalCode", "POPostalCode", "Post code", "PLZ",
    ),
    Field.CITY: (
        "Plaats", "Woonplaats", "Factuurplaats", "Plaatsnaam", "Stad", "City", "Town", "POCity",
        "Ort",
    ),
    Field.COUNTRY: (
        "Land", "Landcode", "Land code", "Country", "CountryCode", "Country code", "POCountry",
    ),
    Field.EMAIL: (
        "E-mail", "Email", "E-mailadres", "Emailadres", "FactuurEmailadres", "E-mail facturen",
        "Email facturen", "E-mailadres facturen", "Email address", "EmailAddress", "contact_email",
        "Mail", "E-mail adres", "From Email Address", "Invoice email", "Billing email",
    ),
    Field.PHONE: (
        "Telefoon", "Telefoonnummer", "Tel", "Telnr", "Tel nr", "Telefoon nr", "Contactnummer",
        "Phone", "Phone number", "Telephone", "Telephone number", "Telefon",
    ),
    Field.MOBILE: (
        "Mobiel", "Mobiel nummer", "Mobielnummer", "Mobiele telefoon", "Mobiel telefoonnummer",
        "GSM", "06 nummer", "Mobile", "Mobile number", "Mobile phone", "Cell", "Cellphone",
        "Cell phone", "Handy",
    ),
    Field.LANDLINE: (
        "Vast", "Vaste telefoon", "Vast nummer", "Telefoon vast", "Vaste lijn", "Landline",
        "Home phone",
    ),
    Field.IBAN: (
        "IBAN", "IBAN nr", "IBAN nummer", "Rekeningnummer", "Bankrekening", "Bankrekeningnummer",
        "BankReknr", "Tegenrekening", "Tegenrekening IBAN BBAN", "Tegenrekeningnummer",
        "Bank account", "BankAccount", "Counterparty account", "Kontonummer IBAN",
    ),
    Field.LANGUAGE: (
        "Taal", "Voorkeurstaal", "Correspondentietaal", "Language", "Preferred language",
        "Sprache",
    ),
    Field.SEGMENT: (
        "Segment", "Klantgroep", "Debiteurengroep", "Categorie", "Groep", "Customer group",
        "Category",
    ),
    Field.TAGS: (
        "Tags", "Labels", "Label", "Tag", "Kenmerken",
    ),
    Field.PREFERRED_CHANNEL: (
        "Voorkeurskanaal", "Kanaal", "Communicatievoorkeur", "Preferred channel", "Channel",
    ),
    Field.PREFERRED_PAYMENT_DAY: (
        "Betaaldag", "Voorkeur betaaldag", "Voorkeursbetaaldag", "Incassodag",
        "Preferred payment day", "Payment day",
    ),
    Field.MANDATE_REFERENCE: (
        "Machtigingskenmerk", "Mandaatreferentie", "Machtigingsnummer", "Mandaat ID",
        "Mandaatkenmerk", "Mandate reference", "Mandate ID", "MandateID", "Mandate",
    ),
    Field.MANDATE_DATE: (
        "Machtigingsdatum", "Mandaatdatum", "Datum machtiging", "Datum mandaat",
        "Ondertekeningsdatum", "Mandate date", "Date of signature",
    ),
    Field.CLAIM_TYPE: (
        "Soort vordering", "Vorderingstype", "Claim type",
    ),
    Field.COC_NUMBER: (
        "KvK", "KvK nummer", "KvK nr", "Kamer van Koophandel", "CoC", "CoC number",
        "Chamber of commerce", "Registration number", "Company registration number",
    ),
    Field.OPT_OUT_SMS: (
        "Geen SMS", "SMS opt out", "Opt out SMS", "Geen SMS ontvangen", "No SMS",
    ),
    Field.OPT_OUT_EMAIL: (
        "Geen e-mail", "Geen email", "E-mail opt out", "Email opt out", "Opt out e-mail",
        "Opt out email", "No email",
    ),
    Field.OPT_OUT_CALL: (
        "Niet bellen", "Geen telefoon", "Bel opt out", "Opt out bellen", "Do not call", "No calls",
        "Opt out call",
    ),
}
# fmt: on


def _synonyms() -> dict[str, tuple[Field, int]]:
    """Normalised header -> (field, rank). Spellings that normalise alike ("Vervaldatum", "Verval
    datum") keep the rank of the first; a name listed under two fields is a mistake."""
    found: dict[str, tuple[Field, int]] = {}
    for field, names in _NAMES.items():
        for rank, name in enumerate(names):
            if found.setdefault(normalise_header(name), (field, rank))[0] is not field:
                raise ValueError(f"{name!r} is listed under two fields")
    return found


#: normalised header -> the one field it names, and its rank among that field's names (0 = the most
#: specific: "Factuurdatum" beats "Datum" when a file has both)
SYNONYMS: dict[str, tuple[Field, int]] = _synonyms()

#: names that can mean more than one field: the candidates in order of preference; the column's content
#: or the other columns of the file decide (see :mod:`debtordesk.importing.mapping`)
AMBIGUOUS: dict[str, tuple[Field, ...]] = {
    "debiteur": (Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME),
    "debtor": (Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME),
    "account": (Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME),
    "klant": (Field.CUSTOMER_NAME, Field.CUSTOMER_NUMBER),
    "relatie": (Field.CUSTOMER_NAME, Field.CUSTOMER_NUMBER),
    # AFAS: the code of the customer ("Naam verkooprelatie" beside it is the name)
    "verkooprelatie": (Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME),
    "customer": (Field.CUSTOMER_NAME, Field.CUSTOMER_NUMBER),
    "client": (Field.CUSTOMER_NAME, Field.CUSTOMER_NUMBER),
    "lid": (Field.CUSTOMER_NAME, Field.CUSTOMER_NUMBER),
    "referentie": (Field.INVOICE_NUMBER, Field.REFERENCE),
    # Exact Online's open items: 'Onze ref.' is the invoice number ('Uw ref.' the customer's own)
    "onzeref": (Field.INVOICE_NUMBER, Field.REFERENCE),
    "onzereferentie": (Field.INVOICE_NUMBER, Field.REFERENCE),
    "reference": (Field.INVOICE_NUMBER, Field.REFERENCE),
    "ref": (Field.INVOICE_NUMBER, Field.REFERENCE),
    "kenmerk": (Field.REFERENCE, Field.INVOICE_NUMBER),
    "num": (Field.INVOICE_NUMBER,),
    "nr": (Field.INVOICE_NUMBER, Field.HOUSE_NUMBER),
    "no": (Field.INVOICE_NUMBER,),
    "number": (Field.INVOICE_NUMBER,),
    "nummer": (Field.INVOICE_NUMBER,),
    "document": (Field.INVOICE_NUMBER,),
    "betaaldatum": (Field.DUE_DATE, Field.PAID_DATE),
    "type": (Field.CUSTOMER_TYPE,),
    "soort": (Field.CUSTOMER_TYPE,),
}

#: ambiguous names read differently in a history of paid invoices
AMBIGUOUS_BY_KIND: dict[ImportKind, dict[str, tuple[Field, ...]]] = {
    ImportKind.HISTORY: {"betaaldatum": (Field.PAID_DATE, Field.DUE_DATE)},
}

#: names that only mark an invoice number weakly; a bank statement uses them for something else
WEAK_INVOICE_NAMES = frozenset({"referentie", "reference", "ref", "num", "no", "number", "nummer"})

#: columns of bank statements (ING, Rabobank, Knab, ASN, German and Austrian banks): two of them and
#: the file is a statement, not a list of open items
BANK_SIGNATURES = frozenset(
    normalise_header(name)
    for name in (
        "Af Bij",
        "Mutatiesoort",
        "Saldo na mutatie",
        "Tegenrekening",
        "Tegenrekening IBAN BBAN",
        "Tegenrekeningnummer",
        "Tegenrekeninghouder",
        "Naam tegenpartij",
        "CreditDebet",
        "Debet Credit",
        "Valutadatum",
        "Rentedatum",
        "Transactiedatum",
        "Saldo na trn",
        "Volgnr",
        "Buchungstag",
        "Verwendungszweck",
        "Soll",
        "Haben",
        "Buchungstext",
        "Auftraggeber",
        "Empfanger",
        "Umsatz",
        "Balance after",
        "Transaction type",
        "Transactie type",
        "Type betaling",
        "Machtigingsnummer",
        "Incassant ID",
        "Wertstellung",
        # payment-service statements (PayPal, Adyen): since an open amount can stand in for the
        # amount, their running "Balance" must not make them look like open items
        "Transaction ID",
        "Reference Txn ID",
        "Time Zone",
        "TimeZone",
        "Balance Impact",
        "Psp Reference",
        "Merchant Account",
    )
)

#: columns that bank statements have and lists of open items do not (the other party, a debit/credit
#: mark, an English statement's "Label"). Weaker than BANK_SIGNATURES: only used to word the refusal of
#: a file that has no invoice number column anyway. A ledger card (Date, Description, Debit, Credit,
#: Balance) matches one at most
BANK_HINTS = (
    frozenset(
        normalise_header(name)
        for name in (
            "Balance",
            "Partner Name",
            "Bank Account",
            "Label",
            "D/C",
            "Operation Number",
            "Amount Currency",
            "Counterparty",
            "Tegenpartij",
            "Booking date",
            "Value date",
        )
    )
    | BANK_SIGNATURES
)

#: stems that name a field inside a longer header ("Factuurnummer extern", "Openstaand incl. btw");
#: tried in this order, only for headers no exact name matched
STEMS: tuple[tuple[str, Field], ...] = (
    ("factuurnummer", Field.INVOICE_NUMBER),
    ("factuurnr", Field.INVOICE_NUMBER),
    ("invoicenumber", Field.INVOICE_NUMBER),
    ("invoiceno", Field.INVOICE_NUMBER),
    ("vervaldatum", Field.DUE_DATE),
    ("duedate", Field.DUE_DATE),
    ("factuurdatum", Field.INVOICE_DATE),
    ("invoicedate", Field.INVOICE_DATE),
    ("betaaldop", Field.PAID_DATE),
    ("paiddate", Field.PAID_DATE),
    ("stornodatum", Field.STORNO_DATE),
    ("machtigingsdatum", Field.MANDATE_DATE),
    ("openstaand", Field.OPEN_AMOUNT),
    ("outstanding", Field.OPEN_AMOUNT),
    ("amountdue", Field.OPEN_AMOUNT),
    ("balancedue", Field.OPEN_AMOUNT),
    ("debiteurnummer", Field.CUSTOMER_NUMBER),
    ("debiteurnr", Field.CUSTOMER_NUMBER),
    ("klantnummer", Field.CUSTOMER_NUMBER),
    ("relatienummer", Field.CUSTOMER_NUMBER),
    ("customernumber", Field.CUSTOMER_NUMBER),
    ("customerid", Field.CUSTOMER_NUMBER),
    ("debiteurnaam", Field.CUSTOMER_NAME),
    ("klantnaam", Field.CUSTOMER_NAME),
    ("customername", Field.CUSTOMER_NAME),
    ("bedrijfsnaam", Field.CUSTOMER_NAME),
    ("factuurbedrag", Field.AMOUNT),
    ("invoiceamount", Field.AMOUNT),
    ("emailadres", Field.EMAIL),
    ("email", Field.EMAIL),
    ("mobiel", Field.MOBILE),
    ("mobile", Field.MOBILE),
    ("telefoon", Field.PHONE),
    ("phone", Field.PHONE),
    ("iban", Field.IBAN),
    ("postcode", Field.POSTCODE),
    ("zipcode", Field.POSTCODE),
    ("postalcode", Field.POSTCODE),
    ("woonplaats", Field.CITY),
    ("huisnummer", Field.HOUSE_NUMBER),
    ("omschrijving", Field.DESCRIPTION),
    ("description", Field.DESCRIPTION),
    ("betalingskenmerk", Field.REFERENCE),
    ("betaalwijze", Field.PAYMENT_METHOD),
)

#: words that open a totals row: "Totaal", "Subtotaal klant 1001", "Grand total", "Eindtotaal"
TOTAL_WORDS = re.compile(
    r"^\s*(?:sub\s*-?\s*)?(?:totaal|totalen|total|totals|eindtotaal|generaal\s+totaal|"
    r"totaal\s+generaal|grand\s+total|gesamtsumme|summe|som)\b",
    re.IGNORECASE,
)
