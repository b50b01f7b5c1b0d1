<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>A little about you</source>
        <translation>Câteva lucruri despre dumneavoastră</translation>
    </message>
    <message>
        <source>Your postcode</source>
        <translation>Codul dumneavoastră poștal</translation>
    </message>
    <message>
        <source>e.g. NE1 4XF</source>
        <translation>de ex. NE1 4XF</translation>
    </message>
    <message>
        <source>Your postcode (optional)</source>
        <translation>Codul dumneavoastră poștal (opțional)</translation>
    </message>
    <message>
        <source>To plan services near you. Unless you register, we keep only the area it is in (like {district}, the ward and the neighbourhood), not the postcode itself.</source>
        <translation>Ne ajută să planificăm servicii aproape de dumneavoastră. Dacă nu vă înscrieți, păstrăm doar zona (de exemplu {district}, circumscripția și cartierul), nu codul poștal propriu-zis.</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub? (optional)</source>
        <translation>Este prima dată când veniți la un Family Hub? (opțional)</translation>
    </message>
    <message>
        <source>Yes, first time</source>
        <translation>Da, prima dată</translation>
    </message>
    <message>
        <source>No, I have been before</source>
        <translation>Nu, am mai fost</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Would you like a member of staff to come to you?</source>
        <translation>Doriți să vină la dumneavoastră cineva din personal?</translation>
    </message>
    <message>
        <source>We will let a member of staff know, quietly.</source>
        <translation>Vom anunța discret pe cineva din personal.</translation>
    </message>
    <message>
        <source>Where will you be? Tap one if you like, or leave it.</source>
        <translation>Unde veți fi? Atingeți una dacă doriți, sau lăsați așa.</translation>
    </message>
    <message>
        <source>Yes, please</source>
        <translation>Da, vă rog</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nu, înapoi</translation>
    </message>
</context>
<context>
    <name>BirthDatePage</name>
    <message>
        <source>Date of birth, day/month/year</source>
        <translation>Data nașterii, zi/lună/an</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>zz/ll/aaaa</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>Are cerințe educaționale speciale sau o dizabilitate (SEND)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
    <message numerus="yes">
        <source>With this date the child is %n year(s) old, but was counted in the group “{band}”. Please check the date. If it is right, tap Next again.</source>
        <translation>
            <numerusform>După această dată, copilul are %n an, dar a fost numărat în grupa „{band}”. Vă rugăm să verificați data. Dacă este corectă, atingeți din nou Înainte.</numerusform>
            <numerusform>După această dată, copilul are %n ani, dar a fost numărat în grupa „{band}”. Vă rugăm să verificați data. Dacă este corectă, atingeți din nou Înainte.</numerusform>
            <numerusform>După această dată, copilul are %n de ani, dar a fost numărat în grupa „{band}”. Vă rugăm să verificați data. Dacă este corectă, atingeți din nou Înainte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Show your pass to the camera</source>
        <translation>Arătați permisul la cameră</translation>
    </message>
    <message>
        <source>Sorry, there is no camera here. Please go back and type your code.</source>
        <translation>Ne pare rău, aici nu există cameră. Vă rugăm să vă întoarceți și să tastați codul.</translation>
    </message>
    <message>
        <source>Hold the QR code still, about a hand&apos;s width away.</source>
        <translation>Țineți codul QR nemișcat, la aproximativ o palmă distanță.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Imaginea camerei</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Verificați răspunsurile</translation>
    </message>
    <message>
        <source>Tap Change to put anything right.</source>
        <translation>Atingeți Modificare pentru a corecta ceva.</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>Înscriere și intrare</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Modificare nume</translation>
    </message>
    <message>
        <source>Change the name of {who}</source>
        <translation>Modificați numele: {who}</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Modificare dată</translation>
    </message>
    <message>
        <source>Change the date of birth of {who}</source>
        <translation>Modificați data nașterii: {who}</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}, născut(ă) la {date}</translation>
    </message>
    <message>
        <source>Please put right what is marked above, then register again.</source>
        <translation>Corectați ce este marcat mai sus, apoi înscrieți-vă din nou.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <source>Year: {value}</source>
        <translation>An: {value}</translation>
    </message>
    <message>
        <source>Month: {value}</source>
        <translation>Lună: {value}</translation>
    </message>
    <message>
        <source>Day: {value}</source>
        <translation>Zi: {value}</translation>
    </message>
    <message>
        <source>Later years</source>
        <translation>Ani mai recenți</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>Ani mai vechi</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Alegeți anul</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Alegeți luna</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Alegeți ziua</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you, you&apos;re signed in</source>
        <translation>Vă mulțumim, v-ați înregistrat</translation>
    </message>
    <message numerus="yes">
        <source>%n people signed in. Enjoy your visit!</source>
        <translation>
            <numerusform>%n persoană înregistrată. Vizită plăcută!</numerusform>
            <numerusform>%n persoane înregistrate. Vizită plăcută!</numerusform>
            <numerusform>%n de persoane înregistrate. Vizită plăcută!</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you, you&apos;re signed out</source>
        <translation>Vă mulțumim, plecarea a fost înregistrată</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>La revedere și pe curând!</translation>
    </message>
    <message>
        <source>You&apos;re not signed in at the moment</source>
        <translation>În acest moment nu sunteți înregistrat(ă)</translation>
    </message>
    <message>
        <source>So there is nothing to do. Thank you, and see you soon!</source>
        <translation>Deci nu trebuie să faceți nimic. Vă mulțumim și pe curând!</translation>
    </message>
    <message>
        <source>That&apos;s fine</source>
        <translation>Nicio problemă</translation>
    </message>
    <message>
        <source>You&apos;re still signed in. Enjoy your visit!</source>
        <translation>Sunteți în continuare înregistrat(ă). Vizită plăcută!</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>La închidere, personalul înregistrează plecarea tuturor. La revedere și pe curând!</translation>
    </message>
    <message>
        <source>Your number for signing out:</source>
        <translation>Numărul dumneavoastră pentru plecare:</translation>
    </message>
    <message>
        <source>When you leave, tap Sign out, then this number.</source>
        <translation>Când plecați, atingeți Ieșire, apoi acest număr.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <source>A child visiting with you today</source>
        <translation>Un copil venit azi în vizită cu dumneavoastră</translation>
    </message>
    <message>
        <source>Tap their age. No name needed.</source>
        <translation>Atingeți vârsta. Nu este nevoie de nume.</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>Are cerințe educaționale speciale sau o dizabilitate (SEND)</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Hello! Who is here today?</source>
        <translation>Bună ziua! Cine a venit astăzi?</translation>
    </message>
    <message>
        <source>Tap a name to untick anyone who has not come today.</source>
        <translation>Atingeți un nume pentru a debifa pe cine nu a venit astăzi.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Add a new baby or child in our family</source>
        <translation>Adăugați un bebeluș sau copil nou din familie</translation>
    </message>
    <message>
        <source>Add a child visiting with us</source>
        <translation>Adăugați un copil venit în vizită cu noi</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nou)</translation>
    </message>
    <message>
        <source>Visiting: {band}</source>
        <translation>În vizită: {band}</translation>
    </message>
    <message>
        <source>Please tick at least one person in your family.</source>
        <translation>Bifați cel puțin o persoană din familia dumneavoastră.</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Family Hub sign-in</source>
        <translation>Înregistrare la Family Hub</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>De la început</translation>
    </message>
    <message>
        <source>Speak to someone</source>
        <translation>Vorbiți cu cineva</translation>
    </message>
    <message>
        <source>Ask for a member of staff to come and speak to you</source>
        <translation>Cereți să vină cineva din personal să vorbească cu dumneavoastră</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Mai sunteți aici?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sunt încă aici</translation>
    </message>
    <message>
        <source>Family Hub logo</source>
        <translation>Sigla Family Hub</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>Family Hub</translation>
    </message>
    <message numerus="yes">
        <source>This screen will start again in %n second(s), to keep your details private.</source>
        <translation>
            <numerusform>Ecranul o va lua de la capăt într-o secundă, ca datele dumneavoastră să rămână private.</numerusform>
            <numerusform>Ecranul o va lua de la capăt în %n secunde, ca datele dumneavoastră să rămână private.</numerusform>
            <numerusform>Ecranul o va lua de la capăt în %n de secunde, ca datele dumneavoastră să rămână private.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is the new child&apos;s first name?</source>
        <translation>Care este prenumele copilului nou?</translation>
    </message>
    <message>
        <source>We will add them to your family. Staff will check it with you.</source>
        <translation>Îl vom adăuga la familia dumneavoastră. Personalul va verifica împreună cu dumneavoastră.</translation>
    </message>
    <message>
        <source>When was {name} born?</source>
        <translation>Când s-a născut {name}?</translation>
    </message>
    <message>
        <source>Child&apos;s first name ({who})</source>
        <translation>Prenumele copilului ({who})</translation>
    </message>
    <message>
        <source>First name: {who}</source>
        <translation>Prenume: {who}</translation>
    </message>
    <message>
        <source>First names only. Nobody else will see them here.</source>
        <translation>Doar prenumele. Nimeni altcineva nu le va vedea aici.</translation>
    </message>
</context>
<context>
    <name>LeavingPage</name>
    <message>
        <source>Signing out?</source>
        <translation>Plecați?</translation>
    </message>
    <message>
        <source>You&apos;re signed in already. Signing out?</source>
        <translation>Sunteți deja înregistrat(ă). Plecați?</translation>
    </message>
    <message>
        <source>Sign out now?</source>
        <translation>Înregistrați plecarea acum?</translation>
    </message>
    <message>
        <source>Sign out number {number}?</source>
        <translation>Înregistrați plecarea pentru numărul {number}?</translation>
    </message>
    <message>
        <source>You arrived at {time}.</source>
        <translation>Ați sosit la {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign us out</source>
        <translation>Da, înregistrați plecarea</translation>
    </message>
    <message>
        <source>No, we&apos;re staying</source>
        <translation>Nu, rămânem</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nu, înapoi</translation>
    </message>
</context>
<context>
    <name>NameKeyboard</name>
    <message>
        <source>Capital letter next</source>
        <translation>Urmează literă mare</translation>
    </message>
    <message>
        <source>Small letter next</source>
        <translation>Urmează literă mică</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Switch to Latin letters (A B C)</source>
        <translation>Treceți la litere latine (A B C)</translation>
    </message>
    <message>
        <source>Switch to Arabic letters</source>
        <translation>Treceți la litere arabe</translation>
    </message>
    <message>
        <source>Switch to Urdu letters</source>
        <translation>Treceți la litere urdu</translation>
    </message>
    <message>
        <source>Back to letters without accents</source>
        <translation>Înapoi la litere fără diacritice</translation>
    </message>
    <message>
        <source>Letters with accents (é, ñ, ü)</source>
        <translation>Litere cu diacritice (é, ñ, ü)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Cratimă</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrof</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
</context>
<context>
    <name>NotBuiltYetWindow</name>
    <message>
        <source>The front desk is not built yet (hubdesk.ui.desk.desk_window is missing).</source>
        <translation>Recepția nu este încă gata (lipsește hubdesk.ui.desk.desk_window).</translation>
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
        <translation>{band}, cu SEND</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>Adăugați un copil după data nașterii</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Data nașterii copilului</translation>
    </message>
    <message>
        <source>Who is here today? First, the adults</source>
        <translation>Cine este aici azi? Mai întâi adulții</translation>
    </message>
    <message>
        <source>Tap + for each adult. No names needed.</source>
        <translation>Atingeți + pentru fiecare adult. Nu sunt necesare nume.</translation>
    </message>
    <message>
        <source>And the children and young people?</source>
        <translation>Și copiii și tinerii?</translation>
    </message>
    <message>
        <source>Tap + for each child or young person. No names needed.</source>
        <translation>Atingeți + pentru fiecare copil sau tânăr. Nu sunt necesare nume.</translation>
    </message>
    <message>
        <source>Of them, how many have special educational needs or a disability (SEND)?</source>
        <translation>Câți dintre ei au cerințe educaționale speciale sau o dizabilitate (SEND)?</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth: tap the year, then the month, then the day.</source>
        <translation>Data nașterii copilului: atingeți anul, apoi luna, apoi ziua.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>zz/ll/aaaa</translation>
    </message>
    <message>
        <source>This child has SEND</source>
        <translation>Acest copil are SEND</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Adăugați copilul</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
</context>
<context>
    <name>PassCardPage</name>
    <message>
        <source>You&apos;re signed in. Here is your pass</source>
        <translation>V-ați înregistrat. Iată permisul dumneavoastră</translation>
    </message>
    <message>
        <source>Take a photo of it, or print it. Next time, just scan it.</source>
        <translation>Faceți-i o fotografie sau tipăriți-l. Data viitoare, doar scanați-l.</translation>
    </message>
    <message>
        <source>Take a photo of it. Next time, just scan it.</source>
        <translation>Faceți-i o fotografie. Data viitoare, doar scanați-l.</translation>
    </message>
    <message>
        <source>Your code (if the scan does not work):</source>
        <translation>Codul dumneavoastră (dacă scanarea nu merge):</translation>
    </message>
    <message>
        <source>Keep it safe: it holds no names. If you lose it, ask at the front desk.</source>
        <translation>Păstrați-l în siguranță: nu conține nume. Dacă îl pierdeți, întrebați la recepție.</translation>
    </message>
    <message>
        <source>Print my pass</source>
        <translation>Tipăriți-mi permisul</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>To sign out, scan your pass, or tap Sign out and then number {number}.</source>
        <translation>Pentru plecare, scanați permisul sau atingeți Ieșire și apoi numărul {number}.</translation>
    </message>
    <message>
        <source>QR code of your pass</source>
        <translation>Codul QR al permisului</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds, to keep your pass private.</source>
        <translation>
            <numerusform>Ecranul se închide într-o secundă, ca permisul să rămână privat.</numerusform>
            <numerusform>Ecranul se închide în %n secunde, ca permisul să rămână privat.</numerusform>
            <numerusform>Ecranul se închide în %n de secunde, ca permisul să rămână privat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan this at the Family Hub kiosk, or type the code.</source>
        <translation>Scanați-l la chioșcul Family Hub sau tastați codul.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working. Please take a photo of your pass.</source>
        <translation>Ne pare rău, imprimanta nu funcționează. Vă rugăm să fotografiați permisul.</translation>
    </message>
</context>
<context>
    <name>PassCodePad</name>
    <message>
        <source>Go</source>
        <translation>Mergi</translation>
    </message>
</context>
<context>
    <name>PassCodePage</name>
    <message>
        <source>Type your pass code</source>
        <translation>Tastați codul permisului</translation>
    </message>
    <message>
        <source>It is printed under the QR code on your pass.</source>
        <translation>Este tipărit sub codul QR de pe permis.</translation>
    </message>
    <message>
        <source>Your pass code</source>
        <translation>Codul permisului dumneavoastră</translation>
    </message>
    <message>
        <source>The code has only the letters and numbers on the keys.</source>
        <translation>Codul conține doar literele și cifrele de pe taste.</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Mergi</translation>
    </message>
    <message>
        <source>Please type the code from your pass.</source>
        <translation>Vă rugăm să tastați codul de pe permis.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not finished: it has %n more letter(s) or number(s), the last one after the second dash.</source>
        <translation>
            <numerusform>Codul nu este complet: mai lipsește %n literă sau cifră, ultima după a doua liniuță.</numerusform>
            <numerusform>Codul nu este complet: mai lipsesc %n litere sau cifre, ultima după a doua liniuță.</numerusform>
            <numerusform>Codul nu este complet: mai lipsesc %n de litere sau cifre, ultima după a doua liniuță.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassQuestionPage</name>
    <message>
        <source>Do you have a Family Hub pass?</source>
        <translation>Aveți un permis Family Hub?</translation>
    </message>
    <message>
        <source>With a pass you can sign in your whole family in one go.</source>
        <translation>Cu un permis vă puteți înregistra toată familia dintr-odată.</translation>
    </message>
    <message>
        <source>No pass, or first time here: sign in without one</source>
        <translation>Fără permis sau prima dată aici: intrare fără permis</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personal</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Ștergeți ultima cifră</translation>
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
        <translation>Spațiu</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Confidențialitatea dumneavoastră</translation>
    </message>
    <message>
        <source>You can finish now without giving any names, or register for a pass.</source>
        <translation>Puteți termina acum fără să dați niciun nume sau vă puteți înscrie pentru un permis.</translation>
    </message>
    <message>
        <source>Our privacy notice has changed. Please read it.</source>
        <translation>Nota noastră de confidențialitate s-a schimbat. Vă rugăm să o citiți.</translation>
    </message>
    <message>
        <source>{hub} keeps a record of visits so that it can plan its groups and services.</source>
        <translation>{hub} ține evidența vizitelor pentru a-și planifica grupurile și serviciile.</translation>
    </message>
    <message>
        <source>If you finish without registering, we count how many people came, the children&apos;s age groups, whether any have special educational needs or a disability (SEND), and why you came. If you give your postcode, we keep only the area it is in: its first half (like {district}), the council ward, the neighbourhood and how deprived that neighbourhood is. No names and no postcode are kept.</source>
        <translation>Dacă terminați fără să vă înscrieți, numărăm câte persoane au venit, grupele de vârstă ale copiilor, dacă vreunul are cerințe educaționale speciale sau o dizabilitate (SEND) și de ce ați venit. Dacă dați codul poștal, păstrăm doar zona: prima lui jumătate (de exemplu {district}), circumscripția consiliului, cartierul și cât de defavorizat este acel cartier. Nu se păstrează niciun nume și niciun cod poștal.</translation>
    </message>
    <message numerus="yes">
        <source>If you register, we also keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, and your full postcode, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for %n months after your last visit and then deleted.</source>
        <translation>
            <numerusform>Dacă vă înscrieți, păstrăm și prenumele, cine este cine (mama, tata ...), datele de naștere ale copiilor și dacă au SEND, precum și codul poștal complet, ca data viitoare să vă puteți înregistra cu o singură scanare a permisului. Doar personalul acestui Family Hub le poate vedea. Sunt păstrate %n lună după ultima vizită și apoi șterse.</numerusform>
            <numerusform>Dacă vă înscrieți, păstrăm și prenumele, cine este cine (mama, tata ...), datele de naștere ale copiilor și dacă au SEND, precum și codul poștal complet, ca data viitoare să vă puteți înregistra cu o singură scanare a permisului. Doar personalul acestui Family Hub le poate vedea. Sunt păstrate %n luni după ultima vizită și apoi șterse.</numerusform>
            <numerusform>Dacă vă înscrieți, păstrăm și prenumele, cine este cine (mama, tata ...), datele de naștere ale copiilor și dacă au SEND, precum și codul poștal complet, ca data viitoare să vă puteți înregistra cu o singură scanare a permisului. Doar personalul acestui Family Hub le poate vedea. Sunt păstrate %n de luni după ultima vizită și apoi șterse.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>Puteți cere oricând la recepție să vă vedeți, să corectați sau să ștergeți datele.</translation>
    </message>
    <message>
        <source>This Family Hub</source>
        <translation>Acest Family Hub</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Notă de confidențialitate</translation>
    </message>
    <message>
        <source>Finish without registering</source>
        <translation>Terminați fără înscriere</translation>
    </message>
    <message>
        <source>Register and get a pass</source>
        <translation>Înscrieți-vă și primiți un permis</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Sunt de acord</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu acum</translation>
    </message>
</context>
<context>
    <name>PrivateWordPage</name>
    <message>
        <source>Thank you</source>
        <translation>Vă mulțumim</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>Un moment</translation>
    </message>
    <message>
        <source>Please speak to a member of staff at the front desk when you are ready.</source>
        <translation>Când sunteți gata, vă rugăm să vorbiți cu cineva din personal la recepție.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you in {room} soon.</source>
        <translation>Cineva din personal va veni în curând la dumneavoastră, în {room}.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you soon.</source>
        <translation>Cineva din personal va veni în curând la dumneavoastră.</translation>
    </message>
    <message>
        <source>Letting a member of staff know...</source>
        <translation>Anunțăm pe cineva din personal...</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuați</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>Why did you come today?</source>
        <translation>De ce ați venit astăzi?</translation>
    </message>
    <message>
        <source>Tap one. Today&apos;s groups are first.</source>
        <translation>Atingeți una. Grupurile de azi sunt primele.</translation>
    </message>
    <message>
        <source>{name}, {start} to {end}</source>
        <translation>{name}, {start}–{end}</translation>
    </message>
    <message>
        <source>{session}: full</source>
        <translation>{session}: complet</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>Aveți un permis Family Hub? Scanați-l sau tastați codul tipărit sub QR.</translation>
    </message>
    <message>
        <source>Scan it, or type the code printed under the QR.</source>
        <translation>Scanați-l sau tastați codul tipărit sub QR.</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>Codul permisului</translation>
    </message>
    <message>
        <source>Scan, or tap to type</source>
        <translation>Scanați sau atingeți pentru a tasta</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Tastez codul</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cameră</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Folosiți camera</translation>
    </message>
</context>
<context>
    <name>SignOutPage</name>
    <message>
        <source>Signing out</source>
        <translation>Plecare</translation>
    </message>
    <message>
        <source>Or tap the number you were given when you signed in:</source>
        <translation>Sau atingeți numărul primit când v-ați înregistrat:</translation>
    </message>
    <message>
        <source>Leave without signing out</source>
        <translation>Plecați fără înregistrare</translation>
    </message>
    <message numerus="yes">
        <source>arrived {time}, %n people</source>
        <translation>
            <numerusform>sosire {time}, %n persoană</numerusform>
            <numerusform>sosire {time}, %n persoane</numerusform>
            <numerusform>sosire {time}, %n de persoane</numerusform>
        </translation>
    </message>
    <message>
        <source>Number {number}, {detail}</source>
        <translation>Numărul {number}, {detail}</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>Momentan nu este nimeni înregistrat pe acest ecran.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff only</source>
        <translation>Doar pentru personal</translation>
    </message>
    <message>
        <source>PIN accepted.</source>
        <translation>PIN acceptat.</translation>
    </message>
    <message>
        <source>Tap your name, then enter your PIN.</source>
        <translation>Atingeți-vă numele, apoi introduceți PIN-ul.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Introduceți PIN-ul.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Închideți chioșcul</translation>
    </message>
    <message>
        <source>No staff accounts yet: set one up at the desk.</source>
        <translation>Încă nu există conturi de personal: creați unul la recepție.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN greșit. Mai aveți %n încercare.</numerusform>
            <numerusform>PIN greșit. Mai aveți %n încercări.</numerusform>
            <numerusform>PIN greșit. Mai aveți %n de încercări.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Prea multe PIN-uri greșite. Încercați mai târziu.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Nu a mers. Vă rugăm să încercați din nou.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>One fewer: {what}</source>
        <translation>Cu unul mai puțin: {what}</translation>
    </message>
    <message>
        <source>One more: {what}</source>
        <translation>Încă unul: {what}</translation>
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
        <translation>Bun venit</translation>
    </message>
    <message>
        <source>Please sign in when you arrive, and sign out when you leave.</source>
        <translation>Vă rugăm să vă înregistrați când sosiți și când plecați.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Intrare</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Text mai mare</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Here to Help: advice and support</source>
        <translation>Here to Help: sfaturi și sprijin</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>Asistentă comunitară sau clinică</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>O programare</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>Doar în vizită</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Altceva</translation>
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
        <translation>Îngrijitor</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Bunic sau bunică</translation>
    </message>
    <message>
        <source>Another adult</source>
        <translation>Alt adult</translation>
    </message>
    <message>
        <source>Babies, under 2</source>
        <translation>Bebeluși, sub 2 ani</translation>
    </message>
    <message>
        <source>Aged 2 to 4</source>
        <translation>Între 2 și 4 ani</translation>
    </message>
    <message>
        <source>Aged 5 to 11</source>
        <translation>Între 5 și 11 ani</translation>
    </message>
    <message>
        <source>Aged 12 to 16</source>
        <translation>Între 12 și 16 ani</translation>
    </message>
    <message>
        <source>Aged 17 to 19</source>
        <translation>Între 17 și 19 ani</translation>
    </message>
    <message>
        <source>Aged 20 to 25 with SEND</source>
        <translation>Între 20 și 25 de ani, cu SEND</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Cine este aici</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adulți</translation>
    </message>
    <message>
        <source>Why you came</source>
        <translation>Motivul vizitei</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Notă de confidențialitate</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Vă rugăm să completați.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>Este prea lung. Vă rugăm să scurtați.</translation>
    </message>
    <message>
        <source>Please use letters.</source>
        <translation>Vă rugăm să folosiți litere.</translation>
    </message>
    <message>
        <source>This has a character we cannot use.</source>
        <translation>Conține un caracter pe care nu îl putem folosi.</translation>
    </message>
    <message>
        <source>Please keep this on one line.</source>
        <translation>Vă rugăm să scrieți pe un singur rând.</translation>
    </message>
    <message>
        <source>This does not look like a UK postcode. Check it, or leave it empty.</source>
        <translation>Nu pare un cod poștal din Regatul Unit. Verificați-l sau lăsați câmpul gol.</translation>
    </message>
    <message>
        <source>Please write the date as day/month/year.</source>
        <translation>Vă rugăm să scrieți data ca zi/lună/an.</translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day and the month.</source>
        <translation>Această dată nu există. Verificați ziua și luna.</translation>
    </message>
    <message>
        <source>Please choose the date of birth.</source>
        <translation>Vă rugăm să alegeți data nașterii.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Această dată este în viitor.</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>Family Hub este pentru copii și tineri de până la 25 de ani.</translation>
    </message>
    <message>
        <source>Over 19 is for young people with special educational needs or a disability (SEND): tick SEND if this applies.</source>
        <translation>Peste 19 ani este pentru tinerii cu cerințe educaționale speciale sau o dizabilitate (SEND): bifați SEND dacă este cazul.</translation>
    </message>
    <message>
        <source>Sorry, this session is full. Please choose another reason, or ask at the front desk.</source>
        <translation>Ne pare rău, această activitate este completă. Vă rugăm să alegeți alt motiv sau să întrebați la recepție.</translation>
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
        <translation>Vă rugăm să adăugați cel puțin o persoană.</translation>
    </message>
    <message>
        <source>We don&apos;t recognise this pass. Please ask at the front desk.</source>
        <translation>Nu recunoaștem acest permis. Vă rugăm să întrebați la recepție.</translation>
    </message>
    <message>
        <source>This pass has been replaced. Please ask at the front desk for a new one.</source>
        <translation>Acest permis a fost înlocuit. Cereți unul nou la recepție.</translation>
    </message>
    <message>
        <source>This is not a Family Hub pass.</source>
        <translation>Acesta nu este un permis Family Hub.</translation>
    </message>
    <message>
        <source>The pass could not be read. Please try again.</source>
        <translation>Permisul nu a putut fi citit. Încercați din nou.</translation>
    </message>
    <message>
        <source>The code has a typo. Please check each letter and number.</source>
        <translation>Codul are o greșeală. Verificați fiecare literă și cifră.</translation>
    </message>
    <message>
        <source>That number is too big.</source>
        <translation>Numărul este prea mare.</translation>
    </message>
    <message>
        <source>Please tick who is here today.</source>
        <translation>Vă rugăm să bifați cine a venit astăzi.</translation>
    </message>
    <message>
        <source>You are signed in here already today.</source>
        <translation>Sunteți deja înregistrat(ă) aici astăzi.</translation>
    </message>
    <message>
        <source>Please choose one of the rooms shown.</source>
        <translation>Vă rugăm să alegeți una dintre sălile afișate.</translation>
    </message>
    <message>
        <source>Sorry, this screen is very busy. Please ask at the desk.</source>
        <translation>Ne pare rău, acest ecran este foarte aglomerat. Vă rugăm să întrebați la recepție.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>Ne pare rău, ceva nu a mers. Vă rugăm să întrebați la recepție.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
</TS>
