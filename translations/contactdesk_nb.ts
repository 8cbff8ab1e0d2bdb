<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ContactDesk</source>
        <translation>Om ContactDesk</translation>
    </message>
    <message>
        <source>Contacts, segments, interactions and Word letters, on your own computer or your office&apos;s server.</source>
        <translation>Kontakter, segmenter, samhandlinger og Word-brev, på din egen datamaskin eller på kontorets server.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Kopier versjoner</translation>
    </message>
    <message>
        <source>%1, schema version %2 of %3</source>
        <translation>%1, skjemaversjon %2 av %3</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ingen åpen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
</context>
<context>
    <name>AltAddressDialog</name>
    <message>
        <source>Alternative address %1</source>
        <translation>Alternativ adresse %1</translation>
    </message>
    <message>
        <source>New alternative address</source>
        <translation>Ny alternativ adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Firma&amp;navn</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>Adresse &amp;2</translation>
    </message>
    <message>
        <source>&amp;Post code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Po&amp;ststed</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>&amp;Land/region</translation>
    </message>
    <message>
        <source>Communication and dates</source>
        <translation>Kommunikasjon og datoer</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gyldig &amp;fra</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Gyldig t&amp;il</translation>
    </message>
    <message>
        <source>Segment lines dated from this day on use this address. Without it, no line uses it by itself.</source>
        <translation>Segmentlinjer datert fra og med denne dagen bruker denne adressen. Uten den bruker ingen linje den av seg selv.</translation>
    </message>
    <message>
        <source>The last day the address is used. Leave it open for no end.</source>
        <translation>Den siste dagen adressen brukes. La stå tom for ingen slutt.</translation>
    </message>
</context>
<context>
    <name>AltAddressTab</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
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
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Alternative addresses</source>
        <translation>Alternative adresser</translation>
    </message>
    <message>
        <source>No alternative addresses</source>
        <translation>Ingen alternative adresser</translation>
    </message>
    <message>
        <source>Add an address this contact also uses, such as a summer address, with the dates it is valid. Segment lines dated within them send letters and e-mail there.</source>
        <translation>Legg til en adresse denne kontakten også bruker, for eksempel en sommeradresse, med datoene den gjelder. Segmentlinjer med en dato innenfor dem sender brev og e-post dit.</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>Ny adresse…</translation>
    </message>
    <message>
        <source>&amp;New address…</source>
        <translation>&amp;Ny adresse…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <source>Delete alternative address</source>
        <translation>Slett alternativ adresse</translation>
    </message>
    <message>
        <source>Delete the alternative address %1?</source>
        <translation>Slette den alternative adressen %1?</translation>
    </message>
</context>
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
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sikkerhetskopier databasen…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sikkerhetskopier databasen</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sikkerhetskopierer databasen…</translation>
    </message>
    <message>
        <source>Database backed up to %1.</source>
        <translation>Databasen er sikkerhetskopiert til %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>This replaces everything in the database %1 with the backup %2. Changes made since that backup are lost. A copy of the database as it is now is kept first. Restore?</source>
        <translation>Dette erstatter alt i databasen %1 med sikkerhetskopien %2. Endringer gjort etter den sikkerhetskopien går tapt. Først tas det vare på en kopi av databasen slik den er nå. Vil du gjenopprette?</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Gjenoppretter sikkerhetskopien…</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as %1.</source>
        <translation>Sikkerhetskopien er gjenopprettet. Databasen slik den var før, er tatt vare på som %1.</translation>
    </message>
</context>
<context>
    <name>CampaignCard</name>
    <message>
        <source>Campaign %1</source>
        <translation>Kampanje %1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Ny kampanje</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Given on Save</source>
        <translation>Tildeles ved lagring</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Starting date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Ending date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Canceled and postponed interactions do not count.</source>
        <translation>Annullerte og utsatte samhandlinger telles ikke med.</translation>
    </message>
    <message>
        <source>Create &amp;interaction…</source>
        <translation>Opprett sa&amp;mhandling…</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Ikke aktivert</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktiver</translation>
    </message>
    <message>
        <source>Save the campaign first; its statistics appear here.</source>
        <translation>Lagre kampanjen først; statistikken vises da her.</translation>
    </message>
</context>
<context>
    <name>CampaignDetails</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Entry No.</source>
        <translation>Løpenr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>Logged segment</source>
        <translation>Loggført segment</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Samhandlinger</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Campaign entries</source>
        <translation>Kampanjeposter</translation>
    </message>
    <message>
        <source>Ca&amp;ncel or restore</source>
        <translation>A&amp;nnuller eller gjenopprett</translation>
    </message>
    <message>
        <source>Cancel the selected campaign entries with their interactions, or restore them</source>
        <translation>Annuller de valgte kampanjepostene med samhandlingene deres, eller gjenopprett dem</translation>
    </message>
    <message>
        <source>De&amp;lete canceled entries…</source>
        <translation>S&amp;lett annullerte poster…</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
</context>
<context>
    <name>CampaignTexts</name>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n kampanje</numerusform>
            <numerusform>%n kampanjer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · cost %2 · %3 min</source>
        <translation>%1 · kostnad %2 · %3 min</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n samhandling</numerusform>
            <numerusform>%n samhandlinger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n target contact(s) reached</source>
        <translation>
            <numerusform>%n målkontakt nådd</numerusform>
            <numerusform>%n målkontakter nådd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respons</numerusform>
            <numerusform>%n responser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) in the target group</source>
        <translation>
            <numerusform>%n bedrift i målgruppen</numerusform>
            <numerusform>%n bedrifter i målgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>Ingen mål ennå</translation>
    </message>
    <message>
        <source>Mark the segment lines of this campaign as campaign target, or log an interaction as a campaign target: the contact&apos;s company appears here, once.</source>
        <translation>Merk segmentlinjene i denne kampanjen som kampanjemål, eller loggfør en samhandling som kampanjemål: kontaktens bedrift vises her, én gang.</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Ikke aktivert</translation>
    </message>
    <message>
        <source>Activate the campaign to fill its target group: the company of every segment line and logged interaction marked as campaign target, once per company.</source>
        <translation>Aktiver kampanjen for å fylle målgruppen: bedriften til hver segmentlinje og loggførte samhandling som er merket som kampanjemål, én gang per bedrift.</translation>
    </message>
    <message>
        <source>Campaign %1 is now activated.</source>
        <translation>Kampanje %1 er nå aktivert.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) are in its target group.</source>
        <translation>
            <numerusform>%n bedrift er i målgruppen.</numerusform>
            <numerusform>%n bedrifter er i målgruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate campaign %1? Its target group is emptied.</source>
        <translation>Deaktivere kampanje %1? Målgruppen tømmes.</translation>
    </message>
    <message>
        <source>Campaign %1 is no longer activated.</source>
        <translation>Kampanje %1 er ikke lenger aktivert.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) left its target group.</source>
        <translation>
            <numerusform>%n bedrift ble tatt ut av målgruppen.</numerusform>
            <numerusform>%n bedrifter ble tatt ut av målgruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaign %1 “%2”?</source>
        <translation>Slette kampanje %1 «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n campaign entry(ies) and their interaction log entries?</source>
        <translation>
            <numerusform>Gjenopprette %n kampanjepost og samhandlingspostene som hører til?</numerusform>
            <numerusform>Gjenopprette %n kampanjeposter og samhandlingspostene som hører til?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n campaign entry(ies)? Their interaction log entries are canceled too and no longer count.</source>
        <translation>
            <numerusform>Annullere %n kampanjepost? Samhandlingspostene som hører til, annulleres også og telles ikke lenger med.</numerusform>
            <numerusform>Annullere %n kampanjeposter? Samhandlingspostene som hører til, annulleres også og telles ikke lenger med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled campaign entry(ies) and their interaction log entries? This cannot be undone.</source>
        <translation>
            <numerusform>Slette %n annullert kampanjepost og samhandlingspostene som hører til? Dette kan ikke angres.</numerusform>
            <numerusform>Slette %n annullerte kampanjeposter og samhandlingspostene som hører til? Dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign entry(ies) deleted.</source>
        <translation>
            <numerusform>%n kampanjepost slettet.</numerusform>
            <numerusform>%n kampanjeposter slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign entry %1 belongs to logged segment %2, which is canceled. Restore the logged segment instead.</source>
        <translation>Kampanjepost %1 hører til loggført segment %2, som er annullert. Gjenopprett det loggførte segmentet i stedet.</translation>
    </message>
    <message>
        <source>Campaign entry %1 is not canceled. Only canceled entries can be deleted; cancel it first.</source>
        <translation>Kampanjepost %1 er ikke annullert. Bare annullerte poster kan slettes; annuller den først.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Starting date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Ending date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Samhandlinger</translation>
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
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Ingen kampanjer ennå</translation>
    </message>
    <message>
        <source>A campaign gathers the segments and interactions of one marketing effort, and counts what they cost. Create one, then choose it on a segment or in Create interaction.</source>
        <translation>En kampanje samler segmentene og samhandlingene i én markedsføringsinnsats og teller hva de koster. Opprett en, og velg den deretter på et segment eller i Opprett samhandling.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Ny kampanje</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Søk i kampanjer</translation>
    </message>
    <message>
        <source>Search by number or description</source>
        <translation>Søk etter nummer eller beskrivelse</translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation>Kampanjehandlinger</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Ny kampanje</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktiver</translation>
    </message>
    <message>
        <source>Create &amp;interaction…</source>
        <translation>Opprett sa&amp;mhandling…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>No campaign matches “%1”.</source>
        <translation>Ingen kampanje passer til «%1».</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Slett kampanje</translation>
    </message>
</context>
<context>
    <name>CardClassification</name>
    <message>
        <source>Profile answers: %1</source>
        <translation>Profilsvar: %1</translation>
    </message>
    <message>
        <source>Profile answers: none yet</source>
        <translation>Profilsvar: ingen ennå</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Every row has been checked. Nothing has been written yet.</source>
        <translation>Alle rader er kontrollert. Ingenting er lagret ennå.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Samsvarer med</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>På grunn av</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikater</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Hopp over radene med problemer og importer de andre</translation>
    </message>
    <message>
        <source>Rows that are already there</source>
        <translation>Rader som finnes fra før</translation>
    </message>
    <message>
        <source>S&amp;kip them</source>
        <translation>Hopp &amp;over dem</translation>
    </message>
    <message>
        <source>&amp;Update the contact</source>
        <translation>Opp&amp;dater kontakten</translation>
    </message>
    <message>
        <source>&amp;Add them anyway</source>
        <translation>&amp;Legg dem til likevel</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Kontrollerer %n rad…</numerusform>
            <numerusform>Kontrollerer %n rader…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be checked. Go back, correct the choice and try again.</source>
        <translation>Filen kunne ikke kontrolleres. Gå tilbake, rett valget og prøv igjen.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemer (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplikater (%1)</translation>
    </message>
    <message>
        <source>Problems found by the template check</source>
        <translation>Problemer som malkontrollen fant</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Hva kontrollen fant</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Problems that stop the logging</source>
        <translation>Problemer som stopper loggføringen</translation>
    </message>
    <message>
        <source>Last-moment check</source>
        <translation>Kontroll i siste øyeblikk</translation>
    </message>
    <message>
        <source>Contacts that should not get this interaction now</source>
        <translation>Kontakter som ikke bør få denne samhandlingen nå</translation>
    </message>
    <message>
        <source>&amp;Skip these contacts and log the rest</source>
        <translation>&amp;Hopp over disse kontaktene og loggfør resten</translation>
    </message>
    <message>
        <source>S&amp;top: log nothing now</source>
        <translation>S&amp;topp: ikke loggfør noe nå</translation>
    </message>
    <message>
        <source>The segment cannot be logged yet. Fix these problems first:</source>
        <translation>Segmentet kan ikke loggføres ennå. Rett disse problemene først:</translation>
    </message>
    <message>
        <source>Everything else is ready. Choose what happens with the contacts below.</source>
        <translation>Alt annet er klart. Velg hva som skal skje med kontaktene nedenfor.</translation>
    </message>
    <message>
        <source>Everything is ready to log.</source>
        <translation>Alt er klart for loggføring.</translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
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
        <source>From company %1; change them on its card.</source>
        <translation>Fra firma %1; endre dem på firmaets kort.</translation>
    </message>
    <message>
        <source>A person has those of its company; this person has no company.</source>
        <translation>En person har firmaets; denne personen har ikke noe firma.</translation>
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
    <name>CodeListBox</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Add – %1</source>
        <translation>Legg til – %1</translation>
    </message>
    <message>
        <source>Add codes (Insert)</source>
        <translation>Legg til koder (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove – %1</source>
        <translation>Fjern – %1</translation>
    </message>
    <message>
        <source>Remove the selected codes (Delete)</source>
        <translation>Fjern de valgte kodene (Delete)</translation>
    </message>
    <message>
        <source>There are no more codes to add. Codes are set up under Setup → Codes.</source>
        <translation>Det er ingen flere koder å legge til. Koder settes opp under Oppsett → Koder.</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Skriv for å filtrere</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Ctrl+Space or Ctrl+click marks several codes.</source>
        <translation>Ctrl+mellomrom eller Ctrl+klikk merker flere koder.</translation>
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
    <name>ColumnMenu</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
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
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <source>Check what will happen, then press Import.</source>
        <translation>Kontroller hva som vil skje, og trykk deretter på Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importerer kontakter…</translation>
    </message>
    <message>
        <source>Nothing was imported: your contacts are as they were.</source>
        <translation>Ingenting ble importert: kontaktene dine er som før.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>ticked</source>
        <translation>avkrysset</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>ikke avkrysset</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation>Din endring: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Bruk min</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Opprettet av %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2</source>
        <translation>Sist endret av %1 (%2)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Siste endring</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>Reload the newer version</source>
        <translation>Last inn den nyere versjonen</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Office value</source>
        <translation>Verdi på kontoret</translation>
    </message>
    <message>
        <source>Laptop value</source>
        <translation>Verdi på bærbar PC</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <source>Deleted in the office</source>
        <translation>Slettet på kontoret</translation>
    </message>
    <message>
        <source>%1 (deleted in the office)</source>
        <translation>%1 (slettet på kontoret)</translation>
    </message>
    <message>
        <source>Deleted (restored)</source>
        <translation>Slettet (gjenopprettet)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Still in use here</source>
        <translation>Fortsatt i bruk her</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Hele posten</translation>
    </message>
    <message>
        <source>%1 (refused by the office)</source>
        <translation>%1 (avvist av kontoret)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The office did not accept this change from your login (for example a change to setup). The office value stands.</source>
        <translation>Kontoret godtok ikke denne endringen fra påloggingen din (for eksempel en endring i oppsettet). Verdien på kontoret står.</translation>
    </message>
    <message>
        <source>The office deleted this record (for example by logging its segment) before your change arrived. Your values are kept here; the record stays deleted.</source>
        <translation>Kontoret slettet denne posten (for eksempel ved å loggføre segmentet) før endringen din kom fram. Verdiene dine er tatt vare på her; posten forblir slettet.</translation>
    </message>
    <message>
        <source>The office deleted this record while this laptop changed it or recorded something for it. It was restored so nothing is lost: keep it, or delete it again.</source>
        <translation>Kontoret slettet denne posten mens denne bærbare PC-en endret den eller registrerte noe for den. Den ble gjenopprettet så ingenting går tapt: behold den, eller slett den igjen.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Ingen konflikter</translation>
    </message>
    <message>
        <source>Everything this laptop and the office changed fitted together. When both change the same field of a record, the sync lists it here so you can choose which value stays.</source>
        <translation>Alt denne bærbare PC-en og kontoret endret, passet sammen. Når begge endrer samme felt i en post, viser synkroniseringen det her, så du kan velge hvilken verdi som blir stående.</translation>
    </message>
    <message>
        <source>Until you choose, the office value stands and this laptop&apos;s value is kept here. What you keep is sent with the next sync.</source>
        <translation>Til du velger, står verdien på kontoret, og verdien fra denne PC-en tas vare på her. Det du beholder, sendes med neste synkronisering.</translation>
    </message>
    <message>
        <source>Keep &amp;office value</source>
        <translation>Behold k&amp;ontorets verdi</translation>
    </message>
    <message>
        <source>Keep &amp;laptop value</source>
        <translation>Behold &amp;PC-ens verdi</translation>
    </message>
    <message>
        <source>&amp;Edit value…</source>
        <translation>&amp;Rediger verdi…</translation>
    </message>
    <message>
        <source>&amp;Keep record</source>
        <translation>&amp;Behold posten</translation>
    </message>
    <message>
        <source>&amp;Delete again…</source>
        <translation>&amp;Slett igjen…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt å løse</numerusform>
            <numerusform>%n konflikter å løse</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete again</source>
        <translation>Slett igjen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n restored record(s) again? The next sync deletes them in the office too.</source>
        <translation>
            <numerusform>Slette %n gjenopprettet post igjen? Neste synkronisering sletter den på kontoret også.</numerusform>
            <numerusform>Slette %n gjenopprettede poster igjen? Neste synkronisering sletter dem på kontoret også.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Rediger verdi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Kan ikke løse konflikten</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to office database</source>
        <translation>Koble til kontordatabase</translation>
    </message>
    <message>
        <source>Work on your office&apos;s shared ContactDesk database on a PostgreSQL server. Your administrator tells you the server, the database and your user name.</source>
        <translation>Arbeid i kontorets felles ContactDesk-database på en PostgreSQL-server. Administratoren din gir deg serveren, databasen og brukernavnet ditt.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Husk passordet i nøkkelringen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>This computer has no keychain that ContactDesk can use, so your password cannot be remembered: you are asked for it each time you connect. (On Linux, a desktop with GNOME Keyring or KWallet provides one.)</source>
        <translation>Denne datamaskinen har ingen nøkkelring som ContactDesk kan bruke, så passordet ditt kan ikke huskes: du blir spurt om det hver gang du kobler til. (På Linux gir et skrivebord med GNOME Keyring eller KWallet en nøkkelring.)</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>lagret i nøkkelringen</translation>
    </message>
    <message>
        <source>Your password is kept in the keychain; leave the field empty to use it.</source>
        <translation>Passordet ditt er lagret i nøkkelringen; la feltet stå tomt for å bruke det.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and your user name.</source>
        <translation>Fyll inn serveren, databasen og brukernavnet ditt.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Encrypted</source>
        <translation>Kryptert</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted, and the server proved its identity with its certificate.</source>
        <translation>Tilkoblingen til %1 er kryptert, og serveren har bevist identiteten sin med sertifikatet sitt.</translation>
    </message>
    <message>
        <source>Encrypted, server not verified</source>
        <translation>Kryptert, serveren er ikke kontrollert</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted, but the address asked not to check the server&apos;s certificate, so it is not proven that this is your office&apos;s server.</source>
        <translation>Tilkoblingen til %1 er kryptert, men adressen ber om at serverens sertifikat ikke kontrolleres, så det er ikke bevist at dette er kontorets server.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ikke kryptert</translation>
    </message>
    <message>
        <source>The server %1 offers no encryption (TLS): what you read and type crosses the network unencrypted. Ask your administrator to turn on TLS on the database server.</source>
        <translation>Serveren %1 tilbyr ingen kryptering (TLS): det du leser og skriver, går ukryptert over nettverket. Be administratoren din slå på TLS på databaseserveren.</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>ikke kryptert</translation>
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
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Samhandlinger</translation>
    </message>
    <message>
        <source>Alternative addresses</source>
        <translation>Alternative adresser</translation>
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
    <name>ContactClassFilter</name>
    <message>
        <source>Show contacts by classification</source>
        <translation>Vis kontakter etter klassifisering</translation>
    </message>
    <message>
        <source>Show only the contacts with a code of this kind</source>
        <translation>Vis bare kontaktene med en kode av denne typen</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle kontakter</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Bransjegruppe</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Forretningsforbindelse</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Utsendelsesgruppe</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Stillingsansvar</translation>
    </message>
    <message>
        <source>Classification code</source>
        <translation>Klassifiseringskode</translation>
    </message>
    <message>
        <source>No contact has the code %1. Choose another code or All contacts.</source>
        <translation>Ingen kontakt har koden %1. Velg en annen kode eller Alle kontakter.</translation>
    </message>
    <message>
        <source>No codes set up</source>
        <translation>Ingen koder satt opp</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>Type a contact number or part of the name</source>
        <translation>Skriv inn et kontaktnummer eller en del av navnet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>ContactInteractionsTab</name>
    <message>
        <source>Interactions of this contact</source>
        <translation>Samhandlinger med denne kontakten</translation>
    </message>
    <message>
        <source>&amp;Create interaction…</source>
        <translation>&amp;Opprett samhandling…</translation>
    </message>
    <message>
        <source>Create interaction</source>
        <translation>Opprett samhandling</translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation>Åpne &amp;dokument</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Åpne dokument</translation>
    </message>
    <message>
        <source>No interactions with this contact yet</source>
        <translation>Ingen samhandlinger med denne kontakten ennå</translation>
    </message>
    <message>
        <source>Letters, calls and meetings with this contact appear here once they are recorded, also when a segment with this contact is logged.</source>
        <translation>Brev, samtaler og møter med denne kontakten vises her når de er registrert, også når et segment med denne kontakten loggføres.</translation>
    </message>
    <message>
        <source>Create interaction…</source>
        <translation>Opprett samhandling…</translation>
    </message>
    <message numerus="yes">
        <source>With its persons: %n interaction(s), cost %1, duration %2 min</source>
        <translation>
            <numerusform>Med personene: %n samhandling, kostnad %1, varighet %2 min</numerusform>
            <numerusform>Med personene: %n samhandlinger, kostnad %1, varighet %2 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s), cost %1, duration %2 min</source>
        <translation>
            <numerusform>%n samhandling, kostnad %1, varighet %2 min</numerusform>
            <numerusform>%n samhandlinger, kostnad %1, varighet %2 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan ikke åpne dokumentet</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Add contacts by hand</source>
        <translation>Legg til kontakter manuelt</translation>
    </message>
    <message>
        <source>Search by name, number, company, city or e-mail</source>
        <translation>Søk etter navn, nummer, firma, poststed eller e-post</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Søk i kontakter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Add to segment</source>
        <translation>Legg til i segmentet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n contact(s); type to narrow the list.</source>
        <translation>
            <numerusform>Viser de første %1 av %n kontakt; skriv mer for å begrense listen.</numerusform>
            <numerusform>Viser de første %1 av %n kontakter; skriv mer for å begrense listen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsIoActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Im&amp;porter kontakter…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Eksporter &amp;kontakter…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported</source>
        <translation>
            <numerusform>%n kontakt importert</numerusform>
            <numerusform>%n kontakter importert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n oppdatert</numerusform>
            <numerusform>%n oppdatert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n hoppet over</numerusform>
            <numerusform>%n hoppet over</numerusform>
        </translation>
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
        <source>Interactions</source>
        <translation>Samhandlinger</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Varighet (min)</translation>
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
        <source>No contacts yet</source>
        <translation>Ingen kontakter ennå</translation>
    </message>
    <message>
        <source>ContactDesk keeps your contacts, groups them into segments, records every interaction and sends personal Word letters — all on this computer, also without a network. Start with your first contact, import your contacts from a spreadsheet, or load sample companies and persons from the Netherlands, Norway and the United Kingdom to look around.</source>
        <translation>ContactDesk tar vare på kontaktene dine, deler dem inn i segmenter, registrerer hver samhandling og sender personlige Word-brev — alt på denne datamaskinen, også uten nettverk. Begynn med din første kontakt, importer kontaktene dine fra et regneark, eller last inn eksempelfirmaer og -personer fra Nederland, Norge og Storbritannia for å se deg rundt.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Ny kontakt…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importer kontakter…</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Last inn eksempeldata</translation>
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
        <source>Create &amp;interaction…</source>
        <translation>Opprett sa&amp;mhandling…</translation>
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
    <name>ContentPage</name>
    <message>
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>&amp;Open the letter</source>
        <translation>&amp;Åpne brevet</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>Åpne brevet</translation>
    </message>
    <message>
        <source>&amp;Choose a Word document…</source>
        <translation>&amp;Velg et Word-dokument…</translation>
    </message>
    <message>
        <source>Choose a Word document</source>
        <translation>Velg et Word-dokument</translation>
    </message>
    <message>
        <source>&amp;Merge and preview</source>
        <translation>F&amp;lett og forhåndsvis</translation>
    </message>
    <message>
        <source>Merge and preview</source>
        <translation>Flett og forhåndsvis</translation>
    </message>
    <message>
        <source>The letter is merged for %1 and opened in your word processor. Change it there and save it, then come back and click Next: the saved letter is kept with the interaction.</source>
        <translation>Brevet er flettet for %1 og åpnet i tekstbehandleren din. Endre det der og lagre det, og kom så tilbake og klikk på Neste: det lagrede brevet lagres sammen med samhandlingen.</translation>
    </message>
    <message>
        <source>Choose the Word document (.docx) that belongs to this interaction with %1. A copy is kept with the interaction.</source>
        <translation>Velg Word-dokumentet (.docx) som hører til denne samhandlingen med %1. En kopi lagres sammen med samhandlingen.</translation>
    </message>
    <message>
        <source>When you click Next, the template&apos;s letter is merged for %1 and kept with the interaction. Use Merge and preview to see it first.</source>
        <translation>Når du klikker på Neste, flettes brevet fra malen for %1 og lagres sammen med samhandlingen. Bruk Flett og forhåndsvis for å se det først.</translation>
    </message>
    <message>
        <source>Wizard action: %1 · interaction template %2, language %3</source>
        <translation>Veiviserhandling: %1 · samhandlingsmal %2, språk %3</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>No document yet.</source>
        <translation>Ikke noe dokument ennå.</translation>
    </message>
    <message>
        <source>Correct the template&apos;s Word document in Word and attach it again under Setup → Interaction templates, or choose another template.</source>
        <translation>Rett malens Word-dokument i Word og legg det til på nytt under Oppsett → Samhandlingsmaler, eller velg en annen mal.</translation>
    </message>
    <message>
        <source>The template %1 has no Word document for this language, so there is nothing to open. Add one to the template under Setup → Interaction templates, or choose another template.</source>
        <translation>Malen %1 har ikke noe Word-dokument for dette språket, så det er ingenting å åpne. Legg til et i malen under Oppsett → Samhandlingsmaler, eller velg en annen mal.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Import canceled: no document was chosen.</source>
        <translation>Importen ble avbrutt: ingen dokumenter ble valgt.</translation>
    </message>
    <message>
        <source>Import canceled: choose a Word document with the button above, or go back and choose another template.</source>
        <translation>Importen ble avbrutt: velg et Word-dokument med knappen ovenfor, eller gå tilbake og velg en annen mal.</translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n kontakt blir lagt til.</numerusform>
            <numerusform>%n kontakter blir lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be removed.</source>
        <translation>
            <numerusform>%n linje blir fjernet.</numerusform>
            <numerusform>%n linjer blir fjernet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added.</source>
        <translation>
            <numerusform>%n linje lagt til.</numerusform>
            <numerusform>%n linjer lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed.</source>
        <translation>
            <numerusform>%n linje fjernet.</numerusform>
            <numerusform>%n linjer fjernet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 already has %n criteria action(s). Reuse saved criteria anyway?</source>
        <translation>
            <numerusform>Segment %1 har allerede %n kriteriehandling. Vil du bruke lagrede kriterier likevel?</numerusform>
            <numerusform>Segment %1 har allerede %n kriteriehandlinger. Vil du bruke lagrede kriterier likevel?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n selected line(s) from the segment? Go back can bring them back.</source>
        <translation>
            <numerusform>Vil du fjerne %n valgt linje fra segmentet? Med Angre kan du hente den tilbake.</numerusform>
            <numerusform>Vil du fjerne %n valgte linjer fra segmentet? Med Angre kan du hente dem tilbake.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverSheetDialog</name>
    <message>
        <source>Cover sheets – segment %1</source>
        <translation>Forsider – segment %1</translation>
    </message>
    <message>
        <source>One page for each contact on the segment (%1 pages): your company as the sender, the contact&apos;s address and the text below, in one Word document to print.</source>
        <translation>Én side for hver kontakt i segmentet (%1 sider): firmaet ditt som avsender, kontaktens adresse og teksten nedenfor, i ett Word-dokument til utskrift.</translation>
    </message>
    <message>
        <source>Text on every cover sheet</source>
        <translation>Tekst på hver forside</translation>
    </message>
    <message>
        <source>For example: Enclosed you find our new catalogue.</source>
        <translation>For eksempel: Vedlagt finner du vår nye katalog.</translation>
    </message>
    <message>
        <source>&amp;Text on every page:</source>
        <translation>&amp;Tekst på hver side:</translation>
    </message>
    <message>
        <source>&amp;Log an interaction for each contact</source>
        <translation>&amp;Loggfør en samhandling for hver kontakt</translation>
    </message>
    <message>
        <source>Log an interaction for each contact</source>
        <translation>Loggfør en samhandling for hver kontakt</translation>
    </message>
    <message>
        <source>Each entry gets interaction template %1.</source>
        <translation>Hver samhandlingspost får samhandlingsmal %1.</translation>
    </message>
    <message>
        <source>To log them, choose a cover sheet template under Setup → Marketing setup first.</source>
        <translation>For å loggføre dem må du først velge en forsidemal under Oppsett → Markedsføringsoppsett.</translation>
    </message>
    <message>
        <source>&amp;Open the document when it is written</source>
        <translation>Å&amp;pne dokumentet når det er skrevet</translation>
    </message>
    <message>
        <source>Open the document when it is written</source>
        <translation>Åpne dokumentet når det er skrevet</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>Save the cover sheets</source>
        <translation>Lagre forsidene</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Writing the cover sheets…</source>
        <translation>Skriver forsidene…</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>ContactDesk stopped unexpectedly</source>
        <translation>ContactDesk stoppet uventet</translation>
    </message>
    <message>
        <source>The last time, ContactDesk stopped because of a problem it did not expect. Your data is safe: an action that was not finished was not saved. To help fix it, send the text below (or the files in the log folder) to your administrator or to ContactDesk&apos;s support.</source>
        <translation>Forrige gang stoppet ContactDesk på grunn av et uventet problem. Dataene dine er trygge: en handling som ikke var fullført, ble ikke lagret. Hjelp oss å rette feilen: send teksten nedenfor (eller filene i loggmappen) til administratoren din eller til ContactDesks brukerstøtte.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Hva du kan sende</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Åpne &amp;loggmappe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åpne loggmappe</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log folder is %1</source>
        <translation>Ingen filbehandler kunne åpnes. Loggmappen er %1</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Add contacts to segment %1</source>
        <translation>Legg til kontakter i segment %1</translation>
    </message>
    <message>
        <source>Reduce segment %1</source>
        <translation>Reduser segment %1</translation>
    </message>
    <message>
        <source>Refine segment %1</source>
        <translation>Avgrens segment %1</translation>
    </message>
    <message>
        <source>Add every contact that matches these segmentation criteria.</source>
        <translation>Legg til alle kontakter som samsvarer med disse segmenteringskriteriene.</translation>
    </message>
    <message>
        <source>Remove the lines whose contact matches these criteria.</source>
        <translation>Fjern linjene der kontakten samsvarer med disse kriteriene.</translation>
    </message>
    <message>
        <source>Keep only the lines whose contact matches these criteria; remove the others.</source>
        <translation>Behold bare linjene der kontakten samsvarer med disse kriteriene, og fjern de andre.</translation>
    </message>
    <message>
        <source>Who would join</source>
        <translation>Hvem som ville bli lagt til</translation>
    </message>
    <message>
        <source>Who would leave</source>
        <translation>Hvem som ville bli fjernet</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Legg til kontakter</translation>
    </message>
    <message>
        <source>Remove contacts</source>
        <translation>Fjern kontakter</translation>
    </message>
    <message>
        <source>Keep matching contacts</source>
        <translation>Behold samsvarende kontakter</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>Allow existing contacts</source>
        <translation>Tillat eksisterende kontakter</translation>
    </message>
    <message>
        <source>Expand companies (add all their persons)</source>
        <translation>Utvid firmaer (legg til alle personene deres)</translation>
    </message>
    <message>
        <source>Allow related companies</source>
        <translation>Tillat tilknyttede firmaer</translation>
    </message>
    <message>
        <source>Ignore exclusion</source>
        <translation>Ignorer utelatelse</translation>
    </message>
    <message>
        <source>Entire companies</source>
        <translation>Hele firmaer</translation>
    </message>
    <message>
        <source>Also add contacts that are on the segment already (a second line).</source>
        <translation>Legg også til kontakter som allerede står på segmentet (en linje til).</translation>
    </message>
    <message>
        <source>A matching company or person brings in its company and all its persons.</source>
        <translation>Et samsvarende firma eller en samsvarende person tar med firmaet og alle personene i det.</translation>
    </message>
    <message>
        <source>A matching person also brings in its company.</source>
        <translation>En samsvarende person tar også med firmaet sitt.</translation>
    </message>
    <message>
        <source>Also add contacts marked &quot;Exclude from segments&quot;.</source>
        <translation>Legg også til kontakter som er merket med &quot;Utelat fra segmenter&quot;.</translation>
    </message>
    <message>
        <source>A match on any contact of a company counts for every line of that company.</source>
        <translation>Et treff på en hvilken som helst kontakt i et firma gjelder for alle linjene til det firmaet.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message>
        <source>No filter is set, so this applies to every contact it can: %1 Go on?</source>
        <translation>Ingen filter er satt, så dette gjelder alle kontakter det kan: %1 Fortsette?</translation>
    </message>
    <message>
        <source>Nobody would be added: no contact matches, or every match is on the segment already or excluded. Change the criteria or the options.</source>
        <translation>Ingen ville bli lagt til: ingen kontakter samsvarer, eller alle treff står allerede på segmentet eller er utelatt. Endre kriteriene eller alternativene.</translation>
    </message>
    <message>
        <source>Every line matches these criteria, so nothing would be removed.</source>
        <translation>Alle linjene samsvarer med disse kriteriene, så ingenting ville bli fjernet.</translation>
    </message>
    <message>
        <source>No line matches these criteria, so nothing would be removed.</source>
        <translation>Ingen linjer samsvarer med disse kriteriene, så ingenting ville bli fjernet.</translation>
    </message>
</context>
<context>
    <name>CriteriaForm</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>e.g. CT000010|CT000020 or CT000100..CT000200</source>
        <translation>f.eks. CT000010|CT000020 eller CT000100..CT000200</translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation>Firmaer og personer</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>e.g. *bakker* (* matches anything)</source>
        <translation>f.eks. *bakker* (* står for hva som helst)</translation>
    </message>
    <message>
        <source>e.g. Amsterdam|Utrecht</source>
        <translation>f.eks. Oslo|Bergen</translation>
    </message>
    <message>
        <source>e.g. 1000..1099</source>
        <translation>f.eks. 0150..0199</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Hard copy</source>
        <translation>Papirkopi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <source>Earlier interactions</source>
        <translation>Tidligere samhandlinger</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Mellom</translation>
    </message>
    <message>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <source>Filters combine: a contact must pass all of them. In a text field, | means &quot;or&quot;, .. a range, * any text, &lt;&gt; &quot;not&quot;.</source>
        <translation>Filtrene kombineres: en kontakt må oppfylle alle. I et tekstfelt betyr | &quot;eller&quot;, .. et område, * hvilken som helst tekst og &lt;&gt; &quot;ikke&quot;.</translation>
    </message>
</context>
<context>
    <name>CriteriaNameDialog</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear search</source>
        <translation>Tøm søket</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 – from %2</source>
        <translation>%1 – fra %2</translation>
    </message>
    <message>
        <source>%1 – by %2</source>
        <translation>%1 – av %2</translation>
    </message>
    <message>
        <source>Entry No.</source>
        <translation>Løpenr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
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
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Samhandlingsgruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
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
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Attempt failed</source>
        <translation>Forsøk mislyktes</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullert</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <source>Interaction log entries</source>
        <translation>Samhandlingsposter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
</context>
<context>
    <name>EntryDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informasjonsflyt</translation>
    </message>
    <message>
        <source>Cost and duration</source>
        <translation>Kostnad og varighet</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Salgsmulighet</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>No comments. Type one per line and click Save comments.</source>
        <translation>Ingen kommentarer. Skriv én per linje, og klikk på Lagre kommentarer.</translation>
    </message>
    <message>
        <source>Save co&amp;mments</source>
        <translation>&amp;Lagre kommentarer</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Lagre kommentarer</translation>
    </message>
    <message>
        <source>Select an entry to see its details and comments.</source>
        <translation>Velg en post for å se detaljene og kommentarene.</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Kommentarer:</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Post %1</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>attempt failed</source>
        <translation>forsøk mislyktes</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annullert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respons</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Cannot save the comments</source>
        <translation>Kan ikke lagre kommentarene</translation>
    </message>
</context>
<context>
    <name>EntryFilterBar</name>
    <message>
        <source>Description or contact name</source>
        <translation>Beskrivelse eller kontaktnavn</translation>
    </message>
    <message>
        <source>Contact No.</source>
        <translation>Kontaktnr.</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Samhandlingsgruppe</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Canceled entries</source>
        <translation>Annullerte poster</translation>
    </message>
    <message>
        <source>Not canceled</source>
        <translation>Ikke annullert</translation>
    </message>
    <message>
        <source>Canceled only</source>
        <translation>Bare annullerte</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle poster</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Fjer&amp;n filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Søk:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>Selger:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mal:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
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
    <message>
        <source>Very positive</source>
        <translation>Svært positiv</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Nøytral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Svært negativ</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n samhandlingspost</numerusform>
            <numerusform>%n samhandlingsposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction template(s)</source>
        <translation>
            <numerusform>%n samhandlingsmal</numerusform>
            <numerusform>%n samhandlingsmaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign entry(ies)</source>
        <translation>
            <numerusform>%n kampanjepost</numerusform>
            <numerusform>%n kampanjeposter</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing setup</source>
        <translation>Markedsføringsoppsett</translation>
    </message>
    <message>
        <source>The %1 “%2” is still used by %3, so it cannot be deleted. Change those first.</source>
        <translation>Kan ikke slette %1 “%2” fordi den fortsatt brukes av %3. Endre disse først.</translation>
    </message>
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
        <source>Cover sheet template</source>
        <translation>Forsidemal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
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
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Salgsmulighet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Bransjegruppe</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Forretningsforbindelse</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Utsendelsesgruppe</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Stillingsansvar</translation>
    </message>
    <message>
        <source>Profile questionnaire</source>
        <translation>Profilspørreskjema</translation>
    </message>
    <message>
        <source>Starting date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Ending date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>campaign entry</source>
        <translation>kampanjepost</translation>
    </message>
    <message>
        <source>interaction log entry</source>
        <translation>samhandlingspost</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>segment line</source>
        <translation>segmentlinje</translation>
    </message>
    <message>
        <source>saved criteria set</source>
        <translation>lagret kriteriesett</translation>
    </message>
    <message>
        <source>logged segment</source>
        <translation>loggført segment</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruker</translation>
    </message>
    <message>
        <source>alternative address</source>
        <translation>alternativ adresse</translation>
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
        <source>%1 must be one line: remove the line break, tab or other invisible character and try again.</source>
        <translation>%1 må stå på én linje: fjern linjeskiftet, tabulatoren eller det andre usynlige tegnet, og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 holds an invisible control character (such as a tab). Remove it and try again.</source>
        <translation>%1 inneholder et usynlig kontrolltegn (for eksempel en tabulator). Fjern det, og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is blocked. Choose someone who is not blocked.</source>
        <translation>%1 &quot;%2&quot; er sperret. Velg en som ikke er sperret.</translation>
    </message>
    <message>
        <source>%1 needs an interaction template first. Choose the template, then the language.</source>
        <translation>%1 krever en samhandlingsmal først. Velg malen og deretter språket.</translation>
    </message>
    <message>
        <source>%1 can only be set when the contact&apos;s correspondence type is ignored. Tick that option first.</source>
        <translation>%1 kan bare angis når kontaktens korrespondansetype ignoreres. Merk av for det alternativet først.</translation>
    </message>
    <message>
        <source>%1 cannot be before the starting date (%3). Change one of them.</source>
        <translation>%1 kan ikke være før startdatoen (%3). Endre en av dem.</translation>
    </message>
    <message>
        <source>%1 needs a document in the default language. Choose an interaction template that has one first.</source>
        <translation>%1 krever et dokument på standardspråket. Velg først en samhandlingsmal som har et.</translation>
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
        <source>Every contact that matches is on the segment already or is excluded from segments, so nothing was added. Tick &quot;Allow existing contacts&quot; or &quot;Ignore exclusion&quot; to add them anyway.</source>
        <translation>Alle samsvarende kontakter står allerede på segmentet eller er utelatt fra segmenter, så ingenting ble lagt til. Merk av for &quot;Tillat eksisterende kontakter&quot; eller &quot;Ignorer utelatelse&quot; for å legge dem til likevel.</translation>
    </message>
    <message>
        <source>Every line matches these criteria, so Refine would remove nothing. Nothing was changed.</source>
        <translation>Alle linjene samsvarer med disse kriteriene, så Avgrens ville ikke fjerne noe. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>No contact on this segment can get a cover sheet (privacy-blocked contacts get none). Add lines to the segment first.</source>
        <translation>Ingen kontakt i dette segmentet kan få en forside (kontakter med personvernsperre får ingen). Legg først til linjer i segmentet.</translation>
    </message>
    <message>
        <source>No contact matches these criteria, so nothing was changed. Loosen the criteria and try again.</source>
        <translation>Ingen kontakter samsvarer med disse kriteriene, så ingenting ble endret. Gjør kriteriene mindre strenge, og prøv igjen.</translation>
    </message>
    <message>
        <source>Segment %1 has no criteria actions to save. Add contacts by criteria first.</source>
        <translation>Segment %1 har ingen kriteriehandlinger å lagre. Legg til kontakter etter kriterier først.</translation>
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
        <source>The document %1 is not in the database: its file was already missing when the database was upgraded. Attach the document again (Setup → Interaction templates).</source>
        <translation>Dokumentet %1 finnes ikke i databasen: filen manglet allerede da databasen ble oppgradert. Legg til dokumentet på nytt (Oppsett → Samhandlingsmaler).</translation>
    </message>
    <message>
        <source>The Word template %1 has a placeholder that cannot be filled in. Check the {{ … }} fields in the template (retype any that Word split) and import it again.</source>
        <translation>Word-malen %1 har en plassholder som ikke kan fylles ut. Kontroller {{ … }}-feltene i malen (skriv inn igjen felt som Word har delt opp), og importer den på nytt.</translation>
    </message>
    <message>
        <source>The file %1 is too large to use, or unpacks to far more than it holds (%2). It may be damaged or made to harm programs. Open it in Word, remove very large pictures or embedded files, save it again as .docx and try again.</source>
        <translation>Filen %1 er for stor til å brukes, eller pakkes ut til langt mer enn den inneholder (%2). Den kan være skadet eller laget for å skade programmer. Åpne den i Word, fjern svært store bilder eller innebygde filer, lagre den på nytt som .docx, og prøv igjen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is not open elsewhere.</source>
        <translation>Filen %1 kan ikke leses. Kontroller at den ikke er åpen et annet sted.</translation>
    </message>
    <message>
        <source>Contact %1 is privacy blocked, so no interactions can be recorded for it. Clear Privacy blocked on the contact card first if that is allowed.</source>
        <translation>Kontakt %1 er personvernsperret, så ingen samhandlinger kan registreres for den. Fjern først Personvernsperret på kontaktkortet hvis det er tillatt.</translation>
    </message>
    <message>
        <source>You must select a contact to interact with: type its number or part of its name in Contact.</source>
        <translation>Du må velge en kontakt å samhandle med: skriv inn nummeret eller en del av navnet i Kontakt.</translation>
    </message>
    <message>
        <source>You must fill in the phone number: type it in Phone number, or add it to the contact card.</source>
        <translation>Du må fylle ut telefonnummeret: skriv det i Telefonnummer, eller legg det inn på kontaktkortet.</translation>
    </message>
    <message>
        <source>Contact %1 has no e-mail address (nor an alternative address with one), so the interaction cannot go by e-mail. Fill in the e-mail on the contact card, or choose another correspondence type.</source>
        <translation>Kontakt %1 har ingen e-postadresse (heller ingen alternativ adresse med en), så samhandlingen kan ikke sendes som e-post. Fyll ut e-postadressen på kontaktkortet, eller velg en annen korrespondansetype.</translation>
    </message>
    <message>
        <source>The e-mail has nothing to send: template %1 has no Word document. Change the correspondence type, or choose a template with a document.</source>
        <translation>E-posten har ingenting å sende: malen %1 har ikke noe Word-dokument. Endre korrespondansetypen, eller velg en mal med et dokument.</translation>
    </message>
    <message>
        <source>No document found: template %1 has no Word document for this language. Add one under Setup → Interaction templates, or choose another template.</source>
        <translation>Fant ikke noe dokument: malen %1 har ikke noe Word-dokument for dette språket. Legg til et under Oppsett → Samhandlingsmaler, eller velg en annen mal.</translation>
    </message>
    <message>
        <source>Entry %1 is not a postponed interaction (any more). Refresh the list.</source>
        <translation>Post %1 er ikke (lenger) en utsatt samhandling. Oppdater listen.</translation>
    </message>
    <message>
        <source>Entry %1 is a postponed interaction: resume and finish it, or delete it.</source>
        <translation>Post %1 er en utsatt samhandling: fortsett og fullfør den, eller slett den.</translation>
    </message>
    <message>
        <source>Entry %1 is not canceled. Only canceled entries can be deleted; cancel it first.</source>
        <translation>Post %1 er ikke annullert. Bare annullerte poster kan slettes; annuller den først.</translation>
    </message>
    <message>
        <source>Entry %1 belongs to logged segment %2, which is canceled. Restore the logged segment instead.</source>
        <translation>Post %1 hører til det loggførte segmentet %2, som er annullert. Gjenopprett heller det loggførte segmentet.</translation>
    </message>
    <message>
        <source>Entry %1 belongs to campaign entry %2, which is canceled. Restore the campaign entry first.</source>
        <translation>Post %1 hører til kampanjeposten %2, som er annullert. Gjenopprett kampanjeposten først.</translation>
    </message>
    <message>
        <source>The file %1 is not a ContactDesk database. Choose another file, or start with a new one.</source>
        <translation>Filen %1 er ikke en ContactDesk-database. Velg en annen fil, eller start med en ny.</translation>
    </message>
    <message>
        <source>The database server has no database %1. Check the database name, or ask your administrator to create it.</source>
        <translation>Databaseserveren har ingen database %1. Kontroller databasenavnet, eller be administratoren din opprette den.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, open another file, or create a new database.</source>
        <translation>Det finnes ingen database på %1. Kontroller banen, åpne en annen fil eller opprett en ny database.</translation>
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
        <source>The office database %1 has not been set up for ContactDesk yet. Ask your administrator to run “contactdesk office init” for it, or check the database name.</source>
        <translation>Kontordatabasen %1 er ikke satt opp for ContactDesk ennå. Be administratoren din om å kjøre «contactdesk office init» for den, eller kontroller navnet på databasen.</translation>
    </message>
    <message>
        <source>The database server for %1 cannot be reached. Check the network connection and the server&apos;s name and port, or ask your administrator whether it is running.</source>
        <translation>Databaseserveren for %1 kan ikke nås. Kontroller nettverkstilkoblingen og serverens navn og port, eller spør administratoren din om den kjører.</translation>
    </message>
    <message>
        <source>The database server asks for your password for %1. Type it in and connect again.</source>
        <translation>Databaseserveren ber om passordet ditt for %1. Skriv det inn og koble til på nytt.</translation>
    </message>
    <message>
        <source>This computer has no keychain that ContactDesk can use, so the password was not kept. You are asked for it the next time you connect.</source>
        <translation>Denne datamaskinen har ingen nøkkelring som ContactDesk kan bruke, så passordet ble ikke lagret. Du blir spurt om det neste gang du kobler til.</translation>
    </message>
    <message>
        <source>The keychain did not keep the password (it may be locked, or access was refused). You are connected; unlock the keychain and connect again to keep it, or type it in next time.</source>
        <translation>Nøkkelringen lagret ikke passordet (den kan være låst, eller tilgangen ble avvist). Du er tilkoblet; lås opp nøkkelringen og koble til på nytt for å lagre det, eller skriv det inn neste gang.</translation>
    </message>
    <message>
        <source>The database server refused your login for %1. Check your user name and password, or ask your administrator to give you access.</source>
        <translation>Databaseserveren avviste påloggingen din for %1. Kontroller brukernavn og passord, eller be administratoren din om tilgang.</translation>
    </message>
    <message>
        <source>Your login may not make this change: it needs an administrator. Nothing was changed. Ask an administrator of ContactDesk to do it, or to give you that role.</source>
        <translation>Påloggingen din kan ikke gjøre denne endringen: den krever en administrator. Ingenting ble endret. Be en administrator av ContactDesk om å gjøre det, eller om å gi deg den rollen.</translation>
    </message>
    <message>
        <source>The database address is not supported. Use a file path, a sqlite:/// address, or a postgresql://user@server/database address.</source>
        <translation>Databaseadressen støttes ikke. Bruk en filbane, en sqlite:///-adresse eller en postgresql://bruker@server/database-adresse.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Noe gikk galt: %1</translation>
    </message>
    <message>
        <source>This is the office database on a server: its administrator backs up the server. Backing up and restoring here are for a database file on this computer.</source>
        <translation>Dette er kontordatabasen på en server: administratoren tar sikkerhetskopi av serveren. Sikkerhetskopiering og gjenoppretting her gjelder bare en databasefil på denne datamaskinen.</translation>
    </message>
    <message>
        <source>The database server %1 has a certificate for another name, so ContactDesk did not log in. Use the server&apos;s name exactly as your administrator gives it (not an IP address or a nickname).</source>
        <translation>Databaseserveren %1 har et sertifikat for et annet navn, så ContactDesk logget ikke på. Bruk serverens navn nøyaktig slik administratoren din oppgir det (ikke en IP-adresse eller et kallenavn).</translation>
    </message>
    <message>
        <source>The address %1 asks for an encrypted connection, but the server offers none. Ask your administrator to turn on TLS on the server, or remove sslmode from the address.</source>
        <translation>Adressen %1 ber om en kryptert tilkobling, men serveren tilbyr ingen. Be administratoren din slå på TLS på serveren, eller fjern sslmode fra adressen.</translation>
    </message>
    <message>
        <source>The database server %1 could not prove its identity: its certificate is not signed by an authority this computer trusts, or has expired. ContactDesk did not log in. Ask your administrator for the office&apos;s certificate and save it as %2, then connect again.</source>
        <translation>Databaseserveren %1 kunne ikke bevise identiteten sin: sertifikatet er ikke signert av en utsteder denne datamaskinen stoler på, eller det er utløpt. ContactDesk logget ikke på. Be administratoren din om kontorets sertifikat, lagre det som %2 og koble til på nytt.</translation>
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
    <message>
        <source>this contact</source>
        <translation>denne kontakten</translation>
    </message>
    <message>
        <source>this segment</source>
        <translation>dette segmentet</translation>
    </message>
    <message>
        <source>this segment line</source>
        <translation>denne segmentlinjen</translation>
    </message>
    <message>
        <source>this salesperson</source>
        <translation>denne selgeren</translation>
    </message>
    <message>
        <source>this interaction group</source>
        <translation>denne samhandlingsgruppen</translation>
    </message>
    <message>
        <source>this interaction template</source>
        <translation>denne samhandlingsmalen</translation>
    </message>
    <message>
        <source>this language version of the template</source>
        <translation>denne språkversjonen av malen</translation>
    </message>
    <message>
        <source>this number series</source>
        <translation>denne nummerserien</translation>
    </message>
    <message>
        <source>the marketing setup</source>
        <translation>markedsføringsoppsettet</translation>
    </message>
    <message>
        <source>the company information</source>
        <translation>firmaopplysningene</translation>
    </message>
    <message>
        <source>this industry group</source>
        <translation>denne bransjegruppen</translation>
    </message>
    <message>
        <source>this business relation</source>
        <translation>denne forretningsforbindelsen</translation>
    </message>
    <message>
        <source>this mailing group</source>
        <translation>denne utsendelsesgruppen</translation>
    </message>
    <message>
        <source>this job responsibility</source>
        <translation>dette stillingsansvaret</translation>
    </message>
    <message>
        <source>this territory</source>
        <translation>dette distriktet</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>denne kampanjen</translation>
    </message>
    <message>
        <source>this saved criteria set</source>
        <translation>dette lagrede kriteriesettet</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>denne posten</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, so your change was not saved. The window now shows the latest version; make your change again.</source>
        <translation>%1 endret %2 (%3), så endringen din ble ikke lagret. Vinduet viser nå den nyeste versjonen; gjør endringen på nytt.</translation>
    </message>
    <message>
        <source>%1 changed %2, so your change was not saved. The window now shows the latest version; make your change again.</source>
        <translation>%1 endret %2, så endringen din ble ikke lagret. Vinduet viser nå den nyeste versjonen; gjør endringen på nytt.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3. Reload, then make your change again.</source>
        <translation>%1 endret %2 (%3). Last inn på nytt, og gjør deretter endringen på nytt.</translation>
    </message>
    <message>
        <source>%1 changed %2. Reload, then make your change again.</source>
        <translation>%1 endret %2. Last inn på nytt, og gjør deretter endringen på nytt.</translation>
    </message>
    <message>
        <source>Users and roles are for the office database on a PostgreSQL server. On this computer&apos;s own database you are the only user and may change everything.</source>
        <translation>Brukere og roller er for kontordatabasen på en PostgreSQL-server. I denne datamaskinens egen database er du den eneste brukeren og kan endre alt.</translation>
    </message>
    <message>
        <source>Only the owner of the office database (or a server superuser) can set it up; %1 is neither. Ask your database administrator.</source>
        <translation>Bare eieren av kontordatabasen (eller en superbruker på serveren) kan sette den opp; %1 er ingen av delene. Spør databaseadministratoren din.</translation>
    </message>
    <message>
        <source>The login %1 may not create logins or roles on the database server. Ask your database administrator to give it that right (CREATEROLE), or to do this for you.</source>
        <translation>Påloggingen %1 kan ikke opprette pålogginger eller roller på databaseserveren. Be databaseadministratoren din om å gi den den retten (CREATEROLE), eller om å gjøre dette for deg.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role or access. Ask another administrator to do it.</source>
        <translation>Du kan ikke ta fra deg din egen administratorrolle eller tilgang. Be en annen administrator om å gjøre det.</translation>
    </message>
    <message>
        <source>The login %1 does not exist on the database server yet: give it a password to create it.</source>
        <translation>Påloggingen %1 finnes ikke på databaseserveren ennå: oppgi et passord for å opprette den.</translation>
    </message>
    <message>
        <source>Industry group &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Bransjegruppe &quot;%1&quot; finnes ikke. Sett den opp under Oppsett → Koder først.</translation>
    </message>
    <message>
        <source>Business relation &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Forretningsforbindelse &quot;%1&quot; finnes ikke. Sett den opp under Oppsett → Koder først.</translation>
    </message>
    <message>
        <source>Mailing group &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Utsendelsesgruppe &quot;%1&quot; finnes ikke. Sett den opp under Oppsett → Koder først.</translation>
    </message>
    <message>
        <source>Job responsibility &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Stillingsansvar &quot;%1&quot; finnes ikke. Sett det opp under Oppsett → Koder først.</translation>
    </message>
    <message>
        <source>Contact %1 is a person: industry groups and business relations belong to its company. Change them on the company&apos;s card.</source>
        <translation>Kontakt %1 er en person: bransjegrupper og forretningsforbindelser hører til firmaet. Endre dem på firmaets kort.</translation>
    </message>
    <message>
        <source>Contact %1 is a company: job responsibilities belong to persons. Change them on a person&apos;s card.</source>
        <translation>Kontakt %1 er et firma: stillingsansvar hører til personer. Endre det på en persons kort.</translation>
    </message>
    <message>
        <source>Line %1 is an answer, but no question comes before it. Add a question first.</source>
        <translation>Linje %1 er et svar, men ingen spørsmål kommer foran det. Legg til et spørsmål først.</translation>
    </message>
    <message>
        <source>Line %1 has no text. Type the question or answer, or remove the line.</source>
        <translation>Linje %1 har ingen tekst. Skriv spørsmålet eller svaret, eller fjern linjen.</translation>
    </message>
    <message>
        <source>Line %1 is too long or is more than one line. Shorten it and try again.</source>
        <translation>Linje %1 er for lang eller går over mer enn én linje. Gjør den kortere og prøv igjen.</translation>
    </message>
    <message>
        <source>A question of questionnaire %1 takes one answer only. Untick the others and try again.</source>
        <translation>Et spørsmål i spørreskjema %1 tar bare ett svar. Fjern haken ved de andre og prøv igjen.</translation>
    </message>
    <message>
        <source>Questionnaire %1 is not for this type of contact. Untick its answers and try again.</source>
        <translation>Spørreskjema %1 er ikke for denne kontakttypen. Fjern haken ved svarene og prøv igjen.</translation>
    </message>
    <message>
        <source>Questionnaire %1 has changed meanwhile. Close the card, open it again and tick the answers again.</source>
        <translation>Spørreskjema %1 er endret i mellomtiden. Lukk kortet, åpne det igjen og kryss av svarene på nytt.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Eksporter kontakter</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Hvilke kontakter</translation>
    </message>
    <message>
        <source>&amp;All contacts</source>
        <translation>&amp;Alle kontakter</translation>
    </message>
    <message>
        <source>The current &amp;search result: “%1”</source>
        <translation>Gjeldende &amp;søkeresultat: “%1”</translation>
    </message>
    <message>
        <source>The current &amp;search result (no search entered)</source>
        <translation>Gjeldende &amp;søkeresultat (ingen søk angitt)</translation>
    </message>
    <message>
        <source>The contacts on se&amp;gment</source>
        <translation>Kontaktene i s&amp;egment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil som skal skrives</translation>
    </message>
    <message>
        <source>contacts.csv or contacts.vcf</source>
        <translation>kontakter.csv eller kontakter.vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>3.0 (Outlook, Google, most phones)</source>
        <translation>3.0 (Outlook, Google, de fleste telefoner)</translation>
    </message>
    <message>
        <source>4.0</source>
        <translation>4.0</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;vCard version:</source>
        <translation>&amp;vCard-versjon:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;ksporter</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard (*.vcf)</source>
        <translation>CSV for Excel (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n contact(s)…</source>
        <translation>
            <numerusform>Eksporterer %n kontakt…</numerusform>
            <numerusform>Eksporterer %n kontakter…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n kontakt eksportert til %1.</numerusform>
            <numerusform>%n kontakter eksportert til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Import as</source>
        <translation>Importer som</translation>
    </message>
</context>
<context>
    <name>FieldLaptops</name>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Expired: must check out again</source>
        <translation>Utløpt: må sjekkes ut på nytt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Gjeldende</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Pålogging</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Sjekket ut</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Siste synkronisering</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>Number blocks</source>
        <translation>Nummerblokker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FieldLaptopsTab</name>
    <message>
        <source>The laptops checked out of this office database to work offline. A laptop that has not synchronised for longer than the office keeps its changes must be checked out again.</source>
        <translation>De bærbare PC-ene som er sjekket ut fra denne kontordatabasen for å arbeide frakoblet. En bærbar PC som ikke har synkronisert på lenger enn kontoret tar vare på endringene sine, må sjekkes ut på nytt.</translation>
    </message>
    <message>
        <source>Field laptops</source>
        <translation>Felt-PC-er</translation>
    </message>
    <message>
        <source>No laptop is checked out of this database. A laptop is checked out with contactdesk field checkout (see Working in the field in the README).</source>
        <translation>Ingen bærbar PC er sjekket ut fra denne databasen. En bærbar PC sjekkes ut med contactdesk field checkout (se Working in the field i README).</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>&amp;Keep the office&apos;s changes for:</source>
        <translation>&amp;Ta vare på kontorets endringer i:</translation>
    </message>
    <message>
        <source>Days the office keeps its changes for field laptops</source>
        <translation>Dager kontoret tar vare på endringene sine for bærbare feltmaskiner</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save how long the office keeps its changes</source>
        <translation>Lagre hvor lenge kontoret tar vare på endringene sine</translation>
    </message>
    <message>
        <source>&amp;Retire laptop…</source>
        <translation>&amp;Avregistrer bærbar PC…</translation>
    </message>
    <message>
        <source>Retire the selected field laptop</source>
        <translation>Avregistrer den valgte bærbare feltmaskinen</translation>
    </message>
    <message numerus="yes">
        <source>%n field laptop(s)</source>
        <translation>
            <numerusform>%n bærbar feltmaskin</numerusform>
            <numerusform>%n bærbare feltmaskiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire laptop</source>
        <translation>Avregistrer bærbar PC</translation>
    </message>
    <message>
        <source>Retire laptop %1 (%2 on %3)? Its registration and its blocks of numbers are removed from the office, so it can no longer synchronise; numbers it already used stay used. Changes it has not sent yet never reach the office. Do this for a lost or stolen laptop.</source>
        <translation>Avregistrere bærbar PC %1 (%2 på %3)? Registreringen og nummerblokkene fjernes fra kontoret, så den kan ikke lenger synkronisere; numre den allerede har brukt, forblir brukt. Endringer den ikke har sendt ennå, når aldri kontoret. Gjør dette for en bærbar PC som er mistet eller stjålet.</translation>
    </message>
</context>
<context>
    <name>FieldStatus</name>
    <message>
        <source>Field copy</source>
        <translation>Feltkopi</translation>
    </message>
    <message numerus="yes">
        <source>Field copy · %n change(s) to send</source>
        <translation>
            <numerusform>Feltkopi · %n endring å sende</numerusform>
            <numerusform>Feltkopi · %n endringer å sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes are kept on this laptop until it synchronises with the office.</source>
        <translation>Endringene dine tas vare på på denne bærbare PC-en til den synkroniseres med kontoret.</translation>
    </message>
    <message>
        <source>Click the conflicts to decide which values stay.</source>
        <translation>Klikk på konfliktene for å velge hvilke verdier som blir stående.</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>aldri synkronisert</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>sist synkronisert %1</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>This laptop has used all the numbers the office gave it (%1). Nothing was saved. Check out a new copy from the office to get more numbers.</source>
        <translation>Denne bærbare PC-en har brukt alle numrene kontoret ga den (%1). Ingenting ble lagret. Sjekk ut en ny kopi fra kontoret for å få flere numre.</translation>
    </message>
    <message>
        <source>Keep the office&apos;s changes between %1 and %2 days. Nothing was changed.</source>
        <translation>Ta vare på kontorets endringer mellom %1 og %2 dager. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Laptop %1 is no longer registered in this office database. The list shows those that are.</source>
        <translation>Bærbar PC %1 er ikke lenger registrert i denne kontordatabasen. Listen viser dem som er det.</translation>
    </message>
    <message>
        <source>Only an administrator can change the field laptops&apos; retention or retire a laptop. Nothing was changed; ask an administrator of ContactDesk.</source>
        <translation>Bare en administrator kan endre hvor lenge endringer tas vare på for bærbare feltmaskiner, eller avregistrere en bærbar PC. Ingenting ble endret; spør en administrator av ContactDesk.</translation>
    </message>
    <message>
        <source>The sync was canceled. What was not finished was left as it was; synchronise again.</source>
        <translation>Synkroniseringen ble avbrutt. Det som ikke var ferdig, ble latt være som det var; synkroniser igjen.</translation>
    </message>
    <message>
        <source>%1 must have a value. Nothing was changed; type a value and try again.</source>
        <translation>%1 må ha en verdi. Ingenting ble endret; skriv inn en verdi og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 is too long: use at most %3 characters. Nothing was changed.</source>
        <translation>%1 er for lang: bruk høyst %3 tegn. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist on this laptop. Nothing was changed; type one that exists.</source>
        <translation>%1 «%2» finnes ikke på denne bærbare PC-en. Ingenting ble endret; skriv inn en som finnes.</translation>
    </message>
    <message>
        <source>%1 cannot hold &quot;%2&quot;. Nothing was changed; type a value of the right kind (a number, a date such as 2026-12-31, yes or no).</source>
        <translation>%1 kan ikke inneholde «%2». Ingenting ble endret; skriv inn en verdi av riktig slag (et tall, en dato som 2026-12-31, ja eller nei).</translation>
    </message>
    <message>
        <source>This record is no longer on this laptop, so no value can be written to it. Keep the office value to close the conflict.</source>
        <translation>Denne posten finnes ikke lenger på denne bærbare PC-en, så ingen verdi kan skrives til den. Behold kontorets verdi for å lukke konflikten.</translation>
    </message>
    <message>
        <source>This conflict was already resolved. The list shows the conflicts still open.</source>
        <translation>Denne konflikten var allerede løst. Listen viser konfliktene som fortsatt er åpne.</translation>
    </message>
    <message>
        <source>That choice does not fit this conflict. Use one of the buttons that are available.</source>
        <translation>Det valget passer ikke til denne konflikten. Bruk en av knappene som er tilgjengelige.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted again: other records still refer to it. Keep it, or delete those first.</source>
        <translation>%1 kan ikke slettes igjen: andre poster viser fortsatt til den. Behold den, eller slett dem først.</translation>
    </message>
    <message>
        <source>This database is not a field copy, so there is nothing to synchronise. Check out a field copy from the office first.</source>
        <translation>Denne databasen er ikke en feltkopi, så det er ingenting å synkronisere. Sjekk ut en feltkopi fra kontoret først.</translation>
    </message>
    <message>
        <source>This laptop was checked out of a database file, not the office&apos;s server, so it cannot synchronise. Check out a new field copy from the office&apos;s PostgreSQL database.</source>
        <translation>Denne bærbare PC-en ble sjekket ut fra en databasefil, ikke fra kontorets server, så den kan ikke synkronisere. Sjekk ut en ny feltkopi fra kontorets PostgreSQL-database.</translation>
    </message>
    <message>
        <source>The office database is newer than this laptop&apos;s ContactDesk (version %1, this laptop %2). Nothing was changed; update ContactDesk on this laptop, then synchronise.</source>
        <translation>Kontordatabasen er nyere enn ContactDesk på denne bærbare PC-en (versjon %1, denne PC-en %2). Ingenting ble endret; oppdater ContactDesk på denne PC-en, og synkroniser deretter.</translation>
    </message>
    <message>
        <source>The office database is older than this laptop&apos;s ContactDesk (version %1, this laptop %2). Nothing was changed; have the office database updated first, then synchronise.</source>
        <translation>Kontordatabasen er eldre enn ContactDesk på denne bærbare PC-en (versjon %1, denne PC-en %2). Ingenting ble endret; få kontordatabasen oppdatert først, og synkroniser deretter.</translation>
    </message>
    <message>
        <source>This laptop has not synchronised for longer than the office keeps its changes, so it must be checked out again. Your unsent work was saved to %3 first; check out a new field copy.</source>
        <translation>Denne bærbare PC-en har ikke synkronisert på lenger enn kontoret tar vare på endringene sine, så den må sjekkes ut på nytt. Arbeidet ditt som ikke er sendt, ble først lagret i %3; sjekk ut en ny feltkopi.</translation>
    </message>
    <message>
        <source>This laptop&apos;s registration was removed in the office, so it can no longer synchronise. Your unsent work was saved to %3 first; check out a new field copy.</source>
        <translation>Registreringen av denne bærbare PC-en ble fjernet på kontoret, så den kan ikke lenger synkronisere. Arbeidet ditt som ikke er sendt, ble først lagret i %3; sjekk ut en ny feltkopi.</translation>
    </message>
    <message>
        <source>The office database cannot be reached. Nothing was changed; connect to the office network or VPN and synchronise again.</source>
        <translation>Kontordatabasen kan ikke nås. Ingenting ble endret; koble til kontorets nettverk eller VPN, og synkroniser igjen.</translation>
    </message>
    <message>
        <source>The office database refused your login. Nothing was changed; check your password and synchronise again.</source>
        <translation>Kontordatabasen avviste påloggingen din. Ingenting ble endret; kontroller passordet ditt og synkroniser igjen.</translation>
    </message>
    <message>
        <source>The sync could not run. Nothing was changed; try again later or ask your administrator.</source>
        <translation>Synkroniseringen kunne ikke kjøres. Ingenting ble endret; prøv igjen senere eller spør administratoren din.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Velg filen som skal importeres</translation>
    </message>
    <message>
        <source>A CSV file (from ContactDesk, Outlook, Google Contacts or a spreadsheet) or a vCard file (.vcf). Nothing is written until you confirm at the end.</source>
        <translation>En CSV-fil (fra ContactDesk, Outlook, Google Kontakter eller et regneark) eller en vCard-fil (.vcf). Ingenting lagres før du bekrefter til slutt.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil som skal importeres</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Encodings UTF-8, UTF-16 and Windows-1252 and the separators ; , and tab are recognised by themselves.</source>
        <translation>Tegnkodingene UTF-8, UTF-16 og Windows-1252 og skilletegnene ; , og tabulator gjenkjennes automatisk.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose a contacts file</source>
        <translation>Velg en kontaktfil</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;All files (*)</source>
        <translation>Kontakter (*.csv *.txt *.vcf);;CSV-filer (*.csv *.txt);;vCard-filer (*.vcf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
</context>
<context>
    <name>FlowTexts</name>
    <message>
        <source>Stops the merge</source>
        <translation>Stopper flettingen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Personal letter %1</source>
        <translation>Personlig brev %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Topptekst</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Bunntekst</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field “%1”: no merge field has that name. Correct it in Word (the README lists every field).</source>
        <translation>Ukjent felt “%1”: ingen flettefelt har det navnet. Rett det i Word (README-filen viser alle feltene).</translation>
    </message>
    <message>
        <source>“%1” reaches into the program&apos;s internals; a letter may only show values. Remove it from the template.</source>
        <translation>“%1” går inn i programmets interne deler; et brev kan bare vise verdier. Fjern det fra malen.</translation>
    </message>
    <message>
        <source>The placeholders are not written correctly (%1). Check the {{ }} and {% %} marks around this place.</source>
        <translation>Plassholderne er ikke skrevet riktig (%1). Kontroller tegnene {{ }} og {% %} rundt dette stedet.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is empty for %n recipient(s), so their letters show nothing there: %2</source>
        <translation>
            <numerusform>“%1” er tomt for %n mottaker, så brevet viser ingenting der: %2</numerusform>
            <numerusform>“%1” er tomt for %n mottakere, så brevene deres viser ingenting der: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Word split a placeholder across differently formatted pieces. The letter still works; retype it in one go so it keeps one formatting.</source>
        <translation>Word har delt en plassholder opp i biter med ulik formatering. Brevet fungerer likevel; skriv den inn på nytt i én omgang, så den beholder én formatering.</translation>
    </message>
    <message>
        <source>The template is too large to use, or unpacks to far more than it holds; it may be damaged or made to harm programs. Open it in Word, remove very large pictures or embedded files, save it again as .docx and attach it again.</source>
        <translation>Malen er for stor til å brukes, eller pakkes ut til langt mer enn den inneholder; den kan være skadet eller laget for å skade programmer. Åpne den i Word, fjern svært store bilder eller innebygde filer, lagre den på nytt som .docx og legg den til på nytt.</translation>
    </message>
    <message>
        <source>The template&apos;s fields are too complicated to read: too many fields, or brackets and tags nested too deeply. Simplify them in Word and attach the document again.</source>
        <translation>Feltene i malen er for kompliserte til å leses: for mange felt, eller parenteser og tagger nøstet for dypt. Forenkle dem i Word og legg til dokumentet på nytt.</translation>
    </message>
    <message>
        <source>The template is not a Word (.docx) document. Save it as .docx in Word and attach it again.</source>
        <translation>Malen er ikke et Word-dokument (.docx). Lagre den som .docx i Word, og legg den ved på nytt.</translation>
    </message>
    <message>
        <source>A trial letter could not be made: %1</source>
        <translation>Kunne ikke lage et prøvebrev: %1</translation>
    </message>
    <message>
        <source>The segment has no lines. Add contacts first.</source>
        <translation>Segmentet har ingen linjer. Legg til kontakter først.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no Word document in their language: %1. Attach a document to the interaction template under Setup.</source>
        <translation>
            <numerusform>%n linje har ikke noe Word-dokument på sitt språk: %1. Legg ved et dokument i samhandlingsmalen under Oppsett.</numerusform>
            <numerusform>%n linjer har ikke noe Word-dokument på sitt språk: %1. Legg ved et dokument i samhandlingsmalen under Oppsett.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) had a line break in the name or subject, which was put on one line: %1. Correct the contact or the segment line.</source>
        <translation>
            <numerusform>%n e-postutkast hadde et linjeskift i navnet eller emnet, som ble satt på én linje: %1. Rett kontakten eller segmentlinjen.</numerusform>
            <numerusform>%n e-postutkast hadde et linjeskift i navnet eller emnet, som ble satt på én linje: %1. Rett kontakten eller segmentlinjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) were not written because the e-mail address holds a line break: %1. Their letter is written; correct the e-mail address on the contact card.</source>
        <translation>
            <numerusform>%n e-postutkast ble ikke skrevet fordi e-postadressen inneholder et linjeskift: %1. Brevet er skrevet; rett e-postadressen på kontaktkortet.</numerusform>
            <numerusform>%n e-postutkast ble ikke skrevet fordi e-postadressen inneholder et linjeskift: %1. Brevene er skrevet; rett e-postadressene på kontaktkortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail line(s) have no e-mail address: %1. Their letter is written, but no e-mail draft.</source>
        <translation>
            <numerusform>%n e-postlinje har ingen e-postadresse: %1. Brevet skrives, men det lages ikke noe e-postutkast.</numerusform>
            <numerusform>%n e-postlinjer har ingen e-postadresse: %1. Brevene skrives, men det lages ingen e-postutkast.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the paragraph “%1”</source>
        <translation>I avsnittet “%1”</translation>
    </message>
    <message>
        <source>longest name</source>
        <translation>lengste navn</translation>
    </message>
    <message>
        <source>longest address</source>
        <translation>lengste adresse</translation>
    </message>
    <message>
        <source>most missing fields</source>
        <translation>flest manglende felt</translation>
    </message>
    <message>
        <source>special letters</source>
        <translation>spesialtegn</translation>
    </message>
    <message>
        <source>“&amp;” in a value</source>
        <translation>“&amp;” i en verdi</translation>
    </message>
    <message>
        <source>“&lt;” in a value</source>
        <translation>“&lt;” i en verdi</translation>
    </message>
    <message>
        <source>The segment has no lines, so there is nothing to merge. Add contacts to it first (Add contacts… on the segment), then check again.</source>
        <translation>Segmentet har ingen linjer, så det er ingenting å flette. Legg først til kontakter i det (Legg til kontakter… på segmentet), og kontroller deretter på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop the merge. Correct the template in Word, attach it again under Setup → Interaction templates, and check again.</source>
        <translation>
            <numerusform>%n problem stopper flettingen. Rett malen i Word, legg den ved på nytt under Oppsett → Samhandlingsmaler, og kontroller igjen.</numerusform>
            <numerusform>%n problemer stopper flettingen. Rett malen i Word, legg den ved på nytt under Oppsett → Samhandlingsmaler, og kontroller igjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to merge %n letter(s).</source>
        <translation>
            <numerusform>Klar til å flette %n brev.</numerusform>
            <numerusform>Klar til å flette %n brev.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them also become an e-mail draft.</source>
        <translation>
            <numerusform>%n av dem blir også et e-postutkast.</numerusform>
            <numerusform>%n av dem blir også e-postutkast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): look at them and at the preview; they do not stop the merge.</source>
        <translation>
            <numerusform>%n advarsel: se på den og på forhåndsvisningen; den stopper ikke flettingen.</numerusform>
            <numerusform>%n advarsler: se på dem og på forhåndsvisningen; de stopper ikke flettingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This folder already holds %n Word document(s); a letter with the same name replaces it.</source>
        <translation>
            <numerusform>Denne mappen inneholder allerede %n Word-dokument; et brev med samme navn erstatter det.</numerusform>
            <numerusform>Denne mappen inneholder allerede %n Word-dokumenter; et brev med samme navn erstatter det eksisterende dokumentet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in %1</source>
        <translation>
            <numerusform>%n brev i %1</numerusform>
            <numerusform>%n brev i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) in %1 — open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n e-postutkast i %1 — åpne det i e-postprogrammet ditt for å sende det.</numerusform>
            <numerusform>%n e-postutkast i %1 — åpne dem i e-postprogrammet ditt for å sende dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The merge was canceled. %n letter(s) were finished and kept; no combined document and no e-mail drafts were made.</source>
        <translation>
            <numerusform>Flettingen ble avbrutt. %n brev ble ferdig og er beholdt; det ble ikke laget noe samlet dokument og ingen e-postutkast.</numerusform>
            <numerusform>Flettingen ble avbrutt. %n brev ble ferdige og er beholdt; det ble ikke laget noe samlet dokument og ingen e-postutkast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has %n line(s).</source>
        <translation>
            <numerusform>Segmentet har %n linje.</numerusform>
            <numerusform>Segmentet har %n linjer.</numerusform>
        </translation>
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
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>1. Set up your company</source>
        <translation>1. Sett opp firmaet ditt</translation>
    </message>
    <message>
        <source>Open Setup in the list on the left. Fill in your company&apos;s name and address (they go into every letter), your salespeople, and the codes you want to use for contacts.</source>
        <translation>Åpne Oppsett i listen til venstre. Fyll inn firmaets navn og adresse (de står i hvert brev), selgerne og kodene dere vil bruke for kontakter.</translation>
    </message>
    <message>
        <source>2. Add contacts</source>
        <translation>2. Legg til kontakter</translation>
    </message>
    <message>
        <source>On the Contacts page, New contact (Ctrl+N) adds a company or a person. File &gt; Import contacts reads a CSV or vCard file. To look around first, File &gt; Load sample data adds made-up contacts.</source>
        <translation>På siden Kontakter legger Ny kontakt (Ctrl+N) til et firma eller en person. Fil &gt; Importer kontakter leser en CSV- eller vCard-fil. Vil du se deg rundt først, legger Fil &gt; Last inn eksempeldata til oppdiktede kontakter.</translation>
    </message>
    <message>
        <source>3. Make a segment</source>
        <translation>3. Lag et segment</translation>
    </message>
    <message>
        <source>A segment is a group of contacts who get the same interaction, for example a letter. On the Segments page, New segment opens its worksheet: choose the interaction template in the header, then Add contacts by criteria, and Reduce or Refine the list until it is right.</source>
        <translation>Et segment er en gruppe kontakter som får samme samhandling, for eksempel et brev. På siden Segmenter åpner Nytt segment arbeidsarket: velg samhandlingsmalen i segmenthodet, legg så til kontakter etter kriterier med Legg til kontakter, og bruk Reduser eller Avgrens til listen stemmer.</translation>
    </message>
    <message>
        <source>4. Merge the letters</source>
        <translation>4. Flett brevene</translation>
    </message>
    <message>
        <source>Merge (Ctrl+M) on the worksheet checks the Word template against every contact, shows a preview, and writes one letter per contact, a combined document for printing and, if you want, e-mail drafts.</source>
        <translation>Flett (Ctrl+M) på arbeidsarket kontrollerer Word-malen mot hver kontakt, viser en forhåndsvisning og skriver ett brev per kontakt, et samlet dokument for utskrift og, om du vil, e-postutkast.</translation>
    </message>
    <message>
        <source>5. Log the segment</source>
        <translation>5. Loggfør segmentet</translation>
    </message>
    <message>
        <source>Log (Ctrl+L) records one interaction per contact, with the letter it got. The segment moves to Logged segments; every contact&apos;s interactions are in the Interaction log and on the contact&apos;s card.</source>
        <translation>Loggfør (Ctrl+L) registrerer én samhandling per kontakt, med brevet den fikk. Segmentet flyttes til Loggførte segmenter; hver kontakts samhandlinger står i Samhandlingslogg og på kontaktkortet.</translation>
    </message>
    <message>
        <source>Help and keys</source>
        <translation>Hjelp og taster</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard shortcuts lists every shortcut. If something goes wrong, Help &gt; Open log folder shows the log file to send to whoever helps you.</source>
        <translation>Hjelp &gt; Hurtigtaster viser alle hurtigtastene. Går noe galt, viser Hjelp &gt; Åpne loggmappe loggfilen du kan sende til den som hjelper deg.</translation>
    </message>
    <message>
        <source>Getting started with ContactDesk</source>
        <translation>Kom i gang med ContactDesk</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Åpne &amp;loggmappe</translation>
    </message>
    <message>
        <source>&amp;About ContactDesk</source>
        <translation>&amp;Om ContactDesk</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åpne loggmappe</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log folder is %1</source>
        <translation>Ingen filbehandler kunne åpnes. Loggmappen er %1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Type (company/person)</source>
        <translation>Type (firma/person)</translation>
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
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Company no.</source>
        <translation>Firmanr.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
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
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Distrikt</translation>
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
        <source>Salutation</source>
        <translation>Tiltale</translation>
    </message>
    <message>
        <source>Exclude from segments</source>
        <translation>Utelat fra segmenter</translation>
    </message>
    <message>
        <source>Privacy blocked</source>
        <translation>Personvernsperret</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mindreårig</translation>
    </message>
    <message>
        <source>Parental consent received</source>
        <translation>Foreldresamtykke mottatt</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
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
        <source>ContactDesk export</source>
        <translation>ContactDesk-eksport</translation>
    </message>
    <message>
        <source>Outlook contacts export</source>
        <translation>Eksport av Outlook-kontakter</translation>
    </message>
    <message>
        <source>Google Contacts export (Google CSV)</source>
        <translation>Eksport av Google Kontakter (Google CSV)</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Eksport av Google Kontakter</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>ukjent oppsett</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Bransjegruppe</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Forretningsforbindelse</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Utsendelsesgruppe</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Stillingsansvar</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not known: the contact gets the default language. Add it under Setup first to keep it.</source>
        <translation>%1 &quot;%2&quot; er ukjent: kontakten får standardspråket. Legg språket til under Oppsett først for å beholde det.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not a known country/region. Use a code such as NL, NO or GB, or add the country under Setup.</source>
        <translation>&quot;%2&quot; er ikke et kjent land eller en kjent region. Bruk en kode som NL, NO eller GB, eller legg til landet under Oppsett.</translation>
    </message>
    <message>
        <source>%1 must have a value.</source>
        <translation>%1 må ha en verdi.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not a valid e-mail address. Use the form name@example.com.</source>
        <translation>&quot;%2&quot; er ikke en gyldig e-postadresse. Bruk formen navn@example.com.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist. Create it under Setup first, or correct the file.</source>
        <translation>%1 &quot;%2&quot; finnes ikke. Opprett den under Oppsett først, eller rett filen.</translation>
    </message>
    <message>
        <source>%1 is too long: use at most %3 characters.</source>
        <translation>%1 er for lang: bruk høyst %3 tegn.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a person, not a company.</source>
        <translation>%1 &quot;%2&quot; er en person, ikke et firma.</translation>
    </message>
    <message>
        <source>%1 holds a line break or another invisible character. Put the value on one line in the file.</source>
        <translation>%1 inneholder et linjeskift eller et annet usynlig tegn. Sett verdien på én linje i filen.</translation>
    </message>
    <message>
        <source>%1 holds an invisible control character (such as a tab). Remove it in the file.</source>
        <translation>%1 inneholder et usynlig kontrolltegn (for eksempel en tabulator). Fjern det i filen.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not a valid value for %1.</source>
        <translation>&quot;%2&quot; er ikke en gyldig verdi for %1.</translation>
    </message>
    <message>
        <source>same contact (UID)</source>
        <translation>samme kontakt (UID)</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>samme e-postadresse</translation>
    </message>
    <message>
        <source>same name and post code</source>
        <translation>samme navn og postnummer</translation>
    </message>
    <message>
        <source>Contact %1 %2</source>
        <translation>Kontakt %1 %2</translation>
    </message>
    <message>
        <source>Row %1 of this file (%2)</source>
        <translation>Rad %1 i denne filen (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n rad kontrollert.</numerusform>
            <numerusform>%n rader kontrollert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n rad med problemer.</numerusform>
            <numerusform>%n rader med problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Fant ingen problemer.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are imported with a default.</source>
        <translation>
            <numerusform>%n advarsel: den raden importeres med en standardverdi.</numerusform>
            <numerusform>%n advarsler: de radene importeres med en standardverdi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s).</source>
        <translation>
            <numerusform>%n duplikat.</numerusform>
            <numerusform>%n duplikater.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies) will be created.</source>
        <translation>
            <numerusform>%n nytt firma blir opprettet.</numerusform>
            <numerusform>%n nye firmaer blir opprettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lists show the first %1.</source>
        <translation>Listene viser de første %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n kontakt blir lagt til.</numerusform>
            <numerusform>%n kontakter blir lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be updated.</source>
        <translation>
            <numerusform>%n kontakt blir oppdatert.</numerusform>
            <numerusform>%n kontakter blir oppdatert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n rad hoppes over.</numerusform>
            <numerusform>%n rader hoppes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) will be created from company names.</source>
        <translation>
            <numerusform>%n firma blir opprettet ut fra firmanavn.</numerusform>
            <numerusform>%n firmaer blir opprettet ut fra firmanavn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes everything in one go, and Cancel in the progress window leaves your contacts as they were.</source>
        <translation>Ingenting er lagret ennå: Importer skriver alt på én gang, og Avbryt i fremdriftsvinduet lar kontaktene dine være som de var.</translation>
    </message>
    <message>
        <source>The file %1 was not found. Check the name and folder.</source>
        <translation>Finner ikke filen %1. Kontroller navnet og mappen.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a contacts file.</source>
        <translation>Filen %1 er for stor til å være en kontaktfil.</translation>
    </message>
    <message>
        <source>The file %1 holds no rows.</source>
        <translation>Filen %1 inneholder ingen rader.</translation>
    </message>
    <message>
        <source>The file %1 is not a vCard file that can be read.</source>
        <translation>Filen %1 er ikke en vCard-fil som kan leses.</translation>
    </message>
    <message>
        <source>No column is imported as a name, first name, surname or company name. Choose at least one in the column step.</source>
        <translation>Ingen kolonner importeres som navn, fornavn, etternavn eller firmanavn. Velg minst én i kolonnetrinnet.</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet workbook. Save it as CSV (File → Save as → CSV) and import that file.</source>
        <translation>Filen %1 er en regnearkarbeidsbok. Lagre den som CSV (Fil → Lagre som → CSV), og importer den filen.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being read. Close the program that is writing it, then choose the file again.</source>
        <translation>Filen %1 ble endret mens den ble lest. Lukk programmet som skriver til den, og velg filen på nytt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is not open elsewhere.</source>
        <translation>Filen %1 kan ikke leses. Kontroller at den ikke er åpen et annet sted.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported. Fix the file, or choose to skip the rows with problems.</source>
        <translation>
            <numerusform>%n rad har problemer, så ingenting ble importert. Rett filen, eller velg å hoppe over radene med problemer.</numerusform>
            <numerusform>%n rader har problemer, så ingenting ble importert. Rett filen, eller velg å hoppe over radene med problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts were changed while you were checking the file, so nothing was imported. Start the import again.</source>
        <translation>Kontakter ble endret mens du kontrollerte filen, så ingenting ble importert. Start importen på nytt.</translation>
    </message>
    <message>
        <source>Contacts can be exported to .csv or .vcf files. Choose a file name ending in one of these.</source>
        <translation>Kontakter kan eksporteres til .csv- eller .vcf-filer. Velg et filnavn som slutter på en av disse.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written. Choose a folder you can write to, and close the file if it is open in another program.</source>
        <translation>Filen %1 kan ikke skrives. Velg en mappe du kan skrive til, og lukk filen hvis den er åpen i et annet program.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer kontakter</translation>
    </message>
</context>
<context>
    <name>InteractionLogPage</name>
    <message>
        <source>Create for this c&amp;ontact…</source>
        <translation>Opp&amp;rett for denne kontakten…</translation>
    </message>
    <message>
        <source>Create an interaction for the contact of the selected entry</source>
        <translation>Opprett en samhandling for kontakten i den valgte posten</translation>
    </message>
    <message>
        <source>C&amp;ancel entries…</source>
        <translation>&amp;Annuller poster…</translation>
    </message>
    <message>
        <source>Create &amp;interaction…</source>
        <translation>&amp;Opprett samhandling…</translation>
    </message>
    <message>
        <source>Delete the canceled entries that match the filters</source>
        <translation>Slett de annullerte postene som samsvarer med filtrene</translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation>Åpne &amp;dokument</translation>
    </message>
    <message>
        <source>Open a copy of the letter kept with the selected entry</source>
        <translation>Åpne en kopi av brevet som er lagret med den valgte posten</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluer</translation>
    </message>
    <message>
        <source>Evaluate the selected entries</source>
        <translation>Evaluer de valgte postene</translation>
    </message>
    <message>
        <source>(no evaluation)</source>
        <translation>(ingen evaluering)</translation>
    </message>
    <message>
        <source>&amp;Delete canceled entries…</source>
        <translation>&amp;Slett annullerte poster…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistikk…</translation>
    </message>
    <message>
        <source>Interactions, cost and duration per template and group</source>
        <translation>Samhandlinger, kostnad og varighet per mal og gruppe</translation>
    </message>
    <message>
        <source>Create interaction…</source>
        <translation>Opprett samhandling…</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Samhandlingslogg</translation>
    </message>
    <message>
        <source>No interaction log entries match the filters. Clear or change them to see more.</source>
        <translation>Ingen samhandlingsposter samsvarer med filtrene. Fjern eller endre filtrene for å se flere.</translation>
    </message>
    <message>
        <source>No interactions have been recorded yet. They appear here when you log a segment, or when you record a letter, call or meeting yourself.</source>
        <translation>Ingen samhandlinger er registrert ennå. De vises her når du loggfører et segment, eller når du selv registrerer et brev, en samtale eller et møte.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n samhandlingspost</numerusform>
            <numerusform>%n samhandlingsposter</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest&amp;ore entries…</source>
        <translation>&amp;Gjenopprett poster…</translation>
    </message>
    <message>
        <source>Restore entries</source>
        <translation>Gjenopprett poster</translation>
    </message>
    <message>
        <source>Cancel entries</source>
        <translation>Annuller poster</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n canceled interaction log entr(y/ies)? They count in the statistics again.</source>
        <translation>
            <numerusform>Vil du gjenopprette %n annullert samhandlingspost? Den telles med i statistikken igjen.</numerusform>
            <numerusform>Vil du gjenopprette %n annullerte samhandlingsposter? De telles med i statistikken igjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n interaction log entr(y/ies)? Canceled entries stay in the log but no longer count in any statistic.</source>
        <translation>
            <numerusform>Vil du annullere %n samhandlingspost? Annullerte poster blir stående i loggen, men telles ikke lenger med i noen statistikk.</numerusform>
            <numerusform>Vil du annullere %n samhandlingsposter? Annullerte poster blir stående i loggen, men telles ikke lenger med i noen statistikk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also remove the letters kept with these entries? They are not used anywhere else.</source>
        <translation>Vil du også fjerne brevene som er lagret med disse postene? De brukes ikke noe annet sted.</translation>
    </message>
    <message>
        <source>Delete canceled entries</source>
        <translation>Slett annullerte poster</translation>
    </message>
    <message>
        <source>No canceled entries match the filters, so nothing was deleted. Cancel entries first, then delete them.</source>
        <translation>Ingen annullerte poster samsvarer med filtrene, så ingenting ble slettet. Annuller poster først, og slett dem deretter.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled interaction log entr(y/ies) that match the filters, with their comments and letters? This cannot be undone.</source>
        <translation>
            <numerusform>Vil du slette %n annullert samhandlingspost som samsvarer med filtrene, med kommentarer og brev? Dette kan ikke angres.</numerusform>
            <numerusform>Vil du slette %n annullerte samhandlingsposter som samsvarer med filtrene, med kommentarer og brev? Dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies) deleted.</source>
        <translation>
            <numerusform>%n samhandlingspost slettet.</numerusform>
            <numerusform>%n samhandlingsposter slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan ikke åpne dokumentet</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluer</translation>
    </message>
</context>
<context>
    <name>InteractionWizard</name>
    <message>
        <source>Resume interaction %1</source>
        <translation>Fortsett samhandling %1</translation>
    </message>
    <message>
        <source>Create interaction</source>
        <translation>Opprett samhandling</translation>
    </message>
    <message>
        <source>Do you want to finish this interaction later?

Yes keeps it under Postponed interactions, where Resume brings it back. No discards what you entered.</source>
        <translation>Vil du fullføre denne samhandlingen senere?

Ja tar vare på den under Utsatte samhandlinger, der Fortsett henter den fram igjen. Nei forkaster det du har skrevet inn.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Open the selected row</source>
        <translation>Åpne den valgte raden</translation>
    </message>
    <message>
        <source>Delete or cancel the selected rows</source>
        <translation>Slett eller annuller de valgte radene</translation>
    </message>
</context>
<context>
    <name>LetterFolders</name>
    <message>
        <source>ContactDesk letters</source>
        <translation>ContactDesk-brev</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>Utboks</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>Personalise letter…</source>
        <translation>Tilpass brevet…</translation>
    </message>
    <message>
        <source>Merge this line&apos;s letter, edit it in Word and keep it for this line</source>
        <translation>Flett brevet for denne linjen, rediger det i Word og behold det for denne linjen</translation>
    </message>
    <message>
        <source>Use the template again</source>
        <translation>Bruk malen igjen</translation>
    </message>
    <message>
        <source>Phone call…</source>
        <translation>Telefonsamtale…</translation>
    </message>
    <message>
        <source>Cover sheets…</source>
        <translation>Forsider…</translation>
    </message>
    <message>
        <source>Print one page per contact: sender, address and a text of your own</source>
        <translation>Skriv ut én side per kontakt: avsender, adresse og en egen tekst</translation>
    </message>
    <message>
        <source>Personalise letter</source>
        <translation>Tilpass brevet</translation>
    </message>
    <message>
        <source>Line %1 now has its own letter.</source>
        <translation>Linje %1 har nå sitt eget brev.</translation>
    </message>
    <message>
        <source>The letter you edited for %1 is forgotten, and the line gets its template&apos;s letter again. Continue?</source>
        <translation>Brevet du redigerte for %1 forkastes, og linjen får malens brev igjen. Vil du fortsette?</translation>
    </message>
    <message numerus="yes">
        <source>%n cover sheet(s) written</source>
        <translation>
            <numerusform>%n forside skrevet</numerusform>
            <numerusform>%n forsider skrevet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) logged</source>
        <translation>
            <numerusform>%n samhandling loggført</numerusform>
            <numerusform>%n samhandlinger loggført</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineContactAction</name>
    <message>
        <source>Change contact…</source>
        <translation>Endre kontakt…</translation>
    </message>
    <message>
        <source>Put another contact on the selected line; its values start afresh for that contact</source>
        <translation>Sett en annen kontakt på den valgte linjen; verdiene fylles ut på nytt for den kontakten</translation>
    </message>
</context>
<context>
    <name>LineContactPicker</name>
    <message>
        <source>Change the contact of line %1 (%2)</source>
        <translation>Endre kontakten på linje %1 (%2)</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Endre kontakt</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
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
    <name>LogSegmentDialog</name>
    <message>
        <source>Log segment %1</source>
        <translation>Loggfør segment %1</translation>
    </message>
    <message numerus="yes">
        <source>Logging records one interaction log entry per line and moves segment %1 (“%2”, %n line(s)) to Logged segments.</source>
        <translation>
            <numerusform>Loggføringen registrerer én samhandlingspost per linje og flytter segment %1 (“%2”, %n linje) til Loggførte segmenter.</numerusform>
            <numerusform>Loggføringen registrerer én samhandlingspost per linje og flytter segment %1 (“%2”, %n linjer) til Loggførte segmenter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;follow-up segment (same header and contacts)</source>
        <translation>Opprett &amp;oppfølgingssegment (samme hode og kontakter)</translation>
    </message>
    <message>
        <source>&amp;Deliver: write the letters and e-mail drafts</source>
        <translation>&amp;Send ut: skriv brevene og e-postutkastene</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Mappe for brevene</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;elg…</translation>
    </message>
    <message>
        <source>Letters go to:</source>
        <translation>Brevene lagres i:</translation>
    </message>
    <message>
        <source>Hard copy letters are also put into one print document there; e-mail drafts go to its outbox folder. Each letter is kept with its entry.</source>
        <translation>Papirbrev samles der også i ett utskriftsdokument; e-postutkast havner i outbox-mappen der. Hvert brev lagres sammen med posten sin.</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Loggfør</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>No line has a correspondence type, so there is nothing to deliver.</source>
        <translation>Ingen linjer har en korrespondansetype, så det er ingenting å sende ut.</translation>
    </message>
    <message>
        <source>Logging segment %1…</source>
        <translation>Loggfører segment %1…</translation>
    </message>
    <message>
        <source>Nothing was logged: the letters cannot be merged.</source>
        <translation>Ingenting ble loggført: brevene kan ikke flettes.</translation>
    </message>
    <message>
        <source>Follow-up segment %1 was created.</source>
        <translation>Oppfølgingssegment %1 ble opprettet.</translation>
    </message>
    <message>
        <source>Segment %1 has been logged</source>
        <translation>Segment %1 er loggført</translation>
    </message>
    <message>
        <source>You canceled the letters. The entries stay logged; make the missing letters from Logged segments.</source>
        <translation>Du avbrøt brevene. Postene forblir loggført; lag de manglende brevene fra Loggførte segmenter.</translation>
    </message>
    <message>
        <source>The letters could not all be made. The entries stay logged; make the letters again from Logged segments.</source>
        <translation>Ikke alle brevene kunne lages. Postene forblir loggført; lag brevene på nytt fra Loggførte segmenter.</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Loggfør…</translation>
    </message>
    <message>
        <source>Log the segment: one interaction log entry per line</source>
        <translation>Loggfør segmentet: én samhandlingspost per linje</translation>
    </message>
</context>
<context>
    <name>LoggedActions</name>
    <message>
        <source>Create &amp;follow-up segment</source>
        <translation>Opprett &amp;oppfølgingssegment</translation>
    </message>
    <message>
        <source>A new segment with the same header and contacts</source>
        <translation>Et nytt segment med samme hode og kontakter</translation>
    </message>
    <message>
        <source>&amp;Reuse as new segment</source>
        <translation>&amp;Gjenbruk som nytt segment</translation>
    </message>
    <message>
        <source>A new segment built on this one&apos;s contacts, to change and log again</source>
        <translation>Et nytt segment bygd på kontaktene i dette, som kan endres og loggføres på nytt</translation>
    </message>
    <message>
        <source>C&amp;ancel logged segment…</source>
        <translation>&amp;Annuller loggført segment…</translation>
    </message>
    <message>
        <source>Cancel (or restore) the logged segment and all its entries</source>
        <translation>Annuller (eller gjenopprett) det loggførte segmentet og alle postene i det</translation>
    </message>
    <message>
        <source>&amp;Delete canceled…</source>
        <translation>&amp;Slett annullerte…</translation>
    </message>
    <message>
        <source>Delete every canceled logged segment; their entries stay</source>
        <translation>Slett alle annullerte loggførte segmenter; postene deres blir værende</translation>
    </message>
    <message>
        <source>&amp;Undo logging…</source>
        <translation>A&amp;ngre loggføring…</translation>
    </message>
    <message>
        <source>Remove the entries and put the segment back exactly as it was</source>
        <translation>Fjern postene og sett segmentet tilbake nøyaktig slik det var</translation>
    </message>
    <message>
        <source>Make &amp;letters…</source>
        <translation>Lag &amp;brev…</translation>
    </message>
    <message>
        <source>Write the letters its entries do not have yet, and keep each with its entry</source>
        <translation>Skriv brevene som postene ikke har ennå, og lagre hvert brev sammen med posten sin</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>&amp;Åpne brev</translation>
    </message>
    <message>
        <source>Open a copy of the letter kept with the selected entry</source>
        <translation>Åpne en kopi av brevet som er lagret med den valgte posten</translation>
    </message>
    <message>
        <source>Rest&amp;ore logged segment…</source>
        <translation>Gjenopp&amp;rett loggført segment…</translation>
    </message>
    <message>
        <source>Segment %1 was created. Open it now?</source>
        <translation>Segment %1 ble opprettet. Vil du åpne det nå?</translation>
    </message>
    <message>
        <source>Create follow-up segment</source>
        <translation>Opprett oppfølgingssegment</translation>
    </message>
    <message>
        <source>Reuse as new segment</source>
        <translation>Gjenbruk som nytt segment</translation>
    </message>
    <message>
        <source>Restore logged segment</source>
        <translation>Gjenopprett loggført segment</translation>
    </message>
    <message>
        <source>Cancel logged segment</source>
        <translation>Annuller loggført segment</translation>
    </message>
    <message>
        <source>Delete canceled logged segments</source>
        <translation>Slett annullerte loggførte segmenter</translation>
    </message>
    <message>
        <source>Undo logging</source>
        <translation>Angre loggføring</translation>
    </message>
    <message>
        <source>Logging %1 cannot be undone because something done since depends on it:</source>
        <translation>Loggføringen av %1 kan ikke angres fordi noe som er gjort siden, avhenger av den:</translation>
    </message>
    <message>
        <source>Follow-up segment %1 is removed too.</source>
        <translation>Oppfølgingssegment %1 fjernes også.</translation>
    </message>
    <message>
        <source>Undoing logging %1…</source>
        <translation>Angrer loggføringen av %1…</translation>
    </message>
    <message>
        <source>Segment %1 is back on the Segments page.</source>
        <translation>Segment %1 er tilbake på siden Segmenter.</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>Lag brev</translation>
    </message>
    <message>
        <source>Every entry that needs a letter keeps one already.</source>
        <translation>Alle poster som trenger et brev, har allerede et.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Mappe for brevene</translation>
    </message>
    <message>
        <source>Writing the letters of %1…</source>
        <translation>Skriver brevene for %1…</translation>
    </message>
    <message>
        <source>Not all letters could be made:</source>
        <translation>Ikke alle brevene kunne lages:</translation>
    </message>
    <message>
        <source>Cannot open the letter</source>
        <translation>Kan ikke åpne brevet</translation>
    </message>
</context>
<context>
    <name>LoggedSegmentsPage</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>No. of entries</source>
        <translation>Antall poster</translation>
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
        <source>Follow-up segment</source>
        <translation>Oppfølgingssegment</translation>
    </message>
    <message>
        <source>Logged segments</source>
        <translation>Loggførte segmenter</translation>
    </message>
    <message>
        <source>Entries of the logged segment</source>
        <translation>Poster i det loggførte segmentet</translation>
    </message>
    <message>
        <source>No logged segments yet</source>
        <translation>Ingen loggførte segmenter ennå</translation>
    </message>
    <message>
        <source>Logging a segment records its interactions. Open a segment on the Segments page and choose Log…; it then appears here with its entries.</source>
        <translation>Når du loggfører et segment, registreres samhandlingene. Åpne et segment på siden Segmenter og velg Loggfør…; det vises da her med postene sine.</translation>
    </message>
    <message>
        <source>Search logged segments</source>
        <translation>Søk i loggførte segmenter</translation>
    </message>
    <message>
        <source>Search by number or description</source>
        <translation>Søk etter nummer eller beskrivelse</translation>
    </message>
    <message>
        <source>Logged segment actions</source>
        <translation>Handlinger for loggførte segmenter</translation>
    </message>
    <message>
        <source>No logged segment matches “%1”.</source>
        <translation>Ingen loggførte segmenter samsvarer med “%1”.</translation>
    </message>
    <message>
        <source>Entries of %1: %2</source>
        <translation>Poster for %1: %2</translation>
    </message>
    <message>
        <source>Select a logged segment to see its entries.</source>
        <translation>Velg et loggført segment for å se postene.</translation>
    </message>
</context>
<context>
    <name>LoggingTexts</name>
    <message>
        <source>Segment %1 has been logged already (a logged segment exists for it).</source>
        <translation>Segment %1 er allerede loggført (det finnes et loggført segment for det).</translation>
    </message>
    <message>
        <source>The segment has no description. Fill in Description on the segment header.</source>
        <translation>Segmentet har ingen beskrivelse. Fyll ut Beskrivelse i segmenthodet.</translation>
    </message>
    <message>
        <source>The segment has no lines to log. Add contacts first.</source>
        <translation>Segmentet har ingen linjer å loggføre. Legg til kontakter først.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no interaction template. Choose one on the header or the lines.</source>
        <translation>
            <numerusform>%n linje har ingen samhandlingsmal. Velg en i hodet eller på linjene.</numerusform>
            <numerusform>%n linjer har ingen samhandlingsmal. Velg en i hodet eller på linjene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no salesperson. Choose one on the header or the lines.</source>
        <translation>
            <numerusform>%n linje har ingen selger. Velg en i hodet eller på linjene.</numerusform>
            <numerusform>%n linjer har ingen selger. Velg en i hodet eller på linjene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no date. Fill in the date on the segment header.</source>
        <translation>
            <numerusform>%n linje har ingen dato. Fyll ut datoen i segmenthodet.</numerusform>
            <numerusform>%n linjer har ingen dato. Fyll ut datoen i segmenthodet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to deliver have no Word document in their language. Add one to the interaction template under Setup, or turn off Deliver.</source>
        <translation>
            <numerusform>%n linje som skal sendes ut, har ikke noe Word-dokument på sitt språk. Legg til et i samhandlingsmalen under Oppsett, eller slå av Send ut.</numerusform>
            <numerusform>%n linjer som skal sendes ut, har ikke noe Word-dokument på sitt språk. Legg til et i samhandlingsmalen under Oppsett, eller slå av Send ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing Setup has no number series for logged segments. Choose one under Setup → Marketing setup.</source>
        <translation>Markedsføringsoppsett har ingen nummerserie for loggførte segmenter. Velg en under Oppsett → Markedsføringsoppsett.</translation>
    </message>
    <message>
        <source>A follow-up segment needs a number series for segments in Marketing Setup. Choose one under Setup, or turn off Create follow-up segment.</source>
        <translation>Et oppfølgingssegment krever en nummerserie for segmenter i Markedsføringsoppsett. Velg en under Oppsett, eller slå av Opprett oppfølgingssegment.</translation>
    </message>
    <message>
        <source> (for example %1)</source>
        <translation> (for eksempel %1)</translation>
    </message>
    <message>
        <source>privacy blocked</source>
        <translation>personvernsperret</translation>
    </message>
    <message>
        <source>excluded from segments</source>
        <translation>utelatt fra segmenter</translation>
    </message>
    <message>
        <source>no address for a letter</source>
        <translation>ingen adresse for brev</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-postadresse</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) should not get this interaction now. Skip them and log the rest, or stop and fix them first:</source>
        <translation>
            <numerusform>%n kontakt bør ikke få denne samhandlingen nå. Hopp over den og loggfør resten, eller stopp og rett den først:</numerusform>
            <numerusform>%n kontakter bør ikke få denne samhandlingen nå. Hopp over dem og loggfør resten, eller stopp og rett dem først:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail line(s) have a contact without an e-mail address; they are logged without a correspondence type (nothing is sent).</source>
        <translation>
            <numerusform>%n e-postlinje har en kontakt uten e-postadresse; den loggføres uten korrespondansetype (ingenting sendes).</numerusform>
            <numerusform>%n e-postlinjer har en kontakt uten e-postadresse; de loggføres uten korrespondansetype (ingenting sendes).</numerusform>
        </translation>
    </message>
    <message>
        <source>It was logged before undo was possible, so it can only be canceled.</source>
        <translation>Det ble loggført før angring var mulig, så det kan bare annulleres.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its entries are canceled. Restore them first.</source>
        <translation>
            <numerusform>%n av postene er annullert. Gjenopprett den først.</numerusform>
            <numerusform>%n av postene er annullert. Gjenopprett dem først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its entries were deleted.</source>
        <translation>
            <numerusform>%n av postene er slettet.</numerusform>
            <numerusform>%n av postene er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its entries were changed since (evaluation or document).</source>
        <translation>Postene er endret siden (evaluering eller dokument).</translation>
    </message>
    <message>
        <source>Comments on its entries were added or changed since.</source>
        <translation>Kommentarer til postene er lagt til eller endret siden.</translation>
    </message>
    <message numerus="yes">
        <source>Letters were delivered for %n of its entries.</source>
        <translation>
            <numerusform>Brev er sendt ut for %n av postene.</numerusform>
            <numerusform>Brev er sendt ut for %n av postene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its contacts were deleted since.</source>
        <translation>
            <numerusform>%n av kontaktene er slettet siden.</numerusform>
            <numerusform>%n av kontaktene er slettet siden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates, salespeople, campaigns or documents it used were deleted since.</source>
        <translation>Maler, selgere, kampanjer eller dokumenter det brukte, er slettet siden.</translation>
    </message>
    <message>
        <source>Its follow-up segment %1 was changed since.</source>
        <translation>Oppfølgingssegmentet %1 er endret siden.</translation>
    </message>
    <message>
        <source>Its follow-up segment %1 has been logged. Undo that logging first.</source>
        <translation>Oppfølgingssegmentet %1 er loggført. Angre den loggføringen først.</translation>
    </message>
    <message>
        <source>Segment(s) %1 were built from it.</source>
        <translation>Segment(er) %1 er bygd på det.</translation>
    </message>
    <message>
        <source>A segment numbered %1 exists again.</source>
        <translation>Det finnes igjen et segment med nummeret %1.</translation>
    </message>
    <message>
        <source>Segment %1 cannot be logged:</source>
        <translation>Segment %1 kan ikke loggføres:</translation>
    </message>
    <message>
        <source>Logging %1 cannot be undone because something done since depends on it:</source>
        <translation>Loggføringen av %1 kan ikke angres fordi noe som er gjort siden, avhenger av den:</translation>
    </message>
    <message>
        <source>Logged segment %1 is not canceled. Only canceled logged segments can be deleted; cancel it first.</source>
        <translation>Loggført segment %1 er ikke annullert. Bare annullerte loggførte segmenter kan slettes; annuller det først.</translation>
    </message>
    <message>
        <source>The letters were not finished.</source>
        <translation>Brevene ble ikke ferdige.</translation>
    </message>
    <message>
        <source>Follow-up on segment %1</source>
        <translation>Oppfølging av segment %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s)</source>
        <translation>
            <numerusform>%n loggført segment</numerusform>
            <numerusform>%n loggførte segmenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n samhandlingspost</numerusform>
            <numerusform>%n samhandlingsposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 has been logged as %2 with %n interaction log entr(y/ies).</source>
        <translation>
            <numerusform>Segment %1 er loggført som %2 med %n samhandlingspost.</numerusform>
            <numerusform>Segment %1 er loggført som %2 med %n samhandlingsposter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n brev skrevet til %1</numerusform>
            <numerusform>%n brev skrevet til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) in the outbox.</source>
        <translation>
            <numerusform>%n e-postutkast i utboksen.</numerusform>
            <numerusform>%n e-postutkast i utboksen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) were skipped.</source>
        <translation>
            <numerusform>%n kontakt ble hoppet over.</numerusform>
            <numerusform>%n kontakter ble hoppet over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel logged segment %1 and its %n interaction log entr(y/ies)? They stay in the log but no longer count in any statistic.</source>
        <translation>
            <numerusform>Vil du annullere det loggførte segmentet %1 med %n samhandlingspost? Den blir stående i loggen, men telles ikke lenger med i noen statistikk.</numerusform>
            <numerusform>Vil du annullere det loggførte segmentet %1 med %n samhandlingsposter? De blir stående i loggen, men telles ikke lenger med i noen statistikk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore logged segment %1 and its %n canceled entr(y/ies)? They count in the statistics again.</source>
        <translation>
            <numerusform>Vil du gjenopprette det loggførte segmentet %1 med %n annullert post? Den telles med i statistikken igjen.</numerusform>
            <numerusform>Vil du gjenopprette det loggførte segmentet %1 med %n annullerte poster? De telles med i statistikken igjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled logged segment(s)? Their entries stay in the interaction log, no longer linked to a logged segment. This cannot be undone.</source>
        <translation>
            <numerusform>Vil du slette %n annullert loggført segment? Postene blir stående i samhandlingsloggen, men er ikke lenger knyttet til et loggført segment. Dette kan ikke angres.</numerusform>
            <numerusform>Vil du slette %n annullerte loggførte segmenter? Postene deres blir stående i samhandlingsloggen, men er ikke lenger knyttet til et loggført segment. Dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s) deleted.</source>
        <translation>
            <numerusform>%n loggført segment slettet.</numerusform>
            <numerusform>%n loggførte segmenter slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo logging %1? Its %n interaction log entr(y/ies) are removed and segment %2 is back on the Segments page exactly as it was.</source>
        <translation>
            <numerusform>Vil du angre loggføringen av %1? %n samhandlingspost fjernes, og segment %2 er tilbake på siden Segmenter nøyaktig slik det var.</numerusform>
            <numerusform>Vil du angre loggføringen av %1? %n samhandlingsposter fjernes, og segment %2 er tilbake på siden Segmenter nøyaktig slik det var.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingGroupActions</name>
    <message>
        <source>Apply mailing group…</source>
        <translation>Bruk utsendelsesgruppe…</translation>
    </message>
    <message>
        <source>Remove mailing group…</source>
        <translation>Fjern utsendelsesgruppe…</translation>
    </message>
    <message>
        <source>Give every contact on the segment a mailing group</source>
        <translation>Gi hver kontakt i segmentet en utsendelsesgruppe</translation>
    </message>
    <message>
        <source>Take a mailing group from every contact on the segment</source>
        <translation>Fjern en utsendelsesgruppe fra hver kontakt i segmentet</translation>
    </message>
    <message>
        <source>Apply mailing group</source>
        <translation>Bruk utsendelsesgruppe</translation>
    </message>
    <message>
        <source>Remove mailing group</source>
        <translation>Fjern utsendelsesgruppe</translation>
    </message>
    <message>
        <source>There are no mailing groups yet. Set them up under Setup → Codes → Mailing groups.</source>
        <translation>Det finnes ingen utsendelsesgrupper ennå. Sett dem opp under Oppsett → Koder → Utsendelsesgrupper.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing group %1 added to %n contact(s).</source>
        <translation>
            <numerusform>Utsendelsesgruppe %1 lagt til for %n kontakt.</numerusform>
            <numerusform>Utsendelsesgruppe %1 lagt til for %n kontakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailing group %1 removed from %n contact(s).</source>
        <translation>
            <numerusform>Utsendelsesgruppe %1 fjernet fra %n kontakt.</numerusform>
            <numerusform>Utsendelsesgruppe %1 fjernet fra %n kontakter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigasjon</translation>
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
        <source>&amp;Connect to office database…</source>
        <translation>Koble &amp;til kontordatabase…</translation>
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
        <source>Sample contacts added: %1.</source>
        <translation>Eksempelkontakter lagt til: %1.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Første verdi</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer som</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>What each column of the file holds. Nothing has been written yet.</source>
        <translation>Hva hver kolonne i filen inneholder. Ingenting er lagret ennå.</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Kolonner og felt</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Første rader i filen</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Første rader i filen:</translation>
    </message>
    <message>
        <source>Recognised as: %1. Check the columns below, or change what a column is imported as.</source>
        <translation>Gjenkjent som: %1. Kontroller kolonnene nedenfor, eller endre hva en kolonne importeres som.</translation>
    </message>
    <message>
        <source>The layout of this file is not one ContactDesk knows. Choose for each column what it holds; columns left at “(not imported)” are ignored.</source>
        <translation>ContactDesk kjenner ikke oppsettet til denne filen. Velg hva hver kolonne inneholder; kolonner som står på “(importeres ikke)”, ignoreres.</translation>
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
        <source>Interactions</source>
        <translation>Samhandlinger</translation>
    </message>
    <message>
        <source>Cover sheet template</source>
        <translation>Forsidemal</translation>
    </message>
    <message>
        <source>The template of the entries logged when cover sheets are printed</source>
        <translation>Malen for samhandlingspostene som loggføres når forsider skrives ut</translation>
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
    <name>MenuButton</name>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>Flette</translation>
    </message>
    <message>
        <source>Merge segment %1</source>
        <translation>Flett segment %1</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Tilbake</translation>
    </message>
    <message>
        <source>Check and preview &gt;</source>
        <translation>Kontroller og forhåndsvis &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Checking the templates…</source>
        <translation>Kontrollerer malene…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n letter(s) to %1…</source>
        <translation>
            <numerusform>Skriver %n brev til %1…</numerusform>
            <numerusform>Skriver %n brev til %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The letters could not be written to %1.</source>
        <translation>Brevene kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>The segment or its templates changed since the check, and the check now finds problems. Nothing was written.</source>
        <translation>Segmentet eller malene er endret etter kontrollen, og kontrollen finner nå problemer. Ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>MergeOptionsPage</name>
    <message>
        <source>Merge segment %1 – %2</source>
        <translation>Flett segment %1 – %2</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(ingen beskrivelse)</translation>
    </message>
    <message>
        <source>Every line of the segment gets its own Word letter, made from its interaction template in the contact&apos;s language. The template is checked first, and you can look at a preview before anything is written.</source>
        <translation>Hver linje i segmentet får sitt eget Word-brev, laget fra samhandlingsmalen på kontaktens språk. Malen kontrolleres først, og du kan se en forhåndsvisning før noe skrives.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Mappe for brevene</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Combined document for printing: every paper letter in one Word file, each on its own pages</source>
        <translation>Samlet dokument for utskrift: alle papirbrev i én Word-fil, hvert på egne sider</translation>
    </message>
    <message>
        <source>Sorted by country and post code (for the post)</source>
        <translation>Sortert etter land og postnummer (for posten)</translation>
    </message>
    <message>
        <source>Also as PDF</source>
        <translation>Også som PDF</translation>
    </message>
    <message>
        <source>Lines whose correspondence type is E-mail also get an e-mail draft (an .eml file with the letter attached) in the subfolder “%1”; open it in your mail program to check and send it. Their letters are not printed.</source>
        <translation>Linjer med korrespondansetypen E-post får også et e-postutkast (en .eml-fil med brevet som vedlegg) i undermappen “%1”; åpne det i e-postprogrammet ditt for å kontrollere og sende det. Disse brevene skrives ikke ut.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Utskrift:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>LibreOffice turns the combined document into a PDF.</source>
        <translation>LibreOffice gjør om det samlede dokumentet til PDF.</translation>
    </message>
    <message>
        <source>PDF needs LibreOffice, which is not installed. %1</source>
        <translation>PDF krever LibreOffice, som ikke er installert. %1</translation>
    </message>
    <message>
        <source>Also as PDF (needs LibreOffice)</source>
        <translation>Også som PDF (krever LibreOffice)</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <source>Install LibreOffice Writer with your system&apos;s software manager; on Debian or Ubuntu: sudo apt-get install %1 (the second package gives Calibri-compatible text).</source>
        <translation>Installer LibreOffice Writer med programvarebehandleren på systemet; på Debian eller Ubuntu: sudo apt-get install %1 (den andre pakken gir tekst som tilsvarer Calibri).</translation>
    </message>
    <message>
        <source>Download LibreOffice from %1 and install it.</source>
        <translation>Last ned LibreOffice fra %1, og installer det.</translation>
    </message>
    <message>
        <source>The Word template %1 is too complicated to read: %2. Simplify its fields in Word (fewer brackets and tags inside each other, fewer fields) and import it again.</source>
        <translation>Word-malen %1 er for komplisert til å leses: %2. Forenkle feltene i Word (færre parenteser og koder inne i hverandre, færre felt), og importer den på nytt.</translation>
    </message>
    <message>
        <source>The Word template %1 was refused: %2. Letters may only show values; remove that part of the template and try again.</source>
        <translation>Word-malen %1 ble avvist: %2. Et brev kan bare vise verdier; fjern den delen fra malen, og prøv igjen.</translation>
    </message>
    <message>
        <source>The Word template %1 has a mistake in its fields (%2) near “%3”. Correct it in Word and import it again.</source>
        <translation>Word-malen %1 har en feil i feltene (%2) i nærheten av “%3”. Rett den i Word, og importer malen på nytt.</translation>
    </message>
    <message>
        <source>The letter for contact %1 could not be made: %2. Check the contact&apos;s data and the template&apos;s fields.</source>
        <translation>Brevet til kontakt %1 kunne ikke lages: %2. Kontroller kontaktens opplysninger og feltene i malen.</translation>
    </message>
    <message numerus="yes">
        <source>The template check found %n problem(s); nothing was written:</source>
        <translation>
            <numerusform>Malkontrollen fant %n problem; ingenting ble skrevet:</numerusform>
            <numerusform>Malkontrollen fant %n problemer; ingenting ble skrevet:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not use the same styles as %2, so they cannot share one print document. They are combined separately.</source>
        <translation>%1 bruker ikke de samme stilene som %2, så de kan ikke dele ett utskriftsdokument. De settes sammen hver for seg.</translation>
    </message>
    <message>
        <source>PDF files need LibreOffice, which is not installed on this computer. %1 Then try again; the Word letters are made without it.</source>
        <translation>PDF-filer krever LibreOffice, som ikke er installert på denne datamaskinen. %1 Prøv deretter igjen; Word-brevene lages uten det.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” holds a line break, so no e-mail draft can be made for it. Correct it on the contact card.</source>
        <translation>E-postadressen “%1” inneholder et linjeskift, så det kan ikke lages noe e-postutkast til den. Rett den på kontaktkortet.</translation>
    </message>
    <message>
        <source>LibreOffice took too long to make a PDF of %1 and was stopped. The Word file is there; try again, or print it from Word.</source>
        <translation>LibreOffice brukte for lang tid på å lage en PDF av %1 og ble stoppet. Word-filen finnes; prøv igjen, eller skriv den ut fra Word.</translation>
    </message>
    <message>
        <source>LibreOffice could not make a PDF of %1. The Word file is there; open it and save it as PDF yourself.</source>
        <translation>LibreOffice kunne ikke lage en PDF av %1. Word-filen finnes; åpne den og lagre den som PDF selv.</translation>
    </message>
    <message>
        <source>The letters could not be made: %1</source>
        <translation>Brevene kunne ikke lages: %1</translation>
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
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
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
    <name>OpenDocument</name>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan ikke åpne dokumentet</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved or deleted. Make it again, or look for it in your file manager.</source>
        <translation>“%1” finnes ikke lenger: den er flyttet eller slettet. Lag den på nytt, eller let etter den i filbehandleren.</translation>
    </message>
    <message>
        <source>No program on this computer opened “%1”. Install one for this kind of file (Word or LibreOffice Writer for letters), or open it from your file manager.</source>
        <translation>Ingen program på denne datamaskinen åpnet “%1”. Installer et program for denne filtypen (Word eller LibreOffice Writer for brev), eller åpne den fra filbehandleren.</translation>
    </message>
</context>
<context>
    <name>OsErrorTexts</name>
    <message>
        <source>a file or folder</source>
        <translation>en fil eller mappe</translation>
    </message>
    <message>
        <source>ContactDesk has no permission to use %1. Choose a folder you can write to, or ask your administrator for access.</source>
        <translation>ContactDesk har ikke tillatelse til å bruke %1. Velg en mappe du kan skrive til, eller be administratoren om tilgang.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space or choose a folder on another drive, and try again.</source>
        <translation>Disken er full, så %1 kunne ikke skrives. Frigjør plass eller velg en mappe på en annen stasjon, og prøv igjen.</translation>
    </message>
    <message>
        <source>ContactDesk cannot find %1. Check that it still exists (a USB stick or network drive may have been disconnected) and try again.</source>
        <translation>ContactDesk finner ikke %1. Kontroller at den fortsatt finnes (en minnepinne eller nettverksstasjon kan være koblet fra), og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 is on a drive that cannot be written to. Choose a folder on another drive.</source>
        <translation>%1 ligger på en stasjon som ikke kan skrives til. Velg en mappe på en annen stasjon.</translation>
    </message>
    <message>
        <source>Another program is using %1. Close it there (for example in Word) and try again.</source>
        <translation>Et annet program bruker %1. Lukk den der (for eksempel i Word), og prøv igjen.</translation>
    </message>
    <message>
        <source>The name of %1 is too long for this drive. Choose a shorter file name or a folder nearer the top of the drive.</source>
        <translation>Navnet på %1 er for langt for denne stasjonen. Velg et kortere filnavn eller en mappe høyere opp på stasjonen.</translation>
    </message>
    <message>
        <source>Part of %1 is a file, not a folder. Choose another folder.</source>
        <translation>En del av %1 er en fil, ikke en mappe. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a file.</source>
        <translation>%1 er en mappe, ikke en fil. Velg en fil.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or remove it first.</source>
        <translation>%1 finnes allerede. Velg et annet navn, eller fjern den først.</translation>
    </message>
    <message>
        <source>Too many files are open at once. Close some programs and try again.</source>
        <translation>For mange filer er åpne samtidig. Lukk noen programmer, og prøv igjen.</translation>
    </message>
    <message>
        <source>The drive holding %1 could not be read or written. Check the drive or the network connection and try again.</source>
        <translation>Stasjonen med %1 kunne ikke leses eller skrives. Kontroller stasjonen eller nettverkstilkoblingen, og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (system error %2). Check the file and its folder, and try again.</source>
        <translation>%1 kunne ikke leses eller skrives (systemfeil %2). Kontroller filen og mappen, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>OwnLetterDialog</name>
    <message>
        <source>Personalise the letter for %1</source>
        <translation>Tilpass brevet til %1</translation>
    </message>
    <message>
        <source>The letter for %1 is open in your word processor. Change it there and save it (keep the name and the Word format). Then choose Keep my edited letter: this line then gets exactly that letter when the segment is delivered.</source>
        <translation>Brevet til %1 er åpnet i tekstbehandleren din. Endre det der og lagre det (behold navnet og Word-formatet). Velg deretter Behold det redigerte brevet mitt: denne linjen får da nøyaktig det brevet når segmentet sendes.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Not saved in the word processor yet.</source>
        <translation>Ikke lagret i tekstbehandleren ennå.</translation>
    </message>
    <message>
        <source>&amp;Keep my edited letter</source>
        <translation>&amp;Behold det redigerte brevet mitt</translation>
    </message>
    <message>
        <source>Keep my edited letter</source>
        <translation>Behold det redigerte brevet mitt</translation>
    </message>
    <message>
        <source>&amp;Open it again</source>
        <translation>Å&amp;pne det igjen</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>Åpne det igjen</translation>
    </message>
    <message>
        <source>Saved at %1. Choose Keep my edited letter when you are done.</source>
        <translation>Lagret kl. %1. Velg Behold det redigerte brevet mitt når du er ferdig.</translation>
    </message>
</context>
<context>
    <name>OwnLetterQuestions</name>
    <message>
        <source>Line %1 (%2) has its own letter, edited for this contact. Changing the interaction template discards that letter, and the line gets the new template&apos;s document. Continue?</source>
        <translation>Linje %1 (%2) har sitt eget brev, redigert for denne kontakten. Hvis du endrer samhandlingsmalen, forkastes brevet, og linjen får dokumentet til den nye malen. Vil du fortsette?</translation>
    </message>
    <message>
        <source>Line %1 (%2) has its own letter, edited for this contact. Changing the language discards that letter, and the line gets the template&apos;s document in the new language. Continue?</source>
        <translation>Linje %1 (%2) har sitt eget brev, redigert for denne kontakten. Hvis du endrer språket, forkastes brevet, og linjen får malens dokument på det nye språket. Vil du fortsette?</translation>
    </message>
    <message>
        <source>Discard the edited letter?</source>
        <translation>Forkaste det redigerte brevet?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these lines have their own edited letter: Yes discards those letters for good.</source>
        <translation>
            <numerusform>%n av disse linjene har sitt eget redigerte brev: Ja forkaster brevet for godt.</numerusform>
            <numerusform>%n av disse linjene har sine egne redigerte brev: Ja forkaster brevene for godt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed lines had its own edited letter. The letters are kept with the segment&apos;s history: Go back brings those lines back with them.</source>
        <translation>
            <numerusform>%n av de fjernede linjene hadde sitt eget redigerte brev. Brevet beholdes i segmentets historikk: Angre henter linjen tilbake med brevet.</numerusform>
            <numerusform>%n av de fjernede linjene hadde sine egne redigerte brev. Brevene beholdes i segmentets historikk: Angre henter linjene tilbake med brevene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edited letters of %n removed line(s) are then deleted for good.</source>
        <translation>
            <numerusform>Det redigerte brevet til %n fjernet linje slettes da for godt.</numerusform>
            <numerusform>De redigerte brevene til %n fjernede linjer slettes da for godt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneCallAction</name>
    <message>
        <source>&amp;Phone call…</source>
        <translation>&amp;Telefonsamtale…</translation>
    </message>
    <message>
        <source>Call the contact and log the call</source>
        <translation>Ring kontakten og loggfør samtalen</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
</context>
<context>
    <name>PhoneCallDialog</name>
    <message>
        <source>Phone call – %1</source>
        <translation>Telefonsamtale – %1</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Hand the number to the phone program of this computer</source>
        <translation>Gi nummeret til telefonprogrammet på denne datamaskinen</translation>
    </message>
    <message>
        <source>Phone &amp;number:</source>
        <translation>Telefon&amp;nummer:</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Interaction &amp;template:</source>
        <translation>Samhandlings&amp;mal:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>&amp;Kampanje:</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Salgsmulighet</translation>
    </message>
    <message>
        <source>What the call may lead to, if anything</source>
        <translation>Hva samtalen kan føre til, om noe</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>&amp;Salgsmulighet:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluering:</translation>
    </message>
    <message>
        <source>The call was &amp;successful</source>
        <translation>Samtalen var &amp;vellykket</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Clear this when nobody answered: the entry then says the attempt failed</source>
        <translation>Fjern merket når ingen svarte: posten sier da at forsøket mislyktes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>as the template says</source>
        <translation>som malen sier</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Varig&amp;het:</translation>
    </message>
    <message>
        <source>Comments, one per line</source>
        <translation>Kommentarer, én per linje</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>K&amp;ommentarer:</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Loggfør samtalen</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Loggfør samtalen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <source>No program on this computer places phone calls. Dial %1 on your phone, then log the call.</source>
        <translation>Ingen programmer på denne datamaskinen kan ringe. Slå %1 på telefonen din, og loggfør deretter samtalen.</translation>
    </message>
</context>
<context>
    <name>PostponedPage</name>
    <message>
        <source>&amp;Resume…</source>
        <translation>F&amp;ortsett…</translation>
    </message>
    <message>
        <source>Open the selected interaction in the wizard to finish it</source>
        <translation>Åpne den valgte samhandlingen i veiviseren for å fullføre den</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Delete the selected postponed interactions</source>
        <translation>Slett de valgte utsatte samhandlingene</translation>
    </message>
    <message>
        <source>Postponed interactions</source>
        <translation>Utsatte samhandlinger</translation>
    </message>
    <message>
        <source>No postponed interactions match the filters.</source>
        <translation>Ingen utsatte samhandlinger samsvarer med filtrene.</translation>
    </message>
    <message>
        <source>No postponed interactions. When you cancel the Create interaction wizard and choose to finish later, the interaction waits here until you resume it.</source>
        <translation>Ingen utsatte samhandlinger. Når du avbryter veiviseren Opprett samhandling og velger å fullføre senere, venter samhandlingen her til du fortsetter den.</translation>
    </message>
    <message numerus="yes">
        <source>%n postponed interaction(s)</source>
        <translation>
            <numerusform>%n utsatt samhandling</numerusform>
            <numerusform>%n utsatte samhandlinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete postponed interactions</source>
        <translation>Slett utsatte samhandlinger</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n postponed interaction(s) with their comments and letters? This cannot be undone.</source>
        <translation>
            <numerusform>Vil du slette %n utsatt samhandling med kommentarer og brev? Dette kan ikke angres.</numerusform>
            <numerusform>Vil du slette %n utsatte samhandlinger med kommentarer og brev? Dette kan ikke angres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview the letter for</source>
        <translation>Forhåndsvis brevet til</translation>
    </message>
    <message>
        <source>Open in Word</source>
        <translation>Åpne i Word</translation>
    </message>
    <message>
        <source>Opens a copy of this letter in your word processor; changing it changes nothing in the merge.</source>
        <translation>Åpner en kopi av dette brevet i tekstbehandleren din; endringer i den endrer ingenting i flettingen.</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Forhåndsvisning av brevet</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Forhåndsvisning for:</translation>
    </message>
    <message>
        <source>No letter to preview.</source>
        <translation>Ingen brev å forhåndsvise.</translation>
    </message>
    <message>
        <source>This letter cannot be made yet:</source>
        <translation>Dette brevet kan ikke lages ennå:</translation>
    </message>
    <message>
        <source>This letter cannot be shown.</source>
        <translation>Dette brevet kan ikke vises.</translation>
    </message>
    <message>
        <source>This letter cannot be shown: the document is damaged or is not a Word document. Open the template in Word, save it again as .docx and attach it again.</source>
        <translation>Dette brevet kan ikke vises: dokumentet er skadet eller er ikke et Word-dokument. Åpne malen i Word, lagre den på nytt som .docx, og legg den ved på nytt.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>Profile questionnaires</source>
        <translation>Profilspørreskjemaer</translation>
    </message>
    <message>
        <source>No profile questionnaires for this type of contact yet. An administrator sets them up under Setup → Codes → Profile questionnaires.</source>
        <translation>Ingen profilspørreskjemaer for denne kontakttypen ennå. En administrator setter dem opp under Oppsett → Koder → Profilspørreskjemaer.</translation>
    </message>
    <message>
        <source>Several answers may be ticked</source>
        <translation>Flere svar kan krysses av</translation>
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
    <name>QuestionLinesEditor</name>
    <message>
        <source>Questions and answers</source>
        <translation>Spørsmål og svar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Flere svar</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Legg til &amp;spørsmål</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>Legg til s&amp;var</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Add a question (Ctrl+Insert)</source>
        <translation>Legg til et spørsmål (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Add an answer to the question above (Insert)</source>
        <translation>Legg til et svar på spørsmålet over (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Fjern den valgte linjen (Delete)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation>Firmaer og personer</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Kontakttype</translation>
    </message>
    <message>
        <source>Questionnaires with a higher priority come first on the contact card</source>
        <translation>Spørreskjemaer med høyere prioritet kommer først på kontaktkortet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Each question is followed by its answers. On the card, the user ticks the answers.</source>
        <translation>Hvert spørsmål følges av svarene. På kortet krysser brukeren av svarene.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Kontakttype</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Profile questionnaires</source>
        <translation>Profilspørreskjemaer</translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation>Firmaer og personer</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Profile questionnaire %1</source>
        <translation>Profilspørreskjema %1</translation>
    </message>
    <message>
        <source>New profile questionnaire</source>
        <translation>Nytt profilspørreskjema</translation>
    </message>
    <message>
        <source>Delete questionnaire %1 (%2)? The contacts&apos; answers to it are deleted too. This cannot be undone.</source>
        <translation>Slette spørreskjema %1 (%2)? Kontaktenes svar på det slettes også. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>No profile questionnaires yet. Click New to add one: questions with their answers, which users then tick on the contact card (for example Company size: 1–10, 11–50, more than 50).</source>
        <translation>Ingen profilspørreskjemaer ennå. Klikk Ny for å legge til et: spørsmål med svar, som brukerne krysser av på kontaktkortet (for eksempel Firmastørrelse: 1–10, 11–50, mer enn 50).</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n spørreskjema</numerusform>
            <numerusform>%n spørreskjemaer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <source>The last database, %1, is no longer there; your own one is open.</source>
        <translation>Den siste databasen, %1, finnes ikke lenger; din egen er åpnet.</translation>
    </message>
    <message>
        <source>Rece&amp;nt databases</source>
        <translation>Ny&amp;lige databaser</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Nylige databaser</translation>
    </message>
    <message>
        <source>%1 is no longer there, so it has been taken off the list. If it was moved, open it from its new place with Open database.</source>
        <translation>%1 finnes ikke lenger, så den er fjernet fra listen. Hvis den er flyttet, åpner du den fra det nye stedet med Åpne database.</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <source>Related to</source>
        <translation>Knyttet til</translation>
    </message>
    <message>
        <source>Link the interaction to a campaign or an opportunity, if it belongs to one.</source>
        <translation>Knytt samhandlingen til en kampanje eller en salgsmulighet hvis den hører til en.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampanje:</translation>
    </message>
    <message>
        <source>The contact is a campaign &amp;target</source>
        <translation>Kontakten er et kampanje&amp;mål</translation>
    </message>
    <message>
        <source>Campaign target</source>
        <translation>Kampanjemål</translation>
    </message>
    <message>
        <source>The interaction is a campaign &amp;response</source>
        <translation>Samhandlingen er en kampanje&amp;respons</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Kampanjerespons</translation>
    </message>
    <message>
        <source>Describe the opportunity, if there is one</source>
        <translation>Beskriv salgsmuligheten hvis det finnes en</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Salgsmulighet</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>&amp;Salgsmulighet:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Record how the interaction went. Finish saves it in the interaction log.</source>
        <translation>Registrer hvordan samhandlingen gikk. Fullfør lagrer den i samhandlingsloggen.</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluering:</translation>
    </message>
    <message>
        <source>The interaction was &amp;successful</source>
        <translation>Samhandlingen var &amp;vellykket</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Clear this when the attempt failed, for example when nobody answered</source>
        <translation>Fjern merket når forsøket mislyktes, for eksempel når ingen svarte</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kostnad:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Varig&amp;het:</translation>
    </message>
    <message>
        <source>Comments, one per line</source>
        <translation>Kommentarer, én per linje</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>K&amp;ommentarer:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Only an administrator can change setup. Ask an administrator of ContactDesk to make the change.</source>
        <translation>Bare en administrator kan endre oppsettet. Be en administrator av ContactDesk om å gjøre endringen.</translation>
    </message>
    <message>
        <source>Only an administrator can do this. Ask an administrator of ContactDesk.</source>
        <translation>Bare en administrator kan gjøre dette. Spør en administrator av ContactDesk.</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message numerus="yes">
        <source>The template cannot change without updating the segment lines, because %n line(s) use the segment&apos;s document. Answer Yes to apply the new template to all lines, or keep the template.</source>
        <translation>
            <numerusform>Malen kan ikke endres uten å oppdatere segmentlinjene, fordi %n linje bruker segmentets dokument. Svar Ja for å bruke den nye malen på alle linjene, eller behold malen.</numerusform>
            <numerusform>Malen kan ikke endres uten å oppdatere segmentlinjene, fordi %n linjer bruker segmentets dokument. Svar Ja for å bruke den nye malen på alle linjene, eller behold malen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this segment have their own edited letter, which this change would discard, so nothing was changed. Make the change again and answer Yes to discard the letters.</source>
        <translation>
            <numerusform>%n linje i dette segmentet har sitt eget redigerte brev, som denne endringen ville forkaste, så ingenting er endret. Gjør endringen på nytt og svar Ja for å forkaste brevet.</numerusform>
            <numerusform>%n linjer i dette segmentet har sine egne redigerte brev, som denne endringen ville forkaste, så ingenting er endret. Gjør endringen på nytt og svar Ja for å forkaste brevene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 merges its default language&apos;s Word document (wizard action Merge), so that document cannot go. Choose another wizard action first.</source>
        <translation>Malen %1 fletter Word-dokumentet for standardspråket sitt (veiviserhandling Flette), så det dokumentet kan ikke fjernes. Velg en annen veiviserhandling først.</translation>
    </message>
    <message>
        <source>Template %1 cannot use the wizard action Merge: its default language has no Word document to merge. Add a document for the default language first, or choose another wizard action.</source>
        <translation>Malen %1 kan ikke bruke veiviserhandlingen Flette: standardspråket har ikke noe Word-dokument å flette. Legg først til et dokument for standardspråket, eller velg en annen veiviserhandling.</translation>
    </message>
    <message>
        <source>Template %1 uses the wizard action Import, so its default language cannot have a Word document to merge. Choose another wizard action first, or add the document to another language.</source>
        <translation>Malen %1 bruker veiviserhandlingen Importere, så standardspråket kan ikke ha et Word-dokument å flette. Velg en annen veiviserhandling først, eller legg dokumentet til et annet språk.</translation>
    </message>
    <message>
        <source>Template %1 cannot use the wizard action Import while its default language has a Word document to merge. Remove that document first, or choose another wizard action.</source>
        <translation>Malen %1 kan ikke bruke veiviserhandlingen Importere så lenge standardspråket har et Word-dokument å flette. Fjern det dokumentet først, eller velg en annen veiviserhandling.</translation>
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
        <source>Create &amp;interaction…</source>
        <translation>&amp;Opprett samhandling…</translation>
    </message>
    <message>
        <source>Create interaction for the selected salesperson</source>
        <translation>Opprett samhandling for den valgte selgeren</translation>
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
    <name>SavedCriteriaDialog</name>
    <message>
        <source>Reuse criteria</source>
        <translation>Bruk kriterier på nytt</translation>
    </message>
    <message>
        <source>Saved segmentation criteria</source>
        <translation>Lagrede segmenteringskriterier</translation>
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
        <source>Saved by</source>
        <translation>Lagret av</translation>
    </message>
    <message>
        <source>Criteria actions</source>
        <translation>Kriteriehandlinger</translation>
    </message>
    <message>
        <source>Criteria actions of the selected set</source>
        <translation>Kriteriehandlinger i det valgte settet</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Gi nytt navn…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Bruk på nytt</translation>
    </message>
    <message>
        <source>Criteria actions, replayed in this order:</source>
        <translation>Kriteriehandlinger, kjøres på nytt i denne rekkefølgen:</translation>
    </message>
    <message>
        <source>Rename saved criteria</source>
        <translation>Gi lagrede kriterier nytt navn</translation>
    </message>
    <message>
        <source>Delete saved criteria</source>
        <translation>Slett lagrede kriterier</translation>
    </message>
    <message>
        <source>Delete the saved criteria %1? Segments built with them keep their lines.</source>
        <translation>Vil du slette de lagrede kriteriene %1? Segmenter som er bygd med dem, beholder linjene sine.</translation>
    </message>
</context>
<context>
    <name>SegmentHeaderForm</name>
    <message>
        <source>Segment header</source>
        <translation>Segmenthode</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Samhandling</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaler</translation>
    </message>
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
        <source>Language (default)</source>
        <translation>Språk (standard)</translation>
    </message>
    <message>
        <source>Subject (default)</source>
        <translation>Emne (standard)</translation>
    </message>
    <message>
        <source>Correspondence type (default)</source>
        <translation>Korrespondansetype (standard)</translation>
    </message>
    <message>
        <source>Ignore the contact&apos;s correspondence type</source>
        <translation>Ignorer kontaktens korrespondansetype</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Contacts are campaign targets</source>
        <translation>Kontaktene er kampanjemål</translation>
    </message>
    <message>
        <source>Interaction is a campaign response</source>
        <translation>Samhandlingen er en kampanjerespons</translation>
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
        <source>Unit cost</source>
        <translation>Enhetskostnad</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Varighet per enhet (min)</translation>
    </message>
    <message>
        <source>No. of lines</source>
        <translation>Antall linjer</translation>
    </message>
    <message>
        <source>No. of criteria actions</source>
        <translation>Antall kriteriehandlinger</translation>
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
        <source>(no language)</source>
        <translation>(uten språk)</translation>
    </message>
</context>
<context>
    <name>SegmentLinesModel</name>
    <message>
        <source>Line no.</source>
        <translation>Linjenr.</translation>
    </message>
    <message>
        <source>Contact no.</source>
        <translation>Kontaktnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
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
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Own letter</source>
        <translation>Eget brev</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Personal comment</source>
        <translation>Personlig kommentar</translation>
    </message>
    <message>
        <source>Why is this contact here</source>
        <translation>Hvorfor er denne kontakten her</translation>
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
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>This line has its own edited letter: it is delivered as it is, not merged.</source>
        <translation>Denne linjen har sitt eget redigerte brev: det sendes som det er, uten fletting.</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(uten språk)</translation>
    </message>
</context>
<context>
    <name>SegmentTexts</name>
    <message>
        <source>Contact no.</source>
        <translation>Kontaktnr.</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Kontakttype</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <source>Salesperson</source>
        <translation>Selger</translation>
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
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Bransjegruppe</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Forretningsforbindelse</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Utsendelsesgruppe</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Stillingsansvar</translation>
    </message>
    <message>
        <source>Profile questionnaire</source>
        <translation>Profilspørreskjema</translation>
    </message>
    <message>
        <source>Profile answer</source>
        <translation>Profilsvar</translation>
    </message>
    <message>
        <source>Earlier interaction template</source>
        <translation>Tidligere samhandlingsmal</translation>
    </message>
    <message>
        <source>Earlier interaction date</source>
        <translation>Dato for tidligere samhandling</translation>
    </message>
    <message>
        <source>Earlier interaction salesperson</source>
        <translation>Selger for tidligere samhandling</translation>
    </message>
    <message>
        <source>Earlier interaction segment</source>
        <translation>Segment for tidligere samhandling</translation>
    </message>
    <message>
        <source>Earlier interaction campaign</source>
        <translation>Kampanje for tidligere samhandling</translation>
    </message>
    <message>
        <source>Earlier interaction evaluation</source>
        <translation>Evaluering av tidligere samhandling</translation>
    </message>
    <message>
        <source>Logged segment</source>
        <translation>Loggført segment</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Legg til kontakter</translation>
    </message>
    <message>
        <source>Remove contacts (Reduce)</source>
        <translation>Fjern kontakter (Reduser)</translation>
    </message>
    <message>
        <source>Remove contacts (Refine)</source>
        <translation>Fjern kontakter (Avgrens)</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>alle kontakter</translation>
    </message>
    <message>
        <source>Added before the criteria were reset</source>
        <translation>Lagt til før kriteriene ble tilbakestilt</translation>
    </message>
    <message>
        <source>#%1 added by hand</source>
        <translation>#%1 lagt til manuelt</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Lagt til manuelt</translation>
    </message>
    <message>
        <source>Removed by hand</source>
        <translation>Fjernet manuelt</translation>
    </message>
    <message>
        <source>Every contact that matches is on the segment already or is excluded from segments, so no line was added. Tick &quot;Allow existing contacts&quot; or &quot;Ignore exclusion&quot; to add them anyway.</source>
        <translation>Alle samsvarende kontakter står allerede på segmentet eller er utelatt fra segmenter, så ingen linje ble lagt til. Merk av for &quot;Tillat eksisterende kontakter&quot; eller &quot;Ignorer utelatelse&quot; for å legge dem til likevel.</translation>
    </message>
    <message>
        <source>Every line matches these criteria, so Refine removed no line.</source>
        <translation>Alle linjene samsvarer med disse kriteriene, så Avgrens fjernet ingen linje.</translation>
    </message>
    <message>
        <source>No contact matches these criteria, so no line changed.</source>
        <translation>Ingen kontakter samsvarer med disse kriteriene, så ingen linje ble endret.</translation>
    </message>
    <message>
        <source>The criteria action is recorded; Go back removes it.</source>
        <translation>Kriteriehandlingen er registrert; Angre fjerner den.</translation>
    </message>
</context>
<context>
    <name>SegmentWorksheet</name>
    <message>
        <source>Segment lines</source>
        <translation>Segmentlinjer</translation>
    </message>
    <message>
        <source>Segment actions</source>
        <translation>Segmenthandlinger</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Flett…</translation>
    </message>
    <message>
        <source>Write a Word letter for every line, after a check and a preview</source>
        <translation>Skriv et Word-brev for hver linje, etter en kontroll og en forhåndsvisning</translation>
    </message>
    <message>
        <source>This segment has no lines yet</source>
        <translation>Dette segmentet har ingen segmentlinjer ennå</translation>
    </message>
    <message>
        <source>Each line is a contact who gets the interaction. Add contacts by criteria (for example a mailing group or a city), or add a contact by hand.</source>
        <translation>Hver linje er en kontakt som får samhandlingen. Legg til kontakter etter kriterier (for eksempel en utsendelsesgruppe eller et sted), eller legg til en kontakt manuelt.</translation>
    </message>
    <message>
        <source>Add contacts…</source>
        <translation>Legg til kontakter…</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Legg til en kontakt…</translation>
    </message>
    <message>
        <source>Segment %1 – %2</source>
        <translation>Segment %1 – %2</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(ingen beskrivelse)</translation>
    </message>
    <message>
        <source>Update segment lines</source>
        <translation>Oppdater segmentlinjer</translation>
    </message>
    <message>
        <source>Apply template %1 to all segment lines? Every value that comes from the template is recalculated on them.</source>
        <translation>Vil du bruke samhandlingsmal %1 på alle segmentlinjene? Alle verdier som kommer fra malen, beregnes på nytt for dem.</translation>
    </message>
    <message>
        <source>You changed the subject to &quot;%1&quot;. Update the segment lines that still have the old subject?</source>
        <translation>Du har endret emnet til &quot;%1&quot;. Vil du oppdatere segmentlinjene som fortsatt har det gamle emnet?</translation>
    </message>
    <message>
        <source>You changed the default language to %1. Update the segment lines that use the default language?</source>
        <translation>Du har endret standardspråket til %1. Vil du oppdatere segmentlinjene som bruker standardspråket?</translation>
    </message>
    <message>
        <source>You changed %3. Update the segment lines with interaction template %2 that still have the old value?</source>
        <translation>Du har endret %3. Vil du oppdatere segmentlinjene med samhandlingsmal %2 som fortsatt har den gamle verdien?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
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
        <source>Search segments</source>
        <translation>Søk i segmenter</translation>
    </message>
    <message>
        <source>Search by number or description</source>
        <translation>Søk etter nummer eller beskrivelse</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Ingen segmenter ennå</translation>
    </message>
    <message>
        <source>A segment groups the contacts that get the same interaction, such as a letter. Make one, then add its contacts by criteria or by hand.</source>
        <translation>Et segment samler kontaktene som får samme samhandling, for eksempel et brev. Opprett et segment, og legg deretter til kontaktene etter kriterier eller manuelt.</translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation>&amp;Nytt segment</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>No segment matches “%1”.</source>
        <translation>Ingen segmenter samsvarer med “%1”.</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nytt segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Slett segment</translation>
    </message>
    <message>
        <source>Delete segment %1 with all its lines and criteria? This cannot be undone.</source>
        <translation>Vil du slette segment %1 med alle linjer og kriterier? Dette kan ikke angres.</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>A segment&apos;s worksheet has its own shortcuts: they are listed here while a worksheet is open.</source>
        <translation>Arbeidsarket for et segment har egne hurtigtaster: de står her så lenge et arbeidsark er åpent.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Interaction statistics</source>
        <translation>Samhandlingsstatistikk</translation>
    </message>
    <message>
        <source>Per template</source>
        <translation>Per mal</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per gruppe</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Samhandlingsgruppe</translation>
    </message>
    <message>
        <source>Per salesperson</source>
        <translation>Per selger</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Samhandlinger</translation>
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
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Fra %1 til %2</translation>
    </message>
    <message>
        <source>%1. Canceled and postponed interactions are not counted.</source>
        <translation>%1. Annullerte og utsatte samhandlinger telles ikke med.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Open folder</source>
        <translation>Åpne mappe</translation>
    </message>
    <message>
        <source>Open combined document</source>
        <translation>Åpne samlet dokument</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
    </message>
    <message>
        <source>Merge canceled</source>
        <translation>Flettingen ble avbrutt</translation>
    </message>
    <message>
        <source>The letters are ready</source>
        <translation>Brevene er klare</translation>
    </message>
    <message>
        <source>Combined document for printing: %1</source>
        <translation>Samlet dokument for utskrift: %1</translation>
    </message>
    <message>
        <source>Letters with another layout are combined in %1</source>
        <translation>Brev med et annet oppsett er samlet i %1</translation>
    </message>
    <message>
        <source>No combined document was asked for.</source>
        <translation>Det ble ikke bedt om noe samlet dokument.</translation>
    </message>
    <message>
        <source>Every letter goes by e-mail, so there is nothing to print.</source>
        <translation>Alle brevene sendes som e-post, så det er ingenting å skrive ut.</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
</context>
<context>
    <name>SyncAction</name>
    <message>
        <source>S&amp;ynchronise with office…</source>
        <translation>S&amp;ynkroniser med kontoret…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the office and receive the office&apos;s</source>
        <translation>Send endringene fra denne bærbare PC-en til kontoret, og motta kontorets</translation>
    </message>
    <message>
        <source>Synchronise with office</source>
        <translation>Synkroniser med kontoret</translation>
    </message>
    <message>
        <source>This laptop and the office were already up to date.</source>
        <translation>Denne bærbare PC-en og kontoret var allerede oppdatert.</translation>
    </message>
    <message>
        <source>Synchronised with the office: %1 sent, %2 received.</source>
        <translation>Synkronisert med kontoret: %1 sendt, %2 mottatt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you: the office value stands until you choose on the Conflicts page.</source>
        <translation>
            <numerusform>%n konflikt trenger deg: kontorets verdi står til du velger på siden Konflikter.</numerusform>
            <numerusform>%n konflikter trenger deg: kontorets verdi står til du velger på siden Konflikter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for the office database:</source>
        <translation>Passord for kontordatabasen:</translation>
    </message>
    <message>
        <source>Cannot synchronise</source>
        <translation>Kan ikke synkronisere</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <source>The sync stopped with an unexpected error. What was not finished was left as it was.</source>
        <translation>Synkroniseringen stoppet med en uventet feil. Det som ikke var ferdig, ble latt være som det var.</translation>
    </message>
</context>
<context>
    <name>SyncOfferBar</name>
    <message>
        <source>Synchronise</source>
        <translation>Synkroniser</translation>
    </message>
    <message>
        <source>The office can be reached. Synchronise now to send your changes and receive the office&apos;s.</source>
        <translation>Kontoret kan nås. Synkroniser nå for å sende endringene dine og motta kontorets.</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Connecting to the office…</source>
        <translation>Kobler til kontoret…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Synchronise with office</source>
        <translation>Synkroniser med kontoret</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s changes to the office…</source>
        <translation>Sender endringene fra denne bærbare PC-en til kontoret…</translation>
    </message>
    <message>
        <source>Receiving the office&apos;s changes…</source>
        <translation>Mottar kontorets endringer…</translation>
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
        <translation>S&amp;pråk:</translation>
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
        <translation>&amp;Eksporter…</translation>
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
        <translation>F&amp;jern</translation>
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
    <name>TypePage</name>
    <message>
        <source>Type of interaction</source>
        <translation>Samhandlingstype</translation>
    </message>
    <message>
        <source>Choose the contact, the interaction template and a description.</source>
        <translation>Velg kontakten, samhandlingsmalen og en beskrivelse.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Samhandlingsmal</translation>
    </message>
    <message>
        <source>Interaction &amp;template:</source>
        <translation>Samhandlings&amp;mal:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Flere alternativer</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Selger:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Kl&amp;okkeslett:</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Korrespondansetype</translation>
    </message>
    <message>
        <source>Correspondence t&amp;ype:</source>
        <translation>Ko&amp;rrespondansetype:</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informasjonsflyt</translation>
    </message>
    <message>
        <source>Information &amp;flow:</source>
        <translation>Informasjonsf&amp;lyt:</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiert av</translation>
    </message>
    <message>
        <source>I&amp;nitiated by:</source>
        <translation>&amp;Initiert av:</translation>
    </message>
    <message>
        <source>Select a contact to interact with: type its number or part of its name.</source>
        <translation>Velg en kontakt å samhandle med: skriv inn nummeret eller en del av navnet.</translation>
    </message>
    <message>
        <source>The interaction template is mandatory. Choose one from the list.</source>
        <translation>Samhandlingsmalen er obligatorisk. Velg en fra listen.</translation>
    </message>
    <message>
        <source>The description is mandatory. Type what this interaction is about.</source>
        <translation>Beskrivelsen er obligatorisk. Skriv hva denne samhandlingen gjelder.</translation>
    </message>
</context>
<context>
    <name>UnknownCodesBox</name>
    <message>
        <source>Codes that are not set up yet</source>
        <translation>Koder som ikke er satt opp ennå</translation>
    </message>
    <message>
        <source>Tick the codes the import should create (you can describe them under Setup afterwards).</source>
        <translation>Kryss av kodene importen skal opprette (du kan beskrive dem under Oppsett etterpå).</translation>
    </message>
    <message>
        <source>C&amp;reate the ticked codes and check again</source>
        <translation>&amp;Opprett de avkryssede kodene og kontroller på nytt</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Bransjegruppe</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Forretningsforbindelse</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Utsendelsesgruppe</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Stillingsansvar</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n row(s), first row %3)</source>
        <translation>
            <numerusform>%1 %2 (%n rad, første rad %3)</numerusform>
            <numerusform>%1 %2 (%n rader, første rad %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User %1</source>
        <translation>Bruker %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny bruker</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Pålogging</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gjenta passordet</translation>
    </message>
    <message>
        <source>The name the user logs in to the database server with: letters, digits and _ . @ - (no spaces). A new login gets this password; for a login the server has already, leave the password empty.</source>
        <translation>Navnet brukeren logger på databaseserveren med: bokstaver, sifre og _ . @ - (ingen mellomrom). En ny pålogging får dette passordet; for en pålogging serveren allerede har, lar du passordet stå tomt.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Staff: contacts, segments, interactions and letters</source>
        <translation>Medarbeider: kontakter, segmenter, samhandlinger og brev</translation>
    </message>
    <message>
        <source>Administrator: also setup, users and deleting logged segments</source>
        <translation>Administrator: også oppsett, brukere og sletting av loggførte segmenter</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>May use ContactDesk</source>
        <translation>Kan bruke ContactDesk</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>De to passordene er ulike. Skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Bruker: %1 (%2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Bruker: %1</translation>
    </message>
    <message>
        <source>New segments and interactions get your salesperson %1.</source>
        <translation>Nye segmenter og samhandlinger får selgeren din %1.</translation>
    </message>
    <message>
        <source>No salesperson is set up for you: new interactions get the contact&apos;s salesperson.</source>
        <translation>Det er ikke satt opp noen selger for deg: nye samhandlinger får kontaktens selger.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbeider</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Pålogging</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tilgang</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Taken away</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>&amp;Take access away…</source>
        <translation>Fjern &amp;tilgang…</translation>
    </message>
    <message>
        <source>Take the selected user&apos;s access away</source>
        <translation>Fjern tilgangen til den valgte brukeren</translation>
    </message>
    <message>
        <source>Take away %1&apos;s access to ContactDesk? The login stays on the database server but can no longer connect to this database. Edit the user to give the access back.</source>
        <translation>Fjerne tilgangen %1 har til ContactDesk? Påloggingen blir værende på databaseserveren, men kan ikke lenger koble til denne databasen. Rediger brukeren for å gi tilgangen tilbake.</translation>
    </message>
    <message>
        <source>Users and roles are for the office database on a PostgreSQL server, where everyone logs in as themselves. On this computer&apos;s own database you are the only user and may change everything.</source>
        <translation>Brukere og roller er for kontordatabasen på en PostgreSQL-server, der alle logger på som seg selv. I denne datamaskinens egen database er du den eneste brukeren og kan endre alt.</translation>
    </message>
    <message>
        <source>No users yet. Click New to add the first one.</source>
        <translation>Ingen brukere ennå. Klikk Ny for å legge til den første.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n bruker</numerusform>
            <numerusform>%n brukere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetActions</name>
    <message>
        <source>Add contacts…</source>
        <translation>Legg til kontakter…</translation>
    </message>
    <message>
        <source>Reduce…</source>
        <translation>Reduser…</translation>
    </message>
    <message>
        <source>Refine…</source>
        <translation>Avgrens…</translation>
    </message>
    <message>
        <source>Add by hand…</source>
        <translation>Legg til manuelt…</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>Fjern linjer</translation>
    </message>
    <message>
        <source>Go back…</source>
        <translation>Angre…</translation>
    </message>
    <message>
        <source>Save criteria…</source>
        <translation>Lagre kriterier…</translation>
    </message>
    <message>
        <source>Reuse criteria…</source>
        <translation>Bruk kriterier på nytt…</translation>
    </message>
    <message>
        <source>Saved criteria…</source>
        <translation>Lagrede kriterier…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Undo the last criteria action (%1 so far)</source>
        <translation>Angre den siste kriteriehandlingen (%1 så langt)</translation>
    </message>
    <message>
        <source>Segmentation criteria</source>
        <translation>Segmenteringskriterier</translation>
    </message>
    <message>
        <source>Applying the segmentation criteria…</source>
        <translation>Bruker segmenteringskriteriene…</translation>
    </message>
    <message>
        <source>Your segment is now empty. Reset the number of criteria actions?</source>
        <translation>Segmentet er nå tomt. Vil du tilbakestille antall kriteriehandlinger?</translation>
    </message>
    <message>
        <source>Reset criteria actions</source>
        <translation>Tilbakestill kriteriehandlinger</translation>
    </message>
    <message>
        <source>The segment will be empty. Also forget its criteria actions? Go back is then no longer possible.</source>
        <translation>Segmentet blir tomt. Vil du også glemme kriteriehandlingene? Da er det ikke lenger mulig å angre.</translation>
    </message>
    <message>
        <source>This undoes the last criteria action:
%1

Continue?</source>
        <translation>Dette angrer den siste kriteriehandlingen:
%1

Vil du fortsette?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Going back…</source>
        <translation>Angrer…</translation>
    </message>
    <message>
        <source>Save criteria</source>
        <translation>Lagre kriterier</translation>
    </message>
    <message>
        <source>Criteria saved as %1.</source>
        <translation>Kriteriene er lagret som %1.</translation>
    </message>
    <message>
        <source>Reuse criteria</source>
        <translation>Bruk kriterier på nytt</translation>
    </message>
    <message>
        <source>Reusing criteria %1…</source>
        <translation>Bruker kriteriene %1 på nytt…</translation>
    </message>
</context>
</TS>
