<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Agreed to version {v} on {when}, recorded at the desk by {name}.</source>
        <translation>Agreed to version {v} on {when}, recorded at the desk by {name}.</translation>
    </message>
    <message>
        <source>Agreed to version {v} on {when}.</source>
        <translation>Agreed to version {v} on {when}.</translation>
    </message>
    <message>
        <source>Has not agreed to the privacy notice (version {version}).</source>
        <translation>Has not agreed to the privacy notice (version {version}).</translation>
    </message>
    <message>
        <source>The notice has changed since (now version {version}).</source>
        <translation>The notice has changed since (now version {version}).</translation>
    </message>
    <message>
        <source>This Family Hub keeps a record of visits so that it can plan its groups and services.</source>
        <translation>This Family Hub keeps a record of visits so that it can plan its groups and services.</translation>
    </message>
    <message>
        <source>If you register, we keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, your full postcode and, if you give them, a phone number or email and an expected baby&apos;s due date. Only staff at this Family Hub can see them. They are kept for the hub&apos;s retention period after your last visit and then deleted.</source>
        <translation>If you register, we keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, your full postcode and, if you give them, a phone number or email and an expected baby&apos;s due date. Only staff at this Family Hub can see them. They are kept for the hub&apos;s retention period after your last visit and then deleted.</translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>You can ask at the front desk to see, correct or delete your details at any time.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n months, so everything before {cutoff} was due.</source>
        <translation>
            <numerusform>Kept for %n month, so everything before {cutoff} was due.</numerusform>
            <numerusform>Kept for %n months, so everything before {cutoff} was due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Families erased: {families} (%n people).</source>
        <translation>
            <numerusform>Families erased: {families} (%n person).</numerusform>
            <numerusform>Families erased: {families} (%n people).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits&apos; names cleared: {visits}. Notes of contacts with no family cleared: {contacts}. Former staff names removed: {staff}. Old backups deleted: {backups}. Synced outbox events deleted: {sent}.</source>
        <translation>Visits&apos; names cleared: {visits}. Notes of contacts with no family cleared: {contacts}. Former staff names removed: {staff}. Old backups deleted: {backups}. Synced outbox events deleted: {sent}.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>A little about you</source>
        <translation>A little about you</translation>
    </message>
    <message>
        <source>Your postcode</source>
        <translation>Your postcode</translation>
    </message>
    <message>
        <source>e.g. NE1 4XF</source>
        <translation>e.g. NE1 4XF</translation>
    </message>
    <message>
        <source>Your postcode (optional)</source>
        <translation>Your postcode (optional)</translation>
    </message>
    <message>
        <source>To plan services near you. Unless you register, we keep only the area it is in (like {district}, the ward and the neighbourhood), not the postcode itself.</source>
        <translation>To plan services near you. Unless you register, we keep only the area it is in (like {district}, the ward and the neighbourhood), not the postcode itself.</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub? (optional)</source>
        <translation>Is this your first time at a Family Hub? (optional)</translation>
    </message>
    <message>
        <source>Yes, first time</source>
        <translation>Yes, first time</translation>
    </message>
    <message>
        <source>No, I have been before</source>
        <translation>No, I have been before</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>Staff member added.</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Deactivated.</translation>
    </message>
</context>
<context>
    <name>AdminWizardPage</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>The first staff member is this hub&apos;s administrator: they add the other staff. Staff sign in to hubdesk with a PIN of 4 to 12 digits.</source>
        <translation>The first staff member is this hub&apos;s administrator: they add the other staff. Staff sign in to hubdesk with a PIN of 4 to 12 digits.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>The two PINs do not match.</translation>
    </message>
</context>
<context>
    <name>AlertBar</name>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>the kiosk</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word: they will be in {room} ({when}).</source>
        <translation>Someone at {where} would like a private word: they will be in {room} ({when}).</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word ({when}).</source>
        <translation>Someone at {where} would like a private word ({when}).</translation>
    </message>
    <message numerus="yes">
        <source>(%n requests)</source>
        <translation>
            <numerusform>(%n request)</numerusform>
            <numerusform>(%n requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasCard</name>
    <message>
        <source>Areas for reports</source>
        <translation>Areas for reports</translation>
    </message>
    <message>
        <source>Load postcode lookup…</source>
        <translation>Load postcode lookup…</translation>
    </message>
    <message>
        <source>Reach area: the postcode districts the council&apos;s map gives this hub, separated by spaces or commas (for example NE61, NE62).</source>
        <translation>Reach area: the postcode districts the council&apos;s map gives this hub, separated by spaces or commas (for example NE61, NE62).</translation>
    </message>
    <message>
        <source>Reach area postcode districts</source>
        <translation>Reach area postcode districts</translation>
    </message>
    <message>
        <source>Save reach area</source>
        <translation>Save reach area</translation>
    </message>
    <message>
        <source>Reach area</source>
        <translation>Reach area</translation>
    </message>
    <message>
        <source>Lookup file</source>
        <translation>Lookup file</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation decile.</source>
        <translation>
            <numerusform>Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation decile.</numerusform>
            <numerusform>Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation decile.</numerusform>
        </translation>
    </message>
    <message>
        <source>No postcode lookup is loaded: reports cannot count visits by ward, LSOA or deprivation decile. Load the council&apos;s lookup (a CSV from the ONS Postcode Directory).</source>
        <translation>No postcode lookup is loaded: reports cannot count visits by ward, LSOA or deprivation decile. Load the council&apos;s lookup (a CSV from the ONS Postcode Directory).</translation>
    </message>
    <message>
        <source>Choose the postcode lookup</source>
        <translation>Choose the postcode lookup</translation>
    </message>
    <message>
        <source>Loading the postcode lookup…</source>
        <translation>Loading the postcode lookup…</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes loaded: %n.</source>
        <translation>
            <numerusform>Postcodes loaded: %n.</numerusform>
            <numerusform>Postcodes loaded: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines skipped (not a postcode or an area code): %n (line {lines}).</source>
        <translation>
            <numerusform>Lines skipped (not a postcode or an area code): %n (line {lines}).</numerusform>
            <numerusform>Lines skipped (not a postcode or an area code): %n (lines {lines}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode lookup is loaded.</source>
        <translation>The postcode lookup is loaded.</translation>
    </message>
    <message>
        <source>Reach area saved: {districts}.</source>
        <translation>Reach area saved: {districts}.</translation>
    </message>
    <message>
        <source>Reach area cleared.</source>
        <translation>Reach area cleared.</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Would you like a member of staff to come to you?</source>
        <translation>Would you like a member of staff to come to you?</translation>
    </message>
    <message>
        <source>We will let a member of staff know, quietly.</source>
        <translation>We will let a member of staff know, quietly.</translation>
    </message>
    <message>
        <source>Where will you be? Tap one if you like, or leave it.</source>
        <translation>Where will you be? Tap one if you like, or leave it.</translation>
    </message>
    <message>
        <source>Yes, please</source>
        <translation>Yes, please</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
</context>
<context>
    <name>BabyPanel</name>
    <message>
        <source>Start for Life support begins before birth. An expected baby is not counted as a child in any figure until you record the birth.</source>
        <translation>Start for Life support begins before birth. An expected baby is not counted as a child in any figure until you record the birth.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Save due date</source>
        <translation>Save due date</translation>
    </message>
    <message>
        <source>No longer expected</source>
        <translation>No longer expected</translation>
    </message>
    <message>
        <source>The baby is born</source>
        <translation>The baby is born</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Record the birth</source>
        <translation>Record the birth</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>Back to the family</translation>
    </message>
    <message>
        <source>Expected baby: {family}</source>
        <translation>Expected baby: {family}</translation>
    </message>
    <message>
        <source>Baby due {day}.</source>
        <translation>Baby due {day}.</translation>
    </message>
    <message>
        <source>No baby expected now.</source>
        <translation>No baby expected now.</translation>
    </message>
    <message>
        <source>{name} added to the family.</source>
        <translation>{name} added to the family.</translation>
    </message>
</context>
<context>
    <name>BirthDatePage</name>
    <message>
        <source>Date of birth, day/month/year</source>
        <translation>Date of birth, day/month/year</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>Has special educational needs or a disability (SEND)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message numerus="yes">
        <source>With this date the child is %n year(s) old, but was counted in the group “{band}”. Please check the date. If it is right, tap Next again.</source>
        <translation>
            <numerusform>With this date the child is %n year old, but was counted in the group “{band}”. Please check the date. If it is right, tap Next again.</numerusform>
            <numerusform>With this date the child is %n years old, but was counted in the group “{band}”. Please check the date. If it is right, tap Next again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>Monthly board pack</source>
        <translation>Monthly board pack</translation>
    </message>
    <message>
        <source>The scrutiny boards&apos; questions, answered</source>
        <translation>The scrutiny boards&apos; questions, answered</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Asked, but not measured by hubdesk</source>
        <translation>Asked, but not measured by hubdesk</translation>
    </message>
    <message>
        <source>The figures behind the answers</source>
        <translation>The figures behind the answers</translation>
    </message>
    <message>
        <source>Exact figures, for use inside the hub.</source>
        <translation>Exact figures, for use inside the hub.</translation>
    </message>
    <message>
        <source>For sharing: every figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so figures may not add up exactly.</source>
        <translation>For sharing: every figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so figures may not add up exactly.</translation>
    </message>
    <message>
        <source>Made {when}. Days are UK local days. Definitions: docs/measures.md.</source>
        <translation>Made {when}. Days are UK local days. Definitions: docs/measures.md.</translation>
    </message>
    <message>
        <source>{visits} visits; {people} people ({adults} adults, {children} children).</source>
        <translation>{visits} visits; {people} people ({adults} adults, {children} children).</translation>
    </message>
    <message>
        <source>{families} families reached: {new} new, {returning} returning; {children} children reached.</source>
        <translation>{families} families reached: {new} new, {returning} returning; {children} children reached.</translation>
    </message>
    <message>
        <source>{n} families came more than once (re-attendance {rate}).</source>
        <translation>{n} families came more than once (re-attendance {rate}).</translation>
    </message>
    <message>
        <source>Attendances by age: {bands}.</source>
        <translation>Attendances by age: {bands}.</translation>
    </message>
    <message>
        <source>{n} attendances by 17-19 year olds; {m} by 12-16 year olds.</source>
        <translation>{n} attendances by 17-19 year olds; {m} by 12-16 year olds.</translation>
    </message>
    <message>
        <source>{n} attendances by 20-25 year olds with SEND; {m} by children with SEND in all.</source>
        <translation>{n} attendances by 20-25 year olds with SEND; {m} by children with SEND in all.</translation>
    </message>
    <message>
        <source>{n} fathers and male carers came; {m} families reached came with a father or male carer.</source>
        <translation>{n} fathers and male carers came; {m} families reached came with a father or male carer.</translation>
    </message>
    <message>
        <source>{n} visits from outside the reach area ({share} of visits with a district).</source>
        <translation>{n} visits from outside the reach area ({share} of visits with a district).</translation>
    </message>
    <message>
        <source>{n} visits from the most deprived 20% of areas (deciles 1 and 2).</source>
        <translation>{n} visits from the most deprived 20% of areas (deciles 1 and 2).</translation>
    </message>
    <message>
        <source>Visits by site: {sites}.</source>
        <translation>Visits by site: {sites}.</translation>
    </message>
    <message>
        <source>{n} Here to Help contacts; most asked about: {needs}; {ehr} early help requests raised.</source>
        <translation>{n} Here to Help contacts; most asked about: {needs}; {ehr} early help requests raised.</translation>
    </message>
    <message>
        <source>{due} follow-ups due: {on_time} done on time, {late} late, {overdue} overdue.</source>
        <translation>{due} follow-ups due: {on_time} done on time, {late} late, {overdue} overdue.</translation>
    </message>
    <message>
        <source>{n} programmes, {sessions} sessions held; the busiest: {top}.</source>
        <translation>{n} programmes, {sessions} sessions held; the busiest: {top}.</translation>
    </message>
    <message>
        <source>No timetabled sessions in this period.</source>
        <translation>No timetabled sessions in this period.</translation>
    </message>
    <message>
        <source>{n} answers to &quot;how was today?&quot;: {happy} good or very good ({share}) of {rated} with a face.</source>
        <translation>{n} answers to &quot;how was today?&quot;: {happy} good or very good ({share}) of {rated} with a face.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; (version {version}): yes {yes} of {answered}.</source>
        <translation>&quot;{question}&quot; (version {version}): yes {yes} of {answered}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Coventry scrutiny board</source>
        <translation>Coventry scrutiny board</translation>
    </message>
    <message>
        <source>Northumberland</source>
        <translation>Northumberland</translation>
    </message>
    <message>
        <source>Staffordshire scrutiny committee</source>
        <translation>Staffordshire scrutiny committee</translation>
    </message>
    <message>
        <source>Bradford</source>
        <translation>Bradford</translation>
    </message>
    <message>
        <source>How many people come to the hub (footfall)?</source>
        <translation>How many people come to the hub (footfall)?</translation>
    </message>
    <message>
        <source>How many children, young people and families does the hub reach, and how many are new?</source>
        <translation>How many children, young people and families does the hub reach, and how many are new?</translation>
    </message>
    <message>
        <source>Do families come back? (re-attendance; hubdesk does not record re-referrals)</source>
        <translation>Do families come back? (re-attendance; hubdesk does not record re-referrals)</translation>
    </message>
    <message>
        <source>What ages are the children? Is the 0-2 and 0-5 work (Start for Life) kept up?</source>
        <translation>What ages are the children? Is the 0-2 and 0-5 work (Start for Life) kept up?</translation>
    </message>
    <message>
        <source>Are young people over 16 supported?</source>
        <translation>Are young people over 16 supported?</translation>
    </message>
    <message>
        <source>Are young people aged 19-25 with SEND reached?</source>
        <translation>Are young people aged 19-25 with SEND reached?</translation>
    </message>
    <message>
        <source>Are fathers engaged?</source>
        <translation>Are fathers engaged?</translation>
    </message>
    <message>
        <source>Do people use the hub the map allocates to them, or travel to another?</source>
        <translation>Do people use the hub the map allocates to them, or travel to another?</translation>
    </message>
    <message>
        <source>Does the hub reach the most deprived areas?</source>
        <translation>Does the hub reach the most deprived areas?</translation>
    </message>
    <message>
        <source>How much happens at outreach points and spokes in the community?</source>
        <translation>How much happens at outreach points and spokes in the community?</translation>
    </message>
    <message>
        <source>What do people ask Here to Help for, and how many requests for early help?</source>
        <translation>What do people ask Here to Help for, and how many requests for early help?</translation>
    </message>
    <message>
        <source>Is the help given on time? (follow-ups, for the performance framework)</source>
        <translation>Is the help given on time? (follow-ups, for the performance framework)</translation>
    </message>
    <message>
        <source>Which groups run, and who comes to them?</source>
        <translation>Which groups run, and who comes to them?</translation>
    </message>
    <message>
        <source>What do families say about the hub? (family voice and experience)</source>
        <translation>What do families say about the hub? (family voice and experience)</translation>
    </message>
    <message>
        <source>Are staff confident working with every age range?</source>
        <translation>Are staff confident working with every age range?</translation>
    </message>
    <message>
        <source>Do families keep the same support worker? Are staff retained?</source>
        <translation>Do families keep the same support worker? Are staff retained?</translation>
    </message>
    <message>
        <source>What is the impact on social work caseloads, compared with before?</source>
        <translation>What is the impact on social work caseloads, compared with before?</translation>
    </message>
    <message>
        <source>What difference did the help make to families (outcomes, case studies)?</source>
        <translation>What difference did the help make to families (outcomes, case studies)?</translation>
    </message>
    <message>
        <source>How is public sector estate shared with health and other services?</source>
        <translation>How is public sector estate shared with health and other services?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>What&apos;s on here, on your phone</source>
        <translation>What&apos;s on here, on your phone</translation>
    </message>
    <message>
        <source>Follow our timetable in your phone&apos;s calendar.</source>
        <translation>Follow our timetable in your phone&apos;s calendar.</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Open your phone&apos;s camera.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Point it at the code.</translation>
    </message>
    <message>
        <source>3. Tap Subscribe or Add to calendar.</source>
        <translation>3. Tap Subscribe or Add to calendar.</translation>
    </message>
    <message>
        <source>Our sessions then show in your calendar, and so do changes and cancellations. Nothing about you is shared.</source>
        <translation>Our sessions then show in your calendar, and so do changes and cancellations. Nothing about you is shared.</translation>
    </message>
    <message>
        <source>QR code of our timetable</source>
        <translation>QR code of our timetable</translation>
    </message>
</context>
<context>
    <name>CallerPrivacyPanel</name>
    <message>
        <source>Subject access and erasure for this caller:</source>
        <translation>Subject access and erasure for this caller:</translation>
    </message>
    <message>
        <source>Export everything held about this caller</source>
        <translation>Export everything held about this caller</translation>
    </message>
    <message>
        <source>Erase this caller</source>
        <translation>Erase this caller</translation>
    </message>
    <message>
        <source>Their contacts are saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to them another way than the file (read it out, or write it down).</source>
        <translation>Their contacts are saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to them another way than the file (read it out, or write it down).</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>Password for the caller&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF</source>
        <translation>Password for the caller&apos;s PDF</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>Choose a folder to save the export in.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n contact(s)). Give the caller the password below separately.</source>
        <translation>
            <numerusform>Saved {path} (%n contact). Give the caller the password below separately.</numerusform>
            <numerusform>Saved {path} (%n contacts). Give the caller the password below separately.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name and number, the notes and who they were referred to go from every contact with this number; the needs stay, for the counts. This cannot be undone.</source>
        <translation>Erase “{caller}”? Their name and number, the notes and who they were referred to go from every contact with this number; the needs stay, for the counts. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name, any number given with it, the notes and who they were referred to go from every contact with this name; the needs stay, for the counts. This cannot be undone.</source>
        <translation>Erase “{caller}”? Their name, any number given with it, the notes and who they were referred to go from every contact with this name; the needs stay, for the counts. This cannot be undone.</translation>
    </message>
    <message>
        <source>Yes, erase this caller</source>
        <translation>Yes, erase this caller</translation>
    </message>
    <message numerus="yes">
        <source>The caller&apos;s name and number are erased from %n contact(s).</source>
        <translation>
            <numerusform>The caller&apos;s name and number are erased from %n contact.</numerusform>
            <numerusform>The caller&apos;s name and number are erased from %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Show your pass to the camera</source>
        <translation>Show your pass to the camera</translation>
    </message>
    <message>
        <source>Sorry, there is no camera here. Please go back and type your code.</source>
        <translation>Sorry, there is no camera here. Please go back and type your code.</translation>
    </message>
    <message>
        <source>Hold the QR code still, about a hand&apos;s width away.</source>
        <translation>Hold the QR code still, about a hand&apos;s width away.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Tap Change to put anything right.</source>
        <translation>Tap Change to put anything right.</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>Register and sign in</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Change name</translation>
    </message>
    <message>
        <source>Change the name of {who}</source>
        <translation>Change the name of {who}</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>Change the date of birth of {who}</source>
        <translation>Change the date of birth of {who}</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}, born {date}</translation>
    </message>
    <message>
        <source>Please put right what is marked above, then register again.</source>
        <translation>Please put right what is marked above, then register again.</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Read the notice with the family, or give them the printed copy.</source>
        <translation>Read the notice with the family, or give them the printed copy.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>Back to the family</translation>
    </message>
    <message>
        <source>The family has read it and agrees</source>
        <translation>The family has read it and agrees</translation>
    </message>
    <message>
        <source>Privacy notice, version {version}: {family}</source>
        <translation>Privacy notice, version {version}: {family}</translation>
    </message>
    <message>
        <source>Consent to privacy notice version {version} recorded by {name}.</source>
        <translation>Consent to privacy notice version {version} recorded by {name}.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Referral made to</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Signposted to</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minutes spent</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Who follows up</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Caller&apos;s name</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Number to call back</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>Save corrections</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Mark follow-up done</translation>
    </message>
    <message>
        <source>Back to follow-ups</source>
        <translation>Back to follow-ups</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>Minutes spent:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>Follow-up date:</source>
        <translation>Follow-up date:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What happened to this contact</source>
        <translation>What happened to this contact</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>No one yet</translation>
    </message>
    <message>
        <source>(former staff)</source>
        <translation>(former staff)</translation>
    </message>
    <message>
        <source>{how} on {day} at {time}, logged by {who}</source>
        <translation>{how} on {day} at {time}, logged by {who}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Family: {name}</source>
        <translation>Family: {name}</translation>
    </message>
    <message>
        <source>Not registered: caller&apos;s details below</source>
        <translation>Not registered: caller&apos;s details below</translation>
    </message>
    <message>
        <source>No family: not registered</source>
        <translation>No family: not registered</translation>
    </message>
    <message>
        <source>Follow-up done on {day}.</source>
        <translation>Follow-up done on {day}.</translation>
    </message>
    <message>
        <source>{when}: {who} logged it</source>
        <translation>{when}: {who} logged it</translation>
    </message>
    <message>
        <source>{when}: {who} corrected {fields}</source>
        <translation>{when}: {who} corrected {fields}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to {name}</source>
        <translation>{when}: {who} gave the follow-up to {name}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to no one</source>
        <translation>{when}: {who} gave the follow-up to no one</translation>
    </message>
    <message>
        <source>{when}: {who} marked the follow-up done</source>
        <translation>{when}: {who} marked the follow-up done</translation>
    </message>
    <message>
        <source>{when}: {who} changed it</source>
        <translation>{when}: {who} changed it</translation>
    </message>
    <message>
        <source>Nothing to correct: it is as it was.</source>
        <translation>Nothing to correct: it is as it was.</translation>
    </message>
    <message>
        <source>Corrected: {fields}.</source>
        <translation>Corrected: {fields}.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Follow-up done.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose the {field} on a calendar</source>
        <translation>Choose the {field} on a calendar</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Year: {value}</source>
        <translation>Year: {value}</translation>
    </message>
    <message>
        <source>Month: {value}</source>
        <translation>Month: {value}</translation>
    </message>
    <message>
        <source>Day: {value}</source>
        <translation>Day: {value}</translation>
    </message>
    <message>
        <source>Later years</source>
        <translation>Later years</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>Earlier years</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Choose the year</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Choose the month</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Choose the day</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>hubdesk: front desk</source>
        <translation>hubdesk: front desk</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceWizardPage</name>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>What will this PC be used for?</source>
        <translation>What will this PC be used for?</translation>
    </message>
    <message>
        <source>Sign-in kiosk: the touch screen families use</source>
        <translation>Sign-in kiosk: the touch screen families use</translation>
    </message>
    <message>
        <source>Front desk: reception staff</source>
        <translation>Front desk: reception staff</translation>
    </message>
    <message>
        <source>Outreach laptop: taken to community venues</source>
        <translation>Outreach laptop: taken to community venues</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>e.g. Entrance kiosk, Reception 1</source>
        <translation>e.g. Entrance kiosk, Reception 1</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you, you&apos;re signed in</source>
        <translation>Thank you, you&apos;re signed in</translation>
    </message>
    <message numerus="yes">
        <source>%n people signed in. Enjoy your visit!</source>
        <translation>
            <numerusform>%n person signed in. Enjoy your visit!</numerusform>
            <numerusform>%n people signed in. Enjoy your visit!</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you, you&apos;re signed out</source>
        <translation>Thank you, you&apos;re signed out</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>Goodbye, and see you soon!</translation>
    </message>
    <message>
        <source>You&apos;re not signed in at the moment</source>
        <translation>You&apos;re not signed in at the moment</translation>
    </message>
    <message>
        <source>So there is nothing to do. Thank you, and see you soon!</source>
        <translation>So there is nothing to do. Thank you, and see you soon!</translation>
    </message>
    <message>
        <source>That&apos;s fine</source>
        <translation>That&apos;s fine</translation>
    </message>
    <message>
        <source>You&apos;re still signed in. Enjoy your visit!</source>
        <translation>You&apos;re still signed in. Enjoy your visit!</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>Staff sign everyone out when we close. Goodbye, and see you soon!</translation>
    </message>
    <message>
        <source>Your number for signing out:</source>
        <translation>Your number for signing out:</translation>
    </message>
    <message>
        <source>When you leave, tap Sign out, then this number.</source>
        <translation>When you leave, tap Sign out, then this number.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>DoneWizardPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>the sign-in kiosk</source>
        <translation>the sign-in kiosk</translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation>a front desk</translation>
    </message>
    <message>
        <source>an outreach laptop</source>
        <translation>an outreach laptop</translation>
    </message>
    <message>
        <source>This PC is now %1 of %2.</source>
        <translation>This PC is now %1 of %2.</translation>
    </message>
    <message>
        <source>Finish opens the kiosk.</source>
        <translation>Finish opens the kiosk.</translation>
    </message>
    <message>
        <source>Finish opens the front desk: sign in with your name and PIN.</source>
        <translation>Finish opens the front desk: sign in with your name and PIN.</translation>
    </message>
    <message>
        <source>Its settings were saved in %1.</source>
        <translation>Its settings were saved in %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>Record 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <source>Record 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Why they look alike</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>Not the same family</translation>
    </message>
    <message>
        <source>Open side by side</source>
        <translation>Open side by side</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translation>no postcode</translation>
    </message>
    <message>
        <source>last visit {day}</source>
        <translation>last visit {day}</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>no visits</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of records look like one family.</source>
        <translation>
            <numerusform>%n pair of records looks like one family.</numerusform>
            <numerusform>%n pairs of records look like one family.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>No likely duplicates.</translation>
    </message>
</context>
<context>
    <name>FaceRow</name>
    <message>
        <source>Thank you for telling us.</source>
        <translation>Thank you for telling us.</translation>
    </message>
    <message>
        <source>How was today? Tap a face, if you like.</source>
        <translation>How was today? Tap a face, if you like.</translation>
    </message>
    <message>
        <source>How is today going? Tap a face, if you like.</source>
        <translation>How is today going? Tap a face, if you like.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n quick question(s)</source>
        <translation>
            <numerusform>Answer %n quick question</numerusform>
            <numerusform>Answer %n quick questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>Search for a family by name, a child&apos;s name, postcode or pass code.</source>
        <translation>Search for a family by name, a child&apos;s name, postcode or pass code.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Merge a duplicate…</translation>
    </message>
    <message>
        <source>Your role does not allow merging families.</source>
        <translation>Your role does not allow merging families.</translation>
    </message>
    <message>
        <source>Checked with the family</source>
        <translation>Checked with the family</translation>
    </message>
    <message>
        <source>Expected baby…</source>
        <translation>Expected baby…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Find the other record of this family:</source>
        <translation>Find the other record of this family:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Here to Help contacts</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>QR pass</translation>
    </message>
    <message>
        <source>Issue a new pass</source>
        <translation>Issue a new pass</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Print card</translation>
    </message>
    <message>
        <source>Added by the family at the kiosk, to check with them: {names}</source>
        <translation>Added by the family at the kiosk, to check with them: {names}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <source>Baby due {day} (not counted as a child until born).</source>
        <translation>Baby due {day} (not counted as a child until born).</translation>
    </message>
    <message>
        <source>Another record was merged into this one on {day}.</source>
        <translation>Another record was merged into this one on {day}.</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <source>follow-up {day}</source>
        <translation>follow-up {day}</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message>
        <source>Pass {code}, issued {day}</source>
        <translation>Pass {code}, issued {day}</translation>
    </message>
    <message>
        <source>No pass yet.</source>
        <translation>No pass yet.</translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation>Pass revoked.</translation>
    </message>
    <message>
        <source>Issue a new pass? The old one stops working.</source>
        <translation>Issue a new pass? The old one stops working.</translation>
    </message>
    <message>
        <source>Yes, issue a new pass</source>
        <translation>Yes, issue a new pass</translation>
    </message>
    <message>
        <source>Pass {code}: print the card for the family.</source>
        <translation>Pass {code}: print the card for the family.</translation>
    </message>
    <message>
        <source>Revoke pass {code}? It will stop working at the kiosk.</source>
        <translation>Revoke pass {code}? It will stop working at the kiosk.</translation>
    </message>
    <message>
        <source>Yes, revoke</source>
        <translation>Yes, revoke</translation>
    </message>
    <message>
        <source>Scan this at the kiosk, or type the code under it.</source>
        <translation>Scan this at the kiosk, or type the code under it.</translation>
    </message>
    <message>
        <source>Pass card saved: {path}</source>
        <translation>Pass card saved: {path}</translation>
    </message>
    <message>
        <source>Pass card sent to {printer}.</source>
        <translation>Pass card sent to {printer}.</translation>
    </message>
    <message>
        <source>That is this family: choose the duplicate.</source>
        <translation>That is this family: choose the duplicate.</translation>
    </message>
    <message>
        <source>Undo the merge? Both records come back as they were, with their visits.</source>
        <translation>Undo the merge? Both records come back as they were, with their visits.</translation>
    </message>
    <message>
        <source>Yes, undo the merge</source>
        <translation>Yes, undo the merge</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>Merge undone: both records are back as they were.</translation>
    </message>
    <message>
        <source>Kept apart: that pair will not be listed again.</source>
        <translation>Kept apart: that pair will not be listed again.</translation>
    </message>
    <message>
        <source>Families merged. Undo merge puts both records back.</source>
        <translation>Families merged. Undo merge puts both records back.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>People in the family</source>
        <translation>People in the family</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Adult or child</source>
        <translation>Adult or child</translation>
    </message>
    <message>
        <source>Role / date of birth</source>
        <translation>Role / date of birth</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>Add adult</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Edit {family}</source>
        <translation>Edit {family}</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>{person}, {column}</source>
        <translation>{person}, {column}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <source>Search: name, child&apos;s name, postcode or pass code</source>
        <translation>Search: name, child&apos;s name, postcode or pass code</translation>
    </message>
    <message>
        <source>Search for a family</source>
        <translation>Search for a family</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Searching</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>Families found</translation>
    </message>
    <message>
        <source>No family found. Check the spelling, or add a new one.</source>
        <translation>No family found. Check the spelling, or add a new one.</translation>
    </message>
</context>
<context>
    <name>FamilyPrivacyPanel</name>
    <message>
        <source>Subject access and erasure:</source>
        <translation>Subject access and erasure:</translation>
    </message>
    <message>
        <source>Export everything we hold</source>
        <translation>Export everything we hold</translation>
    </message>
    <message>
        <source>Erase this family</source>
        <translation>Erase this family</translation>
    </message>
    <message>
        <source>The family&apos;s record is saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to the family another way than the file (read it out, or write it down).</source>
        <translation>The family&apos;s record is saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to the family another way than the file (read it out, or write it down).</translation>
    </message>
    <message>
        <source>Folder to save it in</source>
        <translation>Folder to save it in</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>Password for the family&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF</source>
        <translation>Password for the family&apos;s PDF</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copy password</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Where to save the export</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>Choose a folder to save the export in.</translation>
    </message>
    <message>
        <source>Saved {path} ({members}, {visits}, {contacts}). Give the family the password below separately.</source>
        <translation>Saved {path} ({members}, {visits}, {contacts}). Give the family the password below separately.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Password copied.</source>
        <translation>Password copied.</translation>
    </message>
    <message>
        <source>Erase “{name}”? Names, contact details, notes and dates of birth go from every device of the hub; visit counts stay. This cannot be undone.</source>
        <translation>Erase “{name}”? Names, contact details, notes and dates of birth go from every device of the hub; visit counts stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Yes, erase “{name}”</source>
        <translation>Yes, erase “{name}”</translation>
    </message>
    <message>
        <source>Family erased ({members} people; {visits} visits kept as counts).</source>
        <translation>Family erased ({members} people; {visits} visits kept as counts).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up hubdesk</source>
        <translation>Set up hubdesk</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <source>A child visiting with you today</source>
        <translation>A child visiting with you today</translation>
    </message>
    <message>
        <source>Tap their age. No name needed.</source>
        <translation>Tap their age. No name needed.</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>Has special educational needs or a disability (SEND)</translation>
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
        <translation>How:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Quick new family</source>
        <translation>Quick new family</translation>
    </message>
    <message>
        <source>Caller not registered</source>
        <translation>Caller not registered</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>Signposted to (organisation)</source>
        <translation>Signposted to (organisation)</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Signposted to</translation>
    </message>
    <message>
        <source>Referral made to (service)</source>
        <translation>Referral made to (service)</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Referral made to</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>Minutes spent:</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minutes spent</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>counted for you</source>
        <translation>counted for you</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Follow-up to be done by</source>
        <translation>Follow-up to be done by</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Caller&apos;s name</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Number to call back</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>New family added.</source>
        <translation>New family added.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>No follow-ups here.</source>
        <translation>No follow-ups here.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Give the follow-up to</source>
        <translation>Give the follow-up to</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>No one yet</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (me)</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: %n</source>
        <translation>
            <numerusform>Follow-ups: %n</numerusform>
            <numerusform>Follow-ups: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (overdue)</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (today)</translation>
    </message>
    <message>
        <source>No family</source>
        <translation>No family</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Follow-up done.</translation>
    </message>
    <message>
        <source>Follow-up given to {name}.</source>
        <translation>Follow-up given to {name}.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Hello! Who is here today?</source>
        <translation>Hello! Who is here today?</translation>
    </message>
    <message>
        <source>Tap a name to untick anyone who has not come today.</source>
        <translation>Tap a name to untick anyone who has not come today.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Add a new baby or child in our family</source>
        <translation>Add a new baby or child in our family</translation>
    </message>
    <message>
        <source>Add a child visiting with us</source>
        <translation>Add a child visiting with us</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <source>Visiting: {band}</source>
        <translation>Visiting: {band}</translation>
    </message>
    <message>
        <source>Please tick at least one person in your family.</source>
        <translation>Please tick at least one person in your family.</translation>
    </message>
</context>
<context>
    <name>HubWizardPage</name>
    <message>
        <source>The hub</source>
        <translation>The hub</translation>
    </message>
    <message>
        <source>Does the council run hubdesk&apos;s central service?</source>
        <translation>Does the council run hubdesk&apos;s central service?</translation>
    </message>
    <message>
        <source>Join a hub with an enrolment code</source>
        <translation>Join a hub with an enrolment code</translation>
    </message>
    <message>
        <source>Set up a standalone hub on this PC</source>
        <translation>Set up a standalone hub on this PC</translation>
    </message>
    <message>
        <source>This build cannot talk to a central service.</source>
        <translation>This build cannot talk to a central service.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Central service address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Hub passphrase (if you have one)</source>
        <translation>Hub passphrase (if you have one)</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Hub name</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>Hub code</translation>
    </message>
    <message>
        <source>short, e.g. RIV</source>
        <translation>short, e.g. RIV</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Leave empty to use the hub&apos;s name</source>
        <translation>Leave empty to use the hub&apos;s name</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>Site postcode</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Family Hub sign-in</source>
        <translation>Family Hub sign-in</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Speak to someone</source>
        <translation>Speak to someone</translation>
    </message>
    <message>
        <source>Ask for a member of staff to come and speak to you</source>
        <translation>Ask for a member of staff to come and speak to you</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>I&apos;m still here</translation>
    </message>
    <message>
        <source>Family Hub logo</source>
        <translation>Family Hub logo</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>Family Hub</translation>
    </message>
    <message numerus="yes">
        <source>This screen will start again in %n second(s), to keep your details private.</source>
        <translation>
            <numerusform>This screen will start again in %n second, to keep your details private.</numerusform>
            <numerusform>This screen will start again in %n seconds, to keep your details private.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is the new child&apos;s first name?</source>
        <translation>What is the new child&apos;s first name?</translation>
    </message>
    <message>
        <source>We will add them to your family. Staff will check it with you.</source>
        <translation>We will add them to your family. Staff will check it with you.</translation>
    </message>
    <message>
        <source>When was {name} born?</source>
        <translation>When was {name} born?</translation>
    </message>
    <message>
        <source>Child&apos;s first name ({who})</source>
        <translation>Child&apos;s first name ({who})</translation>
    </message>
    <message>
        <source>First name: {who}</source>
        <translation>First name: {who}</translation>
    </message>
    <message>
        <source>First names only. Nobody else will see them here.</source>
        <translation>First names only. Nobody else will see them here.</translation>
    </message>
</context>
<context>
    <name>LeavingPage</name>
    <message>
        <source>Signing out?</source>
        <translation>Signing out?</translation>
    </message>
    <message>
        <source>You&apos;re signed in already. Signing out?</source>
        <translation>You&apos;re signed in already. Signing out?</translation>
    </message>
    <message>
        <source>Sign out now?</source>
        <translation>Sign out now?</translation>
    </message>
    <message>
        <source>Sign out number {number}?</source>
        <translation>Sign out number {number}?</translation>
    </message>
    <message>
        <source>You arrived at {time}.</source>
        <translation>You arrived at {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign us out</source>
        <translation>Yes, sign us out</translation>
    </message>
    <message>
        <source>No, we&apos;re staying</source>
        <translation>No, we&apos;re staying</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN.</source>
        <translation>Choose your name, then enter your PIN.</translation>
    </message>
    <message>
        <source>No staff accounts yet: add one with `hubdesk staff add`.</source>
        <translation>No staff accounts yet: add one with `hubdesk staff add`.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The desk is locked for a while; try again later.</source>
        <translation>Too many wrong PINs. The desk is locked for a while; try again later.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name. Try again after {when}.</source>
        <translation>Too many wrong PINs for this name. Try again after {when}.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Two records of one family: choose what to keep</source>
        <translation>Two records of one family: choose what to keep</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Baby due</source>
        <translation>Baby due</translation>
    </message>
    <message>
        <source>The same person in both records becomes one. Check the pairs:</source>
        <translation>The same person in both records becomes one. Check the pairs:</translation>
    </message>
    <message>
        <source>The same person in both records</source>
        <translation>The same person in both records</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Person in record 1</source>
        <translation>Person in record 1</translation>
    </message>
    <message>
        <source>Person in record 2</source>
        <translation>Person in record 2</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Record {number}: {family}</source>
        <translation>Record {number}: {family}</translation>
    </message>
    <message>
        <source>Keep record {number}</source>
        <translation>Keep record {number}</translation>
    </message>
    <message>
        <source>Record {number}&apos;s visits, contacts and passes move to the record kept. You can undo the merge afterwards.</source>
        <translation>Record {number}&apos;s visits, contacts and passes move to the record kept. You can undo the merge afterwards.</translation>
    </message>
    <message>
        <source>No postcode</source>
        <translation>No postcode</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: {day}</source>
        <translation>Created: {day}</translation>
    </message>
    <message>
        <source>Last visit: {day}</source>
        <translation>Last visit: {day}</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>No visits yet</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>No one is in both records.</source>
        <translation>No one is in both records.</translation>
    </message>
    <message>
        <source>Each pair of the same person becomes one.</source>
        <translation>Each pair of the same person becomes one.</translation>
    </message>
</context>
<context>
    <name>NameKeyboard</name>
    <message>
        <source>Capital letter next</source>
        <translation>Capital letter next</translation>
    </message>
    <message>
        <source>Small letter next</source>
        <translation>Small letter next</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Switch to Latin letters (A B C)</source>
        <translation>Switch to Latin letters (A B C)</translation>
    </message>
    <message>
        <source>Switch to Arabic letters</source>
        <translation>Switch to Arabic letters</translation>
    </message>
    <message>
        <source>Switch to Urdu letters</source>
        <translation>Switch to Urdu letters</translation>
    </message>
    <message>
        <source>Back to letters without accents</source>
        <translation>Back to letters without accents</translation>
    </message>
    <message>
        <source>Letters with accents (é, ñ, ü)</source>
        <translation>Letters with accents (é, ñ, ü)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Hyphen</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrophe</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>Public: in the council&apos;s service directory and families&apos; calendars</source>
        <translation>Public: in the council&apos;s service directory and families&apos; calendars</translation>
    </message>
    <message>
        <source>What happens, who it is for</source>
        <translation>What happens, who it is for</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Youngest age</translation>
    </message>
    <message>
        <source>from </source>
        <translation>from </translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Oldest age</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>up to </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Booking needed</source>
        <translation>Booking needed</translation>
    </message>
    <message>
        <source>Accessibility: step-free, hearing loop ...</source>
        <translation>Accessibility: step-free, hearing loop ...</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Accessibility notes</translation>
    </message>
    <message>
        <source>Hub contact: reception and its phone</source>
        <translation>Hub contact: reception and its phone</translation>
    </message>
    <message>
        <source>Hub contact</source>
        <translation>Hub contact</translation>
    </message>
    <message>
        <source>The hub&apos;s email</source>
        <translation>The hub&apos;s email</translation>
    </message>
    <message>
        <source>Hub email</source>
        <translation>Hub email</translation>
    </message>
    <message>
        <source>Also the later sessions of this name</source>
        <translation>Also the later sessions of this name</translation>
    </message>
    <message>
        <source>Save the offer</source>
        <translation>Save the offer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> yrs</translation>
    </message>
    <message>
        <source>Public offer: {name}</source>
        <translation>Public offer: {name}</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Where are you today?</source>
        <translation>Where are you today?</translation>
    </message>
    <message>
        <source>Outreach point</source>
        <translation>Outreach point</translation>
    </message>
    <message>
        <source>Work here</source>
        <translation>Work here</translation>
    </message>
    <message>
        <source>Or add a new outreach point (works offline):</source>
        <translation>Or add a new outreach point (works offline):</translation>
    </message>
    <message>
        <source>Name, e.g. Station Road Fire Station</source>
        <translation>Name, e.g. Station Road Fire Station</translation>
    </message>
    <message>
        <source>Name of the outreach point</source>
        <translation>Name of the outreach point</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>Postcode (optional)</source>
        <translation>Postcode (optional)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Add and work here</source>
        <translation>Add and work here</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Start the session</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>Hand to families (kiosk)</source>
        <translation>Hand to families (kiosk)</translation>
    </message>
    <message>
        <source>Families sign themselves in; take it back with your PIN.</source>
        <translation>Families sign themselves in; take it back with your PIN.</translation>
    </message>
    <message>
        <source>To take the laptop back: tap the logo on the kiosk five times (or press Ctrl+Alt+Shift+L), choose your name and enter your PIN.</source>
        <translation>To take the laptop back: tap the logo on the kiosk five times (or press Ctrl+Alt+Shift+L), choose your name and enter your PIN.</translation>
    </message>
    <message>
        <source>When a family asks the kiosk for someone to speak to, they can say which of these rooms they will be in. One room a line; leave it empty for none.</source>
        <translation>When a family asks the kiosk for someone to speak to, they can say which of these rooms they will be in. One room a line; leave it empty for none.</translation>
    </message>
    <message>
        <source>Rooms at this site, one a line</source>
        <translation>Rooms at this site, one a line</translation>
    </message>
    <message>
        <source>Save rooms</source>
        <translation>Save rooms</translation>
    </message>
    <message>
        <source>Rooms at {site}</source>
        <translation>Rooms at {site}</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>No outreach session running here.</source>
        <translation>No outreach session running here.</translation>
    </message>
    <message>
        <source>Session running at {site} since {when}.</source>
        <translation>Session running at {site} since {when}.</translation>
    </message>
    <message>
        <source>This laptop now works at the chosen outreach point.</source>
        <translation>This laptop now works at the chosen outreach point.</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms saved.</source>
        <translation>
            <numerusform>%n room saved.</numerusform>
            <numerusform>%n rooms saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>{band}, with SEND</source>
        <translation>{band}, with SEND</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>Add a child by date of birth</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Child&apos;s date of birth</translation>
    </message>
    <message>
        <source>Who is here today? First, the adults</source>
        <translation>Who is here today? First, the adults</translation>
    </message>
    <message>
        <source>Tap + for each adult. No names needed.</source>
        <translation>Tap + for each adult. No names needed.</translation>
    </message>
    <message>
        <source>And the children and young people?</source>
        <translation>And the children and young people?</translation>
    </message>
    <message>
        <source>Tap + for each child or young person. No names needed.</source>
        <translation>Tap + for each child or young person. No names needed.</translation>
    </message>
    <message>
        <source>Of them, how many have special educational needs or a disability (SEND)?</source>
        <translation>Of them, how many have special educational needs or a disability (SEND)?</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth: tap the year, then the month, then the day.</source>
        <translation>Child&apos;s date of birth: tap the year, then the month, then the day.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>This child has SEND</source>
        <translation>This child has SEND</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>PassCardPage</name>
    <message>
        <source>You&apos;re signed in. Here is your pass</source>
        <translation>You&apos;re signed in. Here is your pass</translation>
    </message>
    <message>
        <source>Take a photo of it, or print it. Next time, just scan it.</source>
        <translation>Take a photo of it, or print it. Next time, just scan it.</translation>
    </message>
    <message>
        <source>Take a photo of it. Next time, just scan it.</source>
        <translation>Take a photo of it. Next time, just scan it.</translation>
    </message>
    <message>
        <source>Your code (if the scan does not work):</source>
        <translation>Your code (if the scan does not work):</translation>
    </message>
    <message>
        <source>Keep it safe: it holds no names. If you lose it, ask at the front desk.</source>
        <translation>Keep it safe: it holds no names. If you lose it, ask at the front desk.</translation>
    </message>
    <message>
        <source>Print my pass</source>
        <translation>Print my pass</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>To sign out, scan your pass, or tap Sign out and then number {number}.</source>
        <translation>To sign out, scan your pass, or tap Sign out and then number {number}.</translation>
    </message>
    <message>
        <source>QR code of your pass</source>
        <translation>QR code of your pass</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds, to keep your pass private.</source>
        <translation>
            <numerusform>This screen closes in %n second, to keep your pass private.</numerusform>
            <numerusform>This screen closes in %n seconds, to keep your pass private.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan this at the Family Hub kiosk, or type the code.</source>
        <translation>Scan this at the Family Hub kiosk, or type the code.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working. Please take a photo of your pass.</source>
        <translation>Sorry, the printer is not working. Please take a photo of your pass.</translation>
    </message>
</context>
<context>
    <name>PassCodePad</name>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>PassCodePage</name>
    <message>
        <source>Type your pass code</source>
        <translation>Type your pass code</translation>
    </message>
    <message>
        <source>It is printed under the QR code on your pass.</source>
        <translation>It is printed under the QR code on your pass.</translation>
    </message>
    <message>
        <source>Your pass code</source>
        <translation>Your pass code</translation>
    </message>
    <message>
        <source>The code has only the letters and numbers on the keys.</source>
        <translation>The code has only the letters and numbers on the keys.</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Please type the code from your pass.</source>
        <translation>Please type the code from your pass.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not finished: it has %n more letter(s) or number(s), the last one after the second dash.</source>
        <translation>
            <numerusform>The code is not finished: it has %n more letter or number, the last one after the second dash.</numerusform>
            <numerusform>The code is not finished: it has %n more letters or numbers, the last one after the second dash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassQuestionPage</name>
    <message>
        <source>Do you have a Family Hub pass?</source>
        <translation>Do you have a Family Hub pass?</translation>
    </message>
    <message>
        <source>With a pass you can sign in your whole family in one go.</source>
        <translation>With a pass you can sign in your whole family in one go.</translation>
    </message>
    <message>
        <source>No pass, or first time here: sign in without one</source>
        <translation>No pass, or first time here: sign in without one</translation>
    </message>
</context>
<context>
    <name>PassphraseWizardPage</name>
    <message>
        <source>Administrator passphrase</source>
        <translation>Administrator passphrase</translation>
    </message>
    <message>
        <source>The store on this PC is encrypted. The passphrase opens it when the PC&apos;s own key store cannot (a new PC, a restored backup) and is needed to change keys. Use at least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>The store on this PC is encrypted. The passphrase opens it when the PC&apos;s own key store cannot (a new PC, a restored backup) and is needed to change keys. Use at least %1 characters; a short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
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
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Your privacy</translation>
    </message>
    <message>
        <source>You can finish now without giving any names, or register for a pass.</source>
        <translation>You can finish now without giving any names, or register for a pass.</translation>
    </message>
    <message>
        <source>Our privacy notice has changed. Please read it.</source>
        <translation>Our privacy notice has changed. Please read it.</translation>
    </message>
    <message>
        <source>{hub} keeps a record of visits so that it can plan its groups and services.</source>
        <translation>{hub} keeps a record of visits so that it can plan its groups and services.</translation>
    </message>
    <message>
        <source>If you finish without registering, we count how many people came, the children&apos;s age groups, whether any have special educational needs or a disability (SEND), and why you came. If you give your postcode, we keep only the area it is in: its first half (like {district}), the council ward, the neighbourhood and how deprived that neighbourhood is. No names and no postcode are kept.</source>
        <translation>If you finish without registering, we count how many people came, the children&apos;s age groups, whether any have special educational needs or a disability (SEND), and why you came. If you give your postcode, we keep only the area it is in: its first half (like {district}), the council ward, the neighbourhood and how deprived that neighbourhood is. No names and no postcode are kept.</translation>
    </message>
    <message numerus="yes">
        <source>If you register, we also keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, and your full postcode, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for %n months after your last visit and then deleted.</source>
        <translation>
            <numerusform>If you register, we also keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, and your full postcode, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for %n month after your last visit and then deleted.</numerusform>
            <numerusform>If you register, we also keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, and your full postcode, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for %n months after your last visit and then deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>You can ask at the front desk to see, correct or delete your details at any time.</translation>
    </message>
    <message>
        <source>This Family Hub</source>
        <translation>This Family Hub</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Finish without registering</source>
        <translation>Finish without registering</translation>
    </message>
    <message>
        <source>Register and get a pass</source>
        <translation>Register and get a pass</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>PrivateWordPage</name>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>One moment</translation>
    </message>
    <message>
        <source>Please speak to a member of staff at the front desk when you are ready.</source>
        <translation>Please speak to a member of staff at the front desk when you are ready.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you in {room} soon.</source>
        <translation>A member of staff will come and find you in {room} soon.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you soon.</source>
        <translation>A member of staff will come and find you soon.</translation>
    </message>
    <message>
        <source>Letting a member of staff know...</source>
        <translation>Letting a member of staff know...</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Carry on</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>Why did you come today?</source>
        <translation>Why did you come today?</translation>
    </message>
    <message>
        <source>Tap one. Today&apos;s groups are first.</source>
        <translation>Tap one. Today&apos;s groups are first.</translation>
    </message>
    <message>
        <source>{name}, {start} to {end}</source>
        <translation>{name}, {start} to {end}</translation>
    </message>
    <message>
        <source>{session}: full</source>
        <translation>{session}: full</translation>
    </message>
</context>
<context>
    <name>RecoveryWizardPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Write this code down now and keep it somewhere safe, away from this PC (the hub manager&apos;s locked drawer). It opens the store if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Write this code down now and keep it somewhere safe, away from this PC (the hub manager&apos;s locked drawer). It opens the store if the passphrase is forgotten. It is shown only this once.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <source>This PC&apos;s key store keeps the key, so hubdesk starts without the passphrase.</source>
        <translation>This PC&apos;s key store keeps the key, so hubdesk starts without the passphrase.</translation>
    </message>
    <message>
        <source>This PC has no key store hubdesk can use: the passphrase is asked at each start.</source>
        <translation>This PC has no key store hubdesk can use: the passphrase is asked at each start.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Quick pick</source>
        <translation>Quick pick</translation>
    </message>
    <message>
        <source>Quick pick of a period</source>
        <translation>Quick pick of a period</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>Choose a period…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>For sharing beyond the hub: round every figure to a multiple of 5 (&quot;&lt;5&quot;)</source>
        <translation>For sharing beyond the hub: round every figure to a multiple of 5 (&quot;&lt;5&quot;)</translation>
    </message>
    <message>
        <source>Leave unticked for the hub&apos;s own exact figures (0 is 0). Tick it for files that leave the hub: each figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so no small count can be worked out.</source>
        <translation>Leave unticked for the hub&apos;s own exact figures (0 is 0). Tick it for files that leave the hub: each figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so no small count can be worked out.</translation>
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
        <translation>Board pack PDF…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>People (footfall)</source>
        <translation>People (footfall)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>Families reached</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>Children reached</translation>
    </message>
    <message>
        <source>New families</source>
        <translation>New families</translation>
    </message>
    <message>
        <source>Returning families</source>
        <translation>Returning families</translation>
    </message>
    <message>
        <source>Families who came more than once</source>
        <translation>Families who came more than once</translation>
    </message>
    <message>
        <source>Re-attendance</source>
        <translation>Re-attendance</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>New visits</translation>
    </message>
    <message>
        <source>Returning visits</source>
        <translation>Returning visits</translation>
    </message>
    <message>
        <source>Visits by parties not registered</source>
        <translation>Visits by parties not registered</translation>
    </message>
    <message>
        <source>Fathers</source>
        <translation>Fathers</translation>
    </message>
    <message>
        <source>Male carers</source>
        <translation>Male carers</translation>
    </message>
    <message>
        <source>Fathers and male carers</source>
        <translation>Fathers and male carers</translation>
    </message>
    <message>
        <source>Families with a father or male carer</source>
        <translation>Families with a father or male carer</translation>
    </message>
    <message>
        <source>Children with SEND</source>
        <translation>Children with SEND</translation>
    </message>
    <message>
        <source>Visits from outside the reach area</source>
        <translation>Visits from outside the reach area</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Here to Help contacts</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Follow-ups done on time</translation>
    </message>
    <message>
        <source>Follow-ups done late</source>
        <translation>Follow-ups done late</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>By site</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>By reason</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>By activity</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>By hour of day</translation>
    </message>
    <message>
        <source>By day of the week</source>
        <translation>By day of the week</translation>
    </message>
    <message>
        <source>By postcode district</source>
        <translation>By postcode district</translation>
    </message>
    <message>
        <source>By ward</source>
        <translation>By ward</translation>
    </message>
    <message>
        <source>By LSOA</source>
        <translation>By LSOA</translation>
    </message>
    <message>
        <source>By deprivation decile</source>
        <translation>By deprivation decile</translation>
    </message>
    <message>
        <source>Inside or outside reach area</source>
        <translation>Inside or outside reach area</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Contacts by channel</translation>
    </message>
    <message>
        <source>Contacts by need</source>
        <translation>Contacts by need</translation>
    </message>
    <message>
        <source>Contacts by outcome</source>
        <translation>Contacts by outcome</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>By programme</translation>
    </message>
    <message>
        <source>By session</source>
        <translation>By session</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>First session</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Sessions with visits</source>
        <translation>Sessions with visits</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>Week beginning</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Decile {n}</source>
        <translation>Decile {n}</translation>
    </message>
    <message>
        <source>Decile 1 (most deprived)</source>
        <translation>Decile 1 (most deprived)</translation>
    </message>
    <message>
        <source>Decile 10 (least deprived)</source>
        <translation>Decile 10 (least deprived)</translation>
    </message>
    <message>
        <source>Nobody signed in during this period.</source>
        <translation>Nobody signed in during this period.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Not known&apos; here because no postcode lookup is loaded on this desk: visits carry no ward, LSOA or deprivation decile. Load the council&apos;s postcode lookup in Hub settings; visits from then on are counted by area.</source>
        <translation>Every visit is &apos;Not known&apos; here because no postcode lookup is loaded on this desk: visits carry no ward, LSOA or deprivation decile. Load the council&apos;s postcode lookup in Hub settings; visits from then on are counted by area.</translation>
    </message>
    <message>
        <source>Not known for every visit: none in this period had a full postcode found in the postcode lookup.</source>
        <translation>Not known for every visit: none in this period had a full postcode found in the postcode lookup.</translation>
    </message>
    <message>
        <source>Not known for every visit: nobody in this period gave a postcode.</source>
        <translation>Not known for every visit: nobody in this period gave a postcode.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Reach area not set&apos; here because this hub has no reach area set, so no visit can be inside or outside it. Set the reach area (the postcode districts the council&apos;s map gives this hub) in Hub settings.</source>
        <translation>Every visit is &apos;Reach area not set&apos; here because this hub has no reach area set, so no visit can be inside or outside it. Set the reach area (the postcode districts the council&apos;s map gives this hub) in Hub settings.</translation>
    </message>
    <message>
        <source>Family voice</source>
        <translation>Family voice</translation>
    </message>
    <message>
        <source>Family voice by site</source>
        <translation>Family voice by site</translation>
    </message>
    <message>
        <source>Family voice by reason</source>
        <translation>Family voice by reason</translation>
    </message>
    <message>
        <source>Family voice by session</source>
        <translation>Family voice by session</translation>
    </message>
    <message>
        <source>Family voice by month</source>
        <translation>Family voice by month</translation>
    </message>
    <message>
        <source>Family voice questions</source>
        <translation>Family voice questions</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>With a face</source>
        <translation>With a face</translation>
    </message>
    <message>
        <source>Good or very good</source>
        <translation>Good or very good</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Yes (share)</source>
        <translation>Yes (share)</translation>
    </message>
    <message>
        <source>No timetabled session</source>
        <translation>No timetabled session</translation>
    </message>
    <message>
        <source>No family said how their day was in this period.</source>
        <translation>No family said how their day was in this period.</translation>
    </message>
    <message>
        <source>Inside the reach area</source>
        <translation>Inside the reach area</translation>
    </message>
    <message>
        <source>Outside the reach area</source>
        <translation>Outside the reach area</translation>
    </message>
    <message>
        <source>No postcode given</source>
        <translation>No postcode given</translation>
    </message>
    <message>
        <source>Reach area not set</source>
        <translation>Reach area not set</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This financial year (April–March)</source>
        <translation>This financial year (April–March)</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>Last financial year</translation>
    </message>
    <message>
        <source>Q1 (April–June)</source>
        <translation>Q1 (April–June)</translation>
    </message>
    <message>
        <source>Q2 (July–September)</source>
        <translation>Q2 (July–September)</translation>
    </message>
    <message>
        <source>Q3 (October–December)</source>
        <translation>Q3 (October–December)</translation>
    </message>
    <message>
        <source>Q4 (January–March)</source>
        <translation>Q4 (January–March)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <source>The report could not be worked out.</source>
        <translation>The report could not be worked out.</translation>
    </message>
    <message>
        <source>{hub}: {start} to {end}</source>
        <translation>{hub}: {start} to {end}</translation>
    </message>
    <message>
        <source>Visits by day</source>
        <translation>Visits by day</translation>
    </message>
    <message>
        <source>Visits by week</source>
        <translation>Visits by week</translation>
    </message>
    <message>
        <source>Children by age band</source>
        <translation>Children by age band</translation>
    </message>
    <message>
        <source>Visits by reason</source>
        <translation>Visits by reason</translation>
    </message>
    <message>
        <source>Visits by hour of day</source>
        <translation>Visits by hour of day</translation>
    </message>
    <message>
        <source>Load the postcode lookup…</source>
        <translation>Load the postcode lookup…</translation>
    </message>
    <message>
        <source>Set the reach area…</source>
        <translation>Set the reach area…</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>Ask an administrator</translation>
    </message>
    <message>
        <source>Only an administrator can change Hub settings.</source>
        <translation>Only an administrator can change Hub settings.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was saved.</source>
        <translation>Export cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>The export failed: nothing was saved.</source>
        <translation>The export failed: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>Have a Family Hub pass? Scan it, or type the code printed under the QR.</translation>
    </message>
    <message>
        <source>Scan it, or type the code printed under the QR.</source>
        <translation>Scan it, or type the code printed under the QR.</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>Pass code</translation>
    </message>
    <message>
        <source>Scan, or tap to type</source>
        <translation>Scan, or tap to type</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Type my code</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Use the camera</translation>
    </message>
</context>
<context>
    <name>SendStatusCard</name>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>How to enrol</source>
        <translation>How to enrol</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Choose a session</source>
        <translation>Choose a session</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>The chosen session</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Find the family, tick who is coming, then Book.</source>
        <translation>Find the family, tick who is coming, then Book.</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>Who is coming</translation>
    </message>
    <message>
        <source>Reason to book beyond the places (optional)</source>
        <translation>Reason to book beyond the places (optional)</translation>
    </message>
    <message>
        <source>Reason to book beyond the places</source>
        <translation>Reason to book beyond the places</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>No places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>No places left: they go on the waiting list, unless you give a reason to book beyond the places.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>
            <numerusform>Only %n place left: they go on the waiting list, unless you give a reason to book beyond the places.</numerusform>
            <numerusform>Only %n places left: they go on the waiting list, unless you give a reason to book beyond the places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n beyond the places</source>
        <translation>
            <numerusform>Book %n beyond the places</numerusform>
            <numerusform>Book %n beyond the places</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {family} on the waiting list</source>
        <translation>Put {family} on the waiting list</translation>
    </message>
    <message numerus="yes">
        <source>Book %n places for {family}</source>
        <translation>
            <numerusform>Book %n place for {family}</numerusform>
            <numerusform>Book %n places for {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} booked: %n places.</source>
        <translation>
            <numerusform>{who} booked: %n place.</numerusform>
            <numerusform>{who} booked: %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Signs the family in now, for this session</source>
        <translation>Signs the family in now, for this session</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Print register</translation>
    </message>
    <message>
        <source>They take it</source>
        <translation>They take it</translation>
    </message>
    <message>
        <source>Pass to next</source>
        <translation>Pass to next</translation>
    </message>
    <message>
        <source>They cannot come: offer the place to the next family waiting</source>
        <translation>They cannot come: offer the place to the next family waiting</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Came {time}</source>
        <translation>Came {time}</translation>
    </message>
    <message>
        <source>{who} is number {position} on the waiting list.</source>
        <translation>{who} is number {position} on the waiting list.</translation>
    </message>
    <message>
        <source>Waiting list {position}</source>
        <translation>Waiting list {position}</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Place offered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Booked beyond places</source>
        <translation>Booked beyond places</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Booked beyond the places: {reason}</source>
        <translation>Booked beyond the places: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n booked</numerusform>
            <numerusform>%n booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>%n came</numerusform>
            <numerusform>%n came</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not come</source>
        <translation>
            <numerusform>%n did not come</numerusform>
            <numerusform>%n did not come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places freed: offer them to {who} (%n people).</source>
        <translation>
            <numerusform>Places freed: offer them to {who} (%n person).</numerusform>
            <numerusform>Places freed: offer them to {who} (%n people).</numerusform>
        </translation>
    </message>
    <message>
        <source>“Came” is marked on the day of the session</source>
        <translation>“Came” is marked on the day of the session</translation>
    </message>
    <message>
        <source>{who} signed in at {time}.</source>
        <translation>{who} signed in at {time}.</translation>
    </message>
    <message>
        <source>Booking cancelled for {who}.</source>
        <translation>Booking cancelled for {who}.</translation>
    </message>
    <message>
        <source>{who} booked from the waiting list.</source>
        <translation>{who} booked from the waiting list.</translation>
    </message>
    <message>
        <source>The place is offered to the next family waiting.</source>
        <translation>The place is offered to the next family waiting.</translation>
    </message>
    <message>
        <source>Register: {name}</source>
        <translation>Register: {name}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} at {site}</source>
        <translation>{day}, {start}–{end} at {site}</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>{taken} of {capacity} places taken</translation>
    </message>
    <message>
        <source>Booked as</source>
        <translation>Booked as</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Nobody booked.</source>
        <translation>Nobody booked.</translation>
    </message>
    <message>
        <source>Register saved: {path}</source>
        <translation>Register saved: {path}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sessions of one name and kind at one site</source>
        <translation>Sessions of one name and kind at one site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions held (not cancelled) in these dates</source>
        <translation>Sessions held (not cancelled) in these dates</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>The first session in these dates</source>
        <translation>The first session in these dates</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>The last session in these dates</source>
        <translation>The last session in these dates</translation>
    </message>
    <message>
        <source>Families booked (not the waiting list)</source>
        <translation>Families booked (not the waiting list)</translation>
    </message>
    <message>
        <source>Booked families marked as came</source>
        <translation>Booked families marked as came</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Booked families who did not come, once it ended</source>
        <translation>Booked families who did not come, once it ended</translation>
    </message>
    <message>
        <source>People signed in for its sessions, booked or walk-in</source>
        <translation>People signed in for its sessions, booked or walk-in</translation>
    </message>
    <message>
        <source>Attendance by programme</source>
        <translation>Attendance by programme</translation>
    </message>
    <message>
        <source>No sessions in those dates.</source>
        <translation>No sessions in those dates.</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n places taken</source>
        <translation>
            <numerusform>{taken} of %n place taken</numerusform>
            <numerusform>{taken} of %n places taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>%n place taken</numerusform>
            <numerusform>%n places taken</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Hub settings</source>
        <translation>Hub settings</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Families agree to this at the kiosk. Changing the words raises the version, and returning families see the notice again. Leave it empty for the standard wording.</source>
        <translation>Families agree to this at the kiosk. Changing the words raises the version, and returning families see the notice again. Leave it empty for the standard wording.</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Privacy notice text</translation>
    </message>
    <message>
        <source>Empty: families see the standard wording.</source>
        <translation>Empty: families see the standard wording.</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>Save notice</translation>
    </message>
    <message>
        <source>Keeping personal data</source>
        <translation>Keeping personal data</translation>
    </message>
    <message>
        <source>Erase families after this long with no visit or contact:</source>
        <translation>Erase families after this long with no visit or contact:</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Retention period in months</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Save period</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>Run retention now</translation>
    </message>
    <message>
        <source>Audit log: every entry carries the hash of the one before.</source>
        <translation>Audit log: every entry carries the hash of the one before.</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Verify audit log</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for erasure now: %n families.</source>
        <translation>
            <numerusform>Due for erasure now: %n family.</numerusform>
            <numerusform>Due for erasure now: %n families.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice is unchanged (still version {version}).</source>
        <translation>The notice is unchanged (still version {version}).</translation>
    </message>
    <message>
        <source>Notice saved as version {version}. Returning families will see it again.</source>
        <translation>Notice saved as version {version}. Returning families will see it again.</translation>
    </message>
    <message>
        <source>Personal data is now kept for {period}.</source>
        <translation>Personal data is now kept for {period}.</translation>
    </message>
    <message>
        <source>Retention ran.</source>
        <translation>Retention ran.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries link up.</source>
        <translation>
            <numerusform>Intact: the %n entry links up.</numerusform>
            <numerusform>Intact: all %n entries link up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: entry {seq} does not match (changed, or an entry before it was removed).</source>
        <translation>Broken: entry {seq} does not match (changed, or an entry before it was removed).</translation>
    </message>
</context>
<context>
    <name>SignOutPage</name>
    <message>
        <source>Signing out</source>
        <translation>Signing out</translation>
    </message>
    <message>
        <source>Or tap the number you were given when you signed in:</source>
        <translation>Or tap the number you were given when you signed in:</translation>
    </message>
    <message>
        <source>Leave without signing out</source>
        <translation>Leave without signing out</translation>
    </message>
    <message numerus="yes">
        <source>arrived {time}, %n people</source>
        <translation>
            <numerusform>arrived {time}, %n person</numerusform>
            <numerusform>arrived {time}, %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Number {number}, {detail}</source>
        <translation>Number {number}, {detail}</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>Nobody is signed in on this screen at the moment.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>PIN accepted.</source>
        <translation>PIN accepted.</translation>
    </message>
    <message>
        <source>Tap your name, then enter your PIN.</source>
        <translation>Tap your name, then enter your PIN.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>No staff accounts yet: set one up at the desk.</source>
        <translation>No staff accounts yet: set one up at the desk.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Too many wrong PINs. Please try again later.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>That did not work. Please try again.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>One fewer: {what}</source>
        <translation>One fewer: {what}</translation>
    </message>
    <message>
        <source>One more: {what}</source>
        <translation>One more: {what}</translation>
    </message>
    <message>
        <source>{count} {what}</source>
        <translation>{count} {what}</translation>
    </message>
</context>
<context>
    <name>SummaryWizardPage</name>
    <message>
        <source>Check and set up</source>
        <translation>Check and set up</translation>
    </message>
    <message>
        <source>Check what this PC will be. Back changes anything; Set up creates the encrypted store, which takes a few seconds. The passphrase and the PIN are not shown.</source>
        <translation>Check what this PC will be. Back changes anything; Set up creates the encrypted store, which takes a few seconds. The passphrase and the PIN are not shown.</translation>
    </message>
    <message>
        <source>Setting up...</source>
        <translation>Setting up...</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>The sign-in kiosk</source>
        <translation>The sign-in kiosk</translation>
    </message>
    <message>
        <source>A front desk</source>
        <translation>A front desk</translation>
    </message>
    <message>
        <source>An outreach laptop</source>
        <translation>An outreach laptop</translation>
    </message>
    <message>
        <source>This PC will be</source>
        <translation>This PC will be</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Joins a hub through the central service</source>
        <translation>Joins a hub through the central service</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Central service</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>Hub code</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>%1 (the hub&apos;s name)</source>
        <translation>%1 (the hub&apos;s name)</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>Site postcode</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>The hub&apos;s other devices</source>
        <translation>The hub&apos;s other devices</translation>
    </message>
    <message>
        <source>Records the central service refused</source>
        <translation>Records the central service refused</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Quarantined records</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>Nothing is quarantined.</translation>
    </message>
    <message>
        <source>Send again (after fixing the record)</source>
        <translation>Send again (after fixing the record)</translation>
    </message>
    <message>
        <source>Discard (keep it on this computer only)</source>
        <translation>Discard (keep it on this computer only)</translation>
    </message>
    <message>
        <source>This computer keeps everything safely and works offline. Once it is enrolled with the council&apos;s central service (see below), waiting records are sent.</source>
        <translation>This computer keeps everything safely and works offline. Once it is enrolled with the council&apos;s central service (see below), waiting records are sent.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the central service yet.</source>
        <translation>This computer is not enrolled with the central service yet.</translation>
    </message>
    <message>
        <source>This computer has not received the hub key yet.</source>
        <translation>This computer has not received the hub key yet.</translation>
    </message>
    <message>
        <source>The central service cannot be reached: working offline.</source>
        <translation>The central service cannot be reached: working offline.</translation>
    </message>
    <message>
        <source>The central service is busy: trying again shortly.</source>
        <translation>The central service is busy: trying again shortly.</translation>
    </message>
    <message>
        <source>The central service asked us to wait: trying again shortly.</source>
        <translation>The central service asked us to wait: trying again shortly.</translation>
    </message>
    <message>
        <source>The central service no longer accepts this computer.</source>
        <translation>The central service no longer accepts this computer.</translation>
    </message>
    <message>
        <source>Last problem: {code}</source>
        <translation>Last problem: {code}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Here to Help contact</source>
        <translation>Here to Help contact</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>QR pass</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>It will be sent again at the next sync.</translation>
    </message>
    <message>
        <source>Discarded: it stays on this computer only.</source>
        <translation>Discarded: it stays on this computer only.</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Copy last week</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Change session</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s day, times or places</source>
        <translation>Change the chosen session&apos;s day, times or places</translation>
    </message>
    <message>
        <source>Public offer</source>
        <translation>Public offer</translation>
    </message>
    <message>
        <source>Publish the chosen session to the council&apos;s directory and families&apos; calendars</source>
        <translation>Publish the chosen session to the council&apos;s directory and families&apos; calendars</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessions this week</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Public sessions are in the council&apos;s directory and families&apos; calendars.</source>
        <translation>Public sessions are in the council&apos;s directory and families&apos; calendars.</translation>
    </message>
    <message>
        <source>No sessions this week. Use “Copy last week” to bring last week&apos;s over.</source>
        <translation>No sessions this week. Use “Copy last week” to bring last week&apos;s over.</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Session name</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Session added.</translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation>Session changed.</translation>
    </message>
    <message>
        <source>Cancel {name} on {day}? Families already booked stay on record.</source>
        <translation>Cancel {name} on {day}? Families already booked stay on record.</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>Session cancelled.</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Week of {day}</translation>
    </message>
    <message>
        <source>In the building now:</source>
        <translation>In the building now:</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message numerus="yes">
        <source>Public offer saved for %n sessions.</source>
        <translation>
            <numerusform>Public offer saved for %n session.</numerusform>
            <numerusform>Public offer saved for %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions copied from last week.</source>
        <translation>
            <numerusform>%n session copied from last week.</numerusform>
            <numerusform>%n sessions copied from last week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Fire roll call</source>
        <translation>Fire roll call</translation>
    </message>
    <message>
        <source>Save as PDF (and print, if there is a printer)</source>
        <translation>Save as PDF (and print, if there is a printer)</translation>
    </message>
    <message>
        <source>Sign a family in</source>
        <translation>Sign a family in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign everyone out</source>
        <translation>Sign everyone out</translation>
    </message>
    <message>
        <source>Who is in the building now</source>
        <translation>Who is in the building now</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>In since</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Signed in on</source>
        <translation>Signed in on</translation>
    </message>
    <message>
        <source>Nobody is signed in yet today.</source>
        <translation>Nobody is signed in yet today.</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Count who is here without a family record</source>
        <translation>Count who is here without a family record</translation>
    </message>
    <message>
        <source>Why they came</source>
        <translation>Why they came</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Children {band}</source>
        <translation>Children {band}</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: {who} (%n people).</source>
        <translation>
            <numerusform>Signed in: {who} (%n person).</numerusform>
            <numerusform>Signed in: {who} (%n people).</numerusform>
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
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: data up to {when}</source>
        <translation>{device}: data up to {when}</translation>
    </message>
    <message>
        <source>{device}: nothing received yet</source>
        <translation>{device}: nothing received yet</translation>
    </message>
    <message>
        <source>{people} in {parties}</source>
        <translation>{people} in {parties}</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>a party with no family record</source>
        <translation>a party with no family record</translation>
    </message>
    <message numerus="yes">
        <source>Sign out {who} (%n people)?</source>
        <translation>
            <numerusform>Sign out {who} (%n person)?</numerusform>
            <numerusform>Sign out {who} (%n people)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Yes, sign out</translation>
    </message>
    <message numerus="yes">
        <source>Signed out: {who} (%n people).</source>
        <translation>
            <numerusform>Signed out: {who} (%n person).</numerusform>
            <numerusform>Signed out: {who} (%n people).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed back in: {who}.</source>
        <translation>Signed back in: {who}.</translation>
    </message>
    <message numerus="yes">
        <source>Sign out everyone in the building (%n people)? Do this at closing time.</source>
        <translation>
            <numerusform>Sign out everyone in the building (%n person)? Do this at closing time.</numerusform>
            <numerusform>Sign out everyone in the building (%n people)? Do this at closing time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign everyone out</source>
        <translation>Yes, sign everyone out</translation>
    </message>
    <message numerus="yes">
        <source>%n parties signed out.</source>
        <translation>
            <numerusform>%n party signed out.</numerusform>
            <numerusform>%n parties signed out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at {when}</source>
        <translation>Taken at {when}</translation>
    </message>
    <message>
        <source>Out?</source>
        <translation>Out?</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Not registered ({how_many})</source>
        <translation>Not registered ({how_many})</translation>
    </message>
    <message>
        <source>How fresh each device&apos;s data is</source>
        <translation>How fresh each device&apos;s data is</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Data up to</translation>
    </message>
    <message>
        <source>this computer: live</source>
        <translation>this computer: live</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>nothing received yet</translation>
    </message>
    <message>
        <source>Last sync with the central service: {when}</source>
        <translation>Last sync with the central service: {when}</translation>
    </message>
    <message>
        <source>Not connected to a central service: other devices&apos; sign-ins may be missing.</source>
        <translation>Not connected to a central service: other devices&apos; sign-ins may be missing.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Taking the roll call…</source>
        <translation>Taking the roll call…</translation>
    </message>
    <message>
        <source>Roll call saved: {path}</source>
        <translation>Roll call saved: {path}</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Printed on {printer}.</translation>
    </message>
</context>
<context>
    <name>VoiceAskBar</name>
    <message>
        <source>If the family would like to: how was today? (anonymous)</source>
        <translation>If the family would like to: how was today? (anonymous)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>VoiceCard</name>
    <message>
        <source>Family voice: questions after the faces</source>
        <translation>Family voice: questions after the faces</translation>
    </message>
    <message>
        <source>After tapping a face, families may answer these by tapping yes, a little or no. Own words: English is needed; a language left empty shows the English (or, for a standard question, the kiosk&apos;s own translation). Saving a change starts a new version: earlier answers stay with the words they answered.</source>
        <translation>After tapping a face, families may answer these by tapping yes, a little or no. Own words: English is needed; a language left empty shows the English (or, for a standard question, the kiosk&apos;s own translation). Saving a change starts a new version: earlier answers stay with the words they answered.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Question %1 in %2</source>
        <translation>Question %1 in %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Save questions</source>
        <translation>Save questions</translation>
    </message>
    <message>
        <source>Version %1 of the hub&apos;s questions is in use.</source>
        <translation>Version %1 of the hub&apos;s questions is in use.</translation>
    </message>
    <message>
        <source>No questions yet: the kiosk shows the faces only.</source>
        <translation>No questions yet: the kiosk shows the faces only.</translation>
    </message>
    <message>
        <source>The questions are unchanged.</source>
        <translation>The questions are unchanged.</translation>
    </message>
    <message>
        <source>Questions saved as version %1.</source>
        <translation>Questions saved as version %1.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Thank you. It helps us make the hub better.</source>
        <translation>Thank you. It helps us make the hub better.</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>Goodbye, and see you soon!</translation>
    </message>
    <message>
        <source>Enjoy the rest of your visit!</source>
        <translation>Enjoy the rest of your visit!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Question %1 of %2. Tap an answer.</source>
        <translation>Question %1 of %2. Tap an answer.</translation>
    </message>
    <message>
        <source>No more questions</source>
        <translation>No more questions</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <source>Not good</source>
        <translation>Not good</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>Could be better</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>A little</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Did you get the help you came for?</source>
        <translation>Did you get the help you came for?</translation>
    </message>
    <message>
        <source>Would you tell a friend about the hub?</source>
        <translation>Would you tell a friend about the hub?</translation>
    </message>
    <message>
        <source>Did you feel welcome?</source>
        <translation>Did you feel welcome?</translation>
    </message>
    <message>
        <source>Did you learn something useful today?</source>
        <translation>Did you learn something useful today?</translation>
    </message>
    <message>
        <source>Did your child enjoy it?</source>
        <translation>Did your child enjoy it?</translation>
    </message>
    <message>
        <source>Our own question</source>
        <translation>Our own question</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Please sign in when you arrive, and sign out when you leave.</source>
        <translation>Please sign in when you arrive, and sign out when you leave.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to hubdesk</source>
        <translation>Welcome to hubdesk</translation>
    </message>
    <message>
        <source>This PC has not been set up yet. In a few steps it becomes the sign-in kiosk, the front desk or an outreach laptop of a Family Hub.

You will need: the hub&apos;s details (or an enrolment code from the council&apos;s central service), a passphrase for the administrator, and a PIN for the first administrator. Have a pen ready: a recovery code is shown once at the end.</source>
        <translation>This PC has not been set up yet. In a few steps it becomes the sign-in kiosk, the front desk or an outreach laptop of a Family Hub.

You will need: the hub&apos;s details (or an enrolment code from the council&apos;s central service), a passphrase for the administrator, and a PIN for the first administrator. Have a pen ready: a recovery code is shown once at the end.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Here to Help: advice and support</source>
        <translation>Here to Help: advice and support</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>Health visitor or clinic</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>An appointment</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>Just visiting</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mum</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Dad</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Carer</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Another adult</source>
        <translation>Another adult</translation>
    </message>
    <message>
        <source>Babies, under 2</source>
        <translation>Babies, under 2</translation>
    </message>
    <message>
        <source>Aged 2 to 4</source>
        <translation>Aged 2 to 4</translation>
    </message>
    <message>
        <source>Aged 5 to 11</source>
        <translation>Aged 5 to 11</translation>
    </message>
    <message>
        <source>Aged 12 to 16</source>
        <translation>Aged 12 to 16</translation>
    </message>
    <message>
        <source>Aged 17 to 19</source>
        <translation>Aged 17 to 19</translation>
    </message>
    <message>
        <source>Aged 20 to 25 with SEND</source>
        <translation>Aged 20 to 25 with SEND</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Why you came</source>
        <translation>Why you came</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>This is too long. Please shorten it.</translation>
    </message>
    <message>
        <source>Please use letters.</source>
        <translation>Please use letters.</translation>
    </message>
    <message>
        <source>This has a character we cannot use.</source>
        <translation>This has a character we cannot use.</translation>
    </message>
    <message>
        <source>Please keep this on one line.</source>
        <translation>Please keep this on one line.</translation>
    </message>
    <message>
        <source>This does not look like a UK postcode. Check it, or leave it empty.</source>
        <translation>This does not look like a UK postcode. Check it, or leave it empty.</translation>
    </message>
    <message>
        <source>Please write the date as day/month/year.</source>
        <translation>Please write the date as day/month/year.</translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day and the month.</source>
        <translation>That date does not exist. Please check the day and the month.</translation>
    </message>
    <message>
        <source>Please choose the date of birth.</source>
        <translation>Please choose the date of birth.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>Family Hubs are for children and young people up to 25.</translation>
    </message>
    <message>
        <source>Over 19 is for young people with special educational needs or a disability (SEND): tick SEND if this applies.</source>
        <translation>Over 19 is for young people with special educational needs or a disability (SEND): tick SEND if this applies.</translation>
    </message>
    <message>
        <source>Sorry, this session is full. Please choose another reason, or ask at the front desk.</source>
        <translation>Sorry, this session is full. Please choose another reason, or ask at the front desk.</translation>
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
        <translation>Please add at least one person.</translation>
    </message>
    <message>
        <source>We don&apos;t recognise this pass. Please ask at the front desk.</source>
        <translation>We don&apos;t recognise this pass. Please ask at the front desk.</translation>
    </message>
    <message>
        <source>This pass has been replaced. Please ask at the front desk for a new one.</source>
        <translation>This pass has been replaced. Please ask at the front desk for a new one.</translation>
    </message>
    <message>
        <source>This is not a Family Hub pass.</source>
        <translation>This is not a Family Hub pass.</translation>
    </message>
    <message>
        <source>The pass could not be read. Please try again.</source>
        <translation>The pass could not be read. Please try again.</translation>
    </message>
    <message>
        <source>The code has a typo. Please check each letter and number.</source>
        <translation>The code has a typo. Please check each letter and number.</translation>
    </message>
    <message>
        <source>That number is too big.</source>
        <translation>That number is too big.</translation>
    </message>
    <message>
        <source>Please tick who is here today.</source>
        <translation>Please tick who is here today.</translation>
    </message>
    <message>
        <source>You are signed in here already today.</source>
        <translation>You are signed in here already today.</translation>
    </message>
    <message>
        <source>Please choose one of the rooms shown.</source>
        <translation>Please choose one of the rooms shown.</translation>
    </message>
    <message>
        <source>Sorry, this screen is very busy. Please ask at the desk.</source>
        <translation>Sorry, this screen is very busy. Please ask at the desk.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>Sorry, something went wrong. Please ask at the front desk.</translation>
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
        <translation>the same phone number</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>the same email</translation>
    </message>
    <message>
        <source>a child with the same name and date of birth</source>
        <translation>a child with the same name and date of birth</translation>
    </message>
    <message>
        <source>the same surname and postcode</source>
        <translation>the same surname and postcode</translation>
    </message>
    <message>
        <source>an adult with the same name</source>
        <translation>an adult with the same name</translation>
    </message>
    <message numerus="yes">
        <source>+ %n adults</source>
        <translation>
            <numerusform>+ %n adult</numerusform>
            <numerusform>+ %n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n children</source>
        <translation>
            <numerusform>+ %n child</numerusform>
            <numerusform>+ %n children</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>Signposted to</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Online request</source>
        <translation>Online request</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Money and benefits</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <source>Child development</source>
        <translation>Child development</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Domestic abuse</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>Referral made to</translation>
    </message>
    <message>
        <source>Booked into a group</source>
        <translation>Booked into a group</translation>
    </message>
    <message>
        <source>Early help request raised</source>
        <translation>Early help request raised</translation>
    </message>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>Health visitor or clinic</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>Just visiting</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>Family Hub</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>Fire station</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Military base</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Community venue</source>
        <translation>Community venue</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Outreach laptop</source>
        <translation>Outreach laptop</translation>
    </message>
    <message>
        <source>Another device</source>
        <translation>Another device</translation>
    </message>
    <message>
        <source>Stay and play</source>
        <translation>Stay and play</translation>
    </message>
    <message>
        <source>Baby clinic</source>
        <translation>Baby clinic</translation>
    </message>
    <message>
        <source>Youth group</source>
        <translation>Youth group</translation>
    </message>
    <message>
        <source>Breakfast club</source>
        <translation>Breakfast club</translation>
    </message>
    <message>
        <source>Learning through play</source>
        <translation>Learning through play</translation>
    </message>
    <message>
        <source>Parenting course</source>
        <translation>Parenting course</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mum</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Dad</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Carer</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation>Other adult</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Outreach worker</translation>
    </message>
    <message>
        <source>Hub manager</source>
        <translation>Hub manager</translation>
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
        <translation>Who is here</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>is needed.</source>
        <translation>is needed.</translation>
    </message>
    <message>
        <source>is not a date. Type it as day/month/year, for example 10/12/2026.</source>
        <translation>is not a date. Type it as day/month/year, for example 10/12/2026.</translation>
    </message>
    <message>
        <source>is not a real date (check the day and the month).</source>
        <translation>is not a real date (check the day and the month).</translation>
    </message>
    <message>
        <source>choose a date.</source>
        <translation>choose a date.</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>cannot be in the future.</translation>
    </message>
    <message>
        <source>cannot be in the past.</source>
        <translation>cannot be in the past.</translation>
    </message>
    <message>
        <source>is too far in the past.</source>
        <translation>is too far in the past.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>is too long.</translation>
    </message>
    <message>
        <source>is too short.</source>
        <translation>is too short.</translation>
    </message>
    <message>
        <source>is not the right length.</source>
        <translation>is not the right length.</translation>
    </message>
    <message>
        <source>is outside what is allowed.</source>
        <translation>is outside what is allowed.</translation>
    </message>
    <message>
        <source>is not a UK postcode. Check it, or leave it empty.</source>
        <translation>is not a UK postcode. Check it, or leave it empty.</translation>
    </message>
    <message>
        <source>has characters that cannot be stored.</source>
        <translation>has characters that cannot be stored.</translation>
    </message>
    <message>
        <source>is already used.</source>
        <translation>is already used.</translation>
    </message>
    <message>
        <source>is already there.</source>
        <translation>is already there.</translation>
    </message>
    <message>
        <source>choose people from this family.</source>
        <translation>choose people from this family.</translation>
    </message>
    <message>
        <source>has no places left.</source>
        <translation>has no places left.</translation>
    </message>
    <message>
        <source>is already booked for this session.</source>
        <translation>is already booked for this session.</translation>
    </message>
    <message>
        <source>tick at least one person who is coming.</source>
        <translation>tick at least one person who is coming.</translation>
    </message>
    <message>
        <source>has already ended.</source>
        <translation>has already ended.</translation>
    </message>
    <message>
        <source>can be marked as came on the day only.</source>
        <translation>can be marked as came on the day only.</translation>
    </message>
    <message>
        <source>must be after the start.</source>
        <translation>must be after the start.</translation>
    </message>
    <message>
        <source>must be on the same day as the start.</source>
        <translation>must be on the same day as the start.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>choose one from the list.</source>
        <translation>choose one from the list.</translation>
    </message>
    <message>
        <source>must be digits only.</source>
        <translation>must be digits only.</translation>
    </message>
    <message>
        <source>is too easy to guess: choose another.</source>
        <translation>is too easy to guess: choose another.</translation>
    </message>
    <message>
        <source>They had already signed out.</source>
        <translation>They had already signed out.</translation>
    </message>
    <message>
        <source>That visit is not in the list any more.</source>
        <translation>That visit is not in the list any more.</translation>
    </message>
    <message>
        <source>It is too late to undo that sign-out: sign them in again instead.</source>
        <translation>It is too late to undo that sign-out: sign them in again instead.</translation>
    </message>
    <message>
        <source>The sign-out has already gone to the other devices, so it cannot be undone: sign them in again instead.</source>
        <translation>The sign-out has already gone to the other devices, so it cannot be undone: sign them in again instead.</translation>
    </message>
    <message>
        <source>They have signed in again since, so there is nothing to undo.</source>
        <translation>They have signed in again since, so there is nothing to undo.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n problem(s) shown beside the fields.</source>
        <translation>
            <numerusform>Please correct the problem shown beside its field.</numerusform>
            <numerusform>Please correct the %n problems shown beside the fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked for now.</source>
        <translation>Too many wrong PINs: locked for now.</translation>
    </message>
    <message>
        <source>That did not work ({kind}). Please try again.</source>
        <translation>That did not work ({kind}). Please try again.</translation>
    </message>
    <message>
        <source>That session is full.</source>
        <translation>That session is full.</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>Please check the form: {problem}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>yesterday {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>To send them, enrol this laptop with the council&apos;s central service:</source>
        <translation>To send them, enrol this laptop with the council&apos;s central service:</translation>
    </message>
    <message>
        <source>1. Ask your hub&apos;s administrator for an enrolment code for this laptop (a code or a QR code).</source>
        <translation>1. Ask your hub&apos;s administrator for an enrolment code for this laptop (a code or a QR code).</translation>
    </message>
    <message>
        <source>2. Close hubdesk (Lock, then close the window).</source>
        <translation>2. Close hubdesk (Lock, then close the window).</translation>
    </message>
    <message>
        <source>3. Open a terminal (on Windows: Command Prompt), type: hubdesk enrol THE-CODE --kind outreach, and press Enter.</source>
        <translation>3. Open a terminal (on Windows: Command Prompt), type: hubdesk enrol THE-CODE --kind outreach, and press Enter.</translation>
    </message>
    <message>
        <source>4. Open hubdesk again: this box then says when records were last sent.</source>
        <translation>4. Open hubdesk again: this box then says when records were last sent.</translation>
    </message>
    <message>
        <source>Safe to close the lid: everything is sent.</source>
        <translation>Safe to close the lid: everything is sent.</translation>
    </message>
    <message numerus="yes">
        <source>Not safe yet: %n records not sent.</source>
        <translation>
            <numerusform>Not safe yet: %n record not sent.</numerusform>
            <numerusform>Not safe yet: %n records not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation>Nothing to send yet.</translation>
    </message>
    <message>
        <source>Last sent: {when}</source>
        <translation>Last sent: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to send</source>
        <translation>
            <numerusform>%n record waiting to send</numerusform>
            <numerusform>%n records waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the central service: see the Sync tab</source>
        <translation>
            <numerusform>%n refused by the central service: see the Sync tab</numerusform>
            <numerusform>%n refused by the central service: see the Sync tab</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled, so nothing is sent: all is kept safely on this laptop</source>
        <translation>not enrolled, so nothing is sent: all is kept safely on this laptop</translation>
    </message>
    <message>
        <source>offline: kept safely on this laptop, sent when back online</source>
        <translation>offline: kept safely on this laptop, sent when back online</translation>
    </message>
    <message>
        <source>sending: keep the laptop open and connected for a moment</source>
        <translation>sending: keep the laptop open and connected for a moment</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a central service · %n records kept on this computer</source>
        <translation>
            <numerusform>Not connected to a central service · %n record kept on this computer</numerusform>
            <numerusform>Not connected to a central service · %n records kept on this computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Refused by the central service: ask your administrator</source>
        <translation>Refused by the central service: ask your administrator</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>last sync {when}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message numerus="yes">
        <source>{state} · {last} · %n waiting</source>
        <translation>
            <numerusform>{state} · {last} · %n waiting</numerusform>
            <numerusform>{state} · {last} · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes ahead: please set it right</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead: please set it right</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead: please set it right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes behind: please set it right</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind: please set it right</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind: please set it right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours ahead: please set it right</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n hour ahead: please set it right</numerusform>
            <numerusform>This computer&apos;s clock is %n hours ahead: please set it right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours behind: please set it right</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n hour behind: please set it right</numerusform>
            <numerusform>This computer&apos;s clock is %n hours behind: please set it right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days ahead: please set it right</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n day ahead: please set it right</numerusform>
            <numerusform>This computer&apos;s clock is %n days ahead: please set it right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days behind: please set it right</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n day behind: please set it right</numerusform>
            <numerusform>This computer&apos;s clock is %n days behind: please set it right</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: directly, {when}</source>
        <translation>{device}: directly, {when}</translation>
    </message>
    <message>
        <source>{device}: through the service, {when}</source>
        <translation>{device}: through the service, {when}</translation>
    </message>
    <message>
        <source>{device}: through the service</source>
        <translation>{device}: through the service</translation>
    </message>
    <message>
        <source>{device}: not heard from since {when}</source>
        <translation>{device}: not heard from since {when}</translation>
    </message>
    <message>
        <source>{device}: not heard from</source>
        <translation>{device}: not heard from</translation>
    </message>
    <message numerus="yes">
        <source>%n devices heard directly</source>
        <translation>
            <numerusform>%n device heard directly</numerusform>
            <numerusform>%n devices heard directly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n through the service</source>
        <translation>
            <numerusform>%n through the service</numerusform>
            <numerusform>%n through the service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not heard from</source>
        <translation>
            <numerusform>%n not heard from</numerusform>
            <numerusform>%n not heard from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>This must be filled in.</source>
        <translation>This must be filled in.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>This is too short.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Use digits only.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>This is not a valid UK postcode.</source>
        <translation>This is not a valid UK postcode.</translation>
    </message>
    <message>
        <source>There is already a store here.</source>
        <translation>There is already a store here.</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>The two do not match.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>The address must start with https://.</translation>
    </message>
    <message>
        <source>The files could not be written: check the disk and try again.</source>
        <translation>The files could not be written: check the disk and try again.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <source>The central service could not be reached. Check the address and the network, or set up a standalone hub.</source>
        <translation>The central service could not be reached. Check the address and the network, or set up a standalone hub.</translation>
    </message>
    <message>
        <source>The central service refused the enrolment code (wrong, used or expired). Ask for a new one.</source>
        <translation>The central service refused the enrolment code (wrong, used or expired). Ask for a new one.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was saved; please try again.</source>
        <translation>Something went wrong (%1). Nothing was saved; please try again.</translation>
    </message>
</context>
</TS>
