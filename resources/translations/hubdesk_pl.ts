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
</TS>
