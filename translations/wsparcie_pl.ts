<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>AdvisoryTeamSection</name>
        <message>
            <source>Advisory team</source>
            <translation>Zespół doradczy</translation>
        </message>
        <message>
            <source>Two advisors work with the local government: an advisor for the personal development of the organisation and an advisor with local-government experience.</source>
            <translation>Z samorządem pracuje dwóch doradców: doradca ds. personalnego rozwoju organizacji oraz doradca z doświadczeniem samorządowym.</translation>
        </message>
    </context>
    <context>
        <name>DashboardSection</name>
        <message>
            <source>Dashboard</source>
            <translation>Pulpit</translation>
        </message>
        <message>
            <source>✔ Done</source>
            <translation>✔ Zakończony</translation>
        </message>
        <message>
            <source>● In progress</source>
            <translation>● W toku</translation>
        </message>
        <message>
            <source>○ Not started</source>
            <translation>○ Nierozpoczęty</translation>
        </message>
        <message>
            <source>No advisory process has been started for this local government yet.</source>
            <translation>Dla tego samorządu nie rozpoczęto jeszcze procesu doradczego.</translation>
        </message>
        <message>
            <source>Advisory process: %1</source>
            <translation>Proces doradczy: %1</translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Etap %1</translation>
        </message>
    </context>
    <context>
        <name>EducationTeamSection</name>
        <message>
            <source>Education team</source>
            <translation>Zespół oświatowy</translation>
        </message>
        <message>
            <source>Education team of the local government</source>
            <translation>Samorządowy zespół oświatowy</translation>
        </message>
        <message>
            <source>Decision makers (wójt, burmistrz, starosta) and operational staff: the education officer, the treasurer, budget analysts, staff of the shared services centre.</source>
            <translation>Decydenci (wójt, burmistrz, starosta) i pracownicy operacyjni: naczelnik lub inspektor ds. oświaty, skarbnik, analitycy budżetowi, pracownicy Centrum Usług Wspólnych.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> — DEMO (changes are not kept)</source>
            <translation> — DEMO (zmiany nie są zachowywane)</translation>
        </message>
        <message>
            <source>&amp;Add local government</source>
            <translation>&amp;Dodaj samorząd</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>Zmień &amp;nazwę</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Wsparcie JST&lt;/h2&gt;&lt;p&gt;Add a local government on the left (button &lt;b&gt;Add local government&lt;/b&gt;) to keep its profile, teams and schools and to carry it through the three stages of the advisory model.&lt;/p&gt;&lt;p&gt;To look around first, start the program with the demo: &lt;code&gt;python main.py --demo&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Witamy w programie Wsparcie JST&lt;/h2&gt;&lt;p&gt;Dodaj samorząd po lewej stronie (przycisk &lt;b&gt;Dodaj samorząd&lt;/b&gt;), aby prowadzić jego profil, zespoły i szkoły oraz przejść z nim trzy etapy modelu doradztwa.&lt;/p&gt;&lt;p&gt;Aby najpierw się rozejrzeć, uruchom program z danymi przykładowymi: &lt;code&gt;python main.py --demo&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Local governments</source>
            <translation>Samorządy</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sekcje</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;New local government…</source>
            <translation>&amp;Nowy samorząd…</translation>
        </message>
        <message>
            <source>Make a &amp;backup copy now</source>
            <translation>Zrób &amp;kopię zapasową teraz</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Ustawienia</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;O programie</translation>
        </message>
        <message>
            <source>Demo — a disposable copy, changes are discarded when the program closes.</source>
            <translation>Demo — kopia jednorazowa, zmiany znikną po zamknięciu programu.</translation>
        </message>
        <message>
            <source>Data file: %1</source>
            <translation>Plik danych: %1</translation>
        </message>
        <message>
            <source>The language will change the next time the program starts.</source>
            <translation>Język zmieni się przy następnym uruchomieniu programu.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Wsparcie JST&lt;/b&gt; %1&lt;br&gt;Support for local governments in managing education according to the ORE advisory model.</source>
            <translation>&lt;b&gt;Wsparcie JST&lt;/b&gt; %1&lt;br&gt;Wsparcie samorządów w zarządzaniu oświatą według modelu doradztwa ORE.</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Zmiana nazwy</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nowa nazwa:</translation>
        </message>
        <message>
            <source>Delete local government</source>
            <translation>Usuwanie samorządu</translation>
        </message>
        <message>
            <source>The backup copy could not be made: %1</source>
            <translation>Nie udało się zrobić kopii zapasowej: %1</translation>
        </message>
        <message>
            <source>Backup copy saved: %1</source>
            <translation>Zapisano kopię zapasową: %1</translation>
        </message>
    </context>
    <context>
        <name>NewJstDialog</name>
        <message>
            <source>New local government</source>
            <translation>Nowy samorząd</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>e.g. Gmina Zalesie</source>
            <translation>np. Gmina Zalesie</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Rodzaj:</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>Edycja osoby</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Dodawanie osoby</translation>
        </message>
        <message>
            <source>First name and surname:</source>
            <translation>Imię i nazwisko:</translation>
        </message>
        <message>
            <source>Role in the team:</source>
            <translation>Rola w zespole:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Stanowisko:</translation>
        </message>
        <message>
            <source>Institution:</source>
            <translation>Instytucja:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>TERYT code:</source>
            <translation>Kod TERYT:</translation>
        </message>
        <message>
            <source>Street and number:</source>
            <translation>Ulica i numer:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Kod pocztowy:</translation>
        </message>
        <message>
            <source>Town:</source>
            <translation>Miejscowość:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Strona internetowa:</translation>
        </message>
        <message>
            <source>7 digits for a gmina, 4 for a powiat</source>
            <translation>7 cyfr dla gminy, 4 dla powiatu</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Rodzaj:</translation>
        </message>
        <message>
            <source>Voivodeship:</source>
            <translation>Województwo:</translation>
        </message>
        <message>
            <source>Choose coat of arms…</source>
            <translation>Wybierz herb…</translation>
        </message>
        <message>
            <source>Remove coat of arms</source>
            <translation>Usuń herb</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Coat of arms:</source>
            <translation>Herb:</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Profile of the local government&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Profil samorządu&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Changes are saved as soon as you leave a field.</source>
            <translation>Zmiany zapisują się, gdy tylko opuścisz pole.</translation>
        </message>
        <message>
            <source>— not chosen —</source>
            <translation>— nie wybrano —</translation>
        </message>
        <message>
            <source>Not saved — correct the field marked in red.</source>
            <translation>Nie zapisano — popraw pole oznaczone na czerwono.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
        <message>
            <source>no coat
of arms</source>
            <translation>brak
herbu</translation>
        </message>
        <message>
            <source>Coat of arms</source>
            <translation>Herb</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The file is too large (at most 5 MB). Use a smaller image.</source>
            <translation>Plik jest za duży (najwyżej 5 MB). Użyj mniejszego obrazu.</translation>
        </message>
        <message>
            <source>This file cannot be read as a PNG or JPG image.</source>
            <translation>Tego pliku nie da się odczytać jako obrazu PNG ani JPG.</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>Nie udało się odczytać pliku: %1</translation>
        </message>
        <message>
            <source>Remove the coat of arms?</source>
            <translation>Usunąć herb?</translation>
        </message>
    </context>
    <context>
        <name>StakeholdersSection</name>
        <message>
            <source>Stakeholders</source>
            <translation>Interesariusze</translation>
        </message>
        <message>
            <source>School directors, parents, councillors, NGOs, the support institutions (PPP, ODN, BP) and the kuratorium may join the education team's work.</source>
            <translation>Do pracy zespołu oświatowego mogą dołączyć dyrektorzy szkół, rodzice, radni, organizacje pozarządowe, placówki wsparcia (PPP, ODN, BP) i kuratorium oświaty.</translation>
        </message>
    </context>
    <context>
        <name>TeamSection</name>
        <message>
            <source>First name and surname</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Instytucja</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Dodaj osobę…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>No one here yet — add the first person.</source>
            <translation>Nikogo tu jeszcze nie ma — dodaj pierwszą osobę.</translation>
        </message>
        <message>
            <source>Delete %1 from the team?</source>
            <translation>Usunąć osobę %1 z zespołu?</translation>
        </message>
        <message>
            <source>This person is also:</source>
            <translation>Ta osoba jest też:</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Usuwanie osoby</translation>
        </message>
    </context>
</TS>
