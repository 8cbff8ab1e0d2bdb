<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Nieuwe database maken…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>CodeTableTab</name>
    <message>
        <source>Interaction groups</source>
        <translation>Interactiegroepen</translation>
    </message>
    <message>
        <source>Industry groups</source>
        <translation>Branchegroepen</translation>
    </message>
    <message>
        <source>Business relations</source>
        <translation>Bedrijfsrelaties</translation>
    </message>
    <message>
        <source>Mailing groups</source>
        <translation>Mailinggroepen</translation>
    </message>
    <message>
        <source>Job responsibilities</source>
        <translation>Functieverantwoordelijkheden</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Rayons</translation>
    </message>
    <message>
        <source>Interaction group %1</source>
        <translation>Interactiegroep %1</translation>
    </message>
    <message>
        <source>Industry group %1</source>
        <translation>Branchegroep %1</translation>
    </message>
    <message>
        <source>Business relation %1</source>
        <translation>Bedrijfsrelatie %1</translation>
    </message>
    <message>
        <source>Mailing group %1</source>
        <translation>Mailinggroep %1</translation>
    </message>
    <message>
        <source>Job responsibility %1</source>
        <translation>Functieverantwoordelijkheid %1</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Rayon %1</translation>
    </message>
    <message>
        <source>New interaction group</source>
        <translation>Nieuwe interactiegroep</translation>
    </message>
    <message>
        <source>New industry group</source>
        <translation>Nieuwe branchegroep</translation>
    </message>
    <message>
        <source>New business relation</source>
        <translation>Nieuwe bedrijfsrelatie</translation>
    </message>
    <message>
        <source>New mailing group</source>
        <translation>Nieuwe mailinggroep</translation>
    </message>
    <message>
        <source>New job responsibility</source>
        <translation>Nieuwe functieverantwoordelijkheid</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Nieuw rayon</translation>
    </message>
    <message>
        <source>No interaction groups yet. Click New to add one (for example LETTER or MEETING); every interaction template belongs to a group.</source>
        <translation>Nog geen interactiegroepen. Klik op Nieuw om er een toe te voegen (bijvoorbeeld LETTER of MEETING); elk interactiesjabloon hoort bij een groep.</translation>
    </message>
    <message>
        <source>No codes yet. Click New to add the first one; contacts can then be classified with it.</source>
        <translation>Nog geen codes. Klik op Nieuw om de eerste toe te voegen; daarna kunt u er contacten mee indelen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Delete interaction group %1 (%2)? This cannot be undone.</source>
        <translation>Interactiegroep %1 (%2) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Contacts classified with it lose this code. This cannot be undone.</source>
        <translation>%1 (%2) verwijderen? Contacten die ermee zijn ingedeeld, verliezen deze code. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction group(s)</source>
        <translation>
            <numerusform>%n interactiegroep</numerusform>
            <numerusform>%n interactiegroepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n industry group(s)</source>
        <translation>
            <numerusform>%n branchegroep</numerusform>
            <numerusform>%n branchegroepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business relation(s)</source>
        <translation>
            <numerusform>%n bedrijfsrelatie</numerusform>
            <numerusform>%n bedrijfsrelaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailing group(s)</source>
        <translation>
            <numerusform>%n mailinggroep</numerusform>
            <numerusform>%n mailinggroepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job responsibility(-ies)</source>
        <translation>
            <numerusform>%n functieverantwoordelijkheid</numerusform>
            <numerusform>%n functieverantwoordelijkheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(-ies)</source>
        <translation>
            <numerusform>%n rayon</numerusform>
            <numerusform>%n rayons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodesTab</name>
    <message>
        <source>Code tables</source>
        <translation>Codetabellen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>CompanyInfoTab</name>
    <message>
        <source>Our company</source>
        <translation>Ons bedrijf</translation>
    </message>
    <message>
        <source>Our own company&apos;s details: every letter shows them as the sender.</source>
        <translation>De gegevens van ons eigen bedrijf: elke brief toont ze als afzender.</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation>Naam en adres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Naam 2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adres 2</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/regio</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Registration and bank</source>
        <translation>Registratie en bank</translation>
    </message>
    <message>
        <source>VAT registration no.</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Banknaam</translation>
    </message>
    <message>
        <source>Bank account no.</source>
        <translation>Bankrekeningnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>SWIFT code</source>
        <translation>SWIFT-code</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search companies (leave empty for none)</source>
        <translation>Typ om bedrijven te zoeken (leeg laten voor geen)</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentering</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(assigned when saved)</source>
        <translation>(toegekend bij opslaan)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tweede voornaam</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Naam 2</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adres 2</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/regio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiele telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>VAT registration no.</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Hard copy</source>
        <translation>Afdruk</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Exclude from segments</source>
        <translation>Uitsluiten van segmenten</translation>
    </message>
    <message>
        <source>Privacy blocked (no interactions)</source>
        <translation>Privacy geblokkeerd (geen interacties)</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Sommige velden vragen uw aandacht; er is nog niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/regio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Contacten zoeken</translation>
    </message>
    <message>
        <source>Search by name, number, company, city, post code, e-mail or phone</source>
        <translation>Zoek op naam, nummer, bedrijf, plaats, postcode, e-mail of telefoon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nieuw contact…</translation>
    </message>
    <message>
        <source>&amp;Open contact…</source>
        <translation>Contact &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>Contact &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>Contact &amp;zoeken</translation>
    </message>
    <message>
        <source>No contacts match “%1”. Check the spelling or search for part of the name.</source>
        <translation>Geen contacten gevonden voor “%1”. Controleer de spelling of zoek op een deel van de naam.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n contact gevonden</numerusform>
            <numerusform>%n contacten gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n person(s). What should happen to them?</source>
        <translation>
            <numerusform>%1 heeft %n persoon. Wat moet er met deze persoon gebeuren?</numerusform>
            <numerusform>%1 heeft %n personen. Wat moet er met hen gebeuren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the persons too</source>
        <translation>Personen ook verwijderen</translation>
    </message>
    <message>
        <source>Keep them without a company</source>
        <translation>Behouden zonder bedrijf</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>%1 (%2) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>EnumTexts</name>
    <message>
        <source>Hard copy</source>
        <translation>Afdruk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wij</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Zij</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message numerus="yes">
        <source>Company %1 has %n person(s). Choose whether to delete them too or keep them as persons without a company.</source>
        <translation>
            <numerusform>Bedrijf %1 heeft %n persoon. Kies of u deze persoon ook wilt verwijderen of wilt behouden als persoon zonder bedrijf.</numerusform>
            <numerusform>Bedrijf %1 heeft %n personen. Kies of u deze personen ook wilt verwijderen of wilt behouden als personen zonder bedrijf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/regio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Provisie %</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Interactiegroep</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Kosten per eenheid</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Duur per eenheid (min)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Voorvoegsel</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Aantal cijfers</translation>
    </message>
    <message>
        <source>Starting number</source>
        <translation>Beginnummer</translation>
    </message>
    <message>
        <source>Last number used</source>
        <translation>Laatst gebruikte nummer</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Ophoging</translation>
    </message>
    <message>
        <source>Contact numbers</source>
        <translation>Contactnummers</translation>
    </message>
    <message>
        <source>Segment numbers</source>
        <translation>Segmentnummers</translation>
    </message>
    <message>
        <source>Logged segment numbers</source>
        <translation>Nummers geregistreerde segmenten</translation>
    </message>
    <message>
        <source>Campaign numbers</source>
        <translation>Campagnenummers</translation>
    </message>
    <message>
        <source>Default salesperson</source>
        <translation>Standaardverkoper</translation>
    </message>
    <message>
        <source>Default country/region</source>
        <translation>Standaard land/regio</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adres 2</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Naam 2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiele telefoon</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>VAT registration no.</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Banknaam</translation>
    </message>
    <message>
        <source>Bank account no.</source>
        <translation>Bankrekeningnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>SWIFT code</source>
        <translation>SWIFT-code</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>verkoper</translation>
    </message>
    <message>
        <source>interaction group</source>
        <translation>interactiegroep</translation>
    </message>
    <message>
        <source>interaction template</source>
        <translation>interactiesjabloon</translation>
    </message>
    <message>
        <source>number series</source>
        <translation>nummerreeks</translation>
    </message>
    <message>
        <source>industry group</source>
        <translation>branchegroep</translation>
    </message>
    <message>
        <source>business relation</source>
        <translation>bedrijfsrelatie</translation>
    </message>
    <message>
        <source>mailing group</source>
        <translation>mailinggroep</translation>
    </message>
    <message>
        <source>job responsibility</source>
        <translation>functieverantwoordelijkheid</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>rayon</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>%1 must have a value. Fill it in and try again.</source>
        <translation>%1 moet een waarde hebben. Vul het veld in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address. Use the form name@example.com.</source>
        <translation>%1 &quot;%2&quot; is geen geldig e-mailadres. Gebruik de vorm naam@example.com.</translation>
    </message>
    <message>
        <source>%1 is too long: use at most %3 characters.</source>
        <translation>%1 is te lang: gebruik maximaal %3 tekens.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter 0 or more.</source>
        <translation>%1 mag niet negatief zijn. Voer 0 of meer in.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range (limit %3).</source>
        <translation>%1 valt buiten het toegestane bereik (grens %3).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist. Pick a value from the list or create it in Setup first.</source>
        <translation>%1 &quot;%2&quot; bestaat niet. Kies een waarde uit de lijst of maak deze eerst aan onder Instellingen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a person, not a company. Choose a company contact.</source>
        <translation>%1 &quot;%2&quot; is een persoon, geen bedrijf. Kies een bedrijfscontact.</translation>
    </message>
    <message>
        <source>A company cannot be its own company. Clear %1.</source>
        <translation>Een bedrijf kan niet zijn eigen bedrijf zijn. Maak %1 leeg.</translation>
    </message>
    <message>
        <source>This company still has persons, so it cannot become a person. Move or delete them first.</source>
        <translation>Dit bedrijf heeft nog personen en kan daarom geen persoon worden. Verplaats of verwijder deze eerst.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid value.</source>
        <translation>%1 &quot;%2&quot; is geen geldige waarde.</translation>
    </message>
    <message>
        <source>A %1 with code &quot;%2&quot; already exists. Choose another code.</source>
        <translation>Er bestaat al een %1 met code &quot;%2&quot;. Kies een andere code.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; no longer exists. Someone may have deleted it; refresh the list.</source>
        <translation>Er bestaat geen %1 &quot;%2&quot; meer. Misschien heeft iemand anders dit verwijderd; vernieuw de lijst.</translation>
    </message>
    <message>
        <source>Contact %1 is on the unlogged segments %2, so its company cannot change. Remove it from those segments or log them first.</source>
        <translation>Contact %1 staat op de niet-geregistreerde segmenten %2, dus het bedrijf kan niet worden gewijzigd. Verwijder het contact uit die segmenten of registreer deze eerst.</translation>
    </message>
    <message>
        <source>Contact %1 cannot be deleted because it is on the unlogged segments %2. Remove it from those segments or log them first.</source>
        <translation>Contact %1 kan niet worden verwijderd omdat het op de niet-geregistreerde segmenten %2 staat. Verwijder het contact uit die segmenten of registreer deze eerst.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is still used (%3 × %4), so it cannot be deleted. Change those records first.</source>
        <translation>Kan %1 &quot;%2&quot; niet verwijderen, omdat er nog records naar verwijzen (%3 × %4). Wijzig eerst die records.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 after you opened it. Close it and open it again to see the latest version; your changes were not saved.</source>
        <translation>Iemand anders heeft deze gegevens (%1) gewijzigd nadat u ze hebt geopend. Sluit het venster en open het opnieuw om de nieuwste versie te zien; uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 must have a value in Marketing Setup. Fill it in under Setup and try again.</source>
        <translation>%1 moet een waarde hebben in Marketinginstellingen. Vul het in onder Instellingen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The number series &quot;%1&quot; cannot give a number. Check it under Setup → Number series.</source>
        <translation>De nummerreeks &quot;%1&quot; kan geen nummer geven. Controleer deze onder Instellingen → Nummerreeksen.</translation>
    </message>
    <message>
        <source>The file %1 was not found. Check the name and folder and try again.</source>
        <translation>Het bestand %1 is niet gevonden. Controleer de naam en de map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 is not a Word document (.docx). Save it as .docx in Word and try again.</source>
        <translation>Het bestand %1 is geen Word-document (.docx). Sla het in Word op als .docx en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or not a real Word document. Open it in Word, save it again as .docx and try again.</source>
        <translation>Het bestand %1 is beschadigd of geen echt Word-document. Open het in Word, sla het opnieuw op als .docx en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is not open elsewhere.</source>
        <translation>Het bestand %1 kan niet worden gelezen. Controleer of het niet ergens anders geopend is.</translation>
    </message>
    <message>
        <source>The file %1 is not a ContactDesk database. Choose another file, or start with a new one.</source>
        <translation>Het bestand %1 is geen ContactDesk-database. Kies een ander bestand of begin met een nieuwe database.</translation>
    </message>
    <message>
        <source>The database is busy in another program or window. Wait a moment and try again; nothing was changed.</source>
        <translation>De database is bezet door een ander programma of venster. Wacht even en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (read-only file or folder). Copy it to a folder you can write to, or change its permissions.</source>
        <translation>Er kan niet naar de database %1 worden geschreven (alleen-lezen bestand of map). Kopieer de database naar een map waarin u kunt schrijven, of wijzig de machtigingen.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of ContactDesk (schema %2; this version knows %3). Install the newer version to open it.</source>
        <translation>De database %1 is gemaakt met een nieuwere versie van ContactDesk (schema %2; deze versie kent %3). Installeer de nieuwere versie om de database te openen.</translation>
    </message>
    <message>
        <source>The database address is not supported. Use a file path or a sqlite:/// address.</source>
        <translation>Dit databaseadres wordt niet ondersteund. Gebruik een bestandspad of een sqlite:///-adres.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er is iets misgegaan: %1</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Dat is niet mogelijk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>ContactDesk ran into a problem it did not expect. Your data is safe: the last action was not saved. Try again; if it happens again, send the details to your administrator.</source>
        <translation>ContactDesk is op een onverwacht probleem gestuit. Uw gegevens zijn veilig: de laatste actie is niet opgeslagen. Probeer het opnieuw; gebeurt het weer, stuur de details dan naar uw beheerder.</translation>
    </message>
    <message>
        <source>The work stopped with an unexpected error; nothing was changed.</source>
        <translation>Het werk is gestopt door een onverwachte fout; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Sommige velden vragen uw aandacht; er is nog niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>New – %1</source>
        <translation>Nieuw – %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit – %1</source>
        <translation>Bewerken – %1</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete – %1</source>
        <translation>Verwijderen – %1</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Nothing here yet. Click New to add the first one.</source>
        <translation>Hier staat nog niets. Klik op Nieuw om er een toe te voegen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>About ContactDesk</source>
        <translation>Over ContactDesk</translation>
    </message>
    <message>
        <source>ContactDesk %1
Contacts, segments, interactions and Word letters on your own computer.

Database: %2</source>
        <translation>ContactDesk %1
Contacten, segmenten, interacties en Word-brieven op uw eigen computer.

Database: %2</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>Load &amp;sample data…</source>
        <translation>&amp;Voorbeeldgegevens laden…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Voor&amp;keuren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;About ContactDesk</source>
        <translation>&amp;Over ContactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open database to open it.</source>
        <translation>%1 bestaat al. Kies een nieuwe bestandsnaam, of gebruik Database openen om het bestand te openen.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>How many sample contacts should be added?</source>
        <translation>Hoeveel voorbeeldcontacten wilt u toevoegen?</translation>
    </message>
    <message>
        <source>Adding sample data…</source>
        <translation>Voorbeeldgegevens toevoegen…</translation>
    </message>
    <message>
        <source>Added %1 sample contacts.</source>
        <translation>%1 voorbeeldcontacten toegevoegd.</translation>
    </message>
</context>
<context>
    <name>MarketingSetupTab</name>
    <message>
        <source>Marketing setup</source>
        <translation>Marketinginstellingen</translation>
    </message>
    <message>
        <source>Which number series new contacts and segments take their numbers from, and what a new contact gets when you leave a field empty.</source>
        <translation>Uit welke nummerreeksen nieuwe contacten en segmenten hun nummers krijgen, en wat een nieuw contact krijgt als u een veld leeg laat.</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Nummering</translation>
    </message>
    <message>
        <source>Contact nos.</source>
        <translation>Contactnummers</translation>
    </message>
    <message>
        <source>Segment nos.</source>
        <translation>Segmentnummers</translation>
    </message>
    <message>
        <source>Logged segment nos.</source>
        <translation>Nummers geregistreerde segmenten</translation>
    </message>
    <message>
        <source>Campaign nos.</source>
        <translation>Campagnenummers</translation>
    </message>
    <message>
        <source>Defaults for new contacts</source>
        <translation>Standaardwaarden voor nieuwe contacten</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/regio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>Company salutation</source>
        <translation>Aanhef voor bedrijf</translation>
    </message>
    <message>
        <source>Person salutation</source>
        <translation>Aanhef voor persoon</translation>
    </message>
    <message>
        <source>A new person takes from their company</source>
        <translation>Een nieuwe persoon neemt over van het bedrijf</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Communication (phone, e-mail, home page)</source>
        <translation>Communicatie (telefoon, e-mail, website)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Logged segments</source>
        <translation>Geregistreerde segmenten</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Interactielog</translation>
    </message>
    <message>
        <source>Postponed interactions</source>
        <translation>Uitgestelde interacties</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>NumberSeriesDialog</name>
    <message>
        <source>Number series %1</source>
        <translation>Nummerreeks %1</translation>
    </message>
    <message>
        <source>New number series</source>
        <translation>Nieuwe nummerreeks</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Voorvoegsel</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Aantal cijfers</translation>
    </message>
    <message>
        <source>Starting number</source>
        <translation>Beginnummer</translation>
    </message>
    <message>
        <source>Last number used</source>
        <translation>Laatst gebruikte nummer</translation>
    </message>
    <message>
        <source>0 when no number was handed out yet</source>
        <translation>0 als er nog geen nummer is uitgegeven</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Ophoging</translation>
    </message>
    <message>
        <source>Numbers may also be typed by hand</source>
        <translation>Nummers mogen ook handmatig worden ingevoerd</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Starting no. %1</source>
        <translation>Beginnr. %1</translation>
    </message>
    <message>
        <source>Last no. used %1</source>
        <translation>Laatst gebruikte nr. %1</translation>
    </message>
    <message>
        <source>no number used yet</source>
        <translation>nog geen nummer gebruikt</translation>
    </message>
</context>
<context>
    <name>NumberSeriesTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Starting no.</source>
        <translation>Beginnr.</translation>
    </message>
    <message>
        <source>Last no. used</source>
        <translation>Laatst gebruikte nr.</translation>
    </message>
    <message>
        <source>Next no.</source>
        <translation>Volgend nr.</translation>
    </message>
    <message>
        <source>The number the next record will get</source>
        <translation>Het nummer dat het volgende record krijgt</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Ophoging</translation>
    </message>
    <message>
        <source>Manual nos.</source>
        <translation>Handmatige nrs.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Nummerreeksen</translation>
    </message>
    <message>
        <source>Delete number series %1 (%2)? This cannot be undone.</source>
        <translation>Nummerreeks %1 (%2) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>No number series yet. Click New to add one, then choose it in Marketing setup.</source>
        <translation>Nog geen nummerreeksen. Klik op Nieuw om er een toe te voegen en kies deze daarna in Marketinginstellingen.</translation>
    </message>
    <message numerus="yes">
        <source>%n number series</source>
        <translation>
            <numerusform>%n nummerreeks</numerusform>
            <numerusform>%n nummerreeksen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTexts</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s)</source>
        <translation>
            <numerusform>%n geregistreerd segment</numerusform>
            <numerusform>%n geregistreerde segmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postponed interaction(s)</source>
        <translation>
            <numerusform>%n uitgestelde interactie</numerusform>
            <numerusform>%n uitgestelde interacties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interactielogpost</numerusform>
            <numerusform>%n interactielogposten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>There are no segments yet. A segment groups the contacts that get the same interaction, such as a letter; load the sample data to see examples.</source>
        <translation>Er zijn nog geen segmenten. Een segment groepeert de contacten die dezelfde interactie krijgen, zoals een brief; laad de voorbeeldgegevens om voorbeelden te bekijken.</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Logged segments</source>
        <translation>Geregistreerde segmenten</translation>
    </message>
    <message>
        <source>No segment has been logged yet. When a segment is logged, it appears here with its interaction log entries.</source>
        <translation>Er is nog geen segment geregistreerd. Wanneer een segment wordt geregistreerd, verschijnt het hier met de bijbehorende interactielogposten.</translation>
    </message>
    <message>
        <source>Entry No.</source>
        <translation>Volgnr.</translation>
    </message>
    <message>
        <source>Contact No.</source>
        <translation>Contactnr.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contactnaam</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duur (min)</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries</source>
        <translation>De nieuwste %1 van %2 posten worden getoond</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Interactielog</translation>
    </message>
    <message>
        <source>No interactions have been recorded yet. Letters, calls and meetings you log appear here.</source>
        <translation>Er zijn nog geen interacties vastgelegd. Brieven, gesprekken en afspraken die u registreert, verschijnen hier.</translation>
    </message>
    <message>
        <source>Postponed interactions</source>
        <translation>Uitgestelde interacties</translation>
    </message>
    <message>
        <source>No postponed interactions. An interaction you cancel and keep for later waits here until you resume it.</source>
        <translation>Geen uitgestelde interacties. Een interactie die u annuleert en voor later bewaart, wacht hier tot u deze hervat.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Bestanden van type:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Zoeken in:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>P&amp;lakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details tonen...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details verbergen...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja op &amp;alles</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nee &amp;op alles</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standaard herstellen</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Volge&amp;nde</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Ga terug</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
</context>
<context>
    <name>SalespeopleTab</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Provisie %</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Privacy blocked</source>
        <translation>Privacy geblokkeerd</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>Verkopers</translation>
    </message>
    <message>
        <source>Delete salesperson %1 (%2)? Contacts assigned to this salesperson will have none. This cannot be undone.</source>
        <translation>Verkoper %1 (%2) verwijderen? Contacten die aan deze verkoper zijn toegewezen, hebben daarna geen verkoper meer. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>No salespeople yet. Click New to add the first one; contacts, segments and interactions can then be assigned to them.</source>
        <translation>Nog geen verkopers. Klik op Nieuw om de eerste toe te voegen; daarna kunt u contacten, segmenten en interacties aan verkopers toewijzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson(s)</source>
        <translation>
            <numerusform>%n verkoper</numerusform>
            <numerusform>%n verkopers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalespersonDialog</name>
    <message>
        <source>Salesperson %1</source>
        <translation>Verkoper %1</translation>
    </message>
    <message>
        <source>New salesperson</source>
        <translation>Nieuwe verkoper</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Provisie %</translation>
    </message>
    <message>
        <source>Blocked (not offered for new segments)</source>
        <translation>Geblokkeerd (niet aangeboden voor nieuwe segmenten)</translation>
    </message>
    <message>
        <source>Privacy blocked (no interactions with this salesperson)</source>
        <translation>Privacy geblokkeerd (geen interacties met deze verkoper)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zelfde als het systeem</translation>
    </message>
    <message>
        <source>The new language is used the next time ContactDesk starts.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer ContactDesk de volgende keer start.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interfacetaal</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 terugzetten</translation>
    </message>
    <message>
        <source>Throw away the changes and show what is saved</source>
        <translation>De wijzigingen verwerpen en tonen wat is opgeslagen</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Sommige velden vragen uw aandacht; er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Setup areas</source>
        <translation>Onderdelen van instellingen</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Interaction template %1</source>
        <translation>Interactiesjabloon %1</translation>
    </message>
    <message>
        <source>New interaction template</source>
        <translation>Nieuw interactiesjabloon</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Interactiegroep</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <source>The language of the letter when the contact&apos;s language has no version</source>
        <translation>De taal van de brief als er geen versie in de taal van het contact is</translation>
    </message>
    <message>
        <source>Wizard action</source>
        <translation>Wizardactie</translation>
    </message>
    <message>
        <source>What the Create Interaction wizard does with the Word document</source>
        <translation>Wat de wizard Interactie maken met het Word-document doet</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interactie</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Kosten per eenheid</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Duur per eenheid (min)</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informatiestroom</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Geïnitieerd door</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>Ignore the contact&apos;s correspondence type</source>
        <translation>Het correspondentietype van het contact negeren</translation>
    </message>
    <message>
        <source>Always use this template&apos;s correspondence type, whatever the contact prefers</source>
        <translation>Altijd het correspondentietype van dit sjabloon gebruiken, ongeacht de voorkeur van het contact</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Campaign target</source>
        <translation>Campagnedoel</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Campagnereactie</translation>
    </message>
</context>
<context>
    <name>TemplateLanguagesPanel</name>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-document</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Taalversies</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Taalversie</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Store a Word document (.docx) as this language&apos;s version</source>
        <translation>Een Word-document (.docx) opslaan als de versie voor deze taal</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save a copy of the selected version&apos;s Word document</source>
        <translation>Een kopie van het Word-document van de geselecteerde versie opslaan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the selected version&apos;s Word document</source>
        <translation>Het Word-document van de geselecteerde versie openen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Take the Word document off the selected version</source>
        <translation>Het Word-document van de geselecteerde versie verwijderen</translation>
    </message>
    <message>
        <source>Languages of %1</source>
        <translation>Talen van %1</translation>
    </message>
    <message>
        <source>Select an interaction template to see its language versions.</source>
        <translation>Selecteer een interactiesjabloon om de taalversies ervan te zien.</translation>
    </message>
    <message>
        <source>This template has no Word documents yet. Choose a language and click Import… to add one.</source>
        <translation>Dit sjabloon heeft nog geen Word-documenten. Kies een taal en klik op Importeren… om er een toe te voegen.</translation>
    </message>
    <message>
        <source>Import… replaces the Word document of the chosen language, or adds that language when the template has no version in it yet.</source>
        <translation>Importeren… vervangt het Word-document van de gekozen taal, of voegt die taal toe als het sjabloon er nog geen versie in heeft.</translation>
    </message>
    <message>
        <source>Import Word document</source>
        <translation>Word-document importeren</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-documenten (*.docx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot import the document</source>
        <translation>Kan het document niet importeren</translation>
    </message>
    <message>
        <source>Export Word document</source>
        <translation>Word-document exporteren</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export the document</source>
        <translation>Kan het document niet exporteren</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan het document niet openen</translation>
    </message>
    <message>
        <source>No program is set up to open Word documents. Install one (Word or LibreOffice Writer), or use Export… and open the copy.</source>
        <translation>Er is geen programma ingesteld om Word-documenten te openen. Installeer er een (Word of LibreOffice Writer), of gebruik Exporteren… en open de kopie.</translation>
    </message>
    <message>
        <source>Remove Word document</source>
        <translation>Word-document verwijderen</translation>
    </message>
    <message>
        <source>Remove the Word document %1 from the %2 version of %3? Letters already logged keep their copy.</source>
        <translation>Het Word-document %1 verwijderen uit de versie %2 van %3? Brieven die al zijn geregistreerd, behouden hun kopie.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Interactiegroep</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Kosten per eenheid</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Duur per eenheid (min)</translation>
    </message>
    <message>
        <source>Wizard action</source>
        <translation>Wizardactie</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <source>Interaction templates</source>
        <translation>Interactiesjablonen</translation>
    </message>
    <message>
        <source>Delete interaction template %1 (%2) with its Word documents? This cannot be undone.</source>
        <translation>Interactiesjabloon %1 (%2) met de bijbehorende Word-documenten verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>No interaction templates yet. Click New to add one: a template gives an interaction its group, cost, duration and a Word letter per language. Every template belongs to an interaction group, so add one under Codes first.</source>
        <translation>Nog geen interactiesjablonen. Klik op Nieuw om er een toe te voegen: een sjabloon geeft een interactie haar groep, kosten, duur en een Word-brief per taal. Elk sjabloon hoort bij een interactiegroep; voeg daarom eerst een groep toe onder Codes.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction template(s)</source>
        <translation>
            <numerusform>%n interactiesjabloon</numerusform>
            <numerusform>%n interactiesjablonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to ContactDesk</source>
        <translation>Welkom bij ContactDesk</translation>
    </message>
    <message>
        <source>Keep your contacts, group them into segments, record every interaction and send personal Word letters — all on this computer, also without a network.

Your database is still empty. Load a set of sample companies and persons from the Netherlands, Norway and the United Kingdom to look around, or start with your own first contact.</source>
        <translation>Beheer uw contacten, deel ze in segmenten in, registreer elke interactie en verstuur persoonlijke Word-brieven — allemaal op deze computer, ook zonder netwerk.

Uw database is nog leeg. Laad een set voorbeeldbedrijven en -personen uit Nederland, Noorwegen en het Verenigd Koninkrijk om rond te kijken, of begin met uw eigen eerste contact.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>Create the first contact</source>
        <translation>Het eerste contact maken</translation>
    </message>
</context>
</TS>
