"""Local names and places for the sample data: the Netherlands, Norway and the United Kingdom."""

from __future__ import annotations

# (country, language, phone prefix, first names, surnames, streets, (post code pattern, city) list, company words)
COUNTRIES: dict[str, dict[str, list[str] | str]] = {
    "NL": {
        "language": "nl",
        "phone": "+31 20 ",
        "first": ["Jan", "Pieter", "Sanne", "Anouk", "Daan", "Femke", "Lars", "Eva", "Bram", "Lotte", "Joris",
                  "Marieke", "Thijs", "Ilse", "Ruud", "Noor", "Sem", "Fleur", "Wouter", "Ĳsbrand"],
        "surname": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer",
                    "van der Linden", "Kok", "IJzerman"],
        "street": ["Keizersgracht", "Herengracht", "Stationsweg", "Kerkstraat", "Dorpsstraat", "Molenweg",
                   "Oudegracht", "Lange Voorhout", "Coolsingel", "Vismarkt"],
        "city": ["Amsterdam|1015", "Rotterdam|3011", "Utrecht|3511", "Den Haag|2511", "Groningen|9711",
                 "Eindhoven|5611", "Haarlem|2011", "Leiden|2311", "Zwolle|8011", "Maastricht|6211"],
        "company": ["Kantoorinrichting", "Bouwmaterialen", "Advies", "Logistiek", "Drukkerij", "Installatietechniek",
                    "Zorggroep", "Bloemenhandel", "Software", "Accountants"],
        "form": ["B.V.", "& Zn.", "V.O.F.", "N.V."],
    },
    "NO": {
        "language": "nb",
        "phone": "+47 ",
        "first": ["Ola", "Kari", "Ingrid", "Lars", "Sigrid", "Bjørn", "Astrid", "Håkon", "Solveig", "Øystein",
                  "Marit", "Anders", "Ragnhild", "Erlend", "Tone", "Jørgen", "Åse", "Kristian", "Liv", "Trond"],
        "surname": ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
                    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
                    "Ødegård", "Søreide", "Bråten", "Løvås"],
        "street": ["Karl Johans gate", "Storgata", "Kirkegata", "Bryggen", "Torggata", "Strandveien",
                   "Møllergata", "Olav Tryggvasons gate", "Dronningens gate", "Fjellveien"],
        "city": ["Oslo|0150", "Bergen|5003", "Trondheim|7011", "Stavanger|4006", "Tromsø|9008",
                 "Kristiansand|4610", "Drammen|3015", "Fredrikstad|1606", "Bodø|8006", "Ålesund|6002"],
        "company": ["Kontormøbler", "Byggevarer", "Rådgivning", "Transport", "Trykkeri", "Elektro", "Helse",
                    "Fiskeeksport", "Programvare", "Regnskap"],
        "form": ["AS", "ASA", "ANS"],
    },
    "GB": {
        "language": "en",
        "phone": "+44 20 ",
        "first": ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Charlie", "Sophie",
                  "Thomas", "Grace", "James", "Lily", "William", "Freya", "Henry", "Chloe", "Alfie", "Ella"],
        "surname": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
                    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
                    "O'Brien", "Clarke"],
        "street": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "King Street",
                   "Queen's Road", "Market Square", "Park Avenue", "London Road"],
        "city": ["London|EC1A 1BB", "Manchester|M1 1AE", "Birmingham|B1 1AA", "Leeds|LS1 1UR",
                 "Bristol|BS1 4DJ", "Edinburgh|EH1 1YZ", "Cardiff|CF10 1EP", "York|YO1 7HH",
                 "Cambridge|CB2 1TN", "Brighton|BN1 1AE"],
        "company": ["Office Supplies", "Builders", "Consulting", "Freight", "Print & Design", "Electrical",
                    "Care Homes", "Florists", "Software", "Accountancy"],
        "form": ["Ltd", "plc", "& Sons", "LLP"],
    },
}

JOB_TITLES = {
    "nl": ["Directeur", "Inkoper", "Office manager", "Financieel manager", "Verkoopleider", "ICT-beheerder"],
    "nb": ["Daglig leder", "Innkjøper", "Kontorsjef", "Økonomisjef", "Salgssjef", "IT-ansvarlig"],
    "en": ["Managing Director", "Purchasing Manager", "Office Manager", "Finance Director", "Sales Manager",
           "IT Manager"],
}
