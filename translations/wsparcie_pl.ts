<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>ActivitiesModel</name>
        <message>
            <source>No.</source>
            <translation>Lp.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Początek</translation>
        </message>
        <message>
            <source>End (inclusive)</source>
            <translation>Koniec (włącznie)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dni</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Osoba odpowiedzialna</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Finansowanie</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Kamień milowy</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Cele</translation>
        </message>
        <message>
            <source>After activity</source>
            <translation>Po działaniu</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— brak —</translation>
        </message>
        <message>
            <source>The cost %1 will be stored with its source of financing — choose it in the column “Financing”.</source>
            <translation>Koszt %1 zapisze się razem ze źródłem finansowania — wybierz je w kolumnie „Finansowanie”.</translation>
        </message>
    </context>
    <context>
        <name>ActivityDelegate</name>
        <message>
            <source>— none —</source>
            <translation>— brak —</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Edit activity</source>
            <translation>Edycja działania</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Nowe działanie</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;Działanie</translation>
        </message>
        <message>
            <source>&amp;Goals and indicators</source>
            <translation>&amp;Cele i wskaźniki</translation>
        </message>
        <message>
            <source>&amp;Partners</source>
            <translation>&amp;Partnerzy</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Opis</translation>
        </message>
        <message>
            <source>&amp;Form</source>
            <translation>&amp;Forma</translation>
        </message>
        <message>
            <source>&amp;Responsible person</source>
            <translation>Osoba odpowiedzi&amp;alna</translation>
        </message>
        <message>
            <source>— choose from the team —</source>
            <translation>— wybierz z zespołu —</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>Począte&amp;k</translation>
        </message>
        <message>
            <source>&amp;End (last day)</source>
            <translation>Kon&amp;iec (ostatni dzień)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <source>&amp;Cost</source>
            <translation>Ko&amp;szt</translation>
        </message>
        <message>
            <source>Source of &amp;financing</source>
            <translation>Źród&amp;ło finansowania</translation>
        </message>
        <message>
            <source>E&amp;xpected result</source>
            <translation>Oczekiwany &amp;rezultat</translation>
        </message>
        <message>
            <source>This activity is a &amp;milestone</source>
            <translation>To działanie jest kamieniem &amp;milowym</translation>
        </message>
        <message>
            <source>&amp;After activity</source>
            <translation>&amp;Zależy od działania</translation>
        </message>
        <message>
            <source>— no dependency —</source>
            <translation>— bez zależności —</translation>
        </message>
        <message>
            <source>%1. %2 (ends %3)</source>
            <translation>%1. %2 (kończy się %3)</translation>
        </message>
        <message>
            <source>(priority)</source>
            <translation>(priorytet)</translation>
        </message>
        <message>
            <source>Goal %1: %2</source>
            <translation>Cel %1: %2</translation>
        </message>
        <message>
            <source>The process has no development goals yet (stage 2). You can plan the activity now and link it to goals later.</source>
            <translation>Proces nie ma jeszcze celów rozwojowych (etap 2). Działanie można zaplanować teraz, a z celami powiązać później.</translation>
        </message>
        <message>
            <source>Goals it &amp;serves</source>
            <translation>Ce&amp;le, którym służy</translation>
        </message>
        <message>
            <source>&amp;Indicators it should move</source>
            <translation>&amp;Wskaźniki, na które ma wpłynąć</translation>
        </message>
        <message>
            <source>Name of the institution or organisation</source>
            <translation>Nazwa instytucji lub organizacji</translation>
        </message>
        <message>
            <source>A&amp;dd partner</source>
            <translation>Dodaj partn&amp;era</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>&amp;Usuń zaznaczonego</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nowy partner</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s), both dates included</source>
            <translation>
                <numerusform>%n dzień, licząc obie daty</numerusform>
                <numerusform>%n dni, licząc obie daty</numerusform>
                <numerusform>%n dni, licząc obie daty</numerusform>
            </translation>
        </message>
        <message>
            <source>the end is before the start</source>
            <translation>koniec jest przed początkiem</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— brak —</translation>
        </message>
        <message>
            <source>Not saved — this activity was changed elsewhere; the current data is shown.</source>
            <translation>Nie zapisano — to działanie zostało w międzyczasie zmienione gdzie indziej; widać aktualne dane.</translation>
        </message>
    </context>
    <context>
        <name>AdviceDialog</name>
        <message>
            <source>Remote advice</source>
            <translation>Doradztwo zdalne</translation>
        </message>
        <message>
            <source>Advisor:</source>
            <translation>Doradca:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Time (minutes, 1–1440):</source>
            <translation>Czas (minuty, 1–1440):</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Forma kontaktu:</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Temat:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Uwagi:</translation>
        </message>
        <message>
            <source>Agreed:</source>
            <translation>Ustalenia:</translation>
        </message>
    </context>
    <context>
        <name>AdvisoryTeamSection</name>
        <message>
            <source>Advisory team</source>
            <translation>Team doradczy</translation>
        </message>
        <message>
            <source>Two advisors work with the local government: an advisor for the personal development of the organisation and an advisor with local-government experience.</source>
            <translation>Z samorządem pracuje dwóch doradców: doradca ds. personalnego rozwoju organizacji oraz doradca z doświadczeniem samorządowym.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Prowadzi</translation>
        </message>
        <message>
            <source>Add a point</source>
            <translation>Dodaj punkt</translation>
        </message>
        <message>
            <source>Delete the point…</source>
            <translation>Usuń punkt…</translation>
        </message>
        <message>
            <source>Type in the cells: day (1–3), times as 09:30, the topic and who leads it. Each cell is stored when you leave it.</source>
            <translation>Wpisuj w komórkach: dzień (1–3), godziny jak 09:30, temat i kto prowadzi. Każda komórka zapisuje się, gdy ją opuścisz.</translation>
        </message>
        <message>
            <source>New point</source>
            <translation>Nowy punkt</translation>
        </message>
        <message>
            <source>Delete the point</source>
            <translation>Usuń punkt</translation>
        </message>
        <message>
            <source>Delete the point “%1”?</source>
            <translation>Usunąć punkt „%1”?</translation>
        </message>
    </context>
    <context>
        <name>AgreeDialog</name>
        <message>
            <source>Record as agreed</source>
            <translation>Zapisz uzgodnienie</translation>
        </message>
        <message>
            <source>(not at a meeting)</source>
            <translation>(poza spotkaniem)</translation>
        </message>
        <message>
            <source>At the meeting:</source>
            <translation>Na spotkaniu:</translation>
        </message>
        <message>
            <source>Agreed on:</source>
            <translation>Data uzgodnienia:</translation>
        </message>
    </context>
    <context>
        <name>AllocationDialog</name>
        <message>
            <source>Edit allocation</source>
            <translation>Edytuj przydział</translation>
        </message>
        <message>
            <source>Add allocation</source>
            <translation>Dodaj przydział</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Cel:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Opis:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Kwota:</translation>
        </message>
        <message>
            <source>&amp;School:</source>
            <translation>&amp;Szkoła:</translation>
        </message>
        <message>
            <source>P&amp;rovider:</source>
            <translation>&amp;Realizator:</translation>
        </message>
        <message>
            <source>S&amp;upport:</source>
            <translation>&amp;Wspomaganie:</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>S&amp;ieć:</translation>
        </message>
        <message>
            <source>&amp;HDR activity:</source>
            <translation>Działanie &amp;HDR:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Not saved</source>
            <translation>Nie zapisano</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Record the approval of the HDR</source>
            <translation>Zatwierdzenie HDR</translation>
        </message>
        <message>
            <source>The plan as it is now becomes the approved plan (the baseline). Later changes remain possible and are shown against it.</source>
            <translation>Plan w obecnej postaci stanie się planem zatwierdzonym (bazowym). Późniejsze zmiany będą możliwe i zostaną pokazane na jego tle.</translation>
        </message>
        <message>
            <source>Approved &amp;by</source>
            <translation>&amp;Zatwierdził(a)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Zatwierdź</translation>
        </message>
        <message>
            <source>Not approved — the HDR was changed elsewhere; the current plan is shown. Check it and approve again.</source>
            <translation>Nie zatwierdzono — HDR został w międzyczasie zmieniony gdzie indziej; widać aktualny plan. Sprawdź go i zatwierdź ponownie.</translation>
        </message>
    </context>
    <context>
        <name>AreaChoiceWizard</name>
        <message>
            <source>Choosing the area — initial diagnosis</source>
            <translation>Wybór obszaru — diagnoza wstępna</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Save the choice</source>
            <translation>Zapisz wybór</translation>
        </message>
    </context>
    <context>
        <name>AreaPanel</name>
        <message>
            <source>Tasks of the local government</source>
            <translation>Zadania dla JST</translation>
        </message>
        <message>
            <source>Management tools and solutions</source>
            <translation>Narzędzia i rozwiązania zarządcze</translation>
        </message>
        <message>
            <source>Tools supporting the development of the organisation’s people</source>
            <translation>Narzędzia i rozwiązania wspierające personalny rozwój organizacji</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>First name and surname</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Instytucja</translation>
        </message>
        <message>
            <source>Add from the &amp;teams…</source>
            <translation>Dodaj z &amp;zespołów…</translation>
        </message>
        <message>
            <source>Add a &amp;guest…</source>
            <translation>Dodaj &amp;gościa…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Usuń…</translation>
        </message>
        <message>
            <source>Tick who came on each day: arrows move between the cells, Space ticks. The printed attendance list (a page per day, to sign) is below.</source>
            <translation>Zaznacz, kto był w każdym dniu: strzałki przechodzą między komórkami, spacja zaznacza. Lista obecności do podpisu (strona na każdy dzień) — poniżej.</translation>
        </message>
        <message>
            <source>Attendance list:</source>
            <translation>Lista obecności:</translation>
        </message>
        <message>
            <source>Day %1 (%2)</source>
            <translation>Dzień %1 (%2)</translation>
        </message>
        <message>
            <source>present</source>
            <translation>obecny(a)</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>nieobecny(a)</translation>
        </message>
        <message>
            <source>day %1: %2 of %3 present</source>
            <translation>dzień %1: obecnych %2 z %3</translation>
        </message>
        <message>
            <source>Participants: %1</source>
            <translation>Uczestnicy: %1</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Usuń uczestnika</translation>
        </message>
        <message>
            <source>Remove %1 from the meeting (with the attendance ticked)?</source>
            <translation>Usunąć osobę %1 ze spotkania (razem z zaznaczoną obecnością)?</translation>
        </message>
    </context>
    <context>
        <name>CauseTreeEditor</name>
        <message>
            <source>Type a cause and press Enter</source>
            <translation>Wpisz przyczynę i naciśnij Enter</translation>
        </message>
        <message>
            <source>Add &amp;next to the selected</source>
            <translation>Dodaj &amp;obok zaznaczonej</translation>
        </message>
        <message>
            <source>Insert or Ctrl+N</source>
            <translation>Insert albo Ctrl+N</translation>
        </message>
        <message>
            <source>Add as a &amp;sub-cause</source>
            <translation>Dodaj jako &amp;podprzyczynę</translation>
        </message>
        <message>
            <source>Ctrl+Insert or Ctrl+Shift+N</source>
            <translation>Ctrl+Insert albo Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>W górę</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>W dół</translation>
        </message>
        <message>
            <source>One level out</source>
            <translation>Poziom wyżej</translation>
        </message>
        <message>
            <source>Under the cause above</source>
            <translation>Pod przyczynę powyżej</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Usuń…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Pa&amp;th…</source>
            <translation>Ści&amp;eżka…</translation>
        </message>
        <message>
            <source>Which goals and activities act on this cause, and what has been measured since</source>
            <translation>Które cele i działania odpowiadają na tę przyczynę i co zmierzono od tego czasu</translation>
        </message>
        <message>
            <source>Drag a cause onto another to make it its sub-cause. Keys: Insert — new cause, Ctrl+Insert — new sub-cause, F2 — edit, Delete — delete, Ctrl+arrows — move. Causes the local government cannot influence stay in the tree, greyed and marked “%1”.</source>
            <translation>Przeciągnij przyczynę na inną, by stała się jej podprzyczyną. Klawisze: Insert — nowa przyczyna, Ctrl+Insert — nowa podprzyczyna, F2 — edycja, Delete — usunięcie, Ctrl+strzałki — przesuwanie. Przyczyny, na które samorząd nie ma wpływu, zostają w drzewie — wyszarzone i oznaczone „%1”.</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Przyczyna</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Can the JST influence it?</source>
            <translation>Czy JST ma wpływ?</translation>
        </message>
        <message>
            <source>Not saved — this cause was changed elsewhere; the current tree is shown.</source>
            <translation>Nie zapisano — ta przyczyna została w międzyczasie zmieniona gdzie indziej; widać aktualne drzewo.</translation>
        </message>
        <message>
            <source>New cause</source>
            <translation>Nowa przyczyna</translation>
        </message>
        <message>
            <source>Delete the cause “%1”?</source>
            <translation>Usunąć przyczynę „%1”?</translation>
        </message>
        <message>
            <source>Delete cause</source>
            <translation>Usuwanie przyczyny</translation>
        </message>
    </context>
    <context>
        <name>CauseTreeModel</name>
        <message>
            <source>Cause</source>
            <translation>Przyczyna</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Can the JST influence it?</source>
            <translation>Czy JST ma wpływ?</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Kategoria: %1</translation>
        </message>
        <message>
            <source>Can the JST influence it? %1</source>
            <translation>Czy JST ma wpływ? %1</translation>
        </message>
    </context>
    <context>
        <name>CausesPage</name>
        <message>
            <source>What causes that we do not have the target state?</source>
            <translation>Co powoduje, że nie mamy stanu docelowego?</translation>
        </message>
        <message>
            <source>The causes, and the causes of the causes. For each: its category and whether the local government can influence it. Every change is stored at once.</source>
            <translation>Przyczyny i przyczyny przyczyn. Przy każdej: kategoria i to, czy samorząd ma na nią wpływ. Każda zmiana zapisuje się od razu.</translation>
        </message>
    </context>
    <context>
        <name>CharterBox</name>
        <message>
            <source>Rules of co-operation</source>
            <translation>Zasady współpracy</translation>
        </message>
        <message>
            <source>Code of ethics</source>
            <translation>Kodeks etyczny</translation>
        </message>
        <message>
            <source>I am changing the agreed text</source>
            <translation>Zmieniam uzgodniony tekst</translation>
        </message>
        <message>
            <source>The agreed version is kept and the changes are shown until the text is agreed again.</source>
            <translation>Uzgodniona wersja zostaje zachowana, a zmiany są pokazywane do ponownego uzgodnienia.</translation>
        </message>
        <message>
            <source>Save the text</source>
            <translation>Zapisz tekst</translation>
        </message>
        <message>
            <source>Record as agreed…</source>
            <translation>Zapisz uzgodnienie…</translation>
        </message>
        <message>
            <source>Not agreed yet (the text starts from the template).</source>
            <translation>Jeszcze nieuzgodnione (tekst pochodzi ze wzoru).</translation>
        </message>
        <message>
            <source>Agreed on %1</source>
            <translation>Uzgodniono %1</translation>
        </message>
        <message>
            <source>Changed since it was agreed (not agreed yet):</source>
            <translation>Zmieniono po uzgodnieniu (zmiany nieuzgodnione):</translation>
        </message>
    </context>
    <context>
        <name>ChoicePage</name>
        <message>
            <source>Choice of the area</source>
            <translation>Wybór obszaru</translation>
        </message>
        <message>
            <source>Choose exactly one area. If it is not the first in the ranking, write why the team chose it.</source>
            <translation>Wybierz dokładnie jeden obszar. Jeśli nie jest pierwszy w rankingu, napisz, dlaczego zespół go wybrał.</translation>
        </message>
        <message>
            <source>Why this area: what the results and the discussion showed, what the local government can change itself…</source>
            <translation>Dlaczego ten obszar: co pokazały wyniki i dyskusja, co samorząd może zmienić sam…</translation>
        </message>
        <message>
            <source>&amp;Area (in the order of the ranking):</source>
            <translation>&amp;Obszar (w kolejności rankingu):</translation>
        </message>
        <message>
            <source>&amp;Justification:</source>
            <translation>&amp;Uzasadnienie:</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <source>%1 place: %2 (score %3)</source>
            <translation>%1 miejsce: %2 (wskaźnik %3)</translation>
        </message>
        <message>
            <source>to discuss</source>
            <translation>do dyskusji</translation>
        </message>
        <message>
            <source>No statement has been rated yet — fill in the sheets first.</source>
            <translation>Nie oceniono jeszcze żadnego stwierdzenia — najpierw wypełnij arkusze.</translation>
        </message>
        <message>
            <source>This area is first in the ranking. A justification is welcome but not required.</source>
            <translation>Ten obszar jest pierwszy w rankingu. Uzasadnienie jest mile widziane, ale nie jest wymagane.</translation>
        </message>
        <message>
            <source>This area is not first in the ranking (first: %1) — the justification is required.</source>
            <translation>Ten obszar nie jest pierwszy w rankingu (pierwszy: %1) — uzasadnienie jest wymagane.</translation>
        </message>
    </context>
    <context>
        <name>CkeImportDialog</name>
        <message>
            <source>Import exam results from CKE</source>
            <translation>Import wyników egzaminów z CKE</translation>
        </message>
        <message>
            <source>&lt;p&gt;The exam boards publish the results of every school as an XLSX file on the CKE's results map (&lt;b&gt;mapa.wyniki.edu.pl&lt;/b&gt;, results of schools). Download the file of the exam and year, then choose it below. The program keeps only the schools of this local government, matched by their RSPO number, and shows what it found before anything is saved.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Komisje egzaminacyjne publikują wyniki wszystkich szkół jako plik XLSX na mapie wyników CKE (&lt;b&gt;mapa.wyniki.edu.pl&lt;/b&gt;, wyniki szkół). Pobierz plik egzaminu i roku, a potem wybierz go poniżej. Program zostawi tylko szkoły tego samorządu, dopasowane po numerze RSPO, i przed zapisem pokaże, co znalazł.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Eighth-grade exam (E8)</source>
            <translation>Egzamin ósmoklasisty (E8)</translation>
        </message>
        <message>
            <source>Matura</source>
            <translation>Matura</translation>
        </message>
        <message>
            <source>Exam:</source>
            <translation>Egzamin:</translation>
        </message>
        <message>
            <source>Year the exam was written:</source>
            <translation>Rok, w którym pisano egzamin:</translation>
        </message>
        <message>
            <source>File from CKE:</source>
            <translation>Plik z CKE:</translation>
        </message>
        <message>
            <source>Untick a school to leave its results out.</source>
            <translation>Odznacz szkołę, aby pominąć jej wyniki.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Co się stanie</translation>
        </message>
        <message>
            <source>RSPO no.</source>
            <translation>Nr RSPO</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Przedmioty</translation>
        </message>
        <message>
            <source>Pupils</source>
            <translation>Uczniowie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Choose the results file downloaded from CKE</source>
            <translation>Wybierz plik wyników pobrany z CKE</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Skoroszyty Excela (*.xlsx);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Reading the file: row %1 of %2…</source>
            <translation>Wczytywanie pliku: wiersz %1 z %2…</translation>
        </message>
        <message>
            <source>add</source>
            <translation>dodanie</translation>
        </message>
        <message>
            <source>replace stored results</source>
            <translation>zastąpienie zapisanych wyników</translation>
        </message>
        <message>
            <source>Left out: %1</source>
            <translation>Pominięto: %1</translation>
        </message>
    </context>
    <context>
        <name>ColumnFitter</name>
        <message>
            <source>Columns hidden for want of room: %1 (right-click the header to choose).</source>
            <translation>Ukryte kolumny (brak miejsca): %1 — prawy klik na nagłówku, by wybrać.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBox</name>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Mine (this computer)</source>
            <translation>Moje (ten komputer)</translation>
        </message>
        <message>
            <source>Theirs (from the file)</source>
            <translation>Od nadawcy (z pliku)</translation>
        </message>
        <message>
            <source>The same row was added on both computers. Either choice keeps one row, with the data chosen.</source>
            <translation>Tę samą pozycję dodano osobno na obu komputerach. Każdy wybór zostawia jedną pozycję, z wybranymi danymi.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Zostaw moje</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Weź od nadawcy</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Course of the support: %1</source>
            <translation>Przebieg wspomagania: %1</translation>
        </message>
        <message>
            <source>Initial &amp;talk with the director:</source>
            <translation>Wstępna &amp;rozmowa z dyrektorem:</translation>
        </message>
        <message>
            <source>Agreements of the &amp;initial talk:</source>
            <translation>&amp;Ustalenia wstępnej rozmowy:</translation>
        </message>
        <message>
            <source>Initial diagnosis (the area chosen):</source>
            <translation>Diagnoza wstępna (wybrany obszar):</translation>
        </message>
        <message>
            <source>&amp;Deep diagnosis (causes, strengths, weaknesses):</source>
            <translation>Diagnoza &amp;pogłębiona (przyczyny, mocne i słabe strony):</translation>
        </message>
        <message>
            <source>What it drew on — external evaluation:</source>
            <translation>Na podstawie — ewaluacja zewnętrzna:</translation>
        </message>
        <message>
            <source>What it drew on — internal evaluation:</source>
            <translation>Na podstawie — ewaluacja wewnętrzna:</translation>
        </message>
        <message>
            <source>What it drew on — e&amp;xam results of the school:</source>
            <translation>Na podstawie — wyniki &amp;egzaminów szkoły:</translation>
        </message>
    </context>
    <context>
        <name>CurrentStatesEditor</name>
        <message>
            <source>No.</source>
            <translation>Lp.</translation>
        </message>
        <message>
            <source>How is it now?</source>
            <translation>Jak jest?</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dowód</translation>
        </message>
        <message>
            <source>a figure from the data or a quote, e.g. “12% of teachers (SIO)”</source>
            <translation>liczba z danych albo cytat, np. „12% nauczycieli (SIO)”</translation>
        </message>
        <message>
            <source>Data collection task:</source>
            <translation>Zadanie zbierania danych:</translation>
        </message>
        <message>
            <source>Data source:</source>
            <translation>Źródło danych:</translation>
        </message>
        <message>
            <source>Evidence (figure or quote):</source>
            <translation>Dowód (liczba lub cytat):</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— brak —</translation>
        </message>
        <message>
            <source>New statement</source>
            <translation>Nowe stwierdzenie</translation>
        </message>
        <message>
            <source>Statement %1</source>
            <translation>Stwierdzenie %1</translation>
        </message>
    </context>
    <context>
        <name>CurrentStatesPage</name>
        <message>
            <source>How is it now?</source>
            <translation>Jak jest?</translation>
        </message>
        <message>
            <source>Statements about the current state of the chosen area. Each rests on evidence: where the data comes from (a data collection task, if there is one) and a figure or a quote.</source>
            <translation>Stwierdzenia o stanie obecnym w wybranym obszarze. Każde opiera się na dowodzie: skąd pochodzą dane (zadanie zbierania danych, jeśli było) oraz liczba albo cytat.</translation>
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
            <source>No schools on the list yet (section Schools).</source>
            <translation>Na liście nie ma jeszcze szkół (sekcja Szkoły).</translation>
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
        <message>
            <source>Annual report on education for the school year %1: to be presented to the council by %2 (%3 days left); %4 of %5 sections written (section Annual report on education).</source>
            <translation>Informacja o stanie realizacji zadań oświatowych za rok szkolny %1: termin przedstawienia radzie — %2 (zostało dni: %3); napisano %4 z %5 części (sekcja Informacja oświatowa).</translation>
        </message>
    </context>
    <context>
        <name>DataCollectionSection</name>
        <message>
            <source>Data collection</source>
            <translation>Zbieranie danych</translation>
        </message>
        <message>
            <source>What data</source>
            <translation>Jakie dane</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Who collects it</source>
            <translation>Kto zbiera</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Pliki</translation>
        </message>
        <message>
            <source>&amp;Add a task…</source>
            <translation>&amp;Nowe zadanie…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>Pa&amp;th…</source>
            <translation>Ści&amp;eżka…</translation>
        </message>
        <message>
            <source>Which goals and activities act on what this task gathers, and what has been measured since</source>
            <translation>Które cele i działania odpowiadają na dane zbierane w tym zadaniu i co zmierzono od tego czasu</translation>
        </message>
        <message>
            <source>No data collection task yet. Add what the team will gather in the chosen area, from which source, who does it and by when.</source>
            <translation>Nie ma jeszcze zadań zbierania danych. Dodaj, jakie dane zespół zbierze w wybranym obszarze, z jakiego źródła, kto to zrobi i do kiedy.</translation>
        </message>
        <message>
            <source>Document “Data collection plan”:</source>
            <translation>Dokument „Plan zbierania danych”:</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>bez terminu</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (po terminie)</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>Po terminie: %1</translation>
        </message>
        <message>
            <source>Tasks: %1 · done: %2</source>
            <translation>Zadania: %1 · zakończone: %2</translation>
        </message>
        <message>
            <source>⚠ OVERDUE: %1 (marked in red and with the words “PO TERMINIE”)</source>
            <translation>⚠ PO TERMINIE: %1 (oznaczone na czerwono i słowami „PO TERMINIE”)</translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n dołączony plik</numerusform>
                <numerusform>%n dołączone pliki</numerusform>
                <numerusform>%n dołączonych plików</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete task</source>
            <translation>Usuń zadanie</translation>
        </message>
        <message>
            <source>Delete the task “%1”?</source>
            <translation>Usunąć zadanie „%1”?</translation>
        </message>
    </context>
    <context>
        <name>DataTaskDialog</name>
        <message>
            <source>Data collection task</source>
            <translation>Zadanie zbierania danych</translation>
        </message>
        <message>
            <source>by</source>
            <translation>do</translation>
        </message>
        <message>
            <source>What data:</source>
            <translation>Jakie dane:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Źródło:</translation>
        </message>
        <message>
            <source>Who collects it:</source>
            <translation>Kto zbiera:</translation>
        </message>
        <message>
            <source>Due date:</source>
            <translation>Termin:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stan:</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Ustalenia:</translation>
        </message>
        <message>
            <source>Key figures:</source>
            <translation>Kluczowe liczby:</translation>
        </message>
        <message>
            <source>Files (kept in the program, up to %1 each)</source>
            <translation>Pliki (przechowywane w programie, każdy do %1)</translation>
        </message>
        <message>
            <source>&amp;Add a file…</source>
            <translation>&amp;Dodaj plik…</translation>
        </message>
        <message>
            <source>Save the file &amp;to disk…</source>
            <translation>Zapisz plik &amp;na dysku…</translation>
        </message>
        <message>
            <source>&amp;Remove the file…</source>
            <translation>&amp;Usuń plik…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Not saved — this task was changed elsewhere; the current data is shown.</source>
            <translation>Nie zapisano — to zadanie zostało w międzyczasie zmienione gdzie indziej; widać aktualne dane.</translation>
        </message>
        <message>
            <source>Add a file to the task</source>
            <translation>Dodaj plik do zadania</translation>
        </message>
        <message>
            <source>The file “%1” could not be read: %2</source>
            <translation>Nie udało się odczytać pliku „%1”: %2</translation>
        </message>
        <message>
            <source>Save the file to disk</source>
            <translation>Zapisz plik na dysku</translation>
        </message>
        <message>
            <source>The file could not be saved in “%1”: %2. Choose another place.</source>
            <translation>Nie udało się zapisać pliku w „%1”: %2. Wybierz inne miejsce.</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>Usuń plik</translation>
        </message>
        <message>
            <source>Remove the file “%1” from the task?</source>
            <translation>Usunąć plik „%1” z zadania?</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision</source>
            <translation>Decyzja</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decyzja:</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisSection</name>
        <message>
            <source>Deep diagnosis</source>
            <translation>Diagnoza pogłębiona</translation>
        </message>
        <message>
            <source>Stage 2: deep diagnosis, priorities and goals</source>
            <translation>Etap 2: diagnoza pogłębiona, priorytety i cele</translation>
        </message>
        <message>
            <source>Report “Deep diagnosis”:</source>
            <translation>Raport z diagnozy pogłębionej:</translation>
        </message>
        <message>
            <source>Parts done: %1 of %2</source>
            <translation>Ukończone części: %1 z %2</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gotowe</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>do zrobienia</translation>
        </message>
        <message>
            <source>&amp;Continue the wizard (page %1: %2)</source>
            <translation>&amp;Kontynuuj kreator (strona %1: %2)</translation>
        </message>
        <message>
            <source>&amp;Open the wizard “Deep diagnosis”</source>
            <translation>&amp;Otwórz kreator „Diagnoza pogłębiona”</translation>
        </message>
        <message>
            <source>Priorities and goals</source>
            <translation>Priorytety i cele</translation>
        </message>
        <message>
            <source>(score %1)</source>
            <translation>(wynik %1)</translation>
        </message>
        <message>
            <source>only causes outside the JST’s influence</source>
            <translation>tylko przyczyny poza wpływem JST</translation>
        </message>
        <message>
            <source>(indicators: %1)</source>
            <translation>(wskaźniki: %1)</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisWizard</name>
        <message>
            <source>Deep diagnosis — %1</source>
            <translation>Diagnoza pogłębiona — %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Zakończ</translation>
        </message>
        <message>
            <source>Close the wizard</source>
            <translation>Zamykanie kreatora</translation>
        </message>
        <message>
            <source>What is typed in the form on this page cannot be stored yet — the reason is shown under the field. Close anyway and discard it?</source>
            <translation>Tego, co wpisano w formularzu na tej stronie, nie da się jeszcze zapisać — powód widać pod polem. Zamknąć mimo to i porzucić wpisane dane?</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>The file could not be created because of an unexpected error in the program:
%1

Nothing was saved. Please report this error together with this message.</source>
            <translation>Nie udało się utworzyć pliku z powodu nieoczekiwanego błędu programu:
%1

Nic nie zostało zapisane. Zgłoś ten błąd razem z tą wiadomością.</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Podgląd</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Zapisz jako PDF…</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Drukuj</translation>
        </message>
        <message>
            <source>Save document as PDF</source>
            <translation>Zapisz dokument jako PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumenty PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a local government first.</source>
            <translation>Najpierw wybierz samorząd.</translation>
        </message>
        <message>
            <source>No program for PDF files was found. The document was saved as:
%1</source>
            <translation>Nie znaleziono programu do otwierania plików PDF. Dokument zapisano jako:
%1</translation>
        </message>
        <message>
            <source>Saved “%1” as %2</source>
            <translation>Zapisano „%1” w pliku %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentsDialog</name>
        <message>
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Dokument:</translation>
        </message>
    </context>
    <context>
        <name>EducationReportSection</name>
        <message>
            <source>Annual report on education</source>
            <translation>Informacja oświatowa</translation>
        </message>
        <message>
            <source>School year:</source>
            <translation>Rok szkolny:</translation>
        </message>
        <message>
            <source>Schools' figures</source>
            <translation>Dane szkół</translation>
        </message>
        <message>
            <source>Finances and transport</source>
            <translation>Finanse i dowóz</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Nadzór pedagogiczny</translation>
        </message>
        <message>
            <source>Exam results</source>
            <translation>Wyniki egzaminów</translation>
        </message>
        <message>
            <source>Report text</source>
            <translation>Treść informacji</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Szkoła</translation>
        </message>
        <message>
            <source>Pupils</source>
            <translation>Uczniowie</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Oddziały</translation>
        </message>
        <message>
            <source>Teachers in all</source>
            <translation>Nauczyciele ogółem</translation>
        </message>
        <message>
            <source>Trainee (until 2022)</source>
            <translation>Stażyści (do 2022)</translation>
        </message>
        <message>
            <source>Contract (until 2022)</source>
            <translation>Kontraktowi (do 2022)</translation>
        </message>
        <message>
            <source>Beginning</source>
            <translation>Początkujący</translation>
        </message>
        <message>
            <source>Appointed</source>
            <translation>Mianowani</translation>
        </message>
        <message>
            <source>Chartered</source>
            <translation>Dyplomowani</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Etaty</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>Z orzeczeniem</translation>
        </message>
        <message>
            <source>&amp;Save figures</source>
            <translation>&amp;Zapisz dane</translation>
        </message>
        <message>
            <source>Write &amp;template…</source>
            <translation>Zapisz &amp;szablon…</translation>
        </message>
        <message>
            <source>&amp;Load filled template…</source>
            <translation>&amp;Wczytaj wypełniony szablon…</translation>
        </message>
        <message>
            <source>Figures as of 30 September of the school year (SIO). Leave a cell empty when the figure is not known.</source>
            <translation>Dane według stanu na 30 września roku szkolnego (SIO). Zostaw komórkę pustą, gdy liczba nie jest znana.</translation>
        </message>
        <message>
            <source>Budget year:</source>
            <translation>Rok budżetowy:</translation>
        </message>
        <message>
            <source>Current spending on education (PLN):</source>
            <translation>Wydatki bieżące na oświatę (zł):</translation>
        </message>
        <message>
            <source>Capital spending on education (PLN):</source>
            <translation>Wydatki majątkowe na oświatę (zł):</translation>
        </message>
        <message>
            <source>State money for education (PLN):</source>
            <translation>Środki z budżetu państwa na oświatę (zł):</translation>
        </message>
        <message>
            <source>Pupils transported:</source>
            <translation>Uczniowie dowożeni:</translation>
        </message>
        <message>
            <source>Cost of transport (PLN):</source>
            <translation>Koszt dowozu (zł):</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Zakres</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>School:</source>
            <translation>Szkoła:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Rodzaj:</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>ewaluacja</translation>
        </message>
        <message>
            <source>inspection</source>
            <translation>kontrola</translation>
        </message>
        <message>
            <source>monitoring</source>
            <translation>monitorowanie</translation>
        </message>
        <message>
            <source>other</source>
            <translation>inne</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>Zakres:</translation>
        </message>
        <message>
            <source>Result, recommendations:</source>
            <translation>Wynik, zalecenia:</translation>
        </message>
        <message>
            <source>&amp;Add entry</source>
            <translation>&amp;Dodaj wpis</translation>
        </message>
        <message>
            <source>&amp;Delete selected</source>
            <translation>&amp;Usuń zaznaczone</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Przedmiot</translation>
        </message>
        <message>
            <source>Mean (%)</source>
            <translation>Średni wynik (%)</translation>
        </message>
        <message>
            <source>Median (%)</source>
            <translation>Mediana (%)</translation>
        </message>
        <message>
            <source>Mode (%)</source>
            <translation>Modalna (%)</translation>
        </message>
        <message>
            <source>&amp;Import results from CKE…</source>
            <translation>&amp;Importuj wyniki z CKE…</translation>
        </message>
        <message>
            <source>Subject (E8)</source>
            <translation>Przedmiot (E8)</translation>
        </message>
        <message>
            <source>Powiat</source>
            <translation>Powiat</translation>
        </message>
        <message>
            <source>Voivodeship</source>
            <translation>Województwo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Source of the comparison figures:</source>
            <translation>Źródło danych porównawczych:</translation>
        </message>
        <message>
            <source>Save &amp;comparison</source>
            <translation>Zapisz &amp;porównanie</translation>
        </message>
        <message>
            <source>Mean results of the powiat, the voivodeship and the country (%), from the CKE's reports:</source>
            <translation>Średnie wyniki powiatu, województwa i kraju (%) ze sprawozdań CKE:</translation>
        </message>
        <message>
            <source>Copy last year's &amp;narratives</source>
            <translation>Skopiuj &amp;teksty z poprzedniego roku</translation>
        </message>
        <message>
            <source>Save &amp;texts</source>
            <translation>Zapisz &amp;treść</translation>
        </message>
        <message>
            <source>Include this section in the report</source>
            <translation>Umieść tę część w informacji</translation>
        </message>
        <message>
            <source>Required by art. 11 ust. 7 of the Education Law.</source>
            <translation>Wymagana przez art. 11 ust. 7 Prawa oświatowego.</translation>
        </message>
        <message>
            <source>To be presented to the council by %1.</source>
            <translation>Termin przedstawienia radzie: %1.</translation>
        </message>
        <message>
            <source>For the budget year %1 the state money is the %2.</source>
            <translation>W roku budżetowym %1 środki z budżetu państwa to: %2.</translation>
        </message>
        <message>
            <source>Exams of %1 (school year %2): %3 results stored.</source>
            <translation>Egzaminy z %1 r. (rok szkolny %2): zapisane wyniki: %3.</translation>
        </message>
        <message>
            <source>The budget year is four digits, e.g. 2025.</source>
            <translation>Rok budżetowy to cztery cyfry, np. 2025.</translation>
        </message>
        <message>
            <source>Write the template</source>
            <translation>Zapisz szablon</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Skoroszyty Excela (*.xlsx)</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Szablon</translation>
        </message>
        <message>
            <source>Template written: %1</source>
            <translation>Zapisano szablon: %1</translation>
        </message>
        <message>
            <source>Load the filled template</source>
            <translation>Wczytaj wypełniony szablon</translation>
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
        <name>ErrorReport</name>
        <message>
            <source>Something went wrong and this action was not completed: %1. What you typed is still on screen; try again, and if it happens again, make a backup copy (File → Make a backup copy now) and report the problem.</source>
            <translation>Coś poszło nie tak i tej czynności nie wykonano: %1. To, co wpisano, zostało na ekranie; spróbuj ponownie, a jeśli błąd się powtórzy, zrób kopię zapasową (Plik → Zrób kopię zapasową teraz) i zgłoś problem.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Evaluation of the support: %1</source>
            <translation>Ewaluacja wspomagania: %1</translation>
        </message>
        <message>
            <source>Evaluation &amp;workshop:</source>
            <translation>&amp;Warsztat ewaluacyjny:</translation>
        </message>
        <message>
            <source>&amp;Documents analysed:</source>
            <translation>Analiza &amp;dokumentów:</translation>
        </message>
        <message>
            <source>&amp;Survey of the school community (figures):</source>
            <translation>&amp;Ankieta społeczności szkolnej (wyniki):</translation>
        </message>
        <message>
            <source>&amp;Conclusions:</source>
            <translation>&amp;Wnioski:</translation>
        </message>
        <message>
            <source>&amp;Recommendations:</source>
            <translation>&amp;Rekomendacje:</translation>
        </message>
        <message>
            <source>Date of the &amp;report:</source>
            <translation>Data &amp;raportu:</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <source>&amp;Export a local government…</source>
            <translation>&amp;Eksportuj samorząd…</translation>
        </message>
        <message>
            <source>&amp;Import a local government…</source>
            <translation>&amp;Importuj samorząd…</translation>
        </message>
        <message>
            <source>Exchange &amp;conflicts history…</source>
            <translation>Historia &amp;konfliktów wymiany…</translation>
        </message>
        <message>
            <source>Choose a local government first.</source>
            <translation>Najpierw wybierz samorząd.</translation>
        </message>
        <message>
            <source>Saved „%1” to the file %2.

This installation's key fingerprint: %3.
Give the passphrase to the recipient separately (by phone, not in the same e-mail as the file).</source>
            <translation>Zapisano „%1” do pliku %2.

Odcisk klucza tej instalacji: %3.
Hasło przekaż odbiorcy osobno (telefonicznie, nie w tej samej wiadomości co plik).</translation>
        </message>
        <message>
            <source>Imported „%1”: added %2, changed %3, removed %4, conflicts decided %5.</source>
            <translation>Zaimportowano „%1”: dodano %2, zmieniono %3, usunięto %4, rozstrzygnięte konflikty: %5.</translation>
        </message>
        <message>
            <source>Not imported (the record they belong to was deleted here):</source>
            <translation>Nie zaimportowano (zapis, do którego należą, usunięto tutaj):</translation>
        </message>
        <message>
            <source>The data from before the import is kept in the backup copy %1.</source>
            <translation>Dane sprzed importu są zachowane w kopii zapasowej %1.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a local government</source>
            <translation>Eksport samorządu</translation>
        </message>
        <message>
            <source>The file holds the local government with everything that belongs to it (people, schools, processes, HDR, meetings, attachments). It is encrypted with the passphrase and signed by this installation. Give the passphrase to the recipient separately — by phone, not in the e-mail carrying the file.</source>
            <translation>Plik zawiera samorząd ze wszystkim, co do niego należy (osoby, szkoły, procesy, HDR, spotkania, załączniki). Jest zaszyfrowany hasłem i podpisany przez tę instalację. Hasło przekaż odbiorcy osobno — telefonicznie, nie w wiadomości z plikiem.</translation>
        </message>
        <message>
            <source>Local government:</source>
            <translation>Samorząd:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Plik:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Hasło:</translation>
        </message>
        <message>
            <source>Repeat the passphrase:</source>
            <translation>Powtórz hasło:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Eksportuj</translation>
        </message>
        <message>
            <source>Save the exchange file</source>
            <translation>Zapisz plik wymiany</translation>
        </message>
        <message>
            <source>Exchange files (%1)</source>
            <translation>Pliki wymiany (%1)</translation>
        </message>
        <message>
            <source>Choose the local government to export.</source>
            <translation>Wybierz samorząd do eksportu.</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Wybierz, gdzie zapisać plik.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Hasła się różnią.</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>%1 file</source>
            <translation>Plik %1</translation>
        </message>
        <message>
            <source>This is the program's own data file, which is open now. Choose another file.</source>
            <translation>To plik danych tego programu, otwarty w tej chwili. Wybierz inny plik.</translation>
        </message>
    </context>
    <context>
        <name>FirstActivitiesPage</name>
        <message>
            <source>First activities</source>
            <translation>Pierwsze działania</translation>
        </message>
        <message>
            <source>Plan at least one activity for each goal. Everything else — partners, costs, indicators, dependencies — is added in the editor.</source>
            <translation>Zaplanuj co najmniej jedno działanie dla każdego celu. Resztę — partnerów, koszty, wskaźniki, zależności — dodasz w edytorze.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Początek</translation>
        </message>
        <message>
            <source>End (inclusive)</source>
            <translation>Koniec (włącznie)</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Osoba odpowiedzialna</translation>
        </message>
        <message>
            <source>(priority)</source>
            <translation>(priorytet)</translation>
        </message>
        <message>
            <source>Activity without a goal</source>
            <translation>Działanie bez celu</translation>
        </message>
        <message>
            <source>Name of the first activity</source>
            <translation>Nazwa pierwszego działania</translation>
        </message>
        <message>
            <source>Goals from stage 2 are listed with the priority goals first.</source>
            <translation>Cele z etapu 2 — najpierw cele priorytetowe.</translation>
        </message>
        <message>
            <source>The process has no development goals yet (stage 2). You can still plan activities; the checklist will show those without a goal.</source>
            <translation>Proces nie ma jeszcze celów rozwojowych (etap 2). Działania można planować mimo to; lista kontrolna wskaże te bez celu.</translation>
        </message>
        <message>
            <source>— choose from the team —</source>
            <translation>— wybierz z zespołu —</translation>
        </message>
        <message>
            <source>already planned: %1</source>
            <translation>już zaplanowano: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>zapisano</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Save the changes?</source>
            <translation>Zapisać zmiany?</translation>
        </message>
    </context>
    <context>
        <name>FundSection</name>
        <message>
            <source>Development fund</source>
            <translation>Fundusz doskonalenia</translation>
        </message>
        <message>
            <source>&amp;Plan a year…</source>
            <translation>&amp;Zaplanuj rok…</translation>
        </message>
        <message>
            <source>&amp;Edit year…</source>
            <translation>&amp;Edytuj rok…</translation>
        </message>
        <message>
            <source>&amp;Delete year</source>
            <translation>&amp;Usuń rok</translation>
        </message>
        <message>
            <source>&amp;Rates…</source>
            <translation>&amp;Stawki…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Planned salaries</source>
            <translation>Planowane wynagrodzenia</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Stawka</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fundusz</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Rozdysponowano</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Pozostaje</translation>
        </message>
        <message>
            <source>Unions consulted</source>
            <translation>Opinia związków</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Przeznaczenie</translation>
        </message>
        <message>
            <source>Tied to</source>
            <translation>Powiązanie</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>&amp;Add allocation…</source>
            <translation>&amp;Dodaj przydział…</translation>
        </message>
        <message>
            <source>Edit allocation…</source>
            <translation>Edytuj przydział…</translation>
        </message>
        <message>
            <source>Delete allocation</source>
            <translation>Usuń przydział</translation>
        </message>
        <message>
            <source>Financed from the fund: HDR activities, supports, networks</source>
            <translation>Finansowane z funduszu: działania HDR, wspomaganie, sieci</translation>
        </message>
        <message>
            <source>Cost in the year</source>
            <translation>Koszt w roku</translation>
        </message>
        <message>
            <source>Allocated to it</source>
            <translation>Przydzielono na nie</translation>
        </message>
        <message>
            <source>Teachers’ professional development fund</source>
            <translation>Fundusz doskonalenia zawodowego nauczycieli</translation>
        </message>
        <message>
            <source>Art. 70a of the Teachers' Charter: the running body sets aside a share of the planned yearly personal salaries of teachers (0.8 % today; the rate is a setting with its history). The plan divides the fund among purposes and is consulted with the unions.</source>
            <translation>Art. 70a Karty Nauczyciela: organ prowadzący wyodrębnia część planowanych rocznych środków na wynagrodzenia osobowe nauczycieli (dziś 0,8 %; stawka jest ustawieniem z historią zmian). Plan dzieli fundusz między cele i jest uzgadniany ze związkami zawodowymi.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>The HDR spends %1 from the fund in %2, but there is no plan for that year.</source>
            <translation>HDR wydaje z funduszu %1 w roku %2, a na ten rok nie ma planu dofinansowania.</translation>
        </message>
        <message>
            <source>No year planned yet — plan the first one.</source>
            <translation>Nie zaplanowano jeszcze żadnego roku — zaplanuj pierwszy.</translation>
        </message>
        <message>
            <source>left: %1</source>
            <translation>pozostaje %1</translation>
        </message>
        <message>
            <source>over-allocated by %1</source>
            <translation>przekroczono o %1</translation>
        </message>
        <message>
            <source>%1: the fund %2, allocated %3, %4. The HDR's activities financed from the fund cost %5 this year.</source>
            <translation>%1: fundusz %2, rozdysponowano %3, %4. Działania HDR finansowane z funduszu kosztują w tym roku %5.</translation>
        </message>
        <message>
            <source>support</source>
            <translation>wspomaganie</translation>
        </message>
        <message>
            <source>network</source>
            <translation>sieć</translation>
        </message>
        <message>
            <source>Delete year</source>
            <translation>Usuń rok</translation>
        </message>
        <message>
            <source>Delete the fund's plan for %1?</source>
            <translation>Usunąć plan funduszu na rok %1?</translation>
        </message>
        <message>
            <source>Delete the allocation „%1” (%2)?</source>
            <translation>Usunąć przydział „%1” (%2)?</translation>
        </message>
    </context>
    <context>
        <name>FundYearDialog</name>
        <message>
            <source>Edit year of the fund</source>
            <translation>Edytuj rok funduszu</translation>
        </message>
        <message>
            <source>Plan the fund for a year</source>
            <translation>Zaplanuj fundusz na rok</translation>
        </message>
        <message>
            <source>Calendar &amp;year:</source>
            <translation>Rok &amp;kalendarzowy:</translation>
        </message>
        <message>
            <source>Salaries &amp;entered:</source>
            <translation>&amp;Wynagrodzenia podane:</translation>
        </message>
        <message>
            <source>as one sum</source>
            <translation>jedną kwotą</translation>
        </message>
        <message>
            <source>per school</source>
            <translation>dla każdej szkoły</translation>
        </message>
        <message>
            <source>Planned yearly personal &amp;salaries of teachers:</source>
            <translation>Planowane roczne &amp;wynagrodzenia osobowe nauczycieli:</translation>
        </message>
        <message>
            <source>Salaries per school:</source>
            <translation>Wynagrodzenia w szkołach:</translation>
        </message>
        <message>
            <source>&amp;Rate (% of the salaries):</source>
            <translation>&amp;Stawka (% wynagrodzeń):</translation>
        </message>
        <message>
            <source>The fund:</source>
            <translation>Fundusz:</translation>
        </message>
        <message>
            <source>Unions &amp;consulted on:</source>
            <translation>&amp;Uzgodniono ze związkami dnia:</translation>
        </message>
        <message>
            <source>&amp;Which unions:</source>
            <translation>&amp;Które związki:</translation>
        </message>
        <message>
            <source>Their &amp;opinion:</source>
            <translation>Ich &amp;opinia:</translation>
        </message>
        <message>
            <source>rounded to the grosz</source>
            <translation>zaokrąglone do grosza</translation>
        </message>
        <message>
            <source>Art. 70a ust. 1 of the Teachers' Charter; rounded to the grosz (half a grosz up).</source>
            <translation>Art. 70a ust. 1 Karty Nauczyciela; zaokrąglenie do pełnych groszy (od połowy grosza w górę).</translation>
        </message>
    </context>
    <context>
        <name>GapsEditor</name>
        <message>
            <source>No.</source>
            <translation>Lp.</translation>
        </message>
        <message>
            <source>Development gap</source>
            <translation>Luka rozwojowa</translation>
        </message>
        <message>
            <source>How is it now?</source>
            <translation>Jak jest?</translation>
        </message>
        <message>
            <source>Causes</source>
            <translation>Przyczyny</translation>
        </message>
        <message>
            <source>one sentence: what is missing, and why</source>
            <translation>jedno zdanie: czego brakuje i dlaczego</translation>
        </message>
        <message>
            <source>How do we want it to be?</source>
            <translation>Jak chcemy, żeby było?</translation>
        </message>
        <message>
            <source>The gap in one sentence:</source>
            <translation>Luka w jednym zdaniu:</translation>
        </message>
        <message>
            <source>Its causes (tick at least one):</source>
            <translation>Jej przyczyny (zaznacz co najmniej jedną):</translation>
        </message>
        <message>
            <source>— this statement has no target state —</source>
            <translation>— to stwierdzenie nie ma stanu docelowego —</translation>
        </message>
        <message>
            <source>Write a target state for a statement first (page 3).</source>
            <translation>Najpierw wpisz stan docelowy dla stwierdzenia (strona 3).</translation>
        </message>
        <message>
            <source>New development gap</source>
            <translation>Nowa luka rozwojowa</translation>
        </message>
        <message>
            <source>Development gap %1</source>
            <translation>Luka rozwojowa %1</translation>
        </message>
    </context>
    <context>
        <name>GapsPage</name>
        <message>
            <source>Development gap</source>
            <translation>Luka rozwojowa</translation>
        </message>
        <message>
            <source>Each gap joins a statement of the current state with its target state and the causes behind the difference, in one sentence.</source>
            <translation>Każda luka łączy stwierdzenie o stanie obecnym z jego stanem docelowym i przyczynami różnicy — w jednym zdaniu.</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>Goals and indicators</source>
            <translation>Cele i wskaźniki</translation>
        </message>
        <message>
            <source>For each priority at least one development goal; for each goal at least one indicator: name, unit, baseline and target value with their dates, how and by whom it is measured.</source>
            <translation>Dla każdego priorytetu co najmniej jeden cel rozwojowy, dla każdego celu co najmniej jeden wskaźnik: nazwa, jednostka, wartość bazowa i docelowa z datami, sposób pomiaru i kto mierzy.</translation>
        </message>
        <message>
            <source>New &amp;goal</source>
            <translation>Nowy &amp;cel</translation>
        </message>
        <message>
            <source>New &amp;indicator</source>
            <translation>Nowy wskaź&amp;nik</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>Pick a priority and add its goal, or pick a goal and add its indicator.</source>
            <translation>Wybierz priorytet i dodaj jego cel albo wybierz cel i dodaj jego wskaźnik.</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priorytet:</translation>
        </message>
        <message>
            <source>Development goal:</source>
            <translation>Cel rozwojowy:</translation>
        </message>
        <message>
            <source>&amp;Save the goal</source>
            <translation>&amp;Zapisz cel</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>Wskaźnik:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Jednostka:</translation>
        </message>
        <message>
            <source>Baseline value:</source>
            <translation>Wartość bazowa:</translation>
        </message>
        <message>
            <source>Baseline date:</source>
            <translation>Data wartości bazowej:</translation>
        </message>
        <message>
            <source>Target value:</source>
            <translation>Wartość docelowa:</translation>
        </message>
        <message>
            <source>Target date:</source>
            <translation>Data osiągnięcia:</translation>
        </message>
        <message>
            <source>How it is measured:</source>
            <translation>Sposób pomiaru:</translation>
        </message>
        <message>
            <source>Who measures it:</source>
            <translation>Kto mierzy:</translation>
        </message>
        <message>
            <source>e.g. %, teachers, schools, meetings</source>
            <translation>np. %, nauczyciele, szkoły, spotkania</translation>
        </message>
        <message>
            <source>a number, e.g. 12 or 45,5</source>
            <translation>liczba, np. 12 albo 45,5</translation>
        </message>
        <message>
            <source>a number, e.g. 50</source>
            <translation>liczba, np. 50</translation>
        </message>
        <message>
            <source>&amp;Save the indicator</source>
            <translation>Zapisz wska&amp;źnik</translation>
        </message>
        <message>
            <source>Priority %1: %2</source>
            <translation>Priorytet %1: %2</translation>
        </message>
        <message>
            <source>Goal %1: %2</source>
            <translation>Cel %1: %2</translation>
        </message>
        <message>
            <source>(only causes outside the JST’s influence)</source>
            <translation>(tylko przyczyny poza wpływem JST)</translation>
        </message>
        <message>
            <source>— no indicator yet —</source>
            <translation>— brak wskaźnika —</translation>
        </message>
        <message>
            <source>— no goal yet —</source>
            <translation>— brak celu —</translation>
        </message>
        <message>
            <source>No gap is marked as a priority — go back to the page “Priorities”.</source>
            <translation>Żadna luka nie jest oznaczona jako priorytet — wróć na stronę „Priorytety”.</translation>
        </message>
        <message>
            <source>New development goal</source>
            <translation>Nowy cel rozwojowy</translation>
        </message>
        <message>
            <source>Development goal</source>
            <translation>Cel rozwojowy</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Uwaga: %1</translation>
        </message>
        <message>
            <source>Indicator of the goal: %1</source>
            <translation>Wskaźnik celu: %1</translation>
        </message>
        <message>
            <source>Type a number, e.g. 12 or 45,5.</source>
            <translation>Wpisz liczbę, np. 12 albo 45,5.</translation>
        </message>
        <message>
            <source>Pick the goal the indicator belongs to.</source>
            <translation>Wybierz cel, do którego należy wskaźnik.</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Usuwanie celu</translation>
        </message>
        <message>
            <source>Delete the goal “%1”?</source>
            <translation>Usunąć cel „%1”?</translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Usuwanie wskaźnika</translation>
        </message>
        <message>
            <source>Delete the indicator “%1”?</source>
            <translation>Usunąć wskaźnik „%1”?</translation>
        </message>
    </context>
    <context>
        <name>HdrPanels</name>
        <message>
            <source>&amp;Months</source>
            <translation>&amp;Miesiące</translation>
        </message>
        <message>
            <source>&amp;Weeks</source>
            <translation>T&amp;ygodnie</translation>
        </message>
        <message>
            <source>Fit to the &amp;period</source>
            <translation>Dopasuj do &amp;okresu</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Dzi&amp;ś</translation>
        </message>
        <message>
            <source>Zoom:</source>
            <translation>Skala:</translation>
        </message>
        <message>
            <source>Blue: the current plan · grey: the approved plan · green: as carried out · ◆ milestone · red line: today</source>
            <translation>Niebieski: plan obecny · szary: plan zatwierdzony · zielony: realizacja · ◆ kamień milowy · czerwona linia: dziś</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Wykres</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista kontrolna</translation>
        </message>
        <message>
            <source>Changes against the approved plan</source>
            <translation>Zmiany od zatwierdzenia</translation>
        </message>
        <message numerus="yes">
            <source>%1 – %2 (%n day(s))</source>
            <translation>
                <numerusform>%1 – %2 (%n dzień)</numerusform>
                <numerusform>%1 – %2 (%n dni)</numerusform>
                <numerusform>%1 – %2 (%n dni)</numerusform>
            </translation>
        </message>
        <message>
            <source>Responsible: %1</source>
            <translation>Odpowiada: %1</translation>
        </message>
        <message>
            <source>Approved plan: %1 – %2</source>
            <translation>Plan zatwierdzony: %1 – %2</translation>
        </message>
        <message>
            <source>Carried out: %1 – %2</source>
            <translation>Realizacja: %1 – %2</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>Press Enter or double-click to add an activity for this goal.</source>
            <translation>Naciśnij Enter albo kliknij dwukrotnie, aby dodać działanie dla tego celu.</translation>
        </message>
        <message>
            <source>Everything required is in place: the HDR can be approved.</source>
            <translation>Wszystko, czego wymaga model, jest na miejscu: HDR można zatwierdzić.</translation>
        </message>
        <message>
            <source>Checklist (errors: %1, warnings: %2)</source>
            <translation>Lista kontrolna (błędy: %1, ostrzeżenia: %2)</translation>
        </message>
        <message>
            <source>The HDR has not been approved yet. Once it is, the changes against the approved plan are listed here.</source>
            <translation>HDR nie został jeszcze zatwierdzony. Po zatwierdzeniu zobaczysz tu zmiany względem planu zatwierdzonego.</translation>
        </message>
        <message>
            <source>Approved on %1 by %2.</source>
            <translation>Zatwierdzony %1 przez: %2.</translation>
        </message>
        <message>
            <source>Changes against the approved plan (%1)</source>
            <translation>Zmiany od zatwierdzenia (%1)</translation>
        </message>
    </context>
    <context>
        <name>HdrSection</name>
        <message>
            <source>Development schedule (HDR)</source>
            <translation>Harmonogram działań rozwojowych (HDR)</translation>
        </message>
        <message>
            <source>Plan the HDR with the &amp;wizard…</source>
            <translation>Zaplanuj HDR w &amp;kreatorze…</translation>
        </message>
        <message>
            <source>Period and ORE report</source>
            <translation>Okres i raport dla ORE</translation>
        </message>
        <message>
            <source>&amp;Add activity…</source>
            <translation>&amp;Dodaj działanie…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>Cop&amp;y</source>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>W &amp;górę</translation>
        </message>
        <message>
            <source>Move dow&amp;n</source>
            <translation>W dó&amp;ł</translation>
        </message>
        <message>
            <source>S&amp;hift dates…</source>
            <translation>Przesuń &amp;terminy…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation>Zatwie&amp;rdź…</translation>
        </message>
        <message>
            <source>E&amp;xport to XLSX…</source>
            <translation>Eksport do &amp;XLSX…</translation>
        </message>
        <message>
            <source>No advisory process yet. Start one in the section “Advisory process”; the HDR belongs to a process.</source>
            <translation>Nie ma jeszcze procesu doradczego. Rozpocznij go w sekcji „Proces doradczy” — HDR należy do procesu.</translation>
        </message>
        <message>
            <source>The process “%1” has no HDR yet. The wizard helps with the first draft: the period, the report for ORE and a first activity for each goal.</source>
            <translation>Proces „%1” nie ma jeszcze HDR. Kreator pomoże przygotować pierwszą wersję: okres, raport dla ORE i pierwsze działanie dla każdego celu.</translation>
        </message>
        <message>
            <source>Process: %1 · period %2 – %3 (%4 days) · activities: %5</source>
            <translation>Proces: %1 · okres %2 – %3 (%4 dni) · działania: %5</translation>
        </message>
        <message>
            <source>Approved on %1 by %2.</source>
            <translation>Zatwierdzony %1 przez: %2.</translation>
        </message>
        <message>
            <source>Draft — not approved yet.</source>
            <translation>Projekt — jeszcze niezatwierdzony.</translation>
        </message>
        <message>
            <source>The process has no development goals yet (stage 2). You can plan activities now; the checklist shows those without a goal.</source>
            <translation>Proces nie ma jeszcze celów rozwojowych (etap 2). Działania można planować już teraz; lista kontrolna pokazuje te bez celu.</translation>
        </message>
        <message>
            <source>Delete the activity “%1”?</source>
            <translation>Usunąć działanie „%1”?</translation>
        </message>
        <message>
            <source>These activities depend on it and will keep their dates without the dependency:</source>
            <translation>Zależą od niego te działania — zachowają terminy, ale stracą zależność:</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Usuń działanie</translation>
        </message>
        <message>
            <source>Export the activities to a spreadsheet</source>
            <translation>Eksport działań do arkusza</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Skoroszyt Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Zapisano: %1</translation>
        </message>
    </context>
    <context>
        <name>HdrSettingsBox</name>
        <message>
            <source>Period and the report for ORE</source>
            <translation>Okres i raport dla ORE</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— nie podano —</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Okres:</translation>
        </message>
        <message>
            <source>ORE report:</source>
            <translation>Raport dla ORE:</translation>
        </message>
        <message>
            <source>due</source>
            <translation>termin</translation>
        </message>
        <message>
            <source>responsible:</source>
            <translation>odpowiada:</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dzień</numerusform>
                <numerusform>%n dni</numerusform>
                <numerusform>%n dni</numerusform>
            </translation>
        </message>
        <message>
            <source>— not planned —</source>
            <translation>— nie zaplanowano —</translation>
        </message>
        <message>
            <source>— choose from the team —</source>
            <translation>— wybierz z zespołu —</translation>
        </message>
    </context>
    <context>
        <name>HdrWizard</name>
        <message>
            <source>Development schedule (HDR) — first draft</source>
            <translation>Harmonogram działań rozwojowych (HDR) — pierwsza wersja</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Save and open the editor</source>
            <translation>Zapisz i przejdź do edytora</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Exchange conflicts: versions not kept</source>
            <translation>Konflikty wymiany: wersje niezachowane</translation>
        </message>
        <message>
            <source>Each row is a conflict decided in an import: the version that was not kept is shown below, so that anything from it can be typed in again.</source>
            <translation>Każdy wiersz to konflikt rozstrzygnięty przy imporcie: wersja, której nie zachowano, jest pokazana niżej, aby można było z niej cokolwiek wpisać ponownie.</translation>
        </message>
        <message>
            <source>No conflicts have been decided in imports of this local government.</source>
            <translation>W importach tego samorządu nie rozstrzygano jeszcze konfliktów.</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Rozstrzygnięto</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Zapis</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Zachowano</translation>
        </message>
        <message>
            <source>File from</source>
            <translation>Plik od</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>moje</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>od nadawcy</translation>
        </message>
        <message>
            <source>The version not kept was the deletion of this record.</source>
            <translation>Niezachowaną wersją było usunięcie tego zapisu.</translation>
        </message>
        <message>
            <source>The version not kept:</source>
            <translation>Wersja niezachowana:</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a local government</source>
            <translation>Import samorządu</translation>
        </message>
        <message>
            <source>Choose an exchange file (.wjst) received from another computer and type its passphrase. Nothing is written before you have seen what the import will change and chosen for every conflict.</source>
            <translation>Wybierz plik wymiany (.wjst) otrzymany z innego komputera i wpisz jego hasło. Nic nie zostanie zapisane, zanim nie zobaczysz, co import zmieni, i nie wybierzesz rozwiązania każdego konfliktu.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Plik:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Hasło:</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Zapis</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Zmiany</translation>
        </message>
        <message>
            <source>All: keep mine</source>
            <translation>Wszystkie: zostaw moje</translation>
        </message>
        <message>
            <source>All: take theirs</source>
            <translation>Wszystkie: weź od nadawcy</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Wstecz</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Dalej &gt;</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
        <message>
            <source>Choose the exchange file</source>
            <translation>Wybierz plik wymiany</translation>
        </message>
        <message>
            <source>Exchange files (%1);;All files (*)</source>
            <translation>Pliki wymiany (%1);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Choose the exchange file.</source>
            <translation>Wybierz plik wymiany.</translation>
        </message>
        <message>
            <source>Another key</source>
            <translation>Inny klucz</translation>
        </message>
        <message>
            <source>The file says it comes from „%1”, but it is signed with another key than before.

Key in the file: %2
Key known so far: %3

It may be the sender's new installation, or somebody else's file. Accept the new key only after checking its fingerprint with the sender (e.g. by phone). Accept the new key and read the file?</source>
            <translation>Plik podaje się za przesłany przez „%1”, ale jest podpisany innym kluczem niż dotąd.

Klucz w pliku: %2
Znany dotąd klucz: %3

Może to być nowa instalacja nadawcy albo cudzy plik. Przyjmij nowy klucz dopiero po sprawdzeniu jego odcisku z nadawcą (np. telefonicznie). Przyjąć nowy klucz i wczytać plik?</translation>
        </message>
        <message>
            <source>„%1” is not in this program yet: it will be added whole.</source>
            <translation>Samorządu „%1” nie ma jeszcze w programie: zostanie dodany w całości.</translation>
        </message>
        <message>
            <source>„%1” here is the same as in the file: there is nothing to import.</source>
            <translation>Samorząd „%1” jest tu taki sam jak w pliku: nie ma czego importować.</translation>
        </message>
        <message>
            <source>„%1” is already here: the file will be merged with it row by row.</source>
            <translation>Samorząd „%1” już tu jest: plik zostanie z nim scalony wiersz po wierszu.</translation>
        </message>
        <message>
            <source>From: %1, key fingerprint %2</source>
            <translation>Od: %1, odcisk klucza %2</translation>
        </message>
        <message>
            <source>the first file from this sender: check the fingerprint with them.</source>
            <translation>pierwszy plik od tego nadawcy: sprawdź z nim odcisk klucza.</translation>
        </message>
        <message>
            <source>To add: %1, to change: %2, to remove: %3, conflicts: %4.</source>
            <translation>Do dodania: %1, do zmiany: %2, do usunięcia: %3, konflikty: %4.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodane</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Zmienione</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Usunięte</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Tutaj</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>W pliku</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>i %1 więcej</translation>
        </message>
        <message>
            <source>No conflicts: nothing was changed on both sides.</source>
            <translation>Brak konfliktów: nic nie zmieniono po obu stronach.</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Konflikty (%1)</translation>
        </message>
        <message>
            <source>Choose for every conflict: %1 left.</source>
            <translation>Wybierz rozwiązanie każdego konfliktu: zostało %1.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Wstecz</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>no file chosen yet</source>
            <translation>nie wybrano jeszcze pliku</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Wybierz plik…</translation>
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation>&amp;Przerwij wczytywanie</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Zamknij</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Wczytywanie pliku…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Przerywanie…</translation>
        </message>
        <message>
            <source>The file could not be read: it is damaged or not in the form expected (%1).</source>
            <translation>Nie udało się odczytać pliku: jest uszkodzony albo nie ma oczekiwanej postaci (%1).</translation>
        </message>
        <message>
            <source>Reading stopped — nothing was saved.</source>
            <translation>Przerwano wczytywanie — niczego nie zapisano.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPanel</name>
        <message>
            <source>Indicator</source>
            <translation>Wskaźnik</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Ostatni
pomiar</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>Bazowa →
docelowa</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>Kto mierzył</translation>
        </message>
        <message>
            <source>&amp;Add a measurement…</source>
            <translation>&amp;Dodaj pomiar…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Zmień…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>Pa&amp;th…</source>
            <translation>Ści&amp;eżka…</translation>
        </message>
        <message>
            <source>Baseline %1 (%2), target %3 (%4)</source>
            <translation>Wartość bazowa %1 (%2), docelowa %3 (%4)</translation>
        </message>
        <message>
            <source>target reached</source>
            <translation>cel osiągnięty</translation>
        </message>
        <message>
            <source>deadline passed</source>
            <translation>termin minął</translation>
        </message>
        <message>
            <source>none</source>
            <translation>żadne</translation>
        </message>
        <message>
            <source>Activities meant to move it: %1</source>
            <translation>Działania, które mają go poprawić: %1</translation>
        </message>
        <message>
            <source>Delete the measurement of %1?</source>
            <translation>Usunąć pomiar z %1?</translation>
        </message>
        <message>
            <source>Delete the measurement</source>
            <translation>Usuń pomiar</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>Stage 1: choosing the area</source>
            <translation>Etap 1: wybór obszaru</translation>
        </message>
        <message>
            <source>&lt;p&gt;At the opening conference the local government’s team fills in the diagnostic sheet. Each person rates, for each of the 12 areas, how far the good practices described in it are already in place, how important the area is for the coming years, and whether the local government can change it by itself.&lt;/p&gt;&lt;p&gt;The program ranks the areas by a need score and shows where the team disagrees. Then the team chooses &lt;b&gt;one&lt;/b&gt; area to develop in the next stages.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The two rules of the model:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Focus on one area.&lt;/b&gt; Developing one area well brings more than starting everything at once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Focus on what the local government can influence itself.&lt;/b&gt; An area it cannot change by itself scores lower.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every answer is saved at once. You can close this window at any time — it will open where you stopped.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Na konferencji otwierającej zespół samorządu wypełnia arkusz diagnostyczny. Każda osoba ocenia w każdym z 12 obszarów, w jakim stopniu opisane w nim dobre praktyki są już realizowane, jak ważny jest obszar w najbliższych latach i czy samorząd może go zmienić sam.&lt;/p&gt;&lt;p&gt;Program układa obszary według wskaźnika potrzeby i pokazuje, gdzie zespół się różni. Następnie zespół wybiera &lt;b&gt;jeden&lt;/b&gt; obszar, który będzie rozwijać w kolejnych etapach.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dwie zasady modelu:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Skupiamy się na jednym obszarze.&lt;/b&gt; Dobrze rozwinięty jeden obszar daje więcej niż rozpoczęcie wszystkiego naraz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skupiamy się na tym, na co samorząd ma wpływ.&lt;/b&gt; Obszar, którego samorząd nie może zmienić sam, dostaje niższy wskaźnik.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Każda odpowiedź jest zapisywana od razu. Okno można zamknąć w każdej chwili — otworzy się tam, gdzie praca została przerwana.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The scales of the sheet</source>
            <translation>Skale arkusza</translation>
        </message>
        <message>
            <source>Each statement:</source>
            <translation>Każde stwierdzenie:</translation>
        </message>
        <message>
            <source>The importance of the area:</source>
            <translation>Ważność obszaru:</translation>
        </message>
        <message>
            <source>Can the local government change it by itself:</source>
            <translation>Czy JST może to zmienić sama:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> — DEMO (changes are not kept)</source>
            <translation> — DEMO (zmiany nie są zachowywane)</translation>
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
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Przywróć z kopii…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Ustawienia</translation>
        </message>
        <message>
            <source>Database on a &amp;server…</source>
            <translation>Baza danych na &amp;serwerze…</translation>
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
            <source>&amp;Documents</source>
            <translation>&amp;Dokumenty</translation>
        </message>
        <message>
            <source>All &amp;documents…</source>
            <translation>&amp;Wszystkie dokumenty…</translation>
        </message>
        <message>
            <source>Choose a local government first.</source>
            <translation>Najpierw wybierz samorząd.</translation>
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
            <source>&lt;b&gt;Wsparcie JST&lt;/b&gt; %1&lt;br&gt;Support for local governments in managing education according to the ORE advisory model.</source>
            <translation>&lt;b&gt;Wsparcie JST&lt;/b&gt; %1&lt;br&gt;Wsparcie samorządów w zarządzaniu oświatą według modelu doradztwa ORE.</translation>
        </message>
        <message>
            <source>Backup copy</source>
            <translation>Kopia zapasowa</translation>
        </message>
        <message>
            <source>The data are kept on a PostgreSQL server, so backups are the server's job: its administrator makes them (for example with pg_dump). The program makes no copies of a database on a server.</source>
            <translation>Dane są przechowywane na serwerze PostgreSQL, więc kopie zapasowe to zadanie serwera: wykonuje je jego administrator (na przykład programem pg_dump). Program nie robi kopii bazy danych na serwerze.</translation>
        </message>
        <message>
            <source>Restored the copy made %1.</source>
            <translation>Przywrócono kopię z %1.</translation>
        </message>
        <message>
            <source>The data now is as in the copy made %1.

The data from before the restore is kept as a copy „before a restore”: to undo the restore, choose that copy in File → Restore from a backup…</source>
            <translation>Dane są teraz takie jak w kopii z %1.

Dane sprzed przywrócenia zachowano jako kopię „przed przywróceniem”: aby cofnąć przywrócenie, wybierz tę kopię w menu Plik → Przywróć z kopii…</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Zmień nazwę</translation>
        </message>
        <message>
            <source>Add local go&amp;vernment</source>
            <translation>Dodaj sa&amp;morząd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Delete local government</source>
            <translation>Usuwanie samorządu</translation>
        </message>
        <message>
            <source>Backup copy saved: %1</source>
            <translation>Zapisano kopię zapasową: %1</translation>
        </message>
    </context>
    <context>
        <name>MeasurementDialog</name>
        <message>
            <source>Measurement: %1</source>
            <translation>Pomiar: %1</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Value%1:</source>
            <translation>Wartość%1:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Źródło:</translation>
        </message>
        <message>
            <source>Measured by:</source>
            <translation>Kto mierzył:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Uwagi:</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Edycja spotkania</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nowe spotkanie</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Rodzaj:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Tytuł:</translation>
        </message>
        <message>
            <source>First day:</source>
            <translation>Pierwszy dzień:</translation>
        </message>
        <message>
            <source>Last day (at most 3 days):</source>
            <translation>Ostatni dzień (najwyżej 3 dni):</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Miejsce:</translation>
        </message>
        <message>
            <source>Led by (advisors):</source>
            <translation>Prowadzą (doradcy):</translation>
        </message>
        <message>
            <source>General notes for the minutes:</source>
            <translation>Uwagi ogólne do protokołu:</translation>
        </message>
        <message>
            <source>Add meeting</source>
            <translation>Dodaj spotkanie</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Temat:</translation>
        </message>
        <message>
            <source>Invited &amp;expert:</source>
            <translation>Zaproszony &amp;ekspert:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Forma:</translation>
        </message>
        <message>
            <source>Held:</source>
            <translation>Odbyło się:</translation>
        </message>
        <message>
            <source>the meeting took place</source>
            <translation>spotkanie się odbyło</translation>
        </message>
        <message>
            <source>&amp;Attendance:</source>
            <translation>&amp;Obecność:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Uwagi:</translation>
        </message>
    </context>
    <context>
        <name>MeetingTaskDialog</name>
        <message>
            <source>Agreed task</source>
            <translation>Uzgodnione zadanie</translation>
        </message>
        <message>
            <source>Task:</source>
            <translation>Zadanie:</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Kto:</translation>
        </message>
        <message>
            <source>by</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Due date:</source>
            <translation>Termin:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stan:</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source>Meetings</source>
            <translation>Spotkania</translation>
        </message>
        <message>
            <source>Tasks agreed at meetings, not done yet</source>
            <translation>Zadania uzgodnione na spotkaniach, jeszcze niewykonane</translation>
        </message>
        <message>
            <source>held</source>
            <translation>odbyte</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>zaplanowane</translation>
        </message>
        <message>
            <source>No meeting yet (section Meetings).</source>
            <translation>Nie ma jeszcze spotkań (sekcja Spotkania).</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>bez terminu</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>PO TERMINIE</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Brak.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsSection</name>
        <message>
            <source>Meetings</source>
            <translation>Spotkania</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nowe spotkanie…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>E&amp;xport to calendar (.ics)…</source>
            <translation>Eksportuj do &amp;kalendarza (.ics)…</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Program</translation>
        </message>
        <message>
            <source>&amp;Participants and attendance</source>
            <translation>&amp;Uczestnicy i obecność</translation>
        </message>
        <message>
            <source>&amp;Minutes</source>
            <translation>P&amp;rotokół</translation>
        </message>
        <message>
            <source>&amp;Rules and code of ethics</source>
            <translation>&amp;Zasady i kodeks etyczny</translation>
        </message>
        <message>
            <source>This local government has no advisory process yet. Start one in the section “Advisory process”.</source>
            <translation>Ten samorząd nie ma jeszcze procesu doradczego. Rozpocznij go w sekcji „Proces doradczy”.</translation>
        </message>
        <message>
            <source>Process: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Proces: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>held</source>
            <translation>odbyte</translation>
        </message>
        <message>
            <source>present: %1 of %2</source>
            <translation>obecnych: %1 z %2</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>zaplanowane</translation>
        </message>
        <message>
            <source>invited: %1</source>
            <translation>zaproszonych: %1</translation>
        </message>
        <message>
            <source>open tasks: %1</source>
            <translation>otwarte zadania: %1</translation>
        </message>
        <message>
            <source>No meeting yet. A new meeting starts with the agenda of its kind (opening conference, meeting 1, meeting 2, summary meeting).</source>
            <translation>Nie ma jeszcze spotkań. Nowe spotkanie zaczyna się od programu swojego rodzaju (konferencja otwierająca, spotkanie 1, spotkanie 2, spotkanie podsumowujące).</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Usuń spotkanie</translation>
        </message>
        <message>
            <source>Delete the meeting “%1”?</source>
            <translation>Usunąć spotkanie „%1”?</translation>
        </message>
        <message>
            <source>Export the meetings to a calendar</source>
            <translation>Eksport spotkań do kalendarza</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Kalendarz (*.ics)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Saved: %1 (open it in Outlook or on a phone to add the meetings to the calendar).</source>
            <translation>Zapisano: %1 (otwórz plik w Outlooku lub w telefonie, aby dodać spotkania do kalendarza).</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Edit member</source>
            <translation>Edytuj członka sieci</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Dodaj członka sieci</translation>
        </message>
        <message>
            <source>First name and &amp;surname:</source>
            <translation>&amp;Imię i nazwisko:</translation>
        </message>
        <message>
            <source>S&amp;chool:</source>
            <translation>&amp;Szkoła:</translation>
        </message>
        <message>
            <source>(from elsewhere — type the workplace below)</source>
            <translation>(spoza samorządu — wpisz miejsce pracy niżej)</translation>
        </message>
        <message>
            <source>&amp;Workplace (from elsewhere):</source>
            <translation>&amp;Miejsce pracy (spoza samorządu):</translation>
        </message>
        <message>
            <source>&amp;Joined:</source>
            <translation>&amp;Przystąpienie:</translation>
        </message>
        <message>
            <source>&amp;Left:</source>
            <translation>&amp;Wystąpienie:</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Day, time</source>
            <translation>Dzień, godziny</translation>
        </message>
        <message>
            <source>Point of the agenda</source>
            <translation>Punkt programu</translation>
        </message>
        <message>
            <source>What was discussed (type here)</source>
            <translation>Co omówiono (wpisz tutaj)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Zadanie</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Do kiedy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Carried over to</source>
            <translation>Przeniesione do</translation>
        </message>
        <message>
            <source>Add a decision…</source>
            <translation>Dodaj decyzję…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Usuń…</translation>
        </message>
        <message>
            <source>Add a task…</source>
            <translation>Dodaj zadanie…</translation>
        </message>
        <message>
            <source>a data collection task</source>
            <translation>zadanie zbierania danych</translation>
        </message>
        <message>
            <source>an HDR activity</source>
            <translation>działanie HDR</translation>
        </message>
        <message>
            <source>Turn the chosen task into:</source>
            <translation>Przenieś wybrane zadanie jako:</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>Protokół:</translation>
        </message>
        <message>
            <source>Discussion per point of the agenda</source>
            <translation>Przebieg według punktów programu</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decyzje</translation>
        </message>
        <message>
            <source>Tasks agreed (shown on the dashboard until done)</source>
            <translation>Uzgodnione zadania (widoczne na pulpicie do wykonania)</translation>
        </message>
        <message>
            <source>day %1</source>
            <translation>dzień %1</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>bez terminu</translation>
        </message>
        <message>
            <source>Delete decision</source>
            <translation>Usuń decyzję</translation>
        </message>
        <message>
            <source>Delete the decision “%1”?</source>
            <translation>Usunąć decyzję „%1”?</translation>
        </message>
        <message>
            <source>Delete task</source>
            <translation>Usuń zadanie</translation>
        </message>
        <message>
            <source>Delete the task “%1”?</source>
            <translation>Usunąć zadanie „%1”?</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPanel</name>
        <message>
            <source>Conclusions:</source>
            <translation>Wnioski:</translation>
        </message>
        <message>
            <source>Recommendations:</source>
            <translation>Rekomendacje:</translation>
        </message>
        <message>
            <source>&amp;Save the conclusions</source>
            <translation>&amp;Zapisz wnioski</translation>
        </message>
        <message>
            <source>What the team concludes after monitoring the HDR; printed in the monitoring report for the wójt and the council.</source>
            <translation>Wnioski zespołu z monitorowania HDR; drukują się w raporcie z monitorowania dla wójta i rady.</translation>
        </message>
        <message>
            <source>Monitoring report (for the wójt and the council)</source>
            <translation>Monitorowanie realizacji HDR (dla wójta i rady)</translation>
        </message>
        <message>
            <source>Report to ORE</source>
            <translation>Raport dla ORE</translation>
        </message>
        <message>
            <source>Logic of change (the chain from evidence to result)</source>
            <translation>Logika zmiany (łańcuch od danych do rezultatu)</translation>
        </message>
        <message>
            <source>Documents of stage 3</source>
            <translation>Dokumenty etapu 3</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
    </context>
    <context>
        <name>NetworkDialog</name>
        <message>
            <source>Edit network</source>
            <translation>Edytuj sieć</translation>
        </message>
        <message>
            <source>Add network</source>
            <translation>Dodaj sieć</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nazwa:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Realizator:</translation>
        </message>
        <message>
            <source>Provider's n&amp;ame:</source>
            <translation>Nazwa &amp;realizatora:</translation>
        </message>
        <message>
            <source>&amp;Coordinator:</source>
            <translation>&amp;Koordynator:</translation>
        </message>
        <message>
            <source>School &amp;year:</source>
            <translation>Rok &amp;szkolny:</translation>
        </message>
        <message>
            <source>&amp;Planned meetings:</source>
            <translation>&amp;Planowane spotkania:</translation>
        </message>
        <message>
            <source>Needs &amp;diagnosis:</source>
            <translation>&amp;Diagnoza potrzeb:</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>&amp;Cele:</translation>
        </message>
        <message>
            <source>Conclusions of the &amp;year:</source>
            <translation>&amp;Wnioski z roku:</translation>
        </message>
    </context>
    <context>
        <name>NetworksSection</name>
        <message>
            <source>Co-operation networks</source>
            <translation>Sieci współpracy</translation>
        </message>
        <message>
            <source>&amp;Add network…</source>
            <translation>&amp;Dodaj sieć…</translation>
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
            <source>Network</source>
            <translation>Sieć</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Realizator</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Koordynator</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>Rok szkolny</translation>
        </message>
        <message>
            <source>Meetings held / planned</source>
            <translation>Spotkania odbyte / planowane</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Członkowie</translation>
        </message>
        <message>
            <source>First name and surname</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>School or workplace</source>
            <translation>Szkoła lub miejsce pracy</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>W sieci</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Obecność</translation>
        </message>
        <message>
            <source>Add &amp;member…</source>
            <translation>Dodaj &amp;członka…</translation>
        </message>
        <message>
            <source>Edit member…</source>
            <translation>Edytuj członka…</translation>
        </message>
        <message>
            <source>Delete member</source>
            <translation>Usuń członka</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Ekspert</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Odbyło się</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Obecni</translation>
        </message>
        <message>
            <source>Add meeting…</source>
            <translation>Dodaj spotkanie…</translation>
        </message>
        <message>
            <source>Edit meeting…</source>
            <translation>Edytuj spotkanie…</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Usuń spotkanie</translation>
        </message>
        <message>
            <source>Co-operation and self-study networks</source>
            <translation>Sieci współpracy i samokształcenia</translation>
        </message>
        <message>
            <source>A network is run by a coordinator from an ODN, a PPP or a BP, with goals set from a needs diagnosis and usually five meetings a school year. Membership is voluntary.</source>
            <translation>Sieć prowadzi koordynator z placówki doskonalenia nauczycieli, poradni lub biblioteki pedagogicznej; cele ustalają uczestnicy na podstawie diagnozy potrzeb, zwykle z pięcioma spotkaniami w roku szkolnym. Udział jest dobrowolny.</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Spotkania</translation>
        </message>
        <message>
            <source>No network yet — add the first one.</source>
            <translation>Nie ma jeszcze żadnej sieci — dodaj pierwszą.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Delete network</source>
            <translation>Usuń sieć</translation>
        </message>
        <message>
            <source>Delete the network „%1” (%2)?</source>
            <translation>Usunąć sieć „%1” (%2)?</translation>
        </message>
        <message>
            <source>Remove %1 from the network? Their attendance goes too.</source>
            <translation>Usunąć osobę %1 z sieci? Jej obecności też zostaną usunięte.</translation>
        </message>
        <message>
            <source>Delete the meeting of %1 „%2”?</source>
            <translation>Usunąć spotkanie z %1 „%2”?</translation>
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
        <name>OptionalDateEdit</name>
        <message>
            <source>Tick to enter the date</source>
            <translation>Zaznacz, aby wpisać datę</translation>
        </message>
    </context>
    <context>
        <name>OrePage</name>
        <message>
            <source>The report for ORE</source>
            <translation>Raport dla ORE</translation>
        </message>
        <message>
            <source>Exactly one of the three forms of reporting to ORE must be planned in the HDR, with a due date and a responsible person.</source>
            <translation>W HDR trzeba zaplanować dokładnie jedną z trzech form raportu dla ORE, z terminem i osobą odpowiedzialną.</translation>
        </message>
        <message>
            <source>&amp;Form of the report</source>
            <translation>&amp;Forma raportu</translation>
        </message>
        <message>
            <source>&amp;Due date</source>
            <translation>&amp;Termin</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— nie podano —</translation>
        </message>
        <message>
            <source>&amp;Responsible person</source>
            <translation>Osoba odpowiedzi&amp;alna</translation>
        </message>
        <message>
            <source>— choose from the team —</source>
            <translation>— wybierz z zespołu —</translation>
        </message>
    </context>
    <context>
        <name>OreReportEditor</name>
        <message>
            <source>Title of the report</source>
            <translation>Tytuł raportu</translation>
        </message>
        <message>
            <source>Save the &amp;state</source>
            <translation>Zapisz &amp;stan</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;ytuł:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Stan:</translation>
        </message>
        <message>
            <source>sent on</source>
            <translation>wysłany dnia</translation>
        </message>
        <message>
            <source>&amp;Save the section</source>
            <translation>&amp;Zapisz sekcję</translation>
        </message>
        <message>
            <source>No form of the ORE report is planned in the HDR yet. Choose one of the three in the section “Development schedule (HDR)”.</source>
            <translation>W HDR nie zaplanowano jeszcze formy raportu dla ORE. Wybierz jedną z trzech w sekcji „Harmonogram działań rozwojowych (HDR)”.</translation>
        </message>
        <message>
            <source>nobody named</source>
            <translation>nie wskazano</translation>
        </message>
        <message>
            <source>Responsible: %1 · %2</source>
            <translation>Odpowiada: %1 · %2</translation>
        </message>
        <message>
            <source>Not written yet: the text below is a draft from the program's data.</source>
            <translation>Jeszcze nie napisano: poniżej szkic przygotowany przez program z danych.</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>Jeszcze nie napisano.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>Uczestnik</translation>
        </message>
        <message>
            <source>First name and surname:</source>
            <translation>Imię i nazwisko:</translation>
        </message>
        <message>
            <source>Institution:</source>
            <translation>Instytucja:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
        <message>
            <source>First name and surname</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Role in the diagnosis</source>
            <translation>Rola w diagnozie</translation>
        </message>
        <message>
            <source>e.g. school director, councillor, parent, PPP</source>
            <translation>np. dyrektor szkoły, radny, rodzic, PPP</translation>
        </message>
        <message>
            <source>First name and surname:</source>
            <translation>Imię i nazwisko:</translation>
        </message>
        <message>
            <source>Role in the diagnosis:</source>
            <translation>Rola w diagnozie:</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Nowy uczestnik</translation>
        </message>
        <message>
            <source>Participant: %1</source>
            <translation>Uczestnik: %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>Uczestnicy diagnozy</translation>
        </message>
        <message>
            <source>Who takes part in the deep diagnosis: the education team and the stakeholders, each with their role. Pick people from the local government's teams or type other names.</source>
            <translation>Kto bierze udział w diagnozie pogłębionej: zespół oświatowy i interesariusze, każdy ze swoją rolą. Wybierz osoby z zespołów samorządu albo wpisz inne nazwiska.</translation>
        </message>
        <message>
            <source>Add from the &amp;team</source>
            <translation>Dodaj z &amp;zespołu</translation>
        </message>
        <message>
            <source>From the teams:</source>
            <translation>Z zespołów:</translation>
        </message>
        <message>
            <source>(everyone from the teams is already on the list)</source>
            <translation>(wszyscy z zespołów są już na liście)</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keyring</source>
            <translation>&amp;Zapamiętaj hasło w systemowym magazynie haseł</translation>
        </message>
        <message>
            <source>The password is kept by the operating system (on Windows in the Credential Manager), not by the program, and the program does not ask for it at the next start.</source>
            <translation>Hasło przechowuje system operacyjny (w Windows Menedżer poświadczeń), a nie program; przy następnym uruchomieniu program nie zapyta o nie.</translation>
        </message>
    </context>
    <context>
        <name>PathDialog</name>
        <message>
            <source>Path: from evidence to result</source>
            <translation>Ścieżka: od danych do rezultatu</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Zacznij od:</translation>
        </message>
        <message>
            <source>Double-click an item to follow the chain from there.</source>
            <translation>Kliknij dwukrotnie element, aby prześledzić łańcuch od niego.</translation>
        </message>
        <message>
            <source>— none linked —</source>
            <translation>— brak powiązań —</translation>
        </message>
    </context>
    <context>
        <name>PeoplePickerDialog</name>
        <message>
            <source>Add participants from the teams</source>
            <translation>Dodaj uczestników z zespołów</translation>
        </message>
        <message>
            <source>education team</source>
            <translation>zespół oświatowy</translation>
        </message>
        <message>
            <source>advisory team</source>
            <translation>team doradczy</translation>
        </message>
        <message>
            <source>stakeholders</source>
            <translation>interesariusze</translation>
        </message>
        <message>
            <source>People (Space ticks):</source>
            <translation>Osoby (spacja zaznacza):</translation>
        </message>
    </context>
    <context>
        <name>PeriodPage</name>
        <message>
            <source>The period of the schedule</source>
            <translation>Okres harmonogramu</translation>
        </message>
        <message>
            <source>The local government decides how long its HDR runs — usually one school year.</source>
            <translation>Samorząd decyduje, jak długo trwa jego HDR — zwykle jeden rok szkolny.</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>&amp;To (last day)</source>
            <translation>&amp;Do (ostatni dzień)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Czas trwania</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s), both dates included</source>
            <translation>
                <numerusform>%n dzień, licząc obie daty</numerusform>
                <numerusform>%n dni, licząc obie daty</numerusform>
                <numerusform>%n dni, licząc obie daty</numerusform>
            </translation>
        </message>
        <message>
            <source>the end is before the start</source>
            <translation>koniec jest przed początkiem</translation>
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
        <message>
            <source>Not saved — this person was changed elsewhere; the current data is shown.</source>
            <translation>Nie zapisano — dane tej osoby zostały w międzyczasie zmienione gdzie indziej; widać aktualne dane.</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesPage</name>
        <message>
            <source>Priorities</source>
            <translation>Priorytety</translation>
        </message>
        <message>
            <source>Rate each gap: how important it is and how feasible it is for the local government to close it (1 = least, 5 = most). Then mark the priorities.</source>
            <translation>Oceń każdą lukę: jak jest ważna i na ile samorząd jest w stanie ją zmniejszyć (1 — najmniej, 5 — najbardziej). Potem zaznacz priorytety.</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>Development gap</source>
            <translation>Luka rozwojowa</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Ważność</translation>
        </message>
        <message>
            <source>Feasibility</source>
            <translation>Wykonalność</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorytet</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>W &amp;górę</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>W dó&amp;ł</translation>
        </message>
        <message>
            <source>&amp;Order by score again</source>
            <translation>&amp;Kolejność według wyniku</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>priorytet</translation>
        </message>
        <message>
            <source>The order was changed by hand; new gaps go to the end.</source>
            <translation>Kolejność zmieniono ręcznie; nowe luki trafiają na koniec.</translation>
        </message>
        <message>
            <source>Pick the gap to move.</source>
            <translation>Wybierz lukę, którą chcesz przesunąć.</translation>
        </message>
    </context>
    <context>
        <name>ProcessDialog</name>
        <message>
            <source>Change the advisory process</source>
            <translation>Zmiana procesu doradczego</translation>
        </message>
        <message>
            <source>Start an advisory process</source>
            <translation>Rozpoczęcie procesu doradczego</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>Start date:</source>
            <translation>Data rozpoczęcia:</translation>
        </message>
        <message>
            <source>Advisors:</source>
            <translation>Doradcy:</translation>
        </message>
        <message>
            <source>The advisory team is empty — add the advisors in the section “Advisory team”; you can assign them here later.</source>
            <translation>Team doradczy jest pusty — dodaj doradców w sekcji „Team doradczy”; przypiszesz ich tutaj później.</translation>
        </message>
        <message>
            <source>Space ticks the advisor under the cursor.</source>
            <translation>Spacja zaznacza doradcę wskazanego kursorem.</translation>
        </message>
        <message>
            <source>Not saved — this process was changed elsewhere; the current data is shown.</source>
            <translation>Nie zapisano — ten proces został w międzyczasie zmieniony gdzie indziej; widać aktualne dane.</translation>
        </message>
    </context>
    <context>
        <name>ProcessSection</name>
        <message>
            <source>Advisory process</source>
            <translation>Proces doradczy</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Rozpoczęty</translation>
        </message>
        <message>
            <source>Advisors</source>
            <translation>Doradcy</translation>
        </message>
        <message>
            <source>Chosen area</source>
            <translation>Wybrany obszar</translation>
        </message>
        <message>
            <source>&amp;Start a new process…</source>
            <translation>&amp;Rozpocznij nowy proces…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Zmień…</translation>
        </message>
        <message>
            <source>&amp;Work on this process</source>
            <translation>Pracuj nad &amp;tym procesem</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>No advisory process yet. Start one to carry the local government through the three stages of the model.</source>
            <translation>Nie ma jeszcze procesu doradczego. Rozpocznij go, aby przeprowadzić samorząd przez trzy etapy modelu.</translation>
        </message>
        <message>
            <source>Stage 1: choosing the area (initial diagnosis)</source>
            <translation>Etap 1: wybór obszaru (diagnoza wstępna)</translation>
        </message>
        <message>
            <source>&amp;Open the wizard “Choosing the area”</source>
            <translation>&amp;Otwórz kreator „Wybór obszaru”</translation>
        </message>
        <message>
            <source>Document “Initial diagnosis – choice of the area”:</source>
            <translation>Dokument „Diagnoza wstępna – wybór obszaru”:</translation>
        </message>
        <message>
            <source>(being worked on)</source>
            <translation>(bieżący)</translation>
        </message>
        <message>
            <source>Process: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Proces: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Respondents: %1; areas rated: %2 of %3; complete sheets: %4.</source>
            <translation>Respondenci: %1; ocenione obszary: %2 z %3; pełne arkusze: %4.</translation>
        </message>
        <message>
            <source>The diagnostic sheet has not been started.</source>
            <translation>Nie rozpoczęto wypełniania arkusza diagnostycznego.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Chosen area: %1&lt;/b&gt; (%2)</source>
            <translation>&lt;b&gt;Wybrany obszar: %1&lt;/b&gt; (%2)</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>Uzasadnienie: %1</translation>
        </message>
        <message>
            <source>The answers were changed after the choice — the choice rests on earlier answers. Open the wizard to confirm or change it.</source>
            <translation>Odpowiedzi zmieniono po dokonaniu wyboru — wybór opiera się na wcześniejszych odpowiedziach. Otwórz kreator, aby go potwierdzić albo zmienić.</translation>
        </message>
        <message>
            <source>No area chosen yet. First in the ranking so far: %1.</source>
            <translation>Nie wybrano jeszcze obszaru. Pierwszy w dotychczasowym rankingu: %1.</translation>
        </message>
        <message>
            <source>&amp;Continue the wizard “Choosing the area”</source>
            <translation>&amp;Kontynuuj kreator „Wybór obszaru”</translation>
        </message>
        <message>
            <source>Delete the process “%1” with everything recorded in it (sheets, diagnosis, schedule)? This cannot be undone.</source>
            <translation>Usunąć proces „%1” ze wszystkim, co w nim zapisano (arkusze, diagnoza, harmonogram)? Tego nie można cofnąć.</translation>
        </message>
        <message>
            <source>Delete process</source>
            <translation>Usuwanie procesu</translation>
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
            <source>Not saved — the profile was changed elsewhere; the current data is shown.</source>
            <translation>Nie zapisano — profil został w międzyczasie zmieniony gdzie indziej; widać aktualne dane.</translation>
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
            <source>The file could not be read: %1</source>
            <translation>Nie udało się odczytać pliku: %1</translation>
        </message>
        <message>
            <source>Remove the coat of arms?</source>
            <translation>Usunąć herb?</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <source>No chart yet: baseline and target needed</source>
            <translation>Brak wykresu: potrzebne wartości bazowa i docelowa</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Carrying out: %1</source>
            <translation>Realizacja: %1</translation>
        </message>
        <message>
            <source>Plan: %1 – %2, %3 (%4)</source>
            <translation>Plan: %1 – %2, %3 (%4)</translation>
        </message>
        <message>
            <source>Expected result: %1</source>
            <translation>Oczekiwany rezultat: %1</translation>
        </message>
        <message>
            <source>known</source>
            <translation>znana</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>zapisany</translation>
        </message>
        <message>
            <source>as planned (%1)</source>
            <translation>jak w planie (%1)</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stan:</translation>
        </message>
        <message>
            <source>Reason (cancelled, moved, delayed):</source>
            <translation>Powód (odwołanie, przesunięcie, opóźnienie):</translation>
        </message>
        <message>
            <source>Actual start:</source>
            <translation>Faktyczne rozpoczęcie:</translation>
        </message>
        <message>
            <source>Actual end (last day):</source>
            <translation>Faktyczne zakończenie (ostatni dzień):</translation>
        </message>
        <message>
            <source>Actual cost:</source>
            <translation>Koszt faktyczny:</translation>
        </message>
        <message>
            <source>Paid from:</source>
            <translation>Źródło finansowania:</translation>
        </message>
        <message>
            <source>Result achieved:</source>
            <translation>Osiągnięty rezultat:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Uwagi:</translation>
        </message>
        <message>
            <source>Evidence (files kept in the program, up to %1 each)</source>
            <translation>Dowody realizacji (pliki w programie, każdy do %1)</translation>
        </message>
        <message>
            <source>&amp;Add a file…</source>
            <translation>&amp;Dodaj plik…</translation>
        </message>
        <message>
            <source>Save the file &amp;to disk…</source>
            <translation>Zapisz plik &amp;na dysku…</translation>
        </message>
        <message>
            <source>&amp;Remove the file…</source>
            <translation>&amp;Usuń plik…</translation>
        </message>
        <message>
            <source>Add evidence to the activity</source>
            <translation>Dodaj dowód realizacji działania</translation>
        </message>
        <message>
            <source>The file “%1” could not be read: %2</source>
            <translation>Nie udało się odczytać pliku „%1”: %2</translation>
        </message>
        <message>
            <source>Save the file to disk</source>
            <translation>Zapisz plik na dysku</translation>
        </message>
        <message>
            <source>The file could not be saved in “%1”: %2. Choose another place.</source>
            <translation>Nie udało się zapisać pliku w „%1”: %2. Wybierz inne miejsce.</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>Usuń plik</translation>
        </message>
        <message>
            <source>Remove the file “%1” from the activity?</source>
            <translation>Usunąć plik „%1” z działania?</translation>
        </message>
    </context>
    <context>
        <name>RatesDialog</name>
        <message>
            <source>Rates of the development fund</source>
            <translation>Stawki funduszu doskonalenia</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>Od roku</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Stawka</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Podstawa prawna</translation>
        </message>
        <message>
            <source>From &amp;year:</source>
            <translation>Od &amp;roku:</translation>
        </message>
        <message>
            <source>&amp;Rate (%):</source>
            <translation>&amp;Stawka (%):</translation>
        </message>
        <message>
            <source>Legal &amp;basis:</source>
            <translation>&amp;Podstawa prawna:</translation>
        </message>
        <message>
            <source>&amp;Save rate</source>
            <translation>&amp;Zapisz stawkę</translation>
        </message>
        <message>
            <source>&amp;Delete rate</source>
            <translation>&amp;Usuń stawkę</translation>
        </message>
        <message>
            <source>A rate is in force from its year until the next one. Selecting a rate lets you correct it; a new year adds a rate.</source>
            <translation>Stawka obowiązuje od swojego roku do roku następnej stawki. Wybierz stawkę, aby ją poprawić; nowy rok dodaje stawkę.</translation>
        </message>
        <message>
            <source>The rates apply to every local government in this database, so only the database's owner (its administrator) changes them.</source>
            <translation>Stawki obowiązują wszystkie samorządy w tej bazie danych, dlatego zmienia je tylko właściciel bazy (jej administrator).</translation>
        </message>
        <message>
            <source>Delete rate</source>
            <translation>Usuń stawkę</translation>
        </message>
        <message>
            <source>Delete the rate in force from %1?</source>
            <translation>Usunąć stawkę obowiązującą od roku %1?</translation>
        </message>
    </context>
    <context>
        <name>RatingPage</name>
        <message>
            <source>1 not at all</source>
            <translation>1 nie realizujemy</translation>
        </message>
        <message>
            <source>2 to a small degree</source>
            <translation>2 w niewielkim stopniu</translation>
        </message>
        <message>
            <source>3 largely</source>
            <translation>3 w dużej mierze</translation>
        </message>
        <message>
            <source>4 fully</source>
            <translation>4 w pełni</translation>
        </message>
        <message>
            <source>0 don’t know</source>
            <translation>0 nie wiem</translation>
        </message>
        <message>
            <source>1 low</source>
            <translation>1 mała</translation>
        </message>
        <message>
            <source>2 medium</source>
            <translation>2 średnia</translation>
        </message>
        <message>
            <source>3 high</source>
            <translation>3 duża</translation>
        </message>
        <message>
            <source>T yes</source>
            <translation>T tak</translation>
        </message>
        <message>
            <source>C partly</source>
            <translation>C częściowo</translation>
        </message>
        <message>
            <source>N no</source>
            <translation>N nie</translation>
        </message>
        <message>
            <source>The area is already chosen</source>
            <translation>Obszar jest już wybrany</translation>
        </message>
        <message>
            <source>The team has already chosen the area. Changing the answers may change the ranking.</source>
            <translation>Zespół wybrał już obszar. Zmiana odpowiedzi może zmienić ranking.</translation>
        </message>
        <message>
            <source>Do you want to choose the area again after the change? If you keep the choice, the results will say that it rests on earlier answers.</source>
            <translation>Czy po tej zmianie wybrać obszar ponownie? Jeśli wybór zostanie zachowany, wyniki pokażą, że opiera się na wcześniejszych odpowiedziach.</translation>
        </message>
        <message>
            <source>Choose again</source>
            <translation>Wybierz ponownie</translation>
        </message>
        <message>
            <source>Keep the choice</source>
            <translation>Zachowaj wybór</translation>
        </message>
        <message>
            <source>Cancel the change</source>
            <translation>Anuluj zmianę</translation>
        </message>
        <message>
            <source>Rating the areas</source>
            <translation>Ocena obszarów</translation>
        </message>
        <message>
            <source>How far is each practice in place? 1 — not at all, 2 — to a small degree, 3 — largely, 4 — fully and systematically; 0 or N — don’t know.</source>
            <translation>W jakim stopniu realizujemy każdą praktykę? 1 — nie realizujemy, 2 — w niewielkim stopniu, 3 — w dużej mierze, 4 — w pełni i systematycznie; 0 lub N — nie wiem.</translation>
        </message>
        <message>
            <source>◀ Previous area</source>
            <translation>◀ Poprzedni obszar</translation>
        </message>
        <message>
            <source>Next area ▶</source>
            <translation>Następny obszar ▶</translation>
        </message>
        <message>
            <source>&amp;Respondent:</source>
            <translation>&amp;Respondent:</translation>
        </message>
        <message>
            <source>Ar&amp;ea:</source>
            <translation>&amp;Obszar:</translation>
        </message>
        <message>
            <source>How important is this area for the local government in the coming years?</source>
            <translation>Jak ważny jest ten obszar dla samorządu w najbliższych latach?</translation>
        </message>
        <message>
            <source>Can the local government change this by itself?</source>
            <translation>Czy samorząd może to zmienić sam?</translation>
        </message>
        <message>
            <source>Keys: 1–4 rate · 0 or N don’t know · Del remove the answer · ↑ ↓ move · PgDown or Ctrl+Enter next area · PgUp previous area · Alt+R respondent</source>
            <translation>Klawisze: 1–4 ocena · 0 lub N nie wiem · Del usuń odpowiedź · ↑ ↓ przejście · PgDown lub Ctrl+Enter następny obszar · PgUp poprzedni obszar · Alt+R respondent</translation>
        </message>
        <message>
            <source>Area %1 of %2: %3</source>
            <translation>Obszar %1 z %2: %3</translation>
        </message>
        <message>
            <source>%1: %2 of %3 areas complete. Every answer is saved at once.</source>
            <translation>%1: wypełnione obszary: %2 z %3. Każda odpowiedź jest zapisywana od razu.</translation>
        </message>
        <message>
            <source>Sheet of %1 — area 1.</source>
            <translation>Arkusz: %1 — obszar 1.</translation>
        </message>
        <message>
            <source>This was the last area of the last respondent. Go to the results with “Next”.</source>
            <translation>To był ostatni obszar ostatniego respondenta. Przejdź do wyników przyciskiem „Dalej”.</translation>
        </message>
    </context>
    <context>
        <name>RealisationModel</name>
        <message>
            <source>No.</source>
            <translation>Lp.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odpowiada</translation>
        </message>
        <message>
            <source>Approved plan</source>
            <translation>Plan
zatwierdzony</translation>
        </message>
        <message>
            <source>Current plan</source>
            <translation>Plan
bieżący</translation>
        </message>
        <message>
            <source>Actual dates</source>
            <translation>Realizacja</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Planned cost</source>
            <translation>Koszt plan.
(zł)</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Wydano
(zł)</translation>
        </message>
        <message>
            <source>Approved plan: %1
Current plan: %2</source>
            <translation>Plan zatwierdzony: %1
Plan bieżący: %2</translation>
        </message>
        <message>
            <source>files: %1</source>
            <translation>pliki: %1</translation>
        </message>
        <message>
            <source>not in the approved plan</source>
            <translation>poza planem zatwierdzonym</translation>
        </message>
    </context>
    <context>
        <name>RealisationSection</name>
        <message>
            <source>Carrying out the HDR</source>
            <translation>Realizacja HDR</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>&amp;Działania</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Wskaźniki</translation>
        </message>
        <message>
            <source>&amp;ORE report</source>
            <translation>Raport dla &amp;ORE</translation>
        </message>
        <message>
            <source>Conclusions and &amp;documents</source>
            <translation>Wnioski i do&amp;kumenty</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Wszystkie działania</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Po terminie</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>W tym miesiącu</translation>
        </message>
        <message>
            <source>The next 30 days</source>
            <translation>Najbliższe 30 dni</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Pokaż:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Odpowiada:</translation>
        </message>
        <message>
            <source>&amp;Record…</source>
            <translation>&amp;Zapisz realizację…</translation>
        </message>
        <message>
            <source>Pa&amp;th…</source>
            <translation>Ści&amp;eżka…</translation>
        </message>
        <message>
            <source>Which goal, gap, causes and data this activity answers</source>
            <translation>Któremu celowi, luce, przyczynom i danym odpowiada to działanie</translation>
        </message>
        <message>
            <source>Keys on a row: 1 planned · 2 in progress · 3 done · 4 delayed · 5 cancelled · 6 moved · Enter: ended today · Ctrl+E: record · ↑ ↓ move</source>
            <translation>Klawisze w wierszu: 1 zaplanowane · 2 w trakcie · 3 zrealizowane · 4 opóźnione · 5 odwołane · 6 przesunięte · Enter: zakończone dziś · Ctrl+E: zapis realizacji · ↑ ↓ ruch</translation>
        </message>
        <message>
            <source>No advisory process yet. Start one in the section “Advisory process”.</source>
            <translation>Nie ma jeszcze procesu doradczego. Rozpocznij go w sekcji „Proces doradczy”.</translation>
        </message>
        <message>
            <source>The process has no HDR yet. Plan it in the section “Development schedule (HDR)”; it is carried out here once approved.</source>
            <translation>Proces nie ma jeszcze HDR. Zaplanuj go w sekcji „Harmonogram działań rozwojowych (HDR)”; po zatwierdzeniu jego realizację prowadzi się tutaj.</translation>
        </message>
        <message>
            <source>The HDR has not been approved yet: the approved plan is compared once the wójt approves it (section HDR).</source>
            <translation>HDR nie został jeszcze zatwierdzony: porównanie z planem zatwierdzonym pojawi się po zatwierdzeniu przez wójta (sekcja HDR).</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>wszyscy</translation>
        </message>
        <message>
            <source>Activities: %1 — reading the rest of the plan…</source>
            <translation>Działań: %1 — wczytywanie reszty planu…</translation>
        </message>
        <message>
            <source>Approved on %1 by %2.</source>
            <translation>Zatwierdzony %1 przez: %2.</translation>
        </message>
        <message>
            <source>Cost planned %1, spent %2 (%3%).</source>
            <translation>Koszt planowany %1, wydano %2 (%3%).</translation>
        </message>
        <message>
            <source>Cancel the activity</source>
            <translation>Odwołanie działania</translation>
        </message>
        <message>
            <source>Why is “%1” cancelled?</source>
            <translation>Dlaczego działanie „%1” zostało odwołane?</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nowy</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nowy wpis</translation>
        </message>
        <message>
            <source>Selected entry</source>
            <translation>Wybrany wpis</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Usunąć „%1”?</translation>
        </message>
    </context>
    <context>
        <name>RemoteAdviceSection</name>
        <message>
            <source>Remote advice</source>
            <translation>Doradztwo zdalne</translation>
        </message>
        <message>
            <source>Save the allowance</source>
            <translation>Zapisz limit</translation>
        </message>
        <message>
            <source>The allowance applies to every local government in this database, so only the database's owner (its administrator) changes it.</source>
            <translation>Limit obowiązuje wszystkie samorządy w tej bazie danych, dlatego zmienia go tylko właściciel bazy (jej administrator).</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Doradca</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuty</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Ustalenia</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Miesiące</translation>
        </message>
        <message>
            <source>Minutes used</source>
            <translation>Wykorzystane minuty</translation>
        </message>
        <message>
            <source>Allowance</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>&amp;Add an entry…</source>
            <translation>&amp;Dodaj wpis…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>Document “Remote advice register”:</source>
            <translation>Dokument „Rejestr doradztwa zdalnego”:</translation>
        </message>
        <message>
            <source>Allowance per advisor per month:</source>
            <translation>Limit na doradcę w miesiącu:</translation>
        </message>
        <message>
            <source>Minutes per advisor and month (used / allowance)</source>
            <translation>Minuty na doradcę w miesiącu (wykorzystane / limit)</translation>
        </message>
        <message>
            <source>Per stage of the process</source>
            <translation>Według etapów procesu</translation>
        </message>
        <message>
            <source>This local government has no advisory process yet. Start one in the section “Advisory process”.</source>
            <translation>Ten samorząd nie ma jeszcze procesu doradczego. Rozpocznij go w sekcji „Proces doradczy”.</translation>
        </message>
        <message>
            <source>Process: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Proces: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Entries: %1 · minutes: %2</source>
            <translation>Wpisy: %1 · minuty: %2</translation>
        </message>
        <message>
            <source>⚠ months over the allowance: %1</source>
            <translation>⚠ miesiące ponad limit: %1</translation>
        </message>
        <message>
            <source>months without advice: %1</source>
            <translation>miesiące bez doradztwa: %1</translation>
        </message>
        <message>
            <source>OVER THE ALLOWANCE</source>
            <translation>PONAD LIMIT</translation>
        </message>
        <message>
            <source>no advice</source>
            <translation>brak doradztwa</translation>
        </message>
        <message>
            <source>within</source>
            <translation>w limicie</translation>
        </message>
        <message>
            <source>Delete the entry of %1 (%2, %3 min)?</source>
            <translation>Usunąć wpis: %1 (%2, %3 min)?</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Usuń wpis</translation>
        </message>
    </context>
    <context>
        <name>RenameJstDialog</name>
        <message>
            <source>Rename</source>
            <translation>Zmień nazwę</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nowa nazwa:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Not saved — this local government was changed elsewhere; the current name is shown.</source>
            <translation>Nie zapisano — ten samorząd został w międzyczasie zmieniony gdzie indziej; widać jego aktualną nazwę.</translation>
        </message>
    </context>
    <context>
        <name>RespondentsPage</name>
        <message>
            <source>Respondents</source>
            <translation>Respondenci</translation>
        </message>
        <message>
            <source>Each member of the team fills in their own sheet. Pick them from the team or type their names.</source>
            <translation>Każdy członek zespołu wypełnia własny arkusz. Wybierz osoby z zespołu albo wpisz ich imiona i nazwiska.</translation>
        </message>
        <message>
            <source>Add from the &amp;team</source>
            <translation>Dodaj z &amp;zespołu</translation>
        </message>
        <message>
            <source>From the team:</source>
            <translation>Z zespołu:</translation>
        </message>
        <message>
            <source>first name and surname</source>
            <translation>imię i nazwisko</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Dod&amp;aj</translation>
        </message>
        <message>
            <source>Another person:</source>
            <translation>Inna osoba:</translation>
        </message>
        <message>
            <source>&amp;Correct the name…</source>
            <translation>&amp;Popraw imię i nazwisko…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>Respondents:</source>
            <translation>Respondenci:</translation>
        </message>
        <message>
            <source>(sheet: %1 of %2 areas complete)</source>
            <translation>(arkusz: wypełnione obszary: %1 z %2)</translation>
        </message>
        <message>
            <source>(no one in the team yet — type the names below)</source>
            <translation>(nikogo nie ma jeszcze w zespole — wpisz imiona i nazwiska niżej)</translation>
        </message>
        <message>
            <source>(everyone from the team is already on the list)</source>
            <translation>(wszyscy z zespołu są już na liście)</translation>
        </message>
        <message>
            <source>Correct the name</source>
            <translation>Poprawianie imienia i nazwiska</translation>
        </message>
        <message>
            <source>First name and surname:</source>
            <translation>Imię i nazwisko:</translation>
        </message>
        <message>
            <source>Remove %1 together with their sheet (%2 answers)?</source>
            <translation>Usunąć osobę %1 razem z jej arkuszem (odpowiedzi: %2)?</translation>
        </message>
        <message>
            <source>Remove respondent</source>
            <translation>Usuwanie respondenta</translation>
        </message>
        <message>
            <source>Add at least one respondent — the sheet is filled in by people.</source>
            <translation>Dodaj co najmniej jednego respondenta — arkusz wypełniają konkretne osoby.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Przywracanie z kopii zapasowej</translation>
        </message>
        <message>
            <source>Copies of the data file in the folder %1, newest first. Restoring puts the chosen copy in place of all the current data; the current data is first saved as a copy „before a restore”, so a restore can be undone the same way.</source>
            <translation>Kopie pliku danych z folderu %1, od najnowszej. Przywrócenie zastępuje wszystkie obecne dane wybraną kopią; obecne dane są najpierw zapisywane jako kopia „przed przywróceniem”, więc przywrócenie można w ten sam sposób cofnąć.</translation>
        </message>
        <message>
            <source>There are no backup copies in the folder %1 yet. A copy is made when the program closes, every 30 minutes while it is open, and with File → Make a backup copy now.</source>
            <translation>W folderze %1 nie ma jeszcze kopii zapasowych. Kopia powstaje przy zamykaniu programu, co 30 minut pracy i po wybraniu Plik → Zrób kopię zapasową teraz.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Data kopii</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Local governments</source>
            <translation>Samorządy</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Szkoły</translation>
        </message>
        <message>
            <source>HDR activities</source>
            <translation>Działania HDR</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>&amp;Restore this copy…</source>
            <translation>&amp;Przywróć tę kopię…</translation>
        </message>
        <message>
            <source>before an update</source>
            <translation>przed aktualizacją</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatyczna</translation>
        </message>
        <message>
            <source>on closing</source>
            <translation>przy zamknięciu</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>ręczna</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>przed przywróceniem</translation>
        </message>
        <message>
            <source>damaged copy</source>
            <translation>kopia uszkodzona</translation>
        </message>
        <message>
            <source>from a newer version</source>
            <translation>z nowszej wersji programu</translation>
        </message>
        <message>
            <source>not this program's data</source>
            <translation>nie są to dane tego programu</translation>
        </message>
        <message>
            <source>can be restored</source>
            <translation>można przywrócić</translation>
        </message>
        <message>
            <source>The copy is damaged (incomplete or spoilt) and cannot be restored.</source>
            <translation>Kopia jest uszkodzona (niepełna albo zepsuta) i nie można jej przywrócić.</translation>
        </message>
        <message>
            <source>The copy was made by a newer version of the program: update the program to restore it.</source>
            <translation>Kopię zapisała nowsza wersja programu: zaktualizuj program, aby ją przywrócić.</translation>
        </message>
        <message>
            <source>The file is not a copy of this program's data.</source>
            <translation>Ten plik nie jest kopią danych tego programu.</translation>
        </message>
        <message>
            <source>Replace all the data with the copy made %1 (%2)?

The current data is first saved as a copy „before a restore”.</source>
            <translation>Zastąpić wszystkie dane kopią z %1 (%2)?

Obecne dane zostaną najpierw zapisane jako kopia „przed przywróceniem”.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <source>The areas ranked by the need score: the higher, the more the area needs development that the local government can carry out itself.</source>
            <translation>Obszary uszeregowane według wskaźnika potrzeby: im wyższy, tym bardziej obszar wymaga rozwoju, który samorząd może przeprowadzić sam.</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Obszar</translation>
        </message>
        <message>
            <source>Need score</source>
            <translation>Wskaźnik
potrzeby</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Wpływ JST</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Rozrzut</translation>
        </message>
        <message>
            <source>Mean rating
(1–4)</source>
            <translation>Średnia ocena
(1–4)</translation>
        </message>
        <message>
            <source>Importance
(1–3)</source>
            <translation>Ważność
(1–3)</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Respon-
dents</source>
            <translation>Respon-
denci</translation>
        </message>
        <message>
            <source>Can the local government change this by itself: how many respondents said yes, partly, no</source>
            <translation>Czy samorząd może to zmienić sam: ilu respondentów odpowiedziało tak, częściowo, nie</translation>
        </message>
        <message>
            <source>How the need score is computed</source>
            <translation>Jak liczymy wskaźnik potrzeby</translation>
        </message>
        <message>
            <source>No statement has been rated yet — go back and fill in the sheets.</source>
            <translation>Nie oceniono jeszcze żadnego stwierdzenia — wróć i wypełnij arkusze.</translation>
        </message>
        <message>
            <source>Sheets not complete yet: %1. The results count the answers given so far.</source>
            <translation>Niepełne arkusze: %1. Wyniki uwzględniają dotychczasowe odpowiedzi.</translation>
        </message>
        <message>
            <source>The chosen area (%1) rests on earlier answers: the answers were changed after the choice. Confirm or change the choice on the next page.</source>
            <translation>Wybrany obszar (%1) opiera się na wcześniejszych odpowiedziach: odpowiedzi zmieniono po dokonaniu wyboru. Potwierdź albo zmień wybór na następnej stronie.</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <source>to discuss: %1</source>
            <translation>do dyskusji: %1</translation>
        </message>
        <message>
            <source>chosen area</source>
            <translation>wybrany obszar</translation>
        </message>
    </context>
    <context>
        <name>RpwApprovalDialog</name>
        <message>
            <source>Record the director's approval of the plan</source>
            <translation>Zatwierdzenie planu przez dyrektora</translation>
        </message>
        <message>
            <source>The plan as it is now is frozen as the approved plan. Later changes remain possible and are shown against it.</source>
            <translation>Plan w obecnej postaci zostanie zapamiętany jako zatwierdzony. Późniejsze zmiany są możliwe i będą z nim porównywane.</translation>
        </message>
        <message>
            <source>Approved &amp;by:</source>
            <translation>&amp;Zatwierdził(a):</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Zatwierdź</translation>
        </message>
    </context>
    <context>
        <name>RpwDescriptionDialog</name>
        <message>
            <source>Annual support plan: %1</source>
            <translation>Roczny plan wspomagania: %1</translation>
        </message>
        <message>
            <source>Description of the &amp;diagnosis:</source>
            <translation>Opis &amp;diagnozy:</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>&amp;Cele:</translation>
        </message>
        <message>
            <source>&amp;Indicators:</source>
            <translation>&amp;Wskaźniki:</translation>
        </message>
    </context>
    <context>
        <name>RpwItemDialog</name>
        <message>
            <source>Edit activity of the plan</source>
            <translation>Edytuj działanie planu</translation>
        </message>
        <message>
            <source>Add activity to the plan</source>
            <translation>Dodaj działanie do planu</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Działanie:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Forma:</translation>
        </message>
        <message>
            <source>S&amp;tart:</source>
            <translation>&amp;Początek:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Koniec:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Odpowiada:</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>&amp;Wskaźnik:</translation>
        </message>
        <message>
            <source>Done:</source>
            <translation>Wykonane:</translation>
        </message>
        <message>
            <source>the activity has been carried out</source>
            <translation>działanie zostało zrealizowane</translation>
        </message>
    </context>
    <context>
        <name>RspoImportDialog</name>
        <message>
            <source>Import schools from RSPO — %1</source>
            <translation>Import szkół z RSPO — %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
        <message>
            <source>&lt;p&gt;The program can load the list of your schools from the national registry of schools (RSPO).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;On &lt;b&gt;rspo.gov.pl&lt;/b&gt; search for schools — of your voivodeship or of the whole country — and click &lt;b&gt;Pobierz wyniki&lt;/b&gt;. The browser saves a CSV file.&lt;/li&gt;&lt;li&gt;Choose that file below. The program keeps only the schools run by this local government and shows you what would change before anything is saved.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;p&gt;Program może wczytać listę Twoich szkół z Rejestru Szkół i Placówek Oświatowych (RSPO).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Na stronie &lt;b&gt;rspo.gov.pl&lt;/b&gt; wyszukaj placówki — swojego województwa albo całego kraju — i kliknij &lt;b&gt;Pobierz wyniki&lt;/b&gt;. Przeglądarka zapisze plik CSV.&lt;/li&gt;&lt;li&gt;Wskaż ten plik poniżej. Program zostawi tylko szkoły prowadzone przez ten samorząd i zanim cokolwiek zapisze, pokaże, co się zmieni.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>Running body as written in RSPO:</source>
            <translation>Organ prowadzący (tak jak w RSPO):</translation>
        </message>
        <message>
            <source>Schools are also found by the TERYT code in the profile: %1 (they must stand in this area and be run by it).</source>
            <translation>Szkoły są wyszukiwane także po kodzie TERYT z profilu samorządu: %1 (muszą leżeć na jego terenie i być przez niego prowadzone).</translation>
        </message>
        <message>
            <source>The profile has no TERYT code, so schools are found by the running body's name only. Add the code in the profile to find them more reliably.</source>
            <translation>W profilu samorządu nie ma kodu TERYT, więc szkoły są wyszukiwane tylko po nazwie organu prowadzącego. Dopisz kod w profilu, aby wyszukiwanie było pewniejsze.</translation>
        </message>
        <message>
            <source>File from RSPO:</source>
            <translation>Plik z RSPO:</translation>
        </message>
        <message>
            <source>Untick a school to leave it out. Schools already up to date and skipped rows are listed for information.</source>
            <translation>Odznacz szkołę, której nie chcesz importować. Szkoły już aktualne i pominięte wiersze są pokazane dla informacji.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Co się stanie</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>RSPO no.</source>
            <translation>Nr RSPO</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Choose the file downloaded from RSPO</source>
            <translation>Wybierz plik pobrany z RSPO</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Reading the file: %1 of %2…</source>
            <translation>Wczytywanie pliku: %1 z %2…</translation>
        </message>
        <message>
            <source>File: %1 — %2, encoding %3.</source>
            <translation>Plik: %1 — %2, kodowanie %3.</translation>
        </message>
        <message>
            <source>add</source>
            <translation>dodanie</translation>
        </message>
        <message>
            <source>update</source>
            <translation>aktualizacja</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>pominięta</translation>
        </message>
        <message>
            <source>added</source>
            <translation>dodana</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>zaktualizowana</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>wiersz %1</translation>
        </message>
    </context>
    <context>
        <name>SchoolDialog</name>
        <message>
            <source>Edit school</source>
            <translation>Edycja szkoły</translation>
        </message>
        <message>
            <source>Add school</source>
            <translation>Nowa szkoła</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <source>RSPO number:</source>
            <translation>Numer RSPO:</translation>
        </message>
        <message>
            <source>e.g. 21458 — from the registry of schools (rspo.gov.pl)</source>
            <translation>np. 21458 — z rejestru szkół (rspo.gov.pl)</translation>
        </message>
        <message>
            <source>REGON:</source>
            <translation>REGON:</translation>
        </message>
        <message>
            <source>9 or 14 digits</source>
            <translation>9 albo 14 cyfr</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Ulica:</translation>
        </message>
        <message>
            <source>leave empty in a village without streets</source>
            <translation>zostaw puste w miejscowości bez ulic</translation>
        </message>
        <message>
            <source>Building number:</source>
            <translation>Numer budynku:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Kod pocztowy:</translation>
        </message>
        <message>
            <source>Town or village:</source>
            <translation>Miejscowość:</translation>
        </message>
        <message>
            <source>Director:</source>
            <translation>Dyrektor:</translation>
        </message>
        <message>
            <source>Number of pupils:</source>
            <translation>Liczba uczniów:</translation>
        </message>
        <message>
            <source>e.g. 245</source>
            <translation>np. 245</translation>
        </message>
        <message>
            <source>Teachers (full-time posts):</source>
            <translation>Nauczyciele (etaty):</translation>
        </message>
        <message>
            <source>e.g. 18,5 — posts, not people</source>
            <translation>np. 18,5 — etaty, nie osoby</translation>
        </message>
        <message>
            <source>&amp;Public school or kindergarten</source>
            <translation>Szkoła lub przedszkole &amp;publiczne</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Uwagi:</translation>
        </message>
        <message>
            <source>Not saved — this school was changed elsewhere; the current data is shown.</source>
            <translation>Nie zapisano — dane tej szkoły zostały w międzyczasie zmienione gdzie indziej; widać aktualne dane.</translation>
        </message>
    </context>
    <context>
        <name>SchoolSupportSection</name>
        <message>
            <source>School support</source>
            <translation>Wspomaganie szkół</translation>
        </message>
        <message>
            <source>not declared</source>
            <translation>nie zadeklarowano</translation>
        </message>
        <message>
            <source>Save the &amp;number</source>
            <translation>Zapisz &amp;liczbę</translation>
        </message>
        <message>
            <source>&amp;Start support…</source>
            <translation>&amp;Rozpocznij wspomaganie…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>&amp;Course and diagnosis…</source>
            <translation>&amp;Przebieg i diagnoza…</translation>
        </message>
        <message>
            <source>E&amp;valuation and report…</source>
            <translation>E&amp;waluacja i raport…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Szkoła</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Realizator</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <source>Months left</source>
            <translation>Pozostało miesięcy</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Plan (RPW)</source>
            <translation>Plan (RPW)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Krok</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Edit s&amp;tep…</source>
            <translation>Edytuj &amp;krok…</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odpowiada</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Wskaźnik</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wykonane</translation>
        </message>
        <message>
            <source>Descri&amp;ption…</source>
            <translation>&amp;Opis planu…</translation>
        </message>
        <message>
            <source>&amp;Add activity…</source>
            <translation>&amp;Dodaj działanie…</translation>
        </message>
        <message>
            <source>Edit activit&amp;y…</source>
            <translation>Edytuj działa&amp;nie…</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Usuń działanie</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Oznacz jako &amp;wykonane</translation>
        </message>
        <message>
            <source>Director's appr&amp;oval…</source>
            <translation>&amp;Zatwierdzenie przez dyrektora…</translation>
        </message>
        <message>
            <source>School process support</source>
            <translation>Procesowe wspomaganie szkół</translation>
        </message>
        <message>
            <source>Every school of the register with its support. A support lasts at least 7 months; the best start is June–September. Select a support to see its steps and its annual support plan (RPW).</source>
            <translation>Każda szkoła z rejestru z jej wspomaganiem. Wspomaganie trwa co najmniej 7 miesięcy; najlepiej rozpocząć je między czerwcem a wrześniem. Wybierz wspomaganie, aby zobaczyć jego kroki i roczny plan wspomagania (RPW).</translation>
        </message>
        <message>
            <source>Schools declared for support in this process:</source>
            <translation>Szkoły zadeklarowane do wspomagania w tym procesie:</translation>
        </message>
        <message>
            <source>Annual support plan (RPW)</source>
            <translation>Roczny plan wspomagania (RPW)</translation>
        </message>
        <message>
            <source>The four steps</source>
            <translation>Cztery kroki</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Dokument:</translation>
        </message>
        <message>
            <source>Start an advisory process to declare the number of schools.</source>
            <translation>Rozpocznij proces doradczy, aby zadeklarować liczbę szkół.</translation>
        </message>
        <message>
            <source>approved %1</source>
            <translation>zatwierdzony %1</translation>
        </message>
        <message>
            <source>not approved</source>
            <translation>niezatwierdzony</translation>
        </message>
        <message>
            <source>Select a support in the table above.</source>
            <translation>Wybierz wspomaganie w tabeli powyżej.</translation>
        </message>
        <message>
            <source>(no goals entered)</source>
            <translation>(nie wpisano celów)</translation>
        </message>
        <message>
            <source>Approved by %1 on %2.</source>
            <translation>Zatwierdził(a) %1 dnia %2.</translation>
        </message>
        <message>
            <source>Not approved by the director yet — activities cannot be marked done.</source>
            <translation>Dyrektor jeszcze nie zatwierdził planu — działań nie można oznaczać jako wykonane.</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>cele</translation>
        </message>
        <message>
            <source>Delete the support of %1 (%2)?</source>
            <translation>Usunąć wspomaganie szkoły %1 (%2)?</translation>
        </message>
        <message>
            <source>Delete support</source>
            <translation>Usuń wspomaganie</translation>
        </message>
        <message>
            <source>Delete „%1” from the plan?</source>
            <translation>Usunąć „%1” z planu?</translation>
        </message>
    </context>
    <context>
        <name>SchoolsSection</name>
        <message>
            <source>Schools</source>
            <translation>Szkoły</translation>
        </message>
        <message>
            <source>Search by name, town, RSPO number or director…</source>
            <translation>Szukaj po nazwie, miejscowości, numerze RSPO lub dyrektorze…</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Wszystkie typy</translation>
        </message>
        <message>
            <source>&amp;Add school…</source>
            <translation>&amp;Dodaj szkołę…</translation>
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
            <source>&amp;Import from RSPO…</source>
            <translation>&amp;Importuj z RSPO…</translation>
        </message>
        <message>
            <source>E&amp;xport to XLSX…</source>
            <translation>Eksport do &amp;XLSX…</translation>
        </message>
        <message>
            <source>Schools and kindergartens</source>
            <translation>Szkoły i przedszkola</translation>
        </message>
        <message>
            <source>The schools and kindergartens this local government runs. Load them from the registry of schools (RSPO) or add them by hand; the numbers of pupils and teachers' posts feed the documents and the support plans.</source>
            <translation>Szkoły i przedszkola prowadzone przez ten samorząd. Wczytaj je z rejestru szkół i placówek (RSPO) albo dopisz ręcznie; liczby uczniów i etatów nauczycieli trafiają do dokumentów i planów wspomagania.</translation>
        </message>
        <message>
            <source>With the schools' &amp;notes (annex)</source>
            <translation>Z &amp;uwagami o szkołach (załącznik)</translation>
        </message>
        <message>
            <source>&amp;Print list…</source>
            <translation>Drukuj &amp;wykaz…</translation>
        </message>
        <message>
            <source>No schools yet. Click &lt;b&gt;Import from RSPO…&lt;/b&gt; to load them from the registry, or &lt;b&gt;Add school…&lt;/b&gt; to type one in.</source>
            <translation>Nie ma jeszcze żadnej szkoły. Kliknij &lt;b&gt;Importuj z RSPO…&lt;/b&gt;, aby wczytać je z rejestru, albo &lt;b&gt;Dodaj szkołę…&lt;/b&gt;, aby wpisać ją ręcznie.</translation>
        </message>
        <message>
            <source>No school matches the search.</source>
            <translation>Żadna szkoła nie pasuje do wyszukiwania.</translation>
        </message>
        <message>
            <source>Shown %1 of %2.</source>
            <translation>Pokazano %1 z %2.</translation>
        </message>
        <message>
            <source>The school cannot be deleted</source>
            <translation>Nie można usunąć szkoły</translation>
        </message>
        <message>
            <source>Delete “%1” from the list of schools?</source>
            <translation>Usunąć „%1” z wykazu szkół?</translation>
        </message>
        <message>
            <source>Delete school</source>
            <translation>Usuwanie szkoły</translation>
        </message>
        <message>
            <source>Deleted: %1.</source>
            <translation>Usunięto: %1.</translation>
        </message>
        <message>
            <source>Export the list of schools</source>
            <translation>Eksport wykazu szkół</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Skoroszyty Excela (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to XLSX</source>
            <translation>Eksport do XLSX</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Zapisano: %1</translation>
        </message>
    </context>
    <context>
        <name>SchoolsTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>RSPO no.</source>
            <translation>Nr RSPO</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Dyrektor</translation>
        </message>
        <message>
            <source>Pupils</source>
            <translation>Uczniowie</translation>
        </message>
        <message>
            <source>Teachers (posts)</source>
            <translation>Etaty nauczycieli</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Publiczna</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Dashboard</source>
            <translation>Pulpit</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Education team</source>
            <translation>Zespół oświatowy</translation>
        </message>
        <message>
            <source>Advisory team</source>
            <translation>Team doradczy</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Interesariusze</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Szkoły</translation>
        </message>
        <message>
            <source>Advisory process</source>
            <translation>Proces doradczy</translation>
        </message>
        <message>
            <source>Data collection</source>
            <translation>Zbieranie danych</translation>
        </message>
        <message>
            <source>Deep diagnosis</source>
            <translation>Diagnoza pogłębiona</translation>
        </message>
        <message>
            <source>Development schedule (HDR)</source>
            <translation>Harmonogram działań rozwojowych (HDR)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Spotkania</translation>
        </message>
        <message>
            <source>Remote advice</source>
            <translation>Doradztwo zdalne</translation>
        </message>
        <message>
            <source>School support</source>
            <translation>Wspomaganie szkół</translation>
        </message>
        <message>
            <source>Co-operation networks</source>
            <translation>Sieci współpracy</translation>
        </message>
        <message>
            <source>Development fund</source>
            <translation>Fundusz doskonalenia</translation>
        </message>
        <message>
            <source>Annual report on education</source>
            <translation>Informacja oświatowa</translation>
        </message>
        <message>
            <source>Carrying out the HDR</source>
            <translation>Realizacja HDR</translation>
        </message>
    </context>
    <context>
        <name>ServerConnection</name>
        <message>
            <source>Database on a server</source>
            <translation>Baza danych na serwerze</translation>
        </message>
        <message>
            <source>This is not an address of a PostgreSQL database. Type it like %1.</source>
            <translation>To nie jest adres bazy danych PostgreSQL. Wpisz go tak: %1.</translation>
        </message>
        <message>
            <source>Address of the shared PostgreSQL database (empty: the data file on this computer), for example %1.
The password is not saved here: it is asked for at start (and kept in the system keyring if you choose so), or read from the PostgreSQL password file (PGPASSFILE or ~/.pgpass).</source>
            <translation>Adres wspólnej bazy danych PostgreSQL (puste: plik danych na tym komputerze), na przykład %1.
Hasło nie jest tu zapisywane: program zapyta o nie przy uruchomieniu (i na życzenie zapamięta je w systemowym magazynie haseł) albo odczyta je z pliku haseł PostgreSQL (PGPASSFILE lub ~/.pgpass).</translation>
        </message>
        <message>
            <source>The address contains a password. The program never saves a password in its settings: remove it from the address (it will be asked for at start, and may be kept in the system keyring).</source>
            <translation>Adres zawiera hasło. Program nigdy nie zapisuje haseł w swoich ustawieniach: usuń je z adresu (program zapyta o nie przy uruchomieniu i może je zapamiętać w systemowym magazynie haseł).</translation>
        </message>
        <message>
            <source>Saved. The program opens this database at its next start.</source>
            <translation>Zapisano. Program otworzy tę bazę danych przy następnym uruchomieniu.</translation>
        </message>
        <message>
            <source>Saved. The program opens the data file on this computer at its next start.</source>
            <translation>Zapisano. Program otworzy plik danych na tym komputerze przy następnym uruchomieniu.</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Move the activity's dates</source>
            <translation>Przesunięcie terminów działania</translation>
        </message>
        <message>
            <source>“%1” runs %2 – %3. By how many days should it move? A negative number moves it earlier.</source>
            <translation>„%1” trwa %2 – %3. O ile dni je przesunąć? Liczba ujemna przesuwa na wcześniej.</translation>
        </message>
        <message>
            <source>&amp;Days</source>
            <translation>&amp;Dni</translation>
        </message>
        <message numerus="yes">
            <source>Move the activities that depend on it too (%n)</source>
            <translation>
                <numerusform>Przesuń także działanie od niego zależne (%n)</numerusform>
                <numerusform>Przesuń także działania od niego zależne (%n)</numerusform>
                <numerusform>Przesuń także działania od niego zależne (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>New dates</source>
            <translation>Nowe terminy</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Przesuń</translation>
        </message>
        <message numerus="yes">
            <source>%1 – %2 (%n day(s))</source>
            <translation>
                <numerusform>%1 – %2 (%n dzień)</numerusform>
                <numerusform>%1 – %2 (%n dni)</numerusform>
                <numerusform>%1 – %2 (%n dni)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stage2</name>
        <message>
            <source>This local government has no advisory process yet. Start one in the section “Advisory process”.</source>
            <translation>Ten samorząd nie ma jeszcze procesu doradczego. Rozpocznij go w sekcji „Proces doradczy”.</translation>
        </message>
        <message>
            <source>The process “%1” has no area chosen yet. Choose it with the wizard “Choosing the area” in the section “Advisory process”.</source>
            <translation>Proces „%1” nie ma jeszcze wybranego obszaru wsparcia. Wybierz go kreatorem „Wybór obszaru” w sekcji „Proces doradczy”.</translation>
        </message>
        <message>
            <source>Process: &lt;b&gt;%1&lt;/b&gt; · area: &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>Proces: &lt;b&gt;%1&lt;/b&gt; · obszar: &lt;b&gt;%2&lt;/b&gt;</translation>
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
        <name>StaleEdit</name>
        <message>
            <source>(empty)</source>
            <translation>(puste)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>What you had typed (not saved):</source>
            <translation>Twoje niezapisane zmiany (wpisz je ponownie):</translation>
        </message>
        <message>
            <source>Changed in the meantime</source>
            <translation>Zmienione w międzyczasie</translation>
        </message>
    </context>
    <context>
        <name>StaleNotice</name>
        <message>
            <source>Not saved — this was changed elsewhere; close the dialog and open it again to see the current data.</source>
            <translation>Nie zapisano — dane zmieniono w międzyczasie gdzie indziej; zamknij okno i otwórz je ponownie, aby zobaczyć aktualne dane.</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Step %1 of the support</source>
            <translation>Krok %1 wspomagania</translation>
        </message>
        <message>
            <source>S&amp;tart:</source>
            <translation>&amp;Początek:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Koniec:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Stan:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Uwagi:</translation>
        </message>
    </context>
    <context>
        <name>SupportDialog</name>
        <message>
            <source>Edit support</source>
            <translation>Edytuj wspomaganie</translation>
        </message>
        <message>
            <source>Start support for a school</source>
            <translation>Rozpocznij wspomaganie szkoły</translation>
        </message>
        <message>
            <source>&amp;School:</source>
            <translation>&amp;Szkoła:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Realizator:</translation>
        </message>
        <message>
            <source>Provider's &amp;name:</source>
            <translation>&amp;Nazwa realizatora:</translation>
        </message>
        <message>
            <source>e.g. Poradnia Psychologiczno-Pedagogiczna w Węgrowie</source>
            <translation>np. Poradnia Psychologiczno-Pedagogiczna w Węgrowie</translation>
        </message>
        <message>
            <source>&amp;Area:</source>
            <translation>&amp;Obszar:</translation>
        </message>
        <message>
            <source>S&amp;tart:</source>
            <translation>&amp;Początek:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Koniec:</translation>
        </message>
        <message>
            <source>St&amp;age:</source>
            <translation>&amp;Etap:</translation>
        </message>
        <message>
            <source>&amp;Cost:</source>
            <translation>&amp;Koszt:</translation>
        </message>
        <message>
            <source>At least 7 months: the earliest end is %1.</source>
            <translation>Co najmniej 7 miesięcy: najwcześniejsze zakończenie to %1.</translation>
        </message>
    </context>
    <context>
        <name>TargetStatesEditor</name>
        <message>
            <source>No.</source>
            <translation>Lp.</translation>
        </message>
        <message>
            <source>How is it now?</source>
            <translation>Jak jest?</translation>
        </message>
        <message>
            <source>How do we want it to be?</source>
            <translation>Jak chcemy, żeby było?</translation>
        </message>
        <message>
            <source>&amp;Delete the target state…</source>
            <translation>&amp;Usuń stan docelowy…</translation>
        </message>
        <message>
            <source>— not written yet —</source>
            <translation>— jeszcze nie wpisano —</translation>
        </message>
        <message>
            <source>Pick the statement this target state answers.</source>
            <translation>Wybierz stwierdzenie, na które odpowiada ten stan docelowy.</translation>
        </message>
        <message>
            <source>Write the statements “How is it now?” first.</source>
            <translation>Najpierw wpisz stwierdzenia „Jak jest?”.</translation>
        </message>
        <message>
            <source>Target state for statement %1</source>
            <translation>Stan docelowy dla stwierdzenia %1</translation>
        </message>
    </context>
    <context>
        <name>TargetStatesPage</name>
        <message>
            <source>How do we want it to be?</source>
            <translation>Jak chcemy, żeby było?</translation>
        </message>
        <message>
            <source>For each statement of the current state, the state the local government wants to reach. Pick a row and write its target state.</source>
            <translation>Dla każdego stwierdzenia o stanie obecnym — stan, do którego samorząd chce dojść. Wybierz wiersz i wpisz jego stan docelowy.</translation>
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
    <context>
        <name>WorkshopMode</name>
        <message>
            <source>&amp;Workshop mode (projector)</source>
            <translation>&amp;Tryb warsztatowy (projektor)</translation>
        </message>
    </context>
    <context>
        <name>_TimeScale</name>
        <message>
            <source>today</source>
            <translation>dziś</translation>
        </message>
    </context>
    <context>
        <name>confirm_delete</name>
        <message>
            <source>Together with it:</source>
            <translation>Razem z nim:</translation>
        </message>
    </context>
</TS>
