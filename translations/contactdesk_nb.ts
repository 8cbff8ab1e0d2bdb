<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Åpne en annen fil…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Opprett en ny database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>CodeTableTab</name>
    <message>
        <source>Interaction groups</source>
        <translation>Samhandlingsgrupper</translation>
    </message>
    <message>
        <source>Industry groups</source>
        <translation>Bransjegrupper</translation>
    </message>
    <message>
        <source>Business relations</source>
        <translation>Forretningsforbindelser</translation>
    </message>
    <message>
        <source>Mailing groups</source>
        <translation>Utsendelsesgrupper</translation>
    </message>
    <message>
        <source>Job responsibilities</source>
        <translation>Stillingsansvar</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Distrikter</translation>
    </message>
    <message>
        <source>Interaction group %1</source>
        <translation>Samhandlingsgruppe %1</translation>
    </message>
    <message>
        <source>Industry group %1</source>
        <translation>Bransjegruppe %1</translation>
    </message>
    <message>
        <source>Business relation %1</source>
        <translation>Forretningsforbindelse %1</translation>
    </message>
    <message>
        <source>Mailing group %1</source>
        <translation>Utsendelsesgruppe %1</translation>
    </message>
    <message>
        <source>Job responsibility %1</source>
        <translation>Stillingsansvar %1</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Distrikt %1</translation>
    </message>
    <message>
        <source>New interaction group</source>
        <translation>Ny samhandlingsgruppe</translation>
    </message>
    <message>
        <source>New industry group</source>
        <translation>Ny bransjegruppe</translation>
    </message>
    <message>
        <source>New business relation</source>
        <translation>Ny forretningsforbindelse</translation>
    </message>
    <message>
        <source>New mailing group</source>
        <translation>Ny utsendelsesgruppe</translation>
    </message>
    <message>
        <source>New job responsibility</source>
        <translation>Nytt stillingsansvar</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Nytt distrikt</translation>
    </message>
    <message>
        <source>No interaction groups yet. Click New to add one (for example LETTER or MEETING); every interaction template belongs to a group.</source>
        <translation>Ingen samhandlingsgrupper ennå. Klikk på Ny for å legge til en (for eksempel LETTER eller MEETING); alle samhandlingsmaler hører til en gruppe.</translation>
    </message>
    <message>
        <source>No codes yet. Click New to add the first one; contacts can then be classified with it.</source>
        <translation>Ingen koder ennå. Klikk på Ny for å legge til den første; deretter kan kontakter klassifiseres med den.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Delete interaction group %1 (%2)? This cannot be undone.</source>
        <translation>Vil du slette samhandlingsgruppen %1 (%2)? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Contacts classified with it lose this code. This cannot be undone.</source>
        <translation>Vil du slette %1 (%2)? Kontakter som er klassifisert med den, mister denne koden. Dette kan ikke angres.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction group(s)</source>
        <translation>
            <numerusform>%n samhandlingsgruppe</numerusform>
            <numerusform>%n samhandlingsgrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n industry group(s)</source>
        <translation>
            <numerusform>%n bransjegruppe</numerusform>
            <numerusform>%n bransjegrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business relation(s)</source>
        <translation>
            <numerusform>%n forretningsforbindelse</numerusform>
            <numerusform>%n forretningsforbindelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailing group(s)</source>
        <translation>
            <numerusform>%n utsendelsesgruppe</numerusform>
            <numerusform>%n utsendelsesgrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job responsibility(-ies)</source>
        <translation>
            <numerusform>%n stillingsansvar</numerusform>
            <numerusform>%n stillingsansvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(-ies)</source>
        <translation>
            <numerusform>%n distrikt</numerusform>
            <numerusform>%n distrikter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodesTab</name>
    <message>
        <source>Code tables</source>
        <translation>Kodetabeller</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
</context>
<context>
    <name>CompanyInfoTab</name>
    <message>
        <source>Our company</source>
        <translation>Vårt firma</translation>
    </message>
    <message>
        <source>Our own company&apos;s details: every letter shows them as the sender.</source>
        <translation>Opplysninger om vårt eget firma: alle brev viser dem som avsender.</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation>Navn og adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Navn 2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/region</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikasjon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Registration and bank</source>
        <translation>Registrering og bank</translation>
    </message>
    <message>
        <source>VAT registration no.</source>
        <translation>Mva-nummer</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Banknavn</translation>
    </message>
    <message>
        <source>Bank account no.</source>
        <translation>Bankkontonummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>SWIFT code</source>
        <translation>SWIFT-kode</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search companies (leave empty for none)</source>
        <translation>Skriv for å søke etter firmaer (la stå tomt for ingen)</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikasjon</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentering</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(assigned when saved)</source>
        <translation>(tildeles ved lagring)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Mellomnavn</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Navn 2</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/region</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>E-post 2</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>VAT registration no.</source>
        <translation>Mva-nummer</translation>
    </message>
    <message>
        <source>Hard copy</source>
        <translation>Papirkopi</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Exclude from segments</source>
        <translation>Utelat fra segmenter</translation>
    </message>
    <message>
        <source>Privacy blocked (no interactions)</source>
        <translation>Personvernsperret (ingen samhandlinger)</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Noen felt må rettes; ingenting er lagret ennå.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/region</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Søk i kontakter</translation>
    </message>
    <message>
        <source>Search by name, number, company, city, post code, e-mail or phone</source>
        <translation>Søk etter navn, nummer, firma, poststed, postnummer, e-post eller telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Ny kontakt…</translation>
    </message>
    <message>
        <source>&amp;Open contact…</source>
        <translation>&amp;Åpne kontakt…</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>&amp;Slett kontakt…</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Finn kontakt</translation>
    </message>
    <message>
        <source>No contacts match “%1”. Check the spelling or search for part of the name.</source>
        <translation>Ingen kontakter samsvarer med “%1”. Kontroller stavemåten, eller søk etter en del av navnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n kontakt funnet</numerusform>
            <numerusform>%n kontakter funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Slett kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n person(s). What should happen to them?</source>
        <translation>
            <numerusform>%1 har %n person. Hva skal skje med personen?</numerusform>
            <numerusform>%1 har %n personer. Hva skal skje med dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the persons too</source>
        <translation>Slett personene også</translation>
    </message>
    <message>
        <source>Keep them without a company</source>
        <translation>Behold dem uten firma</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Vil du slette %1 (%2)? Dette kan ikke angres.</translation>
    </message>
</context>
<context>
    <name>EnumTexts</name>
    <message>
        <source>Hard copy</source>
        <translation>Papirkopi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Innkommende</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Oss</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Dem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importere</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flette</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message numerus="yes">
        <source>Company %1 has %n person(s). Choose whether to delete them too or keep them as persons without a company.</source>
        <translation>
            <numerusform>Firmaet %1 har %n person. Velg om du vil slette personen også, eller beholde den som person uten firma.</numerusform>
            <numerusform>Firmaet %1 har %n personer. Velg om du vil slette dem også, eller beholde dem som personer uten firma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>E-post 2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Provisjon %</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Samhandlingsgruppe</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Enhetskostnad</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Varighet per enhet (min)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefiks</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Antall sifre</translation>
    </message>
    <message>
        <source>Starting number</source>
        <translation>Startnummer</translation>
    </message>
    <message>
        <source>Last number used</source>
        <translation>Sist brukte nummer</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Økning</translation>
    </message>
    <message>
        <source>Contact numbers</source>
        <translation>Kontaktnumre</translation>
    </message>
    <message>
        <source>Segment numbers</source>
        <translation>Segmentnumre</translation>
    </message>
    <message>
        <source>Logged segment numbers</source>
        <translation>Numre for loggførte segmenter</translation>
    </message>
    <message>
        <source>Campaign numbers</source>
        <translation>Kampanjenumre</translation>
    </message>
    <message>
        <source>Default salesperson</source>
        <translation>Standardselger</translation>
    </message>
    <message>
        <source>Default country/region</source>
        <translation>Standard land/region</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Navn 2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>VAT registration no.</source>
        <translation>Mva-nummer</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Banknavn</translation>
    </message>
    <message>
        <source>Bank account no.</source>
        <translation>Bankkontonummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>SWIFT code</source>
        <translation>SWIFT-kode</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>selger</translation>
    </message>
    <message>
        <source>interaction group</source>
        <translation>samhandlingsgruppe</translation>
    </message>
    <message>
        <source>interaction template</source>
        <translation>samhandlingsmal</translation>
    </message>
    <message>
        <source>number series</source>
        <translation>nummerserie</translation>
    </message>
    <message>
        <source>industry group</source>
        <translation>bransjegruppe</translation>
    </message>
    <message>
        <source>business relation</source>
        <translation>forretningsforbindelse</translation>
    </message>
    <message>
        <source>mailing group</source>
        <translation>utsendelsesgruppe</translation>
    </message>
    <message>
        <source>job responsibility</source>
        <translation>stillingsansvar</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>distrikt</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>kampanje</translation>
    </message>
    <message>
        <source>%1 must have a value. Fill it in and try again.</source>
        <translation>%1 må ha en verdi. Fyll ut feltet og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address. Use the form name@example.com.</source>
        <translation>%1 &quot;%2&quot; er ikke en gyldig e-postadresse. Bruk formen navn@example.com.</translation>
    </message>
    <message>
        <source>%1 is too long: use at most %3 characters.</source>
        <translation>%1 er for lang: bruk høyst %3 tegn.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter 0 or more.</source>
        <translation>%1 kan ikke være negativ. Skriv inn 0 eller mer.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range (limit %3).</source>
        <translation>%1 er utenfor tillatt område (grense %3).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist. Pick a value from the list or create it in Setup first.</source>
        <translation>%1 &quot;%2&quot; finnes ikke. Velg en verdi fra listen, eller opprett den under Oppsett først.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a person, not a company. Choose a company contact.</source>
        <translation>%1 &quot;%2&quot; er en person, ikke et firma. Velg en firmakontakt.</translation>
    </message>
    <message>
        <source>A company cannot be its own company. Clear %1.</source>
        <translation>Et firma kan ikke være sitt eget firma. Tøm %1.</translation>
    </message>
    <message>
        <source>This company still has persons, so it cannot become a person. Move or delete them first.</source>
        <translation>Dette firmaet har fortsatt personer og kan derfor ikke bli en person. Flytt eller slett dem først.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid value.</source>
        <translation>%1 &quot;%2&quot; er ikke en gyldig verdi.</translation>
    </message>
    <message>
        <source>A %1 with code &quot;%2&quot; already exists. Choose another code.</source>
        <translation>Koden &quot;%2&quot; er allerede i bruk (%1). Velg en annen kode.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; no longer exists. Someone may have deleted it; refresh the list.</source>
        <translation>Finner ikke lenger %1 &quot;%2&quot;. Noen kan ha slettet posten; oppdater listen.</translation>
    </message>
    <message>
        <source>Contact %1 is on the unlogged segments %2, so its company cannot change. Remove it from those segments or log them first.</source>
        <translation>Kontakt %1 står på de ikke-loggførte segmentene %2, så firmaet kan ikke endres. Fjern kontakten fra disse segmentene, eller loggfør dem først.</translation>
    </message>
    <message>
        <source>Contact %1 cannot be deleted because it is on the unlogged segments %2. Remove it from those segments or log them first.</source>
        <translation>Kontakt %1 kan ikke slettes fordi den står på de ikke-loggførte segmentene %2. Fjern kontakten fra disse segmentene, eller loggfør dem først.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is still used (%3 × %4), so it cannot be deleted. Change those records first.</source>
        <translation>Kan ikke slette %1 &quot;%2&quot; fordi det fortsatt finnes poster som bruker verdien (%3 × %4). Endre disse postene først.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 after you opened it. Close it and open it again to see the latest version; your changes were not saved.</source>
        <translation>Noen andre har endret denne posten (%1) etter at du åpnet den. Lukk den og åpne den igjen for å se den nyeste versjonen; endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <source>%1 must have a value in Marketing Setup. Fill it in under Setup and try again.</source>
        <translation>%1 må ha en verdi i Markedsføringsoppsett. Fyll det ut under Oppsett og prøv igjen.</translation>
    </message>
    <message>
        <source>The number series &quot;%1&quot; cannot give a number. Check it under Setup → Number series.</source>
        <translation>Nummerserien &quot;%1&quot; kan ikke gi et nummer. Kontroller den under Oppsett → Nummerserier.</translation>
    </message>
    <message>
        <source>The file %1 was not found. Check the name and folder and try again.</source>
        <translation>Finner ikke filen %1. Kontroller navnet og mappen, og prøv igjen.</translation>
    </message>
    <message>
        <source>The file %1 is not a Word document (.docx). Save it as .docx in Word and try again.</source>
        <translation>Filen %1 er ikke et Word-dokument (.docx). Lagre den som .docx i Word, og prøv igjen.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or not a real Word document. Open it in Word, save it again as .docx and try again.</source>
        <translation>Filen %1 er skadet eller ikke et ekte Word-dokument. Åpne den i Word, lagre den på nytt som .docx, og prøv igjen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is not open elsewhere.</source>
        <translation>Filen %1 kan ikke leses. Kontroller at den ikke er åpen et annet sted.</translation>
    </message>
    <message>
        <source>The file %1 is not a ContactDesk database. Choose another file, or start with a new one.</source>
        <translation>Filen %1 er ikke en ContactDesk-database. Velg en annen fil, eller start med en ny.</translation>
    </message>
    <message>
        <source>The database is busy in another program or window. Wait a moment and try again; nothing was changed.</source>
        <translation>Databasen er opptatt i et annet program eller vindu. Vent litt og prøv igjen; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (read-only file or folder). Copy it to a folder you can write to, or change its permissions.</source>
        <translation>Kan ikke skrive til databasen %1 (skrivebeskyttet fil eller mappe). Kopier den til en mappe du kan skrive til, eller endre tillatelsene.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of ContactDesk (schema %2; this version knows %3). Install the newer version to open it.</source>
        <translation>Databasen %1 ble laget med en nyere versjon av ContactDesk (skjema %2; denne versjonen kjenner %3). Installer den nyere versjonen for å åpne den.</translation>
    </message>
    <message>
        <source>The database address is not supported. Use a file path or a sqlite:/// address.</source>
        <translation>Databaseadressen støttes ikke. Bruk en filbane eller en sqlite:///-adresse.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Noe gikk galt: %1</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Det går ikke</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <source>ContactDesk ran into a problem it did not expect. Your data is safe: the last action was not saved. Try again; if it happens again, send the details to your administrator.</source>
        <translation>ContactDesk støtte på et uventet problem. Dataene dine er trygge: den siste handlingen ble ikke lagret. Prøv igjen. Hvis det skjer igjen, sender du detaljene til administratoren din.</translation>
    </message>
    <message>
        <source>The work stopped with an unexpected error; nothing was changed.</source>
        <translation>Arbeidet stoppet på grunn av en uventet feil; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Noen felt må rettes; ingenting er lagret ennå.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>New – %1</source>
        <translation>Ny – %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit – %1</source>
        <translation>Rediger – %1</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Delete – %1</source>
        <translation>Slett – %1</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Vil du slette %1? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Nothing here yet. Click New to add the first one.</source>
        <translation>Her er det ingenting ennå. Klikk på Ny for å legge til den første oppføringen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <source>About ContactDesk</source>
        <translation>Om ContactDesk</translation>
    </message>
    <message>
        <source>ContactDesk %1
Contacts, segments, interactions and Word letters on your own computer.

Database: %2</source>
        <translation>ContactDesk %1
Kontakter, segmenter, samhandlinger og Word-brev på din egen datamaskin.

Database: %2</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Åpne database…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>Load &amp;sample data…</source>
        <translation>Last inn &amp;eksempeldata…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;About ContactDesk</source>
        <translation>&amp;Om ContactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open database to open it.</source>
        <translation>%1 finnes allerede. Velg et nytt filnavn, eller bruk Åpne database for å åpne den.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Last inn eksempeldata</translation>
    </message>
    <message>
        <source>How many sample contacts should be added?</source>
        <translation>Hvor mange eksempelkontakter skal legges til?</translation>
    </message>
    <message>
        <source>Adding sample data…</source>
        <translation>Legger til eksempeldata…</translation>
    </message>
    <message>
        <source>Added %1 sample contacts.</source>
        <translation>La til %1 eksempelkontakter.</translation>
    </message>
</context>
<context>
    <name>MarketingSetupTab</name>
    <message>
        <source>Marketing setup</source>
        <translation>Markedsføringsoppsett</translation>
    </message>
    <message>
        <source>Which number series new contacts and segments take their numbers from, and what a new contact gets when you leave a field empty.</source>
        <translation>Hvilke nummerserier nye kontakter og segmenter får numrene sine fra, og hva en ny kontakt får når du lar et felt stå tomt.</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Nummerering</translation>
    </message>
    <message>
        <source>Contact nos.</source>
        <translation>Kontaktnumre</translation>
    </message>
    <message>
        <source>Segment nos.</source>
        <translation>Segmentnumre</translation>
    </message>
    <message>
        <source>Logged segment nos.</source>
        <translation>Numre for loggførte segmenter</translation>
    </message>
    <message>
        <source>Campaign nos.</source>
        <translation>Kampanjenumre</translation>
    </message>
    <message>
        <source>Defaults for new contacts</source>
        <translation>Standardverdier for nye kontakter</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Land/region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>Company salutation</source>
        <translation>Tiltale for firma</translation>
    </message>
    <message>
        <source>Person salutation</source>
        <translation>Tiltale for person</translation>
    </message>
    <message>
        <source>A new person takes from their company</source>
        <translation>En ny person arver fra firmaet sitt</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Communication (phone, e-mail, home page)</source>
        <translation>Kommunikasjon (telefon, e-post, hjemmeside)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>Logged segments</source>
        <translation>Loggførte segmenter</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Samhandlingslogg</translation>
    </message>
    <message>
        <source>Postponed interactions</source>
        <translation>Utsatte samhandlinger</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Oppsett</translation>
    </message>
</context>
<context>
    <name>NumberSeriesDialog</name>
    <message>
        <source>Number series %1</source>
        <translation>Nummerserie %1</translation>
    </message>
    <message>
        <source>New number series</source>
        <translation>Ny nummerserie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefiks</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Antall sifre</translation>
    </message>
    <message>
        <source>Starting number</source>
        <translation>Startnummer</translation>
    </message>
    <message>
        <source>Last number used</source>
        <translation>Sist brukte nummer</translation>
    </message>
    <message>
        <source>0 when no number was handed out yet</source>
        <translation>0 hvis ingen numre er delt ut ennå</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Økning</translation>
    </message>
    <message>
        <source>Numbers may also be typed by hand</source>
        <translation>Numre kan også skrives inn manuelt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Starting no. %1</source>
        <translation>Startnr. %1</translation>
    </message>
    <message>
        <source>Last no. used %1</source>
        <translation>Sist brukte nr. %1</translation>
    </message>
    <message>
        <source>no number used yet</source>
        <translation>ingen numre brukt ennå</translation>
    </message>
</context>
<context>
    <name>NumberSeriesTab</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Starting no.</source>
        <translation>Startnr.</translation>
    </message>
    <message>
        <source>Last no. used</source>
        <translation>Sist brukte nr.</translation>
    </message>
    <message>
        <source>Next no.</source>
        <translation>Neste nr.</translation>
    </message>
    <message>
        <source>The number the next record will get</source>
        <translation>Nummeret den neste posten får</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Økning</translation>
    </message>
    <message>
        <source>Manual nos.</source>
        <translation>Manuelle nr.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Nummerserier</translation>
    </message>
    <message>
        <source>Delete number series %1 (%2)? This cannot be undone.</source>
        <translation>Vil du slette nummerserien %1 (%2)? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>No number series yet. Click New to add one, then choose it in Marketing setup.</source>
        <translation>Ingen nummerserier ennå. Klikk på Ny for å legge til en, og velg den deretter i Markedsføringsoppsett.</translation>
    </message>
    <message numerus="yes">
        <source>%n number series</source>
        <translation>
            <numerusform>%n nummerserie</numerusform>
            <numerusform>%n nummerserier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTexts</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s)</source>
        <translation>
            <numerusform>%n loggført segment</numerusform>
            <numerusform>%n loggførte segmenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postponed interaction(s)</source>
        <translation>
            <numerusform>%n utsatt samhandling</numerusform>
            <numerusform>%n utsatte samhandlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n samhandlingspost</numerusform>
            <numerusform>%n samhandlingsposter</numerusform>
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
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>There are no segments yet. A segment groups the contacts that get the same interaction, such as a letter; load the sample data to see examples.</source>
        <translation>Det finnes ingen segmenter ennå. Et segment samler kontaktene som skal få samme samhandling, for eksempel et brev; last inn eksempeldataene for å se eksempler.</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Logged segments</source>
        <translation>Loggførte segmenter</translation>
    </message>
    <message>
        <source>No segment has been logged yet. When a segment is logged, it appears here with its interaction log entries.</source>
        <translation>Ingen segmenter er loggført ennå. Når et segment loggføres, vises det her med samhandlingspostene sine.</translation>
    </message>
    <message>
        <source>Entry No.</source>
        <translation>Løpenr.</translation>
    </message>
    <message>
        <source>Contact No.</source>
        <translation>Kontaktnr.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktnavn</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Varighet (min)</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries</source>
        <translation>Viser de %1 nyeste av %2 poster</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Samhandlingslogg</translation>
    </message>
    <message>
        <source>No interactions have been recorded yet. Letters, calls and meetings you log appear here.</source>
        <translation>Ingen samhandlinger er registrert ennå. Brev, samtaler og møter du loggfører, vises her.</translation>
    </message>
    <message>
        <source>Postponed interactions</source>
        <translation>Utsatte samhandlinger</translation>
    </message>
    <message>
        <source>No postponed interactions. An interaction you cancel and keep for later waits here until you resume it.</source>
        <translation>Ingen utsatte samhandlinger. En samhandling du avbryter og tar vare på til senere, venter her til du fortsetter den.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeider…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Søk i:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nei til a&amp;lle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Provisjon %</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>Privacy blocked</source>
        <translation>Personvernsperret</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>Selgere</translation>
    </message>
    <message>
        <source>Delete salesperson %1 (%2)? Contacts assigned to this salesperson will have none. This cannot be undone.</source>
        <translation>Vil du slette selgeren %1 (%2)? Kontakter som er tilordnet denne selgeren, får ingen selger. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>No salespeople yet. Click New to add the first one; contacts, segments and interactions can then be assigned to them.</source>
        <translation>Ingen selgere ennå. Klikk på Ny for å legge til den første; deretter kan kontakter, segmenter og samhandlinger tilordnes selgerne.</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson(s)</source>
        <translation>
            <numerusform>%n selger</numerusform>
            <numerusform>%n selgere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalespersonDialog</name>
    <message>
        <source>Salesperson %1</source>
        <translation>Selger %1</translation>
    </message>
    <message>
        <source>New salesperson</source>
        <translation>Ny selger</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Provisjon %</translation>
    </message>
    <message>
        <source>Blocked (not offered for new segments)</source>
        <translation>Sperret (tilbys ikke for nye segmenter)</translation>
    </message>
    <message>
        <source>Privacy blocked (no interactions with this salesperson)</source>
        <translation>Personvernsperret (ingen samhandlinger med denne selgeren)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samme som systemet</translation>
    </message>
    <message>
        <source>The new language is used the next time ContactDesk starts.</source>
        <translation>Det nye språket tas i bruk neste gang ContactDesk starter.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i brukergrensesnittet</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Lagre %1</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Tilbakestill %1</translation>
    </message>
    <message>
        <source>Throw away the changes and show what is saved</source>
        <translation>Forkast endringene og vis det som er lagret</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Noen felt må rettes; ingenting er lagret ennå.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <source>Setup areas</source>
        <translation>Oppsettområder</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Interaction template %1</source>
        <translation>Samhandlingsmal %1</translation>
    </message>
    <message>
        <source>New interaction template</source>
        <translation>Ny samhandlingsmal</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Samhandlingsgruppe</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <source>The language of the letter when the contact&apos;s language has no version</source>
        <translation>Språket i brevet når det ikke finnes en versjon på kontaktens språk</translation>
    </message>
    <message>
        <source>Wizard action</source>
        <translation>Veiviserhandling</translation>
    </message>
    <message>
        <source>What the Create Interaction wizard does with the Word document</source>
        <translation>Hva veiviseren Opprett samhandling gjør med Word-dokumentet</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Samhandling</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Enhetskostnad</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Varighet per enhet (min)</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informasjonsflyt</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiert av</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondanse</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>Ignore the contact&apos;s correspondence type</source>
        <translation>Ignorer kontaktens korrespondansetype</translation>
    </message>
    <message>
        <source>Always use this template&apos;s correspondence type, whatever the contact prefers</source>
        <translation>Bruk alltid korrespondansetypen til denne malen, uansett hva kontakten foretrekker</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Campaign target</source>
        <translation>Kampanjemål</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Kampanjerespons</translation>
    </message>
</context>
<context>
    <name>TemplateLanguagesPanel</name>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Språkversjoner</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Språkversjon</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Store a Word document (.docx) as this language&apos;s version</source>
        <translation>Lagre et Word-dokument (.docx) som versjonen for dette språket</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Save a copy of the selected version&apos;s Word document</source>
        <translation>Lagre en kopi av Word-dokumentet til den valgte versjonen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Open the selected version&apos;s Word document</source>
        <translation>Åpne Word-dokumentet til den valgte versjonen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Take the Word document off the selected version</source>
        <translation>Fjern Word-dokumentet fra den valgte versjonen</translation>
    </message>
    <message>
        <source>Languages of %1</source>
        <translation>Språk for %1</translation>
    </message>
    <message>
        <source>Select an interaction template to see its language versions.</source>
        <translation>Velg en samhandlingsmal for å se språkversjonene.</translation>
    </message>
    <message>
        <source>This template has no Word documents yet. Choose a language and click Import… to add one.</source>
        <translation>Denne malen har ingen Word-dokumenter ennå. Velg et språk og klikk på Importer… for å legge til et.</translation>
    </message>
    <message>
        <source>Import… replaces the Word document of the chosen language, or adds that language when the template has no version in it yet.</source>
        <translation>Importer… erstatter Word-dokumentet for det valgte språket, eller legger til språket hvis malen ikke har en versjon på det ennå.</translation>
    </message>
    <message>
        <source>Import Word document</source>
        <translation>Importer Word-dokument</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-dokumenter (*.docx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot import the document</source>
        <translation>Kan ikke importere dokumentet</translation>
    </message>
    <message>
        <source>Export Word document</source>
        <translation>Eksporter Word-dokument</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export the document</source>
        <translation>Kan ikke eksportere dokumentet</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan ikke åpne dokumentet</translation>
    </message>
    <message>
        <source>No program is set up to open Word documents. Install one (Word or LibreOffice Writer), or use Export… and open the copy.</source>
        <translation>Ingen programmer er satt opp til å åpne Word-dokumenter. Installer et (Word eller LibreOffice Writer), eller bruk Eksporter… og åpne kopien.</translation>
    </message>
    <message>
        <source>Remove Word document</source>
        <translation>Fjern Word-dokument</translation>
    </message>
    <message>
        <source>Remove the Word document %1 from the %2 version of %3? Letters already logged keep their copy.</source>
        <translation>Vil du fjerne Word-dokumentet %1 fra versjonen %2 av %3? Brev som allerede er loggført, beholder kopien sin.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Samhandlingsgruppe</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Enhetskostnad</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Varighet per enhet (min)</translation>
    </message>
    <message>
        <source>Wizard action</source>
        <translation>Veiviserhandling</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <source>Interaction templates</source>
        <translation>Samhandlingsmaler</translation>
    </message>
    <message>
        <source>Delete interaction template %1 (%2) with its Word documents? This cannot be undone.</source>
        <translation>Vil du slette samhandlingsmalen %1 (%2) med tilhørende Word-dokumenter? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>No interaction templates yet. Click New to add one: a template gives an interaction its group, cost, duration and a Word letter per language. Every template belongs to an interaction group, so add one under Codes first.</source>
        <translation>Ingen samhandlingsmaler ennå. Klikk på Ny for å legge til en: en mal gir en samhandling gruppe, kostnad, varighet og et Word-brev per språk. Alle maler hører til en samhandlingsgruppe, så legg først til en gruppe under Koder.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction template(s)</source>
        <translation>
            <numerusform>%n samhandlingsmal</numerusform>
            <numerusform>%n samhandlingsmaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to ContactDesk</source>
        <translation>Velkommen til ContactDesk</translation>
    </message>
    <message>
        <source>Keep your contacts, group them into segments, record every interaction and send personal Word letters — all on this computer, also without a network.

Your database is still empty. Load a set of sample companies and persons from the Netherlands, Norway and the United Kingdom to look around, or start with your own first contact.</source>
        <translation>Ta vare på kontaktene dine, del dem inn i segmenter, registrer hver samhandling og send personlige Word-brev — alt på denne datamaskinen, også uten nettverk.

Databasen din er fortsatt tom. Last inn et sett med eksempelfirmaer og -personer fra Nederland, Norge og Storbritannia for å se deg rundt, eller start med din egen første kontakt.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Last inn eksempeldata</translation>
    </message>
    <message>
        <source>Create the first contact</source>
        <translation>Opprett den første kontakten</translation>
    </message>
</context>
</TS>
