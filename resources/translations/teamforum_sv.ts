<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <translation>Teamforum sparar vem som gör varje ändring. Skriv ditt namn en gång; det kommer ihåg på det här datorkontot.</translation>
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
        <translation>Även &amp;vid behov</translation>
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
        <translation>Mer tid efter &amp;behov</translation>
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
        <translation>Lägg till &amp;punkt</translation>
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
</context>
<context>
    <name>tf::FirstRunDialog</name>
    <message>
        <source>Registered nurse</source>
        <translation>Sjuksköterska</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>Undersköterska</translation>
    </message>
    <message>
        <source>Care assistant</source>
        <translation>Vårdbiträde</translation>
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
        <source>Unit manager</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Stödpedagog/stödassistent</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planerare</translation>
    </message>
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
        <source>Chair (enhetschef)</source>
        <translation>Mötesansvarig (enhetschef)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chair is responsible for each forum of the unit: schedules pulse meetings and team meetings, owns the agenda, appoints the secretary at the meeting itself and follows up open actions.&lt;/p&gt;&lt;p&gt;Start by checking the forums of your service type under &lt;i&gt;Forums and templates&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mötesansvarig ansvarar för enhetens mötesforum: planerar pulsmöten och teammöten, äger dagordningen, utser sekreterare på sittande möte och följer upp öppna åtgärder.&lt;/p&gt;&lt;p&gt;Börja med att se över verksamhetens forum under &lt;i&gt;Forum och mallar&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>&lt;p&gt;The secretary is appointed by the chair at the meeting and writes the minutes live: attendance, notes per agenda item, decisions and who carries them out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sekreteraren utses av mötesansvarig på sittande möte och skriver minnesanteckningar under mötet: närvaro, anteckningar per punkt, beslut och vem som utför dem.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Fast omsorgskontakt</translation>
    </message>
    <message>
        <source>Contact person (fast omsorgskontakt)</source>
        <translation>Fast omsorgskontakt</translation>
    </message>
    <message>
        <source>&lt;p&gt;The contact person asks the client for wishes before the meeting when the client cannot take part, adds items to the agenda, and reports the decisions back to the client afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den fasta omsorgskontakten frågar kunden om önskemål inför mötet när kunden inte kan delta, lägger till punkter på dagordningen och återrapporterar besluten till kunden efteråt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sjuksköterska</translation>
    </message>
    <message>
        <source>Nurse, occupational therapist and physiotherapist</source>
        <translation>Sjuksköterska, arbetsterapeut och fysioterapeut</translation>
    </message>
    <message>
        <source>&lt;p&gt;Risk assessments are done in good time before the meeting. Each profession presents the client&apos;s needs, problems and wishes from its own field and owns the health-care actions decided.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Riskbedömningar görs i god tid före mötet. Varje profession presenterar kundens behov, problem och önskemål utifrån sitt kunskapsområde och ansvarar för de hälso- och sjukvårdsåtgärder som beslutas.&lt;/p&gt;</translation>
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
        <translation>Å&amp;ngra ändringar</translation>
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
        <translation>&amp;Verksamhet:</translation>
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
</context>
</TS>
