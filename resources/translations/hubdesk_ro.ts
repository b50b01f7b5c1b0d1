<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Agreed to version {v} on {when}, recorded at the desk by {name}.</source>
        <translation>Și-a dat acordul pentru versiunea {v} la {when}, acord înregistrat la recepție de {name}.</translation>
    </message>
    <message>
        <source>Agreed to version {v} on {when}.</source>
        <translation>Și-a dat acordul pentru versiunea {v} la {when}.</translation>
    </message>
    <message>
        <source>Has not agreed to the privacy notice (version {version}).</source>
        <translation>Nu și-a dat acordul pentru nota de confidențialitate (versiunea {version}).</translation>
    </message>
    <message>
        <source>The notice has changed since (now version {version}).</source>
        <translation>Nota s-a schimbat între timp (acum este versiunea {version}).</translation>
    </message>
    <message>
        <source>This Family Hub keeps a record of visits so that it can plan its groups and services.</source>
        <translation>Acest Family Hub ține evidența vizitelor pentru a-și planifica grupurile și serviciile.</translation>
    </message>
    <message>
        <source>If you register, we keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, your full postcode and, if you give them, a phone number or email and an expected baby&apos;s due date. Only staff at this Family Hub can see them. They are kept for the hub&apos;s retention period after your last visit and then deleted.</source>
        <translation>Dacă vă înscrieți, păstrăm prenumele, cine este cine (mama, tata ...), datele de naștere ale copiilor și dacă au SEND, codul poștal complet și, dacă ni le dați, un număr de telefon sau o adresă de e-mail și data estimată a nașterii unui bebeluș așteptat. Doar personalul acestui Family Hub le poate vedea. Sunt păstrate pe durata perioadei de păstrare stabilite de hub după ultima vizită și apoi șterse.</translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>Puteți cere oricând la recepție să vă vedeți, să corectați sau să ștergeți datele.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n months, so everything before {cutoff} was due.</source>
        <translation>
            <numerusform>Se păstrează %n lună, deci tot ce este dinainte de {cutoff} trebuia șters.</numerusform>
            <numerusform>Se păstrează %n luni, deci tot ce este dinainte de {cutoff} trebuia șters.</numerusform>
            <numerusform>Se păstrează %n de luni, deci tot ce este dinainte de {cutoff} trebuia șters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Families erased: {families} (%n people).</source>
        <translation>
            <numerusform>Familii șterse: {families} (%n persoană).</numerusform>
            <numerusform>Familii șterse: {families} (%n persoane).</numerusform>
            <numerusform>Familii șterse: {families} (%n de persoane).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits&apos; names cleared: {visits}. Notes of contacts with no family cleared: {contacts}. Former staff names removed: {staff}. Old backups deleted: {backups}. Synced outbox events deleted: {sent}.</source>
        <translation>Vizite cu numele șterse: {visits}. Contacte fără familie cu notițele șterse: {contacts}. Nume ale foștilor membri ai personalului eliminate: {staff}. Copii de rezervă vechi șterse: {backups}. Evenimente sincronizate șterse din coada de trimitere: {sent}.</translation>
    </message>
</context>
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
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Conturi de personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Adăugați un membru al personalului</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (între 4 și 12 cifre)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adăugare</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Dezactivare</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>Membru al personalului adăugat.</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Dezactivat.</translation>
    </message>
</context>
<context>
    <name>AdminWizardPage</name>
    <message>
        <source>First administrator</source>
        <translation>Primul administrator</translation>
    </message>
    <message>
        <source>The first staff member is this hub&apos;s administrator: they add the other staff. Staff sign in to hubdesk with a PIN of 4 to 12 digits.</source>
        <translation>Primul membru al personalului este administratorul acestui hub: acesta adaugă restul personalului. Personalul se conectează la hubdesk cu un PIN de 4 până la 12 cifre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmați PIN-ul</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Cele două PIN-uri nu coincid.</translation>
    </message>
</context>
<context>
    <name>AlertBar</name>
    <message>
        <source>Seen</source>
        <translation>Văzut</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>chioșc</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word: they will be in {room} ({when}).</source>
        <translation>Cineva de la {where} ar dori o discuție în privat: va fi în {room} ({when}).</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word ({when}).</source>
        <translation>Cineva de la {where} ar dori o discuție în privat ({when}).</translation>
    </message>
    <message numerus="yes">
        <source>(%n requests)</source>
        <translation>
            <numerusform>(%n cerere)</numerusform>
            <numerusform>(%n cereri)</numerusform>
            <numerusform>(%n de cereri)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasCard</name>
    <message>
        <source>Areas for reports</source>
        <translation>Zone pentru rapoarte</translation>
    </message>
    <message>
        <source>Load postcode lookup…</source>
        <translation>Încărcare tabel de coduri poștale…</translation>
    </message>
    <message>
        <source>Reach area: the postcode districts the council&apos;s map gives this hub, separated by spaces or commas (for example NE61, NE62).</source>
        <translation>Zona de acoperire: districtele poștale pe care harta consiliului le atribuie acestui hub, separate prin spații sau virgule (de exemplu NE61, NE62).</translation>
    </message>
    <message>
        <source>Reach area postcode districts</source>
        <translation>Districtele poștale ale zonei de acoperire</translation>
    </message>
    <message>
        <source>Save reach area</source>
        <translation>Salvare zonă de acoperire</translation>
    </message>
    <message>
        <source>Reach area</source>
        <translation>Zonă de acoperire</translation>
    </message>
    <message>
        <source>Lookup file</source>
        <translation>Fișierul tabelului</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation decile.</source>
        <translation>
            <numerusform>Coduri poștale în tabel: %n. Vizitele sunt numărate pe circumscripții, LSOA și decile de defavorizare.</numerusform>
            <numerusform>Coduri poștale în tabel: %n. Vizitele sunt numărate pe circumscripții, LSOA și decile de defavorizare.</numerusform>
            <numerusform>Coduri poștale în tabel: %n. Vizitele sunt numărate pe circumscripții, LSOA și decile de defavorizare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No postcode lookup is loaded: reports cannot count visits by ward, LSOA or deprivation decile. Load the council&apos;s lookup (a CSV from the ONS Postcode Directory).</source>
        <translation>Nu este încărcat niciun tabel de coduri poștale: rapoartele nu pot număra vizitele pe circumscripții, LSOA sau decile de defavorizare. Încărcați tabelul consiliului (un CSV din ONS Postcode Directory).</translation>
    </message>
    <message>
        <source>Choose the postcode lookup</source>
        <translation>Alegeți tabelul de coduri poștale</translation>
    </message>
    <message>
        <source>Loading the postcode lookup…</source>
        <translation>Se încarcă tabelul de coduri poștale…</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes loaded: %n.</source>
        <translation>
            <numerusform>Coduri poștale încărcate: %n.</numerusform>
            <numerusform>Coduri poștale încărcate: %n.</numerusform>
            <numerusform>Coduri poștale încărcate: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines skipped (not a postcode or an area code): %n (line {lines}).</source>
        <translation>
            <numerusform>Rânduri omise (nu sunt coduri poștale sau coduri de zonă): %n (rândul {lines}).</numerusform>
            <numerusform>Rânduri omise (nu sunt coduri poștale sau coduri de zonă): %n (rândurile {lines}).</numerusform>
            <numerusform>Rânduri omise (nu sunt coduri poștale sau coduri de zonă): %n (rândurile {lines}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode lookup is loaded.</source>
        <translation>Tabelul de coduri poștale este încărcat.</translation>
    </message>
    <message>
        <source>Reach area saved: {districts}.</source>
        <translation>Zona de acoperire a fost salvată: {districts}.</translation>
    </message>
    <message>
        <source>Reach area cleared.</source>
        <translation>Zona de acoperire a fost ștearsă.</translation>
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
    <name>BabyPanel</name>
    <message>
        <source>Start for Life support begins before birth. An expected baby is not counted as a child in any figure until you record the birth.</source>
        <translation>Sprijinul Start for Life începe înainte de naștere. Un bebeluș așteptat nu este numărat drept copil în nicio cifră până când nu înregistrați nașterea.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data estimată a nașterii</translation>
    </message>
    <message>
        <source>Save due date</source>
        <translation>Salvare dată estimată</translation>
    </message>
    <message>
        <source>No longer expected</source>
        <translation>Nu mai este așteptat</translation>
    </message>
    <message>
        <source>The baby is born</source>
        <translation>Bebelușul s-a născut</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Record the birth</source>
        <translation>Înregistrare naștere</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>Înapoi la familie</translation>
    </message>
    <message>
        <source>Expected baby: {family}</source>
        <translation>Bebeluș așteptat: {family}</translation>
    </message>
    <message>
        <source>Baby due {day}.</source>
        <translation>Naștere estimată pe {day}.</translation>
    </message>
    <message>
        <source>No baby expected now.</source>
        <translation>Niciun bebeluș așteptat acum.</translation>
    </message>
    <message>
        <source>{name} added to the family.</source>
        <translation>{name} a fost adăugat(ă) la familie.</translation>
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
    <name>BoardPack</name>
    <message>
        <source>Monthly board pack</source>
        <translation>Dosar lunar pentru comisie</translation>
    </message>
    <message>
        <source>The scrutiny boards&apos; questions, answered</source>
        <translation>Întrebările comisiilor de control, cu răspunsuri</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Această perioadă</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Adresată de</translation>
    </message>
    <message>
        <source>Asked, but not measured by hubdesk</source>
        <translation>Întrebări puse, dar nemăsurate de hubdesk</translation>
    </message>
    <message>
        <source>The figures behind the answers</source>
        <translation>Cifrele din spatele răspunsurilor</translation>
    </message>
    <message>
        <source>Exact figures, for use inside the hub.</source>
        <translation>Cifre exacte, pentru uz intern în hub.</translation>
    </message>
    <message>
        <source>For sharing: every figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so figures may not add up exactly.</source>
        <translation>Pentru distribuire: fiecare cifră este rotunjită la un multiplu de 5, iar una care se rotunjește la 0 apare ca „&lt;5”, deci totalurile pot să nu corespundă exact.</translation>
    </message>
    <message>
        <source>Made {when}. Days are UK local days. Definitions: docs/measures.md.</source>
        <translation>Întocmit la {when}. Zilele sunt zile după ora locală din Regatul Unit. Definiții: docs/measures.md.</translation>
    </message>
    <message>
        <source>{visits} visits; {people} people ({adults} adults, {children} children).</source>
        <translation>Vizite: {visits}; persoane: {people} (adulți: {adults}, copii: {children}).</translation>
    </message>
    <message>
        <source>{families} families reached: {new} new, {returning} returning; {children} children reached.</source>
        <translation>Familii cuprinse: {families} (noi: {new}, care au revenit: {returning}); copii cuprinși: {children}.</translation>
    </message>
    <message>
        <source>{n} families came more than once (re-attendance {rate}).</source>
        <translation>Familii venite de mai multe ori: {n} (rata de revenire: {rate}).</translation>
    </message>
    <message>
        <source>Attendances by age: {bands}.</source>
        <translation>Prezențe pe vârste: {bands}.</translation>
    </message>
    <message>
        <source>{n} attendances by 17-19 year olds; {m} by 12-16 year olds.</source>
        <translation>Prezențe ale tinerilor de 17-19 ani: {n}; ale celor de 12-16 ani: {m}.</translation>
    </message>
    <message>
        <source>{n} attendances by 20-25 year olds with SEND; {m} by children with SEND in all.</source>
        <translation>Prezențe ale tinerilor de 20-25 de ani cu SEND: {n}; ale tuturor copiilor cu SEND, în total: {m}.</translation>
    </message>
    <message>
        <source>{n} fathers and male carers came; {m} families reached came with a father or male carer.</source>
        <translation>Tați și îngrijitori bărbați veniți: {n}; familii cuprinse venite cu un tată sau un îngrijitor bărbat: {m}.</translation>
    </message>
    <message>
        <source>{n} visits from outside the reach area ({share} of visits with a district).</source>
        <translation>Vizite din afara zonei de acoperire: {n} ({share} din vizitele cu district).</translation>
    </message>
    <message>
        <source>{n} visits from the most deprived 20% of areas (deciles 1 and 2).</source>
        <translation>Vizite din cele mai defavorizate 20% dintre zone (decilele 1 și 2): {n}.</translation>
    </message>
    <message>
        <source>Visits by site: {sites}.</source>
        <translation>Vizite pe locații: {sites}.</translation>
    </message>
    <message>
        <source>{n} Here to Help contacts; most asked about: {needs}; {ehr} early help requests raised.</source>
        <translation>Contacte Here to Help: {n}; cele mai frecvente solicitări: {needs}; cereri de sprijin timpuriu (early help) înaintate: {ehr}.</translation>
    </message>
    <message>
        <source>{due} follow-ups due: {on_time} done on time, {late} late, {overdue} overdue.</source>
        <translation>Reveniri scadente: {due} (făcute la timp: {on_time}, cu întârziere: {late}, restante: {overdue}).</translation>
    </message>
    <message>
        <source>{n} programmes, {sessions} sessions held; the busiest: {top}.</source>
        <translation>Programe: {n}; sesiuni ținute: {sessions}; cel mai căutat: {top}.</translation>
    </message>
    <message>
        <source>No timetabled sessions in this period.</source>
        <translation>Nicio sesiune programată în această perioadă.</translation>
    </message>
    <message>
        <source>{n} answers to &quot;how was today?&quot;: {happy} good or very good ({share}) of {rated} with a face.</source>
        <translation>{n} răspunsuri la „Cum a fost azi?”: {happy} bine sau foarte bine ({share}) din {rated} cu o față aleasă.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; (version {version}): yes {yes} of {answered}.</source>
        <translation>„{question}” (versiunea {version}): da – {yes} din {answered}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>Coventry scrutiny board</source>
        <translation>Comisia de control Coventry</translation>
    </message>
    <message>
        <source>Northumberland</source>
        <translation>Northumberland</translation>
    </message>
    <message>
        <source>Staffordshire scrutiny committee</source>
        <translation>Comitetul de control Staffordshire</translation>
    </message>
    <message>
        <source>Bradford</source>
        <translation>Bradford</translation>
    </message>
    <message>
        <source>How many people come to the hub (footfall)?</source>
        <translation>Câte persoane vin la hub (numărul de vizitatori)?</translation>
    </message>
    <message>
        <source>How many children, young people and families does the hub reach, and how many are new?</source>
        <translation>Câți copii, tineri și familii cuprinde hubul și câți dintre ei sunt noi?</translation>
    </message>
    <message>
        <source>Do families come back? (re-attendance; hubdesk does not record re-referrals)</source>
        <translation>Revin familiile? (rata de revenire; hubdesk nu înregistrează trimiterile repetate)</translation>
    </message>
    <message>
        <source>What ages are the children? Is the 0-2 and 0-5 work (Start for Life) kept up?</source>
        <translation>Ce vârste au copiii? Se menține activitatea pentru 0-2 și 0-5 ani (Start for Life)?</translation>
    </message>
    <message>
        <source>Are young people over 16 supported?</source>
        <translation>Sunt sprijiniți tinerii de peste 16 ani?</translation>
    </message>
    <message>
        <source>Are young people aged 19-25 with SEND reached?</source>
        <translation>Sunt cuprinși tinerii de 19-25 de ani cu SEND?</translation>
    </message>
    <message>
        <source>Are fathers engaged?</source>
        <translation>Sunt implicați tații?</translation>
    </message>
    <message>
        <source>Do people use the hub the map allocates to them, or travel to another?</source>
        <translation>Folosesc oamenii hubul atribuit lor pe hartă sau merg la altul?</translation>
    </message>
    <message>
        <source>Does the hub reach the most deprived areas?</source>
        <translation>Ajunge hubul în zonele cele mai defavorizate?</translation>
    </message>
    <message>
        <source>How much happens at outreach points and spokes in the community?</source>
        <translation>Câtă activitate are loc în punctele de lucru în teren și în centrele-satelit din comunitate?</translation>
    </message>
    <message>
        <source>What do people ask Here to Help for, and how many requests for early help?</source>
        <translation>Ce le cer oamenii celor de la Here to Help și câte cereri de sprijin timpuriu sunt?</translation>
    </message>
    <message>
        <source>Is the help given on time? (follow-ups, for the performance framework)</source>
        <translation>Este ajutorul oferit la timp? (reveniri, pentru cadrul de performanță)</translation>
    </message>
    <message>
        <source>Which groups run, and who comes to them?</source>
        <translation>Ce grupuri se desfășoară și cine vine la ele?</translation>
    </message>
    <message>
        <source>What do families say about the hub? (family voice and experience)</source>
        <translation>Ce spun familiile despre centru? (vocea și experiența familiilor)</translation>
    </message>
    <message>
        <source>Are staff confident working with every age range?</source>
        <translation>Se simte personalul încrezător în lucrul cu toate grupele de vârstă?</translation>
    </message>
    <message>
        <source>Do families keep the same support worker? Are staff retained?</source>
        <translation>Păstrează familiile același lucrător de sprijin? Rămâne personalul în post?</translation>
    </message>
    <message>
        <source>What is the impact on social work caseloads, compared with before?</source>
        <translation>Care este impactul asupra numărului de cazuri din asistența socială, față de înainte?</translation>
    </message>
    <message>
        <source>What difference did the help make to families (outcomes, case studies)?</source>
        <translation>Ce diferență a făcut ajutorul pentru familii (rezultate, studii de caz)?</translation>
    </message>
    <message>
        <source>How is public sector estate shared with health and other services?</source>
        <translation>Cum sunt folosite clădirile sectorului public în comun cu serviciile de sănătate și alte servicii?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>What&apos;s on here, on your phone</source>
        <translation>Ce se întâmplă aici, pe telefonul tău</translation>
    </message>
    <message>
        <source>Follow our timetable in your phone&apos;s calendar.</source>
        <translation>Urmărește programul nostru în calendarul telefonului.</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Deschide camera telefonului.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Îndreapt-o spre cod.</translation>
    </message>
    <message>
        <source>3. Tap Subscribe or Add to calendar.</source>
        <translation>3. Atinge Abonează-te sau Adaugă în calendar.</translation>
    </message>
    <message>
        <source>Our sessions then show in your calendar, and so do changes and cancellations. Nothing about you is shared.</source>
        <translation>Sesiunile noastre apar apoi în calendar, la fel și schimbările și anulările. Nu se transmite nimic despre tine.</translation>
    </message>
    <message>
        <source>QR code of our timetable</source>
        <translation>Codul QR al programului nostru</translation>
    </message>
</context>
<context>
    <name>CallerPrivacyPanel</name>
    <message>
        <source>Subject access and erasure for this caller:</source>
        <translation>Acces la date și ștergere pentru această persoană care a sunat:</translation>
    </message>
    <message>
        <source>Export everything held about this caller</source>
        <translation>Exportați tot ce se păstrează despre această persoană</translation>
    </message>
    <message>
        <source>Erase this caller</source>
        <translation>Ștergeți această persoană</translation>
    </message>
    <message>
        <source>Their contacts are saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to them another way than the file (read it out, or write it down).</source>
        <translation>Contactele sale se salvează ca PDF, care se deschide în orice cititor PDF, cu o parolă creată pentru el. Parola se afișează o singură dată: dați-o pe altă cale decât fișierul (citiți-o cu voce tare sau scrieți-o).</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>Parola PDF-ului acestei persoane (dați-o separat de fișier; nu se păstrează nicăieri):</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF</source>
        <translation>Parola PDF-ului acestei persoane</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>Alegeți un dosar în care să salvați exportul.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n contact(s)). Give the caller the password below separately.</source>
        <translation>
            <numerusform>Salvat {path} (%n contact). Dați persoanei parola de mai jos separat.</numerusform>
            <numerusform>Salvat {path} (%n contacte). Dați persoanei parola de mai jos separat.</numerusform>
            <numerusform>Salvat {path} (%n de contacte). Dați persoanei parola de mai jos separat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name and number, the notes and who they were referred to go from every contact with this number; the needs stay, for the counts. This cannot be undone.</source>
        <translation>Ștergeți „{caller}”? Numele și numărul, notițele și unde a fost îndrumată persoana dispar din toate contactele cu acest număr; nevoile rămân, pentru statistici. Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name, any number given with it, the notes and who they were referred to go from every contact with this name; the needs stay, for the counts. This cannot be undone.</source>
        <translation>Ștergeți „{caller}”? Numele, orice număr dat împreună cu el, notițele și unde a fost îndrumată persoana dispar din toate contactele cu acest nume; nevoile rămân, pentru statistici. Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Yes, erase this caller</source>
        <translation>Da, ștergeți această persoană</translation>
    </message>
    <message numerus="yes">
        <source>The caller&apos;s name and number are erased from %n contact(s).</source>
        <translation>
            <numerusform>Numele și numărul persoanei au fost șterse dintr-un contact.</numerusform>
            <numerusform>Numele și numărul persoanei au fost șterse din %n contacte.</numerusform>
            <numerusform>Numele și numărul persoanei au fost șterse din %n de contacte.</numerusform>
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
    <name>ConfirmBar</name>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Read the notice with the family, or give them the printed copy.</source>
        <translation>Citiți nota împreună cu familia sau dați-le exemplarul tipărit.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Notă de confidențialitate</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>Înapoi la familie</translation>
    </message>
    <message>
        <source>The family has read it and agrees</source>
        <translation>Familia a citit-o și este de acord</translation>
    </message>
    <message>
        <source>Privacy notice, version {version}: {family}</source>
        <translation>Notă de confidențialitate, versiunea {version}: {family}</translation>
    </message>
    <message>
        <source>Consent to privacy notice version {version} recorded by {name}.</source>
        <translation>Acordul pentru nota de confidențialitate, versiunea {version}, a fost înregistrat de {name}.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>How</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevoi</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Trimitere făcută către</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Îndrumat către</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notițe</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minute petrecute</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data revenirii</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Cine se ocupă de revenire</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Numele apelantului</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Număr pentru reapelare</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>Salvare corecturi</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Marcare revenire ca făcută</translation>
    </message>
    <message>
        <source>Back to follow-ups</source>
        <translation>Înapoi la reveniri</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cum:</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>Minute petrecute:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Nevoi:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce s-a făcut:</translation>
    </message>
    <message>
        <source>Follow-up date:</source>
        <translation>Data revenirii:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>de către</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notițe:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>What happened to this contact</source>
        <translation>Ce s-a întâmplat cu acest contact</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Încă nimeni</translation>
    </message>
    <message>
        <source>(former staff)</source>
        <translation>(fost membru al personalului)</translation>
    </message>
    <message>
        <source>{how} on {day} at {time}, logged by {who}</source>
        <translation>{how}, {day}, ora {time}, înregistrat de {who}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(necunoscut)</translation>
    </message>
    <message>
        <source>Family: {name}</source>
        <translation>Familie: {name}</translation>
    </message>
    <message>
        <source>Not registered: caller&apos;s details below</source>
        <translation>Neînscris: datele apelantului mai jos</translation>
    </message>
    <message>
        <source>No family: not registered</source>
        <translation>Fără familie: neînscris</translation>
    </message>
    <message>
        <source>Follow-up done on {day}.</source>
        <translation>Revenire făcută pe {day}.</translation>
    </message>
    <message>
        <source>{when}: {who} logged it</source>
        <translation>{when}: înregistrat de {who}</translation>
    </message>
    <message>
        <source>{when}: {who} corrected {fields}</source>
        <translation>{when}: {who} a corectat {fields}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to {name}</source>
        <translation>{when}: {who} a atribuit revenirea către {name}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to no one</source>
        <translation>{when}: {who} a lăsat revenirea neatribuită</translation>
    </message>
    <message>
        <source>{when}: {who} marked the follow-up done</source>
        <translation>{when}: {who} a marcat revenirea ca făcută</translation>
    </message>
    <message>
        <source>{when}: {who} changed it</source>
        <translation>{when}: {who} a făcut modificări</translation>
    </message>
    <message>
        <source>Nothing to correct: it is as it was.</source>
        <translation>Nimic de corectat: totul este ca înainte.</translation>
    </message>
    <message>
        <source>Corrected: {fields}.</source>
        <translation>Corectat: {fields}.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Revenire făcută.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>zz/ll/aaaa</translation>
    </message>
    <message>
        <source>Choose the {field} on a calendar</source>
        <translation>Alegeți {field} din calendar</translation>
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
    <name>DeskPage</name>
    <message>
        <source>Undo</source>
        <translation>Anulare acțiune</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>hubdesk: front desk</source>
        <translation>hubdesk: recepție</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocare</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizare acum</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Rolul dumneavoastră nu permite acest lucru.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n în carantină</numerusform>
            <numerusform>%n în carantină</numerusform>
            <numerusform>%n în carantină</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceWizardPage</name>
    <message>
        <source>This device</source>
        <translation>Acest dispozitiv</translation>
    </message>
    <message>
        <source>What will this PC be used for?</source>
        <translation>Pentru ce va fi folosit acest PC?</translation>
    </message>
    <message>
        <source>Sign-in kiosk: the touch screen families use</source>
        <translation>Chioșc de înregistrare: ecranul tactil folosit de familii</translation>
    </message>
    <message>
        <source>Front desk: reception staff</source>
        <translation>Recepție: personalul de la recepție</translation>
    </message>
    <message>
        <source>Outreach laptop: taken to community venues</source>
        <translation>Laptop pentru teren: dus în locații din comunitate</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Numele dispozitivului</translation>
    </message>
    <message>
        <source>e.g. Entrance kiosk, Reception 1</source>
        <translation>de ex. Chioșc intrare, Recepție 1</translation>
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
    <name>DoneWizardPage</name>
    <message>
        <source>Ready</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>the sign-in kiosk</source>
        <translation>chioșcul de înregistrare</translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation>un post de recepție</translation>
    </message>
    <message>
        <source>an outreach laptop</source>
        <translation>un laptop pentru teren</translation>
    </message>
    <message>
        <source>This PC is now %1 of %2.</source>
        <translation>Acest PC este acum %1 pentru %2.</translation>
    </message>
    <message>
        <source>Finish opens the kiosk.</source>
        <translation>Apăsați Gata pentru a deschide chioșcul.</translation>
    </message>
    <message>
        <source>Finish opens the front desk: sign in with your name and PIN.</source>
        <translation>Apăsați Gata pentru a deschide recepția: conectați-vă cu numele și PIN-ul.</translation>
    </message>
    <message>
        <source>Its settings were saved in %1.</source>
        <translation>Setările sale au fost salvate în %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <source>Record 1</source>
        <translation>Fișa 1</translation>
    </message>
    <message>
        <source>Record 2</source>
        <translation>Fișa 2</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>De ce par asemănătoare</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>Nu este aceeași familie</translation>
    </message>
    <message>
        <source>Open side by side</source>
        <translation>Deschidere una lângă alta</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translation>fără cod poștal</translation>
    </message>
    <message>
        <source>last visit {day}</source>
        <translation>ultima vizită {day}</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>nicio vizită</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of records look like one family.</source>
        <translation>
            <numerusform>%n pereche de fișe pare să aparțină aceleiași familii.</numerusform>
            <numerusform>%n perechi de fișe par să aparțină aceleiași familii.</numerusform>
            <numerusform>%n de perechi de fișe par să aparțină aceleiași familii.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Niciun posibil duplicat.</translation>
    </message>
</context>
<context>
    <name>FaceRow</name>
    <message>
        <source>Thank you for telling us.</source>
        <translation>Vă mulțumim că ne-ați spus.</translation>
    </message>
    <message>
        <source>How was today? Tap a face, if you like.</source>
        <translation>Cum a fost azi? Atingeți o față, dacă doriți.</translation>
    </message>
    <message>
        <source>How is today going? Tap a face, if you like.</source>
        <translation>Cum merge ziua de azi? Atingeți o față, dacă doriți.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n quick question(s)</source>
        <translation>
            <numerusform>Răspundeți la %n întrebare scurtă</numerusform>
            <numerusform>Răspundeți la %n întrebări scurte</numerusform>
            <numerusform>Răspundeți la %n de întrebări scurte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Families</source>
        <translation>Familii</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Familie nouă</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <source>Search for a family by name, a child&apos;s name, postcode or pass code.</source>
        <translation>Căutați o familie după nume, numele unui copil, cod poștal sau codul permisului.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editare</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Combinare cu un duplicat…</translation>
    </message>
    <message>
        <source>Your role does not allow merging families.</source>
        <translation>Rolul dumneavoastră nu permite combinarea familiilor.</translation>
    </message>
    <message>
        <source>Checked with the family</source>
        <translation>Verificat cu familia</translation>
    </message>
    <message>
        <source>Expected baby…</source>
        <translation>Bebeluș așteptat…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Înregistrare acord…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Anulare combinare</translation>
    </message>
    <message>
        <source>Find the other record of this family:</source>
        <translation>Găsiți cealaltă fișă a acestei familii:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Vizite</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Contacte Here to Help</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>Permis QR</translation>
    </message>
    <message>
        <source>Issue a new pass</source>
        <translation>Emitere permis nou</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Retipărire</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocare</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Tipărire card</translation>
    </message>
    <message>
        <source>Added by the family at the kiosk, to check with them: {names}</source>
        <translation>Adăugat de familie la chioșc, de verificat împreună cu familia: {names}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notițe: {notes}</translation>
    </message>
    <message>
        <source>Baby due {day} (not counted as a child until born).</source>
        <translation>Naștere estimată pe {day} (nu este numărat drept copil până la naștere).</translation>
    </message>
    <message>
        <source>Another record was merged into this one on {day}.</source>
        <translation>O altă fișă a fost combinată cu aceasta pe {day}.</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Încă nicio vizită.</translation>
    </message>
    <message>
        <source>follow-up {day}</source>
        <translation>revenire {day}</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Încă niciun contact.</translation>
    </message>
    <message>
        <source>Pass {code}, issued {day}</source>
        <translation>Permis {code}, emis pe {day}</translation>
    </message>
    <message>
        <source>No pass yet.</source>
        <translation>Încă niciun permis.</translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation>Permis revocat.</translation>
    </message>
    <message>
        <source>Issue a new pass? The old one stops working.</source>
        <translation>Emiteți un permis nou? Cel vechi nu va mai funcționa.</translation>
    </message>
    <message>
        <source>Yes, issue a new pass</source>
        <translation>Da, emiteți un permis nou</translation>
    </message>
    <message>
        <source>Pass {code}: print the card for the family.</source>
        <translation>Permis {code}: tipăriți cardul pentru familie.</translation>
    </message>
    <message>
        <source>Revoke pass {code}? It will stop working at the kiosk.</source>
        <translation>Revocați permisul {code}? Nu va mai funcționa la chioșc.</translation>
    </message>
    <message>
        <source>Yes, revoke</source>
        <translation>Da, revocați</translation>
    </message>
    <message>
        <source>Scan this at the kiosk, or type the code under it.</source>
        <translation>Scanați-l la chioșc sau tastați codul de sub el.</translation>
    </message>
    <message>
        <source>Pass card saved: {path}</source>
        <translation>Cardul permisului a fost salvat: {path}</translation>
    </message>
    <message>
        <source>Pass card sent to {printer}.</source>
        <translation>Cardul permisului a fost trimis la {printer}.</translation>
    </message>
    <message>
        <source>That is this family: choose the duplicate.</source>
        <translation>Aceasta este chiar familia de față: alegeți duplicatul.</translation>
    </message>
    <message>
        <source>Undo the merge? Both records come back as they were, with their visits.</source>
        <translation>Anulați combinarea? Ambele fișe revin cum erau, cu vizitele lor.</translation>
    </message>
    <message>
        <source>Yes, undo the merge</source>
        <translation>Da, anulați combinarea</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>Combinare anulată: ambele fișe sunt din nou cum erau.</translation>
    </message>
    <message>
        <source>Kept apart: that pair will not be listed again.</source>
        <translation>Păstrate separat: această pereche nu va mai fi afișată.</translation>
    </message>
    <message>
        <source>Families merged. Undo merge puts both records back.</source>
        <translation>Familii combinate. „Anulare combinare” readuce ambele fișe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvare</translation>
    </message>
    <message>
        <source>People in the family</source>
        <translation>Persoanele din familie</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Adult or child</source>
        <translation>Adult sau copil</translation>
    </message>
    <message>
        <source>Role / date of birth</source>
        <translation>Rol / data nașterii</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>Adăugare adult</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Adăugare copil</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Eliminare persoană</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
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
        <translation>Notițe</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Edit {family}</source>
        <translation>Editare {family}</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prenume</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nume de familie</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data nașterii</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Persoana {number}</translation>
    </message>
    <message>
        <source>{person}, {column}</source>
        <translation>{person}, {column}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <source>Search: name, child&apos;s name, postcode or pass code</source>
        <translation>Căutare: nume, numele copilului, cod poștal sau codul permisului</translation>
    </message>
    <message>
        <source>Search for a family</source>
        <translation>Căutați o familie</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Ștergeți căutarea</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Se caută</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>Familii găsite</translation>
    </message>
    <message>
        <source>No family found. Check the spelling, or add a new one.</source>
        <translation>Nu s-a găsit nicio familie. Verificați ortografia sau adăugați una nouă.</translation>
    </message>
</context>
<context>
    <name>FamilyPrivacyPanel</name>
    <message>
        <source>Subject access and erasure:</source>
        <translation>Accesul la date și ștergerea:</translation>
    </message>
    <message>
        <source>Export everything we hold</source>
        <translation>Exportați tot ce deținem</translation>
    </message>
    <message>
        <source>Erase this family</source>
        <translation>Ștergeți această familie</translation>
    </message>
    <message>
        <source>The family&apos;s record is saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to the family another way than the file (read it out, or write it down).</source>
        <translation>Fișa familiei este salvată ca PDF, pe care îl pot deschide în orice cititor PDF, cu o parolă creată special pentru el. Parola este afișată aici o singură dată: dați-o familiei pe altă cale decât fișierul (citiți-o cu voce tare sau scrieți-o pe hârtie).</translation>
    </message>
    <message>
        <source>Folder to save it in</source>
        <translation>Dosarul în care se salvează</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Alegeți dosarul…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportare</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>Parola pentru PDF-ul familiei (dați-o separat de fișier; nu este păstrată nicăieri):</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF</source>
        <translation>Parola pentru PDF-ul familiei</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copiere parolă</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Am notat-o</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Unde se salvează exportul</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>Alegeți un dosar în care să salvați exportul.</translation>
    </message>
    <message>
        <source>Saved {path} ({members}, {visits}, {contacts}). Give the family the password below separately.</source>
        <translation>S-a salvat {path} ({members}, {visits}, {contacts}). Dați familiei separat parola de mai jos.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n vizită</numerusform>
            <numerusform>%n vizite</numerusform>
            <numerusform>%n de vizite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacte</numerusform>
            <numerusform>%n de contacte</numerusform>
        </translation>
    </message>
    <message>
        <source>Password copied.</source>
        <translation>Parolă copiată.</translation>
    </message>
    <message>
        <source>Erase “{name}”? Names, contact details, notes and dates of birth go from every device of the hub; visit counts stay. This cannot be undone.</source>
        <translation>Ștergeți „{name}”? Numele, datele de contact, notițele și datele de naștere dispar de pe toate dispozitivele hubului; numărul vizitelor rămâne. Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Yes, erase “{name}”</source>
        <translation>Da, ștergeți „{name}”</translation>
    </message>
    <message>
        <source>Family erased ({members} people; {visits} visits kept as counts).</source>
        <translation>Familie ștearsă (persoane: {members}; vizite păstrate doar ca număr: {visits}).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up hubdesk</source>
        <translation>Configurare hubdesk</translation>
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
    <name>HelpPage</name>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cum:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Cine:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Quick new family</source>
        <translation>Adăugare rapidă familie</translation>
    </message>
    <message>
        <source>Caller not registered</source>
        <translation>Apelant neînscris</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Nevoi:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevoi</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce s-a făcut:</translation>
    </message>
    <message>
        <source>Signposted to (organisation)</source>
        <translation>Îndrumat către (organizație)</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Îndrumat către</translation>
    </message>
    <message>
        <source>Referral made to (service)</source>
        <translation>Trimitere făcută către (serviciu)</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Trimitere făcută către</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notițe</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notițe (opțional)</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>Minute petrecute:</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minute petrecute</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>counted for you</source>
        <translation>calculat automat</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Revenire la data</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data revenirii</translation>
    </message>
    <message>
        <source>Follow-up to be done by</source>
        <translation>Revenirea va fi făcută de</translation>
    </message>
    <message>
        <source>by</source>
        <translation>de către</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Golire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvare</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Numele apelantului</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Număr pentru reapelare</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adăugare</translation>
    </message>
    <message>
        <source>New family added.</source>
        <translation>Familie nouă adăugată.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Reveniri</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ale mele</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Scadente săptămâna aceasta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>No follow-ups here.</source>
        <translation>Nicio revenire aici.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschidere</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcare ca făcută</translation>
    </message>
    <message>
        <source>Give the follow-up to</source>
        <translation>Atribuiți revenirea către</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuire</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Încă nimeni</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (eu)</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: %n</source>
        <translation>
            <numerusform>Reveniri: %n</numerusform>
            <numerusform>Reveniri: %n</numerusform>
            <numerusform>Reveniri: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (restantă)</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (azi)</translation>
    </message>
    <message>
        <source>No family</source>
        <translation>Fără familie</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Revenire făcută.</translation>
    </message>
    <message>
        <source>Follow-up given to {name}.</source>
        <translation>Revenire atribuită către {name}.</translation>
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
    <name>HubWizardPage</name>
    <message>
        <source>The hub</source>
        <translation>Hubul</translation>
    </message>
    <message>
        <source>Does the council run hubdesk&apos;s central service?</source>
        <translation>Administrează consiliul serviciul central hubdesk?</translation>
    </message>
    <message>
        <source>Join a hub with an enrolment code</source>
        <translation>Alăturare la un hub cu un cod de înrolare</translation>
    </message>
    <message>
        <source>Set up a standalone hub on this PC</source>
        <translation>Configurare hub independent pe acest PC</translation>
    </message>
    <message>
        <source>This build cannot talk to a central service.</source>
        <translation>Această versiune nu poate comunica cu un serviciu central.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Adresa serviciului central</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Cod de înrolare</translation>
    </message>
    <message>
        <source>Hub passphrase (if you have one)</source>
        <translation>Fraza de acces a hubului (dacă aveți una)</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Numele hubului</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>Codul hubului</translation>
    </message>
    <message>
        <source>short, e.g. RIV</source>
        <translation>scurt, de ex. RIV</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Numele locației</translation>
    </message>
    <message>
        <source>Leave empty to use the hub&apos;s name</source>
        <translation>Lăsați gol pentru a folosi numele hubului</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>Codul poștal al locației</translation>
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
    <name>LockPage</name>
    <message>
        <source>The desk is locked</source>
        <translation>Recepția este blocată</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN.</source>
        <translation>Alegeți-vă numele, apoi introduceți PIN-ul.</translation>
    </message>
    <message>
        <source>No staff accounts yet: add one with `hubdesk staff add`.</source>
        <translation>Încă nu există conturi de personal: adăugați unul cu `hubdesk staff add`.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The desk is locked for a while; try again later.</source>
        <translation>Prea multe PIN-uri greșite. Recepția este blocată o vreme; încercați mai târziu.</translation>
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
        <source>Too many wrong PINs for this name. Try again after {when}.</source>
        <translation>Prea multe PIN-uri greșite pentru acest nume. Încercați din nou după {when}.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Two records of one family: choose what to keep</source>
        <translation>Două fișe ale aceleiași familii: alegeți ce păstrați</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinare</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
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
        <translation>Notițe</translation>
    </message>
    <message>
        <source>Baby due</source>
        <translation>Naștere estimată</translation>
    </message>
    <message>
        <source>The same person in both records becomes one. Check the pairs:</source>
        <translation>Aceeași persoană din ambele fișe devine una singură. Verificați perechile:</translation>
    </message>
    <message>
        <source>The same person in both records</source>
        <translation>Aceeași persoană în ambele fișe</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nu este aceeași persoană</translation>
    </message>
    <message>
        <source>Person in record 1</source>
        <translation>Persoana din fișa 1</translation>
    </message>
    <message>
        <source>Person in record 2</source>
        <translation>Persoana din fișa 2</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Aceeași persoană</translation>
    </message>
    <message>
        <source>Record {number}: {family}</source>
        <translation>Fișa {number}: {family}</translation>
    </message>
    <message>
        <source>Keep record {number}</source>
        <translation>Păstrați fișa {number}</translation>
    </message>
    <message>
        <source>Record {number}&apos;s visits, contacts and passes move to the record kept. You can undo the merge afterwards.</source>
        <translation>Vizitele, contactele și permisele din fișa {number} trec în fișa păstrată. Puteți anula comasarea ulterior.</translation>
    </message>
    <message>
        <source>No postcode</source>
        <translation>Fără cod poștal</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adulți</numerusform>
            <numerusform>%n de adulți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n copil</numerusform>
            <numerusform>%n copii</numerusform>
            <numerusform>%n de copii</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: {day}</source>
        <translation>Creată: {day}</translation>
    </message>
    <message>
        <source>Last visit: {day}</source>
        <translation>Ultima vizită: {day}</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Încă nicio vizită</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n vizită</numerusform>
            <numerusform>%n vizite</numerusform>
            <numerusform>%n de vizite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacte</numerusform>
            <numerusform>%n de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n permis</numerusform>
            <numerusform>%n permise</numerusform>
            <numerusform>%n de permise</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nimic)</translation>
    </message>
    <message>
        <source>No one is in both records.</source>
        <translation>Nicio persoană nu apare în ambele fișe.</translation>
    </message>
    <message>
        <source>Each pair of the same person becomes one.</source>
        <translation>Fiecare pereche care reprezintă aceeași persoană devine una singură.</translation>
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
    <name>OfferForm</name>
    <message>
        <source>Public: in the council&apos;s service directory and families&apos; calendars</source>
        <translation>Public: în registrul de servicii al consiliului și în calendarele familiilor</translation>
    </message>
    <message>
        <source>What happens, who it is for</source>
        <translation>Ce se întâmplă, pentru cine este</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Vârsta minimă</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de la </translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Vârsta maximă</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>până la </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Booking needed</source>
        <translation>Este nevoie de rezervare</translation>
    </message>
    <message>
        <source>Accessibility: step-free, hearing loop ...</source>
        <translation>Accesibilitate: fără trepte, buclă auditivă ...</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Note despre accesibilitate</translation>
    </message>
    <message>
        <source>Hub contact: reception and its phone</source>
        <translation>Contactul centrului: recepția și telefonul ei</translation>
    </message>
    <message>
        <source>Hub contact</source>
        <translation>Contactul centrului</translation>
    </message>
    <message>
        <source>The hub&apos;s email</source>
        <translation>E-mailul centrului</translation>
    </message>
    <message>
        <source>Hub email</source>
        <translation>E-mailul centrului</translation>
    </message>
    <message>
        <source>Also the later sessions of this name</source>
        <translation>Și sesiunile ulterioare cu acest nume</translation>
    </message>
    <message>
        <source>Save the offer</source>
        <translation>Salvează oferta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>any</source>
        <translation>oricare</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> ani</translation>
    </message>
    <message>
        <source>Public offer: {name}</source>
        <translation>Oferta publică: {name}</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Outreach</source>
        <translation>Activitate în comunitate</translation>
    </message>
    <message>
        <source>Where are you today?</source>
        <translation>Unde sunteți astăzi?</translation>
    </message>
    <message>
        <source>Outreach point</source>
        <translation>Punct în comunitate</translation>
    </message>
    <message>
        <source>Work here</source>
        <translation>Lucrați aici</translation>
    </message>
    <message>
        <source>Or add a new outreach point (works offline):</source>
        <translation>Sau adăugați un punct nou în comunitate (funcționează și offline):</translation>
    </message>
    <message>
        <source>Name, e.g. Station Road Fire Station</source>
        <translation>Nume, de ex. Station Road Fire Station</translation>
    </message>
    <message>
        <source>Name of the outreach point</source>
        <translation>Numele punctului în comunitate</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipul locului</translation>
    </message>
    <message>
        <source>Postcode (optional)</source>
        <translation>Cod poștal (opțional)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Add and work here</source>
        <translation>Adăugați și lucrați aici</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Începeți sesiunea</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Încheiați sesiunea</translation>
    </message>
    <message>
        <source>Hand to families (kiosk)</source>
        <translation>Predați familiilor (chioșc)</translation>
    </message>
    <message>
        <source>Families sign themselves in; take it back with your PIN.</source>
        <translation>Familiile se înregistrează singure; reluați laptopul cu PIN-ul dumneavoastră.</translation>
    </message>
    <message>
        <source>To take the laptop back: tap the logo on the kiosk five times (or press Ctrl+Alt+Shift+L), choose your name and enter your PIN.</source>
        <translation>Pentru a relua laptopul: atingeți de cinci ori sigla de pe chioșc (sau apăsați Ctrl+Alt+Shift+L), alegeți-vă numele și introduceți PIN-ul.</translation>
    </message>
    <message>
        <source>When a family asks the kiosk for someone to speak to, they can say which of these rooms they will be in. One room a line; leave it empty for none.</source>
        <translation>Când o familie cere prin chioșc să vorbească cu cineva, poate spune în care dintre aceste săli va fi. O sală pe rând; lăsați gol dacă nu există niciuna.</translation>
    </message>
    <message>
        <source>Rooms at this site, one a line</source>
        <translation>Sălile din această locație, una pe rând</translation>
    </message>
    <message>
        <source>Save rooms</source>
        <translation>Salvați sălile</translation>
    </message>
    <message>
        <source>Rooms at {site}</source>
        <translation>Sălile din {site}</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Săli</translation>
    </message>
    <message>
        <source>No outreach session running here.</source>
        <translation>Nicio sesiune în comunitate nu este în desfășurare aici.</translation>
    </message>
    <message>
        <source>Session running at {site} since {when}.</source>
        <translation>Sesiune în desfășurare la {site} de la {when}.</translation>
    </message>
    <message>
        <source>This laptop now works at the chosen outreach point.</source>
        <translation>Acest laptop lucrează acum la punctul în comunitate ales.</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms saved.</source>
        <translation>
            <numerusform>%n sală salvată.</numerusform>
            <numerusform>%n săli salvate.</numerusform>
            <numerusform>%n de săli salvate.</numerusform>
        </translation>
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
    <name>PassphraseWizardPage</name>
    <message>
        <source>Administrator passphrase</source>
        <translation>Fraza de acces a administratorului</translation>
    </message>
    <message>
        <source>The store on this PC is encrypted. The passphrase opens it when the PC&apos;s own key store cannot (a new PC, a restored backup) and is needed to change keys. Use at least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Baza de date de pe acest PC este criptată. Fraza de acces o deschide atunci când depozitul de chei al PC-ului nu poate (un PC nou, o copie de rezervă restaurată) și este necesară pentru schimbarea cheilor. Folosiți cel puțin %1 caractere; o propoziție scurtă se reține ușor și se ghicește greu.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraza de acces</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Fraza de acces, din nou</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Cele două fraze de acces nu coincid.</translation>
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
    <name>RecoveryWizardPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Cod de recuperare</translation>
    </message>
    <message>
        <source>Write this code down now and keep it somewhere safe, away from this PC (the hub manager&apos;s locked drawer). It opens the store if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Notați acest cod acum și păstrați-l într-un loc sigur, departe de acest PC (în sertarul încuiat al managerului hubului). Cu el se deschide baza de date dacă fraza de acces este uitată. Este afișat doar acum, o singură dată.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Am notat-o</translation>
    </message>
    <message>
        <source>This PC&apos;s key store keeps the key, so hubdesk starts without the passphrase.</source>
        <translation>Depozitul de chei al acestui PC păstrează cheia, așa că hubdesk pornește fără fraza de acces.</translation>
    </message>
    <message>
        <source>This PC has no key store hubdesk can use: the passphrase is asked at each start.</source>
        <translation>Acest PC nu are un depozit de chei pe care hubdesk să-l poată folosi: fraza de acces se cere la fiecare pornire.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișare</translation>
    </message>
    <message>
        <source>Quick pick</source>
        <translation>Alegere rapidă</translation>
    </message>
    <message>
        <source>Quick pick of a period</source>
        <translation>Alegerea rapidă a unei perioade</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>Alegeți o perioadă…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafice</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabele</translation>
    </message>
    <message>
        <source>For sharing beyond the hub: round every figure to a multiple of 5 (&quot;&lt;5&quot;)</source>
        <translation>Pentru partajare în afara hubului: rotunjiți fiecare cifră la un multiplu de 5 („&lt;5”)</translation>
    </message>
    <message>
        <source>Leave unticked for the hub&apos;s own exact figures (0 is 0). Tick it for files that leave the hub: each figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so no small count can be worked out.</source>
        <translation>Lăsați nebifat pentru cifrele exacte, folosite doar în hub (0 înseamnă 0). Bifați pentru fișierele care pleacă din hub: fiecare cifră se rotunjește la un multiplu de 5, iar una care se rotunjește la 0 apare ca „&lt;5”, astfel încât niciun număr mic nu poate fi dedus.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Board pack PDF…</source>
        <translation>Dosar PDF pentru comisie…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresul exportului</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Vizite</translation>
    </message>
    <message>
        <source>People (footfall)</source>
        <translation>Persoane (numărul de vizitatori)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adulți</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>Familii cuprinse</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>Copii cuprinși</translation>
    </message>
    <message>
        <source>New families</source>
        <translation>Familii noi</translation>
    </message>
    <message>
        <source>Returning families</source>
        <translation>Familii care au revenit</translation>
    </message>
    <message>
        <source>Families who came more than once</source>
        <translation>Familii venite de mai multe ori</translation>
    </message>
    <message>
        <source>Re-attendance</source>
        <translation>Rata de revenire</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>Vizite noi</translation>
    </message>
    <message>
        <source>Returning visits</source>
        <translation>Vizite repetate</translation>
    </message>
    <message>
        <source>Visits by parties not registered</source>
        <translation>Vizite ale grupurilor neînscrise</translation>
    </message>
    <message>
        <source>Fathers</source>
        <translation>Tați</translation>
    </message>
    <message>
        <source>Male carers</source>
        <translation>Îngrijitori bărbați</translation>
    </message>
    <message>
        <source>Fathers and male carers</source>
        <translation>Tați și îngrijitori bărbați</translation>
    </message>
    <message>
        <source>Families with a father or male carer</source>
        <translation>Familii cu un tată sau un îngrijitor bărbat</translation>
    </message>
    <message>
        <source>Children with SEND</source>
        <translation>Copii cu SEND</translation>
    </message>
    <message>
        <source>Visits from outside the reach area</source>
        <translation>Vizite din afara zonei de acoperire</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Contacte Here to Help</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Reveniri scadente</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Reveniri făcute la timp</translation>
    </message>
    <message>
        <source>Follow-ups done late</source>
        <translation>Reveniri făcute cu întârziere</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Reveniri restante</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Grupă de vârstă</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Prezențe</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Pe locații</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>După motiv</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>Pe tipuri de activitate</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pe săptămâni</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pe luni</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Pe zile</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>După ora din zi</translation>
    </message>
    <message>
        <source>By day of the week</source>
        <translation>După ziua săptămânii</translation>
    </message>
    <message>
        <source>By postcode district</source>
        <translation>Pe districte poștale</translation>
    </message>
    <message>
        <source>By ward</source>
        <translation>Pe circumscripții</translation>
    </message>
    <message>
        <source>By LSOA</source>
        <translation>Pe LSOA</translation>
    </message>
    <message>
        <source>By deprivation decile</source>
        <translation>Pe decile de defavorizare</translation>
    </message>
    <message>
        <source>Inside or outside reach area</source>
        <translation>În interiorul sau în afara zonei de acoperire</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Contacte după canal</translation>
    </message>
    <message>
        <source>Contacts by need</source>
        <translation>Contacte după nevoie</translation>
    </message>
    <message>
        <source>Contacts by outcome</source>
        <translation>Contacte după rezultat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Nevoie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Pe programe</translation>
    </message>
    <message>
        <source>By session</source>
        <translation>Pe activități</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipul activității</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Prima activitate</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ultima activitate</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Activități ținute</translation>
    </message>
    <message>
        <source>Sessions with visits</source>
        <translation>Activități cu vizite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>Săptămâna începând cu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Începe la</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Cu rezervare</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Au venit</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Neprezentări</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>Decile {n}</source>
        <translation>Decila {n}</translation>
    </message>
    <message>
        <source>Decile 1 (most deprived)</source>
        <translation>Decila 1 (cele mai defavorizate)</translation>
    </message>
    <message>
        <source>Decile 10 (least deprived)</source>
        <translation>Decila 10 (cele mai puțin defavorizate)</translation>
    </message>
    <message>
        <source>Nobody signed in during this period.</source>
        <translation>Nimeni nu s-a înregistrat în această perioadă.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Not known&apos; here because no postcode lookup is loaded on this desk: visits carry no ward, LSOA or deprivation decile. Load the council&apos;s postcode lookup in Hub settings; visits from then on are counted by area.</source>
        <translation>Aici toate vizitele apar ca „Necunoscut” deoarece la această recepție nu este încărcat niciun tabel de coduri poștale: vizitele nu au circumscripție, LSOA sau decilă de defavorizare. Încărcați tabelul de coduri poștale al consiliului în Setările hubului; vizitele de atunci încolo sunt numărate pe zone.</translation>
    </message>
    <message>
        <source>Not known for every visit: none in this period had a full postcode found in the postcode lookup.</source>
        <translation>Necunoscut pentru toate vizitele: niciuna din această perioadă nu a avut un cod poștal complet găsit în tabelul de coduri poștale.</translation>
    </message>
    <message>
        <source>Not known for every visit: nobody in this period gave a postcode.</source>
        <translation>Necunoscut pentru toate vizitele: nimeni nu a dat un cod poștal în această perioadă.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Reach area not set&apos; here because this hub has no reach area set, so no visit can be inside or outside it. Set the reach area (the postcode districts the council&apos;s map gives this hub) in Hub settings.</source>
        <translation>Aici toate vizitele apar ca „Zonă de acoperire nestabilită” deoarece acest hub nu are stabilită o zonă de acoperire, deci nicio vizită nu poate fi în interiorul sau în afara ei. Stabiliți zona de acoperire (districtele poștale pe care harta consiliului le atribuie acestui hub) în Setările hubului.</translation>
    </message>
    <message>
        <source>Family voice</source>
        <translation>Vocea familiilor</translation>
    </message>
    <message>
        <source>Family voice by site</source>
        <translation>Vocea familiilor pe locații</translation>
    </message>
    <message>
        <source>Family voice by reason</source>
        <translation>Vocea familiilor pe motive</translation>
    </message>
    <message>
        <source>Family voice by session</source>
        <translation>Vocea familiilor pe sesiuni</translation>
    </message>
    <message>
        <source>Family voice by month</source>
        <translation>Vocea familiilor pe luni</translation>
    </message>
    <message>
        <source>Family voice questions</source>
        <translation>Întrebări pentru familii</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Răspunsuri</translation>
    </message>
    <message>
        <source>With a face</source>
        <translation>Cu o față</translation>
    </message>
    <message>
        <source>Good or very good</source>
        <translation>Bine sau foarte bine</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiunea</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Au răspuns</translation>
    </message>
    <message>
        <source>Yes (share)</source>
        <translation>Da (proporție)</translation>
    </message>
    <message>
        <source>No timetabled session</source>
        <translation>Fără sesiune programată</translation>
    </message>
    <message>
        <source>No family said how their day was in this period.</source>
        <translation>În această perioadă nicio familie nu a spus cum i-a fost ziua.</translation>
    </message>
    <message>
        <source>Inside the reach area</source>
        <translation>În zona de acoperire</translation>
    </message>
    <message>
        <source>Outside the reach area</source>
        <translation>În afara zonei de acoperire</translation>
    </message>
    <message>
        <source>No postcode given</source>
        <translation>Niciun cod poștal dat</translation>
    </message>
    <message>
        <source>Reach area not set</source>
        <translation>Zonă de acoperire nestabilită</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Toate locațiile</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This financial year (April–March)</source>
        <translation>Anul financiar curent (aprilie–martie)</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>Anul financiar trecut</translation>
    </message>
    <message>
        <source>Q1 (April–June)</source>
        <translation>T1 (aprilie–iunie)</translation>
    </message>
    <message>
        <source>Q2 (July–September)</source>
        <translation>T2 (iulie–septembrie)</translation>
    </message>
    <message>
        <source>Q3 (October–December)</source>
        <translation>T3 (octombrie–decembrie)</translation>
    </message>
    <message>
        <source>Q4 (January–March)</source>
        <translation>T4 (ianuarie–martie)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Se calculează cifrele…</translation>
    </message>
    <message>
        <source>The report could not be worked out.</source>
        <translation>Raportul nu a putut fi calculat.</translation>
    </message>
    <message>
        <source>{hub}: {start} to {end}</source>
        <translation>{hub}: {start} – {end}</translation>
    </message>
    <message>
        <source>Visits by day</source>
        <translation>Vizite pe zile</translation>
    </message>
    <message>
        <source>Visits by week</source>
        <translation>Vizite pe săptămâni</translation>
    </message>
    <message>
        <source>Children by age band</source>
        <translation>Copii pe grupe de vârstă</translation>
    </message>
    <message>
        <source>Visits by reason</source>
        <translation>Vizite după motiv</translation>
    </message>
    <message>
        <source>Visits by hour of day</source>
        <translation>Vizite după ora din zi</translation>
    </message>
    <message>
        <source>Load the postcode lookup…</source>
        <translation>Încărcați tabelul de coduri poștale…</translation>
    </message>
    <message>
        <source>Set the reach area…</source>
        <translation>Stabiliți zona de acoperire…</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>Întrebați un administrator</translation>
    </message>
    <message>
        <source>Only an administrator can change Hub settings.</source>
        <translation>Doar un administrator poate modifica setările hubului.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvați raportul</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Se exportă…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvat în {path}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was saved.</source>
        <translation>Export anulat: nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The export failed: nothing was saved.</source>
        <translation>Exportul a eșuat: nu s-a salvat nimic.</translation>
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
    <name>SendStatusCard</name>
    <message>
        <source>Send now</source>
        <translation>Trimiteți acum</translation>
    </message>
    <message>
        <source>How to enrol</source>
        <translation>Cum se face înrolarea</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Choose a session</source>
        <translation>Alegeți o activitate</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>Activitatea aleasă</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Rezervați</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Listă de prezență</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programe</translation>
    </message>
    <message>
        <source>Find the family, tick who is coming, then Book.</source>
        <translation>Găsiți familia, bifați cine vine, apoi apăsați Rezervați.</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>Cine vine</translation>
    </message>
    <message>
        <source>Reason to book beyond the places (optional)</source>
        <translation>Motivul rezervării peste numărul de locuri (opțional)</translation>
    </message>
    <message>
        <source>Reason to book beyond the places</source>
        <translation>Motivul rezervării peste numărul de locuri</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>No places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>Nu mai sunt locuri: intră pe lista de așteptare, dacă nu dați un motiv pentru rezervarea peste numărul de locuri.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>
            <numerusform>A mai rămas doar %n loc: intră pe lista de așteptare, dacă nu dați un motiv pentru rezervarea peste numărul de locuri.</numerusform>
            <numerusform>Au mai rămas doar %n locuri: intră pe lista de așteptare, dacă nu dați un motiv pentru rezervarea peste numărul de locuri.</numerusform>
            <numerusform>Au mai rămas doar %n de locuri: intră pe lista de așteptare, dacă nu dați un motiv pentru rezervarea peste numărul de locuri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n beyond the places</source>
        <translation>
            <numerusform>Rezervați %n loc peste capacitate</numerusform>
            <numerusform>Rezervați %n locuri peste capacitate</numerusform>
            <numerusform>Rezervați %n de locuri peste capacitate</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {family} on the waiting list</source>
        <translation>Treceți {family} pe lista de așteptare</translation>
    </message>
    <message numerus="yes">
        <source>Book %n places for {family}</source>
        <translation>
            <numerusform>Rezervați %n loc pentru {family}</numerusform>
            <numerusform>Rezervați %n locuri pentru {family}</numerusform>
            <numerusform>Rezervați %n de locuri pentru {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} booked: %n places.</source>
        <translation>
            <numerusform>Rezervare pentru {who}: %n loc.</numerusform>
            <numerusform>Rezervare pentru {who}: %n locuri.</numerusform>
            <numerusform>Rezervare pentru {who}: %n de locuri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>A venit</translation>
    </message>
    <message>
        <source>Signs the family in now, for this session</source>
        <translation>Înregistrează acum sosirea familiei, pentru această activitate</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Anulați rezervarea</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Tipăriți lista de prezență</translation>
    </message>
    <message>
        <source>They take it</source>
        <translation>Acceptă locul</translation>
    </message>
    <message>
        <source>Pass to next</source>
        <translation>Oferiți următoarei familii</translation>
    </message>
    <message>
        <source>They cannot come: offer the place to the next family waiting</source>
        <translation>Nu pot veni: oferiți locul următoarei familii de pe lista de așteptare</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Nu a venit</translation>
    </message>
    <message>
        <source>Came {time}</source>
        <translation>A venit la {time}</translation>
    </message>
    <message>
        <source>{who} is number {position} on the waiting list.</source>
        <translation>{who} este numărul {position} pe lista de așteptare.</translation>
    </message>
    <message>
        <source>Waiting list {position}</source>
        <translation>Lista de așteptare, nr. {position}</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Loc oferit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Booked beyond places</source>
        <translation>Rezervat peste numărul de locuri</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Rezervat</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(șters)</translation>
    </message>
    <message>
        <source>Booked beyond the places: {reason}</source>
        <translation>Rezervat peste numărul de locuri: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n rezervare</numerusform>
            <numerusform>%n rezervări</numerusform>
            <numerusform>%n de rezervări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>%n a venit</numerusform>
            <numerusform>%n au venit</numerusform>
            <numerusform>%n au venit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not come</source>
        <translation>
            <numerusform>%n nu a venit</numerusform>
            <numerusform>%n nu au venit</numerusform>
            <numerusform>%n nu au venit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places freed: offer them to {who} (%n people).</source>
        <translation>
            <numerusform>S-au eliberat locuri: oferiți-le pentru {who} (%n persoană).</numerusform>
            <numerusform>S-au eliberat locuri: oferiți-le pentru {who} (%n persoane).</numerusform>
            <numerusform>S-au eliberat locuri: oferiți-le pentru {who} (%n de persoane).</numerusform>
        </translation>
    </message>
    <message>
        <source>“Came” is marked on the day of the session</source>
        <translation>„A venit” se marchează în ziua activității</translation>
    </message>
    <message>
        <source>{who} signed in at {time}.</source>
        <translation>{who}: sosire înregistrată la {time}.</translation>
    </message>
    <message>
        <source>Booking cancelled for {who}.</source>
        <translation>Rezervare anulată pentru {who}.</translation>
    </message>
    <message>
        <source>{who} booked from the waiting list.</source>
        <translation>{who}: rezervare făcută de pe lista de așteptare.</translation>
    </message>
    <message>
        <source>The place is offered to the next family waiting.</source>
        <translation>Locul este oferit următoarei familii de pe lista de așteptare.</translation>
    </message>
    <message>
        <source>Register: {name}</source>
        <translation>Listă de prezență: {name}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} at {site}</source>
        <translation>{day}, {start}–{end}, la {site}</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>Locuri ocupate: {taken} din {capacity}</translation>
    </message>
    <message>
        <source>Booked as</source>
        <translation>Stare rezervare</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Listă de așteptare</translation>
    </message>
    <message>
        <source>Nobody booked.</source>
        <translation>Nicio rezervare.</translation>
    </message>
    <message>
        <source>Register saved: {path}</source>
        <translation>Lista de prezență a fost salvată: {path}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișare</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Sessions of one name and kind at one site</source>
        <translation>Activități cu același nume și tip, la aceeași locație</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Sessions held (not cancelled) in these dates</source>
        <translation>Activități ținute (neanulate) în această perioadă</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>The first session in these dates</source>
        <translation>Prima activitate din această perioadă</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ultima</translation>
    </message>
    <message>
        <source>The last session in these dates</source>
        <translation>Ultima activitate din această perioadă</translation>
    </message>
    <message>
        <source>Families booked (not the waiting list)</source>
        <translation>Familii cu rezervare (fără lista de așteptare)</translation>
    </message>
    <message>
        <source>Booked families marked as came</source>
        <translation>Familii cu rezervare marcate ca venite</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Neprezentări</translation>
    </message>
    <message>
        <source>Booked families who did not come, once it ended</source>
        <translation>Familii cu rezervare care nu au venit, după încheierea activității</translation>
    </message>
    <message>
        <source>People signed in for its sessions, booked or walk-in</source>
        <translation>Persoane înregistrate la activitățile sale, cu sau fără rezervare</translation>
    </message>
    <message>
        <source>Attendance by programme</source>
        <translation>Prezența pe programe</translation>
    </message>
    <message>
        <source>No sessions in those dates.</source>
        <translation>Nicio activitate în această perioadă.</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n places taken</source>
        <translation>
            <numerusform>Locuri ocupate: {taken} din %n</numerusform>
            <numerusform>Locuri ocupate: {taken} din %n</numerusform>
            <numerusform>Locuri ocupate: {taken} din %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>%n loc ocupat</numerusform>
            <numerusform>%n locuri ocupate</numerusform>
            <numerusform>%n de locuri ocupate</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(anulată)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Hub settings</source>
        <translation>Setările hubului</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Notă de confidențialitate</translation>
    </message>
    <message>
        <source>Families agree to this at the kiosk. Changing the words raises the version, and returning families see the notice again. Leave it empty for the standard wording.</source>
        <translation>Familiile își dau acordul la chioșc. Modificarea textului crește versiunea, iar familiile care revin văd din nou nota. Lăsați gol pentru textul standard.</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Textul notei de confidențialitate</translation>
    </message>
    <message>
        <source>Empty: families see the standard wording.</source>
        <translation>Gol: familiile văd textul standard.</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>Salvați nota</translation>
    </message>
    <message>
        <source>Keeping personal data</source>
        <translation>Păstrarea datelor personale</translation>
    </message>
    <message>
        <source>Erase families after this long with no visit or contact:</source>
        <translation>Ștergeți familiile după această perioadă fără vizite sau contacte:</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Perioada de păstrare, în luni</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Salvați perioada</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Perioada de păstrare</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>Aplicați acum perioada de păstrare</translation>
    </message>
    <message>
        <source>Audit log: every entry carries the hash of the one before.</source>
        <translation>Jurnal de audit: fiecare intrare conține hash-ul celei anterioare.</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Verificați jurnalul de audit</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versiunea {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ani</numerusform>
            <numerusform>%n de ani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n lună</numerusform>
            <numerusform>%n luni</numerusform>
            <numerusform>%n de luni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for erasure now: %n families.</source>
        <translation>
            <numerusform>De șters acum: %n familie.</numerusform>
            <numerusform>De șters acum: %n familii.</numerusform>
            <numerusform>De șters acum: %n de familii.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice is unchanged (still version {version}).</source>
        <translation>Nota nu s-a schimbat (rămâne versiunea {version}).</translation>
    </message>
    <message>
        <source>Notice saved as version {version}. Returning families will see it again.</source>
        <translation>Nota a fost salvată ca versiunea {version}. Familiile care revin o vor vedea din nou.</translation>
    </message>
    <message>
        <source>Personal data is now kept for {period}.</source>
        <translation>Datele personale se păstrează acum {period}.</translation>
    </message>
    <message>
        <source>Retention ran.</source>
        <translation>Perioada de păstrare a fost aplicată.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries link up.</source>
        <translation>
            <numerusform>Intact: %n intrare, legată corect.</numerusform>
            <numerusform>Intact: toate cele %n intrări sunt legate corect.</numerusform>
            <numerusform>Intact: toate cele %n de intrări sunt legate corect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: entry {seq} does not match (changed, or an entry before it was removed).</source>
        <translation>Întrerupt: intrarea {seq} nu se potrivește (a fost modificată sau o intrare dinaintea ei a fost eliminată).</translation>
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
    <name>SummaryWizardPage</name>
    <message>
        <source>Check and set up</source>
        <translation>Verificare și configurare</translation>
    </message>
    <message>
        <source>Check what this PC will be. Back changes anything; Set up creates the encrypted store, which takes a few seconds. The passphrase and the PIN are not shown.</source>
        <translation>Verificați ce va fi acest PC. Cu Înapoi puteți modifica orice; Configurare creează baza de date criptată, ceea ce durează câteva secunde. Fraza de acces și PIN-ul nu sunt afișate.</translation>
    </message>
    <message>
        <source>Setting up...</source>
        <translation>Se configurează...</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurare</translation>
    </message>
    <message>
        <source>The sign-in kiosk</source>
        <translation>Chioșcul de înregistrare</translation>
    </message>
    <message>
        <source>A front desk</source>
        <translation>O recepție</translation>
    </message>
    <message>
        <source>An outreach laptop</source>
        <translation>Un laptop pentru activități în comunitate</translation>
    </message>
    <message>
        <source>This PC will be</source>
        <translation>Acest PC va fi</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Numele dispozitivului</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Joins a hub through the central service</source>
        <translation>Se alătură unui hub prin serviciul central</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Serviciul central</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Cod de înrolare</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>Codul hubului</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>%1 (the hub&apos;s name)</source>
        <translation>%1 (numele hubului)</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>Codul poștal al locației</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Primul administrator</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Baza de date</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
    <message>
        <source>The hub&apos;s other devices</source>
        <translation>Celelalte dispozitive ale centrului</translation>
    </message>
    <message>
        <source>Records the central service refused</source>
        <translation>Înregistrări refuzate de serviciul central</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Înregistrări în carantină</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>Nimic nu este în carantină.</translation>
    </message>
    <message>
        <source>Send again (after fixing the record)</source>
        <translation>Trimiteți din nou (după corectarea înregistrării)</translation>
    </message>
    <message>
        <source>Discard (keep it on this computer only)</source>
        <translation>Renunțați (păstrați-o doar pe acest computer)</translation>
    </message>
    <message>
        <source>This computer keeps everything safely and works offline. Once it is enrolled with the council&apos;s central service (see below), waiting records are sent.</source>
        <translation>Acest computer păstrează totul în siguranță și funcționează offline. După înrolarea la serviciul central al consiliului (vezi mai jos), înregistrările în așteptare sunt trimise.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the central service yet.</source>
        <translation>Acest computer nu este încă înrolat la serviciul central.</translation>
    </message>
    <message>
        <source>This computer has not received the hub key yet.</source>
        <translation>Acest computer nu a primit încă cheia hubului.</translation>
    </message>
    <message>
        <source>The central service cannot be reached: working offline.</source>
        <translation>Serviciul central nu poate fi contactat: se lucrează offline.</translation>
    </message>
    <message>
        <source>The central service is busy: trying again shortly.</source>
        <translation>Serviciul central este ocupat: se reîncearcă în curând.</translation>
    </message>
    <message>
        <source>The central service asked us to wait: trying again shortly.</source>
        <translation>Serviciul central a cerut să așteptăm: se reîncearcă în curând.</translation>
    </message>
    <message>
        <source>The central service no longer accepts this computer.</source>
        <translation>Serviciul central nu mai acceptă acest computer.</translation>
    </message>
    <message>
        <source>Last problem: {code}</source>
        <translation>Ultima problemă: {code}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vizită</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Here to Help contact</source>
        <translation>Contact Here to Help</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>Permis QR</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membru al personalului</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>Va fi trimisă din nou la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Discarded: it stays on this computer only.</source>
        <translation>Nu se mai trimite: rămâne doar pe acest computer.</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable</source>
        <translation>Orar</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Toate locațiile</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Înapoi</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Înainte ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Săptămâna aceasta</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Copiați săptămâna trecută</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Adăugați o activitate</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Anulați activitatea</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Modificați activitatea</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s day, times or places</source>
        <translation>Modificați ziua, orele sau locurile activității alese</translation>
    </message>
    <message>
        <source>Public offer</source>
        <translation>Oferta publică</translation>
    </message>
    <message>
        <source>Publish the chosen session to the council&apos;s directory and families&apos; calendars</source>
        <translation>Publică sesiunea aleasă în registrul consiliului și în calendarele familiilor</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Activitățile din această săptămână</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <source>Public sessions are in the council&apos;s directory and families&apos; calendars.</source>
        <translation>Sesiunile publice apar în registrul consiliului și în calendarele familiilor.</translation>
    </message>
    <message>
        <source>No sessions this week. Use “Copy last week” to bring last week&apos;s over.</source>
        <translation>Nicio activitate în această săptămână. Folosiți „Copiați săptămâna trecută” pentru a le prelua pe cele de săptămâna trecută.</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Numele activității</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Tipul activității</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Începe</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Se termină</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>fără limită</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adăugare</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvați modificările</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Activitate adăugată.</translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation>Activitate modificată.</translation>
    </message>
    <message>
        <source>Cancel {name} on {day}? Families already booked stay on record.</source>
        <translation>Anulați {name} din {day}? Familiile deja rezervate rămân în evidență.</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Da, anulați</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>Activitate anulată.</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Săptămâna din {day}</translation>
    </message>
    <message>
        <source>In the building now:</source>
        <translation>Acum în clădire:</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(anulată)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message numerus="yes">
        <source>Public offer saved for %n sessions.</source>
        <translation>
            <numerusform>Oferta publică a fost salvată pentru %n sesiune.</numerusform>
            <numerusform>Oferta publică a fost salvată pentru %n sesiuni.</numerusform>
            <numerusform>Oferta publică a fost salvată pentru %n de sesiuni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions copied from last week.</source>
        <translation>
            <numerusform>%n activitate copiată din săptămâna trecută.</numerusform>
            <numerusform>%n activități copiate din săptămâna trecută.</numerusform>
            <numerusform>%n de activități copiate din săptămâna trecută.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Fire roll call</source>
        <translation>Apel în caz de incendiu</translation>
    </message>
    <message>
        <source>Save as PDF (and print, if there is a printer)</source>
        <translation>Salvați ca PDF (și tipăriți, dacă există o imprimantă)</translation>
    </message>
    <message>
        <source>Sign a family in</source>
        <translation>Înregistrați sosirea unei familii</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Înregistrați plecarea</translation>
    </message>
    <message>
        <source>Sign everyone out</source>
        <translation>Înregistrați plecarea tuturor</translation>
    </message>
    <message>
        <source>Who is in the building now</source>
        <translation>Cine este acum în clădire</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>Ora sosirii</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Signed in on</source>
        <translation>Înregistrare pe</translation>
    </message>
    <message>
        <source>Nobody is signed in yet today.</source>
        <translation>Nimeni nu s-a înregistrat încă astăzi.</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Fără înscriere</translation>
    </message>
    <message>
        <source>Count who is here without a family record</source>
        <translation>Numărați cine este aici fără fișă de familie</translation>
    </message>
    <message>
        <source>Why they came</source>
        <translation>Motivul vizitei</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Înregistrați sosirea</translation>
    </message>
    <message>
        <source>Children {band}</source>
        <translation>Copii {band}</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>fără înscriere</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: {who} (%n people).</source>
        <translation>
            <numerusform>Sosire înregistrată: {who} (%n persoană).</numerusform>
            <numerusform>Sosire înregistrată: {who} (%n persoane).</numerusform>
            <numerusform>Sosire înregistrată: {who} (%n de persoane).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total}: {adults}, {children}</source>
        <translation>{total}: {adults}, {children}</translation>
    </message>
    <message numerus="yes">
        <source>%n adults</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adulți</numerusform>
            <numerusform>%n de adulți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n copil</numerusform>
            <numerusform>%n copii</numerusform>
            <numerusform>%n de copii</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: data up to {when}</source>
        <translation>{device}: date până la {when}</translation>
    </message>
    <message>
        <source>{device}: nothing received yet</source>
        <translation>{device}: nu s-a primit nimic încă</translation>
    </message>
    <message>
        <source>{people} in {parties}</source>
        <translation>{people} în {parties}</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n grup</numerusform>
            <numerusform>%n grupuri</numerusform>
            <numerusform>%n de grupuri</numerusform>
        </translation>
    </message>
    <message>
        <source>a party with no family record</source>
        <translation>un grup fără fișă de familie</translation>
    </message>
    <message numerus="yes">
        <source>Sign out {who} (%n people)?</source>
        <translation>
            <numerusform>Înregistrați plecarea pentru {who} (%n persoană)?</numerusform>
            <numerusform>Înregistrați plecarea pentru {who} (%n persoane)?</numerusform>
            <numerusform>Înregistrați plecarea pentru {who} (%n de persoane)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Da, înregistrați plecarea</translation>
    </message>
    <message numerus="yes">
        <source>Signed out: {who} (%n people).</source>
        <translation>
            <numerusform>Plecare înregistrată: {who} (%n persoană).</numerusform>
            <numerusform>Plecare înregistrată: {who} (%n persoane).</numerusform>
            <numerusform>Plecare înregistrată: {who} (%n de persoane).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed back in: {who}.</source>
        <translation>Sosire înregistrată din nou: {who}.</translation>
    </message>
    <message numerus="yes">
        <source>Sign out everyone in the building (%n people)? Do this at closing time.</source>
        <translation>
            <numerusform>Înregistrați plecarea tuturor celor din clădire (%n persoană)? Faceți asta la închidere.</numerusform>
            <numerusform>Înregistrați plecarea tuturor celor din clădire (%n persoane)? Faceți asta la închidere.</numerusform>
            <numerusform>Înregistrați plecarea tuturor celor din clădire (%n de persoane)? Faceți asta la închidere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign everyone out</source>
        <translation>Da, înregistrați plecarea tuturor</translation>
    </message>
    <message numerus="yes">
        <source>%n parties signed out.</source>
        <translation>
            <numerusform>Plecare înregistrată pentru %n grup.</numerusform>
            <numerusform>Plecare înregistrată pentru %n grupuri.</numerusform>
            <numerusform>Plecare înregistrată pentru %n de grupuri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at {when}</source>
        <translation>Întocmit la {when}</translation>
    </message>
    <message>
        <source>Out?</source>
        <translation>A ieșit?</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adulți</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <source>Not registered ({how_many})</source>
        <translation>Fără înscriere ({how_many})</translation>
    </message>
    <message>
        <source>How fresh each device&apos;s data is</source>
        <translation>Cât de actuale sunt datele fiecărui dispozitiv</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispozitiv</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Date până la</translation>
    </message>
    <message>
        <source>this computer: live</source>
        <translation>acest computer: în timp real</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>nu s-a primit nimic încă</translation>
    </message>
    <message>
        <source>Last sync with the central service: {when}</source>
        <translation>Ultima sincronizare cu serviciul central: {when}</translation>
    </message>
    <message>
        <source>Not connected to a central service: other devices&apos; sign-ins may be missing.</source>
        <translation>Nu este conectat la un serviciu central: pot lipsi înregistrările de pe alte dispozitive.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nu este nimeni înregistrat.</translation>
    </message>
    <message>
        <source>Taking the roll call…</source>
        <translation>Se face apelul…</translation>
    </message>
    <message>
        <source>Roll call saved: {path}</source>
        <translation>Apelul a fost salvat: {path}</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Tipărit la {printer}.</translation>
    </message>
</context>
<context>
    <name>VoiceAskBar</name>
    <message>
        <source>If the family would like to: how was today? (anonymous)</source>
        <translation>Dacă familia dorește: cum a fost azi? (anonim)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>VoiceCard</name>
    <message>
        <source>Family voice: questions after the faces</source>
        <translation>Vocea familiilor: întrebări după fețe</translation>
    </message>
    <message>
        <source>After tapping a face, families may answer these by tapping yes, a little or no. Own words: English is needed; a language left empty shows the English (or, for a standard question, the kiosk&apos;s own translation). Saving a change starts a new version: earlier answers stay with the words they answered.</source>
        <translation>După ce ating o față, familiile pot răspunde atingând da, puțin sau nu. Cuvinte proprii: engleza este obligatorie; o limbă lăsată goală arată textul în engleză (sau, pentru o întrebare standard, traducerea chioșcului). Salvarea unei schimbări începe o versiune nouă: răspunsurile anterioare rămân cu cuvintele la care au răspuns.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Întrebarea %1</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nu se întreabă</translation>
    </message>
    <message>
        <source>Question %1 in %2</source>
        <translation>Întrebarea %1 în %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Întrebări</translation>
    </message>
    <message>
        <source>Save questions</source>
        <translation>Salvează întrebările</translation>
    </message>
    <message>
        <source>Version %1 of the hub&apos;s questions is in use.</source>
        <translation>Se folosește versiunea %1 a întrebărilor centrului.</translation>
    </message>
    <message>
        <source>No questions yet: the kiosk shows the faces only.</source>
        <translation>Încă nu există întrebări: chioșcul arată doar fețele.</translation>
    </message>
    <message>
        <source>The questions are unchanged.</source>
        <translation>Întrebările nu s-au schimbat.</translation>
    </message>
    <message>
        <source>Questions saved as version %1.</source>
        <translation>Întrebările au fost salvate ca versiunea %1.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Thank you. It helps us make the hub better.</source>
        <translation>Vă mulțumim. Ne ajută să facem centrul mai bun.</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>La revedere și pe curând!</translation>
    </message>
    <message>
        <source>Enjoy the rest of your visit!</source>
        <translation>Vă dorim o vizită plăcută în continuare!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Question %1 of %2. Tap an answer.</source>
        <translation>Întrebarea %1 din %2. Atingeți un răspuns.</translation>
    </message>
    <message>
        <source>No more questions</source>
        <translation>Fără alte întrebări</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <source>Not good</source>
        <translation>Nu a fost bine</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>Putea fi mai bine</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bine</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Foarte bine</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Puțin</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Did you get the help you came for?</source>
        <translation>Ați primit ajutorul pentru care ați venit?</translation>
    </message>
    <message>
        <source>Would you tell a friend about the hub?</source>
        <translation>Le-ați spune prietenilor despre centru?</translation>
    </message>
    <message>
        <source>Did you feel welcome?</source>
        <translation>V-ați simțit bineveniți?</translation>
    </message>
    <message>
        <source>Did you learn something useful today?</source>
        <translation>Ați aflat azi ceva util?</translation>
    </message>
    <message>
        <source>Did your child enjoy it?</source>
        <translation>I-a plăcut copilului?</translation>
    </message>
    <message>
        <source>Our own question</source>
        <translation>Întrebarea noastră</translation>
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
    <message>
        <source>What&apos;s on</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to hubdesk</source>
        <translation>Bun venit în hubdesk</translation>
    </message>
    <message>
        <source>This PC has not been set up yet. In a few steps it becomes the sign-in kiosk, the front desk or an outreach laptop of a Family Hub.

You will need: the hub&apos;s details (or an enrolment code from the council&apos;s central service), a passphrase for the administrator, and a PIN for the first administrator. Have a pen ready: a recovery code is shown once at the end.</source>
        <translation>Acest PC nu a fost încă configurat. În câțiva pași devine chioșcul de înregistrare, recepția sau un laptop pentru activități în comunitate al unui Family Hub.

Veți avea nevoie de: detaliile hubului (sau un cod de înrolare de la serviciul central al consiliului), o frază de acces pentru administrator și un PIN pentru primul administrator. Pregătiți un pix: la final se afișează o singură dată un cod de recuperare.</translation>
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
<context>
    <name>_Page</name>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>the same phone number</source>
        <translation>același număr de telefon</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>același e-mail</translation>
    </message>
    <message>
        <source>a child with the same name and date of birth</source>
        <translation>un copil cu același nume și aceeași dată de naștere</translation>
    </message>
    <message>
        <source>the same surname and postcode</source>
        <translation>același nume de familie și același cod poștal</translation>
    </message>
    <message>
        <source>an adult with the same name</source>
        <translation>un adult cu același nume</translation>
    </message>
    <message numerus="yes">
        <source>+ %n adults</source>
        <translation>
            <numerusform>+ %n adult</numerusform>
            <numerusform>+ %n adulți</numerusform>
            <numerusform>+ %n de adulți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n children</source>
        <translation>
            <numerusform>+ %n copil</numerusform>
            <numerusform>+ %n copii</numerusform>
            <numerusform>+ %n de copii</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevoi</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Trimitere către</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Îndrumat către</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data revenirii</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Timp alocat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notițe</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
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
        <translation>Căutare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Vizită directă</translation>
    </message>
    <message>
        <source>Online request</source>
        <translation>Cerere online</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Locuință</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Bani și ajutoare sociale</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimente</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Creșterea copiilor</translation>
    </message>
    <message>
        <source>Child development</source>
        <translation>Dezvoltarea copilului</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Sănătate mintală</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Violență domestică</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educație</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Sfaturi oferite</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Trimitere făcută către</translation>
    </message>
    <message>
        <source>Booked into a group</source>
        <translation>Înscris(ă) într-un grup</translation>
    </message>
    <message>
        <source>Early help request raised</source>
        <translation>Cerere de sprijin timpuriu (early help) înaintată</translation>
    </message>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>Asistentă comunitară sau clinică</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Programare</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>Doar în vizită</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>Family Hub</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>Stație de pompieri</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Bază militară</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Școală</translation>
    </message>
    <message>
        <source>Community venue</source>
        <translation>Spațiu comunitar</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Chioșc</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <source>Outreach laptop</source>
        <translation>Laptop de teren</translation>
    </message>
    <message>
        <source>Another device</source>
        <translation>Alt dispozitiv</translation>
    </message>
    <message>
        <source>Stay and play</source>
        <translation>Joacă împreună (Stay and play)</translation>
    </message>
    <message>
        <source>Baby clinic</source>
        <translation>Cabinet pentru bebeluși</translation>
    </message>
    <message>
        <source>Youth group</source>
        <translation>Grup de tineri</translation>
    </message>
    <message>
        <source>Breakfast club</source>
        <translation>Club de mic dejun</translation>
    </message>
    <message>
        <source>Learning through play</source>
        <translation>Învățare prin joacă</translation>
    </message>
    <message>
        <source>Parenting course</source>
        <translation>Curs pentru părinți</translation>
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
        <source>Other adult</source>
        <translation>Alt adult</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Lucrător în comunitate</translation>
    </message>
    <message>
        <source>Hub manager</source>
        <translation>Manager de hub</translation>
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
        <translation>Cine este aici</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Începe</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Se termină</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sală</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Rezervare</translation>
    </message>
    <message>
        <source>is needed.</source>
        <translation>câmp obligatoriu.</translation>
    </message>
    <message>
        <source>is not a date. Type it as day/month/year, for example 10/12/2026.</source>
        <translation>nu este o dată. Scrieți-o ca zi/lună/an, de exemplu 10/12/2026.</translation>
    </message>
    <message>
        <source>is not a real date (check the day and the month).</source>
        <translation>nu este o dată reală (verificați ziua și luna).</translation>
    </message>
    <message>
        <source>choose a date.</source>
        <translation>alegeți o dată.</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>nu poate fi în viitor.</translation>
    </message>
    <message>
        <source>cannot be in the past.</source>
        <translation>nu poate fi în trecut.</translation>
    </message>
    <message>
        <source>is too far in the past.</source>
        <translation>este prea departe în trecut.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>depășește lungimea permisă.</translation>
    </message>
    <message>
        <source>is too short.</source>
        <translation>este sub lungimea minimă.</translation>
    </message>
    <message>
        <source>is not the right length.</source>
        <translation>nu are lungimea corectă.</translation>
    </message>
    <message>
        <source>is outside what is allowed.</source>
        <translation>este în afara limitelor permise.</translation>
    </message>
    <message>
        <source>is not a UK postcode. Check it, or leave it empty.</source>
        <translation>nu este un cod poștal din Regatul Unit. Verificați-l sau lăsați câmpul gol.</translation>
    </message>
    <message>
        <source>has characters that cannot be stored.</source>
        <translation>conține caractere care nu pot fi salvate.</translation>
    </message>
    <message>
        <source>is already used.</source>
        <translation>este deja în uz.</translation>
    </message>
    <message>
        <source>is already there.</source>
        <translation>există deja.</translation>
    </message>
    <message>
        <source>choose people from this family.</source>
        <translation>alegeți persoane din această familie.</translation>
    </message>
    <message>
        <source>has no places left.</source>
        <translation>nu mai are locuri libere.</translation>
    </message>
    <message>
        <source>is already booked for this session.</source>
        <translation>are deja o rezervare la această activitate.</translation>
    </message>
    <message>
        <source>tick at least one person who is coming.</source>
        <translation>bifați cel puțin o persoană care vine.</translation>
    </message>
    <message>
        <source>has already ended.</source>
        <translation>s-a încheiat deja.</translation>
    </message>
    <message>
        <source>can be marked as came on the day only.</source>
        <translation>prezența se poate marca doar în ziua activității.</translation>
    </message>
    <message>
        <source>must be after the start.</source>
        <translation>trebuie să fie după început.</translation>
    </message>
    <message>
        <source>must be on the same day as the start.</source>
        <translation>trebuie să fie în aceeași zi cu începutul.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>trebuie să fie un număr întreg.</translation>
    </message>
    <message>
        <source>choose one from the list.</source>
        <translation>alegeți o opțiune din listă.</translation>
    </message>
    <message>
        <source>must be digits only.</source>
        <translation>trebuie să conțină doar cifre.</translation>
    </message>
    <message>
        <source>is too easy to guess: choose another.</source>
        <translation>este prea ușor de ghicit: alegeți altă valoare.</translation>
    </message>
    <message>
        <source>They had already signed out.</source>
        <translation>Plecarea lor fusese deja înregistrată.</translation>
    </message>
    <message>
        <source>That visit is not in the list any more.</source>
        <translation>Vizita respectivă nu mai este în listă.</translation>
    </message>
    <message>
        <source>It is too late to undo that sign-out: sign them in again instead.</source>
        <translation>Este prea târziu pentru a anula această plecare: înregistrați-le din nou sosirea.</translation>
    </message>
    <message>
        <source>The sign-out has already gone to the other devices, so it cannot be undone: sign them in again instead.</source>
        <translation>Plecarea a ajuns deja pe celelalte dispozitive, deci nu mai poate fi anulată: înregistrați-le din nou sosirea.</translation>
    </message>
    <message>
        <source>They have signed in again since, so there is nothing to undo.</source>
        <translation>De atunci s-au înregistrat din nou, deci nu este nimic de anulat.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n problem(s) shown beside the fields.</source>
        <translation>
            <numerusform>Vă rugăm să corectați %n problemă afișată lângă câmpuri.</numerusform>
            <numerusform>Vă rugăm să corectați cele %n probleme afișate lângă câmpuri.</numerusform>
            <numerusform>Vă rugăm să corectați cele %n de probleme afișate lângă câmpuri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Rolul dumneavoastră nu permite acest lucru.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked for now.</source>
        <translation>Prea multe PIN-uri greșite: blocat deocamdată.</translation>
    </message>
    <message>
        <source>That did not work ({kind}). Please try again.</source>
        <translation>Nu a funcționat ({kind}). Vă rugăm să încercați din nou.</translation>
    </message>
    <message>
        <source>That session is full.</source>
        <translation>Activitatea este completă.</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>Vă rugăm să verificați formularul: {problem}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>astăzi, {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>ieri, {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>acum %n zi</numerusform>
            <numerusform>acum %n zile</numerusform>
            <numerusform>acum %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>To send them, enrol this laptop with the council&apos;s central service:</source>
        <translation>Pentru a le trimite, înrolați acest laptop la serviciul central al consiliului:</translation>
    </message>
    <message>
        <source>1. Ask your hub&apos;s administrator for an enrolment code for this laptop (a code or a QR code).</source>
        <translation>1. Cereți administratorului hubului un cod de înrolare pentru acest laptop (un cod sau un cod QR).</translation>
    </message>
    <message>
        <source>2. Close hubdesk (Lock, then close the window).</source>
        <translation>2. Închideți hubdesk (Blocare, apoi închideți fereastra).</translation>
    </message>
    <message>
        <source>3. Open a terminal (on Windows: Command Prompt), type: hubdesk enrol THE-CODE --kind outreach, and press Enter.</source>
        <translation>3. Deschideți un terminal (pe Windows: Command Prompt), tastați: hubdesk enrol THE-CODE --kind outreach (cu codul primit în locul lui THE-CODE) și apăsați Enter.</translation>
    </message>
    <message>
        <source>4. Open hubdesk again: this box then says when records were last sent.</source>
        <translation>4. Deschideți din nou hubdesk: această casetă va arăta atunci când au fost trimise ultima dată înregistrările.</translation>
    </message>
    <message>
        <source>Safe to close the lid: everything is sent.</source>
        <translation>Puteți închide capacul: totul a fost trimis.</translation>
    </message>
    <message numerus="yes">
        <source>Not safe yet: %n records not sent.</source>
        <translation>
            <numerusform>Nu închideți încă: %n înregistrare netrimisă.</numerusform>
            <numerusform>Nu închideți încă: %n înregistrări netrimise.</numerusform>
            <numerusform>Nu închideți încă: %n de înregistrări netrimise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation>Deocamdată nu este nimic de trimis.</translation>
    </message>
    <message>
        <source>Last sent: {when}</source>
        <translation>Ultima trimitere: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to send</source>
        <translation>
            <numerusform>%n înregistrare în așteptare pentru trimitere</numerusform>
            <numerusform>%n înregistrări în așteptare pentru trimitere</numerusform>
            <numerusform>%n de înregistrări în așteptare pentru trimitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the central service: see the Sync tab</source>
        <translation>
            <numerusform>%n înregistrare refuzată de serviciul central: vedeți fila Sincronizare</numerusform>
            <numerusform>%n înregistrări refuzate de serviciul central: vedeți fila Sincronizare</numerusform>
            <numerusform>%n de înregistrări refuzate de serviciul central: vedeți fila Sincronizare</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled, so nothing is sent: all is kept safely on this laptop</source>
        <translation>neînrolat, deci nu se trimite nimic: totul este păstrat în siguranță pe acest laptop</translation>
    </message>
    <message>
        <source>offline: kept safely on this laptop, sent when back online</source>
        <translation>offline: păstrat în siguranță pe acest laptop, se trimite la revenirea online</translation>
    </message>
    <message>
        <source>sending: keep the laptop open and connected for a moment</source>
        <translation>se trimite: țineți laptopul deschis și conectat câteva momente</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a central service · %n records kept on this computer</source>
        <translation>
            <numerusform>Neconectat la un serviciu central · %n înregistrare păstrată pe acest computer</numerusform>
            <numerusform>Neconectat la un serviciu central · %n înregistrări păstrate pe acest computer</numerusform>
            <numerusform>Neconectat la un serviciu central · %n de înregistrări păstrate pe acest computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Se sincronizează…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Refused by the central service: ask your administrator</source>
        <translation>Refuzat de serviciul central: întrebați administratorul</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>ultima sincronizare {when}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>niciodată sincronizat</translation>
    </message>
    <message numerus="yes">
        <source>{state} · {last} · %n waiting</source>
        <translation>
            <numerusform>{state} · {last} · %n în așteptare</numerusform>
            <numerusform>{state} · {last} · %n în așteptare</numerusform>
            <numerusform>{state} · {last} · %n în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes ahead: please set it right</source>
        <translation>
            <numerusform>Ceasul acestui computer este cu %n minut înainte: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n minute înainte: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n de minute înainte: vă rugăm să-l potriviți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes behind: please set it right</source>
        <translation>
            <numerusform>Ceasul acestui computer este cu %n minut în urmă: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n minute în urmă: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n de minute în urmă: vă rugăm să-l potriviți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours ahead: please set it right</source>
        <translation>
            <numerusform>Ceasul acestui computer este cu %n oră înainte: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n ore înainte: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n de ore înainte: vă rugăm să-l potriviți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours behind: please set it right</source>
        <translation>
            <numerusform>Ceasul acestui computer este cu %n oră în urmă: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n ore în urmă: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n de ore în urmă: vă rugăm să-l potriviți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days ahead: please set it right</source>
        <translation>
            <numerusform>Ceasul acestui computer este cu %n zi înainte: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n zile înainte: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n de zile înainte: vă rugăm să-l potriviți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days behind: please set it right</source>
        <translation>
            <numerusform>Ceasul acestui computer este cu %n zi în urmă: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n zile în urmă: vă rugăm să-l potriviți</numerusform>
            <numerusform>Ceasul acestui computer este cu %n de zile în urmă: vă rugăm să-l potriviți</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: directly, {when}</source>
        <translation>{device}: direct, {when}</translation>
    </message>
    <message>
        <source>{device}: through the service, {when}</source>
        <translation>{device}: prin serviciul central, {when}</translation>
    </message>
    <message>
        <source>{device}: through the service</source>
        <translation>{device}: prin serviciul central</translation>
    </message>
    <message>
        <source>{device}: not heard from since {when}</source>
        <translation>{device}: fără contact de la {when}</translation>
    </message>
    <message>
        <source>{device}: not heard from</source>
        <translation>{device}: fără contact</translation>
    </message>
    <message numerus="yes">
        <source>%n devices heard directly</source>
        <translation>
            <numerusform>%n dispozitiv direct</numerusform>
            <numerusform>%n dispozitive direct</numerusform>
            <numerusform>%n de dispozitive direct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n through the service</source>
        <translation>
            <numerusform>%n prin serviciul central</numerusform>
            <numerusform>%n prin serviciul central</numerusform>
            <numerusform>%n prin serviciul central</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not heard from</source>
        <translation>
            <numerusform>%n fără contact</numerusform>
            <numerusform>%n fără contact</numerusform>
            <numerusform>%n fără contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>This must be filled in.</source>
        <translation>Acest câmp trebuie completat.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>Este prea scurt.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Este prea lung.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Folosiți doar cifre.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un PIN are între 4 și 12 cifre.</translation>
    </message>
    <message>
        <source>This is not a valid UK postcode.</source>
        <translation>Acesta nu este un cod poștal valid din Regatul Unit.</translation>
    </message>
    <message>
        <source>There is already a store here.</source>
        <translation>Există deja o bază de date aici.</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>Cele două nu coincid.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Adresa trebuie să înceapă cu https://.</translation>
    </message>
    <message>
        <source>The files could not be written: check the disk and try again.</source>
        <translation>Fișierele nu au putut fi scrise: verificați discul și încercați din nou.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Nu a mers: %1</translation>
    </message>
    <message>
        <source>The central service could not be reached. Check the address and the network, or set up a standalone hub.</source>
        <translation>Serviciul central nu a putut fi contactat. Verificați adresa și rețeaua sau configurați un hub independent.</translation>
    </message>
    <message>
        <source>The central service refused the enrolment code (wrong, used or expired). Ask for a new one.</source>
        <translation>Serviciul central a refuzat codul de înrolare (greșit, folosit sau expirat). Cereți unul nou.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was saved; please try again.</source>
        <translation>Ceva nu a mers (%1). Nu s-a salvat nimic; vă rugăm să încercați din nou.</translation>
    </message>
</context>
</TS>
