"""Name and address material for the demo database: names from the Dutch population, towns, streets.

Everything here is fictitious; combinations are drawn at random, so no demo customer is a real person.
"""

from __future__ import annotations

from dataclasses import dataclass


def _names(text: str) -> tuple[str, ...]:
    """A readable list in the source: "a, b, c" -> ("a", "b", "c")."""
    return tuple(text.split(", "))


@dataclass(frozen=True)
class Origin:
    """A naming tradition with its share of the demo's parents."""

    key: str
    weight: int
    given: tuple[str, ...]
    family: tuple[str, ...]
    #: share of households that read English rather than Dutch
    english: float = 0.03


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "dutch",
        58,
        _names(
            "Sanne, Lieke, Daan, Sem, Emma, Julia, Tess, Bram, Noëlle, Zoë, Anouk, Joël, "
            "Maaike, Ruud, Geert, Inge, Femke, Thijs, Jeroen, Esmée, René, Hélène, André, "
            "Daniëlle, Chloë, Michiel, Floor, Iris, Jasper, Marloes, Niels, Roos, Wouter, "
            "Eva, Lotte, Sjoerd, Anaïs"
        ),
        _names(
            "de Vries, Jansen, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, "
            "de Groot, Bos, Vos, Peters, Hendriks, van Dijk, van Leeuwen, Dekker, Brouwer, "
            "de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, "
            "de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, "
            "de Jong, Janssen, Koster, Prins, Huisman, van 't Hof, Verhoeven, Sanders, "
            "Kuipers, Bosman, IJzerman, van Rooij, Tromp, Hoekstra, Schouten, Wijnands"
        ),
    ),
    Origin(
        "turkish",
        8,
        _names(
            "Ayşe, Emine, Mehmet, Elif, Büşra, Gökhan, Çağla, Tuğba, Murat, Zeynep, Hatice, "
            "Ömer, Yusuf, Şeyma, Burak, Özlem"
        ),
        _names(
            "Özer, Çelik, Yılmaz, Şahin, Öztürk, Doğan, Aydın, Kaya, Demir, Arslan, Koç, "
            "Kılıç, Güneş, Erdoğan, Türkmen, Özdemir"
        ),
    ),
    Origin(
        "moroccan",
        8,
        _names(
            "Fatima, Mohamed, Youssef, Khadija, Nadia, Samir, Imane, Soufiane, Hanane, "
            "Bilal, Souad, Rachid, Naima, Ilham, Anouar, Meryem"
        ),
        _names(
            "El Amrani, Bouzid, El Idrissi, Benali, Ait Taleb, Ouali, Boukhari, El Khatib, "
            "Ziani, Haddouchi, Azzouzi, El Ouardi, Tahiri, Bakkali"
        ),
    ),
    Origin(
        "surinamese",
        6,
        _names(
            "Sharon, Rakesh, Priya, Ravi, Shanti, Ashwin, Chandra, Sunita, Glenn, Denise, "
            "Kavita, Romano, Anjali, Marvin"
        ),
        _names(
            "Ramdin, Sewnarain, Kromodimedjo, Pinas, Brunings, Jagessar, Doekhie, "
            "Bhagwandin, Soekhoe, Karijopawiro, Lachmon, Biharie, Wongsodikromo"
        ),
    ),
    Origin(
        "polish",
        6,
        _names(
            "Łukasz, Agnieszka, Małgorzata, Paweł, Katarzyna, Michał, Zofia, Wojciech, "
            "Joanna, Grzegorz, Dorota, Piotr, Ewa, Bartłomiej"
        ),
        _names(
            "Wójcik, Kowalski, Nowak, Lewandowski, Wiśniewska, Zieliński, Kamińska, "
            "Dąbrowski, Szymańska, Woźniak, Kozłowski, Jankowska, Mazur, Król"
        ),
        english=0.25,
    ),
    Origin(
        "vietnamese",
        3,
        _names(
            "Ngọc Anh, Minh Thư, Thị Lan, Văn Hùng, Bảo Ngọc, Quốc Huy, Thanh Hương, "
            "Đức Minh, Thu Trang, Hoàng Long"
        ),
        _names("Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ, Huỳnh"),
        english=0.15,
    ),
    Origin(
        "syrian",
        4,
        _names("Rania, Omar, Lina, Ahmad, Yara, Hamza, Nour, Khaled, Rasha, Tarek, Dima, Firas"),
        _names(
            "Al-Khatib, Haddad, Al-Hassan, Kassab, Al-Masri, Darwish, Al-Halabi, Shami, "
            "Al-Ahmad, Kanaan"
        ),
        english=0.3,
    ),
    Origin(
        "german",
        3,
        _names("Jürgen, Lukas, Jörg, Anna, Käthe, Björn, Sören, Lena, Maximilian"),
        _names("Müller, Schröder, Weiß, Köhler, Schäfer, Großmann, Bäcker, Hoffmann"),
        english=0.1,
    ),
    Origin(
        "international",
        4,
        _names(
            "Sophie, James, Olivia, Liam, Chiara, Mateo, Inês, João, Priyanka, Wei, Aoife, "
            "Søren, Ingrid, François"
        ),
        _names(
            "Smith, O'Brien, Rossi, García, Fernández, Gonçalves, Sharma, Chen, Larsen, "
            "Lefèvre, Papadopoulos, Nieminen, Horváth"
        ),
        english=0.8,
    ),
)

#: towns around the demo's childcare locations: (town, first and last PC4, share of customers)
TOWNS: tuple[tuple[str, int, int, int], ...] = (
    ("Utrecht", 3511, 3585, 45),
    ("Nieuwegein", 3431, 3439, 10),
    ("Houten", 3991, 3998, 8),
    ("Zeist", 3701, 3709, 8),
    ("IJsselstein", 3401, 3404, 6),
    ("Maarssen", 3601, 3608, 6),
    ("Bilthoven", 3721, 3723, 5),
    ("Bunnik", 3981, 3984, 4),
    ("Vleuten", 3451, 3453, 4),
    ("Amersfoort", 3811, 3829, 4),
)

#: landline area codes of those towns (without the leading 0)
AREA_CODES = ("30", "30", "30", "33", "343", "346")

#: postcode letters; SA, SD and SS are not used in Dutch postcodes
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
UNUSED_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})

STREETS = _names(
    "Kerkstraat, Dorpsstraat, Molenweg, Julianalaan, Beatrixstraat, Oranjelaan, "
    "Prinses Irenestraat, Lindelaan, Eikenlaan, Berkenlaan, Kastanjelaan, "
    "Vondellaan, Rembrandtlaan, Marnixlaan, Amsterdamsestraatweg, Biltstraat, "
    "Oudegracht, Nachtegaalstraat, Merelstraat, Zwaluwlaan, Hoofdstraat, "
    "Schoolstraat, Stationsweg, Parkweg, Burgemeester Reigerstraat, Weerdsingel, "
    "Händelstraat, Zonnebloemstraat, Tulpstraat, Goudsbloemlaan, "
    "Jan van Scorelstraat, Kanaalweg, Vechtdijk, Lange Nieuwstraat, Twijnstraat, "
    "Rijnlaan, Waalstraat, Maasstraat, IJsselstraat, Dr. Ariënslaan, "
    "Professor Bronkhorstlaan, Koningin Wilhelminalaan, Smaragdplein, Saffierlaan, "
    "Robijnhof, Briljantlaan, Citroenvlinderstraat, Koolmeeslaan"
)

#: trades and legal forms for the employers and companies that pay childcare for their staff
TRADES = _names(
    "Bakkerij, Installatiebedrijf, Tandartspraktijk, Fysiotherapie, "
    "Transportbedrijf, Bouwbedrijf, Adviesbureau, Zorggroep, Administratiekantoor, "
    "Schildersbedrijf, Hoveniersbedrijf, Autobedrijf, Apotheek, Architectenbureau, "
    "Cateringbedrijf"
)
LEGAL_FORMS = ("B.V.", "B.V.", "B.V.", "V.O.F.", "Holding B.V.", "")
ATTENTION_LINES = (
    "t.a.v. de salarisadministratie",
    "t.a.v. de crediteurenadministratie",
    "t.a.v. HR",
    None,
)

DUTCH_MONTHS = _names(
    "januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, "
    "november, december"
)

#: (segment, hourly rate in euro cents): the care types of a Dutch childcare organisation
CARE_TYPES = (("dagopvang", 1025), ("bso", 925), ("peuteropvang", 1010))

#: banks for the customers' IBANs
BANK_CODES = (
    "INGB",
    "INGB",
    "RABO",
    "RABO",
    "ABNA",
    "ABNA",
    "SNSB",
    "ASNB",
    "TRIO",
    "KNAB",
    "BUNQ",
)

CONSUMER_MAIL_DOMAINS = ("example.com", "example.net", "example.org")

#: the fictitious organisation; the IBAN has valid check digits and the bank code DEMO
ORGANISATION: dict[str, str] = {
    "name": "Kinderopvang De Zonnebloem B.V.",
    "iban": "NL93DEMO0123456789",
    "account_holder": "Kinderopvang De Zonnebloem B.V.",
    "bic": "DEMONL2A",
    "letterhead": "Kinderopvang De Zonnebloem B.V.\nZonnebloemlaan 12\n3523 KZ Utrecht",
    "address_line": "Zonnebloemlaan 12",
    "postcode": "3523 KZ",
    "city": "Utrecht",
    "country": "NL",
    "phone": "030 200 1234",
    "email": "debiteuren@zonnebloem-demo.example.com",
    "website": "https://zonnebloem-demo.example.com",
    "coc_number": "87654321",
    "vat_number": "NL000099998B57",
}
