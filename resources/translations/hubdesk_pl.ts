<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>A little about you</source>
        <translation>Kilka słów o Tobie</translation>
    </message>
    <message>
        <source>Both questions are optional: tap Next to skip.</source>
        <translation>Obie odpowiedzi są dobrowolne: stuknij „Dalej”, aby pominąć.</translation>
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
        <source>Only the first half (like NE1) is used, to plan services near you.</source>
        <translation>Używamy tylko pierwszej części (np. NE1), aby planować usługi w Twojej okolicy.</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub?</source>
        <translation>Czy jesteś w Family Hub po raz pierwszy?</translation>
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
        <source>That&apos;s fine</source>
        <translation>Nie ma problemu</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>Przy zamknięciu pracownicy wypisują wszystkich. Do widzenia i do zobaczenia!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
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
        <source>You are signed in already today. Leaving? Sign out here.</source>
        <translation>Wejście jest już dziś zapisane. Wychodzisz? Zapisz wyjście tutaj.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>Please tick at least one person.</source>
        <translation>Zaznacz co najmniej jedną osobę.</translation>
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
        <source>I&apos;d like a private word</source>
        <translation>Chcę porozmawiać na osobności</translation>
    </message>
    <message>
        <source>I&apos;d like a private word with someone</source>
        <translation>Chcę z kimś porozmawiać na osobności</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>This screen will start again soon, to keep your details private.</source>
        <translation>Ekran za chwilę zacznie od nowa, aby chronić Twoje dane.</translation>
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
</context>
<context>
    <name>NotBuiltYetWindow</name>
    <message>
        <source>The front desk is not built yet (hubdesk.ui.desk.desk_window is missing).</source>
        <translation>Recepcja nie jest jeszcze gotowa (brak hubdesk.ui.desk.desk_window).</translation>
    </message>
    <message>
        <source>hubdesk desk</source>
        <translation>hubdesk desk</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>Who is here today?</source>
        <translation>Kto dziś przyszedł?</translation>
    </message>
    <message>
        <source>Tap + for each person. No names needed.</source>
        <translation>Stuknij + przy każdej osobie. Imiona nie są potrzebne.</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Dorośli</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Dzieci i młodzież</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Ile osób</translation>
    </message>
    <message>
        <source>Of them with SEND</source>
        <translation>W tym z SEND</translation>
    </message>
    <message>
        <source>{band}, with SEND</source>
        <translation>{band}, z SEND</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>Dodaj dziecko według daty urodzenia</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (day/month/year):</source>
        <translation>Data urodzenia dziecka (dzień/miesiąc/rok):</translation>
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
        <source>e.g. 25/12/2021</source>
        <translation>np. 25/12/2021</translation>
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
        <source>QR code of your pass</source>
        <translation>Kod QR Twojej przepustki</translation>
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
        <source>{hub} keeps a record of visits so that it can plan its groups and services.

If you finish without registering, we only count how many people came, the children&apos;s age groups, why you came and the first half of your postcode. No names are kept.

If you register, we also keep your first names and your children&apos;s dates of birth, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for two years after your last visit and then deleted.

You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>{hub} prowadzi rejestr wizyt, aby planować zajęcia i usługi.

Jeśli zakończysz bez rejestracji, liczymy tylko, ile osób przyszło, grupy wiekowe dzieci, cel wizyty i pierwszą część kodu pocztowego. Nie zapisujemy żadnych imion.

Jeśli się zarejestrujesz, zapiszemy też Wasze imiona i daty urodzenia dzieci, aby następnym razem można było wejść jednym skanem przepustki. Widzą je tylko pracownicy tego Family Hub. Przechowujemy je przez dwa lata od ostatniej wizyty, a potem usuwamy.

W każdej chwili możesz poprosić w recepcji o wgląd w swoje dane, ich poprawienie lub usunięcie.</translation>
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
        <source>Please speak to someone at the front desk when you are ready.</source>
        <translation>Kiedy zechcesz, porozmawiaj z kimś w recepcji.</translation>
    </message>
    <message>
        <source>Someone will come and find you for a quiet word soon.</source>
        <translation>Wkrótce ktoś do Ciebie podejdzie, żeby spokojnie porozmawiać.</translation>
    </message>
    <message>
        <source>One moment...</source>
        <translation>Chwileczkę...</translation>
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
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register for a pass</source>
        <translation>Rejestracja i przepustka</translation>
    </message>
    <message>
        <source>First names only. We need each child&apos;s date of birth to count age groups.</source>
        <translation>Tylko imiona. Daty urodzenia dzieci są potrzebne do liczenia grup wiekowych.</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>Zarejestruj i zapisz wejście</translation>
    </message>
    <message>
        <source>First name of adult {n}</source>
        <translation>Imię osoby dorosłej {n}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation>Imię dziecka</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>{band} (SEND)</source>
        <translation>{band} (SEND)</translation>
    </message>
    <message>
        <source>First name of child {n}</source>
        <translation>Imię dziecka {n}</translation>
    </message>
    <message>
        <source>Date of birth of child {n}</source>
        <translation>Data urodzenia dziecka {n}</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>dzień/miesiąc/rok</translation>
    </message>
    <message>
        <source>Adult {n}</source>
        <translation>Osoba dorosła {n}</translation>
    </message>
    <message>
        <source>Child {n}</source>
        <translation>Dziecko {n}</translation>
    </message>
    <message>
        <source>{who}, {problem}</source>
        <translation>{who}: {problem}</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>Masz przepustkę Family Hub? Zeskanuj ją albo wpisz kod wydrukowany pod kodem QR.</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>Kod przepustki</translation>
    </message>
    <message>
        <source>Pass code, e.g. ABCD-EFGH-J</source>
        <translation>Kod przepustki, np. ABCD-EFGH-J</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Użyj kamery</translation>
    </message>
</context>
<context>
    <name>SignOutPage</name>
    <message>
        <source>Signing out</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>Scan your pass, or tap your name below.</source>
        <translation>Zeskanuj przepustkę albo stuknij swoje imię poniżej.</translation>
    </message>
    <message>
        <source>Signed in on this screen today:</source>
        <translation>Zapisani dziś na tym ekranie:</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>Obecnie nikt nie jest zapisany na tym ekranie.</translation>
    </message>
    <message>
        <source>Skip: staff will sign us out</source>
        <translation>Pomiń: pracownicy nas wypiszą</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n people)</source>
        <translation>
            <numerusform>{name} (%n osoba)</numerusform>
            <numerusform>{name} (%n osoby)</numerusform>
            <numerusform>{name} (%n osób)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n</source>
        <translation>
            <numerusform>Jedna osoba</numerusform>
            <numerusform>Grupa %n osób</numerusform>
            <numerusform>Grupa %n osób</numerusform>
        </translation>
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
        <source>This date is in the future.</source>
        <translation>Ta data jest w przyszłości.</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>Family Hub jest dla dzieci i młodzieży do 25 lat.</translation>
    </message>
    <message>
        <source>Over 19 is for young people with SEND: tick SEND if this applies.</source>
        <translation>Powyżej 19 lat tylko dla młodzieży z SEND: zaznacz SEND, jeśli dotyczy.</translation>
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
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>Przepraszamy, coś poszło nie tak. Zapytaj w recepcji.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
</TS>
