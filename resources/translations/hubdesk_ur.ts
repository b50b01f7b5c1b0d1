<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>A little about you</source>
        <translation>آپ کے بارے میں تھوڑا سا</translation>
    </message>
    <message>
        <source>Your postcode</source>
        <translation>آپ کا پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>e.g. NE1 4XF</source>
        <translation>مثلاً NE1 4XF</translation>
    </message>
    <message>
        <source>Your postcode (optional)</source>
        <translation>آپ کا پوسٹ کوڈ (اختیاری)</translation>
    </message>
    <message>
        <source>To plan services near you. Unless you register, we keep only the area it is in (like {district}, the ward and the neighbourhood), not the postcode itself.</source>
        <translation>تاکہ ہم آپ کے قریب خدمات کی منصوبہ بندی کر سکیں۔ اگر آپ رجسٹر نہ کریں تو ہم صرف علاقہ محفوظ رکھتے ہیں (جیسے {district}، وارڈ اور محلہ)، پورا پوسٹ کوڈ نہیں۔</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub? (optional)</source>
        <translation>کیا آپ پہلی بار کسی Family Hub میں آئے ہیں؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Yes, first time</source>
        <translation>جی ہاں، پہلی بار</translation>
    </message>
    <message>
        <source>No, I have been before</source>
        <translation>نہیں، پہلے بھی آ چکے ہیں</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Would you like a member of staff to come to you?</source>
        <translation>کیا آپ چاہتے ہیں کہ عملے کا کوئی فرد آپ کے پاس آئے؟</translation>
    </message>
    <message>
        <source>We will let a member of staff know, quietly.</source>
        <translation>ہم خاموشی سے عملے کے کسی فرد کو بتا دیں گے۔</translation>
    </message>
    <message>
        <source>Where will you be? Tap one if you like, or leave it.</source>
        <translation>آپ کہاں ہوں گے؟ چاہیں تو ایک چنیں، یا رہنے دیں۔</translation>
    </message>
    <message>
        <source>Yes, please</source>
        <translation>جی ہاں، مہربانی</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>نہیں، واپس</translation>
    </message>
</context>
<context>
    <name>BirthDatePage</name>
    <message>
        <source>Date of birth, day/month/year</source>
        <translation>تاریخ پیدائش، دن/مہینہ/سال</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>دن/ماہ/سال</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>خصوصی تعلیمی ضروریات یا معذوری ہے (SEND)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message numerus="yes">
        <source>With this date the child is %n year(s) old, but was counted in the group “{band}”. Please check the date. If it is right, tap Next again.</source>
        <translation>
            <numerusform>اس تاریخ کے مطابق بچے کی عمر %n سال ہے، لیکن اسے “{band}” گروپ میں گنا گیا تھا۔ براہ کرم تاریخ دیکھ لیں۔ اگر یہ درست ہے تو دوبارہ ”آگے“ دبائیں۔</numerusform>
            <numerusform>اس تاریخ کے مطابق بچے کی عمر %n سال ہے، لیکن اسے “{band}” گروپ میں گنا گیا تھا۔ براہ کرم تاریخ دیکھ لیں۔ اگر یہ درست ہے تو دوبارہ ”آگے“ دبائیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Show your pass to the camera</source>
        <translation>اپنا پاس کیمرے کو دکھائیں</translation>
    </message>
    <message>
        <source>Sorry, there is no camera here. Please go back and type your code.</source>
        <translation>معذرت، یہاں کیمرا نہیں ہے۔ براہ کرم واپس جائیں اور اپنا کوڈ لکھیں۔</translation>
    </message>
    <message>
        <source>Hold the QR code still, about a hand&apos;s width away.</source>
        <translation>کیو آر کوڈ کو تقریباً ایک ہاتھ کے فاصلے پر ساکن رکھیں۔</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>کیمرے کی تصویر</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>اپنے جوابات دیکھ لیں</translation>
    </message>
    <message>
        <source>Tap Change to put anything right.</source>
        <translation>کچھ درست کرنے کے لیے «تبدیل کریں» دبائیں۔</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>رجسٹر کریں اور آمد درج کریں</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>نام تبدیل کریں</translation>
    </message>
    <message>
        <source>Change the name of {who}</source>
        <translation>نام تبدیل کریں: {who}</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>تاریخ تبدیل کریں</translation>
    </message>
    <message>
        <source>Change the date of birth of {who}</source>
        <translation>تاریخ پیدائش تبدیل کریں: {who}</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}، پیدائش {date}</translation>
    </message>
    <message>
        <source>Please put right what is marked above, then register again.</source>
        <translation>براہ کرم اوپر نشان زدہ چیزیں درست کریں، پھر دوبارہ رجسٹر کریں۔</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Year: {value}</source>
        <translation>سال: {value}</translation>
    </message>
    <message>
        <source>Month: {value}</source>
        <translation>مہینہ: {value}</translation>
    </message>
    <message>
        <source>Day: {value}</source>
        <translation>دن: {value}</translation>
    </message>
    <message>
        <source>Later years</source>
        <translation>بعد کے سال</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>پہلے کے سال</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>سال چنیں</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>مہینہ چنیں</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>دن چنیں</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you, you&apos;re signed in</source>
        <translation>شکریہ، آپ کا اندراج ہو گیا ہے</translation>
    </message>
    <message numerus="yes">
        <source>%n people signed in. Enjoy your visit!</source>
        <translation>
            <numerusform>%n فرد کا اندراج ہو گیا۔ آپ کی آمد خوشگوار ہو!</numerusform>
            <numerusform>%n افراد کا اندراج ہو گیا۔ آپ کی آمد خوشگوار ہو!</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you, you&apos;re signed out</source>
        <translation>شکریہ، آپ کی روانگی درج ہو گئی</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>خدا حافظ، جلد ملیں گے!</translation>
    </message>
    <message>
        <source>You&apos;re not signed in at the moment</source>
        <translation>اس وقت آپ کی آمد درج نہیں ہے</translation>
    </message>
    <message>
        <source>So there is nothing to do. Thank you, and see you soon!</source>
        <translation>اس لیے کچھ کرنے کی ضرورت نہیں۔ شکریہ، جلد ملیں گے!</translation>
    </message>
    <message>
        <source>That&apos;s fine</source>
        <translation>کوئی بات نہیں</translation>
    </message>
    <message>
        <source>You&apos;re still signed in. Enjoy your visit!</source>
        <translation>آپ کی آمد اب بھی درج ہے۔ آپ کی آمد خوشگوار ہو!</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>بند ہونے پر عملہ سب کی روانگی درج کر دیتا ہے۔ خدا حافظ، جلد ملیں گے!</translation>
    </message>
    <message>
        <source>Your number for signing out:</source>
        <translation>روانگی کے اندراج کے لیے آپ کا نمبر:</translation>
    </message>
    <message>
        <source>When you leave, tap Sign out, then this number.</source>
        <translation>جاتے وقت «روانگی کا اندراج» دبائیں، پھر یہ نمبر۔</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <source>A child visiting with you today</source>
        <translation>آج آپ کے ساتھ آنے والا کوئی بچہ</translation>
    </message>
    <message>
        <source>Tap their age. No name needed.</source>
        <translation>اس کی عمر دبائیں۔ نام کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>خصوصی تعلیمی ضروریات یا معذوری ہے (SEND)</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Hello! Who is here today?</source>
        <translation>خوش آمدید! آج کون کون آیا ہے؟</translation>
    </message>
    <message>
        <source>Tap a name to untick anyone who has not come today.</source>
        <translation>جو آج نہیں آیا اس کے نام کو دبا کر نشان ہٹا دیں۔</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Add a new baby or child in our family</source>
        <translation>ہمارے خاندان کا نیا بچہ یا نومولود شامل کریں</translation>
    </message>
    <message>
        <source>Add a child visiting with us</source>
        <translation>ہمارے ساتھ آنے والا بچہ شامل کریں</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (نیا)</translation>
    </message>
    <message>
        <source>Visiting: {band}</source>
        <translation>مہمان: {band}</translation>
    </message>
    <message>
        <source>Please tick at least one person in your family.</source>
        <translation>براہ کرم اپنے خاندان میں سے کم از کم ایک فرد پر نشان لگائیں۔</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Family Hub sign-in</source>
        <translation>فیملی ہب میں اندراج</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Speak to someone</source>
        <translation>کسی سے بات کریں</translation>
    </message>
    <message>
        <source>Ask for a member of staff to come and speak to you</source>
        <translation>عملے کے کسی فرد کو بلائیں کہ آ کر آپ سے بات کرے</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>کیا آپ ابھی یہیں ہیں؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>میں یہیں ہوں</translation>
    </message>
    <message>
        <source>Family Hub logo</source>
        <translation>فیملی ہب کا لوگو</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>فیملی ہب</translation>
    </message>
    <message numerus="yes">
        <source>This screen will start again in %n second(s), to keep your details private.</source>
        <translation>
            <numerusform>آپ کی معلومات کی رازداری کے لیے یہ اسکرین %n سیکنڈ میں دوبارہ شروع ہو جائے گی۔</numerusform>
            <numerusform>آپ کی معلومات کی رازداری کے لیے یہ اسکرین %n سیکنڈ میں دوبارہ شروع ہو جائے گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>What is the new child&apos;s first name?</source>
        <translation>نئے بچے کا پہلا نام کیا ہے؟</translation>
    </message>
    <message>
        <source>We will add them to your family. Staff will check it with you.</source>
        <translation>ہم اسے آپ کے خاندان میں شامل کر دیں گے۔ عملہ آپ کے ساتھ اس کی تصدیق کرے گا۔</translation>
    </message>
    <message>
        <source>When was {name} born?</source>
        <translation>{name} کب پیدا ہوا؟</translation>
    </message>
    <message>
        <source>Child&apos;s first name ({who})</source>
        <translation>بچے کا پہلا نام ({who})</translation>
    </message>
    <message>
        <source>First name: {who}</source>
        <translation>پہلا نام: {who}</translation>
    </message>
    <message>
        <source>First names only. Nobody else will see them here.</source>
        <translation>صرف پہلے نام۔ یہاں کوئی اور انہیں نہیں دیکھے گا۔</translation>
    </message>
</context>
<context>
    <name>LeavingPage</name>
    <message>
        <source>Signing out?</source>
        <translation>جا رہے ہیں؟</translation>
    </message>
    <message>
        <source>You&apos;re signed in already. Signing out?</source>
        <translation>آپ کی آمد پہلے سے درج ہے۔ کیا آپ جا رہے ہیں؟</translation>
    </message>
    <message>
        <source>Sign out now?</source>
        <translation>ابھی روانگی درج کریں؟</translation>
    </message>
    <message>
        <source>Sign out number {number}?</source>
        <translation>نمبر {number} کی روانگی درج کریں؟</translation>
    </message>
    <message>
        <source>You arrived at {time}.</source>
        <translation>آپ {time} بجے آئے تھے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n فرد</numerusform>
            <numerusform>%n افراد</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign us out</source>
        <translation>جی ہاں، ہماری روانگی درج کریں</translation>
    </message>
    <message>
        <source>No, we&apos;re staying</source>
        <translation>نہیں، ہم رک رہے ہیں</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>نہیں، واپس</translation>
    </message>
</context>
<context>
    <name>NameKeyboard</name>
    <message>
        <source>Capital letter next</source>
        <translation>اگلا حرف بڑا</translation>
    </message>
    <message>
        <source>Small letter next</source>
        <translation>اگلا حرف چھوٹا</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Switch to Latin letters (A B C)</source>
        <translation>لاطینی حروف پر جائیں (A B C)</translation>
    </message>
    <message>
        <source>Switch to Arabic letters</source>
        <translation>عربی حروف پر جائیں</translation>
    </message>
    <message>
        <source>Switch to Urdu letters</source>
        <translation>اردو حروف پر جائیں</translation>
    </message>
    <message>
        <source>Back to letters without accents</source>
        <translation>بغیر علامات والے حروف پر واپس جائیں</translation>
    </message>
    <message>
        <source>Letters with accents (é, ñ, ü)</source>
        <translation>علامات والے حروف (é, ñ, ü)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>خط فاصل</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>اپوسٹروفی</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>خالی جگہ</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
</context>
<context>
    <name>NotBuiltYetWindow</name>
    <message>
        <source>The front desk is not built yet (hubdesk.ui.desk.desk_window is missing).</source>
        <translation>فرنٹ ڈیسک ابھی تیار نہیں (hubdesk.ui.desk.desk_window موجود نہیں)۔</translation>
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
        <translation>{band}، SEND کے ساتھ</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>تاریخ پیدائش سے بچہ شامل کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>بچے کی تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Who is here today? First, the adults</source>
        <translation>آج کون آیا ہے؟ پہلے بالغ افراد</translation>
    </message>
    <message>
        <source>Tap + for each adult. No names needed.</source>
        <translation>ہر بالغ کے لیے + دبائیں۔ نام کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>And the children and young people?</source>
        <translation>اور بچے اور نوجوان؟</translation>
    </message>
    <message>
        <source>Tap + for each child or young person. No names needed.</source>
        <translation>ہر بچے یا نوجوان کے لیے + دبائیں۔ نام کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>Of them, how many have special educational needs or a disability (SEND)?</source>
        <translation>ان میں سے کتنوں کو خصوصی تعلیمی ضروریات یا معذوری ہے (SEND)؟</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth: tap the year, then the month, then the day.</source>
        <translation>بچے کی تاریخ پیدائش: پہلے سال، پھر مہینہ، پھر دن دبائیں۔</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>دن/ماہ/سال</translation>
    </message>
    <message>
        <source>This child has SEND</source>
        <translation>اس بچے کو SEND ہے</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>بچہ شامل کریں</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
</context>
<context>
    <name>PassCardPage</name>
    <message>
        <source>You&apos;re signed in. Here is your pass</source>
        <translation>آپ کا اندراج ہو گیا۔ یہ رہا آپ کا پاس</translation>
    </message>
    <message>
        <source>Take a photo of it, or print it. Next time, just scan it.</source>
        <translation>اس کی تصویر لے لیں یا پرنٹ کر لیں۔ اگلی بار بس اسے اسکین کریں۔</translation>
    </message>
    <message>
        <source>Take a photo of it. Next time, just scan it.</source>
        <translation>اس کی تصویر لے لیں۔ اگلی بار بس اسے اسکین کریں۔</translation>
    </message>
    <message>
        <source>Your code (if the scan does not work):</source>
        <translation>آپ کا کوڈ (اگر اسکین کام نہ کرے):</translation>
    </message>
    <message>
        <source>Keep it safe: it holds no names. If you lose it, ask at the front desk.</source>
        <translation>اسے سنبھال کر رکھیں: اس میں کوئی نام نہیں۔ گم ہو جائے تو استقبالیہ پر پوچھیں۔</translation>
    </message>
    <message>
        <source>Print my pass</source>
        <translation>میرا پاس پرنٹ کریں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <source>To sign out, scan your pass, or tap Sign out and then number {number}.</source>
        <translation>روانگی درج کرنے کے لیے اپنا پاس اسکین کریں، یا «روانگی کا اندراج» اور پھر نمبر {number} دبائیں۔</translation>
    </message>
    <message>
        <source>QR code of your pass</source>
        <translation>آپ کے پاس کا کیو آر کوڈ</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds, to keep your pass private.</source>
        <translation>
            <numerusform>آپ کے پاس کی رازداری کے لیے یہ اسکرین %n سیکنڈ میں بند ہو جائے گی۔</numerusform>
            <numerusform>آپ کے پاس کی رازداری کے لیے یہ اسکرین %n سیکنڈ میں بند ہو جائے گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan this at the Family Hub kiosk, or type the code.</source>
        <translation>اسے فیملی ہب کے کیوسک پر اسکین کریں، یا کوڈ لکھیں۔</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working. Please take a photo of your pass.</source>
        <translation>معذرت، پرنٹر کام نہیں کر رہا۔ براہ کرم اپنے پاس کی تصویر لے لیں۔</translation>
    </message>
</context>
<context>
    <name>PassCodePad</name>
    <message>
        <source>Go</source>
        <translation>آگے</translation>
    </message>
</context>
<context>
    <name>PassCodePage</name>
    <message>
        <source>Type your pass code</source>
        <translation>اپنا پاس کوڈ لکھیں</translation>
    </message>
    <message>
        <source>It is printed under the QR code on your pass.</source>
        <translation>یہ آپ کے پاس پر QR کوڈ کے نیچے چھپا ہے۔</translation>
    </message>
    <message>
        <source>Your pass code</source>
        <translation>آپ کا پاس کوڈ</translation>
    </message>
    <message>
        <source>The code has only the letters and numbers on the keys.</source>
        <translation>کوڈ میں صرف وہی حروف اور ہندسے ہیں جو کلیدوں پر ہیں۔</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Please type the code from your pass.</source>
        <translation>براہ کرم اپنے پاس کا کوڈ لکھیں۔</translation>
    </message>
    <message numerus="yes">
        <source>The code is not finished: it has %n more letter(s) or number(s), the last one after the second dash.</source>
        <translation>
            <numerusform>کوڈ ابھی مکمل نہیں: %n حرف یا ہندسہ باقی ہے، آخری دوسرے ڈیش کے بعد۔</numerusform>
            <numerusform>کوڈ ابھی مکمل نہیں: %n حروف یا ہندسے باقی ہیں، آخری دوسرے ڈیش کے بعد۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassQuestionPage</name>
    <message>
        <source>Do you have a Family Hub pass?</source>
        <translation>کیا آپ کے پاس فیملی ہب پاس ہے؟</translation>
    </message>
    <message>
        <source>With a pass you can sign in your whole family in one go.</source>
        <translation>پاس کے ساتھ آپ پورے خاندان کا اندراج ایک ساتھ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>No pass, or first time here: sign in without one</source>
        <translation>پاس نہیں، یا پہلی بار آئے ہیں: پاس کے بغیر اندراج کریں</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>عملے کا PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>آخری ہندسہ مٹائیں</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>PostcodePad</name>
    <message>
        <source>Space</source>
        <translation>خالی جگہ</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>آپ کی رازداری</translation>
    </message>
    <message>
        <source>You can finish now without giving any names, or register for a pass.</source>
        <translation>آپ کوئی نام دیے بغیر ابھی ختم کر سکتے ہیں، یا پاس کے لیے رجسٹر کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Our privacy notice has changed. Please read it.</source>
        <translation>ہمارا رازداری کا نوٹس بدل گیا ہے۔ براہ کرم اسے پڑھیں۔</translation>
    </message>
    <message>
        <source>{hub} keeps a record of visits so that it can plan its groups and services.</source>
        <translation>{hub} آمد کا ریکارڈ رکھتا ہے تاکہ اپنے گروپوں اور خدمات کی منصوبہ بندی کر سکے۔</translation>
    </message>
    <message>
        <source>If you finish without registering, we count how many people came, the children&apos;s age groups, whether any have special educational needs or a disability (SEND), and why you came. If you give your postcode, we keep only the area it is in: its first half (like {district}), the council ward, the neighbourhood and how deprived that neighbourhood is. No names and no postcode are kept.</source>
        <translation>اگر آپ رجسٹر کیے بغیر ختم کریں تو ہم گنتے ہیں کہ کتنے لوگ آئے، بچوں کی عمر کے گروپ، کیا کسی کو خصوصی تعلیمی ضروریات یا معذوری ہے (SEND)، اور آپ کیوں آئے۔ اگر آپ پوسٹ کوڈ دیں تو ہم صرف اس کا علاقہ محفوظ رکھتے ہیں: اس کا پہلا حصہ (جیسے {district})، کونسل وارڈ، محلہ اور یہ کہ وہ محلہ کتنا محروم ہے۔ کوئی نام اور کوئی پوسٹ کوڈ محفوظ نہیں کیا جاتا۔</translation>
    </message>
    <message numerus="yes">
        <source>If you register, we also keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, and your full postcode, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for %n months after your last visit and then deleted.</source>
        <translation>
            <numerusform>اگر آپ رجسٹر کریں تو ہم آپ کے پہلے نام، کون کون ہے (امی، ابو ...)، بچوں کی تاریخ پیدائش اور یہ کہ انہیں SEND ہے یا نہیں، اور آپ کا پورا پوسٹ کوڈ بھی محفوظ رکھتے ہیں، تاکہ اگلی بار آپ اپنا پاس ایک بار اسکین کر کے آمد درج کر سکیں۔ انہیں صرف اسی Family Hub کا عملہ دیکھ سکتا ہے۔ انہیں آپ کی آخری آمد کے بعد %n مہینہ رکھا جاتا ہے اور پھر مٹا دیا جاتا ہے۔</numerusform>
            <numerusform>اگر آپ رجسٹر کریں تو ہم آپ کے پہلے نام، کون کون ہے (امی، ابو ...)، بچوں کی تاریخ پیدائش اور یہ کہ انہیں SEND ہے یا نہیں، اور آپ کا پورا پوسٹ کوڈ بھی محفوظ رکھتے ہیں، تاکہ اگلی بار آپ اپنا پاس ایک بار اسکین کر کے آمد درج کر سکیں۔ انہیں صرف اسی Family Hub کا عملہ دیکھ سکتا ہے۔ انہیں آپ کی آخری آمد کے بعد %n مہینے رکھا جاتا ہے اور پھر مٹا دیا جاتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>آپ کسی بھی وقت استقبالیہ پر اپنی تفصیلات دیکھنے، درست کرنے یا مٹانے کا کہہ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This Family Hub</source>
        <translation>یہ فیملی ہب</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>رازداری کا نوٹس</translation>
    </message>
    <message>
        <source>Finish without registering</source>
        <translation>رجسٹر کیے بغیر ختم کریں</translation>
    </message>
    <message>
        <source>Register and get a pass</source>
        <translation>رجسٹر کریں اور پاس حاصل کریں</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>میں متفق ہوں</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
</context>
<context>
    <name>PrivateWordPage</name>
    <message>
        <source>Thank you</source>
        <translation>شکریہ</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>ایک لمحہ</translation>
    </message>
    <message>
        <source>Please speak to a member of staff at the front desk when you are ready.</source>
        <translation>جب آپ تیار ہوں تو براہ کرم استقبالیہ پر عملے کے کسی فرد سے بات کریں۔</translation>
    </message>
    <message>
        <source>A member of staff will come and find you in {room} soon.</source>
        <translation>عملے کا کوئی فرد جلد {room} میں آپ کے پاس آئے گا۔</translation>
    </message>
    <message>
        <source>A member of staff will come and find you soon.</source>
        <translation>عملے کا کوئی فرد جلد آپ کے پاس آئے گا۔</translation>
    </message>
    <message>
        <source>Letting a member of staff know...</source>
        <translation>عملے کو بتایا جا رہا ہے...</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>Why did you come today?</source>
        <translation>آج آپ کس لیے آئے ہیں؟</translation>
    </message>
    <message>
        <source>Tap one. Today&apos;s groups are first.</source>
        <translation>ایک دبائیں۔ آج کے گروپ سب سے پہلے ہیں۔</translation>
    </message>
    <message>
        <source>{name}, {start} to {end}</source>
        <translation>{name}، {start} سے {end}</translation>
    </message>
    <message>
        <source>{session}: full</source>
        <translation>{session}: بھر چکا ہے</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>فیملی ہب پاس ہے؟ اسے اسکین کریں، یا کیو آر کے نیچے چھپا کوڈ لکھیں۔</translation>
    </message>
    <message>
        <source>Scan it, or type the code printed under the QR.</source>
        <translation>اسے اسکین کریں، یا کیو آر کے نیچے چھپا کوڈ لکھیں۔</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>پاس کوڈ</translation>
    </message>
    <message>
        <source>Scan, or tap to type</source>
        <translation>اسکین کریں یا لکھنے کے لیے دبائیں</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>اپنا کوڈ لکھیں</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>کیمرا</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>کیمرا استعمال کریں</translation>
    </message>
</context>
<context>
    <name>SignOutPage</name>
    <message>
        <source>Signing out</source>
        <translation>روانگی کا اندراج</translation>
    </message>
    <message>
        <source>Or tap the number you were given when you signed in:</source>
        <translation>یا وہ نمبر دبائیں جو آپ کو آمد درج کرتے وقت ملا تھا:</translation>
    </message>
    <message>
        <source>Leave without signing out</source>
        <translation>روانگی درج کیے بغیر جائیں</translation>
    </message>
    <message numerus="yes">
        <source>arrived {time}, %n people</source>
        <translation>
            <numerusform>آمد {time}، %n فرد</numerusform>
            <numerusform>آمد {time}، %n افراد</numerusform>
        </translation>
    </message>
    <message>
        <source>Number {number}, {detail}</source>
        <translation>نمبر {number}، {detail}</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>اس وقت اس اسکرین پر کسی کا اندراج نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff only</source>
        <translation>صرف عملے کے لیے</translation>
    </message>
    <message>
        <source>PIN accepted.</source>
        <translation>PIN قبول ہو گیا۔</translation>
    </message>
    <message>
        <source>Tap your name, then enter your PIN.</source>
        <translation>اپنا نام دبائیں، پھر اپنا PIN درج کریں۔</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>اپنا PIN درج کریں۔</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>کیوسک بند کریں</translation>
    </message>
    <message>
        <source>No staff accounts yet: set one up at the desk.</source>
        <translation>ابھی عملے کا کوئی اکاؤنٹ نہیں: ڈیسک پر بنائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>غلط PIN۔ %n کوشش باقی ہے۔</numerusform>
            <numerusform>غلط PIN۔ %n کوششیں باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>بہت زیادہ غلط PIN۔ براہ کرم بعد میں کوشش کریں۔</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>یہ کام نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>One fewer: {what}</source>
        <translation>ایک کم: {what}</translation>
    </message>
    <message>
        <source>One more: {what}</source>
        <translation>ایک اور: {what}</translation>
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
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>Please sign in when you arrive, and sign out when you leave.</source>
        <translation>براہ کرم آتے وقت اندراج کریں اور جاتے وقت روانگی درج کریں۔</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>آمد کا اندراج</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>روانگی کا اندراج</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>بڑا متن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Here to Help: advice and support</source>
        <translation>Here to Help: مشورہ اور مدد</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>ہیلتھ وزیٹر یا کلینک</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>اپائنٹمنٹ (طے شدہ ملاقات)</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>بس ملنے آئے ہیں</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>کچھ اور</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>امی</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>ابو</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>نگہداشت کرنے والا</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>دادا، دادی، نانا یا نانی</translation>
    </message>
    <message>
        <source>Another adult</source>
        <translation>کوئی اور بالغ</translation>
    </message>
    <message>
        <source>Babies, under 2</source>
        <translation>شیرخوار، 2 سال سے کم</translation>
    </message>
    <message>
        <source>Aged 2 to 4</source>
        <translation>2 سے 4 سال</translation>
    </message>
    <message>
        <source>Aged 5 to 11</source>
        <translation>5 سے 11 سال</translation>
    </message>
    <message>
        <source>Aged 12 to 16</source>
        <translation>12 سے 16 سال</translation>
    </message>
    <message>
        <source>Aged 17 to 19</source>
        <translation>17 سے 19 سال</translation>
    </message>
    <message>
        <source>Aged 20 to 25 with SEND</source>
        <translation>20 سے 25 سال، SEND کے ساتھ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>پاس</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>کون آیا ہے</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>بالغ افراد</translation>
    </message>
    <message>
        <source>Why you came</source>
        <translation>آنے کی وجہ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>سرگرمی</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>رازداری کا نوٹس</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>براہ کرم یہ پُر کریں۔</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>یہ بہت لمبا ہے۔ براہ کرم مختصر کریں۔</translation>
    </message>
    <message>
        <source>Please use letters.</source>
        <translation>براہ کرم حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>This has a character we cannot use.</source>
        <translation>اس میں ایک ایسا حرف ہے جو ہم استعمال نہیں کر سکتے۔</translation>
    </message>
    <message>
        <source>Please keep this on one line.</source>
        <translation>براہ کرم اسے ایک سطر میں رکھیں۔</translation>
    </message>
    <message>
        <source>This does not look like a UK postcode. Check it, or leave it empty.</source>
        <translation>یہ برطانیہ کا پوسٹ کوڈ نہیں لگتا۔ اسے چیک کریں، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Please write the date as day/month/year.</source>
        <translation>براہ کرم تاریخ دن/مہینہ/سال کی صورت میں لکھیں۔</translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day and the month.</source>
        <translation>یہ تاریخ موجود نہیں۔ براہ کرم دن اور مہینہ دیکھ لیں۔</translation>
    </message>
    <message>
        <source>Please choose the date of birth.</source>
        <translation>براہ کرم تاریخ پیدائش چنیں۔</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>یہ تاریخ مستقبل کی ہے۔</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>فیملی ہب 25 سال تک کے بچوں اور نوجوانوں کے لیے ہیں۔</translation>
    </message>
    <message>
        <source>Over 19 is for young people with special educational needs or a disability (SEND): tick SEND if this applies.</source>
        <translation>19 سال سے زیادہ عمر صرف ان نوجوانوں کے لیے ہے جنہیں خصوصی تعلیمی ضروریات یا معذوری ہے (SEND): اگر ایسا ہے تو SEND پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Sorry, this session is full. Please choose another reason, or ask at the front desk.</source>
        <translation>معذرت، یہ سیشن بھر چکا ہے۔ براہ کرم کوئی اور وجہ چنیں، یا استقبالیہ پر پوچھیں۔</translation>
    </message>
    <message>
        <source>{band} (SEND)</source>
        <translation>{band} (SEND)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Please add at least one person.</source>
        <translation>براہ کرم کم از کم ایک فرد شامل کریں۔</translation>
    </message>
    <message>
        <source>We don&apos;t recognise this pass. Please ask at the front desk.</source>
        <translation>ہم اس پاس کو نہیں پہچانتے۔ براہ کرم استقبالیہ پر پوچھیں۔</translation>
    </message>
    <message>
        <source>This pass has been replaced. Please ask at the front desk for a new one.</source>
        <translation>یہ پاس بدل دیا گیا ہے۔ براہ کرم نئے پاس کے لیے استقبالیہ پر پوچھیں۔</translation>
    </message>
    <message>
        <source>This is not a Family Hub pass.</source>
        <translation>یہ فیملی ہب پاس نہیں ہے۔</translation>
    </message>
    <message>
        <source>The pass could not be read. Please try again.</source>
        <translation>پاس پڑھا نہیں جا سکا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The code has a typo. Please check each letter and number.</source>
        <translation>کوڈ میں غلطی ہے۔ براہ کرم ہر حرف اور ہندسہ چیک کریں۔</translation>
    </message>
    <message>
        <source>That number is too big.</source>
        <translation>یہ عدد بہت بڑا ہے۔</translation>
    </message>
    <message>
        <source>Please tick who is here today.</source>
        <translation>براہ کرم نشان لگائیں کہ آج کون آیا ہے۔</translation>
    </message>
    <message>
        <source>You are signed in here already today.</source>
        <translation>آج یہاں آپ کی آمد پہلے سے درج ہے۔</translation>
    </message>
    <message>
        <source>Please choose one of the rooms shown.</source>
        <translation>براہ کرم دکھائے گئے کمروں میں سے ایک چنیں۔</translation>
    </message>
    <message>
        <source>Sorry, this screen is very busy. Please ask at the desk.</source>
        <translation>معذرت، یہ اسکرین بہت مصروف ہے۔ براہ کرم استقبالیہ پر پوچھیں۔</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>معذرت، کچھ غلط ہو گیا۔ براہ کرم استقبالیہ پر پوچھیں۔</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
</TS>
