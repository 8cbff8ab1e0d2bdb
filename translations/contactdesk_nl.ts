<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ContactDesk</source>
        <translation>Over ContactDesk</translation>
    </message>
    <message>
        <source>Contacts, segments, interactions and Word letters, on your own computer or your office&apos;s server.</source>
        <translation>Contacten, segmenten, interacties en Word-brieven, op uw eigen computer of de server van uw kantoor.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versies &amp;kopiëren</translation>
    </message>
    <message>
        <source>%1, schema version %2 of %3</source>
        <translation>%1, schemaversie %2 van %3</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>geen geopend</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>AltAddressDialog</name>
    <message>
        <source>Alternative address %1</source>
        <translation>Alternatief adres %1</translation>
    </message>
    <message>
        <source>New alternative address</source>
        <translation>Nieuw alternatief adres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Bedrijfs&amp;naam</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>Adres &amp;2</translation>
    </message>
    <message>
        <source>&amp;Post code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Plaat&amp;s</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>&amp;Land/regio</translation>
    </message>
    <message>
        <source>Communication and dates</source>
        <translation>Communicatie en datums</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Geldig &amp;vanaf</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Geldig t&amp;ot en met</translation>
    </message>
    <message>
        <source>Segment lines dated from this day on use this address. Without it, no line uses it by itself.</source>
        <translation>Segmentregels met een datum vanaf deze dag gebruiken dit adres. Zonder deze datum gebruikt geen regel het uit zichzelf.</translation>
    </message>
    <message>
        <source>The last day the address is used. Leave it open for no end.</source>
        <translation>De laatste dag waarop het adres wordt gebruikt. Laat leeg voor geen einde.</translation>
    </message>
</context>
<context>
    <name>AltAddressTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
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
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <source>Alternative addresses</source>
        <translation>Alternatieve adressen</translation>
    </message>
    <message>
        <source>No alternative addresses</source>
        <translation>Geen alternatieve adressen</translation>
    </message>
    <message>
        <source>Add an address this contact also uses, such as a summer address, with the dates it is valid. Segment lines dated within them send letters and e-mail there.</source>
        <translation>Voeg een adres toe dat dit contact ook gebruikt, zoals een zomeradres, met de datums waarop het geldt. Segmentregels met een datum daartussen sturen brieven en e-mail naar dat adres.</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>Nieuw adres…</translation>
    </message>
    <message>
        <source>&amp;New address…</source>
        <translation>&amp;Nieuw adres…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete alternative address</source>
        <translation>Alternatief adres verwijderen</translation>
    </message>
    <message>
        <source>Delete the alternative address %1?</source>
        <translation>Het alternatieve adres %1 verwijderen?</translation>
    </message>
</context>
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
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Re&amp;servekopie maken…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Terugzetten uit reservekopie…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Reservekopie van de database maken…</translation>
    </message>
    <message>
        <source>Database backed up to %1.</source>
        <translation>Reservekopie van de database opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <source>This replaces everything in the database %1 with the backup %2. Changes made since that backup are lost. A copy of the database as it is now is kept first. Restore?</source>
        <translation>Hiermee wordt alles in de database %1 vervangen door de reservekopie %2. Wijzigingen sinds die reservekopie gaan verloren. Eerst wordt een kopie van de database zoals die nu is bewaard. Terugzetten?</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as %1.</source>
        <translation>De reservekopie is teruggezet. De database zoals die daarvoor was, is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>CampaignCard</name>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nieuwe campagne</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Given on Save</source>
        <translation>Volgt bij Opslaan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Starting date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Ending date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <source>Canceled and postponed interactions do not count.</source>
        <translation>Geannuleerde en uitgestelde interacties tellen niet mee.</translation>
    </message>
    <message>
        <source>Create &amp;interaction…</source>
        <translation>&amp;Interactie maken…</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Geactiveerd</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Niet geactiveerd</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>D&amp;eactiveren</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activeren</translation>
    </message>
    <message>
        <source>Save the campaign first; its statistics appear here.</source>
        <translation>Sla de campagne eerst op; de statistieken verschijnen dan hier.</translation>
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
        <translation>Volgnr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>Logged segment</source>
        <translation>Geregistreerd segment</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Campaign entries</source>
        <translation>Campagneposten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel or restore</source>
        <translation>A&amp;nnuleren of herstellen</translation>
    </message>
    <message>
        <source>Cancel the selected campaign entries with their interactions, or restore them</source>
        <translation>De geselecteerde campagneposten met hun interacties annuleren, of ze herstellen</translation>
    </message>
    <message>
        <source>De&amp;lete canceled entries…</source>
        <translation>Geannuleerde posten verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
</context>
<context>
    <name>CampaignTexts</name>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · cost %2 · %3 min</source>
        <translation>%1 · kosten %2 · %3 min</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interactie</numerusform>
            <numerusform>%n interacties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n target contact(s) reached</source>
        <translation>
            <numerusform>%n doelcontact bereikt</numerusform>
            <numerusform>%n doelcontacten bereikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) in the target group</source>
        <translation>
            <numerusform>%n bedrijf in de doelgroep</numerusform>
            <numerusform>%n bedrijven in de doelgroep</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>Nog geen doelen</translation>
    </message>
    <message>
        <source>Mark the segment lines of this campaign as campaign target, or log an interaction as a campaign target: the contact&apos;s company appears here, once.</source>
        <translation>Markeer de segmentregels van deze campagne als campagnedoel, of registreer een interactie als campagnedoel: het bedrijf van het contact verschijnt hier, één keer.</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Niet geactiveerd</translation>
    </message>
    <message>
        <source>Activate the campaign to fill its target group: the company of every segment line and logged interaction marked as campaign target, once per company.</source>
        <translation>Activeer de campagne om de doelgroep te vullen: het bedrijf van elke segmentregel en geregistreerde interactie die als campagnedoel is gemarkeerd, één keer per bedrijf.</translation>
    </message>
    <message>
        <source>Campaign %1 is now activated.</source>
        <translation>Campagne %1 is nu geactiveerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) are in its target group.</source>
        <translation>
            <numerusform>Er staat %n bedrijf in de doelgroep.</numerusform>
            <numerusform>Er staan %n bedrijven in de doelgroep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate campaign %1? Its target group is emptied.</source>
        <translation>Campagne %1 deactiveren? De doelgroep wordt leeggemaakt.</translation>
    </message>
    <message>
        <source>Campaign %1 is no longer activated.</source>
        <translation>Campagne %1 is niet meer geactiveerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) left its target group.</source>
        <translation>
            <numerusform>%n bedrijf is uit de doelgroep gehaald.</numerusform>
            <numerusform>%n bedrijven zijn uit de doelgroep gehaald.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaign %1 “%2”?</source>
        <translation>Campagne %1 “%2” verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n campaign entry(ies) and their interaction log entries?</source>
        <translation>
            <numerusform>%n campagnepost en de bijbehorende interactielogposten herstellen?</numerusform>
            <numerusform>%n campagneposten en de bijbehorende interactielogposten herstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n campaign entry(ies)? Their interaction log entries are canceled too and no longer count.</source>
        <translation>
            <numerusform>%n campagnepost annuleren? De bijbehorende interactielogposten worden ook geannuleerd en tellen niet meer mee.</numerusform>
            <numerusform>%n campagneposten annuleren? De bijbehorende interactielogposten worden ook geannuleerd en tellen niet meer mee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled campaign entry(ies) and their interaction log entries? This cannot be undone.</source>
        <translation>
            <numerusform>%n geannuleerde campagnepost en de bijbehorende interactielogposten verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n geannuleerde campagneposten en de bijbehorende interactielogposten verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign entry(ies) deleted.</source>
        <translation>
            <numerusform>%n campagnepost verwijderd.</numerusform>
            <numerusform>%n campagneposten verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign entry %1 belongs to logged segment %2, which is canceled. Restore the logged segment instead.</source>
        <translation>Campagnepost %1 hoort bij geregistreerd segment %2, dat geannuleerd is. Herstel in plaats daarvan het geregistreerde segment.</translation>
    </message>
    <message>
        <source>Campaign entry %1 is not canceled. Only canceled entries can be deleted; cancel it first.</source>
        <translation>Campagnepost %1 is niet geannuleerd. Alleen geannuleerde posten kunnen worden verwijderd; annuleer hem eerst.</translation>
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
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Starting date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Ending date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Geactiveerd</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacties</translation>
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
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Nog geen campagnes</translation>
    </message>
    <message>
        <source>A campaign gathers the segments and interactions of one marketing effort, and counts what they cost. Create one, then choose it on a segment or in Create interaction.</source>
        <translation>Een campagne bundelt de segmenten en interacties van één marketingactie en telt wat ze kosten. Maak er een en kies die dan op een segment of in Interactie maken.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nieuwe campagne</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Campagnes zoeken</translation>
    </message>
    <message>
        <source>Search by number or description</source>
        <translation>Zoek op nummer of omschrijving</translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation>Campagneacties</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Nieuwe campagne</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activeren</translation>
    </message>
    <message>
        <source>Create &amp;interaction…</source>
        <translation>&amp;Interactie maken…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>No campaign matches “%1”.</source>
        <translation>Geen campagne komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>D&amp;eactiveren</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Campagne verwijderen</translation>
    </message>
</context>
<context>
    <name>CardClassification</name>
    <message>
        <source>Profile answers: %1</source>
        <translation>Profielantwoorden: %1</translation>
    </message>
    <message>
        <source>Profile answers: none yet</source>
        <translation>Profielantwoorden: nog geen</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Every row has been checked. Nothing has been written yet.</source>
        <translation>Elke rij is gecontroleerd. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Komt overeen met</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Vanwege</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicaten</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>Rijen met problemen &amp;overslaan en de andere importeren</translation>
    </message>
    <message>
        <source>Rows that are already there</source>
        <translation>Rijen die er al zijn</translation>
    </message>
    <message>
        <source>S&amp;kip them</source>
        <translation>Ove&amp;rslaan</translation>
    </message>
    <message>
        <source>&amp;Update the contact</source>
        <translation>Het contact &amp;bijwerken</translation>
    </message>
    <message>
        <source>&amp;Add them anyway</source>
        <translation>Toch to&amp;evoegen</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n rij controleren…</numerusform>
            <numerusform>%n rijen controleren…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be checked. Go back, correct the choice and try again.</source>
        <translation>Het bestand kon niet worden gecontroleerd. Ga terug, corrigeer de keuze en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicaten (%1)</translation>
    </message>
    <message>
        <source>Problems found by the template check</source>
        <translation>Problemen gevonden bij de sjablooncontrole</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Wat de controle heeft gevonden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Problems that stop the logging</source>
        <translation>Problemen die het registreren tegenhouden</translation>
    </message>
    <message>
        <source>Last-moment check</source>
        <translation>Controle op het laatste moment</translation>
    </message>
    <message>
        <source>Contacts that should not get this interaction now</source>
        <translation>Contacten die deze interactie nu niet moeten krijgen</translation>
    </message>
    <message>
        <source>&amp;Skip these contacts and log the rest</source>
        <translation>Deze contacten &amp;overslaan en de rest registreren</translation>
    </message>
    <message>
        <source>S&amp;top: log nothing now</source>
        <translation>S&amp;toppen: nu niets registreren</translation>
    </message>
    <message>
        <source>The segment cannot be logged yet. Fix these problems first:</source>
        <translation>Het segment kan nog niet worden geregistreerd. Los eerst deze problemen op:</translation>
    </message>
    <message>
        <source>Everything else is ready. Choose what happens with the contacts below.</source>
        <translation>Al het andere is klaar. Kies wat er met de onderstaande contacten gebeurt.</translation>
    </message>
    <message>
        <source>Everything is ready to log.</source>
        <translation>Alles is klaar om te registreren.</translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
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
        <source>From company %1; change them on its card.</source>
        <translation>Van bedrijf %1; wijzig ze op de kaart van het bedrijf.</translation>
    </message>
    <message>
        <source>A person has those of its company; this person has no company.</source>
        <translation>Een persoon heeft die van zijn bedrijf; deze persoon heeft geen bedrijf.</translation>
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
    <name>CodeListBox</name>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add – %1</source>
        <translation>Toevoegen – %1</translation>
    </message>
    <message>
        <source>Add codes (Insert)</source>
        <translation>Codes toevoegen (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove – %1</source>
        <translation>Verwijderen – %1</translation>
    </message>
    <message>
        <source>Remove the selected codes (Delete)</source>
        <translation>De geselecteerde codes verwijderen (Delete)</translation>
    </message>
    <message>
        <source>There are no more codes to add. Codes are set up under Setup → Codes.</source>
        <translation>Er zijn geen codes meer om toe te voegen. Codes stelt u in onder Instellingen → Codes.</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Typ om te filteren</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Ctrl+Space or Ctrl+click marks several codes.</source>
        <translation>Ctrl+spatie of Ctrl+klik markeert meerdere codes.</translation>
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
    <name>ColumnMenu</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
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
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Check what will happen, then press Import.</source>
        <translation>Controleer wat er gaat gebeuren en klik dan op Importeren.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Contacten importeren…</translation>
    </message>
    <message>
        <source>Nothing was imported: your contacts are as they were.</source>
        <translation>Er is niets geïmporteerd: uw contacten zijn ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>ticked</source>
        <translation>aangevinkt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>niet aangevinkt</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation>Uw wijziging: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Mijn waarde gebruiken</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Gemaakt door %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2</source>
        <translation>Laatst gewijzigd door %1 (%2)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>Reload the newer version</source>
        <translation>De nieuwere versie laden</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Office value</source>
        <translation>Waarde op kantoor</translation>
    </message>
    <message>
        <source>Laptop value</source>
        <translation>Waarde op laptop</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Deleted in the office</source>
        <translation>Op kantoor verwijderd</translation>
    </message>
    <message>
        <source>%1 (deleted in the office)</source>
        <translation>%1 (op kantoor verwijderd)</translation>
    </message>
    <message>
        <source>Deleted (restored)</source>
        <translation>Verwijderd (hersteld)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Still in use here</source>
        <translation>Hier nog in gebruik</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Hele record</translation>
    </message>
    <message>
        <source>%1 (refused by the office)</source>
        <translation>%1 (door het kantoor geweigerd)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The office did not accept this change from your login (for example a change to setup). The office value stands.</source>
        <translation>Het kantoor heeft deze wijziging van uw login niet aanvaard (bijvoorbeeld een wijziging in de instellingen). De waarde op kantoor blijft staan.</translation>
    </message>
    <message>
        <source>The office deleted this record (for example by logging its segment) before your change arrived. Your values are kept here; the record stays deleted.</source>
        <translation>Het kantoor heeft dit record verwijderd (bijvoorbeeld door het segment te registreren) voordat uw wijziging aankwam. Uw waarden worden hier bewaard; het record blijft verwijderd.</translation>
    </message>
    <message>
        <source>The office deleted this record while this laptop changed it or recorded something for it. It was restored so nothing is lost: keep it, or delete it again.</source>
        <translation>Het kantoor heeft dit record verwijderd terwijl deze laptop het wijzigde of er iets voor vastlegde. Het is hersteld zodat er niets verloren gaat: behoud het, of verwijder het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Geen conflicten</translation>
    </message>
    <message>
        <source>Everything this laptop and the office changed fitted together. When both change the same field of a record, the sync lists it here so you can choose which value stays.</source>
        <translation>Alles wat deze laptop en het kantoor wijzigden, paste bij elkaar. Als beide hetzelfde veld van een record wijzigen, zet de synchronisatie het hier, zodat u kunt kiezen welke waarde blijft.</translation>
    </message>
    <message>
        <source>Until you choose, the office value stands and this laptop&apos;s value is kept here. What you keep is sent with the next sync.</source>
        <translation>Tot u kiest, blijft de waarde op kantoor staan en wordt de waarde van deze laptop hier bewaard. Wat u behoudt, wordt bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>Keep &amp;office value</source>
        <translation>&amp;Kantoorwaarde behouden</translation>
    </message>
    <message>
        <source>Keep &amp;laptop value</source>
        <translation>&amp;Laptopwaarde behouden</translation>
    </message>
    <message>
        <source>&amp;Edit value…</source>
        <translation>Waarde be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Keep record</source>
        <translation>&amp;Record behouden</translation>
    </message>
    <message>
        <source>&amp;Delete again…</source>
        <translation>&amp;Opnieuw verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict op te lossen</numerusform>
            <numerusform>%n conflicten op te lossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete again</source>
        <translation>Opnieuw verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n restored record(s) again? The next sync deletes them in the office too.</source>
        <translation>
            <numerusform>%n herstelde record opnieuw verwijderen? De volgende synchronisatie verwijdert het ook op kantoor.</numerusform>
            <numerusform>%n herstelde records opnieuw verwijderen? De volgende synchronisatie verwijdert ze ook op kantoor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Waarde bewerken</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Kan het conflict niet oplossen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to office database</source>
        <translation>Verbinden met kantoordatabase</translation>
    </message>
    <message>
        <source>Work on your office&apos;s shared ContactDesk database on a PostgreSQL server. Your administrator tells you the server, the database and your user name.</source>
        <translation>Werk in de gedeelde ContactDesk-database van uw kantoor op een PostgreSQL-server. Uw beheerder geeft u de server, de database en uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Wachtwoord onthouden in de sleutelhanger</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>This computer has no keychain that ContactDesk can use, so your password cannot be remembered: you are asked for it each time you connect. (On Linux, a desktop with GNOME Keyring or KWallet provides one.)</source>
        <translation>Deze computer heeft geen sleutelhanger die ContactDesk kan gebruiken, dus uw wachtwoord kan niet worden onthouden: het wordt bij elke verbinding opnieuw gevraagd. (Op Linux biedt een bureaublad met GNOME Keyring of KWallet er een.)</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>bewaard in de sleutelhanger</translation>
    </message>
    <message>
        <source>Your password is kept in the keychain; leave the field empty to use it.</source>
        <translation>Uw wachtwoord is bewaard in de sleutelhanger; laat het veld leeg om het te gebruiken.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and your user name.</source>
        <translation>Vul de server, de database en uw gebruikersnaam in.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted, and the server proved its identity with its certificate.</source>
        <translation>De verbinding met %1 is versleuteld, en de server heeft zijn identiteit met zijn certificaat bewezen.</translation>
    </message>
    <message>
        <source>Encrypted, server not verified</source>
        <translation>Versleuteld, server niet gecontroleerd</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted, but the address asked not to check the server&apos;s certificate, so it is not proven that this is your office&apos;s server.</source>
        <translation>De verbinding met %1 is versleuteld, maar het adres vraagt het certificaat van de server niet te controleren, dus het is niet bewezen dat dit de server van uw kantoor is.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Niet versleuteld</translation>
    </message>
    <message>
        <source>The server %1 offers no encryption (TLS): what you read and type crosses the network unencrypted. Ask your administrator to turn on TLS on the database server.</source>
        <translation>De server %1 biedt geen versleuteling (TLS): wat u leest en typt gaat onversleuteld over het netwerk. Vraag uw beheerder TLS aan te zetten op de databaseserver.</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>niet versleuteld</translation>
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
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <source>Alternative addresses</source>
        <translation>Alternatieve adressen</translation>
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
    <name>ContactClassFilter</name>
    <message>
        <source>Show contacts by classification</source>
        <translation>Contacten tonen per classificatie</translation>
    </message>
    <message>
        <source>Show only the contacts with a code of this kind</source>
        <translation>Alleen de contacten met een code van deze soort tonen</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle contacten</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Branchegroep</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Bedrijfsrelatie</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Mailinggroep</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Functieverantwoordelijkheid</translation>
    </message>
    <message>
        <source>Classification code</source>
        <translation>Classificatiecode</translation>
    </message>
    <message>
        <source>No contact has the code %1. Choose another code or All contacts.</source>
        <translation>Geen enkel contact heeft de code %1. Kies een andere code of Alle contacten.</translation>
    </message>
    <message>
        <source>No codes set up</source>
        <translation>Geen codes ingesteld</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>Type a contact number or part of the name</source>
        <translation>Typ een contactnummer of een deel van de naam</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>ContactInteractionsTab</name>
    <message>
        <source>Interactions of this contact</source>
        <translation>Interacties van dit contact</translation>
    </message>
    <message>
        <source>&amp;Create interaction…</source>
        <translation>Interactie &amp;maken…</translation>
    </message>
    <message>
        <source>Create interaction</source>
        <translation>Interactie maken</translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation>&amp;Document openen</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <source>No interactions with this contact yet</source>
        <translation>Nog geen interacties met dit contact</translation>
    </message>
    <message>
        <source>Letters, calls and meetings with this contact appear here once they are recorded, also when a segment with this contact is logged.</source>
        <translation>Brieven, telefoongesprekken en afspraken met dit contact verschijnen hier zodra ze zijn vastgelegd, ook wanneer een segment met dit contact wordt geregistreerd.</translation>
    </message>
    <message>
        <source>Create interaction…</source>
        <translation>Interactie maken…</translation>
    </message>
    <message numerus="yes">
        <source>With its persons: %n interaction(s), cost %1, duration %2 min</source>
        <translation>
            <numerusform>Met de personen: %n interactie, kosten %1, duur %2 min</numerusform>
            <numerusform>Met de personen: %n interacties, kosten %1, duur %2 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s), cost %1, duration %2 min</source>
        <translation>
            <numerusform>%n interactie, kosten %1, duur %2 min</numerusform>
            <numerusform>%n interacties, kosten %1, duur %2 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan het document niet openen</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Add contacts by hand</source>
        <translation>Contacten handmatig toevoegen</translation>
    </message>
    <message>
        <source>Search by name, number, company, city or e-mail</source>
        <translation>Zoek op naam, nummer, bedrijf, plaats of e-mail</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Contacten zoeken</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Add to segment</source>
        <translation>Aan segment toevoegen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n contact(s); type to narrow the list.</source>
        <translation>
            <numerusform>De eerste %1 van %n contact worden getoond; typ verder om de lijst te verkleinen.</numerusform>
            <numerusform>De eerste %1 van %n contacten worden getoond; typ verder om de lijst te verkleinen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsIoActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Contacten i&amp;mporteren…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Contacten e&amp;xporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported</source>
        <translation>
            <numerusform>%n contact geïmporteerd</numerusform>
            <numerusform>%n contacten geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
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
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duur (min)</translation>
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
        <source>No contacts yet</source>
        <translation>Nog geen contacten</translation>
    </message>
    <message>
        <source>ContactDesk keeps your contacts, groups them into segments, records every interaction and sends personal Word letters — all on this computer, also without a network. Start with your first contact, import your contacts from a spreadsheet, or load sample companies and persons from the Netherlands, Norway and the United Kingdom to look around.</source>
        <translation>ContactDesk bewaart uw contacten, deelt ze in segmenten in, legt elke interactie vast en verstuurt persoonlijke Word-brieven — allemaal op deze computer, ook zonder netwerk. Begin met uw eerste contact, importeer uw contacten uit een spreadsheet, of laad voorbeeldbedrijven en -personen uit Nederland, Noorwegen en het Verenigd Koninkrijk om rond te kijken.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nieuw contact…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Contacten importeren…</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Voorbeeldgegevens laden</translation>
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
        <source>Create &amp;interaction…</source>
        <translation>&amp;Interactie maken…</translation>
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
    <name>ContentPage</name>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>&amp;Open the letter</source>
        <translation>Brief &amp;openen</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>Brief openen</translation>
    </message>
    <message>
        <source>&amp;Choose a Word document…</source>
        <translation>Word-document &amp;kiezen…</translation>
    </message>
    <message>
        <source>Choose a Word document</source>
        <translation>Word-document kiezen</translation>
    </message>
    <message>
        <source>&amp;Merge and preview</source>
        <translation>&amp;Samenvoegen en voorbeeld</translation>
    </message>
    <message>
        <source>Merge and preview</source>
        <translation>Samenvoegen en voorbeeld</translation>
    </message>
    <message>
        <source>The letter is merged for %1 and opened in your word processor. Change it there and save it, then come back and click Next: the saved letter is kept with the interaction.</source>
        <translation>De brief is samengevoegd voor %1 en geopend in uw tekstverwerker. Wijzig de brief daar en sla hem op; kom dan terug en klik op Volgende: de opgeslagen brief wordt bij de interactie bewaard.</translation>
    </message>
    <message>
        <source>Choose the Word document (.docx) that belongs to this interaction with %1. A copy is kept with the interaction.</source>
        <translation>Kies het Word-document (.docx) dat bij deze interactie met %1 hoort. Er wordt een kopie bij de interactie bewaard.</translation>
    </message>
    <message>
        <source>When you click Next, the template&apos;s letter is merged for %1 and kept with the interaction. Use Merge and preview to see it first.</source>
        <translation>Wanneer u op Volgende klikt, wordt de brief van het sjabloon samengevoegd voor %1 en bij de interactie bewaard. Gebruik Samenvoegen en voorbeeld om de brief eerst te bekijken.</translation>
    </message>
    <message>
        <source>Wizard action: %1 · interaction template %2, language %3</source>
        <translation>Wizardactie: %1 · interactiesjabloon %2, taal %3</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>No document yet.</source>
        <translation>Nog geen document.</translation>
    </message>
    <message>
        <source>Correct the template&apos;s Word document in Word and attach it again under Setup → Interaction templates, or choose another template.</source>
        <translation>Verbeter het Word-document van het sjabloon in Word en voeg het opnieuw toe onder Instellingen → Interactiesjablonen, of kies een ander sjabloon.</translation>
    </message>
    <message>
        <source>The template %1 has no Word document for this language, so there is nothing to open. Add one to the template under Setup → Interaction templates, or choose another template.</source>
        <translation>Het sjabloon %1 heeft geen Word-document voor deze taal, dus er valt niets te openen. Voeg er een toe aan het sjabloon onder Instellingen → Interactiesjablonen, of kies een ander sjabloon.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Import canceled: no document was chosen.</source>
        <translation>Importeren geannuleerd: er is geen document gekozen.</translation>
    </message>
    <message>
        <source>Import canceled: choose a Word document with the button above, or go back and choose another template.</source>
        <translation>Importeren geannuleerd: kies een Word-document met de knop hierboven, of ga terug en kies een ander sjabloon.</translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n contact wordt toegevoegd.</numerusform>
            <numerusform>%n contacten worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be removed.</source>
        <translation>
            <numerusform>%n regel wordt verwijderd.</numerusform>
            <numerusform>%n regels worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added.</source>
        <translation>
            <numerusform>%n regel toegevoegd.</numerusform>
            <numerusform>%n regels toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed.</source>
        <translation>
            <numerusform>%n regel verwijderd.</numerusform>
            <numerusform>%n regels verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 already has %n criteria action(s). Reuse saved criteria anyway?</source>
        <translation>
            <numerusform>Segment %1 heeft al %n criteria-actie. Opgeslagen criteria toch hergebruiken?</numerusform>
            <numerusform>Segment %1 heeft al %n criteria-acties. Opgeslagen criteria toch hergebruiken?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n selected line(s) from the segment? Go back can bring them back.</source>
        <translation>
            <numerusform>%n geselecteerde regel uit het segment verwijderen? Met Terugdraaien kunt u deze terughalen.</numerusform>
            <numerusform>%n geselecteerde regels uit het segment verwijderen? Met Terugdraaien kunt u ze terughalen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverSheetDialog</name>
    <message>
        <source>Cover sheets – segment %1</source>
        <translation>Voorbladen – segment %1</translation>
    </message>
    <message>
        <source>One page for each contact on the segment (%1 pages): your company as the sender, the contact&apos;s address and the text below, in one Word document to print.</source>
        <translation>Eén pagina voor elk contact van het segment (%1 pagina&apos;s): uw bedrijf als afzender, het adres van het contact en de tekst hieronder, in één Word-document om af te drukken.</translation>
    </message>
    <message>
        <source>Text on every cover sheet</source>
        <translation>Tekst op elk voorblad</translation>
    </message>
    <message>
        <source>For example: Enclosed you find our new catalogue.</source>
        <translation>Bijvoorbeeld: Bijgaand vindt u onze nieuwe catalogus.</translation>
    </message>
    <message>
        <source>&amp;Text on every page:</source>
        <translation>&amp;Tekst op elke pagina:</translation>
    </message>
    <message>
        <source>&amp;Log an interaction for each contact</source>
        <translation>Voor elk contact een interactie &amp;registreren</translation>
    </message>
    <message>
        <source>Log an interaction for each contact</source>
        <translation>Voor elk contact een interactie registreren</translation>
    </message>
    <message>
        <source>Each entry gets interaction template %1.</source>
        <translation>Elke interactielogpost krijgt interactiesjabloon %1.</translation>
    </message>
    <message>
        <source>To log them, choose a cover sheet template under Setup → Marketing setup first.</source>
        <translation>Kies eerst een voorbladsjabloon onder Instellingen → Marketinginstellingen om ze te registreren.</translation>
    </message>
    <message>
        <source>&amp;Open the document when it is written</source>
        <translation>Het document &amp;openen als het klaar is</translation>
    </message>
    <message>
        <source>Open the document when it is written</source>
        <translation>Het document openen als het klaar is</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Save the cover sheets</source>
        <translation>Voorbladen opslaan</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Writing the cover sheets…</source>
        <translation>Voorbladen schrijven…</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>ContactDesk stopped unexpectedly</source>
        <translation>ContactDesk is onverwacht gestopt</translation>
    </message>
    <message>
        <source>The last time, ContactDesk stopped because of a problem it did not expect. Your data is safe: an action that was not finished was not saved. To help fix it, send the text below (or the files in the log folder) to your administrator or to ContactDesk&apos;s support.</source>
        <translation>De vorige keer is ContactDesk gestopt door een onverwacht probleem. Uw gegevens zijn veilig: een handeling die niet af was, is niet opgeslagen. Help het probleem op te lossen: stuur de tekst hieronder (of de bestanden in de logmap) naar uw beheerder of naar de ondersteuning van ContactDesk.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Wat u kunt opsturen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log folder is %1</source>
        <translation>Er kon geen bestandsbeheer worden geopend. De logmap is %1</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Add contacts to segment %1</source>
        <translation>Contacten toevoegen aan segment %1</translation>
    </message>
    <message>
        <source>Reduce segment %1</source>
        <translation>Segment %1 verkleinen</translation>
    </message>
    <message>
        <source>Refine segment %1</source>
        <translation>Segment %1 verfijnen</translation>
    </message>
    <message>
        <source>Add every contact that matches these segmentation criteria.</source>
        <translation>Elk contact toevoegen dat aan deze segmentcriteria voldoet.</translation>
    </message>
    <message>
        <source>Remove the lines whose contact matches these criteria.</source>
        <translation>De regels verwijderen waarvan het contact aan deze criteria voldoet.</translation>
    </message>
    <message>
        <source>Keep only the lines whose contact matches these criteria; remove the others.</source>
        <translation>Alleen de regels behouden waarvan het contact aan deze criteria voldoet; de andere verwijderen.</translation>
    </message>
    <message>
        <source>Who would join</source>
        <translation>Wie zou worden toegevoegd</translation>
    </message>
    <message>
        <source>Who would leave</source>
        <translation>Wie zou worden verwijderd</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Contacten toevoegen</translation>
    </message>
    <message>
        <source>Remove contacts</source>
        <translation>Contacten verwijderen</translation>
    </message>
    <message>
        <source>Keep matching contacts</source>
        <translation>Overeenkomende contacten behouden</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Allow existing contacts</source>
        <translation>Bestaande contacten toestaan</translation>
    </message>
    <message>
        <source>Expand companies (add all their persons)</source>
        <translation>Bedrijven uitbreiden (alle personen ervan toevoegen)</translation>
    </message>
    <message>
        <source>Allow related companies</source>
        <translation>Gerelateerde bedrijven toestaan</translation>
    </message>
    <message>
        <source>Ignore exclusion</source>
        <translation>Uitsluiting negeren</translation>
    </message>
    <message>
        <source>Entire companies</source>
        <translation>Volledige bedrijven</translation>
    </message>
    <message>
        <source>Also add contacts that are on the segment already (a second line).</source>
        <translation>Ook contacten toevoegen die al op het segment staan (een tweede regel).</translation>
    </message>
    <message>
        <source>A matching company or person brings in its company and all its persons.</source>
        <translation>Een overeenkomend bedrijf of een overeenkomende persoon brengt het bedrijf en alle personen ervan mee.</translation>
    </message>
    <message>
        <source>A matching person also brings in its company.</source>
        <translation>Een overeenkomende persoon brengt ook het bedrijf mee.</translation>
    </message>
    <message>
        <source>Also add contacts marked &quot;Exclude from segments&quot;.</source>
        <translation>Ook contacten toevoegen die zijn gemarkeerd met &quot;Uitsluiten van segmenten&quot;.</translation>
    </message>
    <message>
        <source>A match on any contact of a company counts for every line of that company.</source>
        <translation>Een overeenkomst op een willekeurig contact van een bedrijf geldt voor elke regel van dat bedrijf.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>No filter is set, so this applies to every contact it can: %1 Go on?</source>
        <translation>Er is geen filter ingesteld, dus dit geldt voor elk contact waarvoor het kan: %1 Doorgaan?</translation>
    </message>
    <message>
        <source>Nobody would be added: no contact matches, or every match is on the segment already or excluded. Change the criteria or the options.</source>
        <translation>Er zou niemand worden toegevoegd: geen enkel contact voldoet, of elk overeenkomend contact staat al op het segment of is uitgesloten. Wijzig de criteria of de opties.</translation>
    </message>
    <message>
        <source>Every line matches these criteria, so nothing would be removed.</source>
        <translation>Elke regel voldoet aan deze criteria, dus er zou niets worden verwijderd.</translation>
    </message>
    <message>
        <source>No line matches these criteria, so nothing would be removed.</source>
        <translation>Geen enkele regel voldoet aan deze criteria, dus er zou niets worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>CriteriaForm</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>e.g. CT000010|CT000020 or CT000100..CT000200</source>
        <translation>bijv. CT000010|CT000020 of CT000100..CT000200</translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation>Bedrijven en personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>e.g. *bakker* (* matches anything)</source>
        <translation>bijv. *bakker* (* staat voor willekeurige tekst)</translation>
    </message>
    <message>
        <source>e.g. Amsterdam|Utrecht</source>
        <translation>bijv. Amsterdam|Utrecht</translation>
    </message>
    <message>
        <source>e.g. 1000..1099</source>
        <translation>bijv. 1000..1099</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Hard copy</source>
        <translation>Afdruk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>Earlier interactions</source>
        <translation>Eerdere interacties</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Tussen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Filters combine: a contact must pass all of them. In a text field, | means &quot;or&quot;, .. a range, * any text, &lt;&gt; &quot;not&quot;.</source>
        <translation>Filters worden gecombineerd: een contact moet aan alle filters voldoen. In een tekstveld betekent | &quot;of&quot;, .. een bereik, * willekeurige tekst en &lt;&gt; &quot;niet&quot;.</translation>
    </message>
</context>
<context>
    <name>CriteriaNameDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
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
        <translation>%1 – van %2</translation>
    </message>
    <message>
        <source>%1 – by %2</source>
        <translation>%1 – door %2</translation>
    </message>
    <message>
        <source>Entry No.</source>
        <translation>Volgnr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
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
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Interactiegroep</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
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
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Attempt failed</source>
        <translation>Poging mislukt</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <source>Interaction log entries</source>
        <translation>Interactielogposten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>EntryDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informatiestroom</translation>
    </message>
    <message>
        <source>Cost and duration</source>
        <translation>Kosten en duur</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkoopkans</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>No comments. Type one per line and click Save comments.</source>
        <translation>Geen opmerkingen. Typ er één per regel en klik op Opmerkingen opslaan.</translation>
    </message>
    <message>
        <source>Save co&amp;mments</source>
        <translation>&amp;Opmerkingen opslaan</translation>
    </message>
    <message>
        <source>Save comments</source>
        <translation>Opmerkingen opslaan</translation>
    </message>
    <message>
        <source>Select an entry to see its details and comments.</source>
        <translation>Selecteer een post om de details en opmerkingen ervan te zien.</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Opmerkingen:</translation>
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
        <translation>poging mislukt</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>response</source>
        <translation>reactie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Cannot save the comments</source>
        <translation>Kan de opmerkingen niet opslaan</translation>
    </message>
</context>
<context>
    <name>EntryFilterBar</name>
    <message>
        <source>Description or contact name</source>
        <translation>Omschrijving of contactnaam</translation>
    </message>
    <message>
        <source>Contact No.</source>
        <translation>Contactnr.</translation>
    </message>
    <message>
        <source>Segment No.</source>
        <translation>Segmentnr.</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Interactiegroep</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>Canceled entries</source>
        <translation>Geannuleerde posten</translation>
    </message>
    <message>
        <source>Not canceled</source>
        <translation>Niet geannuleerd</translation>
    </message>
    <message>
        <source>Canceled only</source>
        <translation>Alleen geannuleerd</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle posten</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>Verkoper:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groep:</translation>
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
    <message>
        <source>Very positive</source>
        <translation>Zeer positief</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Zeer negatief</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interactielogpost</numerusform>
            <numerusform>%n interactielogposten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction template(s)</source>
        <translation>
            <numerusform>%n interactiesjabloon</numerusform>
            <numerusform>%n interactiesjablonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign entry(ies)</source>
        <translation>
            <numerusform>%n campagnepost</numerusform>
            <numerusform>%n campagneposten</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing setup</source>
        <translation>Marketinginstellingen</translation>
    </message>
    <message>
        <source>The %1 “%2” is still used by %3, so it cannot be deleted. Change those first.</source>
        <translation>Kan %1 “%2” niet verwijderen, omdat deze nog wordt gebruikt door %3. Wijzig die eerst.</translation>
    </message>
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
        <source>Cover sheet template</source>
        <translation>Voorbladsjabloon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkoopkans</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Branchegroep</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Bedrijfsrelatie</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Mailinggroep</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Functieverantwoordelijkheid</translation>
    </message>
    <message>
        <source>Profile questionnaire</source>
        <translation>Profielvragenlijst</translation>
    </message>
    <message>
        <source>Starting date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Ending date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>campaign entry</source>
        <translation>campagnepost</translation>
    </message>
    <message>
        <source>interaction log entry</source>
        <translation>interactielogpost</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>segment line</source>
        <translation>segmentregel</translation>
    </message>
    <message>
        <source>saved criteria set</source>
        <translation>opgeslagen criteriaset</translation>
    </message>
    <message>
        <source>logged segment</source>
        <translation>geregistreerd segment</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>alternative address</source>
        <translation>alternatief adres</translation>
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
        <source>%1 must be one line: remove the line break, tab or other invisible character and try again.</source>
        <translation>%1 moet op één regel staan: verwijder de regeleinde, tab of het andere onzichtbare teken en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 holds an invisible control character (such as a tab). Remove it and try again.</source>
        <translation>%1 bevat een onzichtbaar stuurteken (zoals een tab). Verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is blocked. Choose someone who is not blocked.</source>
        <translation>%1 &quot;%2&quot; is geblokkeerd. Kies iemand die niet geblokkeerd is.</translation>
    </message>
    <message>
        <source>%1 needs an interaction template first. Choose the template, then the language.</source>
        <translation>%1 vereist eerst een interactiesjabloon. Kies eerst het sjabloon en daarna de taal.</translation>
    </message>
    <message>
        <source>%1 can only be set when the contact&apos;s correspondence type is ignored. Tick that option first.</source>
        <translation>%1 kan alleen worden ingesteld als het correspondentietype van het contact wordt genegeerd. Schakel die optie eerst in.</translation>
    </message>
    <message>
        <source>%1 cannot be before the starting date (%3). Change one of them.</source>
        <translation>%1 kan niet vóór de begindatum (%3) liggen. Wijzig een van beide.</translation>
    </message>
    <message>
        <source>%1 needs a document in the default language. Choose an interaction template that has one first.</source>
        <translation>%1 vereist een document in de standaardtaal. Kies eerst een interactiesjabloon dat er een heeft.</translation>
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
        <source>Every contact that matches is on the segment already or is excluded from segments, so nothing was added. Tick &quot;Allow existing contacts&quot; or &quot;Ignore exclusion&quot; to add them anyway.</source>
        <translation>Elk overeenkomend contact staat al op het segment of is uitgesloten van segmenten, dus er is niets toegevoegd. Schakel &quot;Bestaande contacten toestaan&quot; of &quot;Uitsluiting negeren&quot; in om ze toch toe te voegen.</translation>
    </message>
    <message>
        <source>Every line matches these criteria, so Refine would remove nothing. Nothing was changed.</source>
        <translation>Elke regel voldoet aan deze criteria, dus Verfijnen zou niets verwijderen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>No contact on this segment can get a cover sheet (privacy-blocked contacts get none). Add lines to the segment first.</source>
        <translation>Geen enkel contact van dit segment kan een voorblad krijgen (contacten met privacyblokkering krijgen er geen). Voeg eerst regels aan het segment toe.</translation>
    </message>
    <message>
        <source>No contact matches these criteria, so nothing was changed. Loosen the criteria and try again.</source>
        <translation>Geen enkel contact voldoet aan deze criteria, dus er is niets gewijzigd. Versoepel de criteria en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Segment %1 has no criteria actions to save. Add contacts by criteria first.</source>
        <translation>Segment %1 heeft geen criteria-acties om op te slaan. Voeg eerst contacten toe op basis van criteria.</translation>
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
        <source>The document %1 is not in the database: its file was already missing when the database was upgraded. Attach the document again (Setup → Interaction templates).</source>
        <translation>Het document %1 staat niet in de database: het bestand ontbrak al toen de database werd bijgewerkt. Voeg het document opnieuw toe (Instellingen → Interactiesjablonen).</translation>
    </message>
    <message>
        <source>The Word template %1 has a placeholder that cannot be filled in. Check the {{ … }} fields in the template (retype any that Word split) and import it again.</source>
        <translation>Het Word-sjabloon %1 bevat een tijdelijke aanduiding die niet kan worden ingevuld. Controleer de {{ … }}-velden in het sjabloon (typ velden die Word heeft opgesplitst opnieuw in) en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 is too large to use, or unpacks to far more than it holds (%2). It may be damaged or made to harm programs. Open it in Word, remove very large pictures or embedded files, save it again as .docx and try again.</source>
        <translation>Het bestand %1 is te groot om te gebruiken, of pakt uit tot veel meer dan het bevat (%2). Het kan beschadigd zijn of gemaakt om programma&apos;s te schaden. Open het in Word, verwijder zeer grote afbeeldingen of ingesloten bestanden, sla het opnieuw op als .docx en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is not open elsewhere.</source>
        <translation>Het bestand %1 kan niet worden gelezen. Controleer of het niet ergens anders geopend is.</translation>
    </message>
    <message>
        <source>Contact %1 is privacy blocked, so no interactions can be recorded for it. Clear Privacy blocked on the contact card first if that is allowed.</source>
        <translation>Contact %1 is geblokkeerd vanwege privacy, dus er kunnen geen interacties voor worden vastgelegd. Schakel eerst Privacy geblokkeerd uit op de contactkaart, als dat is toegestaan.</translation>
    </message>
    <message>
        <source>You must select a contact to interact with: type its number or part of its name in Contact.</source>
        <translation>U moet een contact voor de interactie selecteren: typ het nummer of een deel van de naam bij Contact.</translation>
    </message>
    <message>
        <source>You must fill in the phone number: type it in Phone number, or add it to the contact card.</source>
        <translation>U moet het telefoonnummer invullen: typ het bij Telefoonnummer, of vul het in op de contactkaart.</translation>
    </message>
    <message>
        <source>Contact %1 has no e-mail address (nor an alternative address with one), so the interaction cannot go by e-mail. Fill in the e-mail on the contact card, or choose another correspondence type.</source>
        <translation>Contact %1 heeft geen e-mailadres (en ook geen alternatief adres met een e-mailadres), dus de interactie kan niet per e-mail worden verstuurd. Vul het e-mailadres in op de contactkaart of kies een ander correspondentietype.</translation>
    </message>
    <message>
        <source>The e-mail has nothing to send: template %1 has no Word document. Change the correspondence type, or choose a template with a document.</source>
        <translation>De e-mail heeft niets om te versturen: sjabloon %1 heeft geen Word-document. Wijzig het correspondentietype of kies een sjabloon met een document.</translation>
    </message>
    <message>
        <source>No document found: template %1 has no Word document for this language. Add one under Setup → Interaction templates, or choose another template.</source>
        <translation>Geen document gevonden: sjabloon %1 heeft geen Word-document voor deze taal. Voeg er een toe onder Instellingen → Interactiesjablonen, of kies een ander sjabloon.</translation>
    </message>
    <message>
        <source>Entry %1 is not a postponed interaction (any more). Refresh the list.</source>
        <translation>Post %1 is geen uitgestelde interactie (meer). Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>Entry %1 is a postponed interaction: resume and finish it, or delete it.</source>
        <translation>Post %1 is een uitgestelde interactie: hervat en voltooi deze, of verwijder deze.</translation>
    </message>
    <message>
        <source>Entry %1 is not canceled. Only canceled entries can be deleted; cancel it first.</source>
        <translation>Post %1 is niet geannuleerd. Alleen geannuleerde posten kunnen worden verwijderd; annuleer de post eerst.</translation>
    </message>
    <message>
        <source>Entry %1 belongs to logged segment %2, which is canceled. Restore the logged segment instead.</source>
        <translation>Post %1 hoort bij het geregistreerde segment %2, dat is geannuleerd. Herstel in plaats daarvan het geregistreerde segment.</translation>
    </message>
    <message>
        <source>Entry %1 belongs to campaign entry %2, which is canceled. Restore the campaign entry first.</source>
        <translation>Post %1 hoort bij campagnepost %2, die is geannuleerd. Herstel eerst de campagnepost.</translation>
    </message>
    <message>
        <source>The file %1 is not a ContactDesk database. Choose another file, or start with a new one.</source>
        <translation>Het bestand %1 is geen ContactDesk-database. Kies een ander bestand of begin met een nieuwe database.</translation>
    </message>
    <message>
        <source>The database server has no database %1. Check the database name, or ask your administrator to create it.</source>
        <translation>De databaseserver heeft geen database %1. Controleer de databasenaam, of vraag uw beheerder de database aan te maken.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, open another file, or create a new database.</source>
        <translation>Er is geen database op %1. Controleer het pad, open een ander bestand of maak een nieuwe database.</translation>
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
        <source>The office database %1 has not been set up for ContactDesk yet. Ask your administrator to run “contactdesk office init” for it, or check the database name.</source>
        <translation>De kantoordatabase %1 is nog niet ingericht voor ContactDesk. Vraag uw beheerder om er “contactdesk office init” voor uit te voeren, of controleer de naam van de database.</translation>
    </message>
    <message>
        <source>The database server for %1 cannot be reached. Check the network connection and the server&apos;s name and port, or ask your administrator whether it is running.</source>
        <translation>De databaseserver voor %1 is niet bereikbaar. Controleer de netwerkverbinding en de naam en poort van de server, of vraag uw beheerder of de server draait.</translation>
    </message>
    <message>
        <source>The database server asks for your password for %1. Type it in and connect again.</source>
        <translation>De databaseserver vraagt om uw wachtwoord voor %1. Typ het in en maak opnieuw verbinding.</translation>
    </message>
    <message>
        <source>This computer has no keychain that ContactDesk can use, so the password was not kept. You are asked for it the next time you connect.</source>
        <translation>Deze computer heeft geen sleutelhanger die ContactDesk kan gebruiken, dus het wachtwoord is niet bewaard. Het wordt de volgende keer dat u verbinding maakt opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>The keychain did not keep the password (it may be locked, or access was refused). You are connected; unlock the keychain and connect again to keep it, or type it in next time.</source>
        <translation>De sleutelhanger heeft het wachtwoord niet bewaard (hij is misschien vergrendeld, of de toegang is geweigerd). U bent verbonden; ontgrendel de sleutelhanger en maak opnieuw verbinding om het te bewaren, of typ het de volgende keer in.</translation>
    </message>
    <message>
        <source>The database server refused your login for %1. Check your user name and password, or ask your administrator to give you access.</source>
        <translation>De databaseserver heeft uw aanmelding voor %1 geweigerd. Controleer uw gebruikersnaam en wachtwoord, of vraag uw beheerder om toegang.</translation>
    </message>
    <message>
        <source>Your login may not make this change: it needs an administrator. Nothing was changed. Ask an administrator of ContactDesk to do it, or to give you that role.</source>
        <translation>Uw aanmelding mag deze wijziging niet maken: daarvoor is een beheerder nodig. Er is niets gewijzigd. Vraag een beheerder van ContactDesk om het te doen, of om u die rol te geven.</translation>
    </message>
    <message>
        <source>The database address is not supported. Use a file path, a sqlite:/// address, or a postgresql://user@server/database address.</source>
        <translation>Dit databaseadres wordt niet ondersteund. Gebruik een bestandspad, een sqlite:///-adres of een postgresql://gebruiker@server/database-adres.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er is iets misgegaan: %1</translation>
    </message>
    <message>
        <source>This is the office database on a server: its administrator backs up the server. Backing up and restoring here are for a database file on this computer.</source>
        <translation>Dit is de kantoordatabase op een server: de beheerder maakt reservekopieën van de server. Reservekopieën maken en terugzetten kan hier alleen voor een databasebestand op deze computer.</translation>
    </message>
    <message>
        <source>The database server %1 has a certificate for another name, so ContactDesk did not log in. Use the server&apos;s name exactly as your administrator gives it (not an IP address or a nickname).</source>
        <translation>De databaseserver %1 heeft een certificaat voor een andere naam, dus ContactDesk heeft zich niet aangemeld. Gebruik de naam van de server precies zoals uw beheerder die opgeeft (geen IP-adres of bijnaam).</translation>
    </message>
    <message>
        <source>The address %1 asks for an encrypted connection, but the server offers none. Ask your administrator to turn on TLS on the server, or remove sslmode from the address.</source>
        <translation>Het adres %1 vraagt om een versleutelde verbinding, maar de server biedt die niet. Vraag uw beheerder TLS aan te zetten op de server, of haal sslmode uit het adres.</translation>
    </message>
    <message>
        <source>The database server %1 could not prove its identity: its certificate is not signed by an authority this computer trusts, or has expired. ContactDesk did not log in. Ask your administrator for the office&apos;s certificate and save it as %2, then connect again.</source>
        <translation>De databaseserver %1 kon zijn identiteit niet bewijzen: zijn certificaat is niet ondertekend door een instantie die deze computer vertrouwt, of is verlopen. ContactDesk heeft zich niet aangemeld. Vraag uw beheerder om het certificaat van het kantoor, sla het op als %2 en maak opnieuw verbinding.</translation>
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
    <message>
        <source>this contact</source>
        <translation>dit contact</translation>
    </message>
    <message>
        <source>this segment</source>
        <translation>dit segment</translation>
    </message>
    <message>
        <source>this segment line</source>
        <translation>deze segmentregel</translation>
    </message>
    <message>
        <source>this salesperson</source>
        <translation>deze verkoper</translation>
    </message>
    <message>
        <source>this interaction group</source>
        <translation>deze interactiegroep</translation>
    </message>
    <message>
        <source>this interaction template</source>
        <translation>dit interactiesjabloon</translation>
    </message>
    <message>
        <source>this language version of the template</source>
        <translation>deze taalversie van het sjabloon</translation>
    </message>
    <message>
        <source>this number series</source>
        <translation>deze nummerreeks</translation>
    </message>
    <message>
        <source>the marketing setup</source>
        <translation>de marketinginstellingen</translation>
    </message>
    <message>
        <source>the company information</source>
        <translation>de bedrijfsgegevens</translation>
    </message>
    <message>
        <source>this industry group</source>
        <translation>deze branchegroep</translation>
    </message>
    <message>
        <source>this business relation</source>
        <translation>deze bedrijfsrelatie</translation>
    </message>
    <message>
        <source>this mailing group</source>
        <translation>deze mailinggroep</translation>
    </message>
    <message>
        <source>this job responsibility</source>
        <translation>deze functieverantwoordelijkheid</translation>
    </message>
    <message>
        <source>this territory</source>
        <translation>dit rayon</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>deze campagne</translation>
    </message>
    <message>
        <source>this saved criteria set</source>
        <translation>deze opgeslagen criteriaset</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>deze gegevens</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, so your change was not saved. The window now shows the latest version; make your change again.</source>
        <translation>%1 heeft %2 gewijzigd (%3), dus uw wijziging is niet opgeslagen. Het venster toont nu de nieuwste versie; breng uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 changed %2, so your change was not saved. The window now shows the latest version; make your change again.</source>
        <translation>%1 heeft %2 gewijzigd, dus uw wijziging is niet opgeslagen. Het venster toont nu de nieuwste versie; breng uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3. Reload, then make your change again.</source>
        <translation>%1 heeft %2 gewijzigd (%3). Laad opnieuw en breng daarna uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 changed %2. Reload, then make your change again.</source>
        <translation>%1 heeft %2 gewijzigd. Laad opnieuw en breng daarna uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>Users and roles are for the office database on a PostgreSQL server. On this computer&apos;s own database you are the only user and may change everything.</source>
        <translation>Gebruikers en rollen zijn er voor de kantoordatabase op een PostgreSQL-server. In de eigen database van deze computer bent u de enige gebruiker en mag u alles wijzigen.</translation>
    </message>
    <message>
        <source>Only the owner of the office database (or a server superuser) can set it up; %1 is neither. Ask your database administrator.</source>
        <translation>Alleen de eigenaar van de kantoordatabase (of een superuser van de server) kan deze inrichten; %1 is geen van beide. Vraag het uw databasebeheerder.</translation>
    </message>
    <message>
        <source>The login %1 may not create logins or roles on the database server. Ask your database administrator to give it that right (CREATEROLE), or to do this for you.</source>
        <translation>De aanmelding %1 mag geen aanmeldingen of rollen maken op de databaseserver. Vraag uw databasebeheerder om dat recht (CREATEROLE) te geven, of om dit voor u te doen.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role or access. Ask another administrator to do it.</source>
        <translation>U kunt uw eigen beheerdersrol of toegang niet intrekken. Vraag een andere beheerder om het te doen.</translation>
    </message>
    <message>
        <source>The login %1 does not exist on the database server yet: give it a password to create it.</source>
        <translation>De aanmelding %1 bestaat nog niet op de databaseserver: geef een wachtwoord op om deze te maken.</translation>
    </message>
    <message>
        <source>Industry group &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Branchegroep &quot;%1&quot; bestaat niet. Stel deze eerst in onder Instellingen → Codes.</translation>
    </message>
    <message>
        <source>Business relation &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Bedrijfsrelatie &quot;%1&quot; bestaat niet. Stel deze eerst in onder Instellingen → Codes.</translation>
    </message>
    <message>
        <source>Mailing group &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Mailinggroep &quot;%1&quot; bestaat niet. Stel deze eerst in onder Instellingen → Codes.</translation>
    </message>
    <message>
        <source>Job responsibility &quot;%1&quot; does not exist. Set it up under Setup → Codes first.</source>
        <translation>Functieverantwoordelijkheid &quot;%1&quot; bestaat niet. Stel deze eerst in onder Instellingen → Codes.</translation>
    </message>
    <message>
        <source>Contact %1 is a person: industry groups and business relations belong to its company. Change them on the company&apos;s card.</source>
        <translation>Contact %1 is een persoon: branchegroepen en bedrijfsrelaties horen bij zijn bedrijf. Wijzig ze op de kaart van het bedrijf.</translation>
    </message>
    <message>
        <source>Contact %1 is a company: job responsibilities belong to persons. Change them on a person&apos;s card.</source>
        <translation>Contact %1 is een bedrijf: functieverantwoordelijkheden horen bij personen. Wijzig ze op de kaart van een persoon.</translation>
    </message>
    <message>
        <source>Line %1 is an answer, but no question comes before it. Add a question first.</source>
        <translation>Regel %1 is een antwoord, maar er gaat geen vraag aan vooraf. Voeg eerst een vraag toe.</translation>
    </message>
    <message>
        <source>Line %1 has no text. Type the question or answer, or remove the line.</source>
        <translation>Regel %1 heeft geen tekst. Typ de vraag of het antwoord, of verwijder de regel.</translation>
    </message>
    <message>
        <source>Line %1 is too long or is more than one line. Shorten it and try again.</source>
        <translation>Regel %1 is te lang of beslaat meer dan één regel. Maak deze korter en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A question of questionnaire %1 takes one answer only. Untick the others and try again.</source>
        <translation>Een vraag van vragenlijst %1 heeft maar één antwoord. Vink de andere uit en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Questionnaire %1 is not for this type of contact. Untick its answers and try again.</source>
        <translation>Vragenlijst %1 is niet voor dit type contact. Vink de antwoorden uit en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Questionnaire %1 has changed meanwhile. Close the card, open it again and tick the answers again.</source>
        <translation>Vragenlijst %1 is intussen gewijzigd. Sluit de kaart, open deze opnieuw en vink de antwoorden opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Welke contacten</translation>
    </message>
    <message>
        <source>&amp;All contacts</source>
        <translation>&amp;Alle contacten</translation>
    </message>
    <message>
        <source>The current &amp;search result: “%1”</source>
        <translation>Het huidige &amp;zoekresultaat: “%1”</translation>
    </message>
    <message>
        <source>The current &amp;search result (no search entered)</source>
        <translation>Het huidige &amp;zoekresultaat (geen zoekopdracht ingevoerd)</translation>
    </message>
    <message>
        <source>The contacts on se&amp;gment</source>
        <translation>De contacten in s&amp;egment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Bestand om te schrijven</translation>
    </message>
    <message>
        <source>contacts.csv or contacts.vcf</source>
        <translation>contacten.csv of contacten.vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>3.0 (Outlook, Google, most phones)</source>
        <translation>3.0 (Outlook, Google, de meeste telefoons)</translation>
    </message>
    <message>
        <source>4.0</source>
        <translation>4.0</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;vCard version:</source>
        <translation>&amp;vCard-versie:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard (*.vcf)</source>
        <translation>CSV voor Excel (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n contact(s)…</source>
        <translation>
            <numerusform>%n contact exporteren…</numerusform>
            <numerusform>%n contacten exporteren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact geëxporteerd naar %1.</numerusform>
            <numerusform>%n contacten geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
</context>
<context>
    <name>FieldLaptops</name>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Expired: must check out again</source>
        <translation>Verlopen: opnieuw ophalen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actueel</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Number blocks</source>
        <translation>Nummerblokken</translation>
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
        <translation>De laptops die een veldkopie van deze kantoordatabase hebben opgehaald om offline te werken. Een laptop die langer niet heeft gesynchroniseerd dan het kantoor zijn wijzigingen bewaart, moet opnieuw een veldkopie ophalen.</translation>
    </message>
    <message>
        <source>Field laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>No laptop is checked out of this database. A laptop is checked out with contactdesk field checkout (see Working in the field in the README).</source>
        <translation>Er is geen laptop uit deze database opgehaald. Een laptop haalt een veldkopie op met contactdesk field checkout (zie Working in the field in de README).</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Keep the office&apos;s changes for:</source>
        <translation>Wijzigingen van het &amp;kantoor bewaren:</translation>
    </message>
    <message>
        <source>Days the office keeps its changes for field laptops</source>
        <translation>Dagen dat het kantoor zijn wijzigingen voor veldlaptops bewaart</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save how long the office keeps its changes</source>
        <translation>Opslaan hoe lang het kantoor zijn wijzigingen bewaart</translation>
    </message>
    <message>
        <source>&amp;Retire laptop…</source>
        <translation>Laptop &amp;afmelden…</translation>
    </message>
    <message>
        <source>Retire the selected field laptop</source>
        <translation>De geselecteerde veldlaptop afmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n field laptop(s)</source>
        <translation>
            <numerusform>%n veldlaptop</numerusform>
            <numerusform>%n veldlaptops</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire laptop</source>
        <translation>Laptop afmelden</translation>
    </message>
    <message>
        <source>Retire laptop %1 (%2 on %3)? Its registration and its blocks of numbers are removed from the office, so it can no longer synchronise; numbers it already used stay used. Changes it has not sent yet never reach the office. Do this for a lost or stolen laptop.</source>
        <translation>Laptop %1 (%2 op %3) afmelden? Zijn registratie en zijn nummerblokken worden uit het kantoor verwijderd, zodat hij niet meer kan synchroniseren; nummers die hij al gebruikte, blijven gebruikt. Wijzigingen die hij nog niet heeft verzonden, bereiken het kantoor nooit. Doe dit voor een verloren of gestolen laptop.</translation>
    </message>
</context>
<context>
    <name>FieldStatus</name>
    <message>
        <source>Field copy</source>
        <translation>Veldkopie</translation>
    </message>
    <message numerus="yes">
        <source>Field copy · %n change(s) to send</source>
        <translation>
            <numerusform>Veldkopie · %n wijziging te verzenden</numerusform>
            <numerusform>Veldkopie · %n wijzigingen te verzenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes are kept on this laptop until it synchronises with the office.</source>
        <translation>Uw wijzigingen worden op deze laptop bewaard tot hij met het kantoor synchroniseert.</translation>
    </message>
    <message>
        <source>Click the conflicts to decide which values stay.</source>
        <translation>Klik op de conflicten om te kiezen welke waarden blijven.</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>laatste synchronisatie %1</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>This laptop has used all the numbers the office gave it (%1). Nothing was saved. Check out a new copy from the office to get more numbers.</source>
        <translation>Deze laptop heeft alle nummers gebruikt die het kantoor hem gaf (%1). Er is niets opgeslagen. Haal een nieuwe kopie op bij het kantoor om meer nummers te krijgen.</translation>
    </message>
    <message>
        <source>Keep the office&apos;s changes between %1 and %2 days. Nothing was changed.</source>
        <translation>Bewaar de wijzigingen van het kantoor tussen %1 en %2 dagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Laptop %1 is no longer registered in this office database. The list shows those that are.</source>
        <translation>Laptop %1 is niet meer geregistreerd in deze kantoordatabase. De lijst toont de laptops die dat wel zijn.</translation>
    </message>
    <message>
        <source>Only an administrator can change the field laptops&apos; retention or retire a laptop. Nothing was changed; ask an administrator of ContactDesk.</source>
        <translation>Alleen een beheerder kan de bewaartermijn voor veldlaptops wijzigen of een laptop afmelden. Er is niets gewijzigd; vraag het een beheerder van ContactDesk.</translation>
    </message>
    <message>
        <source>The sync was canceled. What was not finished was left as it was; synchronise again.</source>
        <translation>De synchronisatie is geannuleerd. Wat niet af was, is gelaten zoals het was; synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>%1 must have a value. Nothing was changed; type a value and try again.</source>
        <translation>%1 moet een waarde hebben. Er is niets gewijzigd; typ een waarde en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is too long: use at most %3 characters. Nothing was changed.</source>
        <translation>%1 is te lang: gebruik hoogstens %3 tekens. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist on this laptop. Nothing was changed; type one that exists.</source>
        <translation>%1 &quot;%2&quot; bestaat niet op deze laptop. Er is niets gewijzigd; typ er een die bestaat.</translation>
    </message>
    <message>
        <source>%1 cannot hold &quot;%2&quot;. Nothing was changed; type a value of the right kind (a number, a date such as 2026-12-31, yes or no).</source>
        <translation>%1 kan &quot;%2&quot; niet bevatten. Er is niets gewijzigd; typ een waarde van de juiste soort (een getal, een datum zoals 2026-12-31, ja of nee).</translation>
    </message>
    <message>
        <source>This record is no longer on this laptop, so no value can be written to it. Keep the office value to close the conflict.</source>
        <translation>Dit record staat niet meer op deze laptop, dus er kan geen waarde in worden geschreven. Behoud de kantoorwaarde om het conflict te sluiten.</translation>
    </message>
    <message>
        <source>This conflict was already resolved. The list shows the conflicts still open.</source>
        <translation>Dit conflict was al opgelost. De lijst toont de conflicten die nog open zijn.</translation>
    </message>
    <message>
        <source>That choice does not fit this conflict. Use one of the buttons that are available.</source>
        <translation>Die keuze past niet bij dit conflict. Gebruik een van de knoppen die beschikbaar zijn.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted again: other records still refer to it. Keep it, or delete those first.</source>
        <translation>%1 kan niet opnieuw worden verwijderd: andere records verwijzen er nog naar. Behoud het, of verwijder die eerst.</translation>
    </message>
    <message>
        <source>This database is not a field copy, so there is nothing to synchronise. Check out a field copy from the office first.</source>
        <translation>Deze database is geen veldkopie, dus er valt niets te synchroniseren. Haal eerst een veldkopie op bij het kantoor.</translation>
    </message>
    <message>
        <source>This laptop was checked out of a database file, not the office&apos;s server, so it cannot synchronise. Check out a new field copy from the office&apos;s PostgreSQL database.</source>
        <translation>Deze laptop is opgehaald uit een databasebestand, niet van de server van het kantoor, dus hij kan niet synchroniseren. Haal een nieuwe veldkopie op uit de PostgreSQL-database van het kantoor.</translation>
    </message>
    <message>
        <source>The office database is newer than this laptop&apos;s ContactDesk (version %1, this laptop %2). Nothing was changed; update ContactDesk on this laptop, then synchronise.</source>
        <translation>De kantoordatabase is nieuwer dan ContactDesk op deze laptop (versie %1, deze laptop %2). Er is niets gewijzigd; werk ContactDesk op deze laptop bij en synchroniseer dan.</translation>
    </message>
    <message>
        <source>The office database is older than this laptop&apos;s ContactDesk (version %1, this laptop %2). Nothing was changed; have the office database updated first, then synchronise.</source>
        <translation>De kantoordatabase is ouder dan ContactDesk op deze laptop (versie %1, deze laptop %2). Er is niets gewijzigd; laat eerst de kantoordatabase bijwerken en synchroniseer dan.</translation>
    </message>
    <message>
        <source>This laptop has not synchronised for longer than the office keeps its changes, so it must be checked out again. Your unsent work was saved to %3 first; check out a new field copy.</source>
        <translation>Deze laptop heeft langer niet gesynchroniseerd dan het kantoor zijn wijzigingen bewaart, dus hij moet opnieuw worden opgehaald. Uw niet-verzonden werk is eerst opgeslagen in %3; haal een nieuwe veldkopie op.</translation>
    </message>
    <message>
        <source>This laptop&apos;s registration was removed in the office, so it can no longer synchronise. Your unsent work was saved to %3 first; check out a new field copy.</source>
        <translation>De registratie van deze laptop is op kantoor verwijderd, dus hij kan niet meer synchroniseren. Uw niet verzonden werk is eerst opgeslagen in %3; haal een nieuwe veldkopie op.</translation>
    </message>
    <message>
        <source>The office database cannot be reached. Nothing was changed; connect to the office network or VPN and synchronise again.</source>
        <translation>De kantoordatabase is niet bereikbaar. Er is niets gewijzigd; maak verbinding met het kantoornetwerk of de VPN en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>The office database refused your login. Nothing was changed; check your password and synchronise again.</source>
        <translation>De kantoordatabase heeft uw login geweigerd. Er is niets gewijzigd; controleer uw wachtwoord en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>The sync could not run. Nothing was changed; try again later or ask your administrator.</source>
        <translation>De synchronisatie kon niet worden uitgevoerd. Er is niets gewijzigd; probeer het later opnieuw of vraag het uw beheerder.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Kies het bestand dat u wilt importeren</translation>
    </message>
    <message>
        <source>A CSV file (from ContactDesk, Outlook, Google Contacts or a spreadsheet) or a vCard file (.vcf). Nothing is written until you confirm at the end.</source>
        <translation>Een CSV-bestand (uit ContactDesk, Outlook, Google Contacten of een spreadsheet) of een vCard-bestand (.vcf). Er wordt niets opgeslagen totdat u aan het eind bevestigt.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Encodings UTF-8, UTF-16 and Windows-1252 and the separators ; , and tab are recognised by themselves.</source>
        <translation>De coderingen UTF-8, UTF-16 en Windows-1252 en de scheidingstekens ; , en tab worden automatisch herkend.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>Choose a contacts file</source>
        <translation>Kies een contactenbestand</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;All files (*)</source>
        <translation>Contacten (*.csv *.txt *.vcf);;CSV-bestanden (*.csv *.txt);;vCard-bestanden (*.vcf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
</context>
<context>
    <name>FlowTexts</name>
    <message>
        <source>Stops the merge</source>
        <translation>Stopt het samenvoegen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Personal letter %1</source>
        <translation>Persoonlijke brief %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Koptekst</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field “%1”: no merge field has that name. Correct it in Word (the README lists every field).</source>
        <translation>Onbekend veld “%1”: er bestaat geen samenvoegveld met die naam. Corrigeer het in Word (de README noemt alle velden).</translation>
    </message>
    <message>
        <source>“%1” reaches into the program&apos;s internals; a letter may only show values. Remove it from the template.</source>
        <translation>“%1” grijpt in op de interne werking van het programma; een brief mag alleen waarden tonen. Verwijder het uit het sjabloon.</translation>
    </message>
    <message>
        <source>The placeholders are not written correctly (%1). Check the {{ }} and {% %} marks around this place.</source>
        <translation>De tijdelijke aanduidingen zijn niet correct geschreven (%1). Controleer de tekens {{ }} en {% %} rond deze plek.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is empty for %n recipient(s), so their letters show nothing there: %2</source>
        <translation>
            <numerusform>“%1” is leeg voor %n ontvanger, dus de brief toont daar niets: %2</numerusform>
            <numerusform>“%1” is leeg voor %n ontvangers, dus hun brieven tonen daar niets: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Word split a placeholder across differently formatted pieces. The letter still works; retype it in one go so it keeps one formatting.</source>
        <translation>Word heeft een tijdelijke aanduiding opgesplitst in stukken met verschillende opmaak. De brief werkt nog steeds; typ de aanduiding in één keer opnieuw, zodat deze één opmaak houdt.</translation>
    </message>
    <message>
        <source>The template is too large to use, or unpacks to far more than it holds; it may be damaged or made to harm programs. Open it in Word, remove very large pictures or embedded files, save it again as .docx and attach it again.</source>
        <translation>Het sjabloon is te groot om te gebruiken, of pakt uit tot veel meer dan het bevat; het kan beschadigd zijn of gemaakt om programma&apos;s te schaden. Open het in Word, verwijder zeer grote afbeeldingen of ingesloten bestanden, sla het opnieuw op als .docx en voeg het opnieuw toe.</translation>
    </message>
    <message>
        <source>The template&apos;s fields are too complicated to read: too many fields, or brackets and tags nested too deeply. Simplify them in Word and attach the document again.</source>
        <translation>De velden van het sjabloon zijn te ingewikkeld om te lezen: te veel velden, of haakjes en tags te diep in elkaar. Vereenvoudig ze in Word en voeg het document opnieuw toe.</translation>
    </message>
    <message>
        <source>The template is not a Word (.docx) document. Save it as .docx in Word and attach it again.</source>
        <translation>Het sjabloon is geen Word-document (.docx). Sla het in Word op als .docx en voeg het opnieuw toe.</translation>
    </message>
    <message>
        <source>A trial letter could not be made: %1</source>
        <translation>Er kon geen proefbrief worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The segment has no lines. Add contacts first.</source>
        <translation>Het segment heeft geen regels. Voeg eerst contacten toe.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no Word document in their language: %1. Attach a document to the interaction template under Setup.</source>
        <translation>
            <numerusform>%n regel heeft geen Word-document in de eigen taal: %1. Voeg een document toe aan het interactiesjabloon onder Instellingen.</numerusform>
            <numerusform>%n regels hebben geen Word-document in hun taal: %1. Voeg een document toe aan het interactiesjabloon onder Instellingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) had a line break in the name or subject, which was put on one line: %1. Correct the contact or the segment line.</source>
        <translation>
            <numerusform>%n e-mailconcept had een regeleinde in de naam of het onderwerp; dat is op één regel gezet: %1. Corrigeer het contact of de segmentregel.</numerusform>
            <numerusform>%n e-mailconcepten hadden een regeleinde in de naam of het onderwerp; dat is op één regel gezet: %1. Corrigeer het contact of de segmentregel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) were not written because the e-mail address holds a line break: %1. Their letter is written; correct the e-mail address on the contact card.</source>
        <translation>
            <numerusform>%n e-mailconcept is niet gemaakt omdat het e-mailadres een regeleinde bevat: %1. De brief is geschreven; corrigeer het e-mailadres op de contactkaart.</numerusform>
            <numerusform>%n e-mailconcepten zijn niet gemaakt omdat het e-mailadres een regeleinde bevat: %1. De brieven zijn geschreven; corrigeer het e-mailadres op de contactkaart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail line(s) have no e-mail address: %1. Their letter is written, but no e-mail draft.</source>
        <translation>
            <numerusform>%n e-mailregel heeft geen e-mailadres: %1. De brief wordt geschreven, maar er wordt geen e-mailconcept gemaakt.</numerusform>
            <numerusform>%n e-mailregels hebben geen e-mailadres: %1. De brieven worden geschreven, maar er worden geen e-mailconcepten gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the paragraph “%1”</source>
        <translation>In de alinea “%1”</translation>
    </message>
    <message>
        <source>longest name</source>
        <translation>langste naam</translation>
    </message>
    <message>
        <source>longest address</source>
        <translation>langste adres</translation>
    </message>
    <message>
        <source>most missing fields</source>
        <translation>meeste ontbrekende velden</translation>
    </message>
    <message>
        <source>special letters</source>
        <translation>bijzondere tekens</translation>
    </message>
    <message>
        <source>“&amp;” in a value</source>
        <translation>“&amp;” in een waarde</translation>
    </message>
    <message>
        <source>“&lt;” in a value</source>
        <translation>“&lt;” in een waarde</translation>
    </message>
    <message>
        <source>The segment has no lines, so there is nothing to merge. Add contacts to it first (Add contacts… on the segment), then check again.</source>
        <translation>Het segment heeft geen regels, dus er valt niets samen te voegen. Voeg er eerst contacten aan toe (Contacten toevoegen… bij het segment) en controleer daarna opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop the merge. Correct the template in Word, attach it again under Setup → Interaction templates, and check again.</source>
        <translation>
            <numerusform>%n probleem stopt het samenvoegen. Corrigeer het sjabloon in Word, voeg het opnieuw toe onder Instellingen → Interactiesjablonen en controleer opnieuw.</numerusform>
            <numerusform>%n problemen stoppen het samenvoegen. Corrigeer het sjabloon in Word, voeg het opnieuw toe onder Instellingen → Interactiesjablonen en controleer opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to merge %n letter(s).</source>
        <translation>
            <numerusform>Klaar om %n brief samen te voegen.</numerusform>
            <numerusform>Klaar om %n brieven samen te voegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them also become an e-mail draft.</source>
        <translation>
            <numerusform>Voor %n daarvan wordt ook een e-mailconcept gemaakt.</numerusform>
            <numerusform>Voor %n daarvan worden ook e-mailconcepten gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): look at them and at the preview; they do not stop the merge.</source>
        <translation>
            <numerusform>%n waarschuwing: bekijk deze en het voorbeeld; ze stopt het samenvoegen niet.</numerusform>
            <numerusform>%n waarschuwingen: bekijk deze en het voorbeeld; ze stoppen het samenvoegen niet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This folder already holds %n Word document(s); a letter with the same name replaces it.</source>
        <translation>
            <numerusform>Deze map bevat al %n Word-document; een brief met dezelfde naam vervangt het.</numerusform>
            <numerusform>Deze map bevat al %n Word-documenten; een brief met dezelfde naam vervangt het bestaande document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in %1</source>
        <translation>
            <numerusform>%n brief in %1</numerusform>
            <numerusform>%n brieven in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) in %1 — open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n e-mailconcept in %1 — open het in uw e-mailprogramma om het te versturen.</numerusform>
            <numerusform>%n e-mailconcepten in %1 — open ze in uw e-mailprogramma om ze te versturen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The merge was canceled. %n letter(s) were finished and kept; no combined document and no e-mail drafts were made.</source>
        <translation>
            <numerusform>Het samenvoegen is geannuleerd. %n brief was al klaar en is bewaard; er is geen gecombineerd document en er zijn geen e-mailconcepten gemaakt.</numerusform>
            <numerusform>Het samenvoegen is geannuleerd. %n brieven waren al klaar en zijn bewaard; er is geen gecombineerd document en er zijn geen e-mailconcepten gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has %n line(s).</source>
        <translation>
            <numerusform>Het segment heeft %n regel.</numerusform>
            <numerusform>Het segment heeft %n regels.</numerusform>
        </translation>
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
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>1. Set up your company</source>
        <translation>1. Uw bedrijf instellen</translation>
    </message>
    <message>
        <source>Open Setup in the list on the left. Fill in your company&apos;s name and address (they go into every letter), your salespeople, and the codes you want to use for contacts.</source>
        <translation>Open Instellingen in de lijst links. Vul de naam en het adres van uw bedrijf in (die komen in elke brief), uw verkopers en de codes die u voor contacten wilt gebruiken.</translation>
    </message>
    <message>
        <source>2. Add contacts</source>
        <translation>2. Contacten toevoegen</translation>
    </message>
    <message>
        <source>On the Contacts page, New contact (Ctrl+N) adds a company or a person. File &gt; Import contacts reads a CSV or vCard file. To look around first, File &gt; Load sample data adds made-up contacts.</source>
        <translation>Op de pagina Contacten voegt Nieuw contact (Ctrl+N) een bedrijf of een persoon toe. Bestand &gt; Contacten importeren leest een CSV- of vCard-bestand. Wilt u eerst rondkijken, dan voegt Bestand &gt; Voorbeeldgegevens laden verzonnen contacten toe.</translation>
    </message>
    <message>
        <source>3. Make a segment</source>
        <translation>3. Een segment maken</translation>
    </message>
    <message>
        <source>A segment is a group of contacts who get the same interaction, for example a letter. On the Segments page, New segment opens its worksheet: choose the interaction template in the header, then Add contacts by criteria, and Reduce or Refine the list until it is right.</source>
        <translation>Een segment is een groep contacten die dezelfde interactie krijgen, bijvoorbeeld een brief. Op de pagina Segmenten opent Nieuw segment het werkblad: kies het interactiesjabloon in de segmentkop, voeg dan met Contacten toevoegen contacten toe op criteria, en maak de lijst met Verkleinen of Verfijnen precies goed.</translation>
    </message>
    <message>
        <source>4. Merge the letters</source>
        <translation>4. De brieven samenvoegen</translation>
    </message>
    <message>
        <source>Merge (Ctrl+M) on the worksheet checks the Word template against every contact, shows a preview, and writes one letter per contact, a combined document for printing and, if you want, e-mail drafts.</source>
        <translation>Samenvoegen (Ctrl+M) op het werkblad controleert het Word-sjabloon voor elk contact, toont een voorbeeld en schrijft één brief per contact, een gecombineerd document om af te drukken en, als u wilt, e-mailconcepten.</translation>
    </message>
    <message>
        <source>5. Log the segment</source>
        <translation>5. Het segment registreren</translation>
    </message>
    <message>
        <source>Log (Ctrl+L) records one interaction per contact, with the letter it got. The segment moves to Logged segments; every contact&apos;s interactions are in the Interaction log and on the contact&apos;s card.</source>
        <translation>Registreren (Ctrl+L) legt per contact één interactie vast, met de brief die het kreeg. Het segment gaat naar Geregistreerde segmenten; de interacties van elk contact staan in de Interactielog en op de contactkaart.</translation>
    </message>
    <message>
        <source>Help and keys</source>
        <translation>Hulp en toetsen</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard shortcuts lists every shortcut. If something goes wrong, Help &gt; Open log folder shows the log file to send to whoever helps you.</source>
        <translation>Help &gt; Sneltoetsen toont alle sneltoetsen. Gaat er iets mis, dan toont Help &gt; Logmap openen het logbestand dat u kunt sturen naar wie u helpt.</translation>
    </message>
    <message>
        <source>Getting started with ContactDesk</source>
        <translation>Aan de slag met ContactDesk</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;About ContactDesk</source>
        <translation>&amp;Over ContactDesk</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log folder is %1</source>
        <translation>Er kon geen bestandsbeheer worden geopend. De logmap is %1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Type (company/person)</source>
        <translation>Type (bedrijf/persoon)</translation>
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
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company no.</source>
        <translation>Bedrijfsnr.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
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
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Rayon</translation>
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
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <source>Exclude from segments</source>
        <translation>Uitsluiten van segmenten</translation>
    </message>
    <message>
        <source>Privacy blocked</source>
        <translation>Privacy geblokkeerd</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <source>Parental consent received</source>
        <translation>Toestemming ouders ontvangen</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
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
        <source>ContactDesk export</source>
        <translation>ContactDesk-export</translation>
    </message>
    <message>
        <source>Outlook contacts export</source>
        <translation>Export van Outlook-contacten</translation>
    </message>
    <message>
        <source>Google Contacts export (Google CSV)</source>
        <translation>Export van Google Contacten (Google CSV)</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export van Google Contacten</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>onbekende indeling</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Branchegroep</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Bedrijfsrelatie</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Mailinggroep</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Functieverantwoordelijkheid</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not known: the contact gets the default language. Add it under Setup first to keep it.</source>
        <translation>%1 &quot;%2&quot; is niet bekend: het contact krijgt de standaardtaal. Voeg de taal eerst toe onder Instellingen om deze te behouden.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not a known country/region. Use a code such as NL, NO or GB, or add the country under Setup.</source>
        <translation>&quot;%2&quot; is geen bekend land of bekende regio. Gebruik een code zoals NL, NO of GB, of voeg het land toe onder Instellingen.</translation>
    </message>
    <message>
        <source>%1 must have a value.</source>
        <translation>%1 moet een waarde hebben.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not a valid e-mail address. Use the form name@example.com.</source>
        <translation>&quot;%2&quot; is geen geldig e-mailadres. Gebruik de vorm naam@example.com.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist. Create it under Setup first, or correct the file.</source>
        <translation>%1 &quot;%2&quot; bestaat niet. Maak deze eerst aan onder Instellingen, of corrigeer het bestand.</translation>
    </message>
    <message>
        <source>%1 is too long: use at most %3 characters.</source>
        <translation>%1 is te lang: gebruik maximaal %3 tekens.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a person, not a company.</source>
        <translation>%1 &quot;%2&quot; is een persoon, geen bedrijf.</translation>
    </message>
    <message>
        <source>%1 holds a line break or another invisible character. Put the value on one line in the file.</source>
        <translation>%1 bevat een regeleinde of een ander onzichtbaar teken. Zet de waarde in het bestand op één regel.</translation>
    </message>
    <message>
        <source>%1 holds an invisible control character (such as a tab). Remove it in the file.</source>
        <translation>%1 bevat een onzichtbaar stuurteken (zoals een tab). Verwijder het in het bestand.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not a valid value for %1.</source>
        <translation>&quot;%2&quot; is geen geldige waarde voor %1.</translation>
    </message>
    <message>
        <source>same contact (UID)</source>
        <translation>hetzelfde contact (UID)</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>hetzelfde e-mailadres</translation>
    </message>
    <message>
        <source>same name and post code</source>
        <translation>dezelfde naam en postcode</translation>
    </message>
    <message>
        <source>Contact %1 %2</source>
        <translation>Contact %1 %2</translation>
    </message>
    <message>
        <source>Row %1 of this file (%2)</source>
        <translation>Rij %1 van dit bestand (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n rij gecontroleerd.</numerusform>
            <numerusform>%n rijen gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n rij met problemen.</numerusform>
            <numerusform>%n rijen met problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are imported with a default.</source>
        <translation>
            <numerusform>%n waarschuwing: die rij wordt geïmporteerd met een standaardwaarde.</numerusform>
            <numerusform>%n waarschuwingen: die rijen worden geïmporteerd met een standaardwaarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicaat.</numerusform>
            <numerusform>%n duplicaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies) will be created.</source>
        <translation>
            <numerusform>%n nieuw bedrijf wordt aangemaakt.</numerusform>
            <numerusform>%n nieuwe bedrijven worden aangemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lists show the first %1.</source>
        <translation>De lijsten tonen de eerste %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n contact wordt toegevoegd.</numerusform>
            <numerusform>%n contacten worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be updated.</source>
        <translation>
            <numerusform>%n contact wordt bijgewerkt.</numerusform>
            <numerusform>%n contacten worden bijgewerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n rij wordt overgeslagen.</numerusform>
            <numerusform>%n rijen worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) will be created from company names.</source>
        <translation>
            <numerusform>%n bedrijf wordt aangemaakt op basis van bedrijfsnamen.</numerusform>
            <numerusform>%n bedrijven worden aangemaakt op basis van bedrijfsnamen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes everything in one go, and Cancel in the progress window leaves your contacts as they were.</source>
        <translation>Er is nog niets opgeslagen: Importeren schrijft alles in één keer weg, en Annuleren in het voortgangsvenster laat uw contacten zoals ze waren.</translation>
    </message>
    <message>
        <source>The file %1 was not found. Check the name and folder.</source>
        <translation>Het bestand %1 is niet gevonden. Controleer de naam en de map.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a contacts file.</source>
        <translation>Het bestand %1 is te groot om een contactenbestand te zijn.</translation>
    </message>
    <message>
        <source>The file %1 holds no rows.</source>
        <translation>Het bestand %1 bevat geen rijen.</translation>
    </message>
    <message>
        <source>The file %1 is not a vCard file that can be read.</source>
        <translation>Het bestand %1 is geen leesbaar vCard-bestand.</translation>
    </message>
    <message>
        <source>No column is imported as a name, first name, surname or company name. Choose at least one in the column step.</source>
        <translation>Geen enkele kolom wordt geïmporteerd als naam, voornaam, achternaam of bedrijfsnaam. Kies er ten minste één in de stap Kolommen.</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet workbook. Save it as CSV (File → Save as → CSV) and import that file.</source>
        <translation>Het bestand %1 is een spreadsheetwerkmap. Sla het op als CSV (Bestand → Opslaan als → CSV) en importeer dat bestand.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being read. Close the program that is writing it, then choose the file again.</source>
        <translation>Het bestand %1 is gewijzigd terwijl het werd gelezen. Sluit het programma dat het bestand wijzigt en kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is not open elsewhere.</source>
        <translation>Het bestand %1 kan niet worden gelezen. Controleer of het niet ergens anders geopend is.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported. Fix the file, or choose to skip the rows with problems.</source>
        <translation>
            <numerusform>%n rij heeft problemen, dus er is niets geïmporteerd. Corrigeer het bestand, of kies ervoor de rijen met problemen over te slaan.</numerusform>
            <numerusform>%n rijen hebben problemen, dus er is niets geïmporteerd. Corrigeer het bestand, of kies ervoor de rijen met problemen over te slaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts were changed while you were checking the file, so nothing was imported. Start the import again.</source>
        <translation>Er zijn contacten gewijzigd terwijl u het bestand controleerde, dus er is niets geïmporteerd. Start het importeren opnieuw.</translation>
    </message>
    <message>
        <source>Contacts can be exported to .csv or .vcf files. Choose a file name ending in one of these.</source>
        <translation>Contacten kunnen worden geëxporteerd naar .csv- of .vcf-bestanden. Kies een bestandsnaam die op een van deze extensies eindigt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written. Choose a folder you can write to, and close the file if it is open in another program.</source>
        <translation>Het bestand %1 kan niet worden geschreven. Kies een map waarin u kunt schrijven, en sluit het bestand als het in een ander programma geopend is.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
</context>
<context>
    <name>InteractionLogPage</name>
    <message>
        <source>Create for this c&amp;ontact…</source>
        <translation>Maken voor dit con&amp;tact…</translation>
    </message>
    <message>
        <source>Create an interaction for the contact of the selected entry</source>
        <translation>Een interactie maken voor het contact van de geselecteerde post</translation>
    </message>
    <message>
        <source>C&amp;ancel entries…</source>
        <translation>Posten &amp;annuleren…</translation>
    </message>
    <message>
        <source>Create &amp;interaction…</source>
        <translation>Interactie &amp;maken…</translation>
    </message>
    <message>
        <source>Delete the canceled entries that match the filters</source>
        <translation>De geannuleerde posten verwijderen die aan de filters voldoen</translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation>Doc&amp;ument openen</translation>
    </message>
    <message>
        <source>Open a copy of the letter kept with the selected entry</source>
        <translation>Een kopie openen van de brief die bij de geselecteerde post is bewaard</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evalueren</translation>
    </message>
    <message>
        <source>Evaluate the selected entries</source>
        <translation>De geselecteerde posten evalueren</translation>
    </message>
    <message>
        <source>(no evaluation)</source>
        <translation>(geen evaluatie)</translation>
    </message>
    <message>
        <source>&amp;Delete canceled entries…</source>
        <translation>Geannuleerde posten &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistieken…</translation>
    </message>
    <message>
        <source>Interactions, cost and duration per template and group</source>
        <translation>Interacties, kosten en duur per sjabloon en groep</translation>
    </message>
    <message>
        <source>Create interaction…</source>
        <translation>Interactie maken…</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Interactielog</translation>
    </message>
    <message>
        <source>No interaction log entries match the filters. Clear or change them to see more.</source>
        <translation>Er zijn geen interactielogposten die aan de filters voldoen. Wis of wijzig de filters om meer te zien.</translation>
    </message>
    <message>
        <source>No interactions have been recorded yet. They appear here when you log a segment, or when you record a letter, call or meeting yourself.</source>
        <translation>Er zijn nog geen interacties vastgelegd. Ze verschijnen hier wanneer u een segment registreert, of wanneer u zelf een brief, telefoongesprek of afspraak vastlegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interactielogpost</numerusform>
            <numerusform>%n interactielogposten</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest&amp;ore entries…</source>
        <translation>Posten &amp;herstellen…</translation>
    </message>
    <message>
        <source>Restore entries</source>
        <translation>Posten herstellen</translation>
    </message>
    <message>
        <source>Cancel entries</source>
        <translation>Posten annuleren</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n canceled interaction log entr(y/ies)? They count in the statistics again.</source>
        <translation>
            <numerusform>%n geannuleerde interactielogpost herstellen? Deze telt weer mee in de statistieken.</numerusform>
            <numerusform>%n geannuleerde interactielogposten herstellen? Deze tellen weer mee in de statistieken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n interaction log entr(y/ies)? Canceled entries stay in the log but no longer count in any statistic.</source>
        <translation>
            <numerusform>%n interactielogpost annuleren? Geannuleerde posten blijven in de log staan, maar tellen in geen enkele statistiek meer mee.</numerusform>
            <numerusform>%n interactielogposten annuleren? Geannuleerde posten blijven in de log staan, maar tellen in geen enkele statistiek meer mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also remove the letters kept with these entries? They are not used anywhere else.</source>
        <translation>Ook de brieven verwijderen die bij deze posten zijn bewaard? Ze worden nergens anders gebruikt.</translation>
    </message>
    <message>
        <source>Delete canceled entries</source>
        <translation>Geannuleerde posten verwijderen</translation>
    </message>
    <message>
        <source>No canceled entries match the filters, so nothing was deleted. Cancel entries first, then delete them.</source>
        <translation>Er zijn geen geannuleerde posten die aan de filters voldoen, dus er is niets verwijderd. Annuleer eerst posten en verwijder ze daarna.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled interaction log entr(y/ies) that match the filters, with their comments and letters? This cannot be undone.</source>
        <translation>
            <numerusform>%n geannuleerde interactielogpost die aan de filters voldoet, met de opmerkingen en brieven verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n geannuleerde interactielogposten die aan de filters voldoen, met hun opmerkingen en brieven verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies) deleted.</source>
        <translation>
            <numerusform>%n interactielogpost verwijderd.</numerusform>
            <numerusform>%n interactielogposten verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan het document niet openen</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evalueren</translation>
    </message>
</context>
<context>
    <name>InteractionWizard</name>
    <message>
        <source>Resume interaction %1</source>
        <translation>Interactie %1 hervatten</translation>
    </message>
    <message>
        <source>Create interaction</source>
        <translation>Interactie maken</translation>
    </message>
    <message>
        <source>Do you want to finish this interaction later?

Yes keeps it under Postponed interactions, where Resume brings it back. No discards what you entered.</source>
        <translation>Wilt u deze interactie later voltooien?

Met Ja wordt deze bewaard onder Uitgestelde interacties, waar u deze met Hervatten terughaalt. Met Nee wordt verwijderd wat u hebt ingevoerd.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Open the selected row</source>
        <translation>De geselecteerde regel openen</translation>
    </message>
    <message>
        <source>Delete or cancel the selected rows</source>
        <translation>De geselecteerde regels verwijderen of annuleren</translation>
    </message>
</context>
<context>
    <name>LetterFolders</name>
    <message>
        <source>ContactDesk letters</source>
        <translation>ContactDesk-brieven</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>Postvak UIT</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>Personalise letter…</source>
        <translation>Brief persoonlijk maken…</translation>
    </message>
    <message>
        <source>Merge this line&apos;s letter, edit it in Word and keep it for this line</source>
        <translation>De brief van deze regel samenvoegen, in Word bewerken en voor deze regel bewaren</translation>
    </message>
    <message>
        <source>Use the template again</source>
        <translation>Weer het sjabloon gebruiken</translation>
    </message>
    <message>
        <source>Phone call…</source>
        <translation>Telefoongesprek…</translation>
    </message>
    <message>
        <source>Cover sheets…</source>
        <translation>Voorbladen…</translation>
    </message>
    <message>
        <source>Print one page per contact: sender, address and a text of your own</source>
        <translation>Eén pagina per contact afdrukken: afzender, adres en een eigen tekst</translation>
    </message>
    <message>
        <source>Personalise letter</source>
        <translation>Brief persoonlijk maken</translation>
    </message>
    <message>
        <source>Line %1 now has its own letter.</source>
        <translation>Regel %1 heeft nu een eigen brief.</translation>
    </message>
    <message>
        <source>The letter you edited for %1 is forgotten, and the line gets its template&apos;s letter again. Continue?</source>
        <translation>De brief die u voor %1 hebt bewerkt, vervalt en de regel krijgt weer de brief van het sjabloon. Doorgaan?</translation>
    </message>
    <message numerus="yes">
        <source>%n cover sheet(s) written</source>
        <translation>
            <numerusform>%n voorblad geschreven</numerusform>
            <numerusform>%n voorbladen geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) logged</source>
        <translation>
            <numerusform>%n interactie geregistreerd</numerusform>
            <numerusform>%n interacties geregistreerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineContactAction</name>
    <message>
        <source>Change contact…</source>
        <translation>Contact wijzigen…</translation>
    </message>
    <message>
        <source>Put another contact on the selected line; its values start afresh for that contact</source>
        <translation>Zet een ander contact op de geselecteerde regel; de waarden worden opnieuw voor dat contact ingevuld</translation>
    </message>
</context>
<context>
    <name>LineContactPicker</name>
    <message>
        <source>Change the contact of line %1 (%2)</source>
        <translation>Contact van regel %1 wijzigen (%2)</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Contact wijzigen</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
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
        <translation>Be&amp;werken…</translation>
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
    <name>LogSegmentDialog</name>
    <message>
        <source>Log segment %1</source>
        <translation>Segment %1 registreren</translation>
    </message>
    <message numerus="yes">
        <source>Logging records one interaction log entry per line and moves segment %1 (“%2”, %n line(s)) to Logged segments.</source>
        <translation>
            <numerusform>Bij het registreren wordt per regel één interactielogpost vastgelegd en wordt segment %1 (“%2”, %n regel) verplaatst naar Geregistreerde segmenten.</numerusform>
            <numerusform>Bij het registreren wordt per regel één interactielogpost vastgelegd en wordt segment %1 (“%2”, %n regels) verplaatst naar Geregistreerde segmenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;follow-up segment (same header and contacts)</source>
        <translation>Opvolgings&amp;segment maken (zelfde kop en contacten)</translation>
    </message>
    <message>
        <source>&amp;Deliver: write the letters and e-mail drafts</source>
        <translation>&amp;Verzenden: de brieven en e-mailconcepten schrijven</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Letters go to:</source>
        <translation>Brieven gaan naar:</translation>
    </message>
    <message>
        <source>Hard copy letters are also put into one print document there; e-mail drafts go to its outbox folder. Each letter is kept with its entry.</source>
        <translation>Brieven op papier worden daar ook in één afdrukdocument samengebracht; e-mailconcepten komen in de outbox-map ervan. Elke brief wordt bij de bijbehorende post bewaard.</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>No line has a correspondence type, so there is nothing to deliver.</source>
        <translation>Geen enkele regel heeft een correspondentietype, dus er valt niets te verzenden.</translation>
    </message>
    <message>
        <source>Logging segment %1…</source>
        <translation>Segment %1 registreren…</translation>
    </message>
    <message>
        <source>Nothing was logged: the letters cannot be merged.</source>
        <translation>Er is niets geregistreerd: de brieven kunnen niet worden samengevoegd.</translation>
    </message>
    <message>
        <source>Follow-up segment %1 was created.</source>
        <translation>Opvolgingssegment %1 is gemaakt.</translation>
    </message>
    <message>
        <source>Segment %1 has been logged</source>
        <translation>Segment %1 is geregistreerd</translation>
    </message>
    <message>
        <source>You canceled the letters. The entries stay logged; make the missing letters from Logged segments.</source>
        <translation>U hebt het maken van de brieven geannuleerd. De posten blijven geregistreerd; maak de ontbrekende brieven vanuit Geregistreerde segmenten.</translation>
    </message>
    <message>
        <source>The letters could not all be made. The entries stay logged; make the letters again from Logged segments.</source>
        <translation>Niet alle brieven konden worden gemaakt. De posten blijven geregistreerd; maak de brieven opnieuw vanuit Geregistreerde segmenten.</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Registreren…</translation>
    </message>
    <message>
        <source>Log the segment: one interaction log entry per line</source>
        <translation>Het segment registreren: één interactielogpost per regel</translation>
    </message>
</context>
<context>
    <name>LoggedActions</name>
    <message>
        <source>Create &amp;follow-up segment</source>
        <translation>&amp;Opvolgingssegment maken</translation>
    </message>
    <message>
        <source>A new segment with the same header and contacts</source>
        <translation>Een nieuw segment met dezelfde kop en contacten</translation>
    </message>
    <message>
        <source>&amp;Reuse as new segment</source>
        <translation>&amp;Hergebruiken als nieuw segment</translation>
    </message>
    <message>
        <source>A new segment built on this one&apos;s contacts, to change and log again</source>
        <translation>Een nieuw segment op basis van de contacten van dit segment, om te wijzigen en opnieuw te registreren</translation>
    </message>
    <message>
        <source>C&amp;ancel logged segment…</source>
        <translation>Geregistreerd segment &amp;annuleren…</translation>
    </message>
    <message>
        <source>Cancel (or restore) the logged segment and all its entries</source>
        <translation>Het geregistreerde segment en alle posten ervan annuleren (of herstellen)</translation>
    </message>
    <message>
        <source>&amp;Delete canceled…</source>
        <translation>Geannuleerde segmenten &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete every canceled logged segment; their entries stay</source>
        <translation>Elk geannuleerd geregistreerd segment verwijderen; de posten ervan blijven bestaan</translation>
    </message>
    <message>
        <source>&amp;Undo logging…</source>
        <translation>Registratie ongedaan &amp;maken…</translation>
    </message>
    <message>
        <source>Remove the entries and put the segment back exactly as it was</source>
        <translation>De posten verwijderen en het segment precies zo terugzetten als het was</translation>
    </message>
    <message>
        <source>Make &amp;letters…</source>
        <translation>&amp;Brieven maken…</translation>
    </message>
    <message>
        <source>Write the letters its entries do not have yet, and keep each with its entry</source>
        <translation>De brieven schrijven die de posten nog niet hebben, en elke brief bij de bijbehorende post bewaren</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>Brief o&amp;penen</translation>
    </message>
    <message>
        <source>Open a copy of the letter kept with the selected entry</source>
        <translation>Een kopie openen van de brief die bij de geselecteerde post is bewaard</translation>
    </message>
    <message>
        <source>Rest&amp;ore logged segment…</source>
        <translation>Geregistreerd segment he&amp;rstellen…</translation>
    </message>
    <message>
        <source>Segment %1 was created. Open it now?</source>
        <translation>Segment %1 is gemaakt. Nu openen?</translation>
    </message>
    <message>
        <source>Create follow-up segment</source>
        <translation>Opvolgingssegment maken</translation>
    </message>
    <message>
        <source>Reuse as new segment</source>
        <translation>Hergebruiken als nieuw segment</translation>
    </message>
    <message>
        <source>Restore logged segment</source>
        <translation>Geregistreerd segment herstellen</translation>
    </message>
    <message>
        <source>Cancel logged segment</source>
        <translation>Geregistreerd segment annuleren</translation>
    </message>
    <message>
        <source>Delete canceled logged segments</source>
        <translation>Geannuleerde geregistreerde segmenten verwijderen</translation>
    </message>
    <message>
        <source>Undo logging</source>
        <translation>Registratie ongedaan maken</translation>
    </message>
    <message>
        <source>Logging %1 cannot be undone because something done since depends on it:</source>
        <translation>De registratie van %1 kan niet ongedaan worden gemaakt, omdat iets wat sindsdien is gedaan ervan afhangt:</translation>
    </message>
    <message>
        <source>Follow-up segment %1 is removed too.</source>
        <translation>Opvolgingssegment %1 wordt ook verwijderd.</translation>
    </message>
    <message>
        <source>Undoing logging %1…</source>
        <translation>Registratie van %1 ongedaan maken…</translation>
    </message>
    <message>
        <source>Segment %1 is back on the Segments page.</source>
        <translation>Segment %1 staat weer op de pagina Segmenten.</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>Brieven maken</translation>
    </message>
    <message>
        <source>Every entry that needs a letter keeps one already.</source>
        <translation>Elke post die een brief nodig heeft, heeft er al een.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <source>Writing the letters of %1…</source>
        <translation>De brieven van %1 schrijven…</translation>
    </message>
    <message>
        <source>Not all letters could be made:</source>
        <translation>Niet alle brieven konden worden gemaakt:</translation>
    </message>
    <message>
        <source>Cannot open the letter</source>
        <translation>Kan de brief niet openen</translation>
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
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>No. of entries</source>
        <translation>Aantal posten</translation>
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
        <source>Follow-up segment</source>
        <translation>Opvolgingssegment</translation>
    </message>
    <message>
        <source>Logged segments</source>
        <translation>Geregistreerde segmenten</translation>
    </message>
    <message>
        <source>Entries of the logged segment</source>
        <translation>Posten van het geregistreerde segment</translation>
    </message>
    <message>
        <source>No logged segments yet</source>
        <translation>Nog geen geregistreerde segmenten</translation>
    </message>
    <message>
        <source>Logging a segment records its interactions. Open a segment on the Segments page and choose Log…; it then appears here with its entries.</source>
        <translation>Bij het registreren van een segment worden de interacties ervan vastgelegd. Open een segment op de pagina Segmenten en kies Registreren…; het verschijnt dan hier met zijn posten.</translation>
    </message>
    <message>
        <source>Search logged segments</source>
        <translation>Geregistreerde segmenten zoeken</translation>
    </message>
    <message>
        <source>Search by number or description</source>
        <translation>Zoek op nummer of omschrijving</translation>
    </message>
    <message>
        <source>Logged segment actions</source>
        <translation>Acties voor geregistreerde segmenten</translation>
    </message>
    <message>
        <source>No logged segment matches “%1”.</source>
        <translation>Geen geregistreerd segment gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>Entries of %1: %2</source>
        <translation>Posten van %1: %2</translation>
    </message>
    <message>
        <source>Select a logged segment to see its entries.</source>
        <translation>Selecteer een geregistreerd segment om de posten ervan te zien.</translation>
    </message>
</context>
<context>
    <name>LoggingTexts</name>
    <message>
        <source>Segment %1 has been logged already (a logged segment exists for it).</source>
        <translation>Segment %1 is al geregistreerd (er bestaat een geregistreerd segment voor).</translation>
    </message>
    <message>
        <source>The segment has no description. Fill in Description on the segment header.</source>
        <translation>Het segment heeft geen omschrijving. Vul Omschrijving in op de segmentkop.</translation>
    </message>
    <message>
        <source>The segment has no lines to log. Add contacts first.</source>
        <translation>Het segment heeft geen regels om te registreren. Voeg eerst contacten toe.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no interaction template. Choose one on the header or the lines.</source>
        <translation>
            <numerusform>%n regel heeft geen interactiesjabloon. Kies er een op de kop of op de regels.</numerusform>
            <numerusform>%n regels hebben geen interactiesjabloon. Kies er een op de kop of op de regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no salesperson. Choose one on the header or the lines.</source>
        <translation>
            <numerusform>%n regel heeft geen verkoper. Kies er een op de kop of op de regels.</numerusform>
            <numerusform>%n regels hebben geen verkoper. Kies er een op de kop of op de regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no date. Fill in the date on the segment header.</source>
        <translation>
            <numerusform>%n regel heeft geen datum. Vul de datum in op de segmentkop.</numerusform>
            <numerusform>%n regels hebben geen datum. Vul de datum in op de segmentkop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to deliver have no Word document in their language. Add one to the interaction template under Setup, or turn off Deliver.</source>
        <translation>
            <numerusform>%n te verzenden regel heeft geen Word-document in de eigen taal. Voeg er een toe aan het interactiesjabloon onder Instellingen, of schakel Verzenden uit.</numerusform>
            <numerusform>%n te verzenden regels hebben geen Word-document in hun taal. Voeg er een toe aan het interactiesjabloon onder Instellingen, of schakel Verzenden uit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing Setup has no number series for logged segments. Choose one under Setup → Marketing setup.</source>
        <translation>Marketinginstellingen heeft geen nummerreeks voor geregistreerde segmenten. Kies er een onder Instellingen → Marketinginstellingen.</translation>
    </message>
    <message>
        <source>A follow-up segment needs a number series for segments in Marketing Setup. Choose one under Setup, or turn off Create follow-up segment.</source>
        <translation>Voor een opvolgingssegment is een nummerreeks voor segmenten in Marketinginstellingen nodig. Kies er een onder Instellingen, of schakel Opvolgingssegment maken uit.</translation>
    </message>
    <message>
        <source> (for example %1)</source>
        <translation> (bijvoorbeeld %1)</translation>
    </message>
    <message>
        <source>privacy blocked</source>
        <translation>geblokkeerd vanwege privacy</translation>
    </message>
    <message>
        <source>excluded from segments</source>
        <translation>uitgesloten van segmenten</translation>
    </message>
    <message>
        <source>no address for a letter</source>
        <translation>geen adres voor een brief</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) should not get this interaction now. Skip them and log the rest, or stop and fix them first:</source>
        <translation>
            <numerusform>%n contact moet deze interactie nu niet krijgen. Sla het over en registreer de rest, of stop en los het eerst op:</numerusform>
            <numerusform>%n contacten moeten deze interactie nu niet krijgen. Sla ze over en registreer de rest, of stop en los het eerst op:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail line(s) have a contact without an e-mail address; they are logged without a correspondence type (nothing is sent).</source>
        <translation>
            <numerusform>%n e-mailregel heeft een contact zonder e-mailadres; deze wordt geregistreerd zonder correspondentietype (er wordt niets verzonden).</numerusform>
            <numerusform>%n e-mailregels hebben een contact zonder e-mailadres; deze worden geregistreerd zonder correspondentietype (er wordt niets verzonden).</numerusform>
        </translation>
    </message>
    <message>
        <source>It was logged before undo was possible, so it can only be canceled.</source>
        <translation>Het is geregistreerd voordat ongedaan maken mogelijk was, dus het kan alleen worden geannuleerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its entries are canceled. Restore them first.</source>
        <translation>
            <numerusform>%n van de posten is geannuleerd. Herstel deze eerst.</numerusform>
            <numerusform>%n van de posten zijn geannuleerd. Herstel deze eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its entries were deleted.</source>
        <translation>
            <numerusform>%n van de posten is verwijderd.</numerusform>
            <numerusform>%n van de posten zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its entries were changed since (evaluation or document).</source>
        <translation>De posten zijn sindsdien gewijzigd (evaluatie of document).</translation>
    </message>
    <message>
        <source>Comments on its entries were added or changed since.</source>
        <translation>Er zijn sindsdien opmerkingen bij de posten toegevoegd of gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Letters were delivered for %n of its entries.</source>
        <translation>
            <numerusform>Voor %n van de posten zijn brieven verzonden.</numerusform>
            <numerusform>Voor %n van de posten zijn brieven verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its contacts were deleted since.</source>
        <translation>
            <numerusform>%n van de contacten is sindsdien verwijderd.</numerusform>
            <numerusform>%n van de contacten zijn sindsdien verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates, salespeople, campaigns or documents it used were deleted since.</source>
        <translation>Sjablonen, verkopers, campagnes of documenten die het gebruikte, zijn sindsdien verwijderd.</translation>
    </message>
    <message>
        <source>Its follow-up segment %1 was changed since.</source>
        <translation>Het opvolgingssegment %1 is sindsdien gewijzigd.</translation>
    </message>
    <message>
        <source>Its follow-up segment %1 has been logged. Undo that logging first.</source>
        <translation>Het opvolgingssegment %1 is geregistreerd. Maak die registratie eerst ongedaan.</translation>
    </message>
    <message>
        <source>Segment(s) %1 were built from it.</source>
        <translation>Segment(en) %1 zijn erop gebaseerd.</translation>
    </message>
    <message>
        <source>A segment numbered %1 exists again.</source>
        <translation>Er bestaat weer een segment met nummer %1.</translation>
    </message>
    <message>
        <source>Segment %1 cannot be logged:</source>
        <translation>Segment %1 kan niet worden geregistreerd:</translation>
    </message>
    <message>
        <source>Logging %1 cannot be undone because something done since depends on it:</source>
        <translation>De registratie van %1 kan niet ongedaan worden gemaakt, omdat iets wat sindsdien is gedaan ervan afhangt:</translation>
    </message>
    <message>
        <source>Logged segment %1 is not canceled. Only canceled logged segments can be deleted; cancel it first.</source>
        <translation>Geregistreerd segment %1 is niet geannuleerd. Alleen geannuleerde geregistreerde segmenten kunnen worden verwijderd; annuleer het eerst.</translation>
    </message>
    <message>
        <source>The letters were not finished.</source>
        <translation>De brieven zijn niet afgemaakt.</translation>
    </message>
    <message>
        <source>Follow-up on segment %1</source>
        <translation>Opvolging van segment %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s)</source>
        <translation>
            <numerusform>%n geregistreerd segment</numerusform>
            <numerusform>%n geregistreerde segmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interactielogpost</numerusform>
            <numerusform>%n interactielogposten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 has been logged as %2 with %n interaction log entr(y/ies).</source>
        <translation>
            <numerusform>Segment %1 is geregistreerd als %2 met %n interactielogpost.</numerusform>
            <numerusform>Segment %1 is geregistreerd als %2 met %n interactielogposten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n brief geschreven naar %1</numerusform>
            <numerusform>%n brieven geschreven naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) in the outbox.</source>
        <translation>
            <numerusform>%n e-mailconcept in de outbox.</numerusform>
            <numerusform>%n e-mailconcepten in de outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) were skipped.</source>
        <translation>
            <numerusform>%n contact is overgeslagen.</numerusform>
            <numerusform>%n contacten zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel logged segment %1 and its %n interaction log entr(y/ies)? They stay in the log but no longer count in any statistic.</source>
        <translation>
            <numerusform>Geregistreerd segment %1 en de %n interactielogpost ervan annuleren? Deze blijft in de log staan, maar telt in geen enkele statistiek meer mee.</numerusform>
            <numerusform>Geregistreerd segment %1 en de %n interactielogposten ervan annuleren? Deze blijven in de log staan, maar tellen in geen enkele statistiek meer mee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore logged segment %1 and its %n canceled entr(y/ies)? They count in the statistics again.</source>
        <translation>
            <numerusform>Geregistreerd segment %1 en de %n geannuleerde post ervan herstellen? Deze telt weer mee in de statistieken.</numerusform>
            <numerusform>Geregistreerd segment %1 en de %n geannuleerde posten ervan herstellen? Deze tellen weer mee in de statistieken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled logged segment(s)? Their entries stay in the interaction log, no longer linked to a logged segment. This cannot be undone.</source>
        <translation>
            <numerusform>%n geannuleerd geregistreerd segment verwijderen? De posten ervan blijven in de interactielog staan, maar zijn niet meer gekoppeld aan een geregistreerd segment. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n geannuleerde geregistreerde segmenten verwijderen? De posten ervan blijven in de interactielog staan, maar zijn niet meer gekoppeld aan een geregistreerd segment. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s) deleted.</source>
        <translation>
            <numerusform>%n geregistreerd segment verwijderd.</numerusform>
            <numerusform>%n geregistreerde segmenten verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo logging %1? Its %n interaction log entr(y/ies) are removed and segment %2 is back on the Segments page exactly as it was.</source>
        <translation>
            <numerusform>Registratie van %1 ongedaan maken? De %n interactielogpost ervan wordt verwijderd en segment %2 staat weer precies zoals het was op de pagina Segmenten.</numerusform>
            <numerusform>Registratie van %1 ongedaan maken? De %n interactielogposten ervan worden verwijderd en segment %2 staat weer precies zoals het was op de pagina Segmenten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingGroupActions</name>
    <message>
        <source>Apply mailing group…</source>
        <translation>Mailinggroep toepassen…</translation>
    </message>
    <message>
        <source>Remove mailing group…</source>
        <translation>Mailinggroep verwijderen…</translation>
    </message>
    <message>
        <source>Give every contact on the segment a mailing group</source>
        <translation>Geef elk contact in het segment een mailinggroep</translation>
    </message>
    <message>
        <source>Take a mailing group from every contact on the segment</source>
        <translation>Haal een mailinggroep weg bij elk contact in het segment</translation>
    </message>
    <message>
        <source>Apply mailing group</source>
        <translation>Mailinggroep toepassen</translation>
    </message>
    <message>
        <source>Remove mailing group</source>
        <translation>Mailinggroep verwijderen</translation>
    </message>
    <message>
        <source>There are no mailing groups yet. Set them up under Setup → Codes → Mailing groups.</source>
        <translation>Er zijn nog geen mailinggroepen. Stel ze in onder Instellingen → Codes → Mailinggroepen.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing group %1 added to %n contact(s).</source>
        <translation>
            <numerusform>Mailinggroep %1 toegevoegd aan %n contact.</numerusform>
            <numerusform>Mailinggroep %1 toegevoegd aan %n contacten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailing group %1 removed from %n contact(s).</source>
        <translation>
            <numerusform>Mailinggroep %1 verwijderd bij %n contact.</numerusform>
            <numerusform>Mailinggroep %1 verwijderd bij %n contacten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
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
        <source>&amp;Connect to office database…</source>
        <translation>Ver&amp;binden met kantoordatabase…</translation>
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
        <translation>Vernieu&amp;wen</translation>
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
        <source>Sample contacts added: %1.</source>
        <translation>Voorbeeldcontacten toegevoegd: %1.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>What each column of the file holds. Nothing has been written yet.</source>
        <translation>Wat elke kolom van het bestand bevat. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Kolommen en velden</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Eerste rijen van het bestand:</translation>
    </message>
    <message>
        <source>Recognised as: %1. Check the columns below, or change what a column is imported as.</source>
        <translation>Herkend als: %1. Controleer de kolommen hieronder, of wijzig hoe een kolom wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>The layout of this file is not one ContactDesk knows. Choose for each column what it holds; columns left at “(not imported)” are ignored.</source>
        <translation>De indeling van dit bestand is niet bekend bij ContactDesk. Kies voor elke kolom wat deze bevat; kolommen die op “(niet geïmporteerd)” blijven staan, worden genegeerd.</translation>
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
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <source>Cover sheet template</source>
        <translation>Voorbladsjabloon</translation>
    </message>
    <message>
        <source>The template of the entries logged when cover sheets are printed</source>
        <translation>Het sjabloon van de interactielogposten die bij het afdrukken van voorbladen worden geregistreerd</translation>
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
    <name>MenuButton</name>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merge segment %1</source>
        <translation>Segment %1 samenvoegen</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Terug</translation>
    </message>
    <message>
        <source>Check and preview &gt;</source>
        <translation>Controleren en voorbeeld &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Checking the templates…</source>
        <translation>Sjablonen controleren…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n letter(s) to %1…</source>
        <translation>
            <numerusform>%n brief schrijven naar %1…</numerusform>
            <numerusform>%n brieven schrijven naar %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The letters could not be written to %1.</source>
        <translation>De brieven konden niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>The segment or its templates changed since the check, and the check now finds problems. Nothing was written.</source>
        <translation>Het segment of de sjablonen ervan zijn na de controle gewijzigd, en de controle vindt nu problemen. Er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>MergeOptionsPage</name>
    <message>
        <source>Merge segment %1 – %2</source>
        <translation>Segment %1 samenvoegen – %2</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(geen omschrijving)</translation>
    </message>
    <message>
        <source>Every line of the segment gets its own Word letter, made from its interaction template in the contact&apos;s language. The template is checked first, and you can look at a preview before anything is written.</source>
        <translation>Elke regel van het segment krijgt een eigen Word-brief, gemaakt op basis van het interactiesjabloon in de taal van het contact. Eerst wordt het sjabloon gecontroleerd, en u kunt een voorbeeld bekijken voordat er iets wordt geschreven.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Combined document for printing: every paper letter in one Word file, each on its own pages</source>
        <translation>Gecombineerd document om af te drukken: elke papieren brief in één Word-bestand, elk op eigen pagina&apos;s</translation>
    </message>
    <message>
        <source>Sorted by country and post code (for the post)</source>
        <translation>Gesorteerd op land en postcode (voor de post)</translation>
    </message>
    <message>
        <source>Also as PDF</source>
        <translation>Ook als PDF</translation>
    </message>
    <message>
        <source>Lines whose correspondence type is E-mail also get an e-mail draft (an .eml file with the letter attached) in the subfolder “%1”; open it in your mail program to check and send it. Their letters are not printed.</source>
        <translation>Regels met correspondentietype E-mail krijgen ook een e-mailconcept (een .eml-bestand met de brief als bijlage) in de submap “%1”; open het in uw e-mailprogramma om het te controleren en te versturen. Deze brieven worden niet afgedrukt.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Afdrukken:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>LibreOffice turns the combined document into a PDF.</source>
        <translation>LibreOffice zet het gecombineerde document om in een PDF.</translation>
    </message>
    <message>
        <source>PDF needs LibreOffice, which is not installed. %1</source>
        <translation>Voor PDF is LibreOffice nodig, maar dat is niet geïnstalleerd. %1</translation>
    </message>
    <message>
        <source>Also as PDF (needs LibreOffice)</source>
        <translation>Ook als PDF (vereist LibreOffice)</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <source>Install LibreOffice Writer with your system&apos;s software manager; on Debian or Ubuntu: sudo apt-get install %1 (the second package gives Calibri-compatible text).</source>
        <translation>Installeer LibreOffice Writer met het softwarebeheer van uw systeem; op Debian of Ubuntu: sudo apt-get install %1 (het tweede pakket geeft tekst die met Calibri overeenkomt).</translation>
    </message>
    <message>
        <source>Download LibreOffice from %1 and install it.</source>
        <translation>Download LibreOffice van %1 en installeer het.</translation>
    </message>
    <message>
        <source>The Word template %1 is too complicated to read: %2. Simplify its fields in Word (fewer brackets and tags inside each other, fewer fields) and import it again.</source>
        <translation>Het Word-sjabloon %1 is te ingewikkeld om te lezen: %2. Vereenvoudig de velden in Word (minder haakjes en tags in elkaar, minder velden) en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>The Word template %1 was refused: %2. Letters may only show values; remove that part of the template and try again.</source>
        <translation>Het Word-sjabloon %1 is geweigerd: %2. Een brief mag alleen waarden tonen; verwijder dat deel uit het sjabloon en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The Word template %1 has a mistake in its fields (%2) near “%3”. Correct it in Word and import it again.</source>
        <translation>Het Word-sjabloon %1 bevat een fout in de velden (%2) bij “%3”. Corrigeer deze in Word en importeer het sjabloon opnieuw.</translation>
    </message>
    <message>
        <source>The letter for contact %1 could not be made: %2. Check the contact&apos;s data and the template&apos;s fields.</source>
        <translation>De brief voor contact %1 kon niet worden gemaakt: %2. Controleer de gegevens van het contact en de velden van het sjabloon.</translation>
    </message>
    <message numerus="yes">
        <source>The template check found %n problem(s); nothing was written:</source>
        <translation>
            <numerusform>De sjablooncontrole heeft %n probleem gevonden; er is niets geschreven:</numerusform>
            <numerusform>De sjablooncontrole heeft %n problemen gevonden; er is niets geschreven:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not use the same styles as %2, so they cannot share one print document. They are combined separately.</source>
        <translation>%1 gebruikt niet dezelfde stijlen als %2, dus ze kunnen niet in één afdrukdocument worden gecombineerd. Ze worden apart gecombineerd.</translation>
    </message>
    <message>
        <source>PDF files need LibreOffice, which is not installed on this computer. %1 Then try again; the Word letters are made without it.</source>
        <translation>Voor PDF-bestanden is LibreOffice nodig, maar dat is niet op deze computer geïnstalleerd. %1 Probeer het daarna opnieuw; de Word-brieven worden zonder LibreOffice gemaakt.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” holds a line break, so no e-mail draft can be made for it. Correct it on the contact card.</source>
        <translation>Het e-mailadres “%1” bevat een regeleinde, dus er kan geen e-mailconcept voor worden gemaakt. Corrigeer het op de contactkaart.</translation>
    </message>
    <message>
        <source>LibreOffice took too long to make a PDF of %1 and was stopped. The Word file is there; try again, or print it from Word.</source>
        <translation>LibreOffice deed er te lang over om een PDF van %1 te maken en is gestopt. Het Word-bestand is er wel; probeer het opnieuw of druk het af vanuit Word.</translation>
    </message>
    <message>
        <source>LibreOffice could not make a PDF of %1. The Word file is there; open it and save it as PDF yourself.</source>
        <translation>LibreOffice kon geen PDF van %1 maken. Het Word-bestand is er wel; open het en sla het zelf op als PDF.</translation>
    </message>
    <message>
        <source>The letters could not be made: %1</source>
        <translation>De brieven konden niet worden gemaakt: %1</translation>
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
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
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
    <name>OpenDocument</name>
    <message>
        <source>Cannot open the document</source>
        <translation>Kan het document niet openen</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved or deleted. Make it again, or look for it in your file manager.</source>
        <translation>“%1” is er niet meer: het is verplaatst of verwijderd. Maak het opnieuw, of zoek het op in uw bestandsbeheer.</translation>
    </message>
    <message>
        <source>No program on this computer opened “%1”. Install one for this kind of file (Word or LibreOffice Writer for letters), or open it from your file manager.</source>
        <translation>Geen programma op deze computer heeft “%1” geopend. Installeer er een voor dit soort bestanden (Word of LibreOffice Writer voor brieven), of open het vanuit uw bestandsbeheer.</translation>
    </message>
</context>
<context>
    <name>OsErrorTexts</name>
    <message>
        <source>a file or folder</source>
        <translation>een bestand of map</translation>
    </message>
    <message>
        <source>ContactDesk has no permission to use %1. Choose a folder you can write to, or ask your administrator for access.</source>
        <translation>ContactDesk heeft geen toestemming om %1 te gebruiken. Kies een map waarin u kunt schrijven, of vraag uw beheerder om toegang.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space or choose a folder on another drive, and try again.</source>
        <translation>De schijf is vol, dus %1 kon niet worden geschreven. Maak ruimte vrij of kies een map op een ander station, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>ContactDesk cannot find %1. Check that it still exists (a USB stick or network drive may have been disconnected) and try again.</source>
        <translation>ContactDesk kan %1 niet vinden. Controleer of het nog bestaat (misschien is een USB-stick of netwerkstation losgekoppeld) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is on a drive that cannot be written to. Choose a folder on another drive.</source>
        <translation>%1 staat op een station waarop niet kan worden geschreven. Kies een map op een ander station.</translation>
    </message>
    <message>
        <source>Another program is using %1. Close it there (for example in Word) and try again.</source>
        <translation>Een ander programma gebruikt %1. Sluit het daar (bijvoorbeeld in Word) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The name of %1 is too long for this drive. Choose a shorter file name or a folder nearer the top of the drive.</source>
        <translation>De naam van %1 is te lang voor dit station. Kies een kortere bestandsnaam of een map hoger in het station.</translation>
    </message>
    <message>
        <source>Part of %1 is a file, not a folder. Choose another folder.</source>
        <translation>Een deel van %1 is een bestand, geen map. Kies een andere map.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a file.</source>
        <translation>%1 is een map, geen bestand. Kies een bestand.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or remove it first.</source>
        <translation>%1 bestaat al. Kies een andere naam of verwijder het eerst.</translation>
    </message>
    <message>
        <source>Too many files are open at once. Close some programs and try again.</source>
        <translation>Er zijn te veel bestanden tegelijk geopend. Sluit enkele programma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The drive holding %1 could not be read or written. Check the drive or the network connection and try again.</source>
        <translation>Het station met %1 kon niet worden gelezen of beschreven. Controleer het station of de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (system error %2). Check the file and its folder, and try again.</source>
        <translation>%1 kon niet worden gelezen of geschreven (systeemfout %2). Controleer het bestand en de map, en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>OwnLetterDialog</name>
    <message>
        <source>Personalise the letter for %1</source>
        <translation>De brief voor %1 persoonlijk maken</translation>
    </message>
    <message>
        <source>The letter for %1 is open in your word processor. Change it there and save it (keep the name and the Word format). Then choose Keep my edited letter: this line then gets exactly that letter when the segment is delivered.</source>
        <translation>De brief voor %1 is geopend in uw tekstverwerker. Wijzig hem daar en sla hem op (houd de naam en de Word-indeling aan). Kies daarna Mijn bewerkte brief bewaren: deze regel krijgt dan precies die brief wanneer het segment wordt verzonden.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Not saved in the word processor yet.</source>
        <translation>Nog niet opgeslagen in de tekstverwerker.</translation>
    </message>
    <message>
        <source>&amp;Keep my edited letter</source>
        <translation>Mijn bewerkte brief &amp;bewaren</translation>
    </message>
    <message>
        <source>Keep my edited letter</source>
        <translation>Mijn bewerkte brief bewaren</translation>
    </message>
    <message>
        <source>&amp;Open it again</source>
        <translation>Opnieuw &amp;openen</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>Opnieuw openen</translation>
    </message>
    <message>
        <source>Saved at %1. Choose Keep my edited letter when you are done.</source>
        <translation>Opgeslagen om %1. Kies Mijn bewerkte brief bewaren wanneer u klaar bent.</translation>
    </message>
</context>
<context>
    <name>OwnLetterQuestions</name>
    <message>
        <source>Line %1 (%2) has its own letter, edited for this contact. Changing the interaction template discards that letter, and the line gets the new template&apos;s document. Continue?</source>
        <translation>Regel %1 (%2) heeft een eigen brief, bewerkt voor dit contact. Als u het interactiesjabloon wijzigt, vervalt die brief en krijgt de regel het document van het nieuwe sjabloon. Doorgaan?</translation>
    </message>
    <message>
        <source>Line %1 (%2) has its own letter, edited for this contact. Changing the language discards that letter, and the line gets the template&apos;s document in the new language. Continue?</source>
        <translation>Regel %1 (%2) heeft een eigen brief, bewerkt voor dit contact. Als u de taal wijzigt, vervalt die brief en krijgt de regel het document van het sjabloon in de nieuwe taal. Doorgaan?</translation>
    </message>
    <message>
        <source>Discard the edited letter?</source>
        <translation>Bewerkte brief verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these lines have their own edited letter: Yes discards those letters for good.</source>
        <translation>
            <numerusform>%n van deze regels heeft een eigen bewerkte brief: met Ja gaat die brief definitief verloren.</numerusform>
            <numerusform>%n van deze regels hebben een eigen bewerkte brief: met Ja gaan die brieven definitief verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed lines had its own edited letter. The letters are kept with the segment&apos;s history: Go back brings those lines back with them.</source>
        <translation>
            <numerusform>%n van de verwijderde regels had een eigen bewerkte brief. De brief blijft bewaard in de geschiedenis van het segment: met Terugdraaien komt die regel met de brief terug.</numerusform>
            <numerusform>%n van de verwijderde regels hadden een eigen bewerkte brief. De brieven blijven bewaard in de geschiedenis van het segment: met Terugdraaien komen die regels met hun brieven terug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edited letters of %n removed line(s) are then deleted for good.</source>
        <translation>
            <numerusform>De bewerkte brief van %n verwijderde regel gaat dan definitief verloren.</numerusform>
            <numerusform>De bewerkte brieven van %n verwijderde regels gaan dan definitief verloren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneCallAction</name>
    <message>
        <source>&amp;Phone call…</source>
        <translation>&amp;Telefoongesprek…</translation>
    </message>
    <message>
        <source>Call the contact and log the call</source>
        <translation>Het contact bellen en het gesprek registreren</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
</context>
<context>
    <name>PhoneCallDialog</name>
    <message>
        <source>Phone call – %1</source>
        <translation>Telefoongesprek – %1</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Bellen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Hand the number to the phone program of this computer</source>
        <translation>Het nummer doorgeven aan het belprogramma van deze computer</translation>
    </message>
    <message>
        <source>Phone &amp;number:</source>
        <translation>Telefoon&amp;nummer:</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Interaction &amp;template:</source>
        <translation>Interactie&amp;sjabloon:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkoopkans</translation>
    </message>
    <message>
        <source>What the call may lead to, if anything</source>
        <translation>Wat het gesprek kan opleveren, als er iets is</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>&amp;Verkoopkans:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluatie:</translation>
    </message>
    <message>
        <source>The call was &amp;successful</source>
        <translation>Het gesprek is ges&amp;laagd</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Clear this when nobody answered: the entry then says the attempt failed</source>
        <translation>Vink dit uit als niemand opnam: de post vermeldt dan dat de poging mislukt is</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>as the template says</source>
        <translation>volgens het sjabloon</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>Comments, one per line</source>
        <translation>Opmerkingen, één per regel</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>Opme&amp;rkingen:</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>Gesprek re&amp;gistreren</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Gesprek registreren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>No program on this computer places phone calls. Dial %1 on your phone, then log the call.</source>
        <translation>Geen programma op deze computer kan bellen. Kies %1 op uw telefoon en registreer daarna het gesprek.</translation>
    </message>
</context>
<context>
    <name>PostponedPage</name>
    <message>
        <source>&amp;Resume…</source>
        <translation>He&amp;rvatten…</translation>
    </message>
    <message>
        <source>Open the selected interaction in the wizard to finish it</source>
        <translation>De geselecteerde interactie in de wizard openen om deze te voltooien</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected postponed interactions</source>
        <translation>De geselecteerde uitgestelde interacties verwijderen</translation>
    </message>
    <message>
        <source>Postponed interactions</source>
        <translation>Uitgestelde interacties</translation>
    </message>
    <message>
        <source>No postponed interactions match the filters.</source>
        <translation>Er zijn geen uitgestelde interacties die aan de filters voldoen.</translation>
    </message>
    <message>
        <source>No postponed interactions. When you cancel the Create interaction wizard and choose to finish later, the interaction waits here until you resume it.</source>
        <translation>Geen uitgestelde interacties. Wanneer u de wizard Interactie maken annuleert en kiest om later verder te gaan, wacht de interactie hier tot u deze hervat.</translation>
    </message>
    <message numerus="yes">
        <source>%n postponed interaction(s)</source>
        <translation>
            <numerusform>%n uitgestelde interactie</numerusform>
            <numerusform>%n uitgestelde interacties</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete postponed interactions</source>
        <translation>Uitgestelde interacties verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n postponed interaction(s) with their comments and letters? This cannot be undone.</source>
        <translation>
            <numerusform>%n uitgestelde interactie met de opmerkingen en brieven verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n uitgestelde interacties met hun opmerkingen en brieven verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview the letter for</source>
        <translation>Voorbeeld van de brief voor</translation>
    </message>
    <message>
        <source>Open in Word</source>
        <translation>Openen in Word</translation>
    </message>
    <message>
        <source>Opens a copy of this letter in your word processor; changing it changes nothing in the merge.</source>
        <translation>Opent een kopie van deze brief in uw tekstverwerker; wijzigingen daarin veranderen niets aan het samenvoegen.</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Voorbeeld voor:</translation>
    </message>
    <message>
        <source>No letter to preview.</source>
        <translation>Geen brief om te bekijken.</translation>
    </message>
    <message>
        <source>This letter cannot be made yet:</source>
        <translation>Deze brief kan nog niet worden gemaakt:</translation>
    </message>
    <message>
        <source>This letter cannot be shown.</source>
        <translation>Deze brief kan niet worden weergegeven.</translation>
    </message>
    <message>
        <source>This letter cannot be shown: the document is damaged or is not a Word document. Open the template in Word, save it again as .docx and attach it again.</source>
        <translation>Deze brief kan niet worden weergegeven: het document is beschadigd of is geen Word-document. Open het sjabloon in Word, sla het opnieuw op als .docx en koppel het opnieuw.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>Profile questionnaires</source>
        <translation>Profielvragenlijsten</translation>
    </message>
    <message>
        <source>No profile questionnaires for this type of contact yet. An administrator sets them up under Setup → Codes → Profile questionnaires.</source>
        <translation>Nog geen profielvragenlijsten voor dit type contact. Een beheerder stelt ze in onder Instellingen → Codes → Profielvragenlijsten.</translation>
    </message>
    <message>
        <source>Several answers may be ticked</source>
        <translation>Meerdere antwoorden mogelijk</translation>
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
    <name>QuestionLinesEditor</name>
    <message>
        <source>Questions and answers</source>
        <translation>Vragen en antwoorden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Meerdere antwoorden</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>&amp;Vraag toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>&amp;Antwoord toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Add a question (Ctrl+Insert)</source>
        <translation>Een vraag toevoegen (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Add an answer to the question above (Insert)</source>
        <translation>Een antwoord toevoegen aan de vraag erboven (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>De geselecteerde regel verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation>Bedrijven en personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Contacttype</translation>
    </message>
    <message>
        <source>Questionnaires with a higher priority come first on the contact card</source>
        <translation>Vragenlijsten met een hogere prioriteit staan eerst op de contactkaart</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Each question is followed by its answers. On the card, the user ticks the answers.</source>
        <translation>Na elke vraag volgen de antwoorden. Op de kaart vinkt de gebruiker de antwoorden aan.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Contacttype</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Profile questionnaires</source>
        <translation>Profielvragenlijsten</translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation>Bedrijven en personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Profile questionnaire %1</source>
        <translation>Profielvragenlijst %1</translation>
    </message>
    <message>
        <source>New profile questionnaire</source>
        <translation>Nieuwe profielvragenlijst</translation>
    </message>
    <message>
        <source>Delete questionnaire %1 (%2)? The contacts&apos; answers to it are deleted too. This cannot be undone.</source>
        <translation>Vragenlijst %1 (%2) verwijderen? De antwoorden van contacten erop worden ook verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>No profile questionnaires yet. Click New to add one: questions with their answers, which users then tick on the contact card (for example Company size: 1–10, 11–50, more than 50).</source>
        <translation>Nog geen profielvragenlijsten. Klik op Nieuw om er een toe te voegen: vragen met hun antwoorden, die gebruikers op de contactkaart aanvinken (bijvoorbeeld Bedrijfsgrootte: 1–10, 11–50, meer dan 50).</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n vragenlijst</numerusform>
            <numerusform>%n vragenlijsten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <source>The last database, %1, is no longer there; your own one is open.</source>
        <translation>De laatste database, %1, is er niet meer; uw eigen database is geopend.</translation>
    </message>
    <message>
        <source>Rece&amp;nt databases</source>
        <translation>&amp;Recente databases</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recente databases</translation>
    </message>
    <message>
        <source>%1 is no longer there, so it has been taken off the list. If it was moved, open it from its new place with Open database.</source>
        <translation>%1 is er niet meer en is daarom van de lijst gehaald. Is het bestand verplaatst, open het dan op de nieuwe plek met Database openen.</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <source>Related to</source>
        <translation>Gerelateerd aan</translation>
    </message>
    <message>
        <source>Link the interaction to a campaign or an opportunity, if it belongs to one.</source>
        <translation>Koppel de interactie aan een campagne of een verkoopkans, als ze daarbij hoort.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <source>The contact is a campaign &amp;target</source>
        <translation>Het contact is een campagne&amp;doel</translation>
    </message>
    <message>
        <source>Campaign target</source>
        <translation>Campagnedoel</translation>
    </message>
    <message>
        <source>The interaction is a campaign &amp;response</source>
        <translation>De interactie is een campagne&amp;reactie</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Campagnereactie</translation>
    </message>
    <message>
        <source>Describe the opportunity, if there is one</source>
        <translation>Beschrijf de verkoopkans, als die er is</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkoopkans</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>Verkoop&amp;kans:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Record how the interaction went. Finish saves it in the interaction log.</source>
        <translation>Leg vast hoe de interactie is verlopen. Met Voltooien wordt deze opgeslagen in de interactielog.</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluatie:</translation>
    </message>
    <message>
        <source>The interaction was &amp;successful</source>
        <translation>De interactie is ges&amp;laagd</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Clear this when the attempt failed, for example when nobody answered</source>
        <translation>Schakel dit uit als de poging is mislukt, bijvoorbeeld als niemand opnam</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>Comments, one per line</source>
        <translation>Opmerkingen, één per regel</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>&amp;Opmerkingen:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Only an administrator can change setup. Ask an administrator of ContactDesk to make the change.</source>
        <translation>Alleen een beheerder kan de instellingen wijzigen. Vraag een beheerder van ContactDesk om de wijziging te maken.</translation>
    </message>
    <message>
        <source>Only an administrator can do this. Ask an administrator of ContactDesk.</source>
        <translation>Alleen een beheerder kan dit doen. Vraag het een beheerder van ContactDesk.</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message numerus="yes">
        <source>The template cannot change without updating the segment lines, because %n line(s) use the segment&apos;s document. Answer Yes to apply the new template to all lines, or keep the template.</source>
        <translation>
            <numerusform>Het sjabloon kan niet wijzigen zonder de segmentregels bij te werken, want %n regel gebruikt het document van het segment. Antwoord Ja om het nieuwe sjabloon op alle regels toe te passen, of behoud het sjabloon.</numerusform>
            <numerusform>Het sjabloon kan niet wijzigen zonder de segmentregels bij te werken, want %n regels gebruiken het document van het segment. Antwoord Ja om het nieuwe sjabloon op alle regels toe te passen, of behoud het sjabloon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this segment have their own edited letter, which this change would discard, so nothing was changed. Make the change again and answer Yes to discard the letters.</source>
        <translation>
            <numerusform>%n regel van dit segment heeft een eigen bewerkte brief, die door deze wijziging zou vervallen; er is niets gewijzigd. Voer de wijziging opnieuw uit en antwoord Ja om de brief te laten vervallen.</numerusform>
            <numerusform>%n regels van dit segment hebben een eigen bewerkte brief, die door deze wijziging zouden vervallen; er is niets gewijzigd. Voer de wijziging opnieuw uit en antwoord Ja om de brieven te laten vervallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 merges its default language&apos;s Word document (wizard action Merge), so that document cannot go. Choose another wizard action first.</source>
        <translation>Sjabloon %1 voegt het Word-document van zijn standaardtaal samen (wizardactie Samenvoegen), dus dat document kan niet weg. Kies eerst een andere wizardactie.</translation>
    </message>
    <message>
        <source>Template %1 cannot use the wizard action Merge: its default language has no Word document to merge. Add a document for the default language first, or choose another wizard action.</source>
        <translation>Sjabloon %1 kan de wizardactie Samenvoegen niet gebruiken: de standaardtaal heeft geen Word-document om samen te voegen. Voeg eerst een document toe voor de standaardtaal, of kies een andere wizardactie.</translation>
    </message>
    <message>
        <source>Template %1 uses the wizard action Import, so its default language cannot have a Word document to merge. Choose another wizard action first, or add the document to another language.</source>
        <translation>Sjabloon %1 gebruikt de wizardactie Importeren, dus de standaardtaal kan geen Word-document hebben om samen te voegen. Kies eerst een andere wizardactie, of voeg het document toe aan een andere taal.</translation>
    </message>
    <message>
        <source>Template %1 cannot use the wizard action Import while its default language has a Word document to merge. Remove that document first, or choose another wizard action.</source>
        <translation>Sjabloon %1 kan de wizardactie Importeren niet gebruiken zolang de standaardtaal een Word-document heeft om samen te voegen. Verwijder dat document eerst, of kies een andere wizardactie.</translation>
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
        <source>Create &amp;interaction…</source>
        <translation>&amp;Interactie maken…</translation>
    </message>
    <message>
        <source>Create interaction for the selected salesperson</source>
        <translation>Interactie maken voor de geselecteerde verkoper</translation>
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
    <name>SavedCriteriaDialog</name>
    <message>
        <source>Reuse criteria</source>
        <translation>Criteria hergebruiken</translation>
    </message>
    <message>
        <source>Saved segmentation criteria</source>
        <translation>Opgeslagen segmentcriteria</translation>
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
        <source>Saved by</source>
        <translation>Opgeslagen door</translation>
    </message>
    <message>
        <source>Criteria actions</source>
        <translation>Criteria-acties</translation>
    </message>
    <message>
        <source>Criteria actions of the selected set</source>
        <translation>Criteria-acties van de geselecteerde set</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Hergebruiken</translation>
    </message>
    <message>
        <source>Criteria actions, replayed in this order:</source>
        <translation>Criteria-acties, opnieuw uitgevoerd in deze volgorde:</translation>
    </message>
    <message>
        <source>Rename saved criteria</source>
        <translation>Naam van opgeslagen criteria wijzigen</translation>
    </message>
    <message>
        <source>Delete saved criteria</source>
        <translation>Opgeslagen criteria verwijderen</translation>
    </message>
    <message>
        <source>Delete the saved criteria %1? Segments built with them keep their lines.</source>
        <translation>De opgeslagen criteria %1 verwijderen? Segmenten die ermee zijn opgebouwd, behouden hun regels.</translation>
    </message>
</context>
<context>
    <name>SegmentHeaderForm</name>
    <message>
        <source>Segment header</source>
        <translation>Segmentkop</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interactie</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
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
        <source>Language (default)</source>
        <translation>Taal (standaard)</translation>
    </message>
    <message>
        <source>Subject (default)</source>
        <translation>Onderwerp (standaard)</translation>
    </message>
    <message>
        <source>Correspondence type (default)</source>
        <translation>Correspondentietype (standaard)</translation>
    </message>
    <message>
        <source>Ignore the contact&apos;s correspondence type</source>
        <translation>Het correspondentietype van het contact negeren</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Contacts are campaign targets</source>
        <translation>Contacten zijn campagnedoelen</translation>
    </message>
    <message>
        <source>Interaction is a campaign response</source>
        <translation>Interactie is een campagnereactie</translation>
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
        <source>Unit cost</source>
        <translation>Kosten per eenheid</translation>
    </message>
    <message>
        <source>Unit duration (min)</source>
        <translation>Duur per eenheid (min)</translation>
    </message>
    <message>
        <source>No. of lines</source>
        <translation>Aantal regels</translation>
    </message>
    <message>
        <source>No. of criteria actions</source>
        <translation>Aantal criteria-acties</translation>
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
        <source>(no language)</source>
        <translation>(geen taal)</translation>
    </message>
</context>
<context>
    <name>SegmentLinesModel</name>
    <message>
        <source>Line no.</source>
        <translation>Regelnr.</translation>
    </message>
    <message>
        <source>Contact no.</source>
        <translation>Contactnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
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
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Own letter</source>
        <translation>Eigen brief</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Personal comment</source>
        <translation>Persoonlijke opmerking</translation>
    </message>
    <message>
        <source>Why is this contact here</source>
        <translation>Waarom staat dit contact hier</translation>
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
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>This line has its own edited letter: it is delivered as it is, not merged.</source>
        <translation>Deze regel heeft een eigen bewerkte brief: die wordt verzonden zoals hij is, niet samengevoegd.</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(geen taal)</translation>
    </message>
</context>
<context>
    <name>SegmentTexts</name>
    <message>
        <source>Contact no.</source>
        <translation>Contactnr.</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Contacttype</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>Salesperson</source>
        <translation>Verkoper</translation>
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
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Branchegroep</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Bedrijfsrelatie</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Mailinggroep</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Functieverantwoordelijkheid</translation>
    </message>
    <message>
        <source>Profile questionnaire</source>
        <translation>Profielvragenlijst</translation>
    </message>
    <message>
        <source>Profile answer</source>
        <translation>Profielantwoord</translation>
    </message>
    <message>
        <source>Earlier interaction template</source>
        <translation>Eerder interactiesjabloon</translation>
    </message>
    <message>
        <source>Earlier interaction date</source>
        <translation>Datum eerdere interactie</translation>
    </message>
    <message>
        <source>Earlier interaction salesperson</source>
        <translation>Verkoper eerdere interactie</translation>
    </message>
    <message>
        <source>Earlier interaction segment</source>
        <translation>Segment eerdere interactie</translation>
    </message>
    <message>
        <source>Earlier interaction campaign</source>
        <translation>Campagne eerdere interactie</translation>
    </message>
    <message>
        <source>Earlier interaction evaluation</source>
        <translation>Evaluatie eerdere interactie</translation>
    </message>
    <message>
        <source>Logged segment</source>
        <translation>Geregistreerd segment</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Contacten toevoegen</translation>
    </message>
    <message>
        <source>Remove contacts (Reduce)</source>
        <translation>Contacten verwijderen (Verkleinen)</translation>
    </message>
    <message>
        <source>Remove contacts (Refine)</source>
        <translation>Contacten verwijderen (Verfijnen)</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>alle contacten</translation>
    </message>
    <message>
        <source>Added before the criteria were reset</source>
        <translation>Toegevoegd voordat de criteria opnieuw werden ingesteld</translation>
    </message>
    <message>
        <source>#%1 added by hand</source>
        <translation>#%1 handmatig toegevoegd</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Handmatig toegevoegd</translation>
    </message>
    <message>
        <source>Removed by hand</source>
        <translation>Handmatig verwijderd</translation>
    </message>
    <message>
        <source>Every contact that matches is on the segment already or is excluded from segments, so no line was added. Tick &quot;Allow existing contacts&quot; or &quot;Ignore exclusion&quot; to add them anyway.</source>
        <translation>Elk overeenkomend contact staat al op het segment of is uitgesloten van segmenten, dus er is geen regel toegevoegd. Schakel &quot;Bestaande contacten toestaan&quot; of &quot;Uitsluiting negeren&quot; in om ze toch toe te voegen.</translation>
    </message>
    <message>
        <source>Every line matches these criteria, so Refine removed no line.</source>
        <translation>Elke regel voldoet aan deze criteria, dus Verfijnen heeft geen regel verwijderd.</translation>
    </message>
    <message>
        <source>No contact matches these criteria, so no line changed.</source>
        <translation>Geen enkel contact voldoet aan deze criteria, dus er is geen regel gewijzigd.</translation>
    </message>
    <message>
        <source>The criteria action is recorded; Go back removes it.</source>
        <translation>De criteria-actie is vastgelegd; met Terugdraaien verwijdert u deze weer.</translation>
    </message>
</context>
<context>
    <name>SegmentWorksheet</name>
    <message>
        <source>Segment lines</source>
        <translation>Segmentregels</translation>
    </message>
    <message>
        <source>Segment actions</source>
        <translation>Segmentacties</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Write a Word letter for every line, after a check and a preview</source>
        <translation>Voor elke regel een Word-brief schrijven, na een controle en een voorbeeld</translation>
    </message>
    <message>
        <source>This segment has no lines yet</source>
        <translation>Dit segment heeft nog geen segmentregels</translation>
    </message>
    <message>
        <source>Each line is a contact who gets the interaction. Add contacts by criteria (for example a mailing group or a city), or add a contact by hand.</source>
        <translation>Elke regel is een contact dat de interactie krijgt. Voeg contacten toe op criteria (bijvoorbeeld een mailinggroep of een plaats), of voeg een contact handmatig toe.</translation>
    </message>
    <message>
        <source>Add contacts…</source>
        <translation>Contacten toevoegen…</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Een contact toevoegen…</translation>
    </message>
    <message>
        <source>Segment %1 – %2</source>
        <translation>Segment %1 – %2</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(geen omschrijving)</translation>
    </message>
    <message>
        <source>Update segment lines</source>
        <translation>Segmentregels bijwerken</translation>
    </message>
    <message>
        <source>Apply template %1 to all segment lines? Every value that comes from the template is recalculated on them.</source>
        <translation>Interactiesjabloon %1 toepassen op alle segmentregels? Elke waarde die uit het sjabloon komt, wordt daarop opnieuw berekend.</translation>
    </message>
    <message>
        <source>You changed the subject to &quot;%1&quot;. Update the segment lines that still have the old subject?</source>
        <translation>U hebt het onderwerp gewijzigd in &quot;%1&quot;. De segmentregels bijwerken die nog het oude onderwerp hebben?</translation>
    </message>
    <message>
        <source>You changed the default language to %1. Update the segment lines that use the default language?</source>
        <translation>U hebt de standaardtaal gewijzigd in %1. De segmentregels bijwerken die de standaardtaal gebruiken?</translation>
    </message>
    <message>
        <source>You changed %3. Update the segment lines with interaction template %2 that still have the old value?</source>
        <translation>U hebt %3 gewijzigd. De segmentregels met interactiesjabloon %2 bijwerken die nog de oude waarde hebben?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
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
        <source>Search segments</source>
        <translation>Segmenten zoeken</translation>
    </message>
    <message>
        <source>Search by number or description</source>
        <translation>Zoek op nummer of omschrijving</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Nog geen segmenten</translation>
    </message>
    <message>
        <source>A segment groups the contacts that get the same interaction, such as a letter. Make one, then add its contacts by criteria or by hand.</source>
        <translation>Een segment groepeert de contacten die dezelfde interactie krijgen, zoals een brief. Maak er een en voeg dan de contacten toe op criteria of handmatig.</translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation>&amp;Nieuw segment</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>No segment matches “%1”.</source>
        <translation>Geen segment gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nieuw segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment verwijderen</translation>
    </message>
    <message>
        <source>Delete segment %1 with all its lines and criteria? This cannot be undone.</source>
        <translation>Segment %1 met alle regels en criteria verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>A segment&apos;s worksheet has its own shortcuts: they are listed here while a worksheet is open.</source>
        <translation>Het werkblad van een segment heeft eigen sneltoetsen: die staan hier zolang een werkblad open is.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Interaction statistics</source>
        <translation>Interactiestatistieken</translation>
    </message>
    <message>
        <source>Per template</source>
        <translation>Per sjabloon</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per groep</translation>
    </message>
    <message>
        <source>Interaction group</source>
        <translation>Interactiegroep</translation>
    </message>
    <message>
        <source>Per salesperson</source>
        <translation>Per verkoper</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacties</translation>
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
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 tot en met %2</translation>
    </message>
    <message>
        <source>%1. Canceled and postponed interactions are not counted.</source>
        <translation>%1. Geannuleerde en uitgestelde interacties worden niet meegeteld.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Open combined document</source>
        <translation>Gecombineerd document openen</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>Merge canceled</source>
        <translation>Samenvoegen geannuleerd</translation>
    </message>
    <message>
        <source>The letters are ready</source>
        <translation>De brieven zijn klaar</translation>
    </message>
    <message>
        <source>Combined document for printing: %1</source>
        <translation>Gecombineerd document om af te drukken: %1</translation>
    </message>
    <message>
        <source>Letters with another layout are combined in %1</source>
        <translation>Brieven met een andere opmaak zijn gecombineerd in %1</translation>
    </message>
    <message>
        <source>No combined document was asked for.</source>
        <translation>Er is geen gecombineerd document gevraagd.</translation>
    </message>
    <message>
        <source>Every letter goes by e-mail, so there is nothing to print.</source>
        <translation>Elke brief gaat per e-mail, dus er valt niets af te drukken.</translation>
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
        <translation>Met kantoor s&amp;ynchroniseren…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the office and receive the office&apos;s</source>
        <translation>De wijzigingen van deze laptop naar het kantoor sturen en die van het kantoor ontvangen</translation>
    </message>
    <message>
        <source>Synchronise with office</source>
        <translation>Met kantoor synchroniseren</translation>
    </message>
    <message>
        <source>This laptop and the office were already up to date.</source>
        <translation>Deze laptop en het kantoor waren al bijgewerkt.</translation>
    </message>
    <message>
        <source>Synchronised with the office: %1 sent, %2 received.</source>
        <translation>Met het kantoor gesynchroniseerd: %1 verzonden, %2 ontvangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you: the office value stands until you choose on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflict vraagt uw keuze: de kantoorwaarde blijft staan tot u kiest op de pagina Conflicten.</numerusform>
            <numerusform>%n conflicten vragen uw keuze: de kantoorwaarde blijft staan tot u kiest op de pagina Conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for the office database:</source>
        <translation>Wachtwoord voor de kantoordatabase:</translation>
    </message>
    <message>
        <source>Cannot synchronise</source>
        <translation>Kan niet synchroniseren</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>The sync stopped with an unexpected error. What was not finished was left as it was.</source>
        <translation>De synchronisatie is gestopt door een onverwachte fout. Wat niet af was, is gelaten zoals het was.</translation>
    </message>
</context>
<context>
    <name>SyncOfferBar</name>
    <message>
        <source>Synchronise</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>The office can be reached. Synchronise now to send your changes and receive the office&apos;s.</source>
        <translation>Het kantoor is bereikbaar. Synchroniseer nu om uw wijzigingen te verzenden en die van het kantoor te ontvangen.</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Connecting to the office…</source>
        <translation>Verbinding maken met het kantoor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Synchronise with office</source>
        <translation>Met kantoor synchroniseren</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s changes to the office…</source>
        <translation>De wijzigingen van deze laptop naar het kantoor verzenden…</translation>
    </message>
    <message>
        <source>Receiving the office&apos;s changes…</source>
        <translation>De wijzigingen van het kantoor ontvangen…</translation>
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
        <translation>Sjablonen</translation>
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
    <name>TypePage</name>
    <message>
        <source>Type of interaction</source>
        <translation>Soort interactie</translation>
    </message>
    <message>
        <source>Choose the contact, the interaction template and a description.</source>
        <translation>Kies het contact, het interactiesjabloon en een omschrijving.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Interaction template</source>
        <translation>Interactiesjabloon</translation>
    </message>
    <message>
        <source>Interaction &amp;template:</source>
        <translation>Interactie&amp;sjabloon:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Meer opties</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>Ver&amp;koper:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ijd:</translation>
    </message>
    <message>
        <source>Correspondence type</source>
        <translation>Correspondentietype</translation>
    </message>
    <message>
        <source>Correspondence t&amp;ype:</source>
        <translation>Co&amp;rrespondentietype:</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informatiestroom</translation>
    </message>
    <message>
        <source>Information &amp;flow:</source>
        <translation>Infor&amp;matiestroom:</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Geïnitieerd door</translation>
    </message>
    <message>
        <source>I&amp;nitiated by:</source>
        <translation>G&amp;eïnitieerd door:</translation>
    </message>
    <message>
        <source>Select a contact to interact with: type its number or part of its name.</source>
        <translation>Selecteer een contact voor de interactie: typ het nummer of een deel van de naam.</translation>
    </message>
    <message>
        <source>The interaction template is mandatory. Choose one from the list.</source>
        <translation>Het interactiesjabloon is verplicht. Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>The description is mandatory. Type what this interaction is about.</source>
        <translation>De omschrijving is verplicht. Typ waar deze interactie over gaat.</translation>
    </message>
</context>
<context>
    <name>UnknownCodesBox</name>
    <message>
        <source>Codes that are not set up yet</source>
        <translation>Codes die nog niet zijn ingesteld</translation>
    </message>
    <message>
        <source>Tick the codes the import should create (you can describe them under Setup afterwards).</source>
        <translation>Vink de codes aan die de import moet aanmaken (u kunt ze daarna onder Instellingen omschrijven).</translation>
    </message>
    <message>
        <source>C&amp;reate the ticked codes and check again</source>
        <translation>Aangevinkte codes aanmaken en opnieuw con&amp;troleren</translation>
    </message>
    <message>
        <source>Industry group</source>
        <translation>Branchegroep</translation>
    </message>
    <message>
        <source>Business relation</source>
        <translation>Bedrijfsrelatie</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Mailinggroep</translation>
    </message>
    <message>
        <source>Job responsibility</source>
        <translation>Functieverantwoordelijkheid</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n row(s), first row %3)</source>
        <translation>
            <numerusform>%1 %2 (%n rij, eerste rij %3)</numerusform>
            <numerusform>%1 %2 (%n rijen, eerste rij %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User %1</source>
        <translation>Gebruiker %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>The name the user logs in to the database server with: letters, digits and _ . @ - (no spaces). A new login gets this password; for a login the server has already, leave the password empty.</source>
        <translation>De naam waarmee de gebruiker zich aanmeldt op de databaseserver: letters, cijfers en _ . @ - (geen spaties). Een nieuwe aanmelding krijgt dit wachtwoord; laat het wachtwoord leeg voor een aanmelding die de server al kent.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Staff: contacts, segments, interactions and letters</source>
        <translation>Medewerker: contacten, segmenten, interacties en brieven</translation>
    </message>
    <message>
        <source>Administrator: also setup, users and deleting logged segments</source>
        <translation>Beheerder: ook instellingen, gebruikers en geregistreerde segmenten verwijderen</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>May use ContactDesk</source>
        <translation>Mag ContactDesk gebruiken</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>De twee wachtwoorden verschillen. Typ twee keer hetzelfde wachtwoord.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Gebruiker: %1 (%2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <source>New segments and interactions get your salesperson %1.</source>
        <translation>Nieuwe segmenten en interacties krijgen uw verkoper %1.</translation>
    </message>
    <message>
        <source>No salesperson is set up for you: new interactions get the contact&apos;s salesperson.</source>
        <translation>Er is geen verkoper voor u ingesteld: nieuwe interacties krijgen de verkoper van het contact.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Taken away</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Take access away…</source>
        <translation>Toegang &amp;intrekken…</translation>
    </message>
    <message>
        <source>Take the selected user&apos;s access away</source>
        <translation>De toegang van de geselecteerde gebruiker intrekken</translation>
    </message>
    <message>
        <source>Take away %1&apos;s access to ContactDesk? The login stays on the database server but can no longer connect to this database. Edit the user to give the access back.</source>
        <translation>De toegang van %1 tot ContactDesk intrekken? De aanmelding blijft op de databaseserver bestaan, maar kan geen verbinding meer maken met deze database. Bewerk de gebruiker om de toegang terug te geven.</translation>
    </message>
    <message>
        <source>Users and roles are for the office database on a PostgreSQL server, where everyone logs in as themselves. On this computer&apos;s own database you are the only user and may change everything.</source>
        <translation>Gebruikers en rollen zijn er voor de kantoordatabase op een PostgreSQL-server, waar iedereen zich met een eigen aanmelding aanmeldt. In de eigen database van deze computer bent u de enige gebruiker en mag u alles wijzigen.</translation>
    </message>
    <message>
        <source>No users yet. Click New to add the first one.</source>
        <translation>Nog geen gebruikers. Klik op Nieuw om de eerste toe te voegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n gebruiker</numerusform>
            <numerusform>%n gebruikers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetActions</name>
    <message>
        <source>Add contacts…</source>
        <translation>Contacten toevoegen…</translation>
    </message>
    <message>
        <source>Reduce…</source>
        <translation>Verkleinen…</translation>
    </message>
    <message>
        <source>Refine…</source>
        <translation>Verfijnen…</translation>
    </message>
    <message>
        <source>Add by hand…</source>
        <translation>Handmatig toevoegen…</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>Regels verwijderen</translation>
    </message>
    <message>
        <source>Go back…</source>
        <translation>Terugdraaien…</translation>
    </message>
    <message>
        <source>Save criteria…</source>
        <translation>Criteria opslaan…</translation>
    </message>
    <message>
        <source>Reuse criteria…</source>
        <translation>Criteria hergebruiken…</translation>
    </message>
    <message>
        <source>Saved criteria…</source>
        <translation>Opgeslagen criteria…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Undo the last criteria action (%1 so far)</source>
        <translation>De laatste criteria-actie ongedaan maken (tot nu toe %1)</translation>
    </message>
    <message>
        <source>Segmentation criteria</source>
        <translation>Segmentcriteria</translation>
    </message>
    <message>
        <source>Applying the segmentation criteria…</source>
        <translation>Segmentcriteria toepassen…</translation>
    </message>
    <message>
        <source>Your segment is now empty. Reset the number of criteria actions?</source>
        <translation>Uw segment is nu leeg. Het aantal criteria-acties opnieuw instellen?</translation>
    </message>
    <message>
        <source>Reset criteria actions</source>
        <translation>Criteria-acties opnieuw instellen</translation>
    </message>
    <message>
        <source>The segment will be empty. Also forget its criteria actions? Go back is then no longer possible.</source>
        <translation>Het segment wordt leeg. Ook de criteria-acties ervan vergeten? Terugdraaien is dan niet meer mogelijk.</translation>
    </message>
    <message>
        <source>This undoes the last criteria action:
%1

Continue?</source>
        <translation>Hiermee wordt de laatste criteria-actie ongedaan gemaakt:
%1

Doorgaan?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <source>Going back…</source>
        <translation>Bezig met terugdraaien…</translation>
    </message>
    <message>
        <source>Save criteria</source>
        <translation>Criteria opslaan</translation>
    </message>
    <message>
        <source>Criteria saved as %1.</source>
        <translation>Criteria opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Reuse criteria</source>
        <translation>Criteria hergebruiken</translation>
    </message>
    <message>
        <source>Reusing criteria %1…</source>
        <translation>Bezig met hergebruiken van criteria %1…</translation>
    </message>
</context>
</TS>
