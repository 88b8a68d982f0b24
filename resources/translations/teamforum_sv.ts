<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActionRecorder</name>
    <message>
        <source>The action was not saved</source>
        <translation>Åtgärden sparades inte</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>ny åtgärd</translation>
    </message>
</context>
<context>
    <name>ClientCareSummary</name>
    <message>
        <source>not registered</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>, expired %1</source>
        <translation>, gick ut %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, gäller t.o.m. %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>SIP to be called by %1</source>
        <translation>SIP ska kallas till av %1</translation>
    </message>
    <message>
        <source> (noted at %1)</source>
        <translation> (noterat vid %1)</translation>
    </message>
    <message numerus="yes">
        <source>: %n points</source>
        <translation>
            <numerusform>: %n poäng</numerusform>
            <numerusform>: %n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk assessments: none recorded.</source>
        <translation>Riskbedömningar: inga registrerade.</translation>
    </message>
    <message>
        <source>Risk assessments: %1</source>
        <translation>Riskbedömningar: %1</translation>
    </message>
    <message>
        <source>Participation: the contact person has not filled in the checklist.</source>
        <translation>Delaktighet: omsorgskontakten har inte fyllt i checklistan.</translation>
    </message>
    <message>
        <source>the client was asked for wishes</source>
        <translation>kunden har tillfrågats om önskemål</translation>
    </message>
    <message>
        <source>the client&apos;s wishes: %1</source>
        <translation>kundens önskemål: %1</translation>
    </message>
    <message>
        <source>the client was not asked, because: %1</source>
        <translation>kunden tillfrågades inte, eftersom: %1</translation>
    </message>
    <message>
        <source>the client has not been asked yet</source>
        <translation>kunden har inte tillfrågats ännu</translation>
    </message>
    <message>
        <source>relatives: not answered</source>
        <translation>närstående: ej besvarat</translation>
    </message>
    <message>
        <source>Participation: %1</source>
        <translation>Delaktighet: %1</translation>
    </message>
    <message>
        <source>A note: %1</source>
        <translation>En anteckning: %1</translation>
    </message>
    <message>
        <source>A risk assessment: %1</source>
        <translation>En riskbedömning: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Teamforum</source>
        <translation>Välkommen till Teamforum</translation>
    </message>
    <message>
        <source>Who is using Teamforum</source>
        <translation>Vem använder Teamforum</translation>
    </message>
    <message>
        <source>Teamforum records who makes each change. Write your name once; it is remembered on this computer account.</source>
        <translation>Teamforum sparar vem som gör varje ändring. Skriv ditt namn en gång; Teamforum minns det på det här datorkontot.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>RemarkText</name>
    <message>
        <source>Corrected by %1, %2. The text before the correction: %3</source>
        <translation>Rättad av %1, %2. Texten före rättelsen: %3</translation>
    </message>
    <message>
        <source>Reason for the correction: %1</source>
        <translation>Skäl till rättelsen: %1</translation>
    </message>
    <message>
        <source>Objection, the information is held to be wrong (%1, %2): %3</source>
        <translation>Invändning, uppgiften anses oriktig (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Teamforum: agendas, minutes and follow-up of the meeting forums of municipal care.</source>
        <translation>Teamforum: dagordningar, minnesanteckningar och uppföljning för vård- och omsorgens mötesforum.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/db.</source>
        <translation>SQLite-fil eller postgresql://användare@värd:port/databas.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>SÖKVÄG|URL</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Visar den här hjälpen.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Tillfällen per dag</translation>
    </message>
    <message>
        <source>Also &amp;when needed</source>
        <translation>Även vi&amp;d behov</translation>
    </message>
    <message>
        <source>Also when needed</source>
        <translation>Även vid behov</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Tidsåtgång:</translation>
    </message>
    <message>
        <source>Shortest duration in minutes</source>
        <translation>Kortaste tid i minuter</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>minst </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest duration in minutes</source>
        <translation>Längsta tid i minuter</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>högst </translation>
    </message>
    <message>
        <source>More time when &amp;needed</source>
        <translation>Mer tid efter beh&amp;ov</translation>
    </message>
    <message>
        <source>More time when needed</source>
        <translation>Mer tid efter behov</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Typ av plats</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Leds av:</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Leds av</translation>
    </message>
    <message>
        <source>Separate several roles with a semicolon.</source>
        <translation>Skilj flera roller åt med semikolon.</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>One purpose per line.</source>
        <translation>Ett syfte per rad.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Medverkande</translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation>Lägg till &amp;medverkande</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till medverkande</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort medverkande</translation>
    </message>
    <message>
        <source>Fixed agenda</source>
        <translation>Fast dagordning</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Lägg till p&amp;unkt</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Lägg till punkt på dagordningen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Ta bort punkt från dagordningen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>Flytta punkten uppåt</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>Flytta punkten nedåt</translation>
    </message>
    <message>
        <source>Forum template</source>
        <translation>Forummall</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> per dag</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The form has text that is not saved. Save it before closing?</source>
        <translation>Formuläret har text som inte är sparad. Vill du spara innan det stängs?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Teamforum</source>
        <translation>Teamforum</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Databasen kunde inte öppnas</translation>
    </message>
    <message>
        <source>You could not be registered</source>
        <translation>Du kunde inte registreras</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Dagens säkerhetskopia kunde inte göras: %1</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Databasen är skrivskyddad</translation>
    </message>
    <message>
        <source>The database %1 cannot be written to: the file, or the folder it is in, is read-only for your account. Teamforum cannot add you as a user until it can write there. You can look at the database now without changing anything, or quit and ask whoever looks after Teamforum to make the file writable.</source>
        <translation>Det går inte att skriva i databasen %1: filen, eller mappen den ligger i, är skrivskyddad för ditt konto. Teamforum kan inte lägga till dig som användare förrän det går att skriva där. Du kan titta i databasen nu utan att ändra något, eller avsluta och be den som förvaltar Teamforum att göra filen skrivbar.</translation>
    </message>
    <message>
        <source>&amp;Look without changing</source>
        <translation>&amp;Titta utan att ändra</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>a visitor (read only)</source>
        <translation>en besökare (skrivskyddat)</translation>
    </message>
    <message>
        <source>Your login is not tied to a person</source>
        <translation>Inloggningen är inte kopplad till någon person</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>The backup from %1 has been restored. The damaged file is kept as %2.</source>
        <translation>Säkerhetskopian från %1 har återställts. Den skadade filen finns kvar som %2.</translation>
    </message>
    <message>
        <source>%1

The newest backup that passes the check is from %2:
%3

Restore it? What was written after it is not in the backup. The damaged file is not removed: it is kept beside the database under another name. You may also choose a backup file of your own.</source>
        <translation>%1

Den senaste säkerhetskopian som klarar kontrollen är från %2:
%3

Vill du återställa den? Det som skrevs efter den finns inte i kopian. Den skadade filen tas inte bort: den sparas bredvid databasen under ett annat namn. Du kan också välja en egen säkerhetskopia.</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Välj en annan fil…</translation>
    </message>
    <message>
        <source>%1

No backup that passes the check was found in %2. If you have a backup file of your own, choose it; it is checked before it replaces anything. Otherwise ask whoever looks after Teamforum for help; the damaged file has not been changed.</source>
        <translation>%1

Ingen säkerhetskopia som klarar kontrollen hittades i %2. Har du en egen säkerhetskopia, välj den; den kontrolleras innan den ersätter något. Annars: be den som förvaltar Teamforum om hjälp; den skadade filen har inte ändrats.</translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation>&amp;Välj en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Choose a backup of the database</source>
        <translation>Välj en säkerhetskopia av databasen</translation>
    </message>
    <message>
        <source>Teamforum databases (*.sqlite *.db);;All files (*)</source>
        <translation>Teamforum-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>tf::ActionDialog</name>
    <message>
        <source>Due &amp;date</source>
        <translation>Klart &amp;senast</translation>
    </message>
    <message>
        <source>&amp;Feedback to the client needed, by</source>
        <translation>Åter&amp;koppling till kunden behövs, av</translation>
    </message>
    <message>
        <source>&amp;Journal entry needed, by</source>
        <translation>&amp;Journalföring behövs, av</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation>Återkoppling av</translation>
    </message>
    <message>
        <source>Journal entry by</source>
        <translation>Journalföring av</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Follow-up in the team after days</source>
        <translation>Uppföljning i teamet efter antal dagar</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>ingen uppföljning</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Feedback to the client needed</source>
        <translation>Återkoppling till kunden behövs</translation>
    </message>
    <message>
        <source>Journal entry needed</source>
        <translation>Journalföring behövs</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Vad</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>Follow &amp;up in the team</source>
        <translation>Följs &amp;upp i teamet</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>Spara åtgärden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Skriv ett namn</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Skriv vad som ska göras.</translation>
    </message>
    <message>
        <source>Choose the responsible person from the list of names.</source>
        <translation>Välj ansvarig person i namnlistan.</translation>
    </message>
    <message>
        <source>Choose who gives feedback to the client from the list of names.</source>
        <translation>Välj i namnlistan vem som återkopplar till kunden.</translation>
    </message>
    <message>
        <source>Choose who makes the journal entry from the list of names.</source>
        <translation>Välj i namnlistan vem som journalför.</translation>
    </message>
    <message>
        <source>The action is not complete</source>
        <translation>Åtgärden är inte komplett</translation>
    </message>
</context>
<context>
    <name>tf::ActionPlansDialog</name>
    <message>
        <source>Improvement area</source>
        <translation>Förbättringsområde</translation>
    </message>
    <message>
        <source>Followed up at</source>
        <translation>Följs upp på</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>The unit&apos;s action plans</source>
        <translation>Enhetens handlingsplaner</translation>
    </message>
    <message>
        <source>Present state</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Sa&amp;ve the plan</source>
        <translation>Spa&amp;ra planen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>The plan&apos;s actions</source>
        <translation>Planens åtgärder</translation>
    </message>
    <message>
        <source>&amp;Add the action</source>
        <translation>&amp;Lägg till åtgärden</translation>
    </message>
    <message>
        <source>Save the acti&amp;on</source>
        <translation>Spara åt&amp;gärden</translation>
    </message>
    <message>
        <source>S&amp;ign off as finished</source>
        <translation>S&amp;ignera som avslutad</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Forum where the plan is followed up</source>
        <translation>Forum där planen följs upp</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Spara planen</translation>
    </message>
    <message>
        <source>Ne&amp;w plan</source>
        <translation>N&amp;y plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>&amp;Improvement area:</source>
        <translation>&amp;Förbättringsområde:</translation>
    </message>
    <message>
        <source>&amp;Present state:</source>
        <translation>&amp;Nuläge:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Followed up at:</source>
        <translation>Följs upp &amp;på:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Vem som gör det</translation>
    </message>
    <message>
        <source>For example: Enhetschef, MAS</source>
        <translation>Till exempel: Enhetschef, MAS</translation>
    </message>
    <message>
        <source>Done by the day</source>
        <translation>Klar senast dagen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, may be left empty</source>
        <translation>ÅÅÅÅ-MM-DD, kan lämnas tomt</translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation>Åtgärdens status</translation>
    </message>
    <message>
        <source>Add the action to the plan</source>
        <translation>Lägg till åtgärden i planen</translation>
    </message>
    <message>
        <source>Save the chosen action</source>
        <translation>Spara den valda åtgärden</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Done by:</source>
        <translation>&amp;Klar senast:</translation>
    </message>
    <message>
        <source>S&amp;tatus of the action:</source>
        <translation>Åtgärdens s&amp;tatus:</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Sign off the plan as finished</source>
        <translation>Signera att planen är avslutad</translation>
    </message>
    <message>
        <source>Finished o&amp;n:</source>
        <translation>Avslutad &amp;den:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Fill in the plan and save it; then add its actions.</source>
        <translation>Fyll i planen och spara den; lägg sedan till dess åtgärder.</translation>
    </message>
    <message>
        <source>Signed off on %1; the plan can no longer be changed.</source>
        <translation>Signerad som avslutad %1; planen kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The plan comes back to every meeting it is followed up at until it is signed off.</source>
        <translation>Planen kommer tillbaka på varje möte där den följs upp tills den signeras som avslutad.</translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation>Planen är sparad.</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, for example %1, or leave it empty.</source>
        <translation>Skriv dagen som ÅÅÅÅ-MM-DD, till exempel %1, eller lämna den tom.</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Lägg till åtgärden</translation>
    </message>
    <message>
        <source>The action is added.</source>
        <translation>Åtgärden är tillagd.</translation>
    </message>
    <message>
        <source>Choose the action to change in the list.</source>
        <translation>Välj åtgärden som ska ändras i listan.</translation>
    </message>
    <message>
        <source>Save the action</source>
        <translation>Spara åtgärden</translation>
    </message>
    <message>
        <source>The action is saved.</source>
        <translation>Åtgärden är sparad.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Signera</translation>
    </message>
    <message>
        <source>Choose the plan to sign off in the list.</source>
        <translation>Välj planen som ska signeras i listan.</translation>
    </message>
</context>
<context>
    <name>tf::ActionTableModel</name>
    <message>
        <source>Overdue</source>
        <comment>status of one action</comment>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of one action</comment>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Följs upp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
</context>
<context>
    <name>tf::ActionsView</name>
    <message>
        <source>Mark as &amp;done  (Ctrl+D)</source>
        <translation>Markera som &amp;klar  (Ctrl+D)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Ska vara klara inom en vecka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>E&amp;nhet</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Vi&amp;sa</translation>
    </message>
    <message>
        <source>Everyone in the unit</source>
        <translation>Alla i enheten</translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation>Välj först en åtgärd i listan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Change &amp;text…</source>
        <translation>Ändra &amp;text…</translation>
    </message>
    <message>
        <source>Change the action&apos;s text</source>
        <translation>Ändra åtgärdens text</translation>
    </message>
    <message>
        <source>Change text</source>
        <translation>Ändra text</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Vad ska göras</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>the action&apos;s text</source>
        <translation>åtgärdens text</translation>
    </message>
</context>
<context>
    <name>tf::AddAgendaItemDialog</name>
    <message>
        <source>Add to the agenda</source>
        <translation>Lägg till på dagordningen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>What the team should take up</source>
        <translation>Vad teamet ska ta upp</translation>
    </message>
    <message>
        <source>What the team should take up, in the client&apos;s own words where possible</source>
        <translation>Vad teamet ska ta upp, om möjligt med kundens egna ord</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Inte tillagd</translation>
    </message>
    <message>
        <source>Write a heading for the item.</source>
        <translation>Skriv en rubrik för punkten.</translation>
    </message>
</context>
<context>
    <name>tf::AgendaPanel</name>
    <message>
        <source>Add item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <source>Add the item to the agenda (Enter in the title)</source>
        <translation>Lägg till punkten på dagordningen (Enter i rubriken)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Ta bort den valda punkten (Del)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Flytta punkten upp</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Flytta den valda punkten uppåt (Alt+Upp)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Flytta punkten ned</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Flytta den valda punkten nedåt (Alt+Ned)</translation>
    </message>
    <message>
        <source>&amp;Build agenda</source>
        <translation>&amp;Bygg dagordning</translation>
    </message>
    <message>
        <source>Build agenda</source>
        <translation>Bygg dagordning</translation>
    </message>
    <message>
        <source>Fixed items, the rotation&apos;s clients, clients agreed last time and due follow-ups (Ctrl+B)</source>
        <translation>Fasta punkter, kunderna i rotationen, kunder som bestämdes förra gången och uppföljningar som är aktuella (Ctrl+B)</translation>
    </message>
    <message>
        <source>C&amp;lients…</source>
        <translation>&amp;Kunder…</translation>
    </message>
    <message>
        <source>Choose clients</source>
        <translation>Välj kunder</translation>
    </message>
    <message>
        <source>Override the rotation: choose the clients of this meeting</source>
        <translation>Gå förbi rotationen: välj kunderna för det här mötet</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Anmäld av</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>Title of a new item</source>
        <translation>Rubrik för en ny punkt</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Kort text</translation>
    </message>
    <message>
        <source>Client concerned</source>
        <translation>Berörd kund</translation>
    </message>
    <message>
        <source>&amp;New item:</source>
        <translation>N&amp;y punkt:</translation>
    </message>
    <message>
        <source>Sh&amp;ort text:</source>
        <translation>K&amp;ort text:</translation>
    </message>
    <message>
        <source>Clien&amp;t:</source>
        <translation>K&amp;und:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>Anm&amp;äld av:</translation>
    </message>
    <message>
        <source>The agenda was not saved</source>
        <translation>Dagordningen sparades inte</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Ingen kund</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>%1, apt. %2</source>
        <translation>%1, lgh %2</translation>
    </message>
    <message>
        <source>The agenda is empty. Build it from the forum&apos;s fixed agenda (Ctrl+B).</source>
        <translation>Dagordningen är tom. Bygg den från forumets fasta dagordning (Ctrl+B).</translation>
    </message>
    <message>
        <source>Choose a meeting to see its agenda.</source>
        <translation>Välj ett möte för att se dess dagordning.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s). Clients from the rotation: %1; agreed last time: %2; follow-ups due: %3.</source>
        <translation>
            <numerusform>%n ny punkt. Kunder från rotationen: %1; bestämda förra gången: %2; uppföljningar: %3.</numerusform>
            <numerusform>%n nya punkter. Kunder från rotationen: %1; bestämda förra gången: %2; uppföljningar: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item has no title</source>
        <translation>Punkten saknar rubrik</translation>
    </message>
    <message>
        <source>Write a title for the new item first.</source>
        <translation>Skriv först en rubrik för den nya punkten.</translation>
    </message>
    <message>
        <source>An agenda item must have a title.</source>
        <translation>En punkt på dagordningen måste ha en rubrik.</translation>
    </message>
    <message>
        <source>Clients of this meeting</source>
        <translation>Kunder på det här mötet</translation>
    </message>
    <message>
        <source>Use these clients</source>
        <translation>Använd de här kunderna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The rotation proposes; the chair decides. Space ticks a client.</source>
        <translation>Rotationen föreslår, mötesansvarig bestämmer. Mellanslag bockar för en kund.</translation>
    </message>
    <message>
        <source>Not on the agenda: %1. %2</source>
        <translation>Inte på dagordningen: %1. %2</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked: the agenda can no longer be changed.</source>
        <translation>Protokollet från mötet är justerat och låst: dagordningen kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Remove the selected agenda item</source>
        <translation>Ta bort den valda dagordningspunkten</translation>
    </message>
    <message>
        <source>Take up deviations</source>
        <translation>Ta upp avvikelser</translation>
    </message>
    <message>
        <source>One item per category of the unit&apos;s deviations in the three months before the meeting, with the previous period&apos;s counts</source>
        <translation>En punkt per kategori av enhetens avvikelser de tre månaderna före mötet, med föregående periods antal</translation>
    </message>
    <message numerus="yes">
        <source>Deviations %1 – %2: %n new item(s).</source>
        <translation>
            <numerusform>Avvikelser %1 – %2: %n ny punkt.</numerusform>
            <numerusform>Avvikelser %1 – %2: %n nya punkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk individuals…</source>
        <translation>Riskindivider…</translation>
    </message>
    <message>
        <source>Risk individuals</source>
        <translation>Riskindivider</translation>
    </message>
    <message>
        <source>Clients whose latest Senior Alert assessment shows risk, or who came home from hospital lately: choose who this samordningsmöte takes up</source>
        <translation>Kunder vars senaste bedömning i Senior Alert visar risk, eller som nyss kommit hem från sjukhus: välj vilka samordningsmötet tar upp</translation>
    </message>
    <message>
        <source>Coordinated units…</source>
        <translation>Samordnade enheter…</translation>
    </message>
    <message>
        <source>Coordinated units</source>
        <translation>Samordnade enheter</translation>
    </message>
    <message>
        <source>The units of the area whose shared clients the unit&apos;s samordningsmöte takes up</source>
        <translation>Områdets enheter vars gemensamma kunder enhetens samordningsmöte tar upp</translation>
    </message>
</context>
<context>
    <name>tf::AttendancePanel</name>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Adjungerad</translation>
    </message>
    <message>
        <source>&amp;Secretary (appointed by the chair)</source>
        <translation>Se&amp;kreterare (utses av mötesansvarig)</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Närvaro&amp;lista</translation>
    </message>
    <message>
        <source>Not appointed yet</source>
        <translation>Inte utsedd än</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Ersättare för %1</translation>
    </message>
    <message>
        <source>No substitute</source>
        <translation>Ingen ersättare</translation>
    </message>
    <message>
        <source>adjunct</source>
        <translation>adjungerad</translation>
    </message>
    <message>
        <source>%1 is adjunct</source>
        <translation>%1 är adjungerad</translation>
    </message>
    <message>
        <source>change attendance</source>
        <translation>ändrad närvaro</translation>
    </message>
    <message>
        <source>change adjunct</source>
        <translation>ändrad adjungering</translation>
    </message>
    <message>
        <source>appoint secretary</source>
        <translation>utsedd sekreterare</translation>
    </message>
    <message>
        <source>Everyone &amp;present</source>
        <translation>Alla närvaran&amp;de</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Alla närvarande</translation>
    </message>
    <message>
        <source>Marks everyone not yet marked as present</source>
        <translation>Markerar alla som ännu inte är markerade som närvarande</translation>
    </message>
    <message>
        <source>In the list: Up and Down move between people · N present · F absent · E substitute present · Space switches between present and absent; the list then moves on to the next person</source>
        <translation>I listan: pil upp och ned flyttar mellan personer · N närvarande · F frånvarande · E ersättare närvarande · Mellanslag växlar mellan närvarande och frånvarande; listan går sedan vidare till nästa person</translation>
    </message>
    <message>
        <source>mark everyone present</source>
        <translation>markera alla närvarande</translation>
    </message>
    <message>
        <source>Client and relatives invited (ticked: present)</source>
        <translation>Inbjuden kund och anhöriga (bockad: närvarande)</translation>
    </message>
    <message>
        <source>Client and relatives present</source>
        <translation>Kund och anhöriga närvarande</translation>
    </message>
    <message>
        <source>Guests and participants from other organisations (ticked: present)</source>
        <translation>Gäster och deltagare från andra organisationer (bockad: närvarande)</translation>
    </message>
    <message>
        <source>Guests and external participants present</source>
        <translation>Närvarande gäster och externa deltagare</translation>
    </message>
</context>
<context>
    <name>tf::CancelMeetingDialog</name>
    <message>
        <source>Cancel meeting</source>
        <translation>Ställ in mötet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>For example: the unit manager is ill</source>
        <translation>Till exempel: enhetschefen är sjuk</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Cancel this meeting? The other meetings of the series stay. The reason is shown with the meeting.</source>
        <translation>Ställa in det här mötet? Seriens övriga möten ligger kvar. Skälet visas vid mötet.</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting</source>
        <translation>Ställ &amp;in mötet</translation>
    </message>
    <message>
        <source>&amp;Keep meeting</source>
        <translation>&amp;Behåll mötet</translation>
    </message>
    <message>
        <source>Keep meeting</source>
        <translation>Behåll mötet</translation>
    </message>
</context>
<context>
    <name>tf::CarePlanDialog</name>
    <message>
        <source>Genomförandeplan for %1</source>
        <translation>Genomförandeplan för %1</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Planeringssamtal held</source>
        <translation>Planeringssamtal hållet</translation>
    </message>
    <message>
        <source>Genomförandeplan written</source>
        <translation>Genomförandeplan skriven</translation>
    </message>
    <message>
        <source>Follow-up of the plan held</source>
        <translation>Uppföljning av planen gjord</translation>
    </message>
    <message>
        <source>Levnadsberättelse done</source>
        <translation>Levnadsberättelse klar</translation>
    </message>
    <message>
        <source>Levnadsberättelse not done</source>
        <translation>Levnadsberättelse inte klar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1 %2 (not done)</source>
        <translation>%1 %2 (inte klar)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Inget registrerat ännu.</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Vad som gjordes</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Recorded before</source>
        <translation>Registrerat tidigare</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The step was not recorded</source>
        <translation>Steget registrerades inte</translation>
    </message>
</context>
<context>
    <name>tf::ChairMeetingPanel</name>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Flytta…</translation>
    </message>
    <message>
        <source>Move this meeting only</source>
        <translation>Flytta bara det här mötet</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Ställ in mötet</translation>
    </message>
    <message>
        <source>Cancel this meeting only, or hold it again</source>
        <translation>Ställ in bara det här mötet, eller håll det igen</translation>
    </message>
    <message>
        <source>&amp;Print kallelse…</source>
        <translation>&amp;Skriv ut kallelse…</translation>
    </message>
    <message>
        <source>Print preview of the invitation with the agenda</source>
        <translation>Förhandsgranska kallelsen med dagordningen</translation>
    </message>
    <message>
        <source>Kallelse as P&amp;DF…</source>
        <translation>Kallelse som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the invitation with the agenda as PDF</source>
        <translation>Spara kallelsen med dagordningen som PDF</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>E&amp;xportera till kalender…</translation>
    </message>
    <message>
        <source>Save the series as an iCalendar file for Outlook or Thunderbird</source>
        <translation>Spara serien som kalenderfil (iCalendar) för Outlook eller Thunderbird</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagordning</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>Delta&amp;gare</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a meeting in the calendar, or schedule a new meeting series (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Välj ett möte i kalendern, eller planera en ny mötesserie (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start by creating the unit (New unit…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Börja med att skapa enheten (Ny enhet…).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1, %2&lt;/h3&gt;&lt;p&gt;%3–%4 · %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1, %2&lt;/h3&gt;&lt;p&gt;%3–%4 · %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cancelled.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Inställt.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hold meeting again</source>
        <translation>Håll mötet igen</translation>
    </message>
    <message>
        <source>The meeting was not moved</source>
        <translation>Mötet flyttades inte</translation>
    </message>
    <message>
        <source>The meeting was not changed</source>
        <translation>Mötet ändrades inte</translation>
    </message>
    <message>
        <source>No kallelse</source>
        <translation>Ingen kallelse</translation>
    </message>
    <message>
        <source>Kallelse – print preview</source>
        <translation>Kallelse – förhandsgranskning</translation>
    </message>
    <message>
        <source>Save kallelse as PDF</source>
        <translation>Spara kallelsen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The kallelse was not saved</source>
        <translation>Kallelsen sparades inte</translation>
    </message>
    <message>
        <source>Kallelse saved</source>
        <translation>Kallelsen är sparad</translation>
    </message>
    <message>
        <source>The kallelse was saved as %1.</source>
        <translation>Kallelsen sparades som %1.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>Send the series as an invitation to the participants, or only add it to a calendar?</source>
        <translation>Skicka serien som inbjudan till deltagarna, eller bara lägga in den i en kalender?</translation>
    </message>
    <message>
        <source>Invitation with participants</source>
        <translation>Inbjudan med deltagare</translation>
    </message>
    <message>
        <source>Only add to calendar</source>
        <translation>Bara lägga in i kalendern</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>Kalenderfilen sparades inte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The minutes are approved and locked.&lt;/b&gt; The meeting, its agenda and its participants can no longer be changed; corrections are added as addenda in meeting mode.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Protokollet är justerat och låst.&lt;/b&gt; Mötet, dess dagordning och deltagare kan inte längre ändras; rättelser läggs till som tillägg i mötesläget.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cancelled:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Inställt:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The calendar file was saved as %1.</source>
        <translation>Kalenderfilen sparades som %1.</translation>
    </message>
    <message>
        <source>Not invited, since they have no e-mail address: %1. Add their addresses under Team and export again.</source>
        <translation>Inte inbjudna, eftersom de saknar e-postadress: %1. Lägg till deras adresser under Team och exportera igen.</translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation>Kalenderfilen sparades</translation>
    </message>
    <message>
        <source>Meeting leader</source>
        <translation>Mötesledare</translation>
    </message>
    <message>
        <source>Who leads this meeting. A samordningsmöte is led in turn by the municipality and the health centre; the next meeting&apos;s leader is proposed from this one&apos;s.</source>
        <translation>Vem som leder mötet. Ett samordningsmöte leds växelvis av kommunen och hälsocentralen; nästa mötes ledare föreslås utifrån detta mötes.</translation>
    </message>
    <message>
        <source>proposed in turn</source>
        <translation>föreslagen växelvis</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>vald</translation>
    </message>
    <message>
        <source>The meeting leader was not saved</source>
        <translation>Mötesledaren sparades inte</translation>
    </message>
    <message>
        <source>Meeting leader:</source>
        <translation>Mötesledare:</translation>
    </message>
    <message>
        <source>The meeting could not be read</source>
        <translation>Mötet kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>tf::ChairView</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>New &amp;unit…</source>
        <translation>Ny e&amp;nhet…</translation>
    </message>
    <message>
        <source>Create a unit under a service type</source>
        <translation>Skapa en enhet inom en verksamhet</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>The fixed team of each forum of the unit</source>
        <translation>Det fasta teamet för varje forum på enheten</translation>
    </message>
    <message>
        <source>&amp;New meeting series…</source>
        <translation>Ny &amp;mötesserie…</translation>
    </message>
    <message>
        <source>Schedule a recurring forum from its template</source>
        <translation>Planera ett återkommande forum utifrån dess mall</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Meetings were not generated</source>
        <translation>Mötena skapades inte</translation>
    </message>
    <message>
        <source>Double-booked: %1</source>
        <translation>Dubbelbokad: %1</translation>
    </message>
    <message>
        <source>Adjunct invited late</source>
        <translation>Adjungerad sent inbjuden</translation>
    </message>
    <message>
        <source>The unit has no name</source>
        <translation>Enheten saknar namn</translation>
    </message>
    <message>
        <source>Write the name of the unit.</source>
        <translation>Skriv enhetens namn.</translation>
    </message>
    <message>
        <source>The unit was not created</source>
        <translation>Enheten skapades inte</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <source>Create the unit first.</source>
        <translation>Skapa enheten först.</translation>
    </message>
    <message>
        <source>The series was not created</source>
        <translation>Mötesserien skapades inte</translation>
    </message>
    <message>
        <source>C&amp;lients…</source>
        <translation>Kunder och &amp;rotation…</translation>
    </message>
    <message>
        <source>The unit&apos;s clients and how team meetings rotate through them</source>
        <translation>Enhetens kunder och hur teammötena går igenom dem</translation>
    </message>
    <message>
        <source>&amp;Single meeting…</source>
        <translation>Enstaka m&amp;öte…</translation>
    </message>
    <message>
        <source>Book one meeting: a pulsmöte when needed or an extra team meeting</source>
        <translation>Boka ett enstaka möte: ett pulsmöte vid behov eller ett extra teammöte</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Inställt: %1</translation>
    </message>
    <message>
        <source>The meeting was not booked</source>
        <translation>Mötet bokades inte</translation>
    </message>
    <message>
        <source>The units could not be read</source>
        <translation>Enheterna kunde inte läsas</translation>
    </message>
    <message>
        <source>The meetings could not be read</source>
        <translation>Mötena kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>tf::ClientRoutineDialog</name>
    <message>
        <source>Moving in and assessment intervals – %1</source>
        <translation>Inflyttning och bedömningsintervall – %1</translation>
    </message>
    <message>
        <source>Moving-in date</source>
        <translation>Inflyttningsdatum</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>&amp;Moved in</source>
        <translation>&amp;Flyttade in</translation>
    </message>
    <message>
        <source>The verksamhet uses no assessment instrument.</source>
        <translation>Verksamheten använder inget bedömningsinstrument.</translation>
    </message>
    <message>
        <source>Shorter intervals the team decided at %1:</source>
        <translation>Kortare intervall som teamet beslutade vid %1:</translation>
    </message>
    <message>
        <source>Shorter intervals the team decided:</source>
        <translation>Kortare intervall som teamet beslutat:</translation>
    </message>
    <message>
        <source>%1: months the team decided</source>
        <translation>%1: månader enligt teamets beslut</translation>
    </message>
    <message numerus="yes">
        <source>As the routine (every %n month(s))</source>
        <translation>
            <numerusform>Enligt rutinen (var %n:e månad)</numerusform>
            <numerusform>Enligt rutinen (var %n:e månad)</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> mån.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Give the date the client moved in; it cannot be removed once given.</source>
        <translation>Ange datum då kunden flyttade in; ett angivet datum kan inte tas bort.</translation>
    </message>
</context>
<context>
    <name>tf::ClientRowDelegate</name>
    <message>
        <source>Priority of %1</source>
        <translation>Prioritet för %1</translation>
    </message>
    <message>
        <source>Contact person of %1</source>
        <translation>Fast omsorgskontakt för %1</translation>
    </message>
    <message>
        <source>Nurse of %1</source>
        <translation>Sjuksköterska för %1</translation>
    </message>
    <message>
        <source>Occupational therapist of %1</source>
        <translation>Arbetsterapeut för %1</translation>
    </message>
    <message>
        <source>Physiotherapist of %1</source>
        <translation>Fysioterapeut för %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ej vald</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (har slutat)</translation>
    </message>
</context>
<context>
    <name>tf::ClientsDialog</name>
    <message>
        <source>Clients and rotation – %1</source>
        <translation>Kunder och rotation – %1</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Apartment or address</source>
        <translation>Lägenhet eller adress</translation>
    </message>
    <message>
        <source>Rotation of clients</source>
        <translation>Rotation av kunder</translation>
    </message>
    <message>
        <source>Clients per meeting</source>
        <translation>Kunder per möte</translation>
    </message>
    <message>
        <source>Lead time for adjuncts in days</source>
        <translation>Framförhållning för adjungerade i dagar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Name of new client</source>
        <translation>Den nya kundens namn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Add c&amp;lient</source>
        <translation>Lägg till &amp;kund</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Lägg till kund</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation:</translation>
    </message>
    <message>
        <source>Clients &amp;per meeting:</source>
        <translation>Kunder &amp;per möte:</translation>
    </message>
    <message>
        <source>&amp;Lead time for adjuncts:</source>
        <translation>&amp;Framförhållning för adjungerade:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>P&amp;ersonal identity number:</source>
        <translation>P&amp;ersonnummer:</translation>
    </message>
    <message>
        <source>&amp;Apartment or address:</source>
        <translation>Lägenhet eller a&amp;dress:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Priority 1 is the greatest need (ordinary housing); 0 means not set. The fixed order follows the apartments.</source>
        <translation>Prioritet 1 är störst behov (ordinärt boende); 0 betyder ej satt. Den fasta ordningen följer lägenheterna.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New client&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ny kund&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The client has no name</source>
        <translation>Kunden saknar namn</translation>
    </message>
    <message>
        <source>Every client must have a name (row %1).</source>
        <translation>Varje kund måste ha ett namn (rad %1).</translation>
    </message>
    <message>
        <source>The clients were not saved</source>
        <translation>Kunderna sparades inte</translation>
    </message>
    <message>
        <source>Write the client&apos;s name first.</source>
        <translation>Skriv först kundens namn.</translation>
    </message>
    <message>
        <source>Check the personal identity number</source>
        <translation>Kontrollera personnumret</translation>
    </message>
    <message>
        <source>The client was not added</source>
        <translation>Kunden lades inte till</translation>
    </message>
    <message>
        <source>&amp;End of insats…</source>
        <translation>&amp;Avsluta insats…</translation>
    </message>
    <message>
        <source>End of insats for the chosen client</source>
        <translation>Avsluta insatsen för den valda kunden</translation>
    </message>
    <message>
        <source>The client moved, died or the insats ended: from that day they leave the rotation, the agenda suggestions and Mina kunder</source>
        <translation>Kunden har flyttat, avlidit eller insatsen har avslutats: från den dagen lämnar kunden rotationen, förslagen till dagordningen och Mina kunder</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Ingen kund vald</translation>
    </message>
    <message>
        <source>Choose the client in the list first, then End of insats.</source>
        <translation>Välj först kunden i listan och sedan Avsluta insats.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save or undo the changes in the list first; then set the end of the insats.</source>
        <translation>Spara eller ångra först ändringarna i listan; avsluta sedan insatsen.</translation>
    </message>
    <message>
        <source>Follow-up of the genomförandeplan</source>
        <translation>Uppföljning av genomförandeplanen</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Var sjätte månad</translation>
    </message>
    <message>
        <source>Every third month</source>
        <translation>Var tredje månad</translation>
    </message>
    <message>
        <source>&amp;Follow-up of the genomförandeplan:</source>
        <translation>&amp;Uppföljning av genomförandeplanen:</translation>
    </message>
    <message>
        <source>The genomförandeplan setting could not be read</source>
        <translation>Inställningen för genomförandeplanen kunde inte läsas</translation>
    </message>
    <message>
        <source>The genomförandeplaner could not be read</source>
        <translation>Genomförandeplanerna kunde inte läsas</translation>
    </message>
    <message>
        <source>The genomförandeplan setting was not saved</source>
        <translation>Inställningen för genomförandeplanen sparades inte</translation>
    </message>
    <message>
        <source>The client is already registered</source>
        <translation>Kunden finns redan</translation>
    </message>
</context>
<context>
    <name>tf::ClosingPanel</name>
    <message>
        <source>&amp;Finish the meeting</source>
        <translation>Avsl&amp;uta mötet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Skift+F</translation>
    </message>
    <message>
        <source>A&amp;pprove and lock</source>
        <translation>Justera och &amp;lås</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum</source>
        <translation>Lägg till tilläg&amp;g</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF …</translation>
    </message>
    <message>
        <source>Save PDF &amp;without client names…</source>
        <translation>Spara PD&amp;F utan kundnamn …</translation>
    </message>
    <message>
        <source>Clients for the next meeting</source>
        <translation>Kunder till nästa möte</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>&amp;Clients for the next meeting</source>
        <translation>&amp;Kunder till nästa möte</translation>
    </message>
    <message>
        <source>&amp;Justerare</source>
        <translation>Justera&amp;re</translation>
    </message>
    <message>
        <source>Correction after approval (a dated &amp;addendum; the approved text is never changed)</source>
        <translation>Rättelse efter justering (ett &amp;daterat tillägg; den justerade texten ändras aldrig)</translation>
    </message>
    <message>
        <source>%1, apartment %2</source>
        <translation>%1, lägenhet %2</translation>
    </message>
    <message>
        <source>Approved %1 by %2. The minutes are locked; corrections are added as addenda.</source>
        <translation>Justerat %1 av %2. Anteckningarna är låsta; rättelser läggs till som tillägg.</translation>
    </message>
    <message>
        <source>Finished %1 by %2. Waiting for approval.</source>
        <translation>Avslutat %1 av %2. Väntar på justering.</translation>
    </message>
    <message>
        <source>The meeting is in progress.</source>
        <translation>Mötet pågår.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The meeting could not be finished</source>
        <translation>Mötet kunde inte avslutas</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Justera anteckningarna</translation>
    </message>
    <message>
        <source>Approve the minutes as %1? Afterwards they are locked and can only be corrected by dated addenda.</source>
        <translation>Justera anteckningarna som %1? Därefter är de låsta och kan bara rättas med daterade tillägg.</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>Justera och lås</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The minutes could not be approved</source>
        <translation>Anteckningarna kunde inte justeras</translation>
    </message>
    <message>
        <source>The addendum was not added</source>
        <translation>Tillägget lades inte till</translation>
    </message>
    <message>
        <source>minutes-%1%2.pdf</source>
        <translation>minnesanteckningar-%1%2.pdf</translation>
    </message>
    <message>
        <source>-anonymised</source>
        <translation>-avidentifierad</translation>
    </message>
    <message>
        <source>Save the minutes as PDF</source>
        <translation>Spara minnesanteckningarna som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skr&amp;iv ut …</translation>
    </message>
    <message>
        <source>The minutes could not be printed</source>
        <translation>Anteckningarna kunde inte skrivas ut</translation>
    </message>
    <message>
        <source>Justerare named at the meeting</source>
        <translation>Justerare utsedda på mötet</translation>
    </message>
    <message>
        <source>The person who approves signs in with their personal code, and the minutes are approved in their name. The chair or a justerare named at the meeting may approve. Afterwards the minutes are locked and can only be corrected by dated addenda.</source>
        <translation>Den som justerar loggar in med sin personliga kod, och anteckningarna justeras i hens namn. Mötets ordförande eller en justerare som utsetts på mötet får justera. Därefter är anteckningarna låsta och kan bara rättas med daterade tillägg.</translation>
    </message>
</context>
<context>
    <name>tf::ComingAssessmentsTree</name>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Inaktuell</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Coming meetings and needed assessments</source>
        <translation>Kommande möten och bedömningar som behövs</translation>
    </message>
    <message>
        <source>Meeting, client, instrument</source>
        <translation>Möte, kund, instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Senast gjord</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) to do</source>
        <translation>
            <numerusform>%n bedömning att göra</numerusform>
            <numerusform>%n bedömningar att göra</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessments up to date</source>
        <translation>Bedömningarna är aktuella</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n att göra</numerusform>
            <numerusform>%n att göra</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting in the coming %1 weeks for the units of your clients</source>
        <translation>Inget möte de kommande %1 veckorna på dina kunders enheter</translation>
    </message>
    <message>
        <source>Next due by</source>
        <translation>Ska göras senast</translation>
    </message>
    <message>
        <source>No assessments chosen for the service</source>
        <translation>Verksamheten har inga valda bedömningar</translation>
    </message>
    <message>
        <source>No assessment to do</source>
        <translation>Ingen bedömning att göra</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) without a client on the agenda</source>
        <translation>
            <numerusform>%n möte utan kund på dagordningen</numerusform>
            <numerusform>%n möten utan kund på dagordningen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tf::ComplaintsDialog</name>
    <message>
        <source>Received on</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Feedback given on</source>
        <translation>Återkoppling given</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>Klagomål och synpunkter</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Complaints and suggestions of the unit</source>
        <translation>Enhetens klagomål och synpunkter</translation>
    </message>
    <message>
        <source>Short, without the client&apos;s name or personnummer</source>
        <translation>Kort, utan kundens namn eller personnummer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>&amp;Inkom:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Samman&amp;fattning:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Register the complaint or suggestion</source>
        <translation>Registrera klagomålet eller synpunkten</translation>
    </message>
    <message>
        <source>Feedback on the chosen row</source>
        <translation>Återkoppling på vald rad</translation>
    </message>
    <message>
        <source>&amp;Feedback given:</source>
        <translation>Åter&amp;koppling:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Sa&amp;ve the feedback</source>
        <translation>S&amp;para återkopplingen</translation>
    </message>
    <message>
        <source>Save the feedback</source>
        <translation>Spara återkopplingen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Register complaint or suggestion</source>
        <translation>Registrera klagomål eller synpunkt</translation>
    </message>
    <message>
        <source>Registered; it comes to the unit&apos;s next APT.</source>
        <translation>Registrerat; det tas upp på enhetens nästa APT.</translation>
    </message>
    <message>
        <source>Choose the row the feedback is for.</source>
        <translation>Välj raden som återkopplingen gäller.</translation>
    </message>
    <message>
        <source>The feedback is saved.</source>
        <translation>Återkopplingen är sparad.</translation>
    </message>
</context>
<context>
    <name>tf::ComplianceDialog</name>
    <message>
        <source>Following the meeting routine</source>
        <translation>Uppföljning av mötesrutinen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Å&amp;r:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the year</source>
        <translation>Visa året</translation>
    </message>
    <message>
        <source>Chart of meetings held against the routine</source>
        <translation>Diagram över hållna möten mot rutinen</translation>
    </message>
    <message>
        <source>The table beside the chart holds the same figures.</source>
        <translation>Tabellen bredvid diagrammet har samma siffror.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hållet</translation>
    </message>
    <message>
        <source>By the routine</source>
        <translation>Enligt rutinen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Approved within a week</source>
        <translation>Justerade inom en vecka</translation>
    </message>
    <message>
        <source>Meetings held per unit and forum</source>
        <translation>Hållna möten per enhet och forum</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the year as PDF</source>
        <translation>Spara året som PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>vid behov</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>hölls inte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Actions decided in %1: %2; done on time %3, done late %4, overdue %5. Clients without a current risk assessment on %6: %7 of %8. Access log checks: %9 of %10 months.</source>
        <translation>Åtgärder beslutade %1: %2; klara i tid %3, klara sent %4, försenade %5. Kunder utan aktuell riskbedömning %6: %7 av %8. Loggkontroller: %9 av %10 månader.</translation>
    </message>
    <message>
        <source>Meetings %1</source>
        <translation>Möten %1</translation>
    </message>
    <message>
        <source>routine-%1.pdf</source>
        <translation>motesrutinen-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tf::ConflictDialog</name>
    <message>
        <source>Combined text</source>
        <translation>Sammanslagen text</translation>
    </message>
    <message>
        <source>Someone else changed the same text</source>
        <translation>Någon annan har ändrat samma text</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were changing it. Your text and theirs are shown side by side; nothing has been lost. Keep yours, take theirs, or edit the combined text and save it.</source>
        <translation>Någon annan sparade %1 medan du ändrade den. Din text och den andras visas sida vid sida; inget har gått förlorat. Behåll din, ta den andras eller redigera den sammanslagna texten och spara den.</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Din text</translation>
    </message>
    <message>
        <source>Their text</source>
        <translation>Deras text</translation>
    </message>
    <message>
        <source>&amp;Your text</source>
        <translation>&amp;Din text</translation>
    </message>
    <message>
        <source>T&amp;heir text (saved)</source>
        <translation>D&amp;eras text (sparad)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Behåll &amp;min</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta deras</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <source>&amp;Save combined</source>
        <translation>&amp;Spara sammanslagen</translation>
    </message>
    <message>
        <source>Save combined</source>
        <translation>Spara sammanslagen</translation>
    </message>
    <message>
        <source>&amp;Combined text, to edit</source>
        <translation>Sammanslagen text att &amp;redigera</translation>
    </message>
</context>
<context>
    <name>tf::ConsentDialog</name>
    <message>
        <source>Sharing with</source>
        <translation>Delning med</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>A representative</source>
        <translation>En företrädare</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Begränsning</translation>
    </message>
    <message>
        <source>Only for a limited consent: what may be shared</source>
        <translation>Bara vid begränsat samtycke: vad som får delas</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Företrädare</translation>
    </message>
    <message>
        <source>Name and role, e.g. guardian</source>
        <translation>Namn och roll, till exempel god man</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum för beslutet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Spara samtycke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The consent was not saved</source>
        <translation>Samtycket sparades inte</translation>
    </message>
</context>
<context>
    <name>tf::ConsentWatchDialog</name>
    <message>
        <source>Consents that end within 30 days</source>
        <translation>Samtycken som går ut inom 30 dagar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Consent to share with</source>
        <translation>Samtycke att dela med</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>Gäller till och med</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Clients on coming samordningsmöten without a valid consent</source>
        <translation>Kunder på kommande samordningsmöten utan giltigt samtycke</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Consents to renew</source>
        <translation>Samtycken att förnya</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents that end within 30 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;Samtycken som går ut inom 30 dagar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clients on coming samordningsmöten without a valid consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kunder på kommande samordningsmöten utan giltigt samtycke&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Could not read the consents</source>
        <translation>Samtyckena kunde inte läsas</translation>
    </message>
    <message>
        <source>Consent is obtained and documented before a client is taken up at a samordningsmöte, and renewed every year. Renew the consents in *My clients*. Today is %1.</source>
        <translation>Samtycke inhämtas och dokumenteras innan en kund tas upp på ett samordningsmöte, och förnyas varje år. Förnya samtyckena i Mina kunder. I dag är det %1.</translation>
    </message>
    <message>
        <source>No consent ends within 30 days.</source>
        <translation>Inget samtycke går ut inom 30 dagar.</translation>
    </message>
    <message>
        <source>Every client on the coming samordningsmöten has a consent.</source>
        <translation>Alla kunder på de kommande samordningsmötena har samtycke.</translation>
    </message>
</context>
<context>
    <name>tf::ContactAfterMeetingPanel</name>
    <message>
        <source>Decisions to report back</source>
        <translation>Beslut att återkoppla</translation>
    </message>
    <message>
        <source>Mark as reported back…</source>
        <translation>Markera som återkopplat…</translation>
    </message>
    <message>
        <source>My open actions</source>
        <translation>Mina öppna åtgärder</translation>
    </message>
    <message>
        <source>Record when and how the decision was reported back</source>
        <translation>Registrera när och hur beslutet återkopplades</translation>
    </message>
    <message>
        <source>Feedback to the client after the meeting</source>
        <translation>Återkoppling till kunden efter mötet</translation>
    </message>
</context>
<context>
    <name>tf::ContactPersonView</name>
    <message>
        <source>My clients</source>
        <translation>Mina kunder</translation>
    </message>
    <message>
        <source>Add item for the client…</source>
        <translation>Lägg till punkt för kunden…</translation>
    </message>
    <message>
        <source>Register consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Put the client on the agenda of a coming meeting (Ctrl+D)</source>
        <translation>Sätt upp kunden på dagordningen för ett kommande möte (Ctrl+D)</translation>
    </message>
    <message>
        <source>Register a new or renewed consent</source>
        <translation>Registrera ett nytt eller förnyat samtycke</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My clients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mina kunder&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>You are not contact person for any client yet.</source>
        <translation>Du är ännu inte fast omsorgskontakt för någon kund.</translation>
    </message>
    <message>
        <source>%1 is not on the agenda of a coming meeting.</source>
        <translation>%1 står inte på dagordningen för något kommande möte.</translation>
    </message>
    <message>
        <source>Next meeting for %1: %2</source>
        <translation>Nästa möte för %1: %2</translation>
    </message>
    <message>
        <source>No coming meeting</source>
        <translation>Inget kommande möte</translation>
    </message>
    <message>
        <source>The client&apos;s unit has no planned meeting in the coming eight weeks. Ask the chair to schedule one.</source>
        <translation>Kundens enhet har inget planerat möte de kommande åtta veckorna. Be mötesansvarig att planera ett.</translation>
    </message>
    <message>
        <source>Need for S&amp;IP…</source>
        <translation>Behov av S&amp;IP…</translation>
    </message>
    <message>
        <source>Need for a SIP</source>
        <translation>Behov av SIP</translation>
    </message>
    <message>
        <source>Note that the client, discussed at a samordningsmöte, needs a SIP and who calls it (Alt+I)</source>
        <translation>Notera att kunden, som tagits upp på ett samordningsmöte, behöver en SIP och vem som kallar till den (Alt+I)</translation>
    </message>
    <message>
        <source>Objections and corrections:</source>
        <translation>Invändningar och rättelser:</translation>
    </message>
    <message>
        <source>Genomförandeplan…</source>
        <translation>Genomförandeplan…</translation>
    </message>
    <message>
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan</translation>
    </message>
    <message>
        <source>Record the planeringssamtal, the written plan, a follow-up or the levnadsberättelse</source>
        <translation>Registrera planeringssamtal, skriven plan, uppföljning eller levnadsberättelse</translation>
    </message>
    <message>
        <source>Genomförandeplan: %1. Levnadsberättelse: %2.</source>
        <translation>Genomförandeplan: %1. Levnadsberättelse: %2.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gjord</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>inte gjord</translation>
    </message>
    <message>
        <source>In hospital…</source>
        <translation>Sjukhusvistelse…</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>Sjukhusvistelse</translation>
    </message>
    <message>
        <source>Record that the client was in hospital: from when, the day home and the hospital or ward</source>
        <translation>Anteckna att kunden har varit på sjukhus: från när, dagen hem och sjukhus eller avdelning</translation>
    </message>
</context>
<context>
    <name>tf::CoordinatedUnitsDialog</name>
    <message>
        <source>Coordinated units</source>
        <translation>Samordnade enheter</translation>
    </message>
    <message>
        <source>Tick the units whose shared clients the samordningsmöte of %1 takes up: home care, boendestöd and hemsjukvård of the area. The agenda offers the clients the ticked units serve on the meeting&apos;s day.</source>
        <translation>Kryssa i de enheter vars gemensamma kunder samordningsmötet för %1 tar upp: områdets hemtjänst, boendestöd och hemsjukvård. Dagordningen erbjuder de kunder som de ikryssade enheterna ger insatser på mötesdagen.</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <source>Units the samordningsmöte coordinates</source>
        <translation>Enheter som samordningsmötet samordnar</translation>
    </message>
    <message>
        <source>Could not read the units</source>
        <translation>Enheterna kunde inte läsas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The coordinated units were not saved</source>
        <translation>De samordnade enheterna sparades inte</translation>
    </message>
</context>
<context>
    <name>tf::DeviationSummaryChart</name>
    <message>
        <source>Chart of deviations per category</source>
        <translation>Diagram över avvikelser per kategori</translation>
    </message>
    <message>
        <source>Chart of deviations per unit</source>
        <translation>Diagram över avvikelser per enhet</translation>
    </message>
    <message>
        <source>The table beside the chart holds the same figures.</source>
        <translation>Tabellen bredvid diagrammet har samma siffror.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Deviations per category</source>
        <translation>Avvikelser per kategori</translation>
    </message>
    <message>
        <source>Deviations per unit</source>
        <translation>Avvikelser per enhet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>tf::DeviationsDialog</name>
    <message>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Vi&amp;sa</translation>
    </message>
    <message>
        <source>Show the period</source>
        <translation>Visa perioden</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per enhet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>The period&apos;s deviations</source>
        <translation>Periodens avvikelser</translation>
    </message>
    <message>
        <source>Day of the deviation</source>
        <translation>Avvikelsens dag</translation>
    </message>
    <message>
        <source>Short, without the client&apos;s name or personnummer</source>
        <translation>Kort, utan kundens namn eller personnummer</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>A&amp;llvarlighetsgrad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Register the deviation</source>
        <translation>Registrera avvikelsen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>Import deviations from CSV</source>
        <translation>Importera avvikelser från CSV</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>%1 deviations from %2 to %3; %4 in the previous period of the same length (%5 to %6).</source>
        <translation>%1 avvikelser från %2 till %3; %4 under föregående period av samma längd (%5 till %6).</translation>
    </message>
    <message>
        <source>Register deviation</source>
        <translation>Registrera avvikelse</translation>
    </message>
    <message>
        <source>Choose the unit the deviation belongs to.</source>
        <translation>Välj enheten som avvikelsen hör till.</translation>
    </message>
    <message>
        <source>The deviation of %1 is registered.</source>
        <translation>Avvikelsen den %1 är registrerad.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Kolumn för %1</translation>
    </message>
    <message>
        <source>%1 (needed):</source>
        <translation>%1 (krävs):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Which column of the file holds which field? The choice is remembered for the next import.</source>
        <translation>Vilken kolumn i filen innehåller vilket fält? Valet sparas till nästa import.</translation>
    </message>
    <message>
        <source>Import deviations</source>
        <translation>Importera avvikelser</translation>
    </message>
    <message>
        <source>Choose the unit the file&apos;s deviations belong to.</source>
        <translation>Välj enheten som filens avvikelser hör till.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct these lines and import the file again:

%1</source>
        <translation>Ingenting har sparats. Rätta raderna och importera filen igen:

%1</translation>
    </message>
    <message>
        <source>%1 deviations imported, %2 updated.</source>
        <translation>%1 avvikelser importerade, %2 uppdaterade.</translation>
    </message>
</context>
<context>
    <name>tf::ExternalParticipantsDialog</name>
    <message>
        <source>To every coming meeting of the &amp;series</source>
        <translation>Till alla kommande möten i &amp;serien</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Bjud in</translation>
    </message>
    <message>
        <source>&amp;Remove from meeting</source>
        <translation>&amp;Ta bort från mötet</translation>
    </message>
    <message>
        <source>Participants from other organisations</source>
        <translation>Deltagare från andra organisationer</translation>
    </message>
    <message>
        <source>Invited before</source>
        <translation>Inbjudna tidigare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Vårdcentralen Norra</source>
        <translation>t.ex. Vårdcentralen Norra</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>e.g. distriktssköterska, läkare</source>
        <translation>t.ex. distriktssköterska, läkare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>If known: for the calendar invitation</source>
        <translation>Om den är känd: för kalenderinbjudan</translation>
    </message>
    <message>
        <source>To every coming meeting of the series</source>
        <translation>Till alla kommande möten i serien</translation>
    </message>
    <message>
        <source>Invited from other organisations</source>
        <translation>Inbjudna från andra organisationer</translation>
    </message>
    <message>
        <source>Invite the one invited before</source>
        <translation>Bjud in den som var inbjuden tidigare</translation>
    </message>
    <message>
        <source>&amp;Add and invite</source>
        <translation>&amp;Lägg till och bjud in</translation>
    </message>
    <message>
        <source>Add and invite</source>
        <translation>Lägg till och bjud in</translation>
    </message>
    <message>
        <source>Remove from meeting</source>
        <translation>Ta bort från mötet</translation>
    </message>
    <message>
        <source>People from the health centre or another organisation take part without a login. They are named with their organisation in the kallelse, the attendance and the minutes, and receive the calendar invitation when their e-mail is known.</source>
        <translation>Personal från hälsocentralen eller en annan organisation deltar utan inloggning. De anges med sin organisation i kallelsen, närvaron och minnesanteckningarna, och får kalenderinbjudan när deras e-postadress är känd.</translation>
    </message>
    <message>
        <source>In&amp;vited before:</source>
        <translation>&amp;Inbjudna tidigare:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Invi&amp;ted to this meeting:</source>
        <translation>Inbjudna till &amp;detta möte:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The participants could not be read</source>
        <translation>Deltagarna kunde inte läsas</translation>
    </message>
    <message>
        <source>The participant was not invited</source>
        <translation>Deltagaren bjöds inte in</translation>
    </message>
    <message>
        <source>The participant was not removed</source>
        <translation>Deltagaren togs inte bort</translation>
    </message>
</context>
<context>
    <name>tf::FeedbackDialog</name>
    <message>
        <source>Feedback to the client</source>
        <translation>Återkoppling till kunden</translation>
    </message>
    <message>
        <source>Date of the feedback</source>
        <translation>Datum för återkopplingen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mark as reported back</source>
        <translation>Markera som återkopplat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The feedback was not saved</source>
        <translation>Återkopplingen sparades inte</translation>
    </message>
</context>
<context>
    <name>tf::FeedbackDueModel</name>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Beslutat vid</translation>
    </message>
</context>
<context>
    <name>tf::FirstRunDialog</name>
    <message>
        <source>Chair</source>
        <translation>Mötesansvarig</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Fast omsorgskontakt</translation>
    </message>
    <message>
        <source>Responsible nurse</source>
        <translation>Ansvarig sjuksköterska</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write your name so that your changes can be signed.</source>
        <translation>Skriv ditt namn så att dina ändringar kan signeras.</translation>
    </message>
</context>
<context>
    <name>tf::FollowUpPanel</name>
    <message>
        <source>Back for follow-up</source>
        <translation>Tillbaka för uppföljning</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <source>Actions back for follow-up</source>
        <translation>Åtgärder tillbaka för uppföljning</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>%1 – %2 (decided %3)</source>
        <translation>%1 – %2 (beslutad %3)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>&amp;Followed up</source>
        <translation>&amp;Uppföljd</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <source>Followed up at this meeting: the action comes back at its next follow-up date</source>
        <translation>Uppföljd på det här mötet: åtgärden kommer tillbaka vid nästa uppföljningsdatum</translation>
    </message>
</context>
<context>
    <name>tf::Guarded</name>
    <message>
        <source>The computer ran out of memory. Save what you can and restart Teamforum.</source>
        <translation>Datorn har slut på minne. Spara det du kan och starta om Teamforum.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and the last step may not have been saved. Check it, and tell whoever looks after Teamforum if it happens again.</source>
        <translation>Något oväntat gick fel, och det senaste steget kanske inte sparades. Kontrollera det, och säg till den som förvaltar Teamforum om det händer igen.</translation>
    </message>
</context>
<context>
    <name>tf::GuestDialog</name>
    <message>
        <source>&amp;Remove from meeting</source>
        <translation>&amp;Ta bort från mötet</translation>
    </message>
    <message>
        <source>Client and relatives at the meeting</source>
        <translation>Kund och anhöriga på mötet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Relative&apos;s name</source>
        <translation>Anhörigs namn</translation>
    </message>
    <message>
        <source>Empty: the client themself</source>
        <translation>Tomt: kunden själv</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Relation till kunden</translation>
    </message>
    <message>
        <source>e.g. daughter, son, good man</source>
        <translation>t.ex. dotter, son, god man</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Remove from meeting</source>
        <translation>Ta bort från mötet</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Bjud in</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Bjud in</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>Relative&apos;s &amp;name:</source>
        <translation>Anhörigs &amp;namn:</translation>
    </message>
    <message>
        <source>R&amp;elation:</source>
        <translation>R&amp;elation:</translation>
    </message>
    <message>
        <source>The client or a relative is invited without a login; they are named in the kallelse and the attendance, not in the calendar invitation.</source>
        <translation>Kunden eller en anhörig bjuds in utan inloggning. De nämns i kallelsen och närvaron, inte i kalenderinbjudan.</translation>
    </message>
    <message>
        <source>In&amp;vited:</source>
        <translation>&amp;Inbjudna:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The invited could not be read</source>
        <translation>De inbjudna kunde inte läsas</translation>
    </message>
    <message>
        <source>The guest was not invited</source>
        <translation>Gästen bjöds inte in</translation>
    </message>
    <message>
        <source>The guest was not removed</source>
        <translation>Gästen togs inte bort</translation>
    </message>
</context>
<context>
    <name>tf::Handbook</name>
    <message>
        <source>Handbook</source>
        <translation>Handbok</translation>
    </message>
    <message>
        <source>The handbook is not installed on this computer. It was looked for in:
%1</source>
        <translation>Handboken är inte installerad på den här datorn. Den söktes i:
%1</translation>
    </message>
    <message>
        <source>No web browser could open the handbook. Open this file in a web browser:
%1</source>
        <translation>Ingen webbläsare kunde öppna handboken. Öppna den här filen i en webbläsare:
%1</translation>
    </message>
</context>
<context>
    <name>tf::HospitalStayDialog</name>
    <message>
        <source>In hospital – %1</source>
        <translation>Sjukhusvistelse – %1</translation>
    </message>
    <message>
        <source>Record that %1 was in hospital. A client who came home within the last %2 days is proposed as a risk individual for the next samordningsmöte.</source>
        <translation>Anteckna att %1 har varit på sjukhus. En kund som kom hem under de senaste %2 dagarna föreslås som riskindivid till nästa samordningsmöte.</translation>
    </message>
    <message>
        <source>Could not read the earlier stays</source>
        <translation>De tidigare vistelserna kunde inte läsas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>home %1</source>
        <translation>hem %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No stay in hospital is recorded for the client.</source>
        <translation>Ingen sjukhusvistelse är antecknad för kunden.</translation>
    </message>
    <message>
        <source>Recorded stays:</source>
        <translation>Antecknade vistelser:</translation>
    </message>
    <message>
        <source>Admitted to hospital</source>
        <translation>Inlagd på sjukhus</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Came home from hospital</source>
        <translation>Kom hem från sjukhus</translation>
    </message>
    <message>
        <source>Hospital or ward</source>
        <translation>Sjukhus eller avdelning</translation>
    </message>
    <message>
        <source>E.g. the hospital and ward, or why</source>
        <translation>T.ex. sjukhus och avdelning, eller varför</translation>
    </message>
    <message>
        <source>&amp;Admitted</source>
        <translation>&amp;Inlagd</translation>
    </message>
    <message>
        <source>Came &amp;home</source>
        <translation>Kom &amp;hem</translation>
    </message>
    <message>
        <source>Hospital or &amp;ward</source>
        <translation>Sjukhus eller &amp;avdelning</translation>
    </message>
    <message>
        <source>&amp;Save the stay</source>
        <translation>&amp;Spara vistelsen</translation>
    </message>
    <message>
        <source>Save the stay</source>
        <translation>Spara vistelsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The stay was not saved</source>
        <translation>Vistelsen sparades inte</translation>
    </message>
</context>
<context>
    <name>tf::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>Importera från CSV</translation>
    </message>
    <message>
        <source>What is imported</source>
        <translation>Vad som importeras</translation>
    </message>
    <message>
        <source>Choose what the file holds and the file exported from the record or HR system.</source>
        <translation>Välj vad filen innehåller och filen som verksamhetssystemet eller personalsystemet har exporterat.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Vad filen innehåller</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose CSV file</source>
        <translation>Välj CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Inneh&amp;åll:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Filen innehåller inga rader.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · separator: %2 · %n rows after the header line</source>
        <translation>
            <numerusform>Teckenkodning: %1 · avgränsare: %2 · %n rad efter rubrikraden</numerusform>
            <numerusform>Teckenkodning: %1 · avgränsare: %2 · %n rader efter rubrikraden</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Which column of the file holds which field. Columns with the names Teamforum exports are recognised; what you choose here is remembered for the next file of the same kind.</source>
        <translation>Vilken kolumn i filen som innehåller vilket fält. Kolumner med de namn som Teamforum exporterar känns igen; det du väljer här kommer programmet ihåg till nästa fil av samma slag.</translation>
    </message>
    <message>
        <source>Columns of the file and their fields</source>
        <translation>Filens kolumner och deras fält</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Första raden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumner:</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Fält för kolumnen %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(används inte)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Every row as the import would take it. Nothing is saved before you choose Import.</source>
        <translation>Varje rad som importen skulle ta den. Ingenting sparas förrän du väljer Importera.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only; the rejected rows are left out</source>
        <translation>Importera bara de felfria ra&amp;derna; de avvisade lämnas utanför</translation>
    </message>
    <message>
        <source>Import the good rows only</source>
        <translation>Importera bara de felfria raderna</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rader:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändras</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisas</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation>%1 rader. Nya: %2, ändras: %3, oförändrade: %4, avvisas: %5.</translation>
    </message>
    <message>
        <source>With rejected rows nothing is saved unless you choose to import the good rows only.</source>
        <translation>Med avvisade rader sparas ingenting, om du inte väljer att importera bara de felfria raderna.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>Re&amp;jected rows:</source>
        <translation>A&amp;vvisade rader:</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 created, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 rader lästa. Nya: %2, ändrade: %3, oförändrade: %4, avvisade: %5.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Ändringarna är sparade.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting sparades.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>tf::InsatsEndDialog</name>
    <message>
        <source>The insats &amp;ends</source>
        <translation>Insatsen &amp;upphör</translation>
    </message>
    <message>
        <source>End of insats for %1</source>
        <translation>Insatsen upphör för %1</translation>
    </message>
    <message>
        <source>The insats ends</source>
        <translation>Insatsen upphör</translation>
    </message>
    <message>
        <source>First day without the insats</source>
        <translation>Första dagen utan insatsen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Open actions about the client</source>
        <translation>Öppna åtgärder om kunden</translation>
    </message>
    <message>
        <source>Could not read the client&apos;s actions</source>
        <translation>Kundens åtgärder kunde inte läsas</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (klart senast %2)</translation>
    </message>
    <message>
        <source>There are no open actions about %1.</source>
        <translation>Det finns inga öppna åtgärder om %1.</translation>
    </message>
    <message>
        <source>Open actions about %1. Ticked ones are closed (marked done) when you save; untick those that are still to be done.</source>
        <translation>Öppna åtgärder om %1. De förbockade stängs (markeras klara) när du sparar; bocka av dem som ändå ska göras.</translation>
    </message>
    <message>
        <source>&amp;First day without the insats:</source>
        <translation>&amp;Första dagen utan insatsen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The end of the insats was not saved</source>
        <translation>Insatsens slut sparades inte</translation>
    </message>
</context>
<context>
    <name>tf::InstrumentSettingsDialog</name>
    <message>
        <source>Assessment instruments per verksamhet</source>
        <translation>Bedömningsinstrument per verksamhet</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Instruments of the verksamhet</source>
        <translation>Verksamhetens instrument</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Upprepas var</translation>
    </message>
    <message>
        <source>%1 is used</source>
        <translation>%1 används</translation>
    </message>
    <message>
        <source>%1: months between assessments</source>
        <translation>%1: månader mellan bedömningar</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mån.</translation>
    </message>
    <message>
        <source>Choose the instruments the verksamhet uses. Each is done at moving in and then repeated at the interval set here; the team can decide a shorter interval for a client.</source>
        <translation>Välj de instrument som verksamheten använder. Varje bedömning görs vid inflyttning och upprepas sedan med intervallet här; teamet kan besluta om kortare intervall för en kund.</translation>
    </message>
    <message>
        <source>&amp;Verksamhet</source>
        <translation>&amp;Verksamhet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>tf::ItemActionsList</name>
    <message>
        <source>Actions decided under this item</source>
        <translation>Åtgärder beslutade under punkten</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, klart senast %1</translation>
    </message>
    <message numerus="yes">
        <source>, follow-up after %n days</source>
        <translation>
            <numerusform>, följs upp efter %n dag</numerusform>
            <numerusform>, följs upp efter %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tf::JournalDueBox</name>
    <message>
        <source>To document in the journal</source>
        <translation>Att dokumentera i journal</translation>
    </message>
    <message>
        <source>Mark as documented…</source>
        <translation>Markera som dokumenterad…</translation>
    </message>
    <message>
        <source>Record that the action is documented in the client&apos;s journal, and in which record</source>
        <translation>Registrera att åtgärden är dokumenterad i kundens journal, och i vilken</translation>
    </message>
    <message>
        <source>The journal entries could not be read</source>
        <translation>Journalanteckningarna kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>tf::JournalMarkDialog</name>
    <message>
        <source>Documented in the journal</source>
        <translation>Dokumenterad i journal</translation>
    </message>
    <message>
        <source>Documented in</source>
        <translation>Dokumenterad i</translation>
    </message>
    <message>
        <source>&amp;SoL (social documentation)</source>
        <translation>&amp;SoL (social dokumentation)</translation>
    </message>
    <message>
        <source>&amp;HSL (patient record)</source>
        <translation>&amp;HSL (patientjournal)</translation>
    </message>
    <message>
        <source>&amp;LSS (social documentation)</source>
        <translation>&amp;LSS (social dokumentation)</translation>
    </message>
    <message>
        <source>&amp;Mark as documented</source>
        <translation>&amp;Markera som dokumenterad</translation>
    </message>
    <message>
        <source>Mark as documented</source>
        <translation>Markera som dokumenterad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The journal entry was not marked</source>
        <translation>Journalanteckningen markerades inte</translation>
    </message>
</context>
<context>
    <name>tf::KeyboardHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields, the arrow keys within a list, table or calendar. Alt and the underlined letter reach a menu, button or field. In every window:</source>
        <translation>Tabb och Skift+Tabb flyttar mellan fälten, piltangenterna inom en lista, tabell eller kalender. Alt och den understrukna bokstaven når en meny, knapp eller ett fält. I alla fönster:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>tf::LeaverDialog</name>
    <message>
        <source>&amp;Has an end date</source>
        <translation>&amp;Har ett slutdatum</translation>
    </message>
    <message>
        <source>Save end &amp;date</source>
        <translation>Spara slut&amp;datum</translation>
    </message>
    <message>
        <source>Save end date</source>
        <translation>Spara slutdatum</translation>
    </message>
    <message>
        <source>Choose for all &amp;rows</source>
        <translation>Välj för alla &amp;rader</translation>
    </message>
    <message>
        <source>Choose this successor for all rows</source>
        <translation>Välj denna efterträdare för alla rader</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>Lä&amp;mna över</translation>
    </message>
    <message>
        <source>Hand over the rows that have a successor</source>
        <translation>Lämna över de rader som har en efterträdare</translation>
    </message>
    <message>
        <source>Staff leaving</source>
        <translation>Personal som slutar</translation>
    </message>
    <message>
        <source>Person who leaves</source>
        <translation>Person som slutar</translation>
    </message>
    <message>
        <source>%1, leaves %2</source>
        <translation>%1, slutar %2</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Har ett slutdatum</translation>
    </message>
    <message>
        <source>First day no longer working</source>
        <translation>Första dagen personen inte längre arbetar</translation>
    </message>
    <message>
        <source>What the person holds</source>
        <translation>Det som personen har ansvar för</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>Tas över av</translation>
    </message>
    <message>
        <source>Successor for all rows</source>
        <translation>Efterträdare för alla rader</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Leaves &amp;from:</source>
        <translation>Slutar &amp;från och med:</translation>
    </message>
    <message>
        <source>Successor for &amp;all:</source>
        <translation>Efterträdare för &amp;alla:</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>End date not saved</source>
        <translation>Slutdatumet sparades inte</translation>
    </message>
    <message>
        <source>Could not read what the person holds</source>
        <translation>Det som personen har ansvar för kunde inte läsas</translation>
    </message>
    <message>
        <source>Choose a successor</source>
        <translation>Välj en efterträdare</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (klart senast %2)</translation>
    </message>
    <message>
        <source>Successor for %1</source>
        <translation>Efterträdare för %1</translation>
    </message>
    <message>
        <source>Stays for now</source>
        <translation>Ligger kvar tills vidare</translation>
    </message>
    <message>
        <source>%1 holds no open actions, client roles or SIP needs.</source>
        <translation>%1 har inga öppna åtgärder, kundroller eller SIP-behov.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n thing(s) that someone else must take over. Choose a successor per row, or one for all rows, and hand over.</source>
        <translation>
            <numerusform>%1 har %n sak som någon annan måste ta över. Välj en efterträdare per rad, eller en för alla rader, och lämna över.</numerusform>
            <numerusform>%1 har %n saker som någon annan måste ta över. Välj en efterträdare per rad, eller en för alla rader, och lämna över.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to hand over</source>
        <translation>Inget att lämna över</translation>
    </message>
    <message>
        <source>Choose a successor for at least one row, or one for all rows.</source>
        <translation>Välj en efterträdare för minst en rad, eller en för alla rader.</translation>
    </message>
    <message>
        <source>Nothing was handed over</source>
        <translation>Inget lämnades över</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Överlämnat</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) handed over. The handover is recorded.</source>
        <translation>
            <numerusform>%n sak lämnades över. Överlämningen är sparad.</numerusform>
            <numerusform>%n saker lämnades över. Överlämningen är sparad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tf::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Teamforum is locked</source>
        <translation>Teamforum är låst</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Teamforum is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Teamforum är låst&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Inloggad: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who is working now</source>
        <translation>Vem arbetar nu</translation>
    </message>
    <message>
        <source>&amp;Who is working now?</source>
        <translation>&amp;Vem arbetar nu?</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
</context>
<context>
    <name>tf::LogCheckDialog</name>
    <message>
        <source>Access log check</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>&amp;Month (YYYY-MM):</source>
        <translation>&amp;Månad (ÅÅÅÅ-MM):</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stickprovets storlek</translation>
    </message>
    <message>
        <source>&amp;Draw the check</source>
        <translation>&amp;Ta fram kontrollen</translation>
    </message>
    <message>
        <source>Draw the check</source>
        <translation>Ta fram kontrollen</translation>
    </message>
    <message>
        <source>Sam&amp;ple:</source>
        <translation>Stic&amp;kprov:</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Läst av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Reads in the check</source>
        <translation>Läsningar i kontrollen</translation>
    </message>
    <message>
        <source>&amp;Save the check</source>
        <translation>S&amp;para kontrollen</translation>
    </message>
    <message>
        <source>Save the check</source>
        <translation>Spara kontrollen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Overdue: no check of %1 is saved for %2.</source>
        <translation>Försenad: ingen kontroll av %1 är sparad för %2.</translation>
    </message>
    <message>
        <source>%1 reads without a care relation and %2 in the sample.</source>
        <translation>%1 läsningar utan vårdrelation och %2 i stickprovet.</translation>
    </message>
    <message>
        <source>Judgement of read %1</source>
        <translation>Bedömning av läsning %1</translation>
    </message>
    <message>
        <source>Check %1 of %2 is saved: %3 reads judged.</source>
        <translation>Kontroll %1 av %2 är sparad: %3 läsningar bedömda.</translation>
    </message>
    <message>
        <source>&amp;Check a month</source>
        <translation>&amp;Granska en månad</translation>
    </message>
    <message>
        <source>Earl&amp;ier checks</source>
        <translation>T&amp;idigare kontroller</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>The client&apos;s name is shown here so that you recognise the read; the saved check holds no client, only the read&apos;s number, reader, time and your judgement. Write notes without the client&apos;s name.</source>
        <translation>Kundens namn visas här för att du ska känna igen läsningen; den sparade kontrollen innehåller ingen kund, bara läsningens nummer, vem som läste, när och din bedömning. Skriv anteckningar utan kundens namn.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Saved checks of the year, newest first</source>
        <translation>Årets sparade kontroller, den senaste först</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Granskad av</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Reads reviewed</source>
        <translation>Granskade läsningar</translation>
    </message>
    <message>
        <source>To investigate</source>
        <translation>Att utreda</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Saved checks of the year</source>
        <translation>Årets sparade kontroller</translation>
    </message>
    <message>
        <source>The year summed up per unit, for the patient safety report (the newest check of each month counts)</source>
        <translation>Året sammanställt per enhet, för patientsäkerhetsberättelsen (den senaste kontrollen av varje månad gäller)</translation>
    </message>
    <message>
        <source>Months checked</source>
        <translation>Kontrollerade månader</translation>
    </message>
    <message>
        <source>The year summed up per unit</source>
        <translation>Året sammanställt per enhet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No, a later check of the month replaces it</source>
        <translation>Nej, en senare kontroll av månaden ersätter den</translation>
    </message>
    <message>
        <source>Every check of %1 that is due is saved.</source>
        <translation>Alla kontroller av %1 som ska göras är sparade.</translation>
    </message>
    <message>
        <source>Nothing to check for %1: nobody read its clients&apos; data in %2.</source>
        <translation>Inget att kontrollera för %1: ingen läste enhetens kunders uppgifter under %2.</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>kund %1</translation>
    </message>
</context>
<context>
    <name>tf::MainWindow</name>
    <message>
        <source>Teamforum</source>
        <translation>Teamforum</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>Forums and templates</source>
        <translation>Forum och mallar</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Mötesansvarig</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 database %3</source>
        <translation>Inloggad som %1 · %2-databas %3</translation>
    </message>
    <message>
        <source> · read only: changes cannot be saved</source>
        <translation> · skrivskyddad: ändringar kan inte sparas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Teamforum</source>
        <translation>&amp;Om Teamforum</translation>
    </message>
    <message>
        <source>About Teamforum</source>
        <translation>Om Teamforum</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Teamforum %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Agendas, minutes and follow-up of decided actions for the meeting forums of municipal care.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Teamforum %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dagordningar, minnesanteckningar och uppföljning av beslutade åtgärder för vård- och omsorgens mötesforum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Save them before closing?</source>
        <translation>Mallen har ändringar som inte är sparade. Vill du spara dem innan du stänger?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Mötesläge</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mina kunder</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Inför mötet</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Öppnar databasen …</translation>
    </message>
    <message>
        <source>A meeting is in progress in meeting mode. Everything written is saved, and the meeting goes on where you left it. Switch to another view?</source>
        <translation>Ett möte pågår i mötesläget. Allt som skrivits är sparat, och mötet fortsätter där du lämnade det. Vill du byta vy?</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Byt vy</translation>
    </message>
    <message>
        <source>The meeting is in progress</source>
        <translation>Mötet pågår</translation>
    </message>
    <message>
        <source>Stay in the meeting</source>
        <translation>Stanna i mötet</translation>
    </message>
    <message>
        <source>A meeting is in progress in meeting mode. Everything written is saved. Quit Teamforum anyway?</source>
        <translation>Ett möte pågår i mötesläget. Allt som skrivits är sparat. Vill du avsluta Teamforum ändå?</translation>
    </message>
    <message>
        <source>Quit Teamforum</source>
        <translation>Avsluta Teamforum</translation>
    </message>
    <message>
        <source>Disconnected – trying again</source>
        <translation>Frånkopplad – försöker igen</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importera från CSV</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importera från CSV…</translation>
    </message>
    <message>
        <source>&amp;Retention and purging…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Byt användare …</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>I&amp;nställningar …</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message numerus="yes">
        <source>Teamforum locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Teamforum låstes efter %n minut utan användning.</numerusform>
            <numerusform>Teamforum låstes efter %n minuter utan användning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teamforum was locked from the menu.</source>
        <translation>Teamforum låstes från menyn.</translation>
    </message>
    <message>
        <source>On a shared database the login says who is working. Someone else quits Teamforum and starts it with their own login.</source>
        <translation>I en delad databas är det inloggningen som anger vem som arbetar. Någon annan avslutar Teamforum och startar det med sin egen inloggning.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Byt användare</translation>
    </message>
    <message>
        <source>On a shared database the login says who is working, so another person cannot be chosen here. Quit Teamforum and let the other person start it with their own login.</source>
        <translation>I en delad databas är det inloggningen som anger vem som arbetar, så en annan person kan inte väljas här. Avsluta Teamforum och låt den andra personen starta det med sin egen inloggning.</translation>
    </message>
    <message>
        <source>Who is working now? Everything changed from now on is recorded under the person chosen.</source>
        <translation>Vem arbetar nu? Allt som ändras från och med nu registreras på den person som väljs.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>The person is no longer in the database.</source>
        <translation>Personen finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>Access log &amp;check…</source>
        <translation>L&amp;oggkontroll…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Whole program</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>&amp;Deviations…</source>
        <translation>A&amp;vvikelser…</translation>
    </message>
    <message>
        <source>Complaints and su&amp;ggestions…</source>
        <translation>&amp;Klagomål och synpunkter…</translation>
    </message>
    <message>
        <source>&amp;Following the meeting routine…</source>
        <translation>&amp;Uppföljning av mötesrutinen…</translation>
    </message>
    <message>
        <source>Self-ins&amp;pections…</source>
        <translation>&amp;Egenkontroller…</translation>
    </message>
    <message>
        <source>%1, shortcut %2</source>
        <translation>%1, kortkommando %2</translation>
    </message>
    <message>
        <source>Opens the view; its own shortcuts are listed here once it has been opened</source>
        <translation>Öppnar vyn; dess egna kortkommandon visas här när den har öppnats</translation>
    </message>
    <message>
        <source>&amp;Action plans…</source>
        <translation>&amp;Handlingsplaner…</translation>
    </message>
    <message>
        <source>The APT&apos;s &amp;year wheel…</source>
        <translation>APT:ns å&amp;rshjul…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>&amp;Consents to renew…</source>
        <translation>&amp;Samtycken att förnya…</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <source>Some of the notes could not be saved yet. They stay in meeting mode and are saved as soon as that is possible. Switch to another view?</source>
        <translation>En del av anteckningarna kunde inte sparas ännu. De ligger kvar i mötesläget och sparas så snart det går. Vill du byta vy?</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Anteckningar inte sparade</translation>
    </message>
    <message>
        <source>Stay in meeting mode</source>
        <translation>Stanna i mötesläget</translation>
    </message>
    <message>
        <source>Some of the notes could not be saved. If you quit now, what could not be saved is lost. Quit Teamforum anyway?</source>
        <translation>En del av anteckningarna kunde inte sparas. Avslutar du nu går det som inte kunde sparas förlorat. Vill du avsluta Teamforum ändå?</translation>
    </message>
</context>
<context>
    <name>tf::MeetingCalendar</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Föregående vecka</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Föregående vecka (Alt+Vänster)</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nästa vecka ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nästa vecka (Alt+Höger)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Ve&amp;cka</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>M&amp;ånad</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Week %1, %2 – %3</source>
        <translation>Vecka %1, %2 – %3</translation>
    </message>
    <message>
        <source>No coming meetings. Schedule a meeting series (Ctrl+N) or a single meeting.</source>
        <translation>Inga kommande möten. Planera en mötesserie (Ctrl+N) eller ett enstaka möte.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Show today and the next meeting</source>
        <translation>Visa idag och nästa möte</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Gå till datum</translation>
    </message>
    <message>
        <source>Go to date (Ctrl+G)</source>
        <translation>Gå till datum (Ctrl+G)</translation>
    </message>
    <message>
        <source>Go to date:</source>
        <translation>Gå till datum:</translation>
    </message>
</context>
<context>
    <name>tf::MeetingChooser</name>
    <message>
        <source>&amp;Start meeting mode</source>
        <translation>&amp;Starta mötesläge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Start meeting mode</source>
        <translation>Starta mötesläge</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>E&amp;nhet</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <source>The meetings could not be read</source>
        <translation>Mötena kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>tf::MeetingClockBar</name>
    <message>
        <source>Choose a meeting and start meeting mode.</source>
        <translation>Välj ett möte och starta mötesläget.</translation>
    </message>
    <message>
        <source>Item: %1 left</source>
        <translation>Punkten: %1 kvar</translation>
    </message>
    <message>
        <source>Item: %1 over time</source>
        <translation>Punkten: %1 över tiden</translation>
    </message>
    <message>
        <source>Meeting: %1 left</source>
        <translation>Mötet: %1 kvar</translation>
    </message>
    <message>
        <source>Meeting: %1 over time</source>
        <translation>Mötet: %1 över tiden</translation>
    </message>
</context>
<context>
    <name>tf::MeetingListModel</name>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hållet</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Justerat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Att observera</translation>
    </message>
</context>
<context>
    <name>tf::MeetingModeView</name>
    <message>
        <source>Previous item</source>
        <translation>Föregående punkt</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nästa punkt</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDn</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Mötesläge</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>An&amp;teckningar</translation>
    </message>
    <message>
        <source>Attendance and &amp;secretary</source>
        <translation>Närvaro och s&amp;ekreterare</translation>
    </message>
    <message>
        <source>&amp;Closing and approval</source>
        <translation>Avslut och &amp;justering</translation>
    </message>
    <message>
        <source>Not saved – the text is kept</source>
        <translation>Inte sparat – texten finns kvar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>The meeting could not be started</source>
        <translation>Mötet kunde inte startas</translation>
    </message>
    <message>
        <source>Undo the last step (Ctrl+Z outside a notes field)</source>
        <translation>Ångra det senaste steget (Ctrl+Z utanför ett anteckningsfält)</translation>
    </message>
    <message>
        <source>Redo the step (Ctrl+Y outside a notes field)</source>
        <translation>Gör om steget (Ctrl+Y utanför ett anteckningsfält)</translation>
    </message>
    <message>
        <source>Keys: Ctrl+Tab next tab, Ctrl+Shift+Tab previous tab · Ctrl+PgDown next item · Ctrl+PgUp previous item (on the other tabs: next and previous tab) · Ctrl+Enter new action · Ctrl+Z/Ctrl+Y undo/redo the typing in a notes field, elsewhere the last step (attendance, action) · Ctrl+Shift+F finish the meeting · Alt+underlined letter opens a tab or field</source>
        <translation>Tangenter: Ctrl+Tabb nästa flik, Ctrl+Skift+Tabb föregående flik · Ctrl+PgDn nästa punkt · Ctrl+PgUp föregående punkt (på de andra flikarna: nästa och föregående flik) · Ctrl+Enter ny åtgärd · Ctrl+Z/Ctrl+Y ångrar/gör om skrivandet i ett anteckningsfält, annars det senaste steget (närvaro, åtgärd) · Ctrl+Skift+F avsluta mötet · Alt+understruken bokstav öppnar en flik eller ett fält</translation>
    </message>
    <message>
        <source>The notes could not be saved. %1 Keep writing: the text stays in the field and is saved again with your next keystroke.</source>
        <translation>Anteckningarna kunde inte sparas. %1 Skriv vidare: texten finns kvar i fältet och sparas igen vid nästa tangenttryckning.</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Föregående flik</translation>
    </message>
    <message>
        <source>Next agenda item (on the other tabs: next tab)</source>
        <translation>Nästa punkt på dagordningen (på de andra flikarna: nästa flik)</translation>
    </message>
    <message>
        <source>Previous agenda item (on the other tabs: previous tab)</source>
        <translation>Föregående punkt på dagordningen (på de andra flikarna: föregående flik)</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <source>The meeting could not be opened</source>
        <translation>Mötet kunde inte öppnas</translation>
    </message>
</context>
<context>
    <name>tf::MinutesAutosave</name>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Someone else wrote in the same field at the same time. Both texts are in the field now; read it through.</source>
        <translation>Någon annan skrev i samma fält samtidigt. Båda texterna står nu i fältet; läs igenom det.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; the text is saved as soon as it is back.</source>
        <translation>Anslutningen till databasservern bröts; texten sparas så snart den är tillbaka.</translation>
    </message>
</context>
<context>
    <name>tf::MinutesEditor</name>
    <message>
        <source>Actions decided under this item</source>
        <translation>Åtgärder beslutade under punkten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Client: %1 · each profession presents the client&apos;s needs from its own field, then the client&apos;s wishes.</source>
        <translation>Kund: %1 · varje profession presenterar kundens behov utifrån sitt område, sedan kundens önskemål.</translation>
    </message>
    <message>
        <source>the notes &quot;%1&quot;</source>
        <translation>anteckningen ”%1”</translation>
    </message>
    <message>
        <source>Objection to the note…</source>
        <translation>Invändning mot anteckningen…</translation>
    </message>
    <message>
        <source>Objection to the note &quot;%1&quot;</source>
        <translation>Invändning mot anteckningen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Record that the client holds this note to be wrong; the note itself stays as it is</source>
        <translation>Anteckna att kunden anser att anteckningen är oriktig; själva anteckningen ändras inte</translation>
    </message>
    <message>
        <source>Objection to the note</source>
        <translation>Invändning mot anteckningen</translation>
    </message>
    <message>
        <source>Nothing has been written in this field yet, so there is nothing to object to.</source>
        <translation>Inget har skrivits i fältet ännu, så det finns inget att invända mot.</translation>
    </message>
    <message>
        <source>Correct the note…</source>
        <translation>Rätta anteckningen…</translation>
    </message>
    <message>
        <source>Correct the note &quot;%1&quot;</source>
        <translation>Rätta anteckningen ”%1”</translation>
    </message>
    <message>
        <source>Correct the note</source>
        <translation>Rätta anteckningen</translation>
    </message>
    <message>
        <source>Nothing has been written in this field yet, so there is nothing to correct.</source>
        <translation>Inget har skrivits i fältet ännu, så det finns inget att rätta.</translation>
    </message>
    <message>
        <source>Approved minutes are not changed: record the client&apos;s objection, or an addendum to the minutes</source>
        <translation>Justerade protokoll ändras inte: skriv in kundens invändning eller ett tillägg till protokollet</translation>
    </message>
    <message>
        <source>Give the note a corrected text; the text it has now is kept with the reason, who and when</source>
        <translation>Ge anteckningen en rättad text; texten den har nu sparas med skälet, vem och när</translation>
    </message>
</context>
<context>
    <name>tf::MoveMeetingDialog</name>
    <message>
        <source>Move meeting</source>
        <translation>Flytta möte</translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation>Nytt datum och ny tid</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>&amp;Ny tid:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>Only this meeting moves; the series keeps its rhythm.</source>
        <translation>Bara det här mötet flyttas; serien behåller sin rytm.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>tf::MyClientsModel</name>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Consent, other care providers</source>
        <translation>Samtycke vårdgivare</translation>
    </message>
    <message>
        <source>Not on a coming agenda</source>
        <translation>Inte på någon kommande dagordning</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gäller t.o.m. %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Gick ut %1</translation>
    </message>
    <message>
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan</translation>
    </message>
</context>
<context>
    <name>tf::NoteCorrectionDialog</name>
    <message>
        <source>Correct the note</source>
        <translation>Rätta anteckningen</translation>
    </message>
    <message>
        <source>The note is given its corrected text. The text it has now is kept with the reason, who corrected it and when, and is shown with the note.</source>
        <translation>Anteckningen får den rättade texten. Texten den har nu sparas med skälet, vem som rättade och när, och visas med anteckningen.</translation>
    </message>
    <message>
        <source>The note now:</source>
        <translation>Anteckningen nu:</translation>
    </message>
    <message>
        <source>&amp;Corrected text</source>
        <translation>&amp;Rättad text</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>Rättad text</translation>
    </message>
    <message>
        <source>&amp;Why the note is corrected</source>
        <translation>&amp;Varför anteckningen rättas</translation>
    </message>
    <message>
        <source>Why the note is corrected</source>
        <translation>Varför anteckningen rättas</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Spara rättelsen</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Spara rättelsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>tf::NurseAfterMeetingPanel</name>
    <message>
        <source>My health-care actions</source>
        <translation>Mina hälso- och sjukvårdsåtgärder</translation>
    </message>
    <message>
        <source>SIP to call</source>
        <translation>SIP att kalla till</translation>
    </message>
    <message>
        <source>Mark SIP as called</source>
        <translation>Markera SIP som kallad</translation>
    </message>
    <message>
        <source>The SIP meeting has been called</source>
        <translation>Kallelse till SIP-mötet är skickad</translation>
    </message>
    <message>
        <source>After the meeting: my health-care actions</source>
        <translation>Efter mötet: mina hälso- och sjukvårdsåtgärder</translation>
    </message>
    <message>
        <source>SIP needs I am to call</source>
        <translation>SIP som jag ska kalla till</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>tf::NurseView</name>
    <message>
        <source>Start assessment</source>
        <translation>Starta bedömning</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Tidigare bedömningar</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Open the assessment form for the chosen instrument (Ctrl+B or Enter)</source>
        <translation>Öppna bedömningsformuläret för valt instrument (Ctrl+B eller Retur)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Before the meeting&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inför mötet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Assessments of %1</source>
        <translation>Bedömningar av %1</translation>
    </message>
    <message>
        <source>Choose a client to see earlier assessments.</source>
        <translation>Välj en kund för att se tidigare bedömningar.</translation>
    </message>
    <message>
        <source>SBAR…</source>
        <translation>SBAR…</translation>
    </message>
    <message>
        <source>Need for S&amp;IP…</source>
        <translation>Behov av S&amp;IP…</translation>
    </message>
    <message>
        <source>Need for a SIP</source>
        <translation>Behov av SIP</translation>
    </message>
    <message>
        <source>Note that the chosen client, discussed at a samordningsmöte, needs a SIP and who calls it (Alt+I)</source>
        <translation>Notera att den valda kunden, som tagits upp på ett samordningsmöte, behöver en SIP och vem som kallar till den (Alt+I)</translation>
    </message>
    <message>
        <source>Assessment instruments per &amp;verksamhet…</source>
        <translation>&amp;Bedömningsinstrument per verksamhet…</translation>
    </message>
    <message>
        <source>Moving in and intervals</source>
        <translation>Inflyttning och intervall</translation>
    </message>
    <message>
        <source>The chosen client&apos;s moving-in date and the shorter intervals the team decided (Alt+N)</source>
        <translation>Den valda kundens inflyttningsdatum och de kortare intervall som teamet beslutat (Alt+N)</translation>
    </message>
    <message>
        <source>Assessment instruments per verksamhet</source>
        <translation>Bedömningsinstrument per verksamhet</translation>
    </message>
    <message>
        <source>Which instruments each verksamhet uses, and how often (Alt+V)</source>
        <translation>Vilka instrument varje verksamhet använder, och hur ofta (Alt+V)</translation>
    </message>
    <message>
        <source>Moving i&amp;n and intervals…</source>
        <translation>I&amp;nflyttning och intervall…</translation>
    </message>
    <message>
        <source>Objection to the assessment (inv&amp;ändning)…</source>
        <translation>Inv&amp;ändning mot bedömningen…</translation>
    </message>
    <message>
        <source>Objection to the assessment</source>
        <translation>Invändning mot bedömningen</translation>
    </message>
    <message>
        <source>Record that the client holds the chosen assessment to be wrong; the assessment itself stays as it is (Alt+Ä)</source>
        <translation>Anteckna att kunden anser att den valda bedömningen är oriktig; själva bedömningen ändras inte (Alt+Ä)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1, %2: %3 (assessed by %4)</source>
        <translation>%1, %2: %3 (bedömd av %4)</translation>
    </message>
    <message>
        <source>SBAR reports</source>
        <translation>SBAR-rapporter</translation>
    </message>
    <message>
        <source>The chosen client&apos;s SBAR reports: write a new one for this agenda item, complete one after the call or print it again</source>
        <translation>Den valda kundens SBAR-rapporter: skriv en ny för den här punkten, komplettera en efter samtalet eller skriv ut den igen</translation>
    </message>
    <message>
        <source>Care &amp;plan…</source>
        <translation>Vård&amp;plan…</translation>
    </message>
    <message>
        <source>Care plan after the assessment</source>
        <translation>Vårdplan efter bedömningen</translation>
    </message>
    <message>
        <source>The measures after the chosen assessment with risk: what is done, who does it and when it is followed up (Alt+P)</source>
        <translation>Åtgärderna efter den valda bedömningen med risk: vad som görs, vem som gör det och när det följs upp (Alt+P)</translation>
    </message>
    <message>
        <source>In hospital…</source>
        <translation>Sjukhusvistelse…</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>Sjukhusvistelse</translation>
    </message>
    <message>
        <source>Record that the chosen client was in hospital: from when, the day home and the hospital or ward</source>
        <translation>Anteckna att den valda kunden har varit på sjukhus: från när, dagen hem och sjukhus eller avdelning</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Inför mötet</translation>
    </message>
</context>
<context>
    <name>tf::ObjectionDialog</name>
    <message>
        <source>Objection: the information is held to be wrong</source>
        <translation>Invändning: uppgiften anses oriktig</translation>
    </message>
    <message>
        <source>The client holds that this note is wrong. The objection is saved beside the note, with who recorded it and when; the note itself is not changed.</source>
        <translation>Kunden anser att anteckningen är oriktig. Invändningen sparas bredvid anteckningen, med vem som antecknade den och när; själva anteckningen ändras inte.</translation>
    </message>
    <message>
        <source>The client holds that this assessment is wrong. The objection is saved beside the assessment, with who recorded it and when; the assessment itself is not changed.</source>
        <translation>Kunden anser att bedömningen är oriktig. Invändningen sparas bredvid bedömningen, med vem som antecknade den och när; själva bedömningen ändras inte.</translation>
    </message>
    <message>
        <source>&amp;What the client says</source>
        <translation>&amp;Vad kunden säger</translation>
    </message>
    <message>
        <source>What the client says</source>
        <translation>Vad kunden säger</translation>
    </message>
    <message>
        <source>&amp;Save objection</source>
        <translation>&amp;Spara invändningen</translation>
    </message>
    <message>
        <source>Save objection</source>
        <translation>Spara invändningen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Write what the client says is wrong.</source>
        <translation>Skriv vad kunden säger är oriktigt.</translation>
    </message>
</context>
<context>
    <name>tf::OpenActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
</context>
<context>
    <name>tf::ParticipantsPanel</name>
    <message>
        <source>Add as &amp;participant</source>
        <translation>L&amp;ägg till som deltagare</translation>
    </message>
    <message>
        <source>Add the chosen person to this meeting</source>
        <translation>Lägg till den valda personen på det här mötet</translation>
    </message>
    <message>
        <source>Invite as ad&amp;junct</source>
        <translation>Bjud in som ad&amp;jungerad</translation>
    </message>
    <message>
        <source>Invite the chosen person as an adjunct, dated today</source>
        <translation>Bjud in den valda personen som adjungerad, med dagens datum</translation>
    </message>
    <message>
        <source>In&amp;vitation sent today</source>
        <translation>In&amp;bjudan skickad i dag</translation>
    </message>
    <message>
        <source>Record that the selected adjunct was invited today</source>
        <translation>Anteckna att den valda adjungerade bjöds in i dag</translation>
    </message>
    <message>
        <source>Remo&amp;ve from meeting</source>
        <translation>Str&amp;yk från mötet</translation>
    </message>
    <message>
        <source>Remove the selected person from this meeting</source>
        <translation>Ta bort den valda personen från det här mötet</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Cannot attend</source>
        <translation>Förhinder</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Att observera</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>Pers&amp;on:</translation>
    </message>
    <message>
        <source>The participants were not saved</source>
        <translation>Deltagarna sparades inte</translation>
    </message>
    <message>
        <source>%1 (adjunct)</source>
        <translation>%1 (adjungerad)</translation>
    </message>
    <message>
        <source>Cannot attend: %1</source>
        <translation>Förhinder: %1</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Ersättare för %1</translation>
    </message>
    <message>
        <source>No substitute</source>
        <translation>Ingen ersättare</translation>
    </message>
    <message>
        <source>Cannot attend, no substitute named</source>
        <translation>Förhinder, ingen ersättare utsedd</translation>
    </message>
    <message>
        <source>Invited later than the lead time</source>
        <translation>Inbjuden senare än framförhållningen</translation>
    </message>
    <message>
        <source>Not invited and the lead time has passed</source>
        <translation>Inte inbjuden och framförhållningen har passerats</translation>
    </message>
    <message numerus="yes">
        <source>Lead time for adjuncts: %n day(s).</source>
        <translation>
            <numerusform>Framförhållning för adjungerade: %n dag.</numerusform>
            <numerusform>Framförhållning för adjungerade: %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked: the participants and their attendance can no longer be changed.</source>
        <translation>Protokollet från mötet är justerat och låst: deltagarna och deras närvaro kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Client or relative…</source>
        <translation>Kund eller anhörig…</translation>
    </message>
    <message>
        <source>Invite the client or a relative to this meeting, without a login</source>
        <translation>Bjud in kunden eller en anhörig till mötet, utan inloggning</translation>
    </message>
    <message>
        <source>Client and relatives: %1</source>
        <translation>Kund och anhöriga: %1</translation>
    </message>
    <message>
        <source>Other organisations…</source>
        <translation>Andra organisationer…</translation>
    </message>
    <message>
        <source>Invite the health centre&apos;s staff or others without a login, to this meeting or the whole series</source>
        <translation>Bjud in hälsocentralens personal eller andra utan inloggning, till detta möte eller hela serien</translation>
    </message>
    <message>
        <source>From other organisations: %1</source>
        <translation>Från andra organisationer: %1</translation>
    </message>
</context>
<context>
    <name>tf::ParticipationChecklist</name>
    <message>
        <source>Before the meeting: the client&apos;s participation</source>
        <translation>Inför mötet: kundens delaktighet</translation>
    </message>
    <message>
        <source>The client has been asked for wishes</source>
        <translation>Kunden har tillfrågats om sina önskemål</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Spara checklistan</translation>
    </message>
    <message>
        <source>The client&apos;s wishes</source>
        <translation>Kundens önskemål</translation>
    </message>
    <message>
        <source>The client&apos;s wishes, in the client&apos;s own words</source>
        <translation>Kundens önskemål, med kundens egna ord</translation>
    </message>
    <message>
        <source>Why the client was not asked</source>
        <translation>Varför kunden inte tillfrågades</translation>
    </message>
    <message>
        <source>Only if the client could not be asked: why</source>
        <translation>Bara om kunden inte kunde tillfrågas: varför</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>What the relatives said</source>
        <translation>Vad de närstående sa</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the checklist (Ctrl+S)</source>
        <translation>Spara checklistan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Önskemål</translation>
    </message>
    <message>
        <source>Not asked because</source>
        <translation>Inte tillfrågad eftersom</translation>
    </message>
    <message>
        <source>Relatives&apos; view</source>
        <translation>Närståendes synpunkter</translation>
    </message>
    <message>
        <source>The checklist was not saved</source>
        <translation>Checklistan sparades inte</translation>
    </message>
</context>
<context>
    <name>tf::PersonSignInDialog</name>
    <message>
        <source>Personal &amp;code</source>
        <translation>Personlig &amp;kod</translation>
    </message>
    <message>
        <source>&amp;Repeat the code</source>
        <translation>&amp;Upprepa koden</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Vem du är</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Personlig kod</translation>
    </message>
    <message>
        <source>Repeat the code</source>
        <translation>Upprepa koden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>%1 has no personal code yet. Choose one of at least %2 characters and type it twice. Keep it to yourself: it is how you show that it is you who approves.</source>
        <translation>%1 har ingen personlig kod än. Välj en med minst %2 tecken och skriv den två gånger. Håll den för dig själv: den visar att det är du som justerar.</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Välj vem du är.</translation>
    </message>
    <message>
        <source>Type your personal code.</source>
        <translation>Skriv din personliga kod.</translation>
    </message>
    <message>
        <source>The code needs at least %1 characters.</source>
        <translation>Koden behöver minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two codes differ. Type the same code twice.</source>
        <translation>Koderna är olika. Skriv samma kod två gånger.</translation>
    </message>
</context>
<context>
    <name>tf::ProblemBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>tf::RetentionDialog</name>
    <message>
        <source>Kept</source>
        <translation>Behålls</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Gallras</translation>
    </message>
    <message>
        <source>Preserved for research</source>
        <translation>Bevaras för forskning</translation>
    </message>
    <message>
        <source>Retention and purging</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommunal verksamhet</translation>
    </message>
    <message>
        <source>Private provider</source>
        <translation>Enskild verksamhet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Huvudman:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Arkivmapp</translation>
    </message>
    <message>
        <source>&amp;Archive folder:</source>
        <translation>&amp;Arkivmapp:</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Senaste anteckning</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Gallras senast</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Retention plan</source>
        <translation>Gallringsplan</translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation>&amp;Gallra…</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Gallra</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>On %1: %2 clients to purge, %3 to preserve for research, %4 kept.</source>
        <translation>Den %1: %2 kunder gallras, %3 bevaras för forskning, %4 behålls.</translation>
    </message>
    <message>
        <source>%1 clients will be purged: everything about them is removed from the database. This cannot be undone. %2 clients preserved for research are exported to the archive folder and kept.</source>
        <translation>%1 kunder gallras: allt om dem tas bort ur databasen. Det kan inte ångras. %2 kunder som bevaras för forskning lämnas till arkivmappen och behålls.</translation>
    </message>
    <message>
        <source>Purge %1 clients</source>
        <translation>Gallra %1 kunder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Purge protocol %1: %2 clients purged, %3 exported to %4.</source>
        <translation>Gallringsprotokoll %1: %2 kunder gallrade, %3 lämnade till %4.</translation>
    </message>
    <message>
        <source>Backups made before the purge hold the purged data until %1.</source>
        <translation>Säkerhetskopior gjorda före gallringen innehåller de gallrade uppgifterna till och med %1.</translation>
    </message>
</context>
<context>
    <name>tf::RiskAssessmentDialog</name>
    <message>
        <source>Risk assessment: %1</source>
        <translation>Riskbedömning: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 (%3)</translation>
    </message>
    <message>
        <source>%1: why it could not be assessed</source>
        <translation>%1: varför det inte kunde bedömas</translation>
    </message>
    <message>
        <source>Could not be assessed: write why</source>
        <translation>Kunde inte bedömas: skriv varför</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Spara bedömningen</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Spara bedömningen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Ej mätt</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– välj –</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not complete: answer &quot;%1&quot; or write why it could not be assessed.</source>
        <translation>Inte klar: besvara &quot;%1&quot; eller skriv varför det inte kunde bedömas.</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>Inte klar: %1</translation>
    </message>
    <message>
        <source>Items that could not be assessed: no result is computed.</source>
        <translation>Frågor som inte kunde bedömas: inget resultat räknas fram.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 points: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 poäng: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> – contact dental care.</source>
        <translation> – kontakta tandvården.</translation>
    </message>
    <message>
        <source>Cut-off: %1 Source: %2</source>
        <translation>Gränsvärde: %1 Källa: %2</translation>
    </message>
    <message>
        <source>The result supports the assessment; it is not a diagnosis.</source>
        <translation>Resultatet är ett stöd för bedömningen, inte en diagnos.</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>Bedömningen sparades inte</translation>
    </message>
    <message>
        <source>%1 years (from the personnummer)</source>
        <translation>%1 år (från personnumret)</translation>
    </message>
    <message>
        <source>Close the form; unsaved answers are asked about first (Esc)</source>
        <translation>Stäng formuläret; du får frågan om osparade svar först (Esc)</translation>
    </message>
    <message>
        <source>The licensed form texts could not be used, so neutral labels are shown: %1</source>
        <translation>Blankettens licensierade texter kunde inte användas, så neutrala etiketter visas: %1</translation>
    </message>
    <message>
        <source>The licensed form texts are not installed: some texts are neutral labels.</source>
        <translation>Blankettens licensierade texter är inte installerade: vissa texter är neutrala etiketter.</translation>
    </message>
</context>
<context>
    <name>tf::RiskCarePlanDialog</name>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Lägg till åtgärd</translation>
    </message>
    <message>
        <source>&amp;Mark the chosen measure followed up</source>
        <translation>&amp;Markera vald åtgärd som uppföljd</translation>
    </message>
    <message>
        <source>Care plan after the risk assessment</source>
        <translation>Vårdplan efter riskbedömningen</translation>
    </message>
    <message>
        <source>%1: %2 on %3, %4. The risks found are always followed by a care plan: what is done, who does it and when it is followed up. The measures come up at the client&apos;s next team meeting.</source>
        <translation>%1: %2 den %3, %4. De risker som upptäcks ska alltid följas av en vårdplan: vad som görs, vem som gör det och när det följs upp. Åtgärderna tas upp på kundens nästa teammöte.</translation>
    </message>
    <message>
        <source>Measures of the care plan</source>
        <translation>Vårdplanens åtgärder</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>E.g. hip protectors in the daytime</source>
        <translation>T.ex. höftskydd dagtid</translation>
    </message>
    <message>
        <source>Responsible for the measure</source>
        <translation>Ansvarig för åtgärden</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Välj en person</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Outcome of the follow-up</source>
        <translation>Resultat av uppföljningen</translation>
    </message>
    <message>
        <source>What the follow-up showed</source>
        <translation>Vad uppföljningen visade</translation>
    </message>
    <message>
        <source>Mark the chosen measure followed up</source>
        <translation>Markera vald åtgärd som uppföljd</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>W&amp;hat is done</source>
        <translation>Va&amp;d som görs</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Följs upp</translation>
    </message>
    <message>
        <source>Follow-up of the chosen measure (today)</source>
        <translation>Uppföljning av vald åtgärd (i dag)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Could not read the care plan</source>
        <translation>Vårdplanen kunde inte läsas</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Skriv vad som ska göras.</translation>
    </message>
    <message>
        <source>Choose who is responsible for the measure.</source>
        <translation>Välj vem som ansvarar för åtgärden.</translation>
    </message>
    <message>
        <source>Write what the follow-up showed.</source>
        <translation>Skriv vad uppföljningen visade.</translation>
    </message>
</context>
<context>
    <name>tf::RiskHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <source>Could not be completed</source>
        <translation>Kunde inte slutföras</translation>
    </message>
    <message>
        <source>new risk</source>
        <translation>ny risk</translation>
    </message>
    <message>
        <source>no longer at risk</source>
        <translation>ingen risk längre</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <source>%1 points before</source>
        <translation>%1 poäng förra gången</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Vårdplan</translation>
    </message>
    <message>
        <source>%1 – contact dental care</source>
        <translation>%1 – kontakta tandvården</translation>
    </message>
</context>
<context>
    <name>tf::RiskIndividualsDialog</name>
    <message>
        <source>&amp;Add the ticked clients to the agenda</source>
        <translation>&amp;Lägg till de markerade kunderna på dagordningen</translation>
    </message>
    <message>
        <source>Risk individuals</source>
        <translation>Riskindivider</translation>
    </message>
    <message>
        <source>Proposed clients</source>
        <translation>Föreslagna kunder</translation>
    </message>
    <message>
        <source>Add the ticked clients to the agenda</source>
        <translation>Lägg till de markerade kunderna på dagordningen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Could not read the proposals</source>
        <translation>Förslagen kunde inte läsas</translation>
    </message>
    <message>
        <source>No client of the unit is proposed: none has a latest Senior Alert assessment showing risk or came home from hospital in the last %1 days, or they are on the agenda already.</source>
        <translation>Ingen av enhetens kunder föreslås: ingen har en senaste bedömning i Senior Alert som visar risk eller har kommit hem från sjukhus de senaste %1 dagarna, eller så står de redan på dagordningen.</translation>
    </message>
    <message>
        <source>Proposed because the latest Senior Alert assessment shows risk, or the client came home from hospital in the last %1 days. Tick those the meeting takes up; consent is needed for each.</source>
        <translation>Föreslagna eftersom den senaste bedömningen i Senior Alert visar risk, eller kunden har kommit hem från sjukhus de senaste %1 dagarna. Markera dem som mötet tar upp; samtycke krävs för var och en.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nobody ticked</source>
        <translation>Ingen markerad</translation>
    </message>
    <message>
        <source>Tick the clients the meeting is to take up.</source>
        <translation>Markera de kunder som mötet ska ta upp.</translation>
    </message>
    <message>
        <source>The agenda was not saved</source>
        <translation>Dagordningen sparades inte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not all were added</source>
        <translation>Alla lades inte till</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) could not be added:</source>
        <translation>
            <numerusform>%n kund kunde inte läggas till:</numerusform>
            <numerusform>%n kunder kunde inte läggas till:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tf::SbarDialog</name>
    <message>
        <source>The receiver has confirmed (read back)</source>
        <translation>Mottagaren har bekräftat (läst tillbaka)</translation>
    </message>
    <message>
        <source>SBAR for %1</source>
        <translation>SBAR för %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Name, role and unit of the receiver</source>
        <translation>Mottagarens namn, roll och enhet</translation>
    </message>
    <message>
        <source>Desired handling time</source>
        <translation>Önskad handläggningstid</translation>
    </message>
    <message>
        <source>In an acute life-threatening condition: call 112 first.</source>
        <translation>Vid akut livshotande tillstånd: ring 112 först.</translation>
    </message>
    <message>
        <source>Save SBAR</source>
        <translation>Spara SBAR</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+S)</source>
        <translation>Spara rapporten (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The SBAR report was not saved</source>
        <translation>SBAR-rapporten sparades inte</translation>
    </message>
    <message>
        <source>Save SBAR as PDF</source>
        <translation>Spara SBAR som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF-filen skrevs inte</translation>
    </message>
    <message>
        <source>Client and contacts</source>
        <translation>Kund och kontakter</translation>
    </message>
    <message>
        <source>Name and personnummer</source>
        <translation>Namn och personnummer</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>Contact details of relatives or representative</source>
        <translation>Kontaktuppgifter till närstående eller företrädare</translation>
    </message>
    <message>
        <source>Name, relation and telephone</source>
        <translation>Namn, relation och telefon</translation>
    </message>
    <message>
        <source>Relatives or representative</source>
        <translation>Närstående/företrädare</translation>
    </message>
    <message>
        <source>Health centre, sjukstuga or ward</source>
        <translation>Hälsocentral/sjukstuga/vårdavdelning</translation>
    </message>
    <message>
        <source>Responsible doctor</source>
        <translation>Ansvarig läkare</translation>
    </message>
    <message>
        <source>Given when needed</source>
        <translation>Anges vid behov</translation>
    </message>
    <message>
        <source>Current medication list</source>
        <translation>Aktuell läkemedelslista</translation>
    </message>
    <message>
        <source>Sample referral or label</source>
        <translation>Provtagningsremiss/etikett</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Samtycke inhämtat</translation>
    </message>
    <message>
        <source>Name and profession</source>
        <translation>Namn och profession</translation>
    </message>
    <message>
        <source>SBAR</source>
        <translation>SBAR</translation>
    </message>
    <message>
        <source>S – Situation and reason for contact</source>
        <translation>S – Situation och anledning till kontakt</translation>
    </message>
    <message>
        <source>&amp;S – Situation and reason for contact</source>
        <translation>&amp;S – Situation och anledning till kontakt</translation>
    </message>
    <message>
        <source>B – Background, a short relevant overall picture</source>
        <translation>B – Bakgrund, kortfattad relevant helhetsbild</translation>
    </message>
    <message>
        <source>&amp;B – Background, a short relevant overall picture</source>
        <translation>&amp;B – Bakgrund, kortfattad relevant helhetsbild</translation>
    </message>
    <message>
        <source>A – Current state and status</source>
        <translation>A – Aktuellt tillstånd/status</translation>
    </message>
    <message>
        <source>&amp;A – Current state and status</source>
        <translation>&amp;A – Aktuellt tillstånd/status</translation>
    </message>
    <message>
        <source>Vital signs (where the situation is measured)</source>
        <translation>Vitalparametrar (där situationen mäts)</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Andningsfrekvens</translation>
    </message>
    <message>
        <source>breaths/min</source>
        <translation>andetag/min</translation>
    </message>
    <message>
        <source>Blood pressure, systolic</source>
        <translation>Blodtryck, övertryck (systoliskt)</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>Blood pressure, diastolic</source>
        <translation>Blodtryck, undertryck (diastoliskt)</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blodtryck</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation>slag/min</translation>
    </message>
    <message>
        <source>Alertness (ACVPU)</source>
        <translation>Vakenhetsgrad (ACVPU)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Ej mätt</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>R – Recommendation and action</source>
        <translation>R – Rekommendation/åtgärd</translation>
    </message>
    <message>
        <source>&amp;R – Recommendation and action</source>
        <translation>&amp;R – Rekommendation/åtgärd</translation>
    </message>
    <message>
        <source>How often, how long, since when</source>
        <translation>Hur ofta, länge, när (vid behov)</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Vid behov</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Efter samtalet</translation>
    </message>
    <message>
        <source>Doctor&apos;s ordination (when needed)</source>
        <translation>Läkarordination (vid behov)</translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s ordination (when needed)</source>
        <translation>&amp;Läkarordination (vid behov)</translation>
    </message>
    <message>
        <source>Feedback from the municipal health care</source>
        <translation>Återrapportering från kommunens hälso- och sjukvård</translation>
    </message>
    <message>
        <source>&amp;Feedback from the municipal health care</source>
        <translation>&amp;Återrapportering från kommunens hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Date of the feedback</source>
        <translation>Datum för återrapportering</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Name and profession of who gave the feedback</source>
        <translation>Namn och profession på den som återrapporterade</translation>
    </message>
    <message>
        <source>Feedback given by (name and profession)</source>
        <translation>Återrapporterad av (namn och profession)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Save the report and write it to a PDF file, to print it (Alt+P)</source>
        <translation>Spara rapporten och skriv den till en PDF-fil för utskrift (Alt+P)</translation>
    </message>
    <message>
        <source>Close the form; unsaved text is asked about first (Esc)</source>
        <translation>Stäng formuläret; du får frågan om osparad text först (Esc)</translation>
    </message>
    <message>
        <source>The consent could not be read</source>
        <translation>Samtycket kunde inte läsas</translation>
    </message>
    <message>
        <source>Yes, %1 (the consent on record for other care providers)</source>
        <translation>Ja, %1 (registrerat samtycke för andra vårdgivare)</translation>
    </message>
    <message>
        <source>No: the consent of %1 for other care providers is refused or has expired</source>
        <translation>Nej: samtycket för andra vårdgivare från %1 är nekat eller har gått ut</translation>
    </message>
    <message>
        <source>No: there is no consent on record for other care providers</source>
        <translation>Nej: inget samtycke för andra vårdgivare är registrerat</translation>
    </message>
    <message>
        <source>Sent %1. What was sent cannot be changed; fill in the answer after the call below.</source>
        <translation>Skickad %1. Det som skickades kan inte ändras; fyll i svaret efter samtalet nedan.</translation>
    </message>
</context>
<context>
    <name>tf::SbarListDialog</name>
    <message>
        <source>&amp;Open and complete…</source>
        <translation>&amp;Öppna och komplettera…</translation>
    </message>
    <message>
        <source>&amp;Print the PDF again…</source>
        <translation>Skriv ut &amp;PDF igen…</translation>
    </message>
    <message>
        <source>SBAR reports for %1</source>
        <translation>SBAR-rapporter för %1</translation>
    </message>
    <message>
        <source>Saved SBAR reports</source>
        <translation>Sparade SBAR-rapporter</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återrapportering</translation>
    </message>
    <message>
        <source>&amp;New SBAR…</source>
        <translation>&amp;Ny SBAR…</translation>
    </message>
    <message>
        <source>New SBAR</source>
        <translation>Ny SBAR</translation>
    </message>
    <message>
        <source>Write a new SBAR report about the client (Alt+N)</source>
        <translation>Skriv en ny SBAR-rapport om kunden (Alt+N)</translation>
    </message>
    <message>
        <source>Open and complete</source>
        <translation>Öppna och komplettera</translation>
    </message>
    <message>
        <source>Open the chosen report to fill in the answer after the call (Enter or Alt+O)</source>
        <translation>Öppna den valda rapporten och fyll i svaret efter samtalet (Enter eller Alt+Ö)</translation>
    </message>
    <message>
        <source>Print the PDF again</source>
        <translation>Skriv ut PDF igen</translation>
    </message>
    <message>
        <source>Write the chosen report to a PDF file again (Alt+P)</source>
        <translation>Skriv den valda rapporten till en PDF-fil igen (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Saved reports, newest first</source>
        <translation>&amp;Sparade rapporter, nyaste först</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The SBAR reports could not be read</source>
        <translation>SBAR-rapporterna kunde inte läsas</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>, read back</source>
        <translation>, läst tillbaka</translation>
    </message>
</context>
<context>
    <name>tf::SearchHitListModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Dagordningspunkt</translation>
    </message>
    <message>
        <source>The client objects to this note</source>
        <translation>Kunden invänder mot anteckningen</translation>
    </message>
    <message>
        <source>The note has been corrected</source>
        <translation>Anteckningen är rättad</translation>
    </message>
</context>
<context>
    <name>tf::SearchView</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Words in minutes, actions and addenda – Enter searches</source>
        <translation>Ord i anteckningar, åtgärder och tillägg – Enter söker</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>S&amp;ök</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;more hits</source>
        <translation>Visa &amp;fler träffar</translation>
    </message>
    <message>
        <source>Show more hits</source>
        <translation>Visa fler träffar</translation>
    </message>
    <message numerus="yes">
        <source>%n hits, the newest %1 shown</source>
        <translation>
            <numerusform>%n träff, de %1 senaste visas</numerusform>
            <numerusform>%n träffar, de %1 senaste visas</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 hits, the newest %2 shown</source>
        <translation>Fler än %1 träffar, de %2 senaste visas</translation>
    </message>
</context>
<context>
    <name>tf::SelfInspectionDialog</name>
    <message>
        <source>Every month</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Varje kvartal</translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation>Två gånger per år</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>En gång per år</translation>
    </message>
    <message>
        <source>Self-inspections</source>
        <translation>Egenkontroller</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>Egenkontroll</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Senast gjord</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>The unit&apos;s self-inspections</source>
        <translation>Enhetens egenkontroller</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Vald:</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gjord den</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>Gjor&amp;d den:</translation>
    </message>
    <message>
        <source>What the inspection found</source>
        <translation>Vad egenkontrollen visade</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>What is done about it</source>
        <translation>Vad som görs åt det</translation>
    </message>
    <message>
        <source>Measures, if any</source>
        <translation>Åtgärder, om några behövs</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Åtgärder:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>S&amp;para resultatet</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Spara resultatet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1: %2 saknas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Choose a self-inspection in the table.</source>
        <translation>Välj en egenkontroll i tabellen.</translation>
    </message>
    <message>
        <source>There is no unit yet: create it in the chair&apos;s view with New unit….</source>
        <translation>Det finns ingen enhet än: skapa den i Mötesansvarig med Ny enhet….</translation>
    </message>
</context>
<context>
    <name>tf::SeriesDialog</name>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Afternoon time</source>
        <translation>Tid på eftermiddagen</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Typ av plats</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Skip Swedish &amp;public holidays</source>
        <translation>Hoppa över hel&amp;gdagar</translation>
    </message>
    <message>
        <source>Skip Swedish public holidays</source>
        <translation>Hoppa över helgdagar</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Slutar den</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Slutar ett visst datum</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Hold the following forums at the same occasion</source>
        <translation>Håll följande forum vid samma tillfälle</translation>
    </message>
    <message>
        <source>New meeting series</source>
        <translation>Ny mötesserie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Möteslokal</translation>
    </message>
    <message>
        <source>On the ward</source>
        <translation>På avdelningen</translation>
    </message>
    <message>
        <source>Digital via SEFOS</source>
        <translation>Digitalt via SEFOS</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>Första &amp;mötet:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>&amp;Afternoon time:</source>
        <translation>Tid på &amp;eftermiddagen:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>&amp;Kind of place:</source>
        <translation>T&amp;yp av plats:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>&amp;Create series</source>
        <translation>S&amp;kapa serien</translation>
    </message>
    <message>
        <source>Create series</source>
        <translation>Skapa serien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Hold at the same occasion, right after: %1</source>
        <translation>&amp;Håll vid samma tillfälle, direkt efter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n meeting(s) until %2</source>
        <translation>
            <numerusform>%1. %n möte till och med %2</numerusform>
            <numerusform>%1. %n möten till och med %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, the first on %1 at %2</source>
        <translation>, det första %1 kl. %2</translation>
    </message>
    <message>
        <source>. Skipped holidays: %1</source>
        <translation>. Helgdagar som hoppas över: %1</translation>
    </message>
</context>
<context>
    <name>tf::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minuter utan användning</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Lås efter</translation>
    </message>
    <message>
        <source>When nobody has used Teamforum for this long, it locks and shows only who was signed in. Unlocking asks who is working now. 0 never locks.</source>
        <translation>När ingen har använt Teamforum så här länge låses programmet och visar bara vem som var inloggad. När det låses upp frågar det vem som arbetar nu. 0 låser aldrig.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Remind me on the desktop of what falls due</source>
        <translation>&amp;Påminn mig på skrivbordet om det som ska göras</translation>
    </message>
    <message>
        <source>Desktop reminders of what falls due</source>
        <translation>Påminnelser på skrivbordet om det som ska göras</translation>
    </message>
    <message>
        <source>Once a day, a notification on the desktop when one of your actions or checks falls due today or is overdue.</source>
        <translation>En gång om dagen visas en avisering på skrivbordet när någon av dina åtgärder eller kontroller ska vara klar i dag eller är försenad.</translation>
    </message>
</context>
<context>
    <name>tf::SingleMeetingDialog</name>
    <message>
        <source>Single meeting</source>
        <translation>Enstaka möte</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>%1 (when needed)</source>
        <translation>%1 (vid behov)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>The meeting gets the forum&apos;s length and place, and the forum&apos;s team is invited.</source>
        <translation>Mötet får forumets längd och plats, och forumets team bjuds in.</translation>
    </message>
    <message>
        <source>&amp;Book meeting</source>
        <translation>&amp;Boka mötet</translation>
    </message>
    <message>
        <source>Book meeting</source>
        <translation>Boka mötet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>tf::SipNeedDialog</name>
    <message>
        <source>Need for a SIP</source>
        <translation>Behov av SIP</translation>
    </message>
    <message>
        <source>Samordningsmöte where the need was seen</source>
        <translation>Samordningsmöte där behovet kom fram</translation>
    </message>
    <message>
        <source>Responsible for calling the SIP</source>
        <translation>Ansvarig för att kalla till SIP</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Välj person</translation>
    </message>
    <message>
        <source>Note about the SIP</source>
        <translation>Anteckning om SIP</translation>
    </message>
    <message>
        <source>E.g. which care providers take part</source>
        <translation>T.ex. vilka vårdgivare som deltar</translation>
    </message>
    <message>
        <source>%1 needs a samordnad individuell plan (SIP). The need is listed for the responsible person until the SIP has been called.</source>
        <translation>%1 behöver en samordnad individuell plan (SIP). Behovet visas för den ansvariga tills det har kallats till SIP.</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n SIP need(s) for the client are already open.</source>
        <translation>
            <numerusform>Obs: %n SIP-behov för kunden är redan öppet.</numerusform>
            <numerusform>Obs: %n SIP-behov för kunden är redan öppna.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <source>Save SIP need</source>
        <translation>Spara SIP-behov</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 is not on the agenda of a samordningsmöte in the last or the coming eight weeks. A need for a SIP is noted for a client discussed at a samordningsmöte.</source>
        <translation>%1 finns inte på dagordningen för något samordningsmöte de senaste eller kommande åtta veckorna. Behov av SIP noteras för en kund som tagits upp på ett samordningsmöte.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Choose who is responsible for calling the SIP.</source>
        <translation>Välj vem som ansvarar för att kalla till SIP.</translation>
    </message>
</context>
<context>
    <name>tf::SipNeedsModel</name>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Noted at</source>
        <translation>Noterat vid</translation>
    </message>
</context>
<context>
    <name>tf::TeamDialog</name>
    <message>
        <source>Team of %1</source>
        <translation>Teamet på %1</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmar</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Roll i teamet</translation>
    </message>
    <message>
        <source>Night staff</source>
        <translation>Nattpersonal</translation>
    </message>
    <message>
        <source>Name of new person</source>
        <translation>Den nya personens namn</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>e.g. Assistant nurse, Dietitian</source>
        <translation>t.ex. Undersköterska, Dietist</translation>
    </message>
    <message>
        <source>Staff or adjunct</source>
        <translation>Personal eller adjungerad</translation>
    </message>
    <message>
        <source>Staff of the unit</source>
        <translation>Personal på enheten</translation>
    </message>
    <message>
        <source>Adjunct (invited when needed)</source>
        <translation>Adjungerad (bjuds in vid behov)</translation>
    </message>
    <message>
        <source>A&amp;dd person</source>
        <translation>Lä&amp;gg till person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation>&amp;Spara teamet</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>Spara teamet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&lt;b&gt;New staff member or adjunct&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ny medarbetare eller adjungerad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The team was not saved</source>
        <translation>Teamet sparades inte</translation>
    </message>
    <message>
        <source>The person has no name</source>
        <translation>Personen saknar namn</translation>
    </message>
    <message>
        <source>Write the person&apos;s name first.</source>
        <translation>Skriv först personens namn.</translation>
    </message>
    <message>
        <source>The person was not added</source>
        <translation>Personen lades inte till</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The team of %1 has changes that are not saved. Save them before closing?</source>
        <translation>Teamet för %1 har ändringar som inte är sparade. Vill du spara dem innan du stänger?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Släng ändringarna</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail of new person</source>
        <translation>Den nya personens e-post</translation>
    </message>
    <message>
        <source>for invitations, e.g. name@municipality.se</source>
        <translation>för kallelser, t.ex. namn@kommun.se</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Tick the fixed members of the forum&apos;s team. Space ticks the current row; new meetings invite the team. Invitations reach those with an e-mail address.</source>
        <translation>Bocka för de fasta medlemmarna i forumets team. Mellanslag bockar för raden du står på; nya möten bjuder in teamet. Kallelser når dem som har en e-postadress.</translation>
    </message>
    <message>
        <source>The e-mail address was not saved</source>
        <translation>E-postadressen sparades inte</translation>
    </message>
    <message>
        <source>Staff &amp;leaving…</source>
        <translation>Personal som s&amp;lutar…</translation>
    </message>
    <message>
        <source>Staff leaving: end date and handover</source>
        <translation>Personal som slutar: slutdatum och överlämning</translation>
    </message>
    <message>
        <source>Set when the chosen person leaves and hand over their open actions, client roles and SIP needs</source>
        <translation>Ange när den valda personen slutar och lämna över personens öppna åtgärder, kundroller och SIP-behov</translation>
    </message>
    <message>
        <source>%1 (adjunct, invited per meeting)</source>
        <translation>%1 (adjunkt, kallas per möte)</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Adjunkt</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Finns redan i listan</translation>
    </message>
    <message>
        <source>%1 is already on the list (%2). Add another person with the same name?</source>
        <translation>%1 finns redan i listan (%2). Lägga till ytterligare en person med samma namn?</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Lägg till ändå</translation>
    </message>
    <message>
        <source>Do not add</source>
        <translation>Lägg inte till</translation>
    </message>
</context>
<context>
    <name>tf::TemplateEditor</name>
    <message>
        <source>Meeting room</source>
        <translation>Möteslokal</translation>
    </message>
    <message>
        <source>On the ward</source>
        <translation>På avdelningen</translation>
    </message>
    <message>
        <source>Digital (SEFOS)</source>
        <translation>Digitalt (SEFOS)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Vid behov</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Per client</source>
        <translation>Per kund</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Ny roll</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>The routine says: %1 · %2</source>
        <translation>Enligt rutinen: %1 · %2</translation>
    </message>
</context>
<context>
    <name>tf::TemplateListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>tf::TemplatesView</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Ångra ändringar</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Mötesforum</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Spara mallen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ångra ändringar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Forums and templates&lt;/h2&gt;&lt;p&gt;The meeting forums of each service type as the routine defines them. Changes apply to your organisation&apos;s copy.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Forum och mallar&lt;/h2&gt;&lt;p&gt;Verksamhetens mötesforum så som rutinen beskriver dem. Ändringar gäller organisationens egen kopia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ser&amp;vice type:</source>
        <translation>Ve&amp;rksamhet:</translation>
    </message>
    <message>
        <source>Could not read the templates</source>
        <translation>Mallarna kunde inte läsas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Save them now?</source>
        <translation>Mallen har ändringar som inte är sparade. Vill du spara dem nu?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparad %1.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Osparade ändringar.</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Spara mallen</translation>
    </message>
</context>
<context>
    <name>tf::TodayView</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>Today: meetings, actions and what is due</source>
        <translation>Idag: möten, åtgärder och det som ska göras</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open what the chosen row is about (Enter or double-click)</source>
        <translation>Öppna det som den valda raden gäller (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Idag&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source> · you lead it</source>
        <translation> · du leder mötet</translation>
    </message>
    <message>
        <source> · you are the secretary</source>
        <translation> · du är sekreterare</translation>
    </message>
    <message>
        <source> · in progress</source>
        <translation> · pågår</translation>
    </message>
    <message>
        <source>My meetings today</source>
        <translation>Mina möten i dag</translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation>Inga möten i dag.</translation>
    </message>
    <message>
        <source>My meetings later this week</source>
        <translation>Mina möten senare i veckan</translation>
    </message>
    <message>
        <source>No more meetings this week.</source>
        <translation>Inga fler möten den här veckan.</translation>
    </message>
    <message>
        <source>My actions that are overdue</source>
        <translation>Mina försenade åtgärder</translation>
    </message>
    <message>
        <source>No overdue actions.</source>
        <translation>Inga försenade åtgärder.</translation>
    </message>
    <message>
        <source>My actions due today</source>
        <translation>Mina åtgärder som ska vara klara i dag</translation>
    </message>
    <message>
        <source>No actions due today.</source>
        <translation>Inga åtgärder ska vara klara i dag.</translation>
    </message>
    <message>
        <source>My actions due later this week</source>
        <translation>Mina åtgärder som ska vara klara senare i veckan</translation>
    </message>
    <message>
        <source>No more actions due this week.</source>
        <translation>Inga fler åtgärder ska vara klara den här veckan.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>out of date since %1</source>
        <translation>inaktuell sedan %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Assessments before my next meeting</source>
        <translation>Bedömningar inför mitt nästa möte</translation>
    </message>
    <message>
        <source>Assessments before my next meeting (%1, %2)</source>
        <translation>Bedömningar inför mitt nästa möte (%1, %2)</translation>
    </message>
    <message>
        <source>Every assessment is up to date for the next meeting.</source>
        <translation>Alla bedömningar är aktuella inför nästa möte.</translation>
    </message>
    <message>
        <source>None of your clients is on a meeting&apos;s agenda in the coming four weeks.</source>
        <translation>Ingen av dina kunder står på dagordningen för ett möte de närmaste fyra veckorna.</translation>
    </message>
    <message>
        <source>Tell %1: %2</source>
        <translation>Återrapportera till %1: %2</translation>
    </message>
    <message>
        <source>Decisions to report back to clients</source>
        <translation>Beslut att återrapportera till kunder</translation>
    </message>
    <message>
        <source>No decisions to report back.</source>
        <translation>Inga beslut att återrapportera.</translation>
    </message>
    <message>
        <source>Self-inspection overdue: %1 (%2)</source>
        <translation>Försenad egenkontroll: %1 (%2)</translation>
    </message>
    <message>
        <source>Self-inspection due: %1 (%2)</source>
        <translation>Egenkontroll att göra: %1 (%2)</translation>
    </message>
    <message>
        <source>Access log check of last month not done</source>
        <translation>Loggkontrollen för förra månaden är inte gjord</translation>
    </message>
    <message>
        <source>Checks of my units</source>
        <translation>Kontroller för mina enheter</translation>
    </message>
    <message>
        <source>No checks due.</source>
        <translation>Inga kontroller att göra.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>försenad sedan %1</translation>
    </message>
    <message>
        <source>Handlingsplaner: actions due</source>
        <translation>Handlingsplaner: åtgärder att göra</translation>
    </message>
    <message>
        <source>No action of a handlingsplan is due in the coming two weeks.</source>
        <translation>Ingen åtgärd i en handlingsplan ska vara klar de kommande två veckorna.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tf::UnitClientsModel</name>
    <message>
        <source>Not chosen</source>
        <translation>Ej vald</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Apartment or address</source>
        <translation>Lägenhet eller adress</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Fast omsorgskontakt</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sjuksköterska</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>Arbetsterapeut</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Fysioterapeut</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan</translation>
    </message>
</context>
<context>
    <name>tf::UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>Enhetens namn</translation>
    </message>
    <message>
        <source>e.g. Solgården, ward 2</source>
        <translation>t.ex. Solgården, avdelning 2</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Service type:</source>
        <translation>&amp;Verksamhet:</translation>
    </message>
    <message>
        <source>&amp;Create unit</source>
        <translation>&amp;Skapa enhet</translation>
    </message>
    <message>
        <source>Create unit</source>
        <translation>Skapa enhet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>tf::YearWheelDialog</name>
    <message>
        <source>The APT&apos;s year wheel</source>
        <translation>APT:ns årshjul</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Topics at the APT</source>
        <translation>Ämnen på APT</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Vems ämnen</translation>
    </message>
    <message>
        <source>The year wheel by month</source>
        <translation>Årshjulet per månad</translation>
    </message>
    <message>
        <source>The month&apos;s topics, one a line</source>
        <translation>Månadens ämnen, ett per rad</translation>
    </message>
    <message>
        <source>The month&apos;s &amp;topics, one a line:</source>
        <translation>Månadens ä&amp;mnen, ett per rad:</translation>
    </message>
    <message>
        <source>&amp;Save as the unit&apos;s own</source>
        <translation>&amp;Spara som enhetens egna</translation>
    </message>
    <message>
        <source>Save the topics as the unit&apos;s own for the month</source>
        <translation>Spara ämnena som enhetens egna för månaden</translation>
    </message>
    <message>
        <source>Follow the &amp;organisation&apos;s</source>
        <translation>Följ &amp;organisationens</translation>
    </message>
    <message>
        <source>The month follows the organisation&apos;s year wheel</source>
        <translation>Månaden följer organisationens årshjul</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>No APT topics</source>
        <translation>Inga ämnen för APT</translation>
    </message>
    <message>
        <source>The unit&apos;s own</source>
        <translation>Enhetens egna</translation>
    </message>
    <message>
        <source>The organisation&apos;s</source>
        <translation>Organisationens</translation>
    </message>
    <message>
        <source>Each APT held in %1 takes up these topics. The unit&apos;s own topics take the place of the organisation&apos;s for the month.</source>
        <translation>Varje APT som hålls i %1 tar upp de här ämnena. Enhetens egna ämnen ersätter organisationens för månaden.</translation>
    </message>
    <message>
        <source>Saved; the unit&apos;s APTs in %1 take up these topics.</source>
        <translation>Sparat; enhetens APT i %1 tar upp de här ämnena.</translation>
    </message>
    <message>
        <source>%1 follows the organisation&apos;s year wheel again.</source>
        <translation>%1 följer organisationens årshjul igen.</translation>
    </message>
</context>
</TS>
