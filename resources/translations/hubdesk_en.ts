<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>NotBuiltYetWindow</name>
    <message>
        <source>The front desk is not built yet (hubdesk.ui.desk.desk_window is missing).</source>
        <translation>The front desk is not built yet (hubdesk.ui.desk.desk_window is missing).</translation>
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
</TS>
