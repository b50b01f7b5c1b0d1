<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Agreed to version {v} on {when}, recorded at the desk by {name}.</source>
        <translation>Zgoda na wersję {v} z dnia {when}, zapisana w recepcji przez: {name}.</translation>
    </message>
    <message>
        <source>Agreed to version {v} on {when}.</source>
        <translation>Zgoda na wersję {v} z dnia {when}.</translation>
    </message>
    <message>
        <source>Has not agreed to the privacy notice (version {version}).</source>
        <translation>Brak zgody na informację o prywatności (wersja {version}).</translation>
    </message>
    <message>
        <source>The notice has changed since (now version {version}).</source>
        <translation>Od tego czasu informacja się zmieniła (obecnie wersja {version}).</translation>
    </message>
    <message>
        <source>This Family Hub keeps a record of visits so that it can plan its groups and services.</source>
        <translation>Ten Family Hub prowadzi rejestr wizyt, aby planować swoje zajęcia i usługi.</translation>
    </message>
    <message>
        <source>If you register, we keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, your full postcode and, if you give them, a phone number or email and an expected baby&apos;s due date. Only staff at this Family Hub can see them. They are kept for the hub&apos;s retention period after your last visit and then deleted.</source>
        <translation>Jeśli się zarejestrujesz, zapisujemy Wasze imiona, kto jest kim (mama, tata ...), daty urodzenia dzieci i to, czy mają SEND, pełny kod pocztowy oraz, jeśli je podacie, numer telefonu lub e-mail i przewidywaną datę porodu. Widzi je tylko personel tego Family Hub. Przechowujemy je od ostatniej wizyty przez okres przechowywania danych ustalony w tym hubie, a potem usuwamy.</translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>W każdej chwili możesz poprosić w recepcji o wgląd w swoje dane, ich poprawienie lub usunięcie.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n months, so everything before {cutoff} was due.</source>
        <translation>
            <numerusform>Okres przechowywania: %n miesiąc, więc do usunięcia było wszystko sprzed {cutoff}.</numerusform>
            <numerusform>Okres przechowywania: %n miesiące, więc do usunięcia było wszystko sprzed {cutoff}.</numerusform>
            <numerusform>Okres przechowywania: %n miesięcy, więc do usunięcia było wszystko sprzed {cutoff}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Families erased: {families} (%n people).</source>
        <translation>
            <numerusform>Usunięte rodziny: {families} (%n osoba).</numerusform>
            <numerusform>Usunięte rodziny: {families} (%n osoby).</numerusform>
            <numerusform>Usunięte rodziny: {families} (%n osób).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits&apos; names cleared: {visits}. Notes of contacts with no family cleared: {contacts}. Former staff names removed: {staff}. Old backups deleted: {backups}. Synced outbox events deleted: {sent}.</source>
        <translation>Wizyty z usuniętymi imionami: {visits}. Kontakty bez rodziny z usuniętymi notatkami: {contacts}. Usunięte nazwiska byłego personelu: {staff}. Usunięte stare kopie zapasowe: {backups}. Usunięte zsynchronizowane zdarzenia ze skrzynki nadawczej: {sent}.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>A little about you</source>
        <translation>Kilka słów o Tobie</translation>
    </message>
    <message>
        <source>Your postcode</source>
        <translation>Twój kod pocztowy</translation>
    </message>
    <message>
        <source>e.g. NE1 4XF</source>
        <translation>np. NE1 4XF</translation>
    </message>
    <message>
        <source>Your postcode (optional)</source>
        <translation>Twój kod pocztowy (opcjonalnie)</translation>
    </message>
    <message>
        <source>To plan services near you. Unless you register, we keep only the area it is in (like {district}, the ward and the neighbourhood), not the postcode itself.</source>
        <translation>Pomaga nam planować usługi blisko Ciebie. Jeśli się nie zarejestrujesz, zapiszemy tylko obszar (np. {district}, okręg wyborczy i okolicę), a nie sam kod pocztowy.</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub? (optional)</source>
        <translation>Czy jesteś w Family Hub po raz pierwszy? (opcjonalnie)</translation>
    </message>
    <message>
        <source>Yes, first time</source>
        <translation>Tak, pierwszy raz</translation>
    </message>
    <message>
        <source>No, I have been before</source>
        <translation>Nie, już tu byliśmy</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Konta personelu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Dodaj osobę do personelu</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (od 4 do 12 cyfr)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Dezaktywuj</translation>
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
        <source>Staff member added.</source>
        <translation>Dodano osobę do personelu.</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Dezaktywowano.</translation>
    </message>
</context>
<context>
    <name>AdminWizardPage</name>
    <message>
        <source>First administrator</source>
        <translation>Pierwsze konto administratora</translation>
    </message>
    <message>
        <source>The first staff member is this hub&apos;s administrator: they add the other staff. Staff sign in to hubdesk with a PIN of 4 to 12 digits.</source>
        <translation>Pierwsza osoba z personelu pełni rolę administratora tego hubu i dodaje pozostałe osoby. Personel loguje się do hubdesk PIN-em składającym się z 4–12 cyfr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Powtórz PIN</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Podane PIN-y nie są takie same.</translation>
    </message>
</context>
<context>
    <name>AlertBar</name>
    <message>
        <source>Seen</source>
        <translation>Odczytano</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word: they will be in {room} ({when}).</source>
        <translation>Ktoś prosi o rozmowę na osobności (miejsce: {where}) i będzie czekać w: {room} ({when}).</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word ({when}).</source>
        <translation>Ktoś prosi o rozmowę na osobności (miejsce: {where}, {when}).</translation>
    </message>
    <message numerus="yes">
        <source>(%n requests)</source>
        <translation>
            <numerusform>(%n prośba)</numerusform>
            <numerusform>(%n prośby)</numerusform>
            <numerusform>(%n próśb)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasCard</name>
    <message>
        <source>Areas for reports</source>
        <translation>Obszary do raportów</translation>
    </message>
    <message>
        <source>Load postcode lookup…</source>
        <translation>Wczytaj tabelę kodów pocztowych…</translation>
    </message>
    <message>
        <source>Reach area: the postcode districts the council&apos;s map gives this hub, separated by spaces or commas (for example NE61, NE62).</source>
        <translation>Obszar zasięgu: okręgi kodów pocztowych, które mapa rady przypisuje temu hubowi, oddzielone spacjami lub przecinkami (na przykład NE61, NE62).</translation>
    </message>
    <message>
        <source>Reach area postcode districts</source>
        <translation>Okręgi kodów pocztowych obszaru zasięgu</translation>
    </message>
    <message>
        <source>Save reach area</source>
        <translation>Zapisz obszar zasięgu</translation>
    </message>
    <message>
        <source>Reach area</source>
        <translation>Obszar zasięgu</translation>
    </message>
    <message>
        <source>Lookup file</source>
        <translation>Plik tabeli kodów</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation decile.</source>
        <translation>
            <numerusform>Kody pocztowe w tabeli: %n. Wizyty są liczone według okręgu wyborczego, LSOA i decyla ubóstwa.</numerusform>
            <numerusform>Kody pocztowe w tabeli: %n. Wizyty są liczone według okręgu wyborczego, LSOA i decyla ubóstwa.</numerusform>
            <numerusform>Kody pocztowe w tabeli: %n. Wizyty są liczone według okręgu wyborczego, LSOA i decyla ubóstwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No postcode lookup is loaded: reports cannot count visits by ward, LSOA or deprivation decile. Load the council&apos;s lookup (a CSV from the ONS Postcode Directory).</source>
        <translation>Nie wczytano tabeli kodów pocztowych: raporty nie mogą liczyć wizyt według okręgu wyborczego, LSOA ani decyla ubóstwa. Wczytaj tabelę rady (plik CSV z ONS Postcode Directory).</translation>
    </message>
    <message>
        <source>Choose the postcode lookup</source>
        <translation>Wybierz tabelę kodów pocztowych</translation>
    </message>
    <message>
        <source>Loading the postcode lookup…</source>
        <translation>Wczytywanie tabeli kodów pocztowych…</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes loaded: %n.</source>
        <translation>
            <numerusform>Wczytane kody pocztowe: %n.</numerusform>
            <numerusform>Wczytane kody pocztowe: %n.</numerusform>
            <numerusform>Wczytane kody pocztowe: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines skipped (not a postcode or an area code): %n (line {lines}).</source>
        <translation>
            <numerusform>Pominięte wiersze (to nie kod pocztowy ani kod obszaru): %n (wiersz {lines}).</numerusform>
            <numerusform>Pominięte wiersze (to nie kod pocztowy ani kod obszaru): %n (wiersze {lines}).</numerusform>
            <numerusform>Pominięte wiersze (to nie kod pocztowy ani kod obszaru): %n (wiersze {lines}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode lookup is loaded.</source>
        <translation>Tabela kodów pocztowych została wczytana.</translation>
    </message>
    <message>
        <source>Reach area saved: {districts}.</source>
        <translation>Zapisano obszar zasięgu: {districts}.</translation>
    </message>
    <message>
        <source>Reach area cleared.</source>
        <translation>Wyczyszczono obszar zasięgu.</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Would you like a member of staff to come to you?</source>
        <translation>Czy chcesz, żeby podszedł do Ciebie ktoś z personelu?</translation>
    </message>
    <message>
        <source>We will let a member of staff know, quietly.</source>
        <translation>Dyskretnie powiadomimy kogoś z personelu.</translation>
    </message>
    <message>
        <source>Where will you be? Tap one if you like, or leave it.</source>
        <translation>Gdzie będziesz? Możesz coś wybrać albo to pominąć.</translation>
    </message>
    <message>
        <source>Yes, please</source>
        <translation>Tak, poproszę</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nie, wróć</translation>
    </message>
</context>
<context>
    <name>BabyPanel</name>
    <message>
        <source>Start for Life support begins before birth. An expected baby is not counted as a child in any figure until you record the birth.</source>
        <translation>Wsparcie Start for Life zaczyna się przed narodzinami. Oczekiwane dziecko nie jest liczone jako dziecko w żadnych statystykach, dopóki nie zostaną zapisane narodziny.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin porodu</translation>
    </message>
    <message>
        <source>Save due date</source>
        <translation>Zapisz termin porodu</translation>
    </message>
    <message>
        <source>No longer expected</source>
        <translation>Nie jest już oczekiwane</translation>
    </message>
    <message>
        <source>The baby is born</source>
        <translation>Dziecko się urodziło</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Record the birth</source>
        <translation>Zapisz narodziny</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>Wróć do rodziny</translation>
    </message>
    <message>
        <source>Expected baby: {family}</source>
        <translation>Oczekiwane dziecko: {family}</translation>
    </message>
    <message>
        <source>Baby due {day}.</source>
        <translation>Termin porodu: {day}.</translation>
    </message>
    <message>
        <source>No baby expected now.</source>
        <translation>Obecnie nie oczekuje się dziecka.</translation>
    </message>
    <message>
        <source>{name} added to the family.</source>
        <translation>Dodano do rodziny: {name}.</translation>
    </message>
</context>
<context>
    <name>BirthDatePage</name>
    <message>
        <source>Date of birth, day/month/year</source>
        <translation>Data urodzenia, dzień/miesiąc/rok</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/rrrr</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>Ma specjalne potrzeby edukacyjne lub niepełnosprawność (SEND)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message numerus="yes">
        <source>With this date the child is %n year(s) old, but was counted in the group “{band}”. Please check the date. If it is right, tap Next again.</source>
        <translation>
            <numerusform>Według tej daty dziecko ma %n rok, ale zostało policzone w grupie „{band}”. Sprawdź datę. Jeśli jest dobra, dotknij Dalej jeszcze raz.</numerusform>
            <numerusform>Według tej daty dziecko ma %n lata, ale zostało policzone w grupie „{band}”. Sprawdź datę. Jeśli jest dobra, dotknij Dalej jeszcze raz.</numerusform>
            <numerusform>Według tej daty dziecko ma %n lat, ale zostało policzone w grupie „{band}”. Sprawdź datę. Jeśli jest dobra, dotknij Dalej jeszcze raz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>Monthly board pack</source>
        <translation>Miesięczny pakiet dla komisji</translation>
    </message>
    <message>
        <source>The scrutiny boards&apos; questions, answered</source>
        <translation>Odpowiedzi na pytania komisji nadzorczych</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Ten okres</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Kto pyta</translation>
    </message>
    <message>
        <source>Asked, but not measured by hubdesk</source>
        <translation>Zadane, ale niemierzone przez hubdesk</translation>
    </message>
    <message>
        <source>The figures behind the answers</source>
        <translation>Liczby, na których opierają się odpowiedzi</translation>
    </message>
    <message>
        <source>Exact figures, for use inside the hub.</source>
        <translation>Dokładne liczby, do użytku wewnątrz hubu.</translation>
    </message>
    <message>
        <source>For sharing: every figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so figures may not add up exactly.</source>
        <translation>Do udostępniania: każda liczba jest zaokrąglona do wielokrotności 5, a liczba zaokrąglona do 0 jest pokazana jako „&lt;5”, więc sumy mogą się nie zgadzać dokładnie.</translation>
    </message>
    <message>
        <source>Made {when}. Days are UK local days. Definitions: docs/measures.md.</source>
        <translation>Utworzono: {when}. Dni według czasu lokalnego w Wielkiej Brytanii. Definicje: docs/measures.md.</translation>
    </message>
    <message>
        <source>{visits} visits; {people} people ({adults} adults, {children} children).</source>
        <translation>Wizyty: {visits}; osoby: {people} (dorośli: {adults}, dzieci: {children}).</translation>
    </message>
    <message>
        <source>{families} families reached: {new} new, {returning} returning; {children} children reached.</source>
        <translation>Rodziny, do których dotarto: {families} (nowe: {new}, powracające: {returning}); dzieci, do których dotarto: {children}.</translation>
    </message>
    <message>
        <source>{n} families came more than once (re-attendance {rate}).</source>
        <translation>Rodziny, które przyszły więcej niż raz: {n} (wskaźnik powrotów: {rate}).</translation>
    </message>
    <message>
        <source>Attendances by age: {bands}.</source>
        <translation>Obecności według wieku: {bands}.</translation>
    </message>
    <message>
        <source>{n} attendances by 17-19 year olds; {m} by 12-16 year olds.</source>
        <translation>Obecności osób w wieku 17-19 lat: {n}; w wieku 12-16 lat: {m}.</translation>
    </message>
    <message>
        <source>{n} attendances by 20-25 year olds with SEND; {m} by children with SEND in all.</source>
        <translation>Obecności osób w wieku 20-25 lat z SEND: {n}; łącznie obecności dzieci z SEND: {m}.</translation>
    </message>
    <message>
        <source>{n} fathers and male carers came; {m} families reached came with a father or male carer.</source>
        <translation>Ojcowie i opiekunowie płci męskiej, którzy przyszli: {n}; rodziny, do których dotarto, a które przyszły z ojcem lub opiekunem: {m}.</translation>
    </message>
    <message>
        <source>{n} visits from outside the reach area ({share} of visits with a district).</source>
        <translation>Wizyty spoza obszaru zasięgu: {n} ({share} wizyt z podanym okręgiem).</translation>
    </message>
    <message>
        <source>{n} visits from the most deprived 20% of areas (deciles 1 and 2).</source>
        <translation>Wizyty z 20% najuboższych obszarów (decyle 1 i 2): {n}.</translation>
    </message>
    <message>
        <source>Visits by site: {sites}.</source>
        <translation>Wizyty według placówki: {sites}.</translation>
    </message>
    <message>
        <source>{n} Here to Help contacts; most asked about: {needs}; {ehr} early help requests raised.</source>
        <translation>Kontakty Here to Help: {n}; najczęstsze tematy: {needs}; złożone wnioski o wczesną pomoc: {ehr}.</translation>
    </message>
    <message>
        <source>{due} follow-ups due: {on_time} done on time, {late} late, {overdue} overdue.</source>
        <translation>Dalsze działania z terminem: {due}; wykonane na czas: {on_time}, z opóźnieniem: {late}, zaległe: {overdue}.</translation>
    </message>
    <message>
        <source>{n} programmes, {sessions} sessions held; the busiest: {top}.</source>
        <translation>Programy: {n}, odbyte zajęcia: {sessions}; najpopularniejsze: {top}.</translation>
    </message>
    <message>
        <source>No timetabled sessions in this period.</source>
        <translation>Brak zaplanowanych zajęć w tym okresie.</translation>
    </message>
    <message>
        <source>{n} answers to &quot;how was today?&quot;: {happy} good or very good ({share}) of {rated} with a face.</source>
        <translation>Odpowiedzi na pytanie „Jak było dzisiaj?”: {n}; dobrze lub bardzo dobrze: {happy} ({share}) z {rated} z wybraną minką.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; (version {version}): yes {yes} of {answered}.</source>
        <translation>„{question}” (wersja {version}): tak – {yes} z {answered}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Coventry scrutiny board</source>
        <translation>Komisja nadzorcza Coventry</translation>
    </message>
    <message>
        <source>Northumberland</source>
        <translation>Northumberland</translation>
    </message>
    <message>
        <source>Staffordshire scrutiny committee</source>
        <translation>Komitet nadzorczy Staffordshire</translation>
    </message>
    <message>
        <source>Bradford</source>
        <translation>Bradford</translation>
    </message>
    <message>
        <source>How many people come to the hub (footfall)?</source>
        <translation>Ile osób przychodzi do hubu (liczba odwiedzin)?</translation>
    </message>
    <message>
        <source>How many children, young people and families does the hub reach, and how many are new?</source>
        <translation>Do ilu dzieci, młodych osób i rodzin dociera hub i ile z nich jest nowych?</translation>
    </message>
    <message>
        <source>Do families come back? (re-attendance; hubdesk does not record re-referrals)</source>
        <translation>Czy rodziny wracają? (ponowne wizyty; hubdesk nie rejestruje ponownych skierowań)</translation>
    </message>
    <message>
        <source>What ages are the children? Is the 0-2 and 0-5 work (Start for Life) kept up?</source>
        <translation>W jakim wieku są dzieci? Czy praca z grupami 0-2 i 0-5 lat (Start for Life) jest utrzymana?</translation>
    </message>
    <message>
        <source>Are young people over 16 supported?</source>
        <translation>Czy młode osoby powyżej 16 lat otrzymują wsparcie?</translation>
    </message>
    <message>
        <source>Are young people aged 19-25 with SEND reached?</source>
        <translation>Czy hub dociera do młodych osób w wieku 19-25 lat z SEND?</translation>
    </message>
    <message>
        <source>Are fathers engaged?</source>
        <translation>Czy ojcowie są zaangażowani?</translation>
    </message>
    <message>
        <source>Do people use the hub the map allocates to them, or travel to another?</source>
        <translation>Czy ludzie korzystają z hubu przypisanego im na mapie, czy jeżdżą do innego?</translation>
    </message>
    <message>
        <source>Does the hub reach the most deprived areas?</source>
        <translation>Czy hub dociera do najuboższych obszarów?</translation>
    </message>
    <message>
        <source>How much happens at outreach points and spokes in the community?</source>
        <translation>Ile działań odbywa się w punktach terenowych i placówkach filialnych w społeczności?</translation>
    </message>
    <message>
        <source>What do people ask Here to Help for, and how many requests for early help?</source>
        <translation>O co ludzie proszą Here to Help i ile jest wniosków o wczesną pomoc?</translation>
    </message>
    <message>
        <source>Is the help given on time? (follow-ups, for the performance framework)</source>
        <translation>Czy pomoc jest udzielana na czas? (dalsze działania, na potrzeby ramowego systemu oceny wyników)</translation>
    </message>
    <message>
        <source>Which groups run, and who comes to them?</source>
        <translation>Jakie grupy działają i kto na nie przychodzi?</translation>
    </message>
    <message>
        <source>What do families say about the hub? (family voice and experience)</source>
        <translation>Co rodziny mówią o hubie? (głos i doświadczenia rodzin)</translation>
    </message>
    <message>
        <source>Are staff confident working with every age range?</source>
        <translation>Czy personel czuje się pewnie w pracy z każdą grupą wiekową?</translation>
    </message>
    <message>
        <source>Do families keep the same support worker? Are staff retained?</source>
        <translation>Czy rodziny mają stale tę samą osobę wspierającą? Czy personel zostaje w pracy?</translation>
    </message>
    <message>
        <source>What is the impact on social work caseloads, compared with before?</source>
        <translation>Jaki jest wpływ na liczbę spraw w pracy socjalnej w porównaniu z wcześniejszym okresem?</translation>
    </message>
    <message>
        <source>What difference did the help make to families (outcomes, case studies)?</source>
        <translation>Co pomoc zmieniła w życiu rodzin (rezultaty, studia przypadków)?</translation>
    </message>
    <message>
        <source>How is public sector estate shared with health and other services?</source>
        <translation>Jak nieruchomości sektora publicznego są współdzielone ze służbą zdrowia i innymi służbami?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>What&apos;s on here, on your phone</source>
        <translation>Co się u nas dzieje – w Twoim telefonie</translation>
    </message>
    <message>
        <source>Follow our timetable in your phone&apos;s calendar.</source>
        <translation>Śledź nasz plan zajęć w kalendarzu telefonu.</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Otwórz aparat w telefonie.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Skieruj go na kod.</translation>
    </message>
    <message>
        <source>3. Tap Subscribe or Add to calendar.</source>
        <translation>3. Stuknij Subskrybuj lub Dodaj do kalendarza.</translation>
    </message>
    <message>
        <source>Our sessions then show in your calendar, and so do changes and cancellations. Nothing about you is shared.</source>
        <translation>Nasze zajęcia pojawią się wtedy w kalendarzu, a także zmiany i odwołania. Nic o Tobie nie jest udostępniane.</translation>
    </message>
    <message>
        <source>QR code of our timetable</source>
        <translation>Kod QR naszego planu zajęć</translation>
    </message>
</context>
<context>
    <name>CallerPrivacyPanel</name>
    <message>
        <source>Subject access and erasure for this caller:</source>
        <translation>Wgląd w dane i usunięcie danych tej osoby dzwoniącej:</translation>
    </message>
    <message>
        <source>Export everything held about this caller</source>
        <translation>Eksportuj wszystko, co przechowujemy o tej osobie</translation>
    </message>
    <message>
        <source>Erase this caller</source>
        <translation>Usuń dane tej osoby</translation>
    </message>
    <message>
        <source>Their contacts are saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to them another way than the file (read it out, or write it down).</source>
        <translation>Jej kontakty zapisuje się jako plik PDF, który można otworzyć w dowolnym czytniku PDF, z hasłem utworzonym dla niego. Hasło jest pokazywane tylko raz: przekaż je inną drogą niż plik (przeczytaj je na głos albo zapisz).</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>Hasło do pliku PDF tej osoby (przekaż je osobno od pliku; nie jest nigdzie przechowywane):</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF</source>
        <translation>Hasło do pliku PDF tej osoby</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>Wybierz folder, w którym zapisać eksport.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n contact(s)). Give the caller the password below separately.</source>
        <translation>
            <numerusform>Zapisano {path} (%n kontakt). Przekaż tej osobie hasło poniżej osobno.</numerusform>
            <numerusform>Zapisano {path} (%n kontakty). Przekaż tej osobie hasło poniżej osobno.</numerusform>
            <numerusform>Zapisano {path} (%n kontaktów). Przekaż tej osobie hasło poniżej osobno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name and number, the notes and who they were referred to go from every contact with this number; the needs stay, for the counts. This cannot be undone.</source>
        <translation>Usunąć dane „{caller}”? Imię i numer, notatki oraz to, dokąd skierowano tę osobę, znikną ze wszystkich kontaktów z tym numerem; potrzeby zostaną, do statystyk. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name, any number given with it, the notes and who they were referred to go from every contact with this name; the needs stay, for the counts. This cannot be undone.</source>
        <translation>Usunąć dane „{caller}”? Imię, każdy podany z nim numer, notatki oraz to, dokąd skierowano tę osobę, znikną ze wszystkich kontaktów z tym imieniem; potrzeby zostaną, do statystyk. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Yes, erase this caller</source>
        <translation>Tak, usuń dane tej osoby</translation>
    </message>
    <message numerus="yes">
        <source>The caller&apos;s name and number are erased from %n contact(s).</source>
        <translation>
            <numerusform>Imię i numer tej osoby usunięto z %n kontaktu.</numerusform>
            <numerusform>Imię i numer tej osoby usunięto z %n kontaktów.</numerusform>
            <numerusform>Imię i numer tej osoby usunięto z %n kontaktów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Show your pass to the camera</source>
        <translation>Pokaż przepustkę kamerze</translation>
    </message>
    <message>
        <source>Sorry, there is no camera here. Please go back and type your code.</source>
        <translation>Przepraszamy, tu nie ma kamery. Wróć i wpisz swój kod.</translation>
    </message>
    <message>
        <source>Hold the QR code still, about a hand&apos;s width away.</source>
        <translation>Trzymaj kod QR nieruchomo, mniej więcej na szerokość dłoni.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Obraz z kamery</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Sprawdź swoje odpowiedzi</translation>
    </message>
    <message>
        <source>Tap Change to put anything right.</source>
        <translation>Stuknij „Zmień”, aby coś poprawić.</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>Zarejestruj i zapisz wejście</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Zmień imię</translation>
    </message>
    <message>
        <source>Change the name of {who}</source>
        <translation>Zmień imię: {who}</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Zmień datę</translation>
    </message>
    <message>
        <source>Change the date of birth of {who}</source>
        <translation>Zmień datę urodzenia: {who}</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}, ur. {date}</translation>
    </message>
    <message>
        <source>Please put right what is marked above, then register again.</source>
        <translation>Popraw to, co zaznaczono powyżej, i zarejestruj się ponownie.</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Read the notice with the family, or give them the printed copy.</source>
        <translation>Przeczytaj informację razem z rodziną albo daj jej wydrukowany egzemplarz.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informacja o prywatności</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>Wróć do rodziny</translation>
    </message>
    <message>
        <source>The family has read it and agrees</source>
        <translation>Rodzina zapoznała się z nią i wyraża zgodę</translation>
    </message>
    <message>
        <source>Privacy notice, version {version}: {family}</source>
        <translation>Informacja o prywatności, wersja {version}: {family}</translation>
    </message>
    <message>
        <source>Consent to privacy notice version {version} recorded by {name}.</source>
        <translation>Zgoda na informację o prywatności w wersji {version} zapisana przez: {name}.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>How</source>
        <translation>Forma kontaktu</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Skierowano do</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Przekierowano do</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Czas (w minutach)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Termin dalszych działań</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Kto podejmuje dalsze działania</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Imię i nazwisko osoby zgłaszającej</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Numer do oddzwonienia</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>Zapisz poprawki</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Oznacz dalsze działania jako wykonane</translation>
    </message>
    <message>
        <source>Back to follow-ups</source>
        <translation>Wróć do dalszych działań</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Forma kontaktu:</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>Czas (w minutach):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Potrzeby:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Co zrobiono:</translation>
    </message>
    <message>
        <source>Follow-up date:</source>
        <translation>Termin dalszych działań:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>wykonuje</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>What happened to this contact</source>
        <translation>Historia tego kontaktu</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Jeszcze nikt</translation>
    </message>
    <message>
        <source>(former staff)</source>
        <translation>(były personel)</translation>
    </message>
    <message>
        <source>{how} on {day} at {time}, logged by {who}</source>
        <translation>{how}, {day}, godz. {time}, zapisane przez: {who}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>Family: {name}</source>
        <translation>Rodzina: {name}</translation>
    </message>
    <message>
        <source>Not registered: caller&apos;s details below</source>
        <translation>Bez rejestracji: dane osoby zgłaszającej poniżej</translation>
    </message>
    <message>
        <source>No family: not registered</source>
        <translation>Bez rodziny: brak rejestracji</translation>
    </message>
    <message>
        <source>Follow-up done on {day}.</source>
        <translation>Dalsze działania wykonane: {day}.</translation>
    </message>
    <message>
        <source>{when}: {who} logged it</source>
        <translation>{when}: {who} – zapisano kontakt</translation>
    </message>
    <message>
        <source>{when}: {who} corrected {fields}</source>
        <translation>{when}: {who} – poprawiono: {fields}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to {name}</source>
        <translation>{when}: {who} – przypisano dalsze działania: {name}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to no one</source>
        <translation>{when}: {who} – usunięto przypisanie dalszych działań</translation>
    </message>
    <message>
        <source>{when}: {who} marked the follow-up done</source>
        <translation>{when}: {who} – oznaczono dalsze działania jako wykonane</translation>
    </message>
    <message>
        <source>{when}: {who} changed it</source>
        <translation>{when}: {who} – wprowadzono zmianę</translation>
    </message>
    <message>
        <source>Nothing to correct: it is as it was.</source>
        <translation>Nie ma nic do poprawienia: bez zmian.</translation>
    </message>
    <message>
        <source>Corrected: {fields}.</source>
        <translation>Poprawiono: {fields}.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Dalsze działania wykonane.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/rrrr</translation>
    </message>
    <message>
        <source>Choose the {field} on a calendar</source>
        <translation>Wybierz w kalendarzu: {field}</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Year: {value}</source>
        <translation>Rok: {value}</translation>
    </message>
    <message>
        <source>Month: {value}</source>
        <translation>Miesiąc: {value}</translation>
    </message>
    <message>
        <source>Day: {value}</source>
        <translation>Dzień: {value}</translation>
    </message>
    <message>
        <source>Later years</source>
        <translation>Późniejsze lata</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>Wcześniejsze lata</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Wybierz rok</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Wybierz miesiąc</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Wybierz dzień</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>hubdesk: front desk</source>
        <translation>hubdesk: recepcja</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Twoja rola na to nie pozwala.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n w kwarantannie</numerusform>
            <numerusform>%n w kwarantannie</numerusform>
            <numerusform>%n w kwarantannie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceWizardPage</name>
    <message>
        <source>This device</source>
        <translation>To urządzenie</translation>
    </message>
    <message>
        <source>What will this PC be used for?</source>
        <translation>Do czego będzie służyć ten komputer?</translation>
    </message>
    <message>
        <source>Sign-in kiosk: the touch screen families use</source>
        <translation>Kiosk do zapisywania wejść: ekran dotykowy dla rodzin</translation>
    </message>
    <message>
        <source>Front desk: reception staff</source>
        <translation>Recepcja: personel recepcji</translation>
    </message>
    <message>
        <source>Outreach laptop: taken to community venues</source>
        <translation>Laptop terenowy: zabierany do miejsc w społeczności</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nazwa urządzenia</translation>
    </message>
    <message>
        <source>e.g. Entrance kiosk, Reception 1</source>
        <translation>np. Kiosk przy wejściu, Recepcja 1</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you, you&apos;re signed in</source>
        <translation>Dziękujemy, wejście zapisane</translation>
    </message>
    <message numerus="yes">
        <source>%n people signed in. Enjoy your visit!</source>
        <translation>
            <numerusform>Zapisano %n osobę. Miłej wizyty!</numerusform>
            <numerusform>Zapisano %n osoby. Miłej wizyty!</numerusform>
            <numerusform>Zapisano %n osób. Miłej wizyty!</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you, you&apos;re signed out</source>
        <translation>Dziękujemy, wyjście zapisane</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>Do widzenia i do zobaczenia!</translation>
    </message>
    <message>
        <source>You&apos;re not signed in at the moment</source>
        <translation>Nie masz teraz zapisanego wejścia</translation>
    </message>
    <message>
        <source>So there is nothing to do. Thank you, and see you soon!</source>
        <translation>Nie trzeba więc nic robić. Dziękujemy i do zobaczenia!</translation>
    </message>
    <message>
        <source>That&apos;s fine</source>
        <translation>Nie ma problemu</translation>
    </message>
    <message>
        <source>You&apos;re still signed in. Enjoy your visit!</source>
        <translation>Nadal masz zapisane wejście. Miłej wizyty!</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>Przy zamknięciu pracownicy wypisują wszystkich. Do widzenia i do zobaczenia!</translation>
    </message>
    <message>
        <source>Your number for signing out:</source>
        <translation>Twój numer do zapisania wyjścia:</translation>
    </message>
    <message>
        <source>When you leave, tap Sign out, then this number.</source>
        <translation>Wychodząc, stuknij „Wyjście”, a potem ten numer.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>DoneWizardPage</name>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>the sign-in kiosk</source>
        <translation>kioskiem do zapisywania wejść</translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation>stanowiskiem recepcji</translation>
    </message>
    <message>
        <source>an outreach laptop</source>
        <translation>laptopem terenowym</translation>
    </message>
    <message>
        <source>This PC is now %1 of %2.</source>
        <translation>Ten komputer jest teraz %1 (%2).</translation>
    </message>
    <message>
        <source>Finish opens the kiosk.</source>
        <translation>„Zakończ” otwiera kiosk.</translation>
    </message>
    <message>
        <source>Finish opens the front desk: sign in with your name and PIN.</source>
        <translation>„Zakończ” otwiera recepcję: zaloguj się, podając imię i PIN.</translation>
    </message>
    <message>
        <source>Its settings were saved in %1.</source>
        <translation>Ustawienia zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <source>Record 1</source>
        <translation>Rekord 1</translation>
    </message>
    <message>
        <source>Record 2</source>
        <translation>Rekord 2</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Dlaczego są podobne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>To nie ta sama rodzina</translation>
    </message>
    <message>
        <source>Open side by side</source>
        <translation>Otwórz obok siebie</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translation>brak kodu pocztowego</translation>
    </message>
    <message>
        <source>last visit {day}</source>
        <translation>ostatnia wizyta {day}</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>brak wizyt</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of records look like one family.</source>
        <translation>
            <numerusform>%n para rekordów wygląda na jedną rodzinę.</numerusform>
            <numerusform>%n pary rekordów wyglądają na jedną rodzinę.</numerusform>
            <numerusform>%n par rekordów wygląda na jedną rodzinę.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Brak prawdopodobnych duplikatów.</translation>
    </message>
</context>
<context>
    <name>FaceRow</name>
    <message>
        <source>Thank you for telling us.</source>
        <translation>Dziękujemy, że nam powiedzieliście.</translation>
    </message>
    <message>
        <source>How was today? Tap a face, if you like.</source>
        <translation>Jak było dzisiaj? Jeśli chcesz, dotknij minki.</translation>
    </message>
    <message>
        <source>How is today going? Tap a face, if you like.</source>
        <translation>Jak mija dzisiejszy dzień? Jeśli chcesz, dotknij minki.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n quick question(s)</source>
        <translation>
            <numerusform>Odpowiedz na %n krótkie pytanie</numerusform>
            <numerusform>Odpowiedz na %n krótkie pytania</numerusform>
            <numerusform>Odpowiedz na %n krótkich pytań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Families</source>
        <translation>Rodziny</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nowa rodzina</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <source>Search for a family by name, a child&apos;s name, postcode or pass code.</source>
        <translation>Szukaj rodziny według imienia lub nazwiska, imienia dziecka, kodu pocztowego lub kodu przepustki.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Scal duplikat…</translation>
    </message>
    <message>
        <source>Your role does not allow merging families.</source>
        <translation>Twoja rola nie pozwala na scalanie rodzin.</translation>
    </message>
    <message>
        <source>Checked with the family</source>
        <translation>Sprawdzone z rodziną</translation>
    </message>
    <message>
        <source>Expected baby…</source>
        <translation>Oczekiwane dziecko…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Zapisz zgodę…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Cofnij scalenie</translation>
    </message>
    <message>
        <source>Find the other record of this family:</source>
        <translation>Znajdź drugi rekord tej rodziny:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Kontakty Here to Help</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>Przepustka QR</translation>
    </message>
    <message>
        <source>Issue a new pass</source>
        <translation>Wydaj nową przepustkę</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Wydrukuj ponownie</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Wydrukuj kartę</translation>
    </message>
    <message>
        <source>Added by the family at the kiosk, to check with them: {names}</source>
        <translation>Dodane przez rodzinę w kiosku, do sprawdzenia z nią: {names}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notatki: {notes}</translation>
    </message>
    <message>
        <source>Baby due {day} (not counted as a child until born).</source>
        <translation>Termin porodu: {day} (dziecko nie jest liczone do czasu narodzin).</translation>
    </message>
    <message>
        <source>Another record was merged into this one on {day}.</source>
        <translation>Dnia {day} scalono z tym rekordem inny rekord.</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Nie ma jeszcze wizyt.</translation>
    </message>
    <message>
        <source>follow-up {day}</source>
        <translation>dalsze działania {day}</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Nie ma jeszcze kontaktów.</translation>
    </message>
    <message>
        <source>Pass {code}, issued {day}</source>
        <translation>Przepustka {code}, wydana {day}</translation>
    </message>
    <message>
        <source>No pass yet.</source>
        <translation>Nie ma jeszcze przepustki.</translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation>Przepustka unieważniona.</translation>
    </message>
    <message>
        <source>Issue a new pass? The old one stops working.</source>
        <translation>Wydać nową przepustkę? Stara przestanie działać.</translation>
    </message>
    <message>
        <source>Yes, issue a new pass</source>
        <translation>Tak, wydaj nową przepustkę</translation>
    </message>
    <message>
        <source>Pass {code}: print the card for the family.</source>
        <translation>Przepustka {code}: wydrukuj kartę dla rodziny.</translation>
    </message>
    <message>
        <source>Revoke pass {code}? It will stop working at the kiosk.</source>
        <translation>Unieważnić przepustkę {code}? Przestanie działać w kiosku.</translation>
    </message>
    <message>
        <source>Yes, revoke</source>
        <translation>Tak, unieważnij</translation>
    </message>
    <message>
        <source>Scan this at the kiosk, or type the code under it.</source>
        <translation>Zeskanuj to w kiosku albo wpisz kod wydrukowany pod spodem.</translation>
    </message>
    <message>
        <source>Pass card saved: {path}</source>
        <translation>Zapisano kartę przepustki: {path}</translation>
    </message>
    <message>
        <source>Pass card sent to {printer}.</source>
        <translation>Wysłano kartę przepustki do drukarki {printer}.</translation>
    </message>
    <message>
        <source>That is this family: choose the duplicate.</source>
        <translation>To jest ta sama rodzina: wybierz jej duplikat.</translation>
    </message>
    <message>
        <source>Undo the merge? Both records come back as they were, with their visits.</source>
        <translation>Cofnąć scalenie? Oba rekordy wrócą do poprzedniego stanu, razem ze swoimi wizytami.</translation>
    </message>
    <message>
        <source>Yes, undo the merge</source>
        <translation>Tak, cofnij scalenie</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>Scalenie cofnięte: oba rekordy wróciły do poprzedniego stanu.</translation>
    </message>
    <message>
        <source>Kept apart: that pair will not be listed again.</source>
        <translation>Pozostawiono osobno: ta para nie pojawi się już na liście.</translation>
    </message>
    <message>
        <source>Families merged. Undo merge puts both records back.</source>
        <translation>Rodziny scalone. „Cofnij scalenie” przywraca oba rekordy.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>People in the family</source>
        <translation>Osoby w rodzinie</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Adult or child</source>
        <translation>Osoba dorosła czy dziecko</translation>
    </message>
    <message>
        <source>Role / date of birth</source>
        <translation>Rola / data urodzenia</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>Dodaj osobę dorosłą</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Dodaj dziecko</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Osoba dorosła</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Edit {family}</source>
        <translation>Edytuj: {family}</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Osoba {number}</translation>
    </message>
    <message>
        <source>{person}, {column}</source>
        <translation>{person}, {column}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <source>Search: name, child&apos;s name, postcode or pass code</source>
        <translation>Szukaj: imię lub nazwisko, imię dziecka, kod pocztowy lub kod przepustki</translation>
    </message>
    <message>
        <source>Search for a family</source>
        <translation>Szukaj rodziny</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>Znalezione rodziny</translation>
    </message>
    <message>
        <source>No family found. Check the spelling, or add a new one.</source>
        <translation>Nie znaleziono rodziny. Sprawdź pisownię albo dodaj nową.</translation>
    </message>
</context>
<context>
    <name>FamilyPrivacyPanel</name>
    <message>
        <source>Subject access and erasure:</source>
        <translation>Dostęp do danych i ich usunięcie:</translation>
    </message>
    <message>
        <source>Export everything we hold</source>
        <translation>Eksportuj wszystkie przechowywane dane</translation>
    </message>
    <message>
        <source>Erase this family</source>
        <translation>Usuń tę rodzinę</translation>
    </message>
    <message>
        <source>The family&apos;s record is saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to the family another way than the file (read it out, or write it down).</source>
        <translation>Dane rodziny są zapisywane jako plik PDF, który można otworzyć w dowolnym czytniku PDF, zabezpieczony utworzonym dla niego hasłem. Hasło jest pokazywane tutaj tylko raz: przekaż je rodzinie inną drogą niż plik (przeczytaj je na głos albo zapisz na kartce).</translation>
    </message>
    <message>
        <source>Folder to save it in</source>
        <translation>Folder, w którym zapisać plik</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>Hasło do pliku PDF rodziny (przekaż je oddzielnie od pliku; nie jest nigdzie przechowywane):</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF</source>
        <translation>Hasło do pliku PDF rodziny</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Kopiuj hasło</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Hasło zostało zapisane</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Gdzie zapisać eksport</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>Wybierz folder, w którym zapisać eksport.</translation>
    </message>
    <message>
        <source>Saved {path} ({members}, {visits}, {contacts}). Give the family the password below separately.</source>
        <translation>Zapisano {path} ({members}, {visits}, {contacts}). Przekaż rodzinie oddzielnie poniższe hasło.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Password copied.</source>
        <translation>Skopiowano hasło.</translation>
    </message>
    <message>
        <source>Erase “{name}”? Names, contact details, notes and dates of birth go from every device of the hub; visit counts stay. This cannot be undone.</source>
        <translation>Usunąć „{name}”? Imiona i nazwiska, dane kontaktowe, notatki i daty urodzenia znikną ze wszystkich urządzeń hubu; liczba wizyt pozostanie. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Yes, erase “{name}”</source>
        <translation>Tak, usuń „{name}”</translation>
    </message>
    <message>
        <source>Family erased ({members} people; {visits} visits kept as counts).</source>
        <translation>Rodzina usunięta (osoby: {members}; wizyty zachowane tylko jako liczba: {visits}).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up hubdesk</source>
        <translation>Konfiguracja hubdesk</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <source>A child visiting with you today</source>
        <translation>Dziecko, które dziś z Wami przyszło</translation>
    </message>
    <message>
        <source>Tap their age. No name needed.</source>
        <translation>Stuknij jego wiek. Imię nie jest potrzebne.</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>Ma specjalne potrzeby edukacyjne lub niepełnosprawność (SEND)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Forma kontaktu:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma kontaktu</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Kto:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Quick new family</source>
        <translation>Szybko dodaj rodzinę</translation>
    </message>
    <message>
        <source>Caller not registered</source>
        <translation>Osoba zgłaszająca bez rejestracji</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Potrzeby:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Co zrobiono:</translation>
    </message>
    <message>
        <source>Signposted to (organisation)</source>
        <translation>Przekierowano do (organizacja)</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Przekierowano do</translation>
    </message>
    <message>
        <source>Referral made to (service)</source>
        <translation>Skierowano do (usługa)</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Skierowano do</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notatki (opcjonalnie)</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>Czas (w minutach):</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Czas (w minutach)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>counted for you</source>
        <translation>liczone automatycznie</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Dalsze działania w dniu</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Termin dalszych działań</translation>
    </message>
    <message>
        <source>Follow-up to be done by</source>
        <translation>Dalsze działania wykona</translation>
    </message>
    <message>
        <source>by</source>
        <translation>wykonuje</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Imię i nazwisko osoby zgłaszającej</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Numer do oddzwonienia</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>New family added.</source>
        <translation>Dodano nową rodzinę.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Dalsze działania</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Na ten tydzień</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto wykonuje</translation>
    </message>
    <message>
        <source>No follow-ups here.</source>
        <translation>Brak dalszych działań.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>Give the follow-up to</source>
        <translation>Przypisz dalsze działania do</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Jeszcze nikt</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (ja)</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: %n</source>
        <translation>
            <numerusform>Dalsze działania: %n</numerusform>
            <numerusform>Dalsze działania: %n</numerusform>
            <numerusform>Dalsze działania: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (zaległe)</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (dzisiaj)</translation>
    </message>
    <message>
        <source>No family</source>
        <translation>Bez rodziny</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Dalsze działania wykonane.</translation>
    </message>
    <message>
        <source>Follow-up given to {name}.</source>
        <translation>Przypisano dalsze działania: {name}.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Hello! Who is here today?</source>
        <translation>Dzień dobry! Kto dziś przyszedł?</translation>
    </message>
    <message>
        <source>Tap a name to untick anyone who has not come today.</source>
        <translation>Stuknij imię, aby odznaczyć osobę, której dziś nie ma.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Add a new baby or child in our family</source>
        <translation>Dodaj nowe niemowlę lub dziecko z naszej rodziny</translation>
    </message>
    <message>
        <source>Add a child visiting with us</source>
        <translation>Dodaj dziecko, które przyszło z nami</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nowe)</translation>
    </message>
    <message>
        <source>Visiting: {band}</source>
        <translation>Gość: {band}</translation>
    </message>
    <message>
        <source>Please tick at least one person in your family.</source>
        <translation>Zaznacz co najmniej jedną osobę z Twojej rodziny.</translation>
    </message>
</context>
<context>
    <name>HubWizardPage</name>
    <message>
        <source>The hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Does the council run hubdesk&apos;s central service?</source>
        <translation>Czy rada prowadzi usługę centralną hubdesk?</translation>
    </message>
    <message>
        <source>Join a hub with an enrolment code</source>
        <translation>Dołącz do hubu za pomocą kodu rejestracyjnego</translation>
    </message>
    <message>
        <source>Set up a standalone hub on this PC</source>
        <translation>Skonfiguruj samodzielny hub na tym komputerze</translation>
    </message>
    <message>
        <source>This build cannot talk to a central service.</source>
        <translation>Ta wersja programu nie może łączyć się z usługą centralną.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Adres usługi centralnej</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Kod rejestracyjny</translation>
    </message>
    <message>
        <source>Hub passphrase (if you have one)</source>
        <translation>Fraza dostępu do hubu (jeśli jest)</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Nazwa hubu</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>Kod hubu</translation>
    </message>
    <message>
        <source>short, e.g. RIV</source>
        <translation>krótki, np. RIV</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nazwa placówki</translation>
    </message>
    <message>
        <source>Leave empty to use the hub&apos;s name</source>
        <translation>Zostaw puste, aby użyć nazwy hubu</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>Kod pocztowy placówki</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Family Hub sign-in</source>
        <translation>Rejestracja wejść w Family Hub</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Od nowa</translation>
    </message>
    <message>
        <source>Speak to someone</source>
        <translation>Porozmawiaj z kimś</translation>
    </message>
    <message>
        <source>Ask for a member of staff to come and speak to you</source>
        <translation>Poproś, aby ktoś z personelu podszedł i z Tobą porozmawiał</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Jestem tutaj</translation>
    </message>
    <message>
        <source>Family Hub logo</source>
        <translation>Logo Family Hub</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>Family Hub</translation>
    </message>
    <message numerus="yes">
        <source>This screen will start again in %n second(s), to keep your details private.</source>
        <translation>
            <numerusform>Ten ekran zacznie się od nowa za %n sekundę, aby chronić Twoje dane.</numerusform>
            <numerusform>Ten ekran zacznie się od nowa za %n sekundy, aby chronić Twoje dane.</numerusform>
            <numerusform>Ten ekran zacznie się od nowa za %n sekund, aby chronić Twoje dane.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is the new child&apos;s first name?</source>
        <translation>Jak ma na imię nowe dziecko?</translation>
    </message>
    <message>
        <source>We will add them to your family. Staff will check it with you.</source>
        <translation>Dodamy je do Twojej rodziny. Personel sprawdzi to z Tobą.</translation>
    </message>
    <message>
        <source>When was {name} born?</source>
        <translation>Kiedy urodził(a) się {name}?</translation>
    </message>
    <message>
        <source>Child&apos;s first name ({who})</source>
        <translation>Imię dziecka ({who})</translation>
    </message>
    <message>
        <source>First name: {who}</source>
        <translation>Imię: {who}</translation>
    </message>
    <message>
        <source>First names only. Nobody else will see them here.</source>
        <translation>Tylko imiona. Nikt inny ich tu nie zobaczy.</translation>
    </message>
</context>
<context>
    <name>LeavingPage</name>
    <message>
        <source>Signing out?</source>
        <translation>Wychodzisz?</translation>
    </message>
    <message>
        <source>You&apos;re signed in already. Signing out?</source>
        <translation>Masz już zapisane wejście. Wychodzisz?</translation>
    </message>
    <message>
        <source>Sign out now?</source>
        <translation>Zapisać wyjście teraz?</translation>
    </message>
    <message>
        <source>Sign out number {number}?</source>
        <translation>Zapisać wyjście numeru {number}?</translation>
    </message>
    <message>
        <source>You arrived at {time}.</source>
        <translation>Przyszliście o {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign us out</source>
        <translation>Tak, zapisz nasze wyjście</translation>
    </message>
    <message>
        <source>No, we&apos;re staying</source>
        <translation>Nie, zostajemy</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nie, wróć</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The desk is locked</source>
        <translation>Recepcja jest zablokowana</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN.</source>
        <translation>Wybierz swoje imię i wpisz PIN.</translation>
    </message>
    <message>
        <source>No staff accounts yet: add one with `hubdesk staff add`.</source>
        <translation>Nie ma jeszcze kont personelu: dodaj konto poleceniem `hubdesk staff add`.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The desk is locked for a while; try again later.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Recepcja jest na chwilę zablokowana; spróbuj ponownie później.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Błędny PIN. Została %n próba.</numerusform>
            <numerusform>Błędny PIN. Zostały %n próby.</numerusform>
            <numerusform>Błędny PIN. Zostało %n prób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name. Try again after {when}.</source>
        <translation>Zbyt wiele błędnych PIN-ów dla tego imienia. Spróbuj ponownie po {when}.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Two records of one family: choose what to keep</source>
        <translation>Dwa rekordy jednej rodziny: wybierz, co zachować</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Baby due</source>
        <translation>Termin porodu</translation>
    </message>
    <message>
        <source>The same person in both records becomes one. Check the pairs:</source>
        <translation>Ta sama osoba w obu rekordach zostanie połączona w jedną. Sprawdź pary:</translation>
    </message>
    <message>
        <source>The same person in both records</source>
        <translation>Ta sama osoba w obu rekordach</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>To nie ta sama osoba</translation>
    </message>
    <message>
        <source>Person in record 1</source>
        <translation>Osoba w rekordzie 1</translation>
    </message>
    <message>
        <source>Person in record 2</source>
        <translation>Osoba w rekordzie 2</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Ta sama osoba</translation>
    </message>
    <message>
        <source>Record {number}: {family}</source>
        <translation>Rekord {number}: {family}</translation>
    </message>
    <message>
        <source>Keep record {number}</source>
        <translation>Zachowaj rekord {number}</translation>
    </message>
    <message>
        <source>Record {number}&apos;s visits, contacts and passes move to the record kept. You can undo the merge afterwards.</source>
        <translation>Wizyty, kontakty i przepustki z rekordu {number} zostaną przeniesione do zachowanego rekordu. Scalenie można później cofnąć.</translation>
    </message>
    <message>
        <source>No postcode</source>
        <translation>Brak kodu pocztowego</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n osoba dorosła</numerusform>
            <numerusform>%n osoby dorosłe</numerusform>
            <numerusform>%n osób dorosłych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n dziecko</numerusform>
            <numerusform>%n dzieci</numerusform>
            <numerusform>%n dzieci</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: {day}</source>
        <translation>Utworzono: {day}</translation>
    </message>
    <message>
        <source>Last visit: {day}</source>
        <translation>Ostatnia wizyta: {day}</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Nie ma jeszcze wizyt</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n przepustka</numerusform>
            <numerusform>%n przepustki</numerusform>
            <numerusform>%n przepustek</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>No one is in both records.</source>
        <translation>Nikt nie występuje w obu rekordach.</translation>
    </message>
    <message>
        <source>Each pair of the same person becomes one.</source>
        <translation>Każda para wpisów tej samej osoby zostanie połączona w jeden.</translation>
    </message>
</context>
<context>
    <name>NameKeyboard</name>
    <message>
        <source>Capital letter next</source>
        <translation>Następna wielka litera</translation>
    </message>
    <message>
        <source>Small letter next</source>
        <translation>Następna mała litera</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Switch to Latin letters (A B C)</source>
        <translation>Przełącz na litery łacińskie (A B C)</translation>
    </message>
    <message>
        <source>Switch to Arabic letters</source>
        <translation>Przełącz na litery arabskie</translation>
    </message>
    <message>
        <source>Switch to Urdu letters</source>
        <translation>Przełącz na litery urdu</translation>
    </message>
    <message>
        <source>Back to letters without accents</source>
        <translation>Wróć do liter bez akcentów</translation>
    </message>
    <message>
        <source>Letters with accents (é, ñ, ü)</source>
        <translation>Litery z akcentami (é, ñ, ü)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Łącznik</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrof</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>Public: in the council&apos;s service directory and families&apos; calendars</source>
        <translation>Publiczne: w katalogu usług rady i w kalendarzach rodzin</translation>
    </message>
    <message>
        <source>What happens, who it is for</source>
        <translation>Co się dzieje, dla kogo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Najmłodszy wiek</translation>
    </message>
    <message>
        <source>from </source>
        <translation>od </translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Najstarszy wiek</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>do </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Bezpłatne</translation>
    </message>
    <message>
        <source>Booking needed</source>
        <translation>Wymagana rezerwacja</translation>
    </message>
    <message>
        <source>Accessibility: step-free, hearing loop ...</source>
        <translation>Dostępność: bez schodów, pętla indukcyjna ...</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Uwagi o dostępności</translation>
    </message>
    <message>
        <source>Hub contact: reception and its phone</source>
        <translation>Kontakt w centrum: recepcja i jej telefon</translation>
    </message>
    <message>
        <source>Hub contact</source>
        <translation>Kontakt w centrum</translation>
    </message>
    <message>
        <source>The hub&apos;s email</source>
        <translation>E-mail centrum</translation>
    </message>
    <message>
        <source>Hub email</source>
        <translation>E-mail centrum</translation>
    </message>
    <message>
        <source>Also the later sessions of this name</source>
        <translation>Także późniejsze zajęcia o tej nazwie</translation>
    </message>
    <message>
        <source>Save the offer</source>
        <translation>Zapisz ofertę</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> lat</translation>
    </message>
    <message>
        <source>Public offer: {name}</source>
        <translation>Oferta publiczna: {name}</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Outreach</source>
        <translation>Praca w terenie</translation>
    </message>
    <message>
        <source>Where are you today?</source>
        <translation>Gdzie dziś pracujesz?</translation>
    </message>
    <message>
        <source>Outreach point</source>
        <translation>Punkt w terenie</translation>
    </message>
    <message>
        <source>Work here</source>
        <translation>Pracuj tutaj</translation>
    </message>
    <message>
        <source>Or add a new outreach point (works offline):</source>
        <translation>Albo dodaj nowy punkt w terenie (działa bez internetu):</translation>
    </message>
    <message>
        <source>Name, e.g. Station Road Fire Station</source>
        <translation>Nazwa, np. Station Road Fire Station</translation>
    </message>
    <message>
        <source>Name of the outreach point</source>
        <translation>Nazwa punktu w terenie</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Rodzaj miejsca</translation>
    </message>
    <message>
        <source>Postcode (optional)</source>
        <translation>Kod pocztowy (opcjonalnie)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Add and work here</source>
        <translation>Dodaj i pracuj tutaj</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Rozpocznij sesję</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Zakończ sesję</translation>
    </message>
    <message>
        <source>Hand to families (kiosk)</source>
        <translation>Przekaż rodzinom (kiosk)</translation>
    </message>
    <message>
        <source>Families sign themselves in; take it back with your PIN.</source>
        <translation>Rodziny same zapisują wejście; odbierz laptop swoim PIN-em.</translation>
    </message>
    <message>
        <source>To take the laptop back: tap the logo on the kiosk five times (or press Ctrl+Alt+Shift+L), choose your name and enter your PIN.</source>
        <translation>Aby odebrać laptop: stuknij pięć razy logo w kiosku (albo naciśnij Ctrl+Alt+Shift+L), wybierz swoje imię i wpisz PIN.</translation>
    </message>
    <message>
        <source>When a family asks the kiosk for someone to speak to, they can say which of these rooms they will be in. One room a line; leave it empty for none.</source>
        <translation>Gdy rodzina poprosi w kiosku o rozmowę z kimś z personelu, może wskazać, w którym z tych pomieszczeń będzie. Jedno pomieszczenie w wierszu; zostaw puste, jeśli nie ma żadnych.</translation>
    </message>
    <message>
        <source>Rooms at this site, one a line</source>
        <translation>Pomieszczenia w tym miejscu, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Save rooms</source>
        <translation>Zapisz pomieszczenia</translation>
    </message>
    <message>
        <source>Rooms at {site}</source>
        <translation>Pomieszczenia: {site}</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Pomieszczenia</translation>
    </message>
    <message>
        <source>No outreach session running here.</source>
        <translation>Nie trwa tu żadna sesja w terenie.</translation>
    </message>
    <message>
        <source>Session running at {site} since {when}.</source>
        <translation>Sesja w miejscu {site} trwa od {when}.</translation>
    </message>
    <message>
        <source>This laptop now works at the chosen outreach point.</source>
        <translation>Ten laptop działa teraz w wybranym punkcie w terenie.</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms saved.</source>
        <translation>
            <numerusform>Zapisano %n pomieszczenie.</numerusform>
            <numerusform>Zapisano %n pomieszczenia.</numerusform>
            <numerusform>Zapisano %n pomieszczeń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>{band}, with SEND</source>
        <translation>{band}, z SEND</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>Dodaj dziecko według daty urodzenia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Data urodzenia dziecka</translation>
    </message>
    <message>
        <source>Who is here today? First, the adults</source>
        <translation>Kto dziś przyszedł? Najpierw dorośli</translation>
    </message>
    <message>
        <source>Tap + for each adult. No names needed.</source>
        <translation>Stuknij + przy każdej dorosłej osobie. Imiona nie są potrzebne.</translation>
    </message>
    <message>
        <source>And the children and young people?</source>
        <translation>A dzieci i młodzież?</translation>
    </message>
    <message>
        <source>Tap + for each child or young person. No names needed.</source>
        <translation>Stuknij + przy każdym dziecku lub młodej osobie. Imiona nie są potrzebne.</translation>
    </message>
    <message>
        <source>Of them, how many have special educational needs or a disability (SEND)?</source>
        <translation>Ile z nich ma specjalne potrzeby edukacyjne lub niepełnosprawność (SEND)?</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth: tap the year, then the month, then the day.</source>
        <translation>Data urodzenia dziecka: stuknij rok, potem miesiąc, potem dzień.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/rrrr</translation>
    </message>
    <message>
        <source>This child has SEND</source>
        <translation>To dziecko ma SEND</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Dodaj dziecko</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>PassCardPage</name>
    <message>
        <source>You&apos;re signed in. Here is your pass</source>
        <translation>Wejście zapisane. Oto Wasza przepustka</translation>
    </message>
    <message>
        <source>Take a photo of it, or print it. Next time, just scan it.</source>
        <translation>Zrób jej zdjęcie albo ją wydrukuj. Następnym razem wystarczy ją zeskanować.</translation>
    </message>
    <message>
        <source>Take a photo of it. Next time, just scan it.</source>
        <translation>Zrób jej zdjęcie. Następnym razem wystarczy ją zeskanować.</translation>
    </message>
    <message>
        <source>Your code (if the scan does not work):</source>
        <translation>Twój kod (jeśli skanowanie nie zadziała):</translation>
    </message>
    <message>
        <source>Keep it safe: it holds no names. If you lose it, ask at the front desk.</source>
        <translation>Przechowuj ją bezpiecznie: nie zawiera imion. Jeśli ją zgubisz, zapytaj w recepcji.</translation>
    </message>
    <message>
        <source>Print my pass</source>
        <translation>Wydrukuj przepustkę</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>To sign out, scan your pass, or tap Sign out and then number {number}.</source>
        <translation>Aby zapisać wyjście, zeskanuj przepustkę albo stuknij „Wyjście”, a potem numer {number}.</translation>
    </message>
    <message>
        <source>QR code of your pass</source>
        <translation>Kod QR Twojej przepustki</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds, to keep your pass private.</source>
        <translation>
            <numerusform>Ten ekran zamknie się za %n sekundę, aby chronić Twoją przepustkę.</numerusform>
            <numerusform>Ten ekran zamknie się za %n sekundy, aby chronić Twoją przepustkę.</numerusform>
            <numerusform>Ten ekran zamknie się za %n sekund, aby chronić Twoją przepustkę.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan this at the Family Hub kiosk, or type the code.</source>
        <translation>Zeskanuj to w kiosku Family Hub albo wpisz kod.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working. Please take a photo of your pass.</source>
        <translation>Przepraszamy, drukarka nie działa. Zrób zdjęcie swojej przepustki.</translation>
    </message>
</context>
<context>
    <name>PassCodePad</name>
    <message>
        <source>Go</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>PassCodePage</name>
    <message>
        <source>Type your pass code</source>
        <translation>Wpisz kod przepustki</translation>
    </message>
    <message>
        <source>It is printed under the QR code on your pass.</source>
        <translation>Jest wydrukowany pod kodem QR na przepustce.</translation>
    </message>
    <message>
        <source>Your pass code</source>
        <translation>Kod Twojej przepustki</translation>
    </message>
    <message>
        <source>The code has only the letters and numbers on the keys.</source>
        <translation>Kod zawiera tylko litery i cyfry z klawiszy.</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Please type the code from your pass.</source>
        <translation>Wpisz kod z przepustki.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not finished: it has %n more letter(s) or number(s), the last one after the second dash.</source>
        <translation>
            <numerusform>Kod nie jest skończony: brakuje jeszcze %n litery lub cyfry, ostatniej po drugim myślniku.</numerusform>
            <numerusform>Kod nie jest skończony: brakuje jeszcze %n liter lub cyfr, ostatniej po drugim myślniku.</numerusform>
            <numerusform>Kod nie jest skończony: brakuje jeszcze %n liter lub cyfr, ostatniej po drugim myślniku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassQuestionPage</name>
    <message>
        <source>Do you have a Family Hub pass?</source>
        <translation>Czy masz przepustkę Family Hub?</translation>
    </message>
    <message>
        <source>With a pass you can sign in your whole family in one go.</source>
        <translation>Z przepustką zapiszesz całą rodzinę za jednym razem.</translation>
    </message>
    <message>
        <source>No pass, or first time here: sign in without one</source>
        <translation>Bez przepustki lub pierwszy raz: wejście bez przepustki</translation>
    </message>
</context>
<context>
    <name>PassphraseWizardPage</name>
    <message>
        <source>Administrator passphrase</source>
        <translation>Hasło administratora</translation>
    </message>
    <message>
        <source>The store on this PC is encrypted. The passphrase opens it when the PC&apos;s own key store cannot (a new PC, a restored backup) and is needed to change keys. Use at least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Baza danych na tym komputerze jest zaszyfrowana. Hasło otwiera ją, gdy nie może tego zrobić magazyn kluczy komputera (nowy komputer, przywrócona kopia zapasowa), i jest potrzebne do zmiany kluczy. Użyj co najmniej %1 znaków; krótkie zdanie łatwo zapamiętać i trudno odgadnąć.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN pracownika</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PostcodePad</name>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Twoja prywatność</translation>
    </message>
    <message>
        <source>You can finish now without giving any names, or register for a pass.</source>
        <translation>Możesz zakończyć teraz bez podawania imion albo zarejestrować się i dostać przepustkę.</translation>
    </message>
    <message>
        <source>Our privacy notice has changed. Please read it.</source>
        <translation>Nasza informacja o prywatności się zmieniła. Prosimy ją przeczytać.</translation>
    </message>
    <message>
        <source>{hub} keeps a record of visits so that it can plan its groups and services.</source>
        <translation>{hub} prowadzi rejestr wizyt, aby planować swoje zajęcia i usługi.</translation>
    </message>
    <message>
        <source>If you finish without registering, we count how many people came, the children&apos;s age groups, whether any have special educational needs or a disability (SEND), and why you came. If you give your postcode, we keep only the area it is in: its first half (like {district}), the council ward, the neighbourhood and how deprived that neighbourhood is. No names and no postcode are kept.</source>
        <translation>Jeśli zakończysz bez rejestracji, liczymy, ile osób przyszło, grupy wiekowe dzieci, czy któreś ma specjalne potrzeby edukacyjne lub niepełnosprawność (SEND) oraz po co przyszliście. Jeśli podasz kod pocztowy, zapisujemy tylko obszar: jego pierwszą część (np. {district}), okręg wyborczy rady, okolicę i poziom ubóstwa tej okolicy. Nie zapisujemy żadnych imion ani kodu pocztowego.</translation>
    </message>
    <message numerus="yes">
        <source>If you register, we also keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, and your full postcode, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for %n months after your last visit and then deleted.</source>
        <translation>
            <numerusform>Jeśli się zarejestrujesz, zapisujemy też Wasze imiona, kto jest kim (mama, tata ...), daty urodzenia dzieci i to, czy mają SEND, oraz pełny kod pocztowy, aby następnym razem można było zapisać wejście jednym skanem przepustki. Widzi je tylko personel tego Family Hub. Przechowujemy je przez %n miesiąc od ostatniej wizyty, a potem usuwamy.</numerusform>
            <numerusform>Jeśli się zarejestrujesz, zapisujemy też Wasze imiona, kto jest kim (mama, tata ...), daty urodzenia dzieci i to, czy mają SEND, oraz pełny kod pocztowy, aby następnym razem można było zapisać wejście jednym skanem przepustki. Widzi je tylko personel tego Family Hub. Przechowujemy je przez %n miesiące od ostatniej wizyty, a potem usuwamy.</numerusform>
            <numerusform>Jeśli się zarejestrujesz, zapisujemy też Wasze imiona, kto jest kim (mama, tata ...), daty urodzenia dzieci i to, czy mają SEND, oraz pełny kod pocztowy, aby następnym razem można było zapisać wejście jednym skanem przepustki. Widzi je tylko personel tego Family Hub. Przechowujemy je przez %n miesięcy od ostatniej wizyty, a potem usuwamy.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>W każdej chwili możesz poprosić w recepcji o wgląd w swoje dane, ich poprawienie lub usunięcie.</translation>
    </message>
    <message>
        <source>This Family Hub</source>
        <translation>Ten Family Hub</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informacja o prywatności</translation>
    </message>
    <message>
        <source>Finish without registering</source>
        <translation>Zakończ bez rejestracji</translation>
    </message>
    <message>
        <source>Register and get a pass</source>
        <translation>Zarejestruj się i odbierz przepustkę</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
</context>
<context>
    <name>PrivateWordPage</name>
    <message>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>Chwileczkę</translation>
    </message>
    <message>
        <source>Please speak to a member of staff at the front desk when you are ready.</source>
        <translation>Gdy będziesz gotowy(-a), porozmawiaj z kimś z personelu w recepcji.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you in {room} soon.</source>
        <translation>Ktoś z personelu wkrótce podejdzie do Ciebie w miejscu: {room}.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you soon.</source>
        <translation>Ktoś z personelu wkrótce do Ciebie podejdzie.</translation>
    </message>
    <message>
        <source>Letting a member of staff know...</source>
        <translation>Powiadamiamy personel...</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Kontynuuj</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>Why did you come today?</source>
        <translation>W jakim celu dziś przyszliście?</translation>
    </message>
    <message>
        <source>Tap one. Today&apos;s groups are first.</source>
        <translation>Stuknij jedno. Dzisiejsze zajęcia są na początku.</translation>
    </message>
    <message>
        <source>{name}, {start} to {end}</source>
        <translation>{name}, {start}–{end}</translation>
    </message>
    <message>
        <source>{session}: full</source>
        <translation>{session}: brak miejsc</translation>
    </message>
</context>
<context>
    <name>RecoveryWizardPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Write this code down now and keep it somewhere safe, away from this PC (the hub manager&apos;s locked drawer). It opens the store if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Zapisz ten kod teraz i przechowuj go w bezpiecznym miejscu, z dala od tego komputera (np. w zamykanej szufladzie kierownika hubu). Otwiera bazę danych, jeśli hasło zostanie zapomniane. Jest pokazywany tylko ten jeden raz.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Hasło zostało zapisane</translation>
    </message>
    <message>
        <source>This PC&apos;s key store keeps the key, so hubdesk starts without the passphrase.</source>
        <translation>Magazyn kluczy tego komputera przechowuje klucz, więc hubdesk uruchamia się bez hasła.</translation>
    </message>
    <message>
        <source>This PC has no key store hubdesk can use: the passphrase is asked at each start.</source>
        <translation>Ten komputer nie ma magazynu kluczy, którego hubdesk mógłby użyć: hasło będzie potrzebne przy każdym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
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
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Quick pick</source>
        <translation>Szybki wybór</translation>
    </message>
    <message>
        <source>Quick pick of a period</source>
        <translation>Szybki wybór okresu</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>Wybierz okres…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabele</translation>
    </message>
    <message>
        <source>For sharing beyond the hub: round every figure to a multiple of 5 (&quot;&lt;5&quot;)</source>
        <translation>Do udostępniania poza hubem: zaokrąglij każdą liczbę do wielokrotności 5 („&lt;5”)</translation>
    </message>
    <message>
        <source>Leave unticked for the hub&apos;s own exact figures (0 is 0). Tick it for files that leave the hub: each figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so no small count can be worked out.</source>
        <translation>Zostaw niezaznaczone, aby widzieć dokładne liczby na potrzeby hubu (0 to 0). Zaznacz dla plików, które wychodzą poza hub: każda liczba jest zaokrąglana do wielokrotności 5, a liczba zaokrąglona do 0 jest pokazywana jako „&lt;5”, więc nie da się odtworzyć żadnej małej liczby.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Eksportuj XLSX…</translation>
    </message>
    <message>
        <source>Board pack PDF…</source>
        <translation>Raport dla komisji PDF…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Postęp eksportu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>People (footfall)</source>
        <translation>Osoby (liczba odwiedzających)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Dorośli</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>Rodziny, do których dotarto</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>Dzieci, do których dotarto</translation>
    </message>
    <message>
        <source>New families</source>
        <translation>Nowe rodziny</translation>
    </message>
    <message>
        <source>Returning families</source>
        <translation>Powracające rodziny</translation>
    </message>
    <message>
        <source>Families who came more than once</source>
        <translation>Rodziny, które przyszły więcej niż raz</translation>
    </message>
    <message>
        <source>Re-attendance</source>
        <translation>Wskaźnik powrotów</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>Wizyty nowych rodzin</translation>
    </message>
    <message>
        <source>Returning visits</source>
        <translation>Wizyty powracających rodzin</translation>
    </message>
    <message>
        <source>Visits by parties not registered</source>
        <translation>Wizyty osób niezarejestrowanych</translation>
    </message>
    <message>
        <source>Fathers</source>
        <translation>Ojcowie</translation>
    </message>
    <message>
        <source>Male carers</source>
        <translation>Opiekunowie płci męskiej</translation>
    </message>
    <message>
        <source>Fathers and male carers</source>
        <translation>Ojcowie i opiekunowie płci męskiej</translation>
    </message>
    <message>
        <source>Families with a father or male carer</source>
        <translation>Rodziny z ojcem lub opiekunem płci męskiej</translation>
    </message>
    <message>
        <source>Children with SEND</source>
        <translation>Dzieci z SEND</translation>
    </message>
    <message>
        <source>Visits from outside the reach area</source>
        <translation>Wizyty spoza obszaru zasięgu</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Kontakty Here to Help</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Dalsze działania z terminem</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Dalsze działania wykonane na czas</translation>
    </message>
    <message>
        <source>Follow-ups done late</source>
        <translation>Dalsze działania wykonane z opóźnieniem</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Zaległe dalsze działania</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Przedział wiekowy</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Obecności</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Według lokalizacji</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Według celu</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>Według rodzaju zajęć</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Według tygodni</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Według miesięcy</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Według dni</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>Według godziny</translation>
    </message>
    <message>
        <source>By day of the week</source>
        <translation>Według dnia tygodnia</translation>
    </message>
    <message>
        <source>By postcode district</source>
        <translation>Według okręgu kodu pocztowego</translation>
    </message>
    <message>
        <source>By ward</source>
        <translation>Według okręgu wyborczego</translation>
    </message>
    <message>
        <source>By LSOA</source>
        <translation>Według LSOA</translation>
    </message>
    <message>
        <source>By deprivation decile</source>
        <translation>Według decyla ubóstwa</translation>
    </message>
    <message>
        <source>Inside or outside reach area</source>
        <translation>W obszarze zasięgu lub poza nim</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Kontakty według kanału</translation>
    </message>
    <message>
        <source>Contacts by need</source>
        <translation>Kontakty według potrzeby</translation>
    </message>
    <message>
        <source>Contacts by outcome</source>
        <translation>Kontakty według rezultatu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Według programu</translation>
    </message>
    <message>
        <source>By session</source>
        <translation>Według zajęć</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Rodzaj zajęć</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Pierwsze zajęcia</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ostatnie zajęcia</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Odbyte zajęcia</translation>
    </message>
    <message>
        <source>Sessions with visits</source>
        <translation>Zajęcia z uczestnikami</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>Początek tygodnia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Rozpoczęcie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Zarezerwowano</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Decile {n}</source>
        <translation>Decyl {n}</translation>
    </message>
    <message>
        <source>Decile 1 (most deprived)</source>
        <translation>Decyl 1 (największe ubóstwo)</translation>
    </message>
    <message>
        <source>Decile 10 (least deprived)</source>
        <translation>Decyl 10 (najmniejsze ubóstwo)</translation>
    </message>
    <message>
        <source>Nobody signed in during this period.</source>
        <translation>W tym okresie nikt nie zapisał wejścia.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Not known&apos; here because no postcode lookup is loaded on this desk: visits carry no ward, LSOA or deprivation decile. Load the council&apos;s postcode lookup in Hub settings; visits from then on are counted by area.</source>
        <translation>Każda wizyta ma tu wartość „Nieznane”, ponieważ na tym stanowisku nie wczytano tabeli kodów pocztowych: wizyty nie mają przypisanego okręgu wyborczego, LSOA ani decyla ubóstwa. Wczytaj tabelę kodów pocztowych rady w ustawieniach hubu; od tego momentu wizyty będą liczone według obszaru.</translation>
    </message>
    <message>
        <source>Not known for every visit: none in this period had a full postcode found in the postcode lookup.</source>
        <translation>Nieznane dla każdej wizyty: w tym okresie żadnego pełnego kodu pocztowego nie znaleziono w tabeli kodów pocztowych.</translation>
    </message>
    <message>
        <source>Not known for every visit: nobody in this period gave a postcode.</source>
        <translation>Nieznane dla każdej wizyty: w tym okresie nikt nie podał kodu pocztowego.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Reach area not set&apos; here because this hub has no reach area set, so no visit can be inside or outside it. Set the reach area (the postcode districts the council&apos;s map gives this hub) in Hub settings.</source>
        <translation>Każda wizyta ma tu wartość „Nie ustawiono obszaru zasięgu”, ponieważ ten hub nie ma ustawionego obszaru zasięgu, więc żadna wizyta nie może być w nim ani poza nim. Ustaw obszar zasięgu (okręgi kodów pocztowych, które mapa rady przypisuje temu hubowi) w ustawieniach hubu.</translation>
    </message>
    <message>
        <source>Family voice</source>
        <translation>Głos rodzin</translation>
    </message>
    <message>
        <source>Family voice by site</source>
        <translation>Głos rodzin wg lokalizacji</translation>
    </message>
    <message>
        <source>Family voice by reason</source>
        <translation>Głos rodzin wg celu</translation>
    </message>
    <message>
        <source>Family voice by session</source>
        <translation>Głos rodzin wg zajęć</translation>
    </message>
    <message>
        <source>Family voice by month</source>
        <translation>Głos rodzin wg miesięcy</translation>
    </message>
    <message>
        <source>Family voice questions</source>
        <translation>Pytania do rodzin</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>With a face</source>
        <translation>Z minką</translation>
    </message>
    <message>
        <source>Good or very good</source>
        <translation>Dobrze lub bardzo dobrze</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odpowiedzi udzielone</translation>
    </message>
    <message>
        <source>Yes (share)</source>
        <translation>Tak (odsetek)</translation>
    </message>
    <message>
        <source>No timetabled session</source>
        <translation>Bez zaplanowanych zajęć</translation>
    </message>
    <message>
        <source>No family said how their day was in this period.</source>
        <translation>W tym okresie żadna rodzina nie powiedziała, jak minął jej dzień.</translation>
    </message>
    <message>
        <source>Inside the reach area</source>
        <translation>W obszarze zasięgu</translation>
    </message>
    <message>
        <source>Outside the reach area</source>
        <translation>Poza obszarem zasięgu</translation>
    </message>
    <message>
        <source>No postcode given</source>
        <translation>Nie podano kodu pocztowego</translation>
    </message>
    <message>
        <source>Reach area not set</source>
        <translation>Nie ustawiono obszaru zasięgu</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Wszystkie lokalizacje</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>This financial year (April–March)</source>
        <translation>Ten rok budżetowy (kwiecień–marzec)</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>Poprzedni rok budżetowy</translation>
    </message>
    <message>
        <source>Q1 (April–June)</source>
        <translation>Q1 (kwiecień–czerwiec)</translation>
    </message>
    <message>
        <source>Q2 (July–September)</source>
        <translation>Q2 (lipiec–wrzesień)</translation>
    </message>
    <message>
        <source>Q3 (October–December)</source>
        <translation>Q3 (październik–grudzień)</translation>
    </message>
    <message>
        <source>Q4 (January–March)</source>
        <translation>Q4 (styczeń–marzec)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Obliczanie danych…</translation>
    </message>
    <message>
        <source>The report could not be worked out.</source>
        <translation>Nie udało się przygotować raportu.</translation>
    </message>
    <message>
        <source>{hub}: {start} to {end}</source>
        <translation>{hub}: od {start} do {end}</translation>
    </message>
    <message>
        <source>Visits by day</source>
        <translation>Wizyty według dni</translation>
    </message>
    <message>
        <source>Visits by week</source>
        <translation>Wizyty według tygodni</translation>
    </message>
    <message>
        <source>Children by age band</source>
        <translation>Dzieci według grup wiekowych</translation>
    </message>
    <message>
        <source>Visits by reason</source>
        <translation>Wizyty według celu</translation>
    </message>
    <message>
        <source>Visits by hour of day</source>
        <translation>Wizyty według godziny</translation>
    </message>
    <message>
        <source>Load the postcode lookup…</source>
        <translation>Wczytaj tabelę kodów pocztowych…</translation>
    </message>
    <message>
        <source>Set the reach area…</source>
        <translation>Ustaw obszar działania…</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>Poproś administratora</translation>
    </message>
    <message>
        <source>Only an administrator can change Hub settings.</source>
        <translation>Tylko administrator może zmieniać ustawienia hubu.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Zapisano w {path}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was saved.</source>
        <translation>Eksport anulowany: nic nie zapisano.</translation>
    </message>
    <message>
        <source>The export failed: nothing was saved.</source>
        <translation>Eksport nie powiódł się: nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>Masz przepustkę Family Hub? Zeskanuj ją albo wpisz kod wydrukowany pod kodem QR.</translation>
    </message>
    <message>
        <source>Scan it, or type the code printed under the QR.</source>
        <translation>Zeskanuj ją albo wpisz kod wydrukowany pod kodem QR.</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>Kod przepustki</translation>
    </message>
    <message>
        <source>Scan, or tap to type</source>
        <translation>Zeskanuj albo stuknij, aby wpisać</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Wpisz mój kod</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Użyj kamery</translation>
    </message>
</context>
<context>
    <name>SendStatusCard</name>
    <message>
        <source>Send now</source>
        <translation>Wyślij teraz</translation>
    </message>
    <message>
        <source>How to enrol</source>
        <translation>Jak zarejestrować komputer</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Choose a session</source>
        <translation>Wybierz zajęcia</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>Wybrane zajęcia</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Zarezerwuj</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programy</translation>
    </message>
    <message>
        <source>Find the family, tick who is coming, then Book.</source>
        <translation>Znajdź rodzinę, zaznacz, kto przyjdzie, a potem kliknij „Zarezerwuj”.</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>Kto przyjdzie</translation>
    </message>
    <message>
        <source>Reason to book beyond the places (optional)</source>
        <translation>Powód rezerwacji ponad limit miejsc (opcjonalnie)</translation>
    </message>
    <message>
        <source>Reason to book beyond the places</source>
        <translation>Powód rezerwacji ponad limit miejsc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>No places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>Brak wolnych miejsc: rodzina trafi na listę oczekujących, chyba że podasz powód rezerwacji ponad limit miejsc.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>
            <numerusform>Zostało tylko %n miejsce: rodzina trafi na listę oczekujących, chyba że podasz powód rezerwacji ponad limit miejsc.</numerusform>
            <numerusform>Zostały tylko %n miejsca: rodzina trafi na listę oczekujących, chyba że podasz powód rezerwacji ponad limit miejsc.</numerusform>
            <numerusform>Zostało tylko %n miejsc: rodzina trafi na listę oczekujących, chyba że podasz powód rezerwacji ponad limit miejsc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n beyond the places</source>
        <translation>
            <numerusform>Zarezerwuj %n miejsce ponad limit</numerusform>
            <numerusform>Zarezerwuj %n miejsca ponad limit</numerusform>
            <numerusform>Zarezerwuj %n miejsc ponad limit</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {family} on the waiting list</source>
        <translation>Dopisz do listy oczekujących: {family}</translation>
    </message>
    <message numerus="yes">
        <source>Book %n places for {family}</source>
        <translation>
            <numerusform>Zarezerwuj %n miejsce: {family}</numerusform>
            <numerusform>Zarezerwuj %n miejsca: {family}</numerusform>
            <numerusform>Zarezerwuj %n miejsc: {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} booked: %n places.</source>
        <translation>
            <numerusform>{who}: zarezerwowano %n miejsce.</numerusform>
            <numerusform>{who}: zarezerwowano %n miejsca.</numerusform>
            <numerusform>{who}: zarezerwowano %n miejsc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Przyszli</translation>
    </message>
    <message>
        <source>Signs the family in now, for this session</source>
        <translation>Zapisuje teraz wejście rodziny na te zajęcia</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Anuluj rezerwację</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Drukuj listę obecności</translation>
    </message>
    <message>
        <source>They take it</source>
        <translation>Przyjmują miejsce</translation>
    </message>
    <message>
        <source>Pass to next</source>
        <translation>Przekaż dalej</translation>
    </message>
    <message>
        <source>They cannot come: offer the place to the next family waiting</source>
        <translation>Nie mogą przyjść: zaproponuj miejsce następnej rodzinie z listy oczekujących</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Nie przyszli</translation>
    </message>
    <message>
        <source>Came {time}</source>
        <translation>Przyszli o {time}</translation>
    </message>
    <message>
        <source>{who} is number {position} on the waiting list.</source>
        <translation>{who}: numer {position} na liście oczekujących.</translation>
    </message>
    <message>
        <source>Waiting list {position}</source>
        <translation>Lista oczekujących: {position}</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Zaproponowano miejsce</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Booked beyond places</source>
        <translation>Rezerwacja ponad limit</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Zarezerwowano</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>Booked beyond the places: {reason}</source>
        <translation>Rezerwacja ponad limit miejsc: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n rezerwacja</numerusform>
            <numerusform>%n rezerwacje</numerusform>
            <numerusform>%n rezerwacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n oczekuje</numerusform>
            <numerusform>%n oczekują</numerusform>
            <numerusform>%n oczekuje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>przyszła %n rodzina</numerusform>
            <numerusform>przyszły %n rodziny</numerusform>
            <numerusform>przyszło %n rodzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not come</source>
        <translation>
            <numerusform>nie przyszła %n rodzina</numerusform>
            <numerusform>nie przyszły %n rodziny</numerusform>
            <numerusform>nie przyszło %n rodzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places freed: offer them to {who} (%n people).</source>
        <translation>
            <numerusform>Zwolniły się miejsca. Zaproponuj je: {who} (%n osoba).</numerusform>
            <numerusform>Zwolniły się miejsca. Zaproponuj je: {who} (%n osoby).</numerusform>
            <numerusform>Zwolniły się miejsca. Zaproponuj je: {who} (%n osób).</numerusform>
        </translation>
    </message>
    <message>
        <source>“Came” is marked on the day of the session</source>
        <translation>„Przyszli” zaznacza się w dniu zajęć</translation>
    </message>
    <message>
        <source>{who} signed in at {time}.</source>
        <translation>{who}: wejście zapisane o {time}.</translation>
    </message>
    <message>
        <source>Booking cancelled for {who}.</source>
        <translation>Anulowano rezerwację: {who}.</translation>
    </message>
    <message>
        <source>{who} booked from the waiting list.</source>
        <translation>{who}: zarezerwowano z listy oczekujących.</translation>
    </message>
    <message>
        <source>The place is offered to the next family waiting.</source>
        <translation>Miejsce zaproponowano następnej rodzinie z listy oczekujących.</translation>
    </message>
    <message>
        <source>Register: {name}</source>
        <translation>Lista obecności: {name}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} at {site}</source>
        <translation>{day}, {start}–{end}, {site}</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>Zajęte miejsca: {taken} z {capacity}</translation>
    </message>
    <message>
        <source>Booked as</source>
        <translation>Status rezerwacji</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista oczekujących</translation>
    </message>
    <message>
        <source>Nobody booked.</source>
        <translation>Brak rezerwacji.</translation>
    </message>
    <message>
        <source>Register saved: {path}</source>
        <translation>Zapisano listę obecności: {path}</translation>
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
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Sessions of one name and kind at one site</source>
        <translation>Zajęcia o tej samej nazwie i rodzaju w jednej lokalizacji</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Sessions held (not cancelled) in these dates</source>
        <translation>Zajęcia, które się odbyły (nieodwołane) w tym okresie</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Pierwsze</translation>
    </message>
    <message>
        <source>The first session in these dates</source>
        <translation>Pierwsze zajęcia w tym okresie</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <source>The last session in these dates</source>
        <translation>Ostatnie zajęcia w tym okresie</translation>
    </message>
    <message>
        <source>Families booked (not the waiting list)</source>
        <translation>Rodziny z rezerwacją (bez listy oczekujących)</translation>
    </message>
    <message>
        <source>Booked families marked as came</source>
        <translation>Rodziny z rezerwacją oznaczone jako obecne</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Booked families who did not come, once it ended</source>
        <translation>Rodziny z rezerwacją, które nie przyszły (po zakończeniu zajęć)</translation>
    </message>
    <message>
        <source>People signed in for its sessions, booked or walk-in</source>
        <translation>Osoby z zapisanym wejściem na te zajęcia, z rezerwacją lub bez</translation>
    </message>
    <message>
        <source>Attendance by programme</source>
        <translation>Frekwencja według programów</translation>
    </message>
    <message>
        <source>No sessions in those dates.</source>
        <translation>Brak zajęć w tym okresie.</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n places taken</source>
        <translation>
            <numerusform>Zajęte miejsca: {taken} z %n</numerusform>
            <numerusform>Zajęte miejsca: {taken} z %n</numerusform>
            <numerusform>Zajęte miejsca: {taken} z %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>%n zajęte miejsce</numerusform>
            <numerusform>%n zajęte miejsca</numerusform>
            <numerusform>%n zajętych miejsc</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(odwołane)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Hub settings</source>
        <translation>Ustawienia hubu</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informacja o prywatności</translation>
    </message>
    <message>
        <source>Families agree to this at the kiosk. Changing the words raises the version, and returning families see the notice again. Leave it empty for the standard wording.</source>
        <translation>Rodziny akceptują ten tekst w kiosku. Zmiana treści podnosi numer wersji, a powracające rodziny zobaczą informację ponownie. Zostaw puste pole, aby użyć standardowej treści.</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Treść informacji o prywatności</translation>
    </message>
    <message>
        <source>Empty: families see the standard wording.</source>
        <translation>Puste: rodziny widzą standardową treść.</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>Zapisz informację</translation>
    </message>
    <message>
        <source>Keeping personal data</source>
        <translation>Przechowywanie danych osobowych</translation>
    </message>
    <message>
        <source>Erase families after this long with no visit or contact:</source>
        <translation>Usuwaj rodziny po takim czasie bez wizyty ani kontaktu:</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Okres przechowywania w miesiącach</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Zapisz okres</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Okres przechowywania</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>Usuń przeterminowane dane teraz</translation>
    </message>
    <message>
        <source>Audit log: every entry carries the hash of the one before.</source>
        <translation>Dziennik audytu: każdy wpis zawiera skrót (hash) poprzedniego.</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Sprawdź dziennik audytu</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for erasure now: %n families.</source>
        <translation>
            <numerusform>Do usunięcia teraz: %n rodzina.</numerusform>
            <numerusform>Do usunięcia teraz: %n rodziny.</numerusform>
            <numerusform>Do usunięcia teraz: %n rodzin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice is unchanged (still version {version}).</source>
        <translation>Informacja się nie zmieniła (nadal wersja {version}).</translation>
    </message>
    <message>
        <source>Notice saved as version {version}. Returning families will see it again.</source>
        <translation>Zapisano informację jako wersję {version}. Powracające rodziny zobaczą ją ponownie.</translation>
    </message>
    <message>
        <source>Personal data is now kept for {period}.</source>
        <translation>Dane osobowe są teraz przechowywane przez {period}.</translation>
    </message>
    <message>
        <source>Retention ran.</source>
        <translation>Usunięto przeterminowane dane.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries link up.</source>
        <translation>
            <numerusform>Dziennik nienaruszony: %n wpis jest poprawnie powiązany.</numerusform>
            <numerusform>Dziennik nienaruszony: wszystkie %n wpisy są poprawnie powiązane.</numerusform>
            <numerusform>Dziennik nienaruszony: wszystkie wpisy (%n) są poprawnie powiązane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: entry {seq} does not match (changed, or an entry before it was removed).</source>
        <translation>Dziennik naruszony: wpis {seq} się nie zgadza (został zmieniony albo usunięto wcześniejszy wpis).</translation>
    </message>
</context>
<context>
    <name>SignOutPage</name>
    <message>
        <source>Signing out</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>Or tap the number you were given when you signed in:</source>
        <translation>Albo dotknij numeru otrzymanego przy wejściu:</translation>
    </message>
    <message>
        <source>Leave without signing out</source>
        <translation>Wyjdź bez zapisywania wyjścia</translation>
    </message>
    <message numerus="yes">
        <source>arrived {time}, %n people</source>
        <translation>
            <numerusform>przyjście {time}, %n osoba</numerusform>
            <numerusform>przyjście {time}, %n osoby</numerusform>
            <numerusform>przyjście {time}, %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Number {number}, {detail}</source>
        <translation>Numer {number}, {detail}</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>Obecnie nikt nie jest zapisany na tym ekranie.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff only</source>
        <translation>Tylko dla personelu</translation>
    </message>
    <message>
        <source>PIN accepted.</source>
        <translation>PIN przyjęty.</translation>
    </message>
    <message>
        <source>Tap your name, then enter your PIN.</source>
        <translation>Stuknij swoje imię i wpisz PIN.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Wpisz PIN.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Zamknij kiosk</translation>
    </message>
    <message>
        <source>No staff accounts yet: set one up at the desk.</source>
        <translation>Nie ma jeszcze kont personelu: utwórz je w recepcji.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Błędny PIN. Została %n próba.</numerusform>
            <numerusform>Błędny PIN. Zostały %n próby.</numerusform>
            <numerusform>Błędny PIN. Zostało %n prób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Nie udało się. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>One fewer: {what}</source>
        <translation>O jeden mniej: {what}</translation>
    </message>
    <message>
        <source>One more: {what}</source>
        <translation>O jeden więcej: {what}</translation>
    </message>
    <message>
        <source>{count} {what}</source>
        <translation>{what}: {count}</translation>
    </message>
</context>
<context>
    <name>SummaryWizardPage</name>
    <message>
        <source>Check and set up</source>
        <translation>Sprawdź i skonfiguruj</translation>
    </message>
    <message>
        <source>Check what this PC will be. Back changes anything; Set up creates the encrypted store, which takes a few seconds. The passphrase and the PIN are not shown.</source>
        <translation>Sprawdź, czym będzie ten komputer. „Wstecz” pozwala cokolwiek zmienić; „Skonfiguruj” tworzy zaszyfrowaną bazę danych, co trwa kilka sekund. Hasło i PIN nie są pokazywane.</translation>
    </message>
    <message>
        <source>Setting up...</source>
        <translation>Konfigurowanie...</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Skonfiguruj</translation>
    </message>
    <message>
        <source>The sign-in kiosk</source>
        <translation>Kiosk do rejestracji wejść</translation>
    </message>
    <message>
        <source>A front desk</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <source>An outreach laptop</source>
        <translation>Laptop do pracy w terenie</translation>
    </message>
    <message>
        <source>This PC will be</source>
        <translation>Ten komputer będzie</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nazwa urządzenia</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Joins a hub through the central service</source>
        <translation>Dołącza do hubu przez usługę centralną</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Usługa centralna</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Kod rejestracyjny</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>Kod hubu</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>%1 (the hub&apos;s name)</source>
        <translation>%1 (nazwa hubu)</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>Kod pocztowy placówki</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Pierwsze konto administratora</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Baza danych</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>The hub&apos;s other devices</source>
        <translation>Pozostałe urządzenia ośrodka</translation>
    </message>
    <message>
        <source>Records the central service refused</source>
        <translation>Rekordy odrzucone przez usługę centralną</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Rekordy w kwarantannie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>Nic nie jest w kwarantannie.</translation>
    </message>
    <message>
        <source>Send again (after fixing the record)</source>
        <translation>Wyślij ponownie (po poprawieniu rekordu)</translation>
    </message>
    <message>
        <source>Discard (keep it on this computer only)</source>
        <translation>Odrzuć (zachowaj tylko na tym komputerze)</translation>
    </message>
    <message>
        <source>This computer keeps everything safely and works offline. Once it is enrolled with the council&apos;s central service (see below), waiting records are sent.</source>
        <translation>Ten komputer bezpiecznie przechowuje wszystkie dane i działa bez internetu. Gdy zostanie zarejestrowany w usłudze centralnej samorządu (patrz niżej), oczekujące rekordy zostaną wysłane.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the central service yet.</source>
        <translation>Ten komputer nie jest jeszcze zarejestrowany w usłudze centralnej.</translation>
    </message>
    <message>
        <source>This computer has not received the hub key yet.</source>
        <translation>Ten komputer nie otrzymał jeszcze klucza hubu.</translation>
    </message>
    <message>
        <source>The central service cannot be reached: working offline.</source>
        <translation>Brak połączenia z usługą centralną: praca offline.</translation>
    </message>
    <message>
        <source>The central service is busy: trying again shortly.</source>
        <translation>Usługa centralna jest zajęta: ponowna próba za chwilę.</translation>
    </message>
    <message>
        <source>The central service asked us to wait: trying again shortly.</source>
        <translation>Usługa centralna prosi o odczekanie: ponowna próba za chwilę.</translation>
    </message>
    <message>
        <source>The central service no longer accepts this computer.</source>
        <translation>Usługa centralna nie akceptuje już tego komputera.</translation>
    </message>
    <message>
        <source>Last problem: {code}</source>
        <translation>Ostatni problem: {code}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Here to Help contact</source>
        <translation>Kontakt Here to Help</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>Przepustka QR</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Członek personelu</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>Rekord zostanie wysłany ponownie przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Discarded: it stays on this computer only.</source>
        <translation>Odrzucono: rekord zostaje tylko na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable</source>
        <translation>Plan zajęć</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Wszystkie lokalizacje</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Poprzedni</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Następny ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Skopiuj poprzedni tydzień</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Dodaj zajęcia</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Odwołaj zajęcia</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Zmień zajęcia</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s day, times or places</source>
        <translation>Zmień dzień, godziny lub liczbę miejsc wybranych zajęć</translation>
    </message>
    <message>
        <source>Public offer</source>
        <translation>Oferta publiczna</translation>
    </message>
    <message>
        <source>Publish the chosen session to the council&apos;s directory and families&apos; calendars</source>
        <translation>Opublikuj wybrane zajęcia w katalogu rady i kalendarzach rodzin</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Zajęcia w tym tygodniu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Public sessions are in the council&apos;s directory and families&apos; calendars.</source>
        <translation>Zajęcia publiczne są w katalogu rady i kalendarzach rodzin.</translation>
    </message>
    <message>
        <source>No sessions this week. Use “Copy last week” to bring last week&apos;s over.</source>
        <translation>Brak zajęć w tym tygodniu. Użyj „Skopiuj poprzedni tydzień”, aby przenieść zajęcia z poprzedniego tygodnia.</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nazwa zajęć</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Rodzaj zajęć</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Dodano zajęcia.</translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation>Zmieniono zajęcia.</translation>
    </message>
    <message>
        <source>Cancel {name} on {day}? Families already booked stay on record.</source>
        <translation>Odwołać zajęcia {name} w dniu {day}? Rezerwacje rodzin pozostaną zapisane.</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Tak, odwołaj</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>Odwołano zajęcia.</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Tydzień od {day}</translation>
    </message>
    <message>
        <source>In the building now:</source>
        <translation>Teraz w budynku:</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n oczekuje</numerusform>
            <numerusform>%n oczekują</numerusform>
            <numerusform>%n oczekuje</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(odwołane)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publiczne</translation>
    </message>
    <message numerus="yes">
        <source>Public offer saved for %n sessions.</source>
        <translation>
            <numerusform>Zapisano ofertę publiczną dla %n zajęć.</numerusform>
            <numerusform>Zapisano ofertę publiczną dla %n zajęć.</numerusform>
            <numerusform>Zapisano ofertę publiczną dla %n zajęć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions copied from last week.</source>
        <translation>
            <numerusform>Skopiowano zajęcia z poprzedniego tygodnia: %n.</numerusform>
            <numerusform>Skopiowano zajęcia z poprzedniego tygodnia: %n.</numerusform>
            <numerusform>Skopiowano zajęcia z poprzedniego tygodnia: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Fire roll call</source>
        <translation>Lista ewakuacyjna</translation>
    </message>
    <message>
        <source>Save as PDF (and print, if there is a printer)</source>
        <translation>Zapisz jako PDF (i wydrukuj, jeśli jest drukarka)</translation>
    </message>
    <message>
        <source>Sign a family in</source>
        <translation>Zapisz wejście rodziny</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>Sign everyone out</source>
        <translation>Zapisz wyjście wszystkich</translation>
    </message>
    <message>
        <source>Who is in the building now</source>
        <translation>Kto jest teraz w budynku</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>W budynku od</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Signed in on</source>
        <translation>Wejście zapisane na</translation>
    </message>
    <message>
        <source>Nobody is signed in yet today.</source>
        <translation>Dziś nikt jeszcze nie ma zapisanego wejścia.</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Bez rejestracji</translation>
    </message>
    <message>
        <source>Count who is here without a family record</source>
        <translation>Policz osoby obecne bez rekordu rodziny</translation>
    </message>
    <message>
        <source>Why they came</source>
        <translation>Cel wizyty</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Wejście</translation>
    </message>
    <message>
        <source>Children {band}</source>
        <translation>Dzieci {band}</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>bez rejestracji</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: {who} (%n people).</source>
        <translation>
            <numerusform>Zapisano wejście: {who} (%n osoba).</numerusform>
            <numerusform>Zapisano wejście: {who} (%n osoby).</numerusform>
            <numerusform>Zapisano wejście: {who} (%n osób).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total}: {adults}, {children}</source>
        <translation>{total}: {adults}, {children}</translation>
    </message>
    <message numerus="yes">
        <source>%n adults</source>
        <translation>
            <numerusform>%n osoba dorosła</numerusform>
            <numerusform>%n osoby dorosłe</numerusform>
            <numerusform>%n osób dorosłych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n dziecko</numerusform>
            <numerusform>%n dzieci</numerusform>
            <numerusform>%n dzieci</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: data up to {when}</source>
        <translation>{device}: dane do {when}</translation>
    </message>
    <message>
        <source>{device}: nothing received yet</source>
        <translation>{device}: jeszcze nic nie odebrano</translation>
    </message>
    <message>
        <source>{people} in {parties}</source>
        <translation>{people} ({parties})</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message>
        <source>a party with no family record</source>
        <translation>grupa bez rekordu rodziny</translation>
    </message>
    <message numerus="yes">
        <source>Sign out {who} (%n people)?</source>
        <translation>
            <numerusform>Zapisać wyjście: {who} (%n osoba)?</numerusform>
            <numerusform>Zapisać wyjście: {who} (%n osoby)?</numerusform>
            <numerusform>Zapisać wyjście: {who} (%n osób)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Tak, zapisz wyjście</translation>
    </message>
    <message numerus="yes">
        <source>Signed out: {who} (%n people).</source>
        <translation>
            <numerusform>Zapisano wyjście: {who} (%n osoba).</numerusform>
            <numerusform>Zapisano wyjście: {who} (%n osoby).</numerusform>
            <numerusform>Zapisano wyjście: {who} (%n osób).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed back in: {who}.</source>
        <translation>Ponownie zapisano wejście: {who}.</translation>
    </message>
    <message numerus="yes">
        <source>Sign out everyone in the building (%n people)? Do this at closing time.</source>
        <translation>
            <numerusform>Zapisać wyjście wszystkich w budynku (%n osoba)? Zrób to przy zamknięciu.</numerusform>
            <numerusform>Zapisać wyjście wszystkich w budynku (%n osoby)? Zrób to przy zamknięciu.</numerusform>
            <numerusform>Zapisać wyjście wszystkich w budynku (%n osób)? Zrób to przy zamknięciu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign everyone out</source>
        <translation>Tak, zapisz wyjście wszystkich</translation>
    </message>
    <message numerus="yes">
        <source>%n parties signed out.</source>
        <translation>
            <numerusform>Zapisano wyjście %n grupy.</numerusform>
            <numerusform>Zapisano wyjście %n grup.</numerusform>
            <numerusform>Zapisano wyjście %n grup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at {when}</source>
        <translation>Sporządzono: {when}</translation>
    </message>
    <message>
        <source>Out?</source>
        <translation>Wyszli?</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Dorośli</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Not registered ({how_many})</source>
        <translation>Bez rejestracji ({how_many})</translation>
    </message>
    <message>
        <source>How fresh each device&apos;s data is</source>
        <translation>Aktualność danych z poszczególnych urządzeń</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Dane do</translation>
    </message>
    <message>
        <source>this computer: live</source>
        <translation>ten komputer: na bieżąco</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>jeszcze nic nie odebrano</translation>
    </message>
    <message>
        <source>Last sync with the central service: {when}</source>
        <translation>Ostatnia synchronizacja z usługą centralną: {when}</translation>
    </message>
    <message>
        <source>Not connected to a central service: other devices&apos; sign-ins may be missing.</source>
        <translation>Brak połączenia z usługą centralną: może brakować wejść zapisanych na innych urządzeniach.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nikt nie ma zapisanego wejścia.</translation>
    </message>
    <message>
        <source>Taking the roll call…</source>
        <translation>Sporządzanie listy ewakuacyjnej…</translation>
    </message>
    <message>
        <source>Roll call saved: {path}</source>
        <translation>Zapisano listę ewakuacyjną: {path}</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Wydrukowano na drukarce {printer}.</translation>
    </message>
</context>
<context>
    <name>VoiceAskBar</name>
    <message>
        <source>If the family would like to: how was today? (anonymous)</source>
        <translation>Jeśli rodzina chce: jak było dzisiaj? (anonimowo)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>VoiceCard</name>
    <message>
        <source>Family voice: questions after the faces</source>
        <translation>Głos rodzin: pytania po minkach</translation>
    </message>
    <message>
        <source>After tapping a face, families may answer these by tapping yes, a little or no. Own words: English is needed; a language left empty shows the English (or, for a standard question, the kiosk&apos;s own translation). Saving a change starts a new version: earlier answers stay with the words they answered.</source>
        <translation>Po dotknięciu minki rodziny mogą odpowiedzieć na te pytania, dotykając tak, trochę lub nie. Własne słowa: wymagany jest angielski; język pozostawiony pusty pokazuje tekst angielski (a dla pytania standardowego – tłumaczenie kiosku). Zapisanie zmiany rozpoczyna nową wersję: wcześniejsze odpowiedzi zostają przy słowach, na które odpowiadały.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Pytanie %1</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nie pytamy</translation>
    </message>
    <message>
        <source>Question %1 in %2</source>
        <translation>Pytanie %1 – %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Save questions</source>
        <translation>Zapisz pytania</translation>
    </message>
    <message>
        <source>Version %1 of the hub&apos;s questions is in use.</source>
        <translation>Używana jest wersja %1 pytań hubu.</translation>
    </message>
    <message>
        <source>No questions yet: the kiosk shows the faces only.</source>
        <translation>Nie ma jeszcze pytań: kiosk pokazuje tylko minki.</translation>
    </message>
    <message>
        <source>The questions are unchanged.</source>
        <translation>Pytania się nie zmieniły.</translation>
    </message>
    <message>
        <source>Questions saved as version %1.</source>
        <translation>Pytania zapisano jako wersję %1.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Thank you. It helps us make the hub better.</source>
        <translation>Dziękujemy. To pomaga nam ulepszać hub.</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>Do widzenia i do zobaczenia!</translation>
    </message>
    <message>
        <source>Enjoy the rest of your visit!</source>
        <translation>Miłego dalszego pobytu!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Question %1 of %2. Tap an answer.</source>
        <translation>Pytanie %1 z %2. Dotknij odpowiedzi.</translation>
    </message>
    <message>
        <source>No more questions</source>
        <translation>Koniec pytań</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <source>Not good</source>
        <translation>Niedobrze</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>Mogło być lepiej</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Trochę</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Did you get the help you came for?</source>
        <translation>Czy otrzymaliście pomoc, po którą przyszliście?</translation>
    </message>
    <message>
        <source>Would you tell a friend about the hub?</source>
        <translation>Czy polecilibyście hub znajomym?</translation>
    </message>
    <message>
        <source>Did you feel welcome?</source>
        <translation>Czy czuliście się mile widziani?</translation>
    </message>
    <message>
        <source>Did you learn something useful today?</source>
        <translation>Czy dowiedzieliście się dziś czegoś przydatnego?</translation>
    </message>
    <message>
        <source>Did your child enjoy it?</source>
        <translation>Czy dziecku się podobało?</translation>
    </message>
    <message>
        <source>Our own question</source>
        <translation>Nasze własne pytanie</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>Please sign in when you arrive, and sign out when you leave.</source>
        <translation>Prosimy zapisać wejście po przyjściu i wyjście przed wyjściem.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Wejście</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>Plan zajęć</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to hubdesk</source>
        <translation>Witamy w hubdesk</translation>
    </message>
    <message>
        <source>This PC has not been set up yet. In a few steps it becomes the sign-in kiosk, the front desk or an outreach laptop of a Family Hub.

You will need: the hub&apos;s details (or an enrolment code from the council&apos;s central service), a passphrase for the administrator, and a PIN for the first administrator. Have a pen ready: a recovery code is shown once at the end.</source>
        <translation>Ten komputer nie został jeszcze skonfigurowany. W kilku krokach stanie się kioskiem do rejestracji wejść, recepcją lub laptopem do pracy w terenie w Family Hub.

Będą potrzebne: dane hubu (albo kod rejestracji z usługi centralnej samorządu), hasło administratora i PIN pierwszego administratora. Przygotuj długopis: na końcu jeden raz zostanie pokazany kod odzyskiwania.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Here to Help: advice and support</source>
        <translation>Here to Help: porady i wsparcie</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>Pielęgniarka środowiskowa lub poradnia</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>Umówiona wizyta</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>Tylko odwiedzam</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Coś innego</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mama</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Tata</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Babcia lub dziadek</translation>
    </message>
    <message>
        <source>Another adult</source>
        <translation>Inna osoba dorosła</translation>
    </message>
    <message>
        <source>Babies, under 2</source>
        <translation>Niemowlęta, poniżej 2 lat</translation>
    </message>
    <message>
        <source>Aged 2 to 4</source>
        <translation>Od 2 do 4 lat</translation>
    </message>
    <message>
        <source>Aged 5 to 11</source>
        <translation>Od 5 do 11 lat</translation>
    </message>
    <message>
        <source>Aged 12 to 16</source>
        <translation>Od 12 do 16 lat</translation>
    </message>
    <message>
        <source>Aged 17 to 19</source>
        <translation>Od 17 do 19 lat</translation>
    </message>
    <message>
        <source>Aged 20 to 25 with SEND</source>
        <translation>Od 20 do 25 lat, z SEND</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Przepustka</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Kto przyszedł</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Dorośli</translation>
    </message>
    <message>
        <source>Why you came</source>
        <translation>Cel wizyty</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informacja o prywatności</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Prosimy to uzupełnić.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>To jest za długie. Prosimy skrócić.</translation>
    </message>
    <message>
        <source>Please use letters.</source>
        <translation>Prosimy użyć liter.</translation>
    </message>
    <message>
        <source>This has a character we cannot use.</source>
        <translation>Jest tu znak, którego nie możemy użyć.</translation>
    </message>
    <message>
        <source>Please keep this on one line.</source>
        <translation>Prosimy wpisać to w jednej linii.</translation>
    </message>
    <message>
        <source>This does not look like a UK postcode. Check it, or leave it empty.</source>
        <translation>To nie wygląda na brytyjski kod pocztowy. Sprawdź go albo zostaw puste pole.</translation>
    </message>
    <message>
        <source>Please write the date as day/month/year.</source>
        <translation>Wpisz datę jako dzień/miesiąc/rok.</translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day and the month.</source>
        <translation>Taka data nie istnieje. Sprawdź dzień i miesiąc.</translation>
    </message>
    <message>
        <source>Please choose the date of birth.</source>
        <translation>Wybierz datę urodzenia.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Ta data jest w przyszłości.</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>Family Hub jest dla dzieci i młodzieży do 25 lat.</translation>
    </message>
    <message>
        <source>Over 19 is for young people with special educational needs or a disability (SEND): tick SEND if this applies.</source>
        <translation>Powyżej 19 lat dotyczy młodych osób ze specjalnymi potrzebami edukacyjnymi lub niepełnosprawnością (SEND): zaznacz SEND, jeśli to dotyczy.</translation>
    </message>
    <message>
        <source>Sorry, this session is full. Please choose another reason, or ask at the front desk.</source>
        <translation>Przepraszamy, na te zajęcia nie ma już miejsc. Wybierz inny powód albo zapytaj w recepcji.</translation>
    </message>
    <message>
        <source>{band} (SEND)</source>
        <translation>{band} (SEND)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Please add at least one person.</source>
        <translation>Dodaj co najmniej jedną osobę.</translation>
    </message>
    <message>
        <source>We don&apos;t recognise this pass. Please ask at the front desk.</source>
        <translation>Nie rozpoznajemy tej przepustki. Zapytaj w recepcji.</translation>
    </message>
    <message>
        <source>This pass has been replaced. Please ask at the front desk for a new one.</source>
        <translation>Ta przepustka została zastąpiona. Poproś w recepcji o nową.</translation>
    </message>
    <message>
        <source>This is not a Family Hub pass.</source>
        <translation>To nie jest przepustka Family Hub.</translation>
    </message>
    <message>
        <source>The pass could not be read. Please try again.</source>
        <translation>Nie udało się odczytać przepustki. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The code has a typo. Please check each letter and number.</source>
        <translation>W kodzie jest literówka. Sprawdź każdą literę i cyfrę.</translation>
    </message>
    <message>
        <source>That number is too big.</source>
        <translation>Ta liczba jest za duża.</translation>
    </message>
    <message>
        <source>Please tick who is here today.</source>
        <translation>Zaznacz, kto dziś przyszedł.</translation>
    </message>
    <message>
        <source>You are signed in here already today.</source>
        <translation>Masz już dziś zapisane wejście w tym miejscu.</translation>
    </message>
    <message>
        <source>Please choose one of the rooms shown.</source>
        <translation>Wybierz jedno z pokazanych pomieszczeń.</translation>
    </message>
    <message>
        <source>Sorry, this screen is very busy. Please ask at the desk.</source>
        <translation>Przepraszamy, ten ekran jest bardzo zajęty. Zapytaj w recepcji.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>Przepraszamy, coś poszło nie tak. Zapytaj w recepcji.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>the same phone number</source>
        <translation>ten sam numer telefonu</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <source>a child with the same name and date of birth</source>
        <translation>dziecko o tym samym imieniu i dacie urodzenia</translation>
    </message>
    <message>
        <source>the same surname and postcode</source>
        <translation>to samo nazwisko i kod pocztowy</translation>
    </message>
    <message>
        <source>an adult with the same name</source>
        <translation>osoba dorosła o tym samym imieniu i nazwisku</translation>
    </message>
    <message numerus="yes">
        <source>+ %n adults</source>
        <translation>
            <numerusform>+ %n osoba dorosła</numerusform>
            <numerusform>+ %n osoby dorosłe</numerusform>
            <numerusform>+ %n osób dorosłych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n children</source>
        <translation>
            <numerusform>+ %n dziecko</numerusform>
            <numerusform>+ %n dzieci</numerusform>
            <numerusform>+ %n dzieci</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Skierowano do</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Przekierowano do</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Termin dalszych działań</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Poświęcony czas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Wizyta bez umówienia</translation>
    </message>
    <message>
        <source>Online request</source>
        <translation>Zgłoszenie online</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Mieszkanie</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Pieniądze i świadczenia</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Żywność</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Rodzicielstwo</translation>
    </message>
    <message>
        <source>Child development</source>
        <translation>Rozwój dziecka</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Zdrowie psychiczne</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Przemoc domowa</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukacja</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Udzielono porady</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Skierowano do</translation>
    </message>
    <message>
        <source>Booked into a group</source>
        <translation>Zapisano do grupy</translation>
    </message>
    <message>
        <source>Early help request raised</source>
        <translation>Złożono wniosek o wczesną pomoc</translation>
    </message>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>Pielęgniarka środowiskowa lub poradnia</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Umówiona wizyta</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>Tylko odwiedziny</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>Family Hub</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>Remiza strażacka</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Baza wojskowa</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <source>Community venue</source>
        <translation>Miejsce w społeczności</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <source>Outreach laptop</source>
        <translation>Laptop terenowy</translation>
    </message>
    <message>
        <source>Another device</source>
        <translation>Inne urządzenie</translation>
    </message>
    <message>
        <source>Stay and play</source>
        <translation>Wspólna zabawa (Stay and play)</translation>
    </message>
    <message>
        <source>Baby clinic</source>
        <translation>Poradnia dla niemowląt</translation>
    </message>
    <message>
        <source>Youth group</source>
        <translation>Grupa młodzieżowa</translation>
    </message>
    <message>
        <source>Breakfast club</source>
        <translation>Klub śniadaniowy</translation>
    </message>
    <message>
        <source>Learning through play</source>
        <translation>Nauka przez zabawę</translation>
    </message>
    <message>
        <source>Parenting course</source>
        <translation>Kurs dla rodziców</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mama</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Tata</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Babcia lub dziadek</translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation>Inna osoba dorosła</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Praca w terenie</translation>
    </message>
    <message>
        <source>Hub manager</source>
        <translation>Kierownik hubu</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Kto przyszedł</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Pomieszczenie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Rezerwacja</translation>
    </message>
    <message>
        <source>is needed.</source>
        <translation>to pole jest wymagane.</translation>
    </message>
    <message>
        <source>is not a date. Type it as day/month/year, for example 10/12/2026.</source>
        <translation>to nie jest data. Wpisz ją jako dzień/miesiąc/rok, np. 10/12/2026.</translation>
    </message>
    <message>
        <source>is not a real date (check the day and the month).</source>
        <translation>taka data nie istnieje (sprawdź dzień i miesiąc).</translation>
    </message>
    <message>
        <source>choose a date.</source>
        <translation>wybierz datę.</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>nie może być w przyszłości.</translation>
    </message>
    <message>
        <source>cannot be in the past.</source>
        <translation>nie może być w przeszłości.</translation>
    </message>
    <message>
        <source>is too far in the past.</source>
        <translation>sięga zbyt daleko w przeszłość.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>wartość jest za długa.</translation>
    </message>
    <message>
        <source>is too short.</source>
        <translation>wartość jest za krótka.</translation>
    </message>
    <message>
        <source>is not the right length.</source>
        <translation>wartość ma niewłaściwą długość.</translation>
    </message>
    <message>
        <source>is outside what is allowed.</source>
        <translation>wartość jest poza dozwolonym zakresem.</translation>
    </message>
    <message>
        <source>is not a UK postcode. Check it, or leave it empty.</source>
        <translation>to nie jest brytyjski kod pocztowy. Sprawdź go albo zostaw puste pole.</translation>
    </message>
    <message>
        <source>has characters that cannot be stored.</source>
        <translation>zawiera znaki, których nie można zapisać.</translation>
    </message>
    <message>
        <source>is already used.</source>
        <translation>ta wartość jest już używana.</translation>
    </message>
    <message>
        <source>is already there.</source>
        <translation>to już istnieje.</translation>
    </message>
    <message>
        <source>choose people from this family.</source>
        <translation>wybierz osoby z tej rodziny.</translation>
    </message>
    <message>
        <source>has no places left.</source>
        <translation>brak wolnych miejsc.</translation>
    </message>
    <message>
        <source>is already booked for this session.</source>
        <translation>ma już rezerwację na te zajęcia.</translation>
    </message>
    <message>
        <source>tick at least one person who is coming.</source>
        <translation>zaznacz co najmniej jedną osobę, która przyjdzie.</translation>
    </message>
    <message>
        <source>has already ended.</source>
        <translation>termin już minął.</translation>
    </message>
    <message>
        <source>can be marked as came on the day only.</source>
        <translation>obecność można zaznaczyć tylko w dniu zajęć.</translation>
    </message>
    <message>
        <source>must be after the start.</source>
        <translation>musi być później niż początek.</translation>
    </message>
    <message>
        <source>must be on the same day as the start.</source>
        <translation>musi przypadać na ten sam dzień co początek.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <source>choose one from the list.</source>
        <translation>wybierz jedną pozycję z listy.</translation>
    </message>
    <message>
        <source>must be digits only.</source>
        <translation>może zawierać tylko cyfry.</translation>
    </message>
    <message>
        <source>is too easy to guess: choose another.</source>
        <translation>jest zbyt łatwy do odgadnięcia: wybierz inny.</translation>
    </message>
    <message>
        <source>They had already signed out.</source>
        <translation>Wyjście było już zapisane.</translation>
    </message>
    <message>
        <source>That visit is not in the list any more.</source>
        <translation>Tej wizyty nie ma już na liście.</translation>
    </message>
    <message>
        <source>It is too late to undo that sign-out: sign them in again instead.</source>
        <translation>Za późno, by cofnąć to wyjście: zamiast tego zapisz ponownie wejście.</translation>
    </message>
    <message>
        <source>The sign-out has already gone to the other devices, so it cannot be undone: sign them in again instead.</source>
        <translation>Wyjście zostało już przesłane do innych urządzeń, więc nie można go cofnąć: zamiast tego zapisz ponownie wejście.</translation>
    </message>
    <message>
        <source>They have signed in again since, so there is nothing to undo.</source>
        <translation>Od tego czasu ponownie zapisano wejście, więc nie ma czego cofać.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n problem(s) shown beside the fields.</source>
        <translation>
            <numerusform>Popraw %n problem pokazany przy polach.</numerusform>
            <numerusform>Popraw %n problemy pokazane przy polach.</numerusform>
            <numerusform>Popraw %n problemów pokazanych przy polach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked for now.</source>
        <translation>Zbyt wiele błędnych PIN-ów: tymczasowo zablokowano.</translation>
    </message>
    <message>
        <source>That did not work ({kind}). Please try again.</source>
        <translation>Nie udało się ({kind}). Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That session is full.</source>
        <translation>Na tych zajęciach nie ma już wolnych miejsc.</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>Sprawdź formularz: {problem}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>dzisiaj {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>wczoraj {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <source>To send them, enrol this laptop with the council&apos;s central service:</source>
        <translation>Aby je wysłać, zarejestruj ten laptop w usłudze centralnej rady:</translation>
    </message>
    <message>
        <source>1. Ask your hub&apos;s administrator for an enrolment code for this laptop (a code or a QR code).</source>
        <translation>1. Poproś administratora swojego hubu o kod rejestracyjny dla tego laptopa (kod lub kod QR).</translation>
    </message>
    <message>
        <source>2. Close hubdesk (Lock, then close the window).</source>
        <translation>2. Zamknij hubdesk (kliknij „Zablokuj”, a potem zamknij okno).</translation>
    </message>
    <message>
        <source>3. Open a terminal (on Windows: Command Prompt), type: hubdesk enrol THE-CODE --kind outreach, and press Enter.</source>
        <translation>3. Otwórz terminal (w systemie Windows: Wiersz polecenia), wpisz: hubdesk enrol KOD --kind outreach i naciśnij Enter.</translation>
    </message>
    <message>
        <source>4. Open hubdesk again: this box then says when records were last sent.</source>
        <translation>4. Otwórz ponownie hubdesk: w tym polu pojawi się informacja, kiedy ostatnio wysłano rekordy.</translation>
    </message>
    <message>
        <source>Safe to close the lid: everything is sent.</source>
        <translation>Można bezpiecznie zamknąć laptop: wszystko zostało wysłane.</translation>
    </message>
    <message numerus="yes">
        <source>Not safe yet: %n records not sent.</source>
        <translation>
            <numerusform>Jeszcze nie zamykaj: %n rekord nie został wysłany.</numerusform>
            <numerusform>Jeszcze nie zamykaj: %n rekordy nie zostały wysłane.</numerusform>
            <numerusform>Jeszcze nie zamykaj: %n rekordów nie zostało wysłanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation>Na razie nie ma nic do wysłania.</translation>
    </message>
    <message>
        <source>Last sent: {when}</source>
        <translation>Ostatnio wysłano: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to send</source>
        <translation>
            <numerusform>%n rekord czeka na wysłanie</numerusform>
            <numerusform>%n rekordy czekają na wysłanie</numerusform>
            <numerusform>%n rekordów czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the central service: see the Sync tab</source>
        <translation>
            <numerusform>%n rekord odrzucony przez usługę centralną: zobacz kartę Synchronizacja</numerusform>
            <numerusform>%n rekordy odrzucone przez usługę centralną: zobacz kartę Synchronizacja</numerusform>
            <numerusform>%n rekordów odrzuconych przez usługę centralną: zobacz kartę Synchronizacja</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled, so nothing is sent: all is kept safely on this laptop</source>
        <translation>brak rejestracji, więc nic nie jest wysyłane: wszystko jest bezpiecznie przechowywane na tym laptopie</translation>
    </message>
    <message>
        <source>offline: kept safely on this laptop, sent when back online</source>
        <translation>offline: dane są bezpiecznie przechowywane na tym laptopie i zostaną wysłane po przywróceniu połączenia</translation>
    </message>
    <message>
        <source>sending: keep the laptop open and connected for a moment</source>
        <translation>wysyłanie: przez chwilę nie zamykaj laptopa i nie odłączaj go od sieci</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a central service · %n records kept on this computer</source>
        <translation>
            <numerusform>Brak połączenia z usługą centralną · %n rekord przechowywany na tym komputerze</numerusform>
            <numerusform>Brak połączenia z usługą centralną · %n rekordy przechowywane na tym komputerze</numerusform>
            <numerusform>Brak połączenia z usługą centralną · %n rekordów przechowywanych na tym komputerze</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Refused by the central service: ask your administrator</source>
        <translation>Odrzucono przez usługę centralną: zapytaj administratora</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>ostatnia synchronizacja: {when}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jeszcze nie synchronizowano</translation>
    </message>
    <message numerus="yes">
        <source>{state} · {last} · %n waiting</source>
        <translation>
            <numerusform>{state} · {last} · %n oczekuje</numerusform>
            <numerusform>{state} · {last} · %n oczekują</numerusform>
            <numerusform>{state} · {last} · %n oczekuje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes ahead: please set it right</source>
        <translation>
            <numerusform>Zegar tego komputera spieszy się o %n minutę: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spieszy się o %n minuty: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spieszy się o %n minut: ustaw prawidłowy czas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes behind: please set it right</source>
        <translation>
            <numerusform>Zegar tego komputera spóźnia się o %n minutę: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spóźnia się o %n minuty: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spóźnia się o %n minut: ustaw prawidłowy czas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours ahead: please set it right</source>
        <translation>
            <numerusform>Zegar tego komputera spieszy się o %n godzinę: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spieszy się o %n godziny: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spieszy się o %n godzin: ustaw prawidłowy czas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours behind: please set it right</source>
        <translation>
            <numerusform>Zegar tego komputera spóźnia się o %n godzinę: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spóźnia się o %n godziny: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spóźnia się o %n godzin: ustaw prawidłowy czas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days ahead: please set it right</source>
        <translation>
            <numerusform>Zegar tego komputera spieszy się o %n dzień: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spieszy się o %n dni: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spieszy się o %n dni: ustaw prawidłowy czas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days behind: please set it right</source>
        <translation>
            <numerusform>Zegar tego komputera spóźnia się o %n dzień: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spóźnia się o %n dni: ustaw prawidłowy czas</numerusform>
            <numerusform>Zegar tego komputera spóźnia się o %n dni: ustaw prawidłowy czas</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: directly, {when}</source>
        <translation>{device}: bezpośrednio, {when}</translation>
    </message>
    <message>
        <source>{device}: through the service, {when}</source>
        <translation>{device}: przez serwis centralny, {when}</translation>
    </message>
    <message>
        <source>{device}: through the service</source>
        <translation>{device}: przez serwis centralny</translation>
    </message>
    <message>
        <source>{device}: not heard from since {when}</source>
        <translation>{device}: brak kontaktu od {when}</translation>
    </message>
    <message>
        <source>{device}: not heard from</source>
        <translation>{device}: brak kontaktu</translation>
    </message>
    <message numerus="yes">
        <source>%n devices heard directly</source>
        <translation>
            <numerusform>%n urządzenie bezpośrednio</numerusform>
            <numerusform>%n urządzenia bezpośrednio</numerusform>
            <numerusform>%n urządzeń bezpośrednio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n through the service</source>
        <translation>
            <numerusform>%n przez serwis centralny</numerusform>
            <numerusform>%n przez serwis centralny</numerusform>
            <numerusform>%n przez serwis centralny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not heard from</source>
        <translation>
            <numerusform>%n bez kontaktu</numerusform>
            <numerusform>%n bez kontaktu</numerusform>
            <numerusform>%n bez kontaktu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>This must be filled in.</source>
        <translation>To pole trzeba wypełnić.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>To jest za krótkie.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>To jest za długie.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Używaj tylko cyfr.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN ma od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <source>This is not a valid UK postcode.</source>
        <translation>To nie jest prawidłowy brytyjski kod pocztowy.</translation>
    </message>
    <message>
        <source>There is already a store here.</source>
        <translation>W tym miejscu jest już baza danych.</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>Wpisy nie są takie same.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Adres musi zaczynać się od https://.</translation>
    </message>
    <message>
        <source>The files could not be written: check the disk and try again.</source>
        <translation>Nie udało się zapisać plików: sprawdź dysk i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Nie udało się: %1</translation>
    </message>
    <message>
        <source>The central service could not be reached. Check the address and the network, or set up a standalone hub.</source>
        <translation>Nie udało się połączyć z usługą centralną. Sprawdź adres i sieć albo skonfiguruj samodzielny hub.</translation>
    </message>
    <message>
        <source>The central service refused the enrolment code (wrong, used or expired). Ask for a new one.</source>
        <translation>Usługa centralna odrzuciła kod rejestracji (błędny, wykorzystany lub wygasły). Poproś o nowy.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was saved; please try again.</source>
        <translation>Coś poszło nie tak (%1). Nic nie zapisano; spróbuj ponownie.</translation>
    </message>
</context>
</TS>
