<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdministrationChooser</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/administration_chooser.py" line="21"/>
        <source>The administration whose customers, invoices and imports you see</source>
        <translation>De administratie waarvan u de klanten, facturen en imports ziet</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/administration_chooser.py" line="23"/>
        <source>Administration:</source>
        <translation>Administratie:</translation>
    </message>
</context>
<context>
    <name>AdministrationsDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="134"/>
        <source>Administrations</source>
        <translation>Administraties</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="139"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="140"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="141"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="142"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="143"/>
        <source>Open invoices</source>
        <translation>Openstaande facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="144"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="158"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="159"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
</context>
<context>
    <name>ArrangementDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="94"/>
        <source>Payment arrangement</source>
        <extracomment>the first term is due this many days from today unless the clerk says otherwise</extracomment>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="102"/>
        <source>{number}  due {due}  open € {amount}</source>
        <translation>{number}  vervalt {due}  open € {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="119"/>
        <source>Number of &amp;terms:</source>
        <translation>Aantal &amp;termijnen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="120"/>
        <source>Amount &amp;per term €:</source>
        <translation>Bedrag &amp;per termijn €:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="130"/>
        <source>e.g. 50,00</source>
        <translation>bijv. 50,00</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="139"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="144"/>
        <source>&amp;Waive them</source>
        <translation>&amp;Kwijtschelden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="145"/>
        <source>&amp;Include them in the arrangement</source>
        <translation>&amp;Meenemen in de regeling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="151"/>
        <source>Why (for the customer&apos;s file, e.g. income at the social minimum)</source>
        <translation>Waarom (voor het dossier, bijv. inkomen op het sociaal minimum)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="166"/>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="166"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="166"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="174"/>
        <source>Double-click a date or an amount to change it; the terms must add up to the total</source>
        <translation>Dubbelklik op een datum of bedrag om het te wijzigen; de termijnen moeten samen het totaal zijn</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="177"/>
        <source>Add term</source>
        <translation>Termijn toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="178"/>
        <source>Remove term</source>
        <translation>Termijn weghalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="179"/>
        <source>Recalculate</source>
        <translation>Opnieuw berekenen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="180"/>
        <source>Undo the changes to the terms</source>
        <translation>De wijzigingen in de termijnen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="189"/>
        <source>Send a &amp;confirmation letter</source>
        <translation>&amp;Bevestigingsbrief sturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="193"/>
        <source>The letter with the agreed terms goes into the next letter batch (Letters page)</source>
        <translation>De brief met de afgesproken termijnen gaat mee in de volgende briefbatch (pagina Brieven)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="199"/>
        <source>Invoices:</source>
        <translation>Facturen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="202"/>
        <source>&amp;First term due:</source>
        <translation>&amp;Eerste termijn op:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="206"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="209"/>
        <source>Costs:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="298"/>
        <source>First term due: type a date such as 01-12-2026 or +7.</source>
        <translation>Eerste termijn op: typ een datum zoals 01-12-2026 of +7.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="312"/>
        <source>Tick the invoices the arrangement is for.</source>
        <translation>Vink de facturen aan waarvoor de regeling geldt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="372"/>
        <source>Costs and interest of € {costs} are open on these invoices: waive them or include them in the arrangement.</source>
        <translation>Op deze facturen staat € {costs} aan kosten en rente open: scheld ze kwijt of neem ze mee in de regeling.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="377"/>
        <source>Invoices € {principal} + costs € {costs} = total € {total}</source>
        <translation>Facturen € {principal} + kosten € {costs} = totaal € {total}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="379"/>
        <source>Total € {total}: what is open on the invoices ticked</source>
        <translation>Totaal € {total}: wat openstaat op de aangevinkte facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="469"/>
        <source>Term {number}: the due date is not a date.</source>
        <translation>Termijn {number}: de vervaldatum is geen datum.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="475"/>
        <source>Term {number}: the amount is not an amount.</source>
        <translation>Termijn {number}: het bedrag is geen bedrag.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="500"/>
        <source>Add at least one term.</source>
        <translation>Voeg minstens één termijn toe.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="504"/>
        <source>1 term, together € {sum}: exactly the total.</source>
        <translation>1 termijn, samen € {sum}: precies het totaal.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="505"/>
        <source>{count} terms, together € {sum}: exactly the total.</source>
        <translation>{count} termijnen, samen € {sum}: precies het totaal.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="513"/>
        <source>The terms add up to € {sum}, € {difference} less than the total of € {total}. Change the terms so they add up to the total.</source>
        <translation>De termijnen zijn samen € {sum}, € {difference} minder dan het totaal van € {total}. Pas de termijnen aan zodat ze samen het totaal zijn.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="518"/>
        <source>The terms add up to € {sum}, € {difference} more than the total of € {total}. Change the terms so they add up to the total.</source>
        <translation>De termijnen zijn samen € {sum}, € {difference} meer dan het totaal van € {total}. Pas de termijnen aan zodat ze samen het totaal zijn.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/arrangement.py" line="527"/>
        <source>(changed by hand)</source>
        <translation>(met de hand gewijzigd)</translation>
    </message>
</context>
<context>
    <name>AssignClerk</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/assign.py" line="29"/>
        <source>Me ({login})</source>
        <translation>Ikzelf ({login})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/assign.py" line="32"/>
        <source>Nobody (unassign)</source>
        <translation>Niemand (toewijzing opheffen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/assign.py" line="39"/>
        <source>Assign 1 customer to:</source>
        <translation>1 klant toewijzen aan:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/assign.py" line="51"/>
        <source>Assign to a clerk</source>
        <translation>Toewijzen aan een medewerker</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/assign.py" line="40"/>
        <source>Assign {count} customers to:</source>
        <translation>{count} klanten toewijzen aan:</translation>
    </message>
</context>
<context>
    <name>AssignCustomersAction</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/assign.py" line="81"/>
        <source>Assign to…</source>
        <translation>Toewijzen aan…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/assign.py" line="82"/>
        <source>Assign the selected customers to a clerk</source>
        <translation>De geselecteerde klanten aan een medewerker toewijzen</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="126"/>
        <source>Full list</source>
        <extracomment>the raw value behind a cell (numbers, dates, enums), for sorting and for tests</extracomment>
        <translation>Volledige lijst</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="126"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="149"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="151"/>
        <source>Undone</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="152"/>
        <source>Undone on {when} by {user}</source>
        <translation>Teruggedraaid op {when} door {user}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="162"/>
        <source>Imported on</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="163"/>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="164"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="165"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="166"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="167"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="168"/>
        <source>Mode</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="169"/>
        <source>Export date</source>
        <translation>Exportdatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="170"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="171"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="172"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="173"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="174"/>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="175"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="176"/>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="177"/>
        <source>Updated customers</source>
        <translation>Bijgewerkte klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/model.py" line="178"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="91"/>
        <source>Cost and interest calculator</source>
        <extracomment>customer type choices: (key, commercial interest?)</extracomment>
        <translation>Kosten- en rentecalculator</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="95"/>
        <source>e.g. 1,250.00</source>
        <translation>bijv. 1.250,00</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="97"/>
        <source>The open principal. Write it like 1000, 1000.00 or 1.000,00.</source>
        <translation>De openstaande hoofdsom. Schrijf die als 1000, 1000,00 of 1.000,00.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="100"/>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="101"/>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="102"/>
        <source>Add VAT to the costs</source>
        <translation>Btw over de kosten rekenen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="105"/>
        <source>Only when your organisation cannot deduct VAT (for example in care or education).</source>
        <translation>Alleen als uw organisatie de btw niet kan verrekenen (bijvoorbeeld in de zorg of het onderwijs).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="127"/>
        <source>The due date of the invoice: interest runs from the next day.</source>
        <translation>De vervaldatum van de factuur: de rente loopt vanaf de dag erna.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="130"/>
        <source>The last day counted, usually today or the day of payment.</source>
        <translation>De laatste dag die meetelt, meestal vandaag of de dag van betaling.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="134"/>
        <source>Principal:</source>
        <translation>Hoofdsom:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="135"/>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="137"/>
        <source>Due date:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="138"/>
        <source>Interest up to and including:</source>
        <translation>Rente tot en met:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="151"/>
        <source>VAT:</source>
        <translation>Btw:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="152"/>
        <source>Costs including VAT:</source>
        <translation>Kosten inclusief btw:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="158"/>
        <source>Collection costs:</source>
        <translation>Incassokosten:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="161"/>
        <source>Collection costs (scale)</source>
        <translation>Incassokosten (staffel)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="177"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="178"/>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="179"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="180"/>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="181"/>
        <source>Principal</source>
        <translation>Hoofdsom</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="182"/>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="193"/>
        <source>Rates: the shipped table (loading the stored one…)</source>
        <translation>Percentages: de meegeleverde tabel (de opgeslagen tabel wordt geladen…)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="196"/>
        <source>Statutory interest:</source>
        <translation>Wettelijke rente:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="197"/>
        <source>Principal + costs + interest:</source>
        <translation>Hoofdsom + kosten + rente:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="198"/>
        <source>Statutory interest</source>
        <translation>Wettelijke rente</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="245"/>
        <source>Rates: the interest table of your organisation (Settings &gt; Legal and interest).</source>
        <translation>Percentages: de rentetabel van uw organisatie (Instellingen &gt; Juridisch en rente).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="350"/>
        <source>VAT %1:</source>
        <translation>Btw %1:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="354"/>
        <source>%1 of %2</source>
        <translation>%1 over %2</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="362"/>
        <source>%1: below the minimum of %2</source>
        <translation>%1: onder het minimum van %2</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="368"/>
        <source>%1: above the maximum of %2</source>
        <translation>%1: boven het maximum van %2</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="392"/>
        <source>Statutory commercial interest (art. 6:119a BW)</source>
        <translation>Wettelijke handelsrente (art. 6:119a BW)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/calculator.py" line="394"/>
        <source>Statutory interest, consumer (art. 6:119 BW)</source>
        <translation>Wettelijke rente, consument (art. 6:119 BW)</translation>
    </message>
</context>
<context>
    <name>CallColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="39"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="40"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="41"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="42"/>
        <source>Why call</source>
        <translation>Waarom bellen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="43"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="44"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="45"/>
        <source>Days overdue</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="46"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="47"/>
        <source>Last called</source>
        <translation>Laatst gebeld</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="48"/>
        <source>Follow-up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="90"/>
        <source>Click to call {number}</source>
        <extracomment>each customer&apos;s place on the whole list (1 = call first), kept when rows are filtered</extracomment>
        <translation>Klik om {number} te bellen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="100"/>
        <source>No phone number is known for this customer. Look one up (a contract, an earlier e-mail, the phone book) and add it on the customer&apos;s details.</source>
        <translation>Van deze klant is geen telefoonnummer bekend. Zoek er een op (een contract, een eerdere e-mail, de telefoongids) en vul het in bij de gegevens van de klant.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/model.py" line="106"/>
        <source>no number known</source>
        <translation>geen nummer bekend</translation>
    </message>
</context>
<context>
    <name>CallLogger</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/call_logger.py" line="67"/>
        <source>&amp;Log call…</source>
        <extracomment>the customer chosen on the page (None: nobody), and the detail its panel shows (if any)</extracomment>
        <translation>Gesprek &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/call_logger.py" line="71"/>
        <source>Log a call with the chosen customer (Ctrl+L)</source>
        <translation>Leg een gesprek met de gekozen klant vast (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="119"/>
        <source>Everyone&apos;s customers</source>
        <extracomment>hands a URL to the desktop (the telephony program for tel:); tests pass their own decides the day&apos;s promises and arrangements (run_checks; tests count the runs) the data the promise and arrangement checks last looked at (None: not yet)</extracomment>
        <translation>Klanten van iedereen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="120"/>
        <source>Assigned to me</source>
        <translation>Toegewezen aan mij</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="121"/>
        <source>Assigned to nobody</source>
        <translation>Aan niemand toegewezen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="122"/>
        <source>Whose customers to show</source>
        <translation>Wiens klanten tonen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="133"/>
        <source>&amp;Log call…</source>
        <translation>Gesprek &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="136"/>
        <source>Log a call with the chosen customer (Ctrl+L)</source>
        <translation>Een gesprek met de gekozen klant vastleggen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="138"/>
        <source>&amp;Call the customer</source>
        <translation>Klant &amp;bellen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="142"/>
        <source>Dial the chosen customer&apos;s number with the telephone program (Ctrl+Shift+L)</source>
        <translation>Het nummer van de gekozen klant bellen met het telefoonprogramma (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="145"/>
        <source>Payment &amp;arrangement…</source>
        <translation>Betalings&amp;regeling…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="147"/>
        <source>Agree a payment arrangement for the chosen customer&apos;s open invoices</source>
        <translation>Een betalingsregeling afspreken voor de openstaande facturen van de gekozen klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="154"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="156"/>
        <source>Log call… (Ctrl+L)</source>
        <translation>Gesprek vastleggen… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="158"/>
        <source>Arrangement…</source>
        <translation>Regeling…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="168"/>
        <source>Assign to…</source>
        <translation>Toewijzen aan…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="169"/>
        <source>Assign the chosen customer to a clerk</source>
        <translation>De gekozen klant aan een medewerker toewijzen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="225"/>
        <source>&lt;b&gt;Call list for {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bellijst van {date}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="320"/>
        <source>1 promise kept</source>
        <translation>1 belofte nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="320"/>
        <source>{count} promises kept</source>
        <translation>{count} beloften nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="324"/>
        <source>Promises and arrangements checked: {broken} broken (on the list below), {kept}.</source>
        <translation>Beloften en regelingen gecontroleerd: {broken} niet nagekomen (op de lijst hieronder), {kept}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="354"/>
        <source>To call: {count} · overdue € {overdue}</source>
        <translation>Te bellen: {count} · achterstallig € {overdue}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="362"/>
        <source>No open invoices — import your open-items list with File &gt; Import…</source>
        <translation>Geen openstaande facturen — importeer uw openstaande posten met Bestand &gt; Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="364"/>
        <source>Nobody to call in this selection.</source>
        <translation>Niemand te bellen in deze selectie.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/calls/page.py" line="367"/>
        <source>Nobody to call today. Customers come on this list with a call step of the queue, a broken promise or arrangement, a follow-up date, returned mail, or without a mobile number and e-mail address.</source>
        <translation>Vandaag niemand te bellen. Klanten komen op deze lijst met een belstap uit de werklijst, een niet nagekomen belofte of regeling, een opvolgdatum, retourpost, of zonder mobiel nummer en e-mailadres.</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="76"/>
        <source> a second</source>
        <translation> per seconde</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="79"/>
        <source>How many messages a second the outbox hands to the provider at most. Set what your contract with the provider allows.</source>
        <translation>Hoeveel berichten per seconde de outbox hoogstens aan de provider geeft. Vul in wat uw contract met de provider toestaat.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="95"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="96"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="97"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="98"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="99"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="100"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="101"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="108"/>
        <source>Only between</source>
        <translation>Alleen tussen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="113"/>
        <source>00:00 means until midnight</source>
        <translation>00:00 betekent tot middernacht</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="117"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="120"/>
        <source>Also on Dutch public holidays</source>
        <translation>Ook op Nederlandse feestdagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="125"/>
        <source>Rate:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="126"/>
        <source>At most per hour:</source>
        <translation>Hoogstens per uur:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="127"/>
        <source>At most per day:</source>
        <translation>Hoogstens per dag:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="128"/>
        <source>Send on:</source>
        <translation>Versturen op:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="129"/>
        <source>Hours:</source>
        <translation>Uren:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="140"/>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="154"/>
        <source>No provider is chosen for this channel yet (Settings &gt; Providers).</source>
        <translation>Voor dit kanaal is nog geen provider gekozen (Instellingen &gt; Providers).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="158"/>
        <source>Sent through {provider}.</source>
        <translation>Verstuurd via {provider}.</translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="20"/>
        <source>New invoices</source>
        <translation>Nieuwe facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="21"/>
        <source>Updated invoices</source>
        <translation>Bijgewerkte facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="22"/>
        <source>Unchanged invoices</source>
        <translation>Ongewijzigde facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="23"/>
        <source>Closed (paid outside DebtorDesk)</source>
        <translation>Gesloten (buiten DebtorDesk betaald)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="24"/>
        <source>Reopened invoices</source>
        <translation>Heropende facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="25"/>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="26"/>
        <source>Updated customers</source>
        <translation>Bijgewerkte klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/counts.py" line="27"/>
        <source>Rows in error, not imported</source>
        <translation>Rijen met een fout, niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>CustomerColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="53"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="54"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="55"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="56"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="57"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="59"/>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="60"/>
        <source>Open invoices</source>
        <translation>Open facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="61"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="62"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/customers.py" line="186"/>
        <source>The import could not accept some contact data: see the details</source>
        <translation>De import kon niet alle contactgegevens overnemen: zie de details</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="77"/>
        <source>Select a customer to see the details.</source>
        <translation>Kies een klant om de details te zien.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="104"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="106"/>
        <source>Change this customer&apos;s details (Ctrl+E)</source>
        <translation>De gegevens van deze klant wijzigen (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="120"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="121"/>
        <source>Attention of</source>
        <translation>Ter attentie van</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="122"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="123"/>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="124"/>
        <source>Landline</source>
        <translation>Vaste telefoon</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="125"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="126"/>
        <source>Customer type</source>
        <translation>Klantsoort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="127"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="128"/>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="129"/>
        <source>Does not want</source>
        <translation>Wil geen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="130"/>
        <source>Preferred payment day</source>
        <translation>Voorkeursbetaaldag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="131"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="132"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="133"/>
        <source>Direct-debit mandate</source>
        <translation>Incassomachtiging</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="134"/>
        <source>Kind of claim</source>
        <translation>Soort vordering</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="135"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="136"/>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="146"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="154"/>
        <source>This customer has no invoices.</source>
        <translation>Deze klant heeft geen facturen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="155"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="160"/>
        <source>Nothing has happened yet.</source>
        <translation>Er is nog niets gebeurd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="163"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="167"/>
        <source>Letters ({count})</source>
        <translation>Brieven ({count})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="169"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="228"/>
        <source>Customer {number} · {type}</source>
        <translation>Klant {number} · {type}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="233"/>
        <source>Open: € {open}    Overdue: € {overdue}</source>
        <translation>Openstaand: € {open}    Achterstallig: € {overdue}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="241"/>
        <source>The file had no customer number: this customer is known by name.</source>
        <translation>Het bestand had geen klantnummer: deze klant is bekend op naam.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="250"/>
        <source>Invoices ({count})</source>
        <translation>Facturen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="251"/>
        <source>Timeline ({count})</source>
        <translation>Tijdlijn ({count})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="267"/>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="268"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="269"/>
        <source>phone calls</source>
        <translation>telefoontjes</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_detail.py" line="275"/>
        <source>{reference}, signed {date}</source>
        <translation>{reference}, getekend op {date}</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_edit.py" line="52"/>
        <source>Edit customer</source>
        <translation>Klant wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_edit.py" line="63"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_edit.py" line="65"/>
        <source>Show the customer as it is stored now (your changes in this form are lost)</source>
        <translation>De klant tonen zoals die nu is opgeslagen (uw wijzigingen in dit venster gaan verloren)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_edit.py" line="100"/>
        <source>Edit customer {title}</source>
        <translation>Klant {title} wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_edit.py" line="119"/>
        <source>Mandate signed on: type the date as 31-12-2026.</source>
        <translation>Machtiging getekend op: typ de datum als 31-12-2026.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_edit.py" line="158"/>
        <source>Nothing was saved: correct the marked fields and save again.</source>
        <translation>Er is niets opgeslagen: verbeter de gemarkeerde velden en sla opnieuw op.</translation>
    </message>
</context>
<context>
    <name>CustomerFollowup</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="106"/>
        <source>No calls or notes yet.</source>
        <translation>Nog geen gesprekken of notities.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="108"/>
        <source>A note on this customer (Enter adds it)</source>
        <translation>Een notitie bij deze klant (Enter voegt hem toe)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="111"/>
        <source>What the note is about: the customer or one invoice</source>
        <translation>Waar de notitie over gaat: de klant of één factuur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="112"/>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="237"/>
        <source>About the customer</source>
        <translation>Over de klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="113"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="124"/>
        <source>Calls and notes</source>
        <translation>Gesprekken en notities</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="126"/>
        <source>Add a &amp;note about this invoice…</source>
        <translation>&amp;Notitie bij deze factuur toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="135"/>
        <source>No promises to pay.</source>
        <translation>Geen betaalbeloften.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="137"/>
        <source>Withdraw promise…</source>
        <translation>Belofte intrekken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="139"/>
        <source>The customer takes the promise back: its hold ends and dunning resumes</source>
        <translation>De klant trekt de belofte in: de pauze stopt en het aanmanen gaat verder</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="150"/>
        <source>Promises</source>
        <translation>Beloften</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="154"/>
        <source>No payment arrangements.</source>
        <translation>Geen betalingsregelingen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="157"/>
        <source>Choose an arrangement to see its terms.</source>
        <translation>Kies een regeling om de termijnen te zien.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="158"/>
        <source>New arrangement…</source>
        <translation>Nieuwe regeling…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="160"/>
        <source>For the invoices chosen on the Invoices tab, or all open ones</source>
        <translation>Voor de facturen die op het tabblad Facturen gekozen zijn, of alle openstaande</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="163"/>
        <source>Stop arrangement…</source>
        <translation>Regeling stoppen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="164"/>
        <source>End the chosen arrangement: dunning resumes</source>
        <translation>De gekozen regeling beëindigen: het aanmanen gaat verder</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="178"/>
        <source>Arrangements</source>
        <translation>Regelingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="205"/>
        <source>Calls and notes ({count})</source>
        <translation>Gesprekken en notities ({count})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="208"/>
        <source>Promises ({count})</source>
        <translation>Beloften ({count})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="212"/>
        <source>Arrangements ({count})</source>
        <translation>Regelingen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="242"/>
        <source>About invoice {number}</source>
        <translation>Over factuur {number}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="300"/>
        <source>Withdraw the promise</source>
        <translation>Belofte intrekken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="302"/>
        <source>The promise to pay of {date} ends and dunning resumes. Why (optional)?</source>
        <translation>De betaalbelofte van {date} vervalt en het aanmanen gaat verder. Waarom (niet verplicht)?</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="316"/>
        <source>Stop the arrangement</source>
        <translation>Regeling stoppen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_followup.py" line="318"/>
        <source>The arrangement ends; its terms to come are not asked any more and dunning resumes. Why?</source>
        <translation>De regeling stopt; de komende termijnen worden niet meer gevraagd en het aanmanen gaat verder. Waarom?</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="101"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="102"/>
        <source>e.g. vip, payment plan</source>
        <translation>bijv. vip, betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="107"/>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="111"/>
        <source>— (the Netherlands)</source>
        <translation>— (Nederland)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="116"/>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="117"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="118"/>
        <source>phone calls</source>
        <translation>telefoontjes</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="122"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="123"/>
        <source>agreed, also for the 14-day letter</source>
        <translation>akkoord, ook voor de veertiendagenbrief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="124"/>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="280"/>
        <source>By segment / default</source>
        <translation>Volgens segment / standaard</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="142"/>
        <source>The name on letters and in the lists.</source>
        <extracomment>the dunning status, read-only: hand-over, write-off and reactivation have their own dialogs</extracomment>
        <translation>De naam op brieven en in de lijsten.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="144"/>
        <source>Consumers get the stricter legal rules. A type you choose here is marked as set by hand.</source>
        <translation>Voor consumenten gelden de strengere wettelijke regels. Een soort die u hier kiest, wordt gemarkeerd als met de hand ingesteld.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="147"/>
        <source>The person or department letters are addressed to.</source>
        <translation>De persoon of afdeling aan wie brieven gericht zijn.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="148"/>
        <source>Street and house number.</source>
        <translation>Straat en huisnummer.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="150"/>
        <source>Dutch postcodes as 1234 AB. For an address abroad, choose the country first.</source>
        <translation>Nederlandse postcodes als 1234 AB. Kies bij een adres in het buitenland eerst het land.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="152"/>
        <source>Leave empty for the Netherlands.</source>
        <translation>Laat leeg voor Nederland.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="153"/>
        <source>Reminders by e-mail go to this address.</source>
        <translation>Herinneringen per e-mail gaan naar dit adres.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="155"/>
        <source>A mobile number for text messages and calls, e.g. 06 12345678 or +32 470 12 34 56. A fixed line goes under Landline.</source>
        <translation>Een mobiel nummer voor sms en bellen, bijv. 06 12345678 of +32 470 12 34 56. Een vast nummer hoort bij Vaste telefoon.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="158"/>
        <source>A fixed-line number, e.g. 020 123 4567.</source>
        <translation>Een vast nummer, bijv. 020 123 4567.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="160"/>
        <source>The customer&apos;s bank account; for direct debit, the mandate&apos;s account.</source>
        <translation>De bankrekening van de klant; bij incasso de rekening van de machtiging.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="163"/>
        <source>The day of the month the customer prefers to pay, e.g. after payday.</source>
        <translation>De dag van de maand waarop de klant liefst betaalt, bijv. na de salarisdatum.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="165"/>
        <source>The language of letters and messages to this customer.</source>
        <translation>De taal van brieven en berichten aan deze klant.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="166"/>
        <source>How the customer prefers to be reminded.</source>
        <translation>Hoe de klant het liefst herinnerd wordt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="168"/>
        <source>The reference of the signed SEPA mandate (at most 35 characters).</source>
        <translation>Het kenmerk van de getekende SEPA-machtiging (hoogstens 35 tekens).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="170"/>
        <source>The date the customer signed the mandate, e.g. 31-12-2026.</source>
        <translation>De datum waarop de klant de machtiging tekende, bijv. 31-12-2026.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="172"/>
        <source>Decides when the claim prescribes: sales to consumers after 2 years, other claims after 5.</source>
        <translation>Bepaalt wanneer de vordering verjaart: koop door consumenten na 2 jaar, andere vorderingen na 5.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="175"/>
        <source>A group of your own, for lists and rules.</source>
        <translation>Een eigen groepering, voor lijsten en regels.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="176"/>
        <source>Separate tags with commas.</source>
        <translation>Scheid labels met komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="177"/>
        <source>Chamber of Commerce number: 8 digits.</source>
        <translation>Nummer bij de Kamer van Koophandel: 8 cijfers.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="179"/>
        <source>Tick only when the customer agreed to receive legal notices by e-mail: an e-mailed 14-day letter counts only then (otherwise it goes by post).</source>
        <translation>Vink alleen aan als de klant heeft ingestemd met juridische berichten per e-mail: alleen dan telt een gemailde veertiendagenbrief (anders gaat hij per post).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="183"/>
        <source>A dunning policy for this customer alone. &apos;By segment / default&apos; lets the segment rules, or the default policy of the customer type, decide.</source>
        <translation>Een aanmaanbeleid voor alleen deze klant. &apos;Volgens segment / standaard&apos; laat de segmentregels, of het standaardbeleid van de klantsoort, beslissen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="190"/>
        <source>Name and type</source>
        <translation>Naam en soort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="192"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="195"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="197"/>
        <source>Payment and preferences</source>
        <translation>Betaling en voorkeuren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="200"/>
        <source>Direct debit</source>
        <translation>Incasso</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="201"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="202"/>
        <source>Dunning</source>
        <translation>Aanmanen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="216"/>
        <source>The customer asked not to be contacted this way.</source>
        <translation>De klant heeft gevraagd niet op deze manier benaderd te worden.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="217"/>
        <source>Does not want:</source>
        <translation>Wil geen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="223"/>
        <source>Hand-over, write-off and reactivation are in the Customer menu.</source>
        <translation>Uit handen geven, afboeken en weer activeren staan in het menu Klant.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="225"/>
        <source>Dunning status:</source>
        <translation>Aanmaanstatus:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="230"/>
        <source>What you change here stays, also after the next import, until the source file sends a different value for that field.</source>
        <translation>Wat u hier wijzigt, blijft staan, ook na de volgende import, tot het bronbestand voor dat veld een andere waarde stuurt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="271"/>
        <source>{status} since {date}</source>
        <translation>{status} sinds {date}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/customer_form.py" line="275"/>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
</context>
<context>
    <name>CustomerLetters</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="43"/>
        <source>Letter date</source>
        <translation>Briefdatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="44"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="45"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="46"/>
        <source>To pay</source>
        <translation>Te betalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="47"/>
        <source>Payment reference</source>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="49"/>
        <source>Posted on</source>
        <translation>Gepost op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="50"/>
        <source>Returned</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="110"/>
        <source>No letters have been printed for this customer.</source>
        <extracomment>the number of letters shown changed (for the tab&apos;s title)</extracomment>
        <translation>Voor deze klant zijn nog geen brieven afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="112"/>
        <source>Open letter</source>
        <translation>Brief openen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="156"/>
        <source>Letter of {date} to {customer} (batch {batch})</source>
        <translation>Brief van {date} aan {customer} (batch {batch})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/customer_letters.py" line="166"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/customers/page.py" line="35"/>
        <source>Search number, name, postcode or e-mail  (Ctrl+F)</source>
        <extracomment>a call (CallLogResult) or an arrangement (its record) was recorded from this page (Ctrl+L)</extracomment>
        <translation>Zoek op nummer, naam, postcode of e-mail  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/customers/page.py" line="37"/>
        <source>Only customers with open invoices</source>
        <translation>Alleen klanten met openstaande facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/customers/page.py" line="80"/>
        <source>Customers: {count}</source>
        <translation>Klanten: {count}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/customers/page.py" line="84"/>
        <source>No customers yet — import your open-items list with File &gt; Import…</source>
        <translation>Nog geen klanten — importeer uw lijst met openstaande posten via Bestand &gt; Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/customers/page.py" line="85"/>
        <source>No customer matches this search.</source>
        <translation>Geen klant gevonden met deze zoekopdracht.</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="128"/>
        <source>Making a backup…</source>
        <extracomment>the context now holds another (or a restored) database: every view must reload a short note for the status bar</extracomment>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="132"/>
        <source>Backup saved: {path}</source>
        <translation>Back-up opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="153"/>
        <source>Restoring {name}…</source>
        <translation>{name} terugzetten…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="164"/>
        <source>The backup of {date} is back in place.</source>
        <translation>De back-up van {date} is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="168"/>
        <source>The database as it was is kept in {path}.</source>
        <translation>De database zoals die was, is bewaard in {path}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="171"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="178"/>
        <source>Opening {location}…</source>
        <translation>{location} openen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="197"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/database_status.py" line="26"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/database_status.py" line="39"/>
        <source>Customers: {customers} · open invoices: {invoices} · open € {open} · overdue € {overdue}</source>
        <translation>Klanten: {customers} · open facturen: {invoices} · openstaand € {open} · achterstallig € {overdue}</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/day_field.py" line="50"/>
        <source>none (dd-mm-yyyy or +days)</source>
        <extracomment>the text changed; :meth:`value` tells the day (None when empty or not a day)</extracomment>
        <translation>geen (dd-mm-jjjj of +dagen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/day_field.py" line="50"/>
        <source>dd-mm-yyyy or +days</source>
        <translation>dd-mm-jjjj of +dagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/day_field.py" line="53"/>
        <source>Type a date such as 24-12-2026 or 24-12, or +7 for a week from today</source>
        <translation>Typ een datum zoals 24-12-2026 of 24-12, of +7 voor over een week</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/day_field.py" line="89"/>
        <source>not a date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>DialogAsker</name>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="51"/>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="60"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="53"/>
        <source>DebtorDesk backups (*.zip)</source>
        <translation>DebtorDesk-back-ups (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="62"/>
        <source>Replace the database {database} with the backup {backup}?

Everything entered since that backup is replaced. A safety copy of the current database is made first.</source>
        <translation>De database {database} vervangen door de back-up {backup}?

Alles wat sinds die back-up is ingevoerd, wordt vervangen. Eerst wordt een veiligheidskopie van de huidige database gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="73"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="75"/>
        <source>Open a database file on this computer, or a team database by its address?</source>
        <translation>Een databasebestand op deze computer openen, of een teamdatabase via het adres?</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="77"/>
        <source>Database file…</source>
        <translation>Databasebestand…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="79"/>
        <source>Team database address…</source>
        <translation>Adres van teamdatabase…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="86"/>
        <source>Open or create a database file</source>
        <translation>Databasebestand openen of maken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="88"/>
        <source>DebtorDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>DebtorDesk-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="95"/>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/database_actions.py" line="96"/>
        <source>Address of the PostgreSQL database (postgresql://user@server/database):</source>
        <translation>Adres van de PostgreSQL-database (postgresql://gebruiker@server/database):</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="38"/>
        <source>Mark batch {number} as posted</source>
        <translation>Batch {number} markeren als gepost</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="41"/>
        <source>{letters} letters went into the post. The posting date is the evidence for the 14-day letters in this batch ({fourteen}): the term and the collection costs are counted from it.</source>
        <translation>{letters} brieven zijn op de post gedaan. De postdatum is het bewijs voor de veertiendagenbrieven in deze batch ({fourteen}): de termijn en de incassokosten worden ervan af gerekend.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="54"/>
        <source>Optional: a registered-mail number, the post office receipt…</source>
        <translation>Niet verplicht: een aangetekendnummer, het postbewijs…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="57"/>
        <source>Posted on:</source>
        <translation>Gepost op:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="58"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="62"/>
        <source>Mark as posted</source>
        <translation>Markeren als gepost</translation>
    </message>
</context>
<context>
    <name>DisputeColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="34"/>
        <source>Disputed on</source>
        <translation>Betwist op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="35"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="36"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="37"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="38"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="39"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="40"/>
        <source>In the customer&apos;s words</source>
        <translation>In de woorden van de klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="42"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/model.py" line="43"/>
        <source>Opened by</source>
        <translation>Vastgelegd door</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="70"/>
        <source>Open and accepted (on hold)</source>
        <extracomment>the filter&apos;s choices: its key and the statuses it shows (None: every status)</extracomment>
        <translation>Open en toegekend (gepauzeerd)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="71"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="72"/>
        <source>Accepted: credit note expected</source>
        <translation>Toegekend: creditnota verwacht</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="73"/>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="74"/>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="75"/>
        <source>All disputes</source>
        <translation>Alle betwistingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="80"/>
        <source>Accept…</source>
        <translation>Toekennen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="82"/>
        <source>The customer is right: a credit note will follow; the invoice stays on hold</source>
        <translation>De klant heeft gelijk: er komt een creditnota; de factuur blijft gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="85"/>
        <source>Decline…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="87"/>
        <source>The invoice stands: give the reason; dunning resumes</source>
        <translation>De factuur blijft staan: geef de reden; het aanmanen gaat verder</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="90"/>
        <source>Resolve…</source>
        <translation>Afhandelen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="92"/>
        <source>Settled (a credit note came, or the customer withdrew): the hold ends</source>
        <translation>Opgelost (de creditnota kwam, of de klant trok de betwisting in): de pauze stopt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="96"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="166"/>
        <source>No disputes with this status.</source>
        <translation>Geen betwistingen met deze status.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="169"/>
        <source>No disputed invoices on hold. A dispute is recorded when a call is logged with the outcome Dispute.</source>
        <translation>Geen betwiste facturen gepauzeerd. Een betwisting wordt vastgelegd als een gesprek de uitkomst Betwist krijgt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="174"/>
        <source>Disputes: {count}</source>
        <translation>Betwistingen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="235"/>
        <source>Accept the dispute</source>
        <translation>Betwisting toekennen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="237"/>
        <source>Invoice {invoice}: the customer is right. A credit note is expected; the invoice stays on hold until the dispute is resolved. A note (optional):</source>
        <translation>Factuur {invoice}: de klant heeft gelijk. Er komt een creditnota; de factuur blijft gepauzeerd tot de betwisting is afgehandeld. Een notitie (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="254"/>
        <source>Decline the dispute</source>
        <translation>Betwisting afwijzen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="256"/>
        <source>Invoice {invoice} stands. Why (the customer is told)? Dunning resumes for this invoice.</source>
        <translation>Factuur {invoice} blijft staan. Waarom (dit hoort de klant)? Het aanmanen van deze factuur gaat verder.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="273"/>
        <source>Resolve the dispute</source>
        <translation>Betwisting afhandelen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="275"/>
        <source>Invoice {invoice}: settled (a credit note came, or the customer withdrew). The hold ends. A note (optional):</source>
        <translation>Factuur {invoice}: opgelost (de creditnota kwam, of de klant trok de betwisting in). De pauze stopt. Een notitie (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/disputes/page.py" line="293"/>
        <source>Invoice {invoice} of {name}: the dispute is now {status}.</source>
        <translation>Factuur {invoice} van {name}: de betwisting is nu {status}.</translation>
    </message>
</context>
<context>
    <name>DunningActions</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="394"/>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Pauzeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="395"/>
        <source>&amp;Lift hold…</source>
        <translation>Pauze &amp;opheffen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="396"/>
        <source>Hand &amp;over to collection agency…</source>
        <translation>Uit &amp;handen geven aan incassobureau…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="397"/>
        <source>&amp;Write off…</source>
        <translation>&amp;Afboeken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="398"/>
        <source>&amp;Resume dunning…</source>
        <translation>Aanmanen &amp;hervatten…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="399"/>
        <source>Settle &amp;costs and interest…</source>
        <translation>&amp;Kosten en rente afhandelen…</translation>
    </message>
</context>
<context>
    <name>DunningLabels</name>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="24"/>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="25"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="26"/>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="27"/>
        <source>call</source>
        <translation>bellen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="28"/>
        <source>hand-over</source>
        <translation>overdracht</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="29"/>
        <source>due date</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="30"/>
        <source>previous step</source>
        <translation>vorige stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="31"/>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="32"/>
        <source>returned direct debit</source>
        <translation>gestorneerde incasso</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="33"/>
        <source>instalment due</source>
        <translation>termijn vervalt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="34"/>
        <source>broken promise</source>
        <translation>gebroken belofte</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="35"/>
        <source>formal</source>
        <translation>formeel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="36"/>
        <source>informal</source>
        <translation>informeel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="37"/>
        <source>hold</source>
        <translation>pauze</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="38"/>
        <source>dispute</source>
        <translation>betwisting</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="39"/>
        <source>paid via payment link</source>
        <translation>betaald via betaallink</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="42"/>
        <source>customer says it is paid</source>
        <translation>klant zegt betaald te hebben</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="45"/>
        <source>promise to pay</source>
        <translation>betaalbelofte</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="46"/>
        <source>payment arrangement</source>
        <translation>betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="72"/>
        <source>none ({channel})</source>
        <translation>geen ({channel})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="77"/>
        <source>{channel} (for {requested})</source>
        <translation>{channel} (voor {requested})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dunning_labels.py" line="88"/>
        <source>Also covers another channel: {reasons}</source>
        <translation>Vervangt ook een ander kanaal: {reasons}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="57"/>
        <source>Choose the file</source>
        <extracomment>the clerk chose the mode for this file: a preset&apos;s mode no longer replaces it the first sheet of the file read (the CSV), whatever sheet a preset chooses the file being read was typed into the field: Next stays on while it is read Next was pressed while the typed file was read: go on once it is read</extracomment>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="60"/>
        <source>The export from your bookkeeping package: a CSV file or a workbook (.xlsx, .xls, .ods). You can also drop the file here.</source>
        <translation>De export uit uw boekhoudpakket: een CSV-bestand of een werkmap (.xlsx, .xls, .ods). U kunt het bestand ook hierheen slepen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="71"/>
        <source>Import into: {name}</source>
        <translation>Importeren in: {name}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="75"/>
        <source>Choose a file or drop it here</source>
        <translation>Kies een bestand of sleep het hierheen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="79"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="98"/>
        <source>What is in the file?</source>
        <translation>Wat staat er in het bestand?</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="102"/>
        <source>the invoices that are still open, with their customers</source>
        <translation>de facturen die nog openstaan, met hun klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="104"/>
        <source>customers and their contact details; no invoices</source>
        <translation>klanten en hun contactgegevens; geen facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="106"/>
        <source>invoices that were paid, with the date paid, to learn how customers pay</source>
        <translation>betaalde facturen met de betaaldatum, om te zien hoe klanten betalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="126"/>
        <source>The day the list was exported from the bookkeeping; suggested: the file&apos;s date.</source>
        <translation>De dag waarop de lijst uit de boekhouding is gehaald; voorstel: de datum van het bestand.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="134"/>
        <source>Full list (snapshot)</source>
        <translation>Volledige lijst (momentopname)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="135"/>
        <source>Changes only</source>
        <translation>Alleen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="150"/>
        <source>Export date:</source>
        <translation>Exportdatum:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="152"/>
        <source>The file is:</source>
        <translation>Het bestand is:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="189"/>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="209"/>
        <source>sheets: {count}</source>
        <translation>tabbladen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="211"/>
        <source>changed on {date}</source>
        <translation>gewijzigd op {date}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="245"/>
        <source>Looking for a preset…</source>
        <translation>Voorinstelling zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="334"/>
        <source>Only for open items: this file adds and updates, it never closes invoices.</source>
        <translation>Alleen voor openstaande posten: dit bestand voegt toe en werkt bij, het sluit nooit facturen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="338"/>
        <source>All open invoices are in the file: open invoices of this source that are missing from it were paid, and are closed.</source>
        <translation>Alle openstaande facturen staan in het bestand: openstaande facturen van deze bron die ontbreken, zijn betaald en worden gesloten.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_file.py" line="342"/>
        <source>Only new and changed invoices are in the file: nothing is closed.</source>
        <translation>Alleen nieuwe en gewijzigde facturen staan in het bestand: er wordt niets gesloten.</translation>
    </message>
</context>
<context>
    <name>FollowupColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="104"/>
        <source>When</source>
        <extracomment>the outcome of a call in the clerk&apos;s language; &quot;&quot; for a note</extracomment>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="105"/>
        <source>Call or note</source>
        <translation>Gesprek of notitie</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="106"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="132"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="107"/>
        <source>Follow-up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="108"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="109"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="134"/>
        <source>(invoice {invoice})</source>
        <translation>(factuur {invoice})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="138"/>
        <source>Call: {outcome}</source>
        <translation>Gesprek: {outcome}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="164"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="225"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="165"/>
        <source>Promised for</source>
        <translation>Beloofd voor</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="166"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="300"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="167"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="233"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="168"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="226"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="302"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="169"/>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="170"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="228"/>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="301"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="171"/>
        <source>Dunning paused until</source>
        <translation>Aanmanen gepauzeerd tot</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="227"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="229"/>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="230"/>
        <source>Next term due</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="231"/>
        <source>Interval</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="232"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="298"/>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/followup_models.py" line="299"/>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="22"/>
        <source>waiting</source>
        <translation>loopt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="23"/>
        <source>kept</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="24"/>
        <source>broken</source>
        <translation>niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="25"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="29"/>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="30"/>
        <source>partly paid</source>
        <translation>deels betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="31"/>
        <source>not due yet</source>
        <translation>nog niet aan de beurt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="32"/>
        <source>due</source>
        <translation>te betalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="33"/>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="37"/>
        <source>no costs open</source>
        <translation>geen kosten open</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="38"/>
        <source>costs waived</source>
        <translation>kosten kwijtgescholden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="39"/>
        <source>costs included</source>
        <translation>kosten meegenomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="43"/>
        <source>monthly</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="44"/>
        <source>weekly</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="45"/>
        <source>every few days</source>
        <translation>om de zoveel dagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="50"/>
        <source>Imports</source>
        <extracomment>the kinds of timeline events the services write</extracomment>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="51"/>
        <source>Undone imports</source>
        <translation>Teruggedraaide imports</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="52"/>
        <source>Edits</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="53"/>
        <source>Dunning steps</source>
        <translation>Aanmaanstappen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="54"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="55"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="56"/>
        <source>Payment links and payments</source>
        <translation>Betaallinks en betalingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="57"/>
        <source>Calls</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="58"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="59"/>
        <source>Promises</source>
        <translation>Beloften</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="60"/>
        <source>Disputes</source>
        <translation>Betwistingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="61"/>
        <source>Arrangements</source>
        <translation>Regelingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="62"/>
        <source>Holds</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="63"/>
        <source>Assignments</source>
        <translation>Toewijzingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="64"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="65"/>
        <source>Reversals</source>
        <translation>Storneringen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="66"/>
        <source>Closed invoices</source>
        <translation>Gesloten facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/followup_labels.py" line="108"/>
        <source>every {days} days</source>
        <translation>om de {days} dagen</translation>
    </message>
</context>
<context>
    <name>FollowupSettingsDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="55"/>
        <source>Follow-up settings</source>
        <translation>Instellingen opvolging</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="60"/>
        <source>These settings hold for the administration {name}.</source>
        <translation>Deze instellingen gelden voor de administratie {name}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="62"/>
        <source>How promises, payment arrangements and the call list are followed up.</source>
        <translation>Hoe betaalbeloften, betalingsregelingen en de bellijst worden opgevolgd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="72"/>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="80"/>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="91"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="75"/>
        <source>A promise counts as broken only from an open-items list exported at least this many days after the promised date, so a payment on that day can reach the ledger.</source>
        <translation>Een belofte geldt pas als gebroken op grond van een openstaande-postenlijst die minstens zoveel dagen na de beloofde datum is geëxporteerd, zodat een betaling op die dag de boekhouding kan bereiken.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="82"/>
        <source>A term still unpaid this many days after its due date breaks the arrangement.</source>
        <translation>Een termijn die zoveel dagen na de vervaldatum nog niet betaald is, verbreekt de regeling.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="86"/>
        <source>e.g. 10,00</source>
        <translation>bijv. 10,00</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="88"/>
        <source>A single term for the whole amount is always possible, also below this.</source>
        <translation>Eén termijn voor het hele bedrag kan altijd, ook onder dit bedrag.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="95"/>
        <source>&amp;Promise grace period:</source>
        <translation>&amp;Marge na belofte:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="96"/>
        <source>&amp;Term grace period:</source>
        <translation>Marge na &amp;termijn:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="97"/>
        <source>&amp;Smallest amount per term (€):</source>
        <translation>&amp;Kleinste bedrag per termijn (€):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="98"/>
        <source>&amp;Most terms per arrangement:</source>
        <translation>&amp;Meeste termijnen per regeling:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="99"/>
        <source>Call again after (no mobile or e-mail):</source>
        <translation>Opnieuw bellen na (geen mobiel of e-mail):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="110"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/followup_settings.py" line="111"/>
        <source>Load the settings as they are stored now</source>
        <translation>De instellingen laden zoals ze nu zijn opgeslagen</translation>
    </message>
</context>
<context>
    <name>HandoverExportAction</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/handover_export.py" line="25"/>
        <source>Folder for the hand-over dossiers</source>
        <translation>Map voor de overdrachtsdossiers</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/handover_export.py" line="50"/>
        <source>E&amp;xport hand-over dossier…</source>
        <translation>Overdrachtsdossier e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/handover_export.py" line="53"/>
        <source>An Excel file per selected customer for the collection agency: claims, costs and interest, every step taken and the 14-day-letter evidence.</source>
        <translation>Een Excel-bestand per gekozen klant voor het incassobureau: vorderingen, kosten en rente, elke genomen stap en het bewijs van de veertiendagenbrief.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/handover_export.py" line="84"/>
        <location filename="../../src/debtordesk/ui/dialogs/handover_export.py" line="109"/>
        <source>Hand-over dossier</source>
        <translation>Overdrachtsdossier</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/handover_export.py" line="85"/>
        <source>Dossiers written: {count}, in the folder {folder}.</source>
        <translation>Dossiers gemaakt: {count}, in de map {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/handover_export.py" line="93"/>
        <source>The letters&apos; PDFs come from the letter archive; the files list every letter sent.</source>
        <translation>De pdf&apos;s van de brieven komen uit het brievenarchief; de bestanden noemen elke verstuurde brief.</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="42"/>
        <source>Sheet and header row</source>
        <extracomment>what the page was last set up for, so going back and forth keeps the clerk&apos;s choice</extracomment>
        <translation>Tabblad en kopregel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="45"/>
        <source>The row with the column names is marked. If another row holds them, click it; rows above it are skipped.</source>
        <translation>De regel met de kolomnamen is gemarkeerd. Staan ze in een andere regel, klik dan daarop; regels erboven worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="52"/>
        <source>Sheet:</source>
        <translation>Tabblad:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="73"/>
        <source>The file has no header row (columns are named A, B, C…)</source>
        <translation>Het bestand heeft geen kopregel (kolommen heten A, B, C…)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="79"/>
        <source>Header row:</source>
        <translation>Kopregel:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="134"/>
        <source>Reading the sheet…</source>
        <translation>Tabblad lezen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="171"/>
        <source>No row with known column names was found. If the file has no header row, keep the box below ticked; otherwise click the row with the column names.</source>
        <translation>Er is geen regel met bekende kolomnamen gevonden. Heeft het bestand geen kopregel, laat het vakje hieronder dan aangevinkt; klik anders op de regel met de kolomnamen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_header.py" line="178"/>
        <source>Row {row} looks like the header row: {count} column names were recognised.</source>
        <translation>Regel {row} lijkt de kopregel: {count} kolomnamen zijn herkend.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="130"/>
        <source>Put on hold</source>
        <extracomment>the reasons a clerk chooses; promises and arrangements come from their own screens</extracomment>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="133"/>
        <source>Invoices: {numbers}</source>
        <translation>Facturen: {numbers}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="137"/>
        <source>All of the customer&apos;s invoices</source>
        <translation>Alle facturen van de klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="139"/>
        <source>Until and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="144"/>
        <source>What was agreed or said (required for a dispute)</source>
        <translation>Wat is afgesproken of gezegd (verplicht bij een betwisting)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="147"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="148"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="150"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="177"/>
        <source>Say what the customer disputes: the note starts the dispute&apos;s record.</source>
        <translation>Noteer wat de klant betwist: de notitie is het begin van het dossier van de betwisting.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="76"/>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="77"/>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="78"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="79"/>
        <source>Invoice amount</source>
        <translation>Factuurbedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="80"/>
        <source>Open amount</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="81"/>
        <source>Amount paid</source>
        <translation>Betaald bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="82"/>
        <source>Debit (amount = debit − credit)</source>
        <translation>Debet (bedrag = debet − credit)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="83"/>
        <source>Credit (amount = debit − credit)</source>
        <translation>Credit (bedrag = debet − credit)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="86"/>
        <source>First name (name in parts)</source>
        <translation>Voornaam (naam in delen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="87"/>
        <source>Name prefix, e.g. &apos;de&apos;, &apos;van der&apos; (name in parts)</source>
        <translation>Tussenvoegsel, bijv. &apos;de&apos;, &apos;van der&apos; (naam in delen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="90"/>
        <source>Last name (name in parts)</source>
        <translation>Achternaam (naam in delen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="91"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="92"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="93"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="94"/>
        <source>Payment method</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="95"/>
        <source>Direct debit reversal date</source>
        <translation>Datum stornering</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="96"/>
        <source>Date paid</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="97"/>
        <source>Days overdue (not used)</source>
        <translation>Dagen te laat (niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="98"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="99"/>
        <source>Customer name</source>
        <translation>Klantnaam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="100"/>
        <source>Customer type (consumer or business)</source>
        <translation>Soort klant (particulier of zakelijk)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="103"/>
        <source>Attention of</source>
        <translation>Ter attentie van</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="104"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="105"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="106"/>
        <source>Address line 2</source>
        <translation>Adresregel 2</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="107"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="108"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="109"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="110"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="111"/>
        <source>Phone (mobile or landline)</source>
        <translation>Telefoon (mobiel of vast)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="112"/>
        <source>Mobile phone</source>
        <translation>Mobiel nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="113"/>
        <source>Landline phone</source>
        <translation>Vast nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="114"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="115"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="116"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="117"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="118"/>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="119"/>
        <source>Preferred payment day</source>
        <translation>Voorkeursbetaaldag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="122"/>
        <source>Direct debit mandate reference</source>
        <translation>Kenmerk machtiging</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="125"/>
        <source>Direct debit mandate date</source>
        <translation>Datum machtiging</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="126"/>
        <source>Claim type (for prescription)</source>
        <translation>Soort vordering (voor verjaring)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="129"/>
        <source>Chamber of Commerce number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="130"/>
        <source>No text messages</source>
        <translation>Geen sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="131"/>
        <source>No e-mail</source>
        <translation>Geen e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="132"/>
        <source>No phone calls</source>
        <translation>Niet bellen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="139"/>
        <source>Open items</source>
        <translation>Openstaande posten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="140"/>
        <source>Customer master file</source>
        <translation>Klantenbestand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/fields.py" line="141"/>
        <source>History of paid invoices</source>
        <translation>Historie van betaalde facturen</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="78"/>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="80"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="82"/>
        <source>Undo last import…</source>
        <translation>Laatste import terugdraaien…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="86"/>
        <source>All administrations</source>
        <translation>Alle administraties</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="108"/>
        <source>No imports yet. Import your open-items list with File &gt; Import…</source>
        <translation>Nog geen imports. Importeer uw lijst met openstaande posten via Bestand &gt; Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="116"/>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="177"/>
        <source>Choose an import to see its problems.</source>
        <translation>Kies een import om de problemen ervan te zien.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="222"/>
        <source>{file}{sheet}: rows read: {rows}; rows in error: {errors}; warnings: {warnings}.</source>
        <translation>{file}{sheet}: rijen gelezen: {rows}; rijen met een fout: {errors}; waarschuwingen: {warnings}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="231"/>
        <source>The first {count} problems were kept.</source>
        <translation>De eerste {count} problemen zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="235"/>
        <source>Undone on {when} by {user}.</source>
        <translation>Teruggedraaid op {when} door {user}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="249"/>
        <source>Undo the import of {file} of {when}?

Only the data this import brought in is reverted: the invoices and customers it created are removed, and what it changed gets its previous value back. Anything done since, such as letters sent, calls and notes, stays as it is.</source>
        <translation>Import van {file} van {when} terugdraaien?

Alleen de gegevens die deze import heeft binnengebracht worden teruggedraaid: de facturen en klanten die hij heeft aangemaakt worden verwijderd, en wat hij heeft veranderd krijgt de vorige waarde terug. Wat sindsdien is gedaan, zoals verstuurde brieven, gesprekken en notities, blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="256"/>
        <source>Administration: {name}</source>
        <translation>Administratie: {name}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/imports/page.py" line="260"/>
        <source>Undo last import</source>
        <translation>Laatste import terugdraaien</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/wizard.py" line="34"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/wizard.py" line="36"/>
        <source>Spreadsheets and CSV files (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Spreadsheets en CSV-bestanden (*.csv *.txt *.xlsx *.xls *.ods);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/wizard.py" line="47"/>
        <source>Save as preset</source>
        <translation>Opslaan als voorinstelling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/wizard.py" line="48"/>
        <source>Name of the preset, for example the package and the list (“Exact Online open items”). The name is also the source of the imports made with it.</source>
        <translation>Naam van de voorinstelling, bijvoorbeeld het pakket en de lijst (“Exact Online openstaande posten”). De naam is ook de bron van de imports die ermee gedaan worden.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/wizard.py" line="84"/>
        <source>Import</source>
        <extracomment>True once a batch was committed</extracomment>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/preset_note.py" line="17"/>
        <source>sheet ‘{sheet}’</source>
        <translation>blad ‘{sheet}’</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/preset_note.py" line="23"/>
        <source>header on row {row}</source>
        <translation>kopregel op rij {row}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/preset_note.py" line="25"/>
        <source>no header row</source>
        <translation>geen kopregel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/preset_note.py" line="29"/>
        <source>full list</source>
        <translation>volledige lijst</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/preset_note.py" line="31"/>
        <source>changes only</source>
        <translation>alleen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/preset_note.py" line="33"/>
        <source>Preset “{name}”: {details}</source>
        <translation>Voorinstelling “{name}”: {details}</translation>
    </message>
</context>
<context>
    <name>InterestRatesModel</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="98"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="99"/>
        <source>Consumer</source>
        <translation>Consumenten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="100"/>
        <source>Commercial</source>
        <translation>Handels</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="101"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="102"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>InvoiceColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="51"/>
        <source>Invoice</source>
        <extracomment>red for amounts below zero (credit notes, overpayments) and for overdue days</extracomment>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="52"/>
        <source>Customer no.</source>
        <translation>Klantnr.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="53"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="54"/>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="55"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="56"/>
        <source>Days overdue</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="57"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="58"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="60"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="137"/>
        <source>Partly paid: {paid} of {amount} received; {open} still open</source>
        <translation>Deels betaald: {paid} van {amount} ontvangen; {open} staat nog open</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="145"/>
        <source>Credit note: an amount owed to the customer</source>
        <translation>Creditnota: een bedrag dat de klant tegoed heeft</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="149"/>
        <source>Direct debit reversed (storno) on {date}</source>
        <translation>Incasso gestorneerd op {date}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/invoices.py" line="153"/>
        <source>Paid on {date}</source>
        <translation>Betaald op {date}</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="28"/>
        <source>Search invoice number, customer, postcode or e-mail  (Ctrl+F)</source>
        <translation>Zoek op factuurnummer, klant, postcode of e-mail  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="33"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="34"/>
        <source>Paid and closed</source>
        <translation>Betaald en gesloten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="35"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="38"/>
        <source>Overdue only</source>
        <translation>Alleen achterstallig</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="67"/>
        <source>Invoices: {count}</source>
        <translation>Facturen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="71"/>
        <source>No open invoices — import your open-items list with File &gt; Import…</source>
        <translation>Geen openstaande facturen — importeer uw lijst met openstaande posten via Bestand &gt; Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/invoices/page.py" line="72"/>
        <source>No invoice matches these filters.</source>
        <translation>Geen factuur gevonden met deze filters.</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="296"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="296"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="314"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="315"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="316"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="317"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="318"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="21"/>
        <source>Open</source>
        <extracomment>pairs, not a dict: members of different enums may share a value (&quot;manual&quot;) and compare equal</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="22"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="23"/>
        <source>Written off</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="24"/>
        <source>Handed over</source>
        <translation>Uit handen gegeven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="25"/>
        <source>Transfer</source>
        <translation>Overboeking</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="26"/>
        <source>Direct debit</source>
        <translation>Incasso</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="27"/>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="28"/>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="29"/>
        <source>from the imported file</source>
        <translation>uit het geïmporteerde bestand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="30"/>
        <source>recognised by the legal form in the name</source>
        <translation>herkend aan de rechtsvorm in de naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="33"/>
        <source>not known: treated as a consumer (the stricter rules)</source>
        <translation>onbekend: behandeld als consument (de strengere regels)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="35"/>
        <source>set by hand</source>
        <translation>met de hand ingesteld</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="36"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="37"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="38"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="39"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="42"/>
        <source>Consumer sale (prescribes after 2 years)</source>
        <translation>Consumentenkoop (verjaart na 2 jaar)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="44"/>
        <source>Other claim (prescribes after 5 years)</source>
        <translation>Andere vordering (verjaart na 5 jaar)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="48"/>
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="49"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="50"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/labels.py" line="51"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>LegalSettingsDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="180"/>
        <source>Legal settings and interest</source>
        <translation>Juridische instellingen en rente</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="185"/>
        <source>Costs, payments and post</source>
        <translation>Kosten, betalingen en post</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="186"/>
        <source>Statutory interest</source>
        <translation>Wettelijke rente</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="194"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="195"/>
        <source>Load the settings and the table as they are now</source>
        <translation>De instellingen en de tabel laden zoals ze nu zijn</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="212"/>
        <source>These settings hold for every administration.</source>
        <translation>Deze instellingen gelden voor elke administratie.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="219"/>
        <source>Add VAT to the collection costs (our organisation cannot deduct VAT)</source>
        <translation>Btw bij de incassokosten optellen (onze organisatie kan de btw niet verrekenen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="223"/>
        <source>Only when your organisation cannot deduct VAT, for example in care or education. The costs in letters and in the queue are then increased by the VAT.</source>
        <translation>Alleen als uw organisatie de btw niet kan verrekenen, bijvoorbeeld in de zorg of het onderwijs. De kosten in brieven en in de werklijst worden dan met de btw verhoogd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="233"/>
        <source>VAT percentage:</source>
        <translation>Btw-percentage:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="237"/>
        <source>Costs first, then interest, then principal (art. 6:44 BW)</source>
        <translation>Eerst kosten, dan rente, dan hoofdsom (art. 6:44 BW)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="241"/>
        <source>Principal first, then interest, then costs</source>
        <translation>Eerst hoofdsom, dan rente, dan kosten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="244"/>
        <source>Payments pay off:</source>
        <translation>Betalingen lossen af:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="246"/>
        <source>Waive the collection costs once the principal is paid</source>
        <translation>Incassokosten kwijtschelden zodra de hoofdsom is betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="252"/>
        <source>Small recurring claims (since 1 October 2024): when the monthly claim is below the first amount, the collection costs charged in any period of the months given are at most the second amount. The law&apos;s figures are the defaults.</source>
        <translation>Kleine terugkerende vorderingen (sinds 1 oktober 2024): is het maandbedrag lager dan het eerste bedrag, dan zijn de incassokosten in elke periode van het gegeven aantal maanden samen hoogstens het tweede bedrag. Standaard gelden de bedragen uit de wet.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="265"/>
        <source>Monthly claim below (€):</source>
        <translation>Maandbedrag lager dan (€):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="266"/>
        <source>Collection costs at most (€):</source>
        <translation>Incassokosten hoogstens (€):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="267"/>
        <source>Per period of (months):</source>
        <translation>Per periode van (maanden):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="277"/>
        <source>Post is delivered Tuesday to Saturday, not on public holidays. A 14-day letter counts as received after the delivery days plus the margin; the 14 days start the next day.</source>
        <translation>Post wordt bezorgd van dinsdag tot en met zaterdag, niet op feestdagen. Een veertiendagenbrief geldt als ontvangen na de bezorgdagen plus de marge; de 14 dagen beginnen de dag daarna.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="286"/>
        <source>Delivery days:</source>
        <translation>Bezorgdagen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="287"/>
        <source>Margin (delivery days):</source>
        <translation>Marge (bezorgdagen):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="316"/>
        <source>Percent per year; each row holds from its date until the next row. The rates change on 1 January and 1 July. Tick Confirmed only after checking a rate against the Staatscourant or the government&apos;s announcement. Changes to the table are saved at once.</source>
        <translation>Procent per jaar; elke regel geldt vanaf zijn datum tot de volgende regel. De percentages veranderen op 1 januari en 1 juli. Vink Bevestigd pas aan als u een percentage hebt gecontroleerd in de Staatscourant of de bekendmaking van de overheid. Wijzigingen in de tabel worden direct opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="329"/>
        <source>e.g. 6.00</source>
        <translation>bijv. 6,00</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="331"/>
        <source>e.g. 11.15</source>
        <translation>bijv. 11,15</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="332"/>
        <source>Confirmed from an official source</source>
        <translation>Bevestigd uit een officiële bron</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="334"/>
        <source>Where the rates come from</source>
        <translation>Waar de percentages vandaan komen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="336"/>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="337"/>
        <source>Consumer rate (art. 6:119 BW):</source>
        <translation>Consumentenrente (art. 6:119 BW):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="338"/>
        <source>Commercial rate (art. 6:119a BW):</source>
        <translation>Handelsrente (art. 6:119a BW):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="340"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="341"/>
        <source>Add row</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="342"/>
        <source>Save changes to the row</source>
        <translation>Wijzigingen in de regel opslaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="343"/>
        <source>Delete row</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/legal_settings.py" line="458"/>
        <source>Example: a letter posted today (%1) counts as received on %2; the term ends on %3 and costs may be charged from %4.</source>
        <translation>Voorbeeld: een brief die vandaag (%1) is gepost, geldt als ontvangen op %2; de termijn eindigt op %3 en kosten mogen worden gerekend vanaf %4.</translation>
    </message>
</context>
<context>
    <name>LetterColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="47"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="48"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="49"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="50"/>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="113"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="52"/>
        <source>Posted on</source>
        <translation>Gepost op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="109"/>
        <source>From page</source>
        <translation>Vanaf pagina</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="110"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="111"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="112"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="114"/>
        <source>To pay</source>
        <translation>Te betalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="115"/>
        <source>Payment reference</source>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="116"/>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="117"/>
        <source>Returned</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>LetterLabels</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="20"/>
        <source>Ready to print</source>
        <translation>Klaar om af te drukken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="21"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="22"/>
        <source>Posted</source>
        <translation>Gepost</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="23"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="27"/>
        <source>Payment link</source>
        <translation>Betaallink</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="28"/>
        <source>Bank transfer (EPC)</source>
        <translation>Overschrijving (EPC)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="29"/>
        <source>No QR code</source>
        <translation>Geen QR-code</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/model.py" line="81"/>
        <source>(reprint)</source>
        <translation>(herdruk)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="74"/>
        <source>Duplex (each letter on its own sheets)</source>
        <extracomment>a batch was made, posted or changed: the queue and the timelines may show something new</extracomment>
        <translation>Dubbelzijdig (elke brief op eigen vellen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="77"/>
        <source>Make batch</source>
        <translation>Batch maken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="79"/>
        <source>Put every prepared letter in one PDF, sorted by postcode (Ctrl+B)</source>
        <translation>Zet alle klaargezette brieven in één PDF, gesorteerd op postcode (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="83"/>
        <source>Template preview…</source>
        <translation>Voorbeeld van sjabloon…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="85"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="109"/>
        <source>No batches yet. Run the queue, then make a batch of the prepared letters.</source>
        <translation>Nog geen batches. Draai de wachtrij en maak dan een batch van de klaargezette brieven.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="112"/>
        <source>Print batch</source>
        <translation>Batch afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="113"/>
        <source>Send the whole batch to the printer as one PDF</source>
        <translation>Stuur de hele batch als één PDF naar de printer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="115"/>
        <source>Mark as posted…</source>
        <translation>Markeren als gepost…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="117"/>
        <source>Record the posting date: the evidence for the 14-day letters</source>
        <translation>Leg de postdatum vast: het bewijs voor de veertiendagenbrieven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="120"/>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="147"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="121"/>
        <source>Mark as printed</source>
        <translation>Markeren als afgedrukt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="123"/>
        <source>Save PDF as…</source>
        <translation>PDF opslaan als…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="125"/>
        <source>Reprint batch</source>
        <translation>Batch opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="127"/>
        <source>Cancel batch…</source>
        <translation>Batch annuleren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="130"/>
        <source>&lt;b&gt;Batches&lt;/b&gt;</source>
        <translation>&lt;b&gt;Batches&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="142"/>
        <source>Choose a batch to see its letters.</source>
        <translation>Kies een batch om de brieven te zien.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="145"/>
        <source>Print letter…</source>
        <translation>Brief afdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="148"/>
        <source>Record returned mail…</source>
        <translation>Retourpost vastleggen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="150"/>
        <source>Reprint letter</source>
        <translation>Brief opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="153"/>
        <source>&lt;b&gt;Letters in the batch&lt;/b&gt;</source>
        <translation>&lt;b&gt;Brieven in de batch&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="206"/>
        <source>1 letter ready to go in a batch.</source>
        <extracomment>the tables whose columns are already laid out (a saved layout, or sized to first rows)</extracomment>
        <translation>1 brief klaar voor een batch.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="207"/>
        <source>{count} letters ready to go in a batch.</source>
        <translation>{count} brieven klaar voor een batch.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="215"/>
        <source>1 more may go out from {day}.</source>
        <translation>Nog 1 mag weg vanaf {day}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="291"/>
        <source>1 letter in this batch gives no way to pay: the administration has no IBAN, so the letter has no account number, no payment link and no QR code; it asks the customer to contact you. Fill in the IBAN of the administration under Settings &gt; Organisation… before posting it.</source>
        <translation>1 brief in deze batch geeft geen manier om te betalen: de administratie heeft geen IBAN, dus de brief heeft geen rekeningnummer, geen betaallink en geen QR-code; hij vraagt de klant contact met u op te nemen. Vul het IBAN van de administratie in onder Instellingen &gt; Organisatie… voordat u hem post.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="297"/>
        <source>{count} letters in this batch give no way to pay: the administration has no IBAN, so the letters have no account number, no payment link and no QR code; they ask the customer to contact you. Fill in the IBAN of the administration under Settings &gt; Organisation… before posting them.</source>
        <translation>{count} brieven in deze batch geven geen manier om te betalen: de administratie heeft geen IBAN, dus de brieven hebben geen rekeningnummer, geen betaallink en geen QR-code; ze vragen de klant contact met u op te nemen. Vul het IBAN van de administratie in onder Instellingen &gt; Organisatie… voordat u ze post.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="309"/>
        <source>1 letter in this batch has no payment QR code: there was no payment link and no EPC code could be made (check the IBAN and the account holder under Settings &gt; Organisation). It still states how to pay by transfer.</source>
        <translation>1 brief in deze batch heeft geen betaal-QR-code: er was geen betaallink en er kon geen EPC-code worden gemaakt (controleer het IBAN en de rekeninghouder onder Instellingen &gt; Organisatie). Hij vermeldt wel hoe u kunt overmaken.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="314"/>
        <source>{count} letters in this batch have no payment QR code: there was no payment link and no EPC code could be made (check the IBAN and the account holder under Settings &gt; Organisation). They still state how to pay by transfer.</source>
        <translation>{count} brieven in deze batch hebben geen betaal-QR-code: er was geen betaallink en er kon geen EPC-code worden gemaakt (controleer het IBAN en de rekeninghouder onder Instellingen &gt; Organisatie). Ze vermelden wel hoe u kunt overmaken.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="395"/>
        <source>Batch {number}: {letters} on {pages}.</source>
        <translation>Batch {number}: {letters} op {pages}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="398"/>
        <source>1 letter</source>
        <translation>1 brief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="398"/>
        <source>{count} letters</source>
        <translation>{count} brieven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="400"/>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="400"/>
        <source>{count} pages</source>
        <translation>{count} pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="406"/>
        <source>1 letter was left out and cancelled: the facts changed since the run (see the customer&apos;s timeline).</source>
        <translation>1 brief is weggelaten en geannuleerd: de feiten zijn sinds de run veranderd (zie de tijdlijn van de klant).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="410"/>
        <source>{count} letters were left out and cancelled: the facts changed since the run (see the customers&apos; timelines).</source>
        <translation>{count} brieven zijn weggelaten en geannuleerd: de feiten zijn sinds de run veranderd (zie de tijdlijn van de klanten).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="211"/>
        <source>No letters waiting. The queue&apos;s run prepares them.</source>
        <translation>Geen brieven die wachten. De run van de wachtrij zet ze klaar.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="216"/>
        <source>{count} more may go out from {day}.</source>
        <translation>Nog {count} mogen weg vanaf {day}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="376"/>
        <source>Making the batch…</source>
        <translation>Batch wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="442"/>
        <source>Cancelled: nothing was stored, the letters are still waiting.</source>
        <translation>Geannuleerd: er is niets opgeslagen, de brieven wachten nog.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="456"/>
        <source>DebtorDesk batch {number}</source>
        <translation>DebtorDesk batch {number}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="464"/>
        <source>Batch {number} went to the printer. {answer} When the letters are in the post, mark the batch as posted.</source>
        <translation>Batch {number} is naar de printer gestuurd. {answer} Markeer de batch als gepost zodra de brieven op de post zijn.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="507"/>
        <source>Posted on {day}: the 14-day terms count from this date.</source>
        <translation>Gepost op {day}: de veertiendagentermijnen tellen vanaf deze datum.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="527"/>
        <source>Save batch PDF</source>
        <translation>Batch-PDF opslaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="529"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="536"/>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="546"/>
        <source>Cancel batch</source>
        <translation>Batch annuleren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="548"/>
        <source>Cancel batch {number}? Its letters were not posted; they go back to waiting and can go in a new batch.</source>
        <translation>Batch {number} annuleren? De brieven zijn niet gepost; ze gaan terug naar de wachtrij en kunnen in een nieuwe batch.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="569"/>
        <location filename="../../src/debtordesk/ui/pages/letters/page.py" line="626"/>
        <source>Reprinting…</source>
        <translation>Opnieuw afdrukken…</translation>
    </message>
</context>
<context>
    <name>LiftHoldDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="214"/>
        <source>Lift hold</source>
        <translation>Pauze opheffen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="217"/>
        <source>Why the hold ends (optional)</source>
        <translation>Waarom de pauze eindigt (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="219"/>
        <source>Tick the holds to lift:</source>
        <translation>Vink de pauzes aan die u wilt opheffen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="234"/>
        <source>invoice {number}</source>
        <translation>factuur {number}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="236"/>
        <source>until {date}</source>
        <translation>tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="238"/>
        <source>until lifted</source>
        <translation>tot opheffing</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="248"/>
        <source>This customer has no holds.</source>
        <translation>Deze klant heeft geen pauzes.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="266"/>
        <source>Tick at least one hold to lift.</source>
        <translation>Vink minstens één pauze aan om op te heffen.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/list_page.py" line="93"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="160"/>
        <source>Log call</source>
        <extracomment>how far ahead the promise date starts</extracomment>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="165"/>
        <source>Number: {phone}</source>
        <translation>Nummer: {phone}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="167"/>
        <source>No phone number known</source>
        <translation>Geen telefoonnummer bekend</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="171"/>
        <source>Type the number before an outcome, or the first letters of its name</source>
        <translation>Typ het cijfer voor een uitkomst, of de eerste letters van de naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="175"/>
        <source>What was said (Shift+Enter for a new line, Enter saves)</source>
        <translation>Wat er gezegd is (Shift+Enter voor een nieuwe regel, Enter slaat op)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="185"/>
        <source>e.g. 250,00</source>
        <translation>bijv. 250,00</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="193"/>
        <source>{number}  due {due}  open € {amount}</source>
        <translation>{number}  vervalt {due}  open € {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="218"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="219"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="220"/>
        <source>Next &amp;follow-up:</source>
        <translation>Volgende keer &amp;opvolgen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="221"/>
        <source>&amp;Promised for:</source>
        <translation>&amp;Beloofd voor:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="222"/>
        <source>&amp;Amount €:</source>
        <translation>Be&amp;drag €:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="223"/>
        <source>Dispute &amp;reason:</source>
        <translation>&amp;Reden van betwisting:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="224"/>
        <source>&amp;Invoices:</source>
        <translation>&amp;Facturen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="235"/>
        <source>Save the call (Enter)</source>
        <translation>Het gesprek opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="308"/>
        <source>Choose the outcome of the call: type its number or first letters.</source>
        <translation>Kies de uitkomst van het gesprek: typ het cijfer of de eerste letters.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="313"/>
        <source>Next follow-up: type a date such as 24-12-2026 or +7, or leave it empty.</source>
        <translation>Volgende keer opvolgen: typ een datum zoals 24-12-2026 of +7, of laat het leeg.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="324"/>
        <source>Tick the invoices the promise is for.</source>
        <translation>Vink de facturen aan waarvoor de belofte geldt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/log_call.py" line="333"/>
        <source>Promised for: type the date the customer will pay, e.g. +7.</source>
        <translation>Beloofd voor: typ de datum waarop de klant betaalt, bijv. +7.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="101"/>
        <source>Queue</source>
        <extracomment>files the import wizard reads; dropping one on the window starts it opens the import wizard modally; True when a batch was committed</extracomment>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="102"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="103"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="104"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="105"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="106"/>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="114"/>
        <source>Call list</source>
        <translation>Bellijst</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="115"/>
        <source>Disputes</source>
        <translation>Betwistingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="175"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="178"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="180"/>
        <source>&amp;Restore…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="182"/>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="186"/>
        <source>&amp;Queue</source>
        <translation>&amp;Werklijst</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="187"/>
        <source>&amp;Letters</source>
        <translation>&amp;Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="188"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Postvak uit</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="189"/>
        <source>&amp;Customers</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="190"/>
        <source>In&amp;voices</source>
        <translation>&amp;Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="191"/>
        <source>Import &amp;history</source>
        <translation>Import&amp;geschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="194"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="196"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="198"/>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisatie…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="201"/>
        <source>&amp;Administrations…</source>
        <translation>&amp;Administraties…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="203"/>
        <source>&amp;Dunning policies…</source>
        <translation>&amp;Aanmaanbeleid…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="204"/>
        <source>&amp;Legal and interest…</source>
        <translation>&amp;Juridisch en rente…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="206"/>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Opvolging…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="209"/>
        <source>&amp;Providers (payment links, SMS, e-mail)…</source>
        <translation>&amp;Providers (betaallinks, sms, e-mail)…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="212"/>
        <source>&amp;Sending (SMS and e-mail)…</source>
        <translation>&amp;Versturen (sms en e-mail)…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="215"/>
        <source>Letter &amp;template preview…</source>
        <translation>Voorbeeld van brief&amp;sjabloon…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="218"/>
        <source>&amp;Message templates (SMS, e-mail)…</source>
        <translation>&amp;Berichtsjablonen (sms, e-mail)…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="220"/>
        <source>&amp;About DebtorDesk</source>
        <translation>&amp;Over DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="222"/>
        <source>Cost and interest &amp;calculator…</source>
        <translation>Kosten- en rente&amp;calculator…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="225"/>
        <source>Claims nearing &amp;prescription…</source>
        <translation>Vorderingen die bijna &amp;verjaren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="229"/>
        <source>&amp;Call list</source>
        <translation>&amp;Bellijst</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="230"/>
        <source>&amp;Disputes</source>
        <translation>Be&amp;twistingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="234"/>
        <source>&amp;Log call…</source>
        <translation>Gesprek &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="236"/>
        <source>C&amp;all the customer</source>
        <translation>Klant b&amp;ellen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="239"/>
        <source>Payment &amp;arrangement…</source>
        <translation>Betalings&amp;regeling…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="252"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="257"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="268"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="270"/>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Pauzeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="271"/>
        <source>&amp;Lift hold…</source>
        <translation>Pauze &amp;opheffen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="272"/>
        <source>Hand &amp;over to collection agency…</source>
        <translation>Uit &amp;handen geven aan incassobureau…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="273"/>
        <source>&amp;Write off…</source>
        <translation>&amp;Afboeken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="275"/>
        <source>Settle &amp;costs and interest…</source>
        <translation>&amp;Kosten en rente afhandelen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="281"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Toewijzen aan…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="283"/>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Opvolging</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="287"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="295"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="298"/>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="462"/>
        <source>About DebtorDesk</source>
        <translation>Over DebtorDesk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="464"/>
        <source>&lt;b&gt;DebtorDesk {version}&lt;/b&gt;&lt;br&gt;Credit management for Dutch debtor teams: import, follow-up, reminders.&lt;br&gt;&lt;br&gt;Database: {location}</source>
        <translation>&lt;b&gt;DebtorDesk {version}&lt;/b&gt;&lt;br&gt;Debiteurenbeheer voor Nederlandse debiteurenteams: importeren, opvolgen, herinneren.&lt;br&gt;&lt;br&gt;Database: {location}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/main_window.py" line="274"/>
        <source>&amp;Resume dunning…</source>
        <translation>Aanmanen &amp;hervatten…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="53"/>
        <source>Columns</source>
        <extracomment>data rows searched for an example value of each column the columns are a bank statement&apos;s: nothing to map, Next stays off</extracomment>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="56"/>
        <source>Which column holds what. Recognised columns are filled in already; check them and correct where needed. Fields marked * are needed.</source>
        <translation>Welke kolom bevat wat. Herkende kolommen zijn al ingevuld; controleer ze en verbeter waar nodig. Velden met * zijn nodig.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="62"/>
        <source>Save as preset…</source>
        <translation>Opslaan als voorinstelling…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="67"/>
        <source>Preset:</source>
        <translation>Voorinstelling:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="168"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="168"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="174"/>
        <source>— not in the file —</source>
        <translation>— niet in het bestand —</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="203"/>
        <source>e.g. {value}</source>
        <translation>bijv. {value}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="223"/>
        <source>You changed the columns of preset “{name}”. Save it again to use these columns next time.</source>
        <translation>U hebt de kolommen van voorinstelling “{name}” veranderd. Sla haar opnieuw op om deze kolommen de volgende keer te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="245"/>
        <source>Still needed: {fields}.</source>
        <translation>Nog nodig: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="247"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Kolommen die niet worden geïmporteerd: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="249"/>
        <source>Every column is imported.</source>
        <translation>Elke kolom wordt geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="277"/>
        <source>Looking for a preset…</source>
        <translation>Voorinstelling zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="288"/>
        <source>None: recognise the columns automatically</source>
        <translation>Geen: kolommen automatisch herkennen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="297"/>
        <source>Saved as preset “{name}”.</source>
        <translation>Opgeslagen als voorinstelling “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="302"/>
        <source>The preset “{name}” chose this sheet, so it is selected.</source>
        <translation>De voorinstelling “{name}” koos dit blad, daarom is ze gekozen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="315"/>
        <source>The preset “{name}” was made for a file with these columns, so it is selected.</source>
        <translation>De voorinstelling “{name}” is gemaakt voor een bestand met deze kolommen en is daarom gekozen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="307"/>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="333"/>
        <source>These columns of the preset are not in this file: {columns}.</source>
        <translation>Deze kolommen van de voorinstelling staan niet in dit bestand: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="354"/>
        <source>This import is recorded under the source “{source}”. A full list only closes invoices of the same source.</source>
        <translation>Deze import wordt vastgelegd onder de bron “{source}”. Een volledige lijst sluit alleen facturen van dezelfde bron.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="359"/>
        <source>This import is recorded without a preset. A full list only closes invoices that were also imported without a preset.</source>
        <translation>Deze import wordt vastgelegd zonder voorinstelling. Een volledige lijst sluit alleen facturen die ook zonder voorinstelling zijn geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_mapping.py" line="382"/>
        <source>Saving the preset…</source>
        <translation>Voorinstelling opslaan…</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="63"/>
        <source>SMS</source>
        <extracomment>milliseconds of quiet typing before the text is checked again</extracomment>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="64"/>
        <source>E-mail subject</source>
        <translation>Onderwerp e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="65"/>
        <source>E-mail text</source>
        <translation>Tekst e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="66"/>
        <source>E-mail HTML</source>
        <translation>HTML e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="96"/>
        <source>Message templates</source>
        <translation>Berichtsjablonen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="116"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="117"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="119"/>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="120"/>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="123"/>
        <source>The customer the preview writes to: try a name with ł or ğ</source>
        <translation>De klant aan wie het voorbeeld schrijft: probeer een naam met ł of ğ</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="125"/>
        <source>Write names in GSM-7 letters (ł → l, ğ → g)</source>
        <translation>Namen in GSM-7-letters schrijven (ł → l, ğ → g)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="129"/>
        <source>As the outbox does when this setting is on: one letter outside GSM-7 makes the whole SMS UCS-2, 70 characters a part instead of 160</source>
        <translation>Zoals het postvak uit doet als deze instelling aan staat: één letter buiten GSM-7 maakt de hele sms UCS-2, 70 tekens per deel in plaats van 160</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="134"/>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="135"/>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="136"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="137"/>
        <source>Tone:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="138"/>
        <source>Sample customer:</source>
        <translation>Voorbeeldklant:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="163"/>
        <source>&amp;Customise</source>
        <translation>&amp;Aanpassen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="165"/>
        <source>Copy the shipped template into your data folder to edit it</source>
        <translation>Het meegeleverde sjabloon naar uw gegevensmap kopiëren om het te bewerken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="167"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="168"/>
        <source>&amp;Revert to shipped</source>
        <translation>&amp;Terug naar meegeleverd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="170"/>
        <source>Remove your copy: the messages use the shipped template again</source>
        <translation>Uw kopie verwijderen: de berichten gebruiken weer het meegeleverde sjabloon</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="172"/>
        <source>Check &amp;all templates</source>
        <translation>&amp;Alle sjablonen controleren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="191"/>
        <source>Preview:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="260"/>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>Uw wijzigingen in dit sjabloon zijn niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="316"/>
        <source>Your copy: {file}</source>
        <translation>Uw kopie: {file}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="320"/>
        <source>The shipped template {name}. Click Customise to edit your own copy; the messages use it from then on.</source>
        <translation>Het meegeleverde sjabloon {name}. Klik op Aanpassen om uw eigen kopie te bewerken; de berichten gebruiken die vanaf dan.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="391"/>
        <source>Subject: {characters} characters</source>
        <translation>Onderwerp: {characters} tekens</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="412"/>
        <source>With a payment link: {with_link}. Without: {without_link}.</source>
        <translation>Met een betaallink: {with_link}. Zonder: {without_link}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="418"/>
        <source>For {name}: {check}.</source>
        <translation>Voor {name}: {check}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="422"/>
        <source>Without writing the name in GSM-7 letters: {check}.</source>
        <translation>Zonder de naam in GSM-7-letters te schrijven: {check}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="432"/>
        <source>{characters}, {encoding}, {parts}</source>
        <translation>{characters}, {encoding}, {parts}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="434"/>
        <source>1 character</source>
        <translation>1 teken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="434"/>
        <source>{count} characters</source>
        <translation>{count} tekens</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="437"/>
        <source>1 part</source>
        <translation>1 deel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="437"/>
        <source>{count} parts</source>
        <translation>{count} delen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="440"/>
        <source>(because of {characters})</source>
        <translation>(door {characters})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="459"/>
        <source>Copied to {file}. Edit it here and save.</source>
        <translation>Gekopieerd naar {file}. Bewerk het hier en sla het op.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="478"/>
        <source>Saved as {file}. The outbox uses it from the next send.</source>
        <translation>Opgeslagen als {file}. Het postvak uit gebruikt het vanaf de volgende verzending.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="488"/>
        <source>Remove your copy of this template? The messages use the shipped template again.</source>
        <translation>Uw kopie van dit sjabloon verwijderen? De berichten gebruiken dan weer het meegeleverde sjabloon.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="502"/>
        <source>Your copy was removed: the shipped template is used again.</source>
        <translation>Uw kopie is verwijderd: het meegeleverde sjabloon wordt weer gebruikt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/message_templates.py" line="528"/>
        <source>Your changes to this template are not saved. Close anyway?</source>
        <translation>Uw wijzigingen in dit sjabloon zijn niet opgeslagen. Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>MissingDatabaseDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="31"/>
        <source>Or use the standard database in the data folder now: DebtorDesk then forgets the database chosen on this computer. Quit changes nothing.</source>
        <translation>Of gebruik nu de standaarddatabase in de gegevensmap: DebtorDesk vergeet dan de database die op deze computer is gekozen. Afsluiten verandert niets.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="36"/>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="46"/>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="60"/>
        <source>Use the standard database</source>
        <translation>De standaarddatabase gebruiken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="38"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="49"/>
        <source>Use the standard database {standard} from now on? DebtorDesk forgets the database chosen on this computer ({chosen}); if there is no standard database yet, a new, empty one is made.</source>
        <translation>Voortaan de standaarddatabase {standard} gebruiken? DebtorDesk vergeet de database die op deze computer is gekozen ({chosen}); is er nog geen standaarddatabase, dan wordt er een nieuwe, lege gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="56"/>
        <source>Nothing in {folder} is changed or removed: when the drive is connected again, you can choose that database with File › Open database…</source>
        <translation>In {folder} wordt niets gewijzigd of verwijderd: is de schijf weer aangesloten, dan kiest u die database met Bestand › Database openen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="61"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>NewAdministrationDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="50"/>
        <source>New administration</source>
        <translation>Nieuwe administratie</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="54"/>
        <source>An administration is a legal entity of your group with its own customers and invoices. Fill in its IBAN, address and KvK number afterwards with Edit….</source>
        <translation>Een administratie is een rechtspersoon binnen uw groep, met eigen klanten en facturen. Vul het IBAN, het adres en het KvK-nummer daarna in met Wijzigen….</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="65"/>
        <source>e.g. NOORD</source>
        <translation>bijv. NOORD</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="68"/>
        <source>Short and unique: letters, digits, - and _. It is used on the command line (--administration CODE) and in lists.</source>
        <translation>Kort en uniek: letters, cijfers, - en _. De code wordt gebruikt op de opdrachtregel (--administration CODE) en in lijsten.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="74"/>
        <source>e.g. Kinderopvang Noord B.V.</source>
        <translation>bijv. Kinderopvang Noord B.V.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="76"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/administrations.py" line="77"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="76"/>
        <source>Organisation settings</source>
        <extracomment>how payment references are made, as loaded (&quot;rf&quot;, &quot;kenmerk&quot; or &quot;invoice_number&quot;)</extracomment>
        <translation>Organisatie-instellingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="80"/>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="81"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="89"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="90"/>
        <source>Load the settings as they are stored now</source>
        <translation>De instellingen laden zoals ze nu zijn opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="107"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="108"/>
        <source>Account holder</source>
        <translation>Rekeninghouder</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="109"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="110"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="111"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="112"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="113"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="114"/>
        <source>Country (2 letters)</source>
        <translation>Land (2 letters)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="115"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="116"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="117"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="118"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="119"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="138"/>
        <source>Payment reference:</source>
        <translation>Betalingskenmerk:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="139"/>
        <source>Logo on letters:</source>
        <translation>Logo op brieven:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="153"/>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="206"/>
        <source>No logo</source>
        <extracomment>the stored logo has been read (tests wait for it)</extracomment>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="157"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="158"/>
        <source>A PNG or JPEG image; it is saved at once</source>
        <translation>Een PNG- of JPEG-afbeelding; wordt meteen opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="160"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="170"/>
        <source>Choose the logo</source>
        <translation>Kies het logo</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="170"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="228"/>
        <source>RF reference per customer dossier (recommended)</source>
        <translation>RF-kenmerk per klantdossier (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="229"/>
        <source>Generated 16-digit payment reference (betalingskenmerk)</source>
        <translation>Gegenereerd betalingskenmerk van 16 cijfers</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="230"/>
        <source>The ledger&apos;s own invoice number</source>
        <translation>Het factuurnummer uit de boekhouding</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="235"/>
        <source>The reference the customer is asked to pay with, on letters and in the QR code.</source>
        <translation>Het kenmerk waarmee de klant wordt gevraagd te betalen, in brieven en in de QR-code.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="250"/>
        <source>One international creditor reference (RF) per customer: every bank passes it on, and a payment of several invoices is matched at once.</source>
        <translation>Eén internationaal crediteurkenmerk (RF) per klant: elke bank geeft het door, en een betaling van meerdere facturen wordt in één keer gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="254"/>
        <source>Only when your bank has registered this IBAN for payment references (betalingskenmerken): ask your bank first. Otherwise the reference does not travel as a structured reference and payments are harder to match.</source>
        <translation>Alleen als uw bank dit IBAN heeft aangemeld voor betalingskenmerken: vraag het eerst na bij uw bank. Anders komt het kenmerk niet als gestructureerd kenmerk door en zijn betalingen lastiger te koppelen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="259"/>
        <source>The ledger&apos;s own reference (or number) of the invoice; a letter that lists several invoices gets the customer&apos;s RF reference instead.</source>
        <translation>Het eigen kenmerk (of nummer) van de factuur uit de boekhouding; een brief met meerdere facturen krijgt in plaats daarvan het RF-kenmerk van de klant.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="275"/>
        <source>These options hold for every administration.</source>
        <translation>Deze opties gelden voor elke administratie.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="339"/>
        <source>Organisation settings: {name}</source>
        <translation>Organisatie-instellingen: {name}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/organisation.py" line="445"/>
        <source>The account holder differs from the name on your letters (&apos;{name}&apos;). Since October 2025 the payer&apos;s bank checks the name against the account holder of the IBAN and warns the payer when they differ. Use the account holder&apos;s name exactly as your bank has it.</source>
        <translation>De rekeninghouder wijkt af van de naam op uw brieven (&apos;{name}&apos;). Sinds oktober 2025 controleert de bank van de betaler de naam tegen de rekeninghouder van het IBAN en waarschuwt de betaler bij een verschil. Gebruik de naam van de rekeninghouder precies zoals uw bank die kent.</translation>
    </message>
</context>
<context>
    <name>OutboxColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="101"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="102"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="103"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="104"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="105"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="106"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="107"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="108"/>
        <source>Last attempt</source>
        <translation>Laatste poging</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="109"/>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="110"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="111"/>
        <source>Delivery</source>
        <translation>Aflevering</translation>
    </message>
</context>
<context>
    <name>OutboxLabels</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="67"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="58"/>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="57"/>
        <source>On its way</source>
        <translation>Onderweg</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="59"/>
        <source>Did not arrive</source>
        <translation>Niet aangekomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="60"/>
        <source>Cannot be known</source>
        <translation>Niet na te gaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="64"/>
        <source>Everything</source>
        <extracomment>the filter choices: a label and the statuses it shows</extracomment>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="65"/>
        <source>To send</source>
        <translation>Te versturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="66"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="204"/>
        <source>Send now</source>
        <extracomment>what the providers said about delivery, by communication (set with the rows) messages went out or changed: the queue and the timelines may show something new</extracomment>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="207"/>
        <source>Send the queued SMS and e-mail payment requests whose day has come, through the providers chosen under Settings &gt; Providers</source>
        <translation>Verstuur de sms- en e-mailbetaalverzoeken in de wachtrij waarvan de dag gekomen is, via de providers die onder Instellingen &gt; Providers zijn gekozen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="212"/>
        <source>Check payments and delivery</source>
        <translation>Betalingen en aflevering controleren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="215"/>
        <source>Ask the payment-link provider which links were paid: paid invoices get the &apos;paid via link&apos; hold, so nobody who paid is reminded again. Then ask the SMS providers whether the messages of the last days arrived</source>
        <translation>Vraag de betaallinkaanbieder welke links betaald zijn: betaalde facturen krijgen de pauze &apos;betaald via link&apos;, zodat niemand die betaald heeft nog een herinnering krijgt. Vraag daarna de sms-aanbieders of de berichten van de afgelopen dagen zijn aangekomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="221"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="223"/>
        <source>Stop after the messages being sent now; nothing is sent twice</source>
        <translation>Stoppen na de berichten die nu worden verstuurd; niets gaat twee keer weg</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="230"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="243"/>
        <source>Nothing in the outbox. The queue&apos;s run prepares SMS and e-mail payment requests.</source>
        <translation>Niets in het postvak uit. De run van de wachtrij zet sms- en e-mailbetaalverzoeken klaar.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="247"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="250"/>
        <source>Queue a failed message again (an uncertain one only when you checked that it did not go)</source>
        <translation>Zet een mislukt bericht opnieuw in de wachtrij (een onzeker bericht alleen als u hebt nagekeken dat het niet weg is gegaan)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="255"/>
        <source>Cancel message</source>
        <translation>Bericht annuleren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="257"/>
        <source>It was sent</source>
        <translation>Het is verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="259"/>
        <source>You found this uncertain message in the provider&apos;s portal: mark it as sent</source>
        <translation>U hebt dit onzekere bericht in het portaal van de provider gevonden: markeer het als verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="262"/>
        <source>It was not sent</source>
        <translation>Het is niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="313"/>
        <source>{to_send} to send · {attention} need attention · {sent} sent</source>
        <translation>{to_send} te versturen · {attention} vragen aandacht · {sent} verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="353"/>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="385"/>
        <source>Checking payment links and delivery…</source>
        <translation>Betaallinks en aflevering controleren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="403"/>
        <source>Asked about {asked} SMS: {delivered} delivered, {undelivered} did not arrive, {pending} still on their way.</source>
        <translation>Nagevraagd voor {asked} sms&apos;jes: {delivered} afgeleverd, {undelivered} niet aangekomen, {pending} nog onderweg.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="413"/>
        <source>Call the customers whose SMS did not arrive, or check their mobile numbers (see the timelines and the call list).</source>
        <translation>Bel de klanten bij wie de sms niet aankwam, of controleer hun mobiele nummers (zie de tijdlijnen en de bellijst).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="417"/>
        <source>Delivery not checked ({count}): {reason}</source>
        <translation>Aflevering niet gecontroleerd ({count}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="427"/>
        <source>Checked {links}: {paid} paid, {expired} expired, {open} still open.</source>
        <translation>{links} gecontroleerd: {paid} betaald, {expired} verlopen, {open} nog open.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="430"/>
        <source>1 payment link</source>
        <translation>1 betaallink</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="430"/>
        <source>{count} payment links</source>
        <translation>{count} betaallinks</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="439"/>
        <source>1 payment paid a claim twice: refund it (see the customer&apos;s timeline).</source>
        <translation>1 betaling betaalde een vordering dubbel: betaal die terug (zie de tijdlijn van de klant).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="441"/>
        <source>{count} payments paid a claim twice: refund them (see the customers&apos; timelines).</source>
        <translation>{count} betalingen betaalden een vordering dubbel: betaal ze terug (zie de tijdlijn van de klanten).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="447"/>
        <source>Not checked ({count}): {reason}</source>
        <translation>Niet gecontroleerd ({count}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="459"/>
        <source>Sent {sent}, failed {failed}, uncertain {uncertain}, to retry later {later}, cancelled because the facts changed {stale}.</source>
        <translation>Verstuurd {sent}, mislukt {failed}, onzeker {uncertain}, later opnieuw {later}, geannuleerd omdat de feiten veranderden {stale}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="479"/>
        <source>Stopped. What was not sent stays queued.</source>
        <translation>Gestopt. Wat niet is verstuurd, blijft in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="505"/>
        <source>Send again?</source>
        <translation>Opnieuw versturen?</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="507"/>
        <source>DebtorDesk could not find out whether this message reached the provider. Send it again only when you checked (in the provider&apos;s portal, or with the customer) that it did not go: otherwise the customer gets it twice.</source>
        <translation>DebtorDesk kon niet nagaan of dit bericht de provider heeft bereikt. Verstuur het alleen opnieuw als u hebt nagekeken (in het portaal van de provider, of bij de klant) dat het niet is verstuurd: anders krijgt de klant het twee keer.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="517"/>
        <source>Queued again: it goes with the next send.</source>
        <translation>Opnieuw in de wachtrij: het gaat mee met de volgende verzending.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="525"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="534"/>
        <source>Marked as sent.</source>
        <translation>Gemarkeerd als verstuurd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/outbox/page.py" line="534"/>
        <source>Marked as not sent.</source>
        <translation>Gemarkeerd als niet verstuurd.</translation>
    </message>
</context>
<context>
    <name>OutboxSettingsDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="234"/>
        <source>Sending settings</source>
        <translation>Instellingen voor versturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="239"/>
        <source>These settings hold for the administration {name}.</source>
        <translation>Deze instellingen gelden voor de administratie {name}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="242"/>
        <source>How fast, how much and when the outbox sends SMS and e-mail. Messages that may not go out now wait in the outbox until they may.</source>
        <translation>Hoe snel, hoeveel en wanneer de outbox sms en e-mail verstuurt. Berichten die nu niet weg mogen, wachten in de outbox tot het wel mag.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="247"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="248"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="254"/>
        <source>An SMS longer than this many parts is refused instead of sent.</source>
        <translation>Een sms van meer delen dan dit wordt geweigerd in plaats van verstuurd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="256"/>
        <source>Write names in the plain SMS alphabet</source>
        <translation>Namen in het gewone sms-alfabet schrijven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="259"/>
        <source>Letters an SMS cannot carry in its plain alphabet are written as their nearest plain letter, for example Ş as S: otherwise the whole SMS costs up to three times as many parts.</source>
        <translation>Letters die een sms niet in het gewone alfabet kan dragen, worden als de dichtstbijzijnde gewone letter geschreven, bijvoorbeeld Ş als S: anders kost de hele sms tot drie keer zoveel delen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="267"/>
        <source>A message that keeps failing to go out is given up after this many attempts.</source>
        <translation>Een bericht dat steeds niet weg kan, wordt na zoveel pogingen opgegeven.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="269"/>
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="271"/>
        <source>Most parts of an SMS:</source>
        <translation>Hoogstens delen per sms:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="273"/>
        <source>Attempts before giving up:</source>
        <translation>Pogingen voor opgeven:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="284"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="285"/>
        <source>Load the settings as they are stored now</source>
        <translation>De instellingen laden zoals ze nu zijn opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="286"/>
        <source>Defaults</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="288"/>
        <source>Fill in DebtorDesk&apos;s defaults; nothing changes until you save</source>
        <translation>De standaardwaarden van DebtorDesk invullen; er verandert niets tot u opslaat</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="372"/>
        <source>{channel}: tick at least one day on which it may be sent.</source>
        <translation>{channel}: vink ten minste één dag aan waarop verstuurd mag worden.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/outbox_settings.py" line="383"/>
        <source>{channel}: the hours end before they begin.</source>
        <translation>{channel}: de uren eindigen voordat ze beginnen.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_dialog.py" line="23"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="46"/>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="58"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="50"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="53"/>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="55"/>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="130"/>
        <source>Nothing to show yet.</source>
        <translation>Nog niets te tonen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="124"/>
        <source>of {count}</source>
        <translation>van {count}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="153"/>
        <source>Print letter</source>
        <translation>Brief afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/pdf_preview.py" line="128"/>
        <source>This PDF cannot be shown (it may be damaged).</source>
        <translation>Deze PDF kan niet worden getoond (hij is misschien beschadigd).</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="112"/>
        <source>Dunning policies</source>
        <translation>Aanmaanbeleid</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="116"/>
        <source>Policies</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="118"/>
        <source>Segment rules</source>
        <translation>Segmentregels</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="130"/>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="374"/>
        <source>New policy</source>
        <translation>Nieuw beleid</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="132"/>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="578"/>
        <source>Delete policy</source>
        <translation>Beleid verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="134"/>
        <source>Delete the chosen policy; only a policy nothing uses can be deleted.</source>
        <translation>Verwijder het gekozen beleid; alleen een beleid dat nergens wordt gebruikt kan worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="137"/>
        <source>Make default for consumers</source>
        <translation>Standaard maken voor consumenten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="141"/>
        <source>Make default for businesses</source>
        <translation>Standaard maken voor bedrijven</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="156"/>
        <source>Customers who owe less than this are not dunned.</source>
        <translation>Klanten die minder dan dit bedrag schuldig zijn, worden niet aangemaand.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="158"/>
        <source>Residuals up to this amount count as paid.</source>
        <translation>Restbedragen tot dit bedrag tellen als betaald.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="159"/>
        <source>all customers</source>
        <translation>alle klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="160"/>
        <source>Costs only after the 14-day letter</source>
        <translation>Kosten pas na de veertiendagenbrief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="161"/>
        <source>Show statutory interest</source>
        <translation>Wettelijke rente tonen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="163"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="165"/>
        <source>Minimum amount:</source>
        <translation>Minimumbedrag:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="167"/>
        <source>Tolerance:</source>
        <translation>Tolerantie:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="169"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="182"/>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="183"/>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="184"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="185"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="213"/>
        <source>Save policy</source>
        <translation>Beleid opslaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="215"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="216"/>
        <source>Show the policies as they are stored now</source>
        <translation>Toon het beleid zoals het nu is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="252"/>
        <source>There is no administration yet: import an open-items list first.</source>
        <translation>Er is nog geen administratie: importeer eerst een openstaande-postenlijst.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="294"/>
        <source>{name} (default for consumers)</source>
        <translation>{name} (standaard voor consumenten)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="296"/>
        <source>{name} (default for businesses)</source>
        <translation>{name} (standaard voor bedrijven)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="326"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="327"/>
        <source>The changes to &apos;{name}&apos; are not saved. Discard them?</source>
        <translation>De wijzigingen in &apos;{name}&apos; zijn niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="365"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="378"/>
        <source>A new policy: not saved yet.</source>
        <translation>Nieuw beleid: nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="414"/>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="457"/>
        <source>Minimum amount</source>
        <translation>Minimumbedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="458"/>
        <source>Tolerance</source>
        <translation>Tolerantie</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="470"/>
        <source>{what}: &apos;{text}&apos; is not an amount such as 5,00.</source>
        <translation>{what}: &apos;{text}&apos; is geen bedrag zoals 5,00.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="491"/>
        <source>Nothing was saved: correct the marked fields and save again.</source>
        <translation>Er is niets opgeslagen: verbeter de gemarkeerde velden en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="507"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="515"/>
        <source>Nothing was saved: correct what is listed and save again.</source>
        <translation>Er is niets opgeslagen: verbeter wat hierboven staat en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="523"/>
        <source>Reload shows the policy as it is stored now (your changes are lost).</source>
        <translation>Opnieuw laden toont het beleid zoals het nu is opgeslagen (uw wijzigingen gaan verloren).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="553"/>
        <source>This policy is the default already.</source>
        <translation>Dit beleid is al de standaard.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="556"/>
        <source>This policy is the default for the other customer type; a policy is the default for one type only.</source>
        <translation>Dit beleid is de standaard voor het andere klanttype; een beleid is de standaard voor één type.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="560"/>
        <source>This policy is meant for the other customer type only.</source>
        <translation>Dit beleid is alleen bedoeld voor het andere klanttype.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="562"/>
        <source>Customers of this type that no segment rule and no policy of their own places get this policy; the present default stops being it.</source>
        <translation>Klanten van dit type die geen segmentregel en geen eigen beleid hebben, krijgen dit beleid; de huidige standaard is dat dan niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="579"/>
        <source>Delete the dunning policy &apos;{name}&apos;? This cannot be undone.</source>
        <translation>Het aanmaanbeleid &apos;{name}&apos; verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="598"/>
        <source>The policy &apos;{name}&apos; was deleted.</source>
        <translation>Het beleid &apos;{name}&apos; is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="608"/>
        <source>&apos;{name}&apos; is now the default for consumers.</source>
        <translation>&apos;{name}&apos; is nu de standaard voor consumenten.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="610"/>
        <source>&apos;{name}&apos; is now the default for businesses.</source>
        <translation>&apos;{name}&apos; is nu de standaard voor bedrijven.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policies.py" line="632"/>
        <source>Reload shows the policies as they are stored now.</source>
        <translation>Opnieuw laden toont het beleid zoals het nu is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PolicySteps</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="193"/>
        <source>Key: {key}</source>
        <translation>Sleutel: {key}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="202"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>PrescriptionColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="61"/>
        <source>Customer no.</source>
        <translation>Klantnr.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="62"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="63"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="64"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="65"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="66"/>
        <source>Claim type</source>
        <translation>Soort vordering</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="67"/>
        <source>Last interrupting letter</source>
        <translation>Laatste stuitingsbrief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="70"/>
        <source>Prescribes on</source>
        <translation>Verjaart op</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="71"/>
        <source>Days left</source>
        <translation>Dagen te gaan</translation>
    </message>
</context>
<context>
    <name>PrescriptionDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="159"/>
        <source>Claims nearing prescription</source>
        <translation>Vorderingen die bijna verjaren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="165"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="169"/>
        <source>Open invoices that prescribe within the number of days chosen, or already have. A letter with a clear reservation of rights interrupts prescription; e-mails and text messages do not.</source>
        <translation>Openstaande facturen die binnen het gekozen aantal dagen verjaren, of al verjaard zijn. Een brief met een duidelijk voorbehoud van rechten stuit de verjaring; e-mails en sms-berichten niet.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="185"/>
        <source>Prescribing within:</source>
        <translation>Verjarend binnen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="206"/>
        <source>Looking for claims nearing prescription…</source>
        <translation>Vorderingen zoeken die bijna verjaren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="220"/>
        <source>No open invoice prescribes within {days} days.</source>
        <translation>Geen openstaande factuur verjaart binnen {days} dagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/prescription.py" line="227"/>
        <source>{count} invoices, of which {prescribed} already prescribed.</source>
        <translation>{count} facturen, waarvan {prescribed} al verjaard.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="42"/>
        <source>Check before importing</source>
        <translation>Controleer voor het importeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="45"/>
        <source>Rows in error (red) are not imported; rows with a warning (amber) are imported, with what the warning says.</source>
        <translation>Rijen met een fout (rood) worden niet geïmporteerd; rijen met een waarschuwing (oranje) wel, zoals de waarschuwing zegt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="50"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="60"/>
        <source>I have checked this: import anyway</source>
        <translation>Ik heb dit gecontroleerd: toch importeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="71"/>
        <source>Automatic: day first, unless a date shows the month is first</source>
        <translation>Automatisch: dag voorop, tenzij een datum laat zien dat de maand voorop staat</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="72"/>
        <source>Day-month-year (31-12-2026, the Dutch way)</source>
        <translation>Dag-maand-jaar (31-12-2026, de Nederlandse manier)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="73"/>
        <source>Month-day-year (12/31/2026, American exports)</source>
        <translation>Maand-dag-jaar (12/31/2026, Amerikaanse exports)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="74"/>
        <source>Year-month-day (26-12-31)</source>
        <translation>Jaar-maand-dag (26-12-31)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="79"/>
        <source>How dates written in numbers, such as 03/04/2026, are read. A date that does not fit the order chosen is an error in its row. Saved with the preset.</source>
        <translation>Hoe datums in cijfers, zoals 03/04/2026, worden gelezen. Een datum die niet bij de gekozen volgorde past, is een fout in zijn rij. Wordt met de voorinstelling bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="84"/>
        <source>Dates in the file:</source>
        <translation>Datums in het bestand:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="96"/>
        <source>All rows</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="97"/>
        <source>Rows with a problem</source>
        <translation>Rijen met een probleem</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="98"/>
        <source>Rows in error</source>
        <translation>Rijen met een fout</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="106"/>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="112"/>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="200"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="113"/>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="201"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="155"/>
        <source>Checking every row…</source>
        <translation>Elke rij controleren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="221"/>
        <source>Rows ({count})</source>
        <translation>Rijen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="227"/>
        <source>Problems (errors: {errors}, warnings: {warnings})</source>
        <translation>Problemen (fouten: {errors}, waarschuwingen: {warnings})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="246"/>
        <source>Import the valid rows; leave out the rows in error ({count})</source>
        <translation>De goede rijen importeren; de rijen met een fout ({count}) overslaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="258"/>
        <source>The rows in error stay listed in the import history. A full list never closes their invoices. Or press Cancel, correct the file and import it again.</source>
        <translation>De rijen met een fout blijven vermeld in de importgeschiedenis. Een volledige lijst sluit hun facturen nooit. Of kies Annuleren, verbeter het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="262"/>
        <source>The rows in error stay listed in the import history. Or press Cancel, correct the file and import it again.</source>
        <translation>De rijen met een fout blijven vermeld in de importgeschiedenis. Of kies Annuleren, verbeter het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="284"/>
        <source>Preset “{name}” reads dates another way. To read the next file of this source like this, go back to Columns and save the preset again.</source>
        <translation>Voorinstelling “{name}” leest datums anders. Wilt u het volgende bestand van deze bron ook zo lezen, ga dan terug naar Kolommen en sla de voorinstelling opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_preview.py" line="289"/>
        <source>To read the next file of this source like this, go back to Columns and save the columns as a preset.</source>
        <translation>Wilt u het volgende bestand van deze bron ook zo lezen, ga dan terug naar Kolommen en sla de kolommen op als voorinstelling.</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="231"/>
        <source>Row</source>
        <extracomment>the raw value behind a cell (row numbers as int), for sorting and for tests how many rows the header page shows the date fields of an invoice row, and where the invoice read keeps each the invoice read from each row (by row number), to show how its dates were read</extracomment>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="233"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/models.py" line="238"/>
        <source>Imported as: {field}</source>
        <translation>Geïmporteerd als: {field}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/busy.py" line="93"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/busy.py" line="130"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>ProviderLabels</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="51"/>
        <source>Payment links</source>
        <translation>Betaallinks</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="52"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="53"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="57"/>
        <source>Base URL (live, sandbox or test)</source>
        <translation>Basis-URL (live, sandbox of test)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="58"/>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="59"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="60"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="61"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="62"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="63"/>
        <source>Workspace id</source>
        <translation>Workspace-id</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="64"/>
        <source>Channel id</source>
        <translation>Kanaal-id</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="65"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="66"/>
        <source>Page after payment</source>
        <translation>Pagina na betaling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="67"/>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="68"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="69"/>
        <source>App token</source>
        <translation>App-token</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="70"/>
        <source>Access key</source>
        <translation>Toegangssleutel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="71"/>
        <source>Product token</source>
        <translation>Producttoken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="72"/>
        <source>Account SID</source>
        <translation>Account-SID</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="73"/>
        <source>Auth token</source>
        <translation>Auth-token</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="74"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="75"/>
        <source>Days a payment link can be paid</source>
        <translation>Dagen dat een betaallink betaald kan worden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="76"/>
        <source>Extra days after the pay-by date</source>
        <translation>Extra dagen na de uiterste betaaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="77"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="78"/>
        <source>Sender name</source>
        <translation>Naam van de afzender</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="79"/>
        <source>Reply-to address</source>
        <translation>Antwoordadres (reply-to)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="80"/>
        <source>CA certificate file (optional)</source>
        <translation>CA-certificaatbestand (optioneel)</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="93"/>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="104"/>
        <source>Which provider sends what</source>
        <translation>Welke provider verstuurt wat</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="109"/>
        <source>None (letters carry an EPC QR code; export for upload)</source>
        <translation>Geen (brieven krijgen een EPC-QR-code; export om te uploaden)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="128"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="130"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="232"/>
        <source>stored in the keyring; type to replace</source>
        <translation>opgeslagen in de sleutelbos; typ om te vervangen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="234"/>
        <source>cannot tell: the keyring could not be asked</source>
        <translation>onbekend: de sleutelbos kon niet worden gevraagd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="236"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="253"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="265"/>
        <source>Saved. Keys are in the keyring, never in the database.</source>
        <translation>Opgeslagen. Sleutels staan in de sleutelbos, nooit in de database.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/providers.py" line="278"/>
        <source>Testing the connection to {provider}…</source>
        <translation>Verbinding met {provider} wordt getest…</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="44"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="45"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="46"/>
        <source>Step due</source>
        <translation>Stap aan de beurt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="47"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="48"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="49"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="50"/>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="51"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="52"/>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="53"/>
        <source>Days overdue</source>
        <translation>Dagen over tijd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="54"/>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="55"/>
        <source>Holds</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="56"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="57"/>
        <source>Segment / policy</source>
        <translation>Segment / beleid</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/model.py" line="58"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
</context>
<context>
    <name>QueueDetailPanel</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="51"/>
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="69"/>
        <source>Select a customer to see what is due and why.</source>
        <translation>Kies een klant om te zien wat aan de beurt is en waarom.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="97"/>
        <source>Policy: {policy}</source>
        <translation>Beleid: {policy}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="99"/>
        <source>Nothing is due for this customer now.</source>
        <translation>Voor deze klant is nu niets aan de beurt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="104"/>
        <source>{step}, due {date}</source>
        <translation>{step}, aan de beurt sinds {date}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="112"/>
        <source> (from {date})</source>
        <translation> (vanaf {date})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="120"/>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="122"/>
        <source>Open € {open} · overdue € {overdue} · costs € {costs} · interest € {interest}</source>
        <translation>Open € {open} · vervallen € {overdue} · kosten € {costs} · rente € {interest}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="130"/>
        <source>fee € {fee}</source>
        <translation>aanmaankosten € {fee}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="137"/>
        <source>This letter announces collection costs of € {costs}.</source>
        <translation>Deze brief kondigt incassokosten aan van € {costs}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="148"/>
        <source>until {date}</source>
        <translation>tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="152"/>
        <source>until lifted</source>
        <translation>tot opheffing</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="157"/>
        <source>(invoice {number})</source>
        <translation>(factuur {number})</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="161"/>
        <source>Holds:</source>
        <translation>Pauzes:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="165"/>
        <source>Last contact: {date}</source>
        <translation>Laatste contact: {date}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="177"/>
        <source>Invoices concerned:</source>
        <translation>Betrokken facturen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/detail.py" line="185"/>
        <source>due {date}</source>
        <translation>vervalt {date}</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="42"/>
        <source>Search name, number, postcode or phone  (Ctrl+F)</source>
        <translation>Zoek op naam, nummer, postcode of telefoon  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="45"/>
        <source>Steps due</source>
        <translation>Stappen aan de beurt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="46"/>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="47"/>
        <source>With a hold</source>
        <translation>Met pauze</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="48"/>
        <source>Without a hold</source>
        <translation>Zonder pauze</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="49"/>
        <source>Costs left after payment</source>
        <translation>Kosten over na betaling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="53"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="56"/>
        <source>Whose customers to show</source>
        <translation>Van wie de klanten te tonen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="61"/>
        <source>from</source>
        <extracomment>the app_user id of the person at the keyboard, once known</extracomment>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="61"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="67"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="68"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="93"/>
        <source>Overdue €</source>
        <translation>Vervallen €</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="96"/>
        <source>Days overdue ≥</source>
        <translation>Dagen over tijd ≥</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="118"/>
        <source>All steps</source>
        <translation>Alle stappen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="121"/>
        <source>All segments and policies</source>
        <translation>Alle segmenten en beleid</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="122"/>
        <source>Segment: {name}</source>
        <translation>Segment: {name}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="123"/>
        <source>Policy: {name}</source>
        <translation>Beleid: {name}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="134"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="135"/>
        <source>Assigned to me</source>
        <translation>Toegewezen aan mij</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="136"/>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="139"/>
        <source>Assigned to {name}</source>
        <translation>Toegewezen aan {name}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/filters.py" line="194"/>
        <source>Type an amount such as 250 or 1.000,00</source>
        <translation>Typ een bedrag zoals 250 of 1.000,00</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="133"/>
        <source>Preview the queue of another day (a dry run)</source>
        <extracomment>shows the preview; True when the clerk confirmed (tests answer for the clerk) a large queue&apos;s first rows are on screen (the whole queue follows with ``computed``) a call (CallLogResult) or an arrangement (its record) was recorded from this page (Ctrl+L) the payment-link provider for runs; None: the one configured under Settings &gt; Providers, built in the worker for each run (reading its keys may wait for a keyring unlock) the generation whose whole queue is on screen; the number of first rows shown meanwhile</extracomment>
        <translation>Bekijk de werklijst van een andere dag (een proefrun)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="135"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="144"/>
        <source>Run selected steps…</source>
        <translation>Gekozen stappen uitvoeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="146"/>
        <source>Preview and record the steps of the selected customers (Ctrl+Enter)</source>
        <translation>Bekijk en leg de stappen van de gekozen klanten vast (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="149"/>
        <source>Run all due…</source>
        <translation>Alles uitvoeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="153"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="154"/>
        <source>Assign to…</source>
        <translation>Toewijzen aan…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="155"/>
        <source>Assign the selected customers to a clerk</source>
        <translation>De geselecteerde klanten aan een medewerker toewijzen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="169"/>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="270"/>
        <source>Computing the queue…</source>
        <translation>Werklijst wordt berekend…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="301"/>
        <source>Showing the {count} customers longest overdue; computing the rest of the queue…</source>
        <translation>De {count} klanten die het langst achterstallig zijn, staan er al; de rest van de werklijst wordt berekend…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="365"/>
        <source>Assigning 1 customer…</source>
        <translation>1 klant toewijzen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="367"/>
        <source>Assigning {count} customers…</source>
        <translation>{count} klanten toewijzen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="395"/>
        <source>1 customer assigned to {name}.</source>
        <translation>1 klant toegewezen aan {name}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="397"/>
        <source>{count} customers assigned to {name}.</source>
        <translation>{count} klanten toegewezen aan {name}.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="401"/>
        <source>1 customer no longer assigned.</source>
        <translation>1 klant niet meer toegewezen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="403"/>
        <source>{count} customers no longer assigned.</source>
        <translation>{count} klanten niet meer toegewezen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="438"/>
        <source>Preview of {date}: what would be due on that day. Nothing can be run for another day than today.</source>
        <translation>Voorbeeld van {date}: wat op die dag aan de beurt zou zijn. Voor een andere dag dan vandaag kan niets worden uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="447"/>
        <source>No open invoices — import your open-items list with File &gt; Import…</source>
        <translation>Geen openstaande facturen — importeer uw openstaande-postenlijst met Bestand &gt; Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="449"/>
        <source>No customer matches these filters.</source>
        <translation>Geen klant voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="451"/>
        <source>Nothing is due on this day.</source>
        <translation>Op deze dag is niets aan de beurt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="453"/>
        <source>Nothing is due today.</source>
        <translation>Vandaag is niets aan de beurt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="463"/>
        <source>Customers: {count} · steps due: {actions} · open € {open} · overdue € {overdue} · costs € {costs}</source>
        <translation>Klanten: {count} · stappen aan de beurt: {actions} · open € {open} · vervallen € {overdue} · kosten € {costs}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="473"/>
        <source>(so far: the rest of the queue is being computed)</source>
        <translation>(tot nu toe: de rest van de werklijst wordt berekend)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="575"/>
        <source>Recording {count} steps…</source>
        <translation>{count} stappen worden vastgelegd…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="599"/>
        <source>Recorded {steps} steps: {communications} communications planned and prepared. Nothing has been sent or printed yet.</source>
        <translation>{steps} stappen vastgelegd: {communications} berichten gepland en voorbereid. Er is nog niets verstuurd of afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="610"/>
        <source>Without a payment link: {reasons}</source>
        <translation>Zonder betaallink: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="617"/>
        <source>1 payment link was paid since the last check: its invoices are on hold and were left out.</source>
        <translation>1 betaallink is sinds de vorige controle betaald: de facturen ervan staan in de wacht en zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="621"/>
        <source>{count} payment links were paid since the last check: those invoices are on hold and were left out.</source>
        <translation>{count} betaallinks zijn sinds de vorige controle betaald: die facturen staan in de wacht en zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/pages/queue/page.py" line="627"/>
        <source>Payment links not checked ({count}): {reason}</source>
        <translation>Betaallinks niet gecontroleerd ({count}): {reason}</translation>
    </message>
</context>
<context>
    <name>ReturnedMailDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="83"/>
        <source>Returned mail</source>
        <translation>Retourpost</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="86"/>
        <source>The letter to {customer} came back. A returned 14-day letter is no evidence: no collection costs can be charged on it. Check the address, then send it again.</source>
        <translation>De brief aan {customer} is teruggekomen. Een teruggekomen veertiendagenbrief is geen bewijs: er kunnen geen incassokosten op worden gerekend. Controleer het adres en stuur hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="92"/>
        <source>For example: addressee unknown, moved</source>
        <translation>Bijvoorbeeld: geadresseerde onbekend, verhuisd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="94"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/dispatch.py" line="98"/>
        <source>Record returned mail</source>
        <translation>Retourpost vastleggen</translation>
    </message>
</context>
<context>
    <name>RuleColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="66"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="67"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="68"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="69"/>
        <source>Customer type</source>
        <translation>Klantsoort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="70"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="71"/>
        <source>Avg. days late ≥</source>
        <translation>Gem. dagen te laat ≥</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="72"/>
        <source>Stornos ≥</source>
        <translation>Stornos ≥</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="73"/>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="28"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="31"/>
        <source>Stop the import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="49"/>
        <source>Importing {file}. Stopping leaves the database as it was.</source>
        <translation>{file} wordt geïmporteerd. Stoppen laat de database zoals hij was.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="56"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="74"/>
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="75"/>
        <source>What the import changed.</source>
        <translation>Wat de import heeft veranderd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="78"/>
        <source>{file} was imported ({rows} rows read). You find it under Import history, where the last import can also be undone.</source>
        <translation>{file} is geïmporteerd ({rows} rijen gelezen). U vindt de import onder Importgeschiedenis; daar kunt u de laatste import ook terugdraaien.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="91"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="92"/>
        <source>The file was not imported.</source>
        <translation>Het bestand is niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="95"/>
        <source>The import was stopped. Nothing was changed in the database.</source>
        <translation>De import is gestopt. Er is niets veranderd in de database.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/import_wizard/page_run.py" line="100"/>
        <source>{reason} Nothing was changed in the database.</source>
        <translation>{reason} Er is niets veranderd in de database.</translation>
    </message>
</context>
<context>
    <name>RunPreviewColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="93"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="94"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="95"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="96"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="97"/>
        <source>Amount asked</source>
        <translation>Gevraagd bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="98"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>RunPreviewDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="176"/>
        <source>Run the selected steps</source>
        <translation>De gekozen stappen uitvoeren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="180"/>
        <source>{count} × {channel}</source>
        <translation>{count} × {channel}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="190"/>
        <source>{count} without a channel that reaches the customer</source>
        <translation>{count} zonder kanaal dat de klant bereikt</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="196"/>
        <source>&lt;b&gt;{customers} customers&lt;/b&gt; on {date}: {channels}.&lt;br&gt;Amount asked: &lt;b&gt;€ {asked}&lt;/b&gt; · of which costs and fees € {costs} · interest € {interest}</source>
        <translation>&lt;b&gt;{customers} klanten&lt;/b&gt; op {date}: {channels}.&lt;br&gt;Gevraagd bedrag: &lt;b&gt;€ {asked}&lt;/b&gt; · waarvan kosten € {costs} · rente € {interest}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="202"/>
        <source>no communications</source>
        <translation>geen berichten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="215"/>
        <source>Nothing is sent or printed yet. Running records each step as a planned communication with its payment reference, and puts it on the customer&apos;s timeline. Letters and messages are produced and sent in their own screens later.</source>
        <translation>Er wordt nog niets verstuurd of afgedrukt. Uitvoeren legt elke stap vast als gepland bericht met een betalingskenmerk, en zet hem op de tijdlijn van de klant. Brieven en berichten worden later in hun eigen schermen gemaakt en verstuurd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/run_preview.py" line="224"/>
        <source>Record {count} steps</source>
        <translation>{count} stappen vastleggen</translation>
    </message>
</context>
<context>
    <name>SegmentRulesTab</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="157"/>
        <source>No segment rules: every customer gets the default policy of its type. Add a rule to give, for example, customers tagged &apos;benefits&apos; a policy of their own.</source>
        <translation>Geen segmentregels: elke klant krijgt het standaardbeleid van zijn soort. Voeg een regel toe om bijvoorbeeld klanten met het label &apos;uitkering&apos; eigen beleid te geven.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="167"/>
        <source>Rules are tried from the lowest number up.</source>
        <translation>Regels worden geprobeerd vanaf het laagste nummer.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="169"/>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="178"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="171"/>
        <source>any tag; several apart by commas</source>
        <translation>elk label; meerdere gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="173"/>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="176"/>
        <source>no minimum</source>
        <translation>geen minimum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="180"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="181"/>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="182"/>
        <source>Policy:</source>
        <translation>Beleid:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="183"/>
        <source>Customer type:</source>
        <translation>Klantsoort:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="184"/>
        <source>Has one of the tags:</source>
        <translation>Heeft een van de labels:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="185"/>
        <source>Average days late at least:</source>
        <translation>Gemiddeld minstens dagen te laat:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="186"/>
        <source>Returned direct debits in 12 months at least:</source>
        <translation>Gestorneerde incasso&apos;s in 12 maanden minstens:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="187"/>
        <source>Preferred channel:</source>
        <translation>Voorkeurskanaal:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="192"/>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="193"/>
        <source>Delete rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="194"/>
        <source>Save rule</source>
        <translation>Regel opslaan</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="276"/>
        <source>Choose the policy this rule gives.</source>
        <translation>Kies het beleid dat deze regel geeft.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="284"/>
        <source>Average days late: &apos;{text}&apos; is not a number such as 10.</source>
        <translation>Gemiddeld dagen te laat: &apos;{text}&apos; is geen getal zoals 10.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="320"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/segment_rules.py" line="337"/>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="292"/>
        <source>Write off</source>
        <translation>Afboeken</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="294"/>
        <source>Stop collecting from this customer. The invoices stay as the ledger reports them; the reason stays on record.</source>
        <translation>Stop met innen bij deze klant. De facturen blijven zoals de boekhouding ze meldt; de reden blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="297"/>
        <source>Reason (required), e.g. debt relief, deceased, too small</source>
        <translation>Reden (verplicht), bijv. schuldsanering, overleden, te klein</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="299"/>
        <source>Hand over to a collection agency</source>
        <translation>Uit handen geven aan een incassobureau</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="301"/>
        <source>The claim goes to a collection agency: DebtorDesk stops dunning this customer.</source>
        <translation>De vordering gaat naar een incassobureau: DebtorDesk stopt met aanmanen van deze klant.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="303"/>
        <source>Note, e.g. the agency and its file number</source>
        <translation>Notitie, bijv. het incassobureau en zijn dossiernummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="324"/>
        <source>Give a reason for the write-off: it stays on record.</source>
        <translation>Geef een reden voor het afboeken: die blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="305"/>
        <source>Resume dunning</source>
        <translation>Aanmanen hervatten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="307"/>
        <source>Take back a hand-over or a write-off: the customer is dunned again from the next queue on.</source>
        <translation>Draai een overdracht of afboeking terug: de klant wordt vanaf de volgende werklijst weer aangemaand.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="310"/>
        <source>Note, e.g. why collecting starts again</source>
        <translation>Notitie, bijv. waarom het innen weer begint</translation>
    </message>
</context>
<context>
    <name>StepColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="71"/>
        <source>Step</source>
        <extracomment>the Dutch words, read whatever the interface language (a policy may be typed from a Dutch note)</extracomment>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="72"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="73"/>
        <source>Counted from</source>
        <translation>Geteld vanaf</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="74"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="75"/>
        <source>Only for</source>
        <translation>Alleen voor</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="76"/>
        <source>Channels (fallback)</source>
        <translation>Kanalen (terugval)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="77"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="78"/>
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="79"/>
        <source>Fee</source>
        <translation>Aanmaankosten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="80"/>
        <source>14-day letter</source>
        <translation>Veertiendagenbrief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="81"/>
        <source>Charges costs</source>
        <translation>Rekent kosten</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="241"/>
        <source>A short fixed key: the records of steps taken refer to it. Change it rarely.</source>
        <translation>Een korte vaste sleutel: de vastgelegde stappen verwijzen ernaar. Wijzig hem zelden.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="246"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="247"/>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="248"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="250"/>
        <source>no minimum</source>
        <translation>geen minimum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="254"/>
        <source>Each channel with its fallbacks, tried in order when the customer cannot be reached that way; channels apart by &apos;;&apos;. For example: SMS &gt; e-mail &gt; letter; e-mail &gt; letter. Channels: SMS, e-mail, letter, call, hand-over.</source>
        <translation>Elk kanaal met zijn terugval, op volgorde geprobeerd als de klant zo niet te bereiken is; kanalen gescheiden door &apos;;&apos;. Bijvoorbeeld: sms &gt; e-mail &gt; brief; e-mail &gt; brief. Kanalen: sms, e-mail, brief, bellen, overdracht.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="265"/>
        <source>A reminder fee, for business customers only: for consumers the statutory collection costs are the whole compensation.</source>
        <translation>Aanmaankosten, alleen voor zakelijke klanten: voor consumenten zijn de wettelijke incassokosten de hele vergoeding.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="269"/>
        <source>This is the legal 14-day letter</source>
        <translation>Dit is de wettelijke veertiendagenbrief</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="270"/>
        <source>Charges the collection costs</source>
        <translation>Rekent de incassokosten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="277"/>
        <source>Name and key:</source>
        <translation>Naam en sleutel:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="282"/>
        <source>Days after:</source>
        <translation>Dagen na:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="287"/>
        <source>Only for (payment, type, overdue ≥):</source>
        <translation>Alleen voor (betaling, soort, vervallen ≥):</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="288"/>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="292"/>
        <source>Template and tone:</source>
        <translation>Sjabloon en toon:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="293"/>
        <source>Fee:</source>
        <translation>Aanmaankosten:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="356"/>
        <source>Step &apos;{step}&apos;: &apos;{word}&apos; is not a channel. Use SMS, e-mail, letter, call or hand-over, with &apos;&gt;&apos; before a fallback and &apos;;&apos; between channels.</source>
        <translation>Stap &apos;{step}&apos;: &apos;{word}&apos; is geen kanaal. Gebruik sms, e-mail, brief, bellen of overdracht, met &apos;&gt;&apos; voor een terugval en &apos;;&apos; tussen kanalen.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="360"/>
        <source>the fee</source>
        <translation>de aanmaankosten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="362"/>
        <source>the minimum</source>
        <translation>het minimum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/policy_steps.py" line="394"/>
        <source>Step &apos;{step}&apos;: {what} &apos;{text}&apos; is not an amount such as 5,00.</source>
        <translation>Stap &apos;{step}&apos;: {what} &apos;{text}&apos; is geen bedrag zoals 5,00.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/tag_editor.py" line="54"/>
        <source>Add a tag (Enter)</source>
        <extracomment>the administration whose tags the completion holds (read once, again after a change)</extracomment>
        <translation>Label toevoegen (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/tag_editor.py" line="56"/>
        <source>Tags put customers in segments (Settings &gt; Dunning policies &gt; segment rules).</source>
        <translation>Labels delen klanten in segmenten in (Instellingen &gt; Aanmaanbeleid &gt; segmentregels).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/tag_editor.py" line="89"/>
        <source>Remove the tag “{tag}”</source>
        <translation>Het label “{tag}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/tag_editor.py" line="90"/>
        <source>Tag {tag}</source>
        <translation>Label {tag}</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="40"/>
        <source>Payment request before the due date</source>
        <translation>Betaalverzoek voor de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="41"/>
        <source>After a failed direct debit</source>
        <translation>Na een mislukte incasso</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="42"/>
        <source>First reminder</source>
        <translation>Eerste herinnering</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="43"/>
        <source>Second reminder</source>
        <translation>Tweede herinnering</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="44"/>
        <source>14-day letter (consumers)</source>
        <translation>Veertiendagenbrief (consumenten)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="45"/>
        <source>Reminder (business)</source>
        <translation>Herinnering (zakelijk)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="46"/>
        <source>Formal letter with costs</source>
        <translation>Formele brief met kosten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="47"/>
        <source>Payment request for a term</source>
        <translation>Betaalverzoek voor een termijn</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="48"/>
        <source>Reminder: a term not paid</source>
        <translation>Herinnering: termijn niet betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="49"/>
        <source>Promise not kept</source>
        <translation>Belofte niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="50"/>
        <source>Confirmation of a payment arrangement</source>
        <translation>Bevestiging van een betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="53"/>
        <source>Reminder (any other step)</source>
        <translation>Herinnering (elke andere stap)</translation>
    </message>
</context>
<context>
    <name>TemplatePreviewDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="63"/>
        <source>Letter template preview</source>
        <translation>Voorbeeld van briefsjabloon</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="66"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="73"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="74"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="76"/>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="77"/>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="79"/>
        <source>Optional: a payment link, to see the link&apos;s QR code</source>
        <translation>Niet verplicht: een betaallink, om de QR-code van de link te zien</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="80"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="87"/>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="88"/>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="89"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="90"/>
        <source>Tone:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="91"/>
        <source>Payment link:</source>
        <translation>Betaallink:</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="97"/>
        <source>Customise templates…</source>
        <translation>Sjablonen aanpassen…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="100"/>
        <source>Copy the letter templates into your data folder and open it: the letters use your edited copies from then on</source>
        <translation>Kopieer de briefsjablonen naar uw gegevensmap en open die: de brieven gebruiken vanaf dan uw aangepaste kopieën</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="105"/>
        <source>Check templates</source>
        <translation>Sjablonen controleren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="129"/>
        <source>Enter the number of a customer to show the letter for.</source>
        <translation>Vul het nummer in van de klant voor wie u de brief wilt zien.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="137"/>
        <source>Rendering…</source>
        <translation>Bezig met opmaken…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="152"/>
        <source>1 page. Nothing is stored or sent.</source>
        <translation>1 pagina. Er wordt niets opgeslagen of verstuurd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="153"/>
        <source>{count} pages. Nothing is stored or sent.</source>
        <translation>{count} pagina&apos;s. Er wordt niets opgeslagen of verstuurd.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="164"/>
        <source>1 file copied to {folder}. Edit it there; the letters use it from now on (files already there were kept).</source>
        <translation>1 bestand gekopieerd naar {folder}. Pas het daar aan; de brieven gebruiken het vanaf nu (bestanden die er al stonden, zijn bewaard).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="168"/>
        <source>{count} files copied to {folder}. Edit them there; the letters use them from now on (files already there were kept).</source>
        <translation>{count} bestanden gekopieerd naar {folder}. Pas ze daar aan; de brieven gebruiken ze vanaf nu (bestanden die er al stonden, zijn bewaard).</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/template_preview.py" line="187"/>
        <source>Every template is in order.</source>
        <translation>Alle sjablonen zijn in orde.</translation>
    </message>
</context>
<context>
    <name>TimelineColumns</name>
    <message>
        <location filename="../../src/debtordesk/ui/models/timeline.py" line="27"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/timeline.py" line="28"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/timeline.py" line="29"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/timeline.py" line="30"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/models/timeline.py" line="58"/>
        <source>Double-click to open the letter PDF this e-mail carried.</source>
        <translation>Dubbelklik om de brief (pdf) te openen die bij deze e-mail zat.</translation>
    </message>
</context>
<context>
    <name>TimelineTools</name>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="42"/>
        <source>CSV file (*.csv)</source>
        <extracomment>(parent, suggested file name, &quot;csv&quot; or &quot;pdf&quot;) -&gt; the file chosen, or None; tests pass their own</extracomment>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="43"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="47"/>
        <source>Export the timeline</source>
        <translation>De tijdlijn exporteren</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="81"/>
        <source>Show one kind of event</source>
        <extracomment>a file was written</extracomment>
        <translation>Eén soort gebeurtenis tonen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="82"/>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="138"/>
        <source>All events</source>
        <translation>Alle gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="84"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="86"/>
        <source>The whole timeline (of the kind shown) as a spreadsheet file</source>
        <translation>De hele tijdlijn (van de getoonde soort) als spreadsheetbestand</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="89"/>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="90"/>
        <source>The whole timeline (of the kind shown) as a PDF</source>
        <translation>De hele tijdlijn (van de getoonde soort) als pdf</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="92"/>
        <source>Open letter PDF</source>
        <translation>Brief (pdf) openen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="94"/>
        <source>The letter the chosen e-mail carried, exactly as it was sent</source>
        <translation>De brief die bij de gekozen e-mail zat, precies zoals hij is verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="178"/>
        <source>Letter PDF of the e-mail of {moment} to customer {number}</source>
        <translation>Brief (pdf) bij de e-mail van {moment} aan klant {number}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="192"/>
        <source>Timeline of customer {number} {name}</source>
        <translation>Tijdlijn van klant {number} {name}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="193"/>
        <source>Exported on {moment}: {count} entries, oldest first.</source>
        <translation>Geëxporteerd op {moment}: {count} gebeurtenissen, de oudste eerst.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="194"/>
        <source>Only: {kinds}</source>
        <translation>Alleen: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="195"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="196"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="197"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="198"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="199"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="200"/>
        <source>page {page}</source>
        <translation>pagina {page}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="210"/>
        <source>timeline-{number}.{suffix}</source>
        <translation>tijdlijn-{number}.{suffix}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/widgets/timeline_tools.py" line="232"/>
        <source>Entries written: {count}, to {path}</source>
        <translation>Gebeurtenissen geschreven: {count}, naar {path}</translation>
    </message>
</context>
<context>
    <name>WaiveChargesDialog</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="339"/>
        <source>Settle costs and interest</source>
        <translation>Kosten en rente afhandelen</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="342"/>
        <source>Every open collection-cost, interest and fee charge of this customer is settled. The invoices are not touched; what you write stays on record and on the timeline.</source>
        <translation>Alle openstaande incassokosten, rente en vergoedingen van deze klant worden afgehandeld. De facturen blijven zoals ze zijn; wat u schrijft wordt bewaard en staat in de tijdlijn.</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="347"/>
        <source>They were paid (they came in with the invoices)</source>
        <translation>Ze zijn betaald (samen met de facturen)</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="348"/>
        <source>Waive them</source>
        <translation>Kwijtschelden</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="362"/>
        <source>Reason (required), e.g. social collection, goodwill, principal paid late</source>
        <translation>Reden (verplicht), bijv. sociaal incasso, coulance, hoofdsom te laat betaald</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="364"/>
        <source>Note (optional), e.g. the bank transfer of 12 March</source>
        <translation>Notitie (niet verplicht), bijv. de overboeking van 12 maart</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/hold.py" line="373"/>
        <source>Give a reason for waiving: it stays on record.</source>
        <translation>Geef een reden voor de kwijtschelding: die wordt bewaard.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/debtordesk/ui/dialogs/missing_database.py" line="27"/>
        <location filename="../../src/debtordesk/app.py" line="164"/>
        <source>DebtorDesk cannot start</source>
        <translation>DebtorDesk kan niet starten</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/app.py" line="191"/>
        <source>Daily backup saved: {path}</source>
        <translation>Dagelijkse back-up opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/app.py" line="195"/>
        <source>The daily backup failed: {reason}</source>
        <translation>De dagelijkse back-up is mislukt: {reason}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/debtordesk/ui/errors.py" line="44"/>
        <source>Problem with this computer</source>
        <translation>Probleem met deze computer</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/errors.py" line="48"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../src/debtordesk/ui/errors.py" line="52"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
</TS>
