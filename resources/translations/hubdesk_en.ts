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
        <source>Both questions are optional: tap Next to skip.</source>
        <translation>Both questions are optional: tap Next to skip.</translation>
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
        <source>Only the first half (like NE1) is used, to plan services near you.</source>
        <translation>Only the first half (like NE1) is used, to plan services near you.</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub?</source>
        <translation>Is this your first time at a Family Hub?</translation>
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
        <source>That&apos;s fine</source>
        <translation>That&apos;s fine</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>Staff sign everyone out when we close. Goodbye, and see you soon!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
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
        <source>You are signed in already today. Leaving? Sign out here.</source>
        <translation>You are signed in already today. Leaving? Sign out here.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Please tick at least one person.</source>
        <translation>Please tick at least one person.</translation>
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
        <source>I&apos;d like a private word</source>
        <translation>I&apos;d like a private word</translation>
    </message>
    <message>
        <source>I&apos;d like a private word with someone</source>
        <translation>I&apos;d like a private word with someone</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>This screen will start again soon, to keep your details private.</source>
        <translation>This screen will start again soon, to keep your details private.</translation>
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
        <source>Who is here today?</source>
        <translation>Who is here today?</translation>
    </message>
    <message>
        <source>Tap + for each person. No names needed.</source>
        <translation>Tap + for each person. No names needed.</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Of them with SEND</source>
        <translation>Of them with SEND</translation>
    </message>
    <message>
        <source>{band}, with SEND</source>
        <translation>{band}, with SEND</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>Add a child by date of birth</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (day/month/year):</source>
        <translation>Child&apos;s date of birth (day/month/year):</translation>
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
        <source>e.g. 25/12/2021</source>
        <translation>e.g. 25/12/2021</translation>
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
        <source>QR code of your pass</source>
        <translation>QR code of your pass</translation>
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
        <source>{hub} keeps a record of visits so that it can plan its groups and services.

If you finish without registering, we only count how many people came, the children&apos;s age groups, why you came and the first half of your postcode. No names are kept.

If you register, we also keep your first names and your children&apos;s dates of birth, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for two years after your last visit and then deleted.

You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>{hub} keeps a record of visits so that it can plan its groups and services.

If you finish without registering, we only count how many people came, the children&apos;s age groups, why you came and the first half of your postcode. No names are kept.

If you register, we also keep your first names and your children&apos;s dates of birth, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for two years after your last visit and then deleted.

You can ask at the front desk to see, correct or delete your details at any time.</translation>
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
        <source>Please speak to someone at the front desk when you are ready.</source>
        <translation>Please speak to someone at the front desk when you are ready.</translation>
    </message>
    <message>
        <source>Someone will come and find you for a quiet word soon.</source>
        <translation>Someone will come and find you for a quiet word soon.</translation>
    </message>
    <message>
        <source>One moment...</source>
        <translation>One moment...</translation>
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
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register for a pass</source>
        <translation>Register for a pass</translation>
    </message>
    <message>
        <source>First names only. We need each child&apos;s date of birth to count age groups.</source>
        <translation>First names only. We need each child&apos;s date of birth to count age groups.</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>Register and sign in</translation>
    </message>
    <message>
        <source>First name of adult {n}</source>
        <translation>First name of adult {n}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation>Child&apos;s first name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>{band} (SEND)</source>
        <translation>{band} (SEND)</translation>
    </message>
    <message>
        <source>First name of child {n}</source>
        <translation>First name of child {n}</translation>
    </message>
    <message>
        <source>Date of birth of child {n}</source>
        <translation>Date of birth of child {n}</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Adult {n}</source>
        <translation>Adult {n}</translation>
    </message>
    <message>
        <source>Child {n}</source>
        <translation>Child {n}</translation>
    </message>
    <message>
        <source>{who}, {problem}</source>
        <translation>{who}, {problem}</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>Have a Family Hub pass? Scan it, or type the code printed under the QR.</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>Pass code</translation>
    </message>
    <message>
        <source>Pass code, e.g. ABCD-EFGH-J</source>
        <translation>Pass code, e.g. ABCD-EFGH-J</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
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
        <source>Scan your pass, or tap your name below.</source>
        <translation>Scan your pass, or tap your name below.</translation>
    </message>
    <message>
        <source>Signed in on this screen today:</source>
        <translation>Signed in on this screen today:</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>Nobody is signed in on this screen at the moment.</translation>
    </message>
    <message>
        <source>Skip: staff will sign us out</source>
        <translation>Skip: staff will sign us out</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n people)</source>
        <translation>
            <numerusform>{name} (%n person)</numerusform>
            <numerusform>{name} (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n</source>
        <translation>
            <numerusform>One person</numerusform>
            <numerusform>A group of %n</numerusform>
        </translation>
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
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>Family Hubs are for children and young people up to 25.</translation>
    </message>
    <message>
        <source>Over 19 is for young people with SEND: tick SEND if this applies.</source>
        <translation>Over 19 is for young people with SEND: tick SEND if this applies.</translation>
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
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>Sorry, something went wrong. Please ask at the front desk.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
</TS>
