<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Agreed to version {v} on {when}, recorded at the desk by {name}.</source>
        <translation>{when} کو ورژن {v} سے اتفاق کیا، ڈیسک پر {name} نے درج کیا۔</translation>
    </message>
    <message>
        <source>Agreed to version {v} on {when}.</source>
        <translation>{when} کو ورژن {v} سے اتفاق کیا۔</translation>
    </message>
    <message>
        <source>Has not agreed to the privacy notice (version {version}).</source>
        <translation>رازداری کے نوٹس (ورژن {version}) سے اتفاق نہیں کیا۔</translation>
    </message>
    <message>
        <source>The notice has changed since (now version {version}).</source>
        <translation>اس کے بعد نوٹس بدل چکا ہے (اب ورژن {version})۔</translation>
    </message>
    <message>
        <source>This Family Hub keeps a record of visits so that it can plan its groups and services.</source>
        <translation>یہ Family Hub آمد کا ریکارڈ رکھتا ہے تاکہ اپنے گروپوں اور خدمات کی منصوبہ بندی کر سکے۔</translation>
    </message>
    <message>
        <source>If you register, we keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, your full postcode and, if you give them, a phone number or email and an expected baby&apos;s due date. Only staff at this Family Hub can see them. They are kept for the hub&apos;s retention period after your last visit and then deleted.</source>
        <translation>اگر آپ رجسٹر کریں تو ہم آپ کے پہلے نام، کون کون ہے (امی، ابو ...)، بچوں کی تاریخ پیدائش اور یہ کہ انہیں SEND ہے یا نہیں، آپ کا پورا پوسٹ کوڈ اور، اگر آپ دیں تو، فون نمبر یا ای میل اور آنے والے بچے کی متوقع تاریخ پیدائش محفوظ رکھتے ہیں۔ انہیں صرف اسی Family Hub کا عملہ دیکھ سکتا ہے۔ انہیں آپ کی آخری آمد کے بعد ہب کی مقررہ مدت تک رکھا جاتا ہے اور پھر مٹا دیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>آپ کسی بھی وقت استقبالیہ پر اپنی تفصیلات دیکھنے، درست کرنے یا مٹانے کا کہہ سکتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n months, so everything before {cutoff} was due.</source>
        <translation>
            <numerusform>%n مہینہ رکھا جاتا ہے، اس لیے {cutoff} سے پہلے کا سب کچھ مٹانے کا وقت آ چکا تھا۔</numerusform>
            <numerusform>%n مہینے رکھا جاتا ہے، اس لیے {cutoff} سے پہلے کا سب کچھ مٹانے کا وقت آ چکا تھا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Families erased: {families} (%n people).</source>
        <translation>
            <numerusform>مٹائے گئے خاندان: {families} (%n فرد)۔</numerusform>
            <numerusform>مٹائے گئے خاندان: {families} (%n افراد)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits&apos; names cleared: {visits}. Notes of contacts with no family cleared: {contacts}. Former staff names removed: {staff}. Old backups deleted: {backups}. Synced outbox events deleted: {sent}.</source>
        <translation>دوروں سے نام ہٹائے گئے: {visits}۔ بغیر خاندان والے رابطوں کے نوٹس ہٹائے گئے: {contacts}۔ سابق عملے کے نام ہٹائے گئے: {staff}۔ پرانے بیک اپ مٹائے گئے: {backups}۔ سنک شدہ آؤٹ باکس ایونٹس مٹائے گئے: {sent}۔</translation>
    </message>
</context>
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
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>عملے کے اکاؤنٹ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>عملے کا فرد شامل کریں</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 سے 12 ہندسے)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیر فعال کریں</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>عملے کا فرد شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>غیر فعال کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>AdminWizardPage</name>
    <message>
        <source>First administrator</source>
        <translation>پہلا منتظم</translation>
    </message>
    <message>
        <source>The first staff member is this hub&apos;s administrator: they add the other staff. Staff sign in to hubdesk with a PIN of 4 to 12 digits.</source>
        <translation>عملے کا پہلا فرد اس ہب کا منتظم ہوتا ہے: وہی باقی عملے کو شامل کرتا ہے۔ عملہ 4 سے 12 ہندسوں کے PIN سے hubdesk میں لاگ اِن کرتا ہے۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN دوبارہ</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>دونوں PIN ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>AlertBar</name>
    <message>
        <source>Seen</source>
        <translation>دیکھ لیا</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word: they will be in {room} ({when}).</source>
        <translation>{where} پر کسی کو علیحدگی میں بات کرنی ہے: {room} میں ملیں گے ({when})۔</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word ({when}).</source>
        <translation>{where} پر کسی کو علیحدگی میں بات کرنی ہے ({when})۔</translation>
    </message>
    <message numerus="yes">
        <source>(%n requests)</source>
        <translation>
            <numerusform>(%n درخواست)</numerusform>
            <numerusform>(%n درخواستیں)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasCard</name>
    <message>
        <source>Areas for reports</source>
        <translation>رپورٹوں کے لیے علاقے</translation>
    </message>
    <message>
        <source>Load postcode lookup…</source>
        <translation>پوسٹ کوڈ لُک اپ لوڈ کریں…</translation>
    </message>
    <message>
        <source>Reach area: the postcode districts the council&apos;s map gives this hub, separated by spaces or commas (for example NE61, NE62).</source>
        <translation>رسائی کا علاقہ: وہ پوسٹ کوڈ ڈسٹرکٹ جو کونسل کے نقشے میں اس ہب کو دیے گئے ہیں، خالی جگہ یا کوما سے الگ کر کے (مثلاً NE61, NE62)۔</translation>
    </message>
    <message>
        <source>Reach area postcode districts</source>
        <translation>رسائی کے علاقے کے پوسٹ کوڈ ڈسٹرکٹ</translation>
    </message>
    <message>
        <source>Save reach area</source>
        <translation>رسائی کا علاقہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Reach area</source>
        <translation>رسائی کا علاقہ</translation>
    </message>
    <message>
        <source>Lookup file</source>
        <translation>لُک اپ فائل</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation decile.</source>
        <translation>
            <numerusform>لُک اپ میں پوسٹ کوڈ: %n۔ دورے وارڈ، LSOA اور محرومی کے ڈیسائل کے لحاظ سے گنے جاتے ہیں۔</numerusform>
            <numerusform>لُک اپ میں پوسٹ کوڈ: %n۔ دورے وارڈ، LSOA اور محرومی کے ڈیسائل کے لحاظ سے گنے جاتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No postcode lookup is loaded: reports cannot count visits by ward, LSOA or deprivation decile. Load the council&apos;s lookup (a CSV from the ONS Postcode Directory).</source>
        <translation>کوئی پوسٹ کوڈ لُک اپ لوڈ نہیں ہے: رپورٹیں دوروں کو وارڈ، LSOA یا محرومی کے ڈیسائل کے لحاظ سے نہیں گن سکتیں۔ کونسل کا لُک اپ لوڈ کریں (ONS Postcode Directory کی ایک CSV فائل)۔</translation>
    </message>
    <message>
        <source>Choose the postcode lookup</source>
        <translation>پوسٹ کوڈ لُک اپ چنیں</translation>
    </message>
    <message>
        <source>Loading the postcode lookup…</source>
        <translation>پوسٹ کوڈ لُک اپ لوڈ ہو رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes loaded: %n.</source>
        <translation>
            <numerusform>لوڈ شدہ پوسٹ کوڈ: %n۔</numerusform>
            <numerusform>لوڈ شدہ پوسٹ کوڈ: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines skipped (not a postcode or an area code): %n (line {lines}).</source>
        <translation>
            <numerusform>چھوڑی گئی سطریں (پوسٹ کوڈ یا علاقے کا کوڈ نہیں): %n (سطر {lines})۔</numerusform>
            <numerusform>چھوڑی گئی سطریں (پوسٹ کوڈ یا علاقے کا کوڈ نہیں): %n (سطریں {lines})۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode lookup is loaded.</source>
        <translation>پوسٹ کوڈ لُک اپ لوڈ ہو گیا۔</translation>
    </message>
    <message>
        <source>Reach area saved: {districts}.</source>
        <translation>رسائی کا علاقہ محفوظ ہو گیا: {districts}۔</translation>
    </message>
    <message>
        <source>Reach area cleared.</source>
        <translation>رسائی کا علاقہ صاف کر دیا گیا۔</translation>
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
    <name>BabyPanel</name>
    <message>
        <source>Start for Life support begins before birth. An expected baby is not counted as a child in any figure until you record the birth.</source>
        <translation>Start for Life کی مدد پیدائش سے پہلے شروع ہو جاتی ہے۔ آنے والا بچہ کسی بھی عدد میں بچے کے طور پر نہیں گنا جاتا جب تک آپ اس کی پیدائش درج نہ کریں۔</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>متوقع تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Save due date</source>
        <translation>متوقع تاریخ محفوظ کریں</translation>
    </message>
    <message>
        <source>No longer expected</source>
        <translation>اب متوقع نہیں</translation>
    </message>
    <message>
        <source>The baby is born</source>
        <translation>بچہ پیدا ہو گیا ہے</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Record the birth</source>
        <translation>پیدائش درج کریں</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>خاندان پر واپس</translation>
    </message>
    <message>
        <source>Expected baby: {family}</source>
        <translation>آنے والا بچہ: {family}</translation>
    </message>
    <message>
        <source>Baby due {day}.</source>
        <translation>بچے کی متوقع پیدائش: {day}۔</translation>
    </message>
    <message>
        <source>No baby expected now.</source>
        <translation>اس وقت کوئی بچہ متوقع نہیں۔</translation>
    </message>
    <message>
        <source>{name} added to the family.</source>
        <translation>{name} کو خاندان میں شامل کر دیا گیا۔</translation>
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
    <name>BoardPack</name>
    <message>
        <source>Monthly board pack</source>
        <translation>ماہانہ بورڈ رپورٹ</translation>
    </message>
    <message>
        <source>The scrutiny boards&apos; questions, answered</source>
        <translation>جائزہ بورڈوں کے سوالات اور ان کے جوابات</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>یہ مدت</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>کس نے پوچھا</translation>
    </message>
    <message>
        <source>Asked, but not measured by hubdesk</source>
        <translation>پوچھا گیا، لیکن hubdesk اس کی پیمائش نہیں کرتا</translation>
    </message>
    <message>
        <source>The figures behind the answers</source>
        <translation>جوابات کے پیچھے اعداد و شمار</translation>
    </message>
    <message>
        <source>Exact figures, for use inside the hub.</source>
        <translation>درست اعداد، صرف ہب کے اندر استعمال کے لیے۔</translation>
    </message>
    <message>
        <source>For sharing: every figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so figures may not add up exactly.</source>
        <translation>شیئر کرنے کے لیے: ہر عدد کو 5 کے مضرب تک گول کیا جاتا ہے اور جو عدد 0 تک گول ہو وہ &quot;&lt;5&quot; دکھایا جاتا ہے، اس لیے ممکن ہے کہ اعداد کا میزان بالکل پورا نہ بنے۔</translation>
    </message>
    <message>
        <source>Made {when}. Days are UK local days. Definitions: docs/measures.md.</source>
        <translation>تیار کردہ: {when}۔ دن برطانیہ کے مقامی دن ہیں۔ تعریفیں: docs/measures.md</translation>
    </message>
    <message>
        <source>{visits} visits; {people} people ({adults} adults, {children} children).</source>
        <translation>{visits} دورے؛ {people} افراد ({adults} بالغ، {children} بچے)۔</translation>
    </message>
    <message>
        <source>{families} families reached: {new} new, {returning} returning; {children} children reached.</source>
        <translation>{families} خاندانوں تک رسائی: {new} نئے، {returning} دوبارہ آنے والے؛ {children} بچوں تک رسائی۔</translation>
    </message>
    <message>
        <source>{n} families came more than once (re-attendance {rate}).</source>
        <translation>{n} خاندان ایک سے زیادہ بار آئے (دوبارہ آمد کی شرح {rate})۔</translation>
    </message>
    <message>
        <source>Attendances by age: {bands}.</source>
        <translation>عمر کے لحاظ سے حاضریاں: {bands}۔</translation>
    </message>
    <message>
        <source>{n} attendances by 17-19 year olds; {m} by 12-16 year olds.</source>
        <translation>17-19 سال کے نوجوانوں کی {n} حاضریاں؛ 12-16 سال والوں کی {m}۔</translation>
    </message>
    <message>
        <source>{n} attendances by 20-25 year olds with SEND; {m} by children with SEND in all.</source>
        <translation>SEND والے 20-25 سال کے نوجوانوں کی {n} حاضریاں؛ مجموعی طور پر SEND والے بچوں کی {m}۔</translation>
    </message>
    <message>
        <source>{n} fathers and male carers came; {m} families reached came with a father or male carer.</source>
        <translation>{n} والد اور مرد نگہداشت کنندگان آئے؛ رسائی والے {m} خاندان والد یا مرد نگہداشت کنندہ کے ساتھ آئے۔</translation>
    </message>
    <message>
        <source>{n} visits from outside the reach area ({share} of visits with a district).</source>
        <translation>رسائی کے علاقے کے باہر سے {n} دورے (ڈسٹرکٹ والے دوروں کا {share})۔</translation>
    </message>
    <message>
        <source>{n} visits from the most deprived 20% of areas (deciles 1 and 2).</source>
        <translation>سب سے زیادہ محروم 20% علاقوں سے {n} دورے (ڈیسائل 1 اور 2)۔</translation>
    </message>
    <message>
        <source>Visits by site: {sites}.</source>
        <translation>مقام کے لحاظ سے دورے: {sites}۔</translation>
    </message>
    <message>
        <source>{n} Here to Help contacts; most asked about: {needs}; {ehr} early help requests raised.</source>
        <translation>{n} Here to Help رابطے؛ سب سے زیادہ پوچھا گیا: {needs}؛ ابتدائی مدد کی {ehr} درخواستیں کی گئیں۔</translation>
    </message>
    <message>
        <source>{due} follow-ups due: {on_time} done on time, {late} late, {overdue} overdue.</source>
        <translation>{due} فالو اپ واجب تھے: {on_time} وقت پر مکمل، {late} تاخیر سے مکمل، {overdue} کی مدت گزر چکی۔</translation>
    </message>
    <message>
        <source>{n} programmes, {sessions} sessions held; the busiest: {top}.</source>
        <translation>{n} پروگرام، {sessions} سیشن منعقد ہوئے؛ سب سے مصروف: {top}۔</translation>
    </message>
    <message>
        <source>No timetabled sessions in this period.</source>
        <translation>اس مدت میں کوئی طے شدہ سیشن نہیں۔</translation>
    </message>
    <message>
        <source>{n} answers to &quot;how was today?&quot;: {happy} good or very good ({share}) of {rated} with a face.</source>
        <translation>&quot;آج کیسا رہا؟&quot; کے {n} جوابات: {rated} میں سے {happy} اچھا یا بہت اچھا ({share})۔</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; (version {version}): yes {yes} of {answered}.</source>
        <translation>&quot;{question}&quot; (ورژن {version}): {answered} میں سے {yes} نے ہاں کہا۔</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Coventry scrutiny board</source>
        <translation>کوونٹری جائزہ بورڈ</translation>
    </message>
    <message>
        <source>Northumberland</source>
        <translation>نارتھمبرلینڈ</translation>
    </message>
    <message>
        <source>Staffordshire scrutiny committee</source>
        <translation>اسٹیفورڈشائر جائزہ کمیٹی</translation>
    </message>
    <message>
        <source>Bradford</source>
        <translation>بریڈفورڈ</translation>
    </message>
    <message>
        <source>How many people come to the hub (footfall)?</source>
        <translation>ہب میں کتنے لوگ آتے ہیں (آمد و رفت)؟</translation>
    </message>
    <message>
        <source>How many children, young people and families does the hub reach, and how many are new?</source>
        <translation>ہب کتنے بچوں، نوجوانوں اور خاندانوں تک پہنچتا ہے، اور ان میں سے کتنے نئے ہیں؟</translation>
    </message>
    <message>
        <source>Do families come back? (re-attendance; hubdesk does not record re-referrals)</source>
        <translation>کیا خاندان دوبارہ آتے ہیں؟ (دوبارہ آمد؛ hubdesk دوبارہ ریفرلز درج نہیں کرتا)</translation>
    </message>
    <message>
        <source>What ages are the children? Is the 0-2 and 0-5 work (Start for Life) kept up?</source>
        <translation>بچوں کی عمریں کیا ہیں؟ کیا 0-2 اور 0-5 سال والا کام (Start for Life) جاری ہے؟</translation>
    </message>
    <message>
        <source>Are young people over 16 supported?</source>
        <translation>کیا 16 سال سے بڑے نوجوانوں کی مدد ہوتی ہے؟</translation>
    </message>
    <message>
        <source>Are young people aged 19-25 with SEND reached?</source>
        <translation>کیا SEND والے 19-25 سال کے نوجوانوں تک رسائی ہوتی ہے؟</translation>
    </message>
    <message>
        <source>Are fathers engaged?</source>
        <translation>کیا والد شامل ہوتے ہیں؟</translation>
    </message>
    <message>
        <source>Do people use the hub the map allocates to them, or travel to another?</source>
        <translation>کیا لوگ نقشے کے مطابق اپنے لیے مختص ہب استعمال کرتے ہیں، یا کسی اور ہب جاتے ہیں؟</translation>
    </message>
    <message>
        <source>Does the hub reach the most deprived areas?</source>
        <translation>کیا ہب سب سے زیادہ محروم علاقوں تک پہنچتا ہے؟</translation>
    </message>
    <message>
        <source>How much happens at outreach points and spokes in the community?</source>
        <translation>کمیونٹی میں آؤٹ ریچ مقامات اور ذیلی مراکز پر کتنا کام ہوتا ہے؟</translation>
    </message>
    <message>
        <source>What do people ask Here to Help for, and how many requests for early help?</source>
        <translation>لوگ Here to Help سے کیا مدد مانگتے ہیں، اور ابتدائی مدد کی کتنی درخواستیں آتی ہیں؟</translation>
    </message>
    <message>
        <source>Is the help given on time? (follow-ups, for the performance framework)</source>
        <translation>کیا مدد وقت پر دی جاتی ہے؟ (فالو اپ، کارکردگی کے فریم ورک کے لیے)</translation>
    </message>
    <message>
        <source>Which groups run, and who comes to them?</source>
        <translation>کون سے گروپ چلتے ہیں، اور ان میں کون آتا ہے؟</translation>
    </message>
    <message>
        <source>What do families say about the hub? (family voice and experience)</source>
        <translation>خاندان ہب کے بارے میں کیا کہتے ہیں؟ (خاندانوں کی آواز اور تجربہ)</translation>
    </message>
    <message>
        <source>Are staff confident working with every age range?</source>
        <translation>کیا عملہ ہر عمر کے گروپ کے ساتھ کام کرنے میں پُراعتماد ہے؟</translation>
    </message>
    <message>
        <source>Do families keep the same support worker? Are staff retained?</source>
        <translation>کیا خاندانوں کا سپورٹ ورکر وہی رہتا ہے؟ کیا عملہ برقرار رہتا ہے؟</translation>
    </message>
    <message>
        <source>What is the impact on social work caseloads, compared with before?</source>
        <translation>پہلے کے مقابلے میں سوشل ورک کے کیسوں کے بوجھ پر کیا اثر پڑا ہے؟</translation>
    </message>
    <message>
        <source>What difference did the help make to families (outcomes, case studies)?</source>
        <translation>مدد سے خاندانوں کی زندگی میں کیا فرق آیا (نتائج، کیس اسٹڈیز)؟</translation>
    </message>
    <message>
        <source>How is public sector estate shared with health and other services?</source>
        <translation>سرکاری شعبے کی عمارتیں صحت اور دیگر خدمات کے ساتھ کیسے مشترکہ استعمال ہوتی ہیں؟</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>What&apos;s on here, on your phone</source>
        <translation>یہاں کیا ہو رہا ہے، آپ کے فون پر</translation>
    </message>
    <message>
        <source>Follow our timetable in your phone&apos;s calendar.</source>
        <translation>ہمارا ٹائم ٹیبل اپنے فون کے کیلنڈر میں دیکھیں۔</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. اپنے فون کا کیمرا کھولیں۔</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. اسے کوڈ کی طرف کریں۔</translation>
    </message>
    <message>
        <source>3. Tap Subscribe or Add to calendar.</source>
        <translation>3. سبسکرائب یا کیلنڈر میں شامل کریں پر ٹیپ کریں۔</translation>
    </message>
    <message>
        <source>Our sessions then show in your calendar, and so do changes and cancellations. Nothing about you is shared.</source>
        <translation>پھر ہمارے سیشن آپ کے کیلنڈر میں نظر آئیں گے، اور تبدیلیاں اور منسوخیاں بھی۔ آپ کے بارے میں کچھ شیئر نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>QR code of our timetable</source>
        <translation>ہمارے ٹائم ٹیبل کا QR کوڈ</translation>
    </message>
</context>
<context>
    <name>CallerPrivacyPanel</name>
    <message>
        <source>Subject access and erasure for this caller:</source>
        <translation>اس کال کرنے والے کے لیے ڈیٹا تک رسائی اور مٹانا:</translation>
    </message>
    <message>
        <source>Export everything held about this caller</source>
        <translation>اس کال کرنے والے کے بارے میں محفوظ سب کچھ ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>Erase this caller</source>
        <translation>اس کال کرنے والے کا ڈیٹا مٹائیں</translation>
    </message>
    <message>
        <source>Their contacts are saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to them another way than the file (read it out, or write it down).</source>
        <translation>ان کے رابطے ایک PDF کے طور پر محفوظ ہوتے ہیں جسے کسی بھی PDF ریڈر میں کھولا جا سکتا ہے، ایک پاس ورڈ کے ساتھ جو اسی کے لیے بنایا گیا ہے۔ پاس ورڈ یہاں صرف ایک بار دکھایا جاتا ہے: اسے فائل سے الگ طریقے سے دیں (پڑھ کر سنائیں یا لکھ کر دیں)۔</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>کال کرنے والے کی PDF کا پاس ورڈ (فائل سے الگ دیں؛ یہ کہیں محفوظ نہیں ہوتا):</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF</source>
        <translation>کال کرنے والے کی PDF کا پاس ورڈ</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>ایکسپورٹ محفوظ کرنے کے لیے فولڈر چنیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n contact(s)). Give the caller the password below separately.</source>
        <translation>
            <numerusform>{path} محفوظ ہو گئی (%n رابطہ)۔ نیچے دیا گیا پاس ورڈ کال کرنے والے کو الگ سے دیں۔</numerusform>
            <numerusform>{path} محفوظ ہو گئی (%n رابطے)۔ نیچے دیا گیا پاس ورڈ کال کرنے والے کو الگ سے دیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name and number, the notes and who they were referred to go from every contact with this number; the needs stay, for the counts. This cannot be undone.</source>
        <translation>“{caller}” کو مٹائیں؟ نام اور نمبر، نوٹس اور جہاں انہیں بھیجا گیا، اس نمبر والے ہر رابطے سے ہٹ جائیں گے؛ ضروریات گنتی کے لیے رہیں گی۔ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name, any number given with it, the notes and who they were referred to go from every contact with this name; the needs stay, for the counts. This cannot be undone.</source>
        <translation>“{caller}” کو مٹائیں؟ نام، اس کے ساتھ دیا گیا کوئی بھی نمبر، نوٹس اور جہاں انہیں بھیجا گیا، اس نام والے ہر رابطے سے ہٹ جائیں گے؛ ضروریات گنتی کے لیے رہیں گی۔ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Yes, erase this caller</source>
        <translation>جی ہاں، اس کال کرنے والے کا ڈیٹا مٹائیں</translation>
    </message>
    <message numerus="yes">
        <source>The caller&apos;s name and number are erased from %n contact(s).</source>
        <translation>
            <numerusform>کال کرنے والے کا نام اور نمبر %n رابطے سے مٹا دیا گیا۔</numerusform>
            <numerusform>کال کرنے والے کا نام اور نمبر %n رابطوں سے مٹا دیا گیا۔</numerusform>
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
    <name>ConfirmBar</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Read the notice with the family, or give them the printed copy.</source>
        <translation>خاندان کے ساتھ نوٹس پڑھیں، یا انہیں چھپی ہوئی کاپی دیں۔</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>رازداری کا نوٹس</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>خاندان پر واپس</translation>
    </message>
    <message>
        <source>The family has read it and agrees</source>
        <translation>خاندان نے اسے پڑھ لیا ہے اور متفق ہے</translation>
    </message>
    <message>
        <source>Privacy notice, version {version}: {family}</source>
        <translation>رازداری کا نوٹس، ورژن {version}: {family}</translation>
    </message>
    <message>
        <source>Consent to privacy notice version {version} recorded by {name}.</source>
        <translation>رازداری کے نوٹس ورژن {version} پر رضامندی {name} نے درج کی۔</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>How</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>کیا کیا گیا</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>ریفر کیا گیا</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>رہنمائی کی گئی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>صرف شدہ منٹ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>فالو اپ کس کے ذمے ہے</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>کالر کا نام</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>واپس کال کرنے کا نمبر</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>درستیاں محفوظ کریں</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>فالو اپ مکمل درج کریں</translation>
    </message>
    <message>
        <source>Back to follow-ups</source>
        <translation>فالو اپ کی فہرست پر واپس</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>ذریعہ:</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>صرف شدہ منٹ:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>ضروریات:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>کیا کیا گیا:</translation>
    </message>
    <message>
        <source>Follow-up date:</source>
        <translation>فالو اپ کی تاریخ:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>نوٹس:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>What happened to this contact</source>
        <translation>اس رابطے کے ساتھ کیا ہوا</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <source>(former staff)</source>
        <translation>(سابق عملہ)</translation>
    </message>
    <message>
        <source>{how} on {day} at {time}, logged by {who}</source>
        <translation>{how}، {day} کو {time} بجے، درج کنندہ: {who}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(نامعلوم)</translation>
    </message>
    <message>
        <source>Family: {name}</source>
        <translation>خاندان: {name}</translation>
    </message>
    <message>
        <source>Not registered: caller&apos;s details below</source>
        <translation>رجسٹرڈ نہیں: کالر کی تفصیلات نیچے ہیں</translation>
    </message>
    <message>
        <source>No family: not registered</source>
        <translation>کوئی خاندان نہیں: رجسٹرڈ نہیں</translation>
    </message>
    <message>
        <source>Follow-up done on {day}.</source>
        <translation>فالو اپ {day} کو مکمل ہوا۔</translation>
    </message>
    <message>
        <source>{when}: {who} logged it</source>
        <translation>{when}: {who} نے درج کیا</translation>
    </message>
    <message>
        <source>{when}: {who} corrected {fields}</source>
        <translation>{when}: {who} نے {fields} درست کیا</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to {name}</source>
        <translation>{when}: {who} نے فالو اپ {name} کو دیا</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to no one</source>
        <translation>{when}: {who} نے فالو اپ کسی کو نہیں دیا</translation>
    </message>
    <message>
        <source>{when}: {who} marked the follow-up done</source>
        <translation>{when}: {who} نے فالو اپ مکمل درج کیا</translation>
    </message>
    <message>
        <source>{when}: {who} changed it</source>
        <translation>{when}: {who} نے اسے تبدیل کیا</translation>
    </message>
    <message>
        <source>Nothing to correct: it is as it was.</source>
        <translation>درست کرنے کو کچھ نہیں: سب پہلے جیسا ہے۔</translation>
    </message>
    <message>
        <source>Corrected: {fields}.</source>
        <translation>درست کیا گیا: {fields}۔</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>فالو اپ مکمل ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>دن/ماہ/سال</translation>
    </message>
    <message>
        <source>Choose the {field} on a calendar</source>
        <translation>کیلنڈر پر {field} چنیں</translation>
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
    <name>DeskPage</name>
    <message>
        <source>Undo</source>
        <translation>واپس لیں</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>hubdesk: front desk</source>
        <translation>hubdesk: استقبالیہ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>لاک کریں</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>کام جاری ہے</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ابھی سنک کریں</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>آپ کے کردار میں اس کی اجازت نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n قرنطینہ میں</numerusform>
            <numerusform>%n قرنطینہ میں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceWizardPage</name>
    <message>
        <source>This device</source>
        <translation>یہ ڈیوائس</translation>
    </message>
    <message>
        <source>What will this PC be used for?</source>
        <translation>یہ کمپیوٹر کس کام کے لیے استعمال ہوگا؟</translation>
    </message>
    <message>
        <source>Sign-in kiosk: the touch screen families use</source>
        <translation>اندراج کیوسک: وہ ٹچ اسکرین جو خاندان استعمال کرتے ہیں</translation>
    </message>
    <message>
        <source>Front desk: reception staff</source>
        <translation>استقبالیہ: استقبالیہ کا عملہ</translation>
    </message>
    <message>
        <source>Outreach laptop: taken to community venues</source>
        <translation>آؤٹ ریچ لیپ ٹاپ: کمیونٹی مقامات پر لے جایا جاتا ہے</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>ڈیوائس کا نام</translation>
    </message>
    <message>
        <source>e.g. Entrance kiosk, Reception 1</source>
        <translation>مثلاً داخلی کیوسک، استقبالیہ 1</translation>
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
    <name>DoneWizardPage</name>
    <message>
        <source>Ready</source>
        <translation>تیار</translation>
    </message>
    <message>
        <source>the sign-in kiosk</source>
        <translation>اندراج کیوسک</translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation>ایک استقبالیہ</translation>
    </message>
    <message>
        <source>an outreach laptop</source>
        <translation>ایک آؤٹ ریچ لیپ ٹاپ</translation>
    </message>
    <message>
        <source>This PC is now %1 of %2.</source>
        <translation>یہ کمپیوٹر اب %2 کا %1 ہے۔</translation>
    </message>
    <message>
        <source>Finish opens the kiosk.</source>
        <translation>«ختم کریں» دبانے پر کیوسک کھل جائے گا۔</translation>
    </message>
    <message>
        <source>Finish opens the front desk: sign in with your name and PIN.</source>
        <translation>«ختم کریں» دبانے پر استقبالیہ کھل جائے گا: اپنے نام اور PIN سے لاگ اِن کریں۔</translation>
    </message>
    <message>
        <source>Its settings were saved in %1.</source>
        <translation>اس کی ترتیبات %1 میں محفوظ کی گئیں۔</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Likely duplicates</source>
        <translation>ممکنہ دہرے ریکارڈ</translation>
    </message>
    <message>
        <source>Record 1</source>
        <translation>ریکارڈ 1</translation>
    </message>
    <message>
        <source>Record 2</source>
        <translation>ریکارڈ 2</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>یہ ایک جیسے کیوں لگتے ہیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>ایک ہی خاندان نہیں</translation>
    </message>
    <message>
        <source>Open side by side</source>
        <translation>ساتھ ساتھ کھولیں</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translation>پوسٹ کوڈ نہیں</translation>
    </message>
    <message>
        <source>last visit {day}</source>
        <translation>آخری آمد {day}</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>کوئی آمد نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of records look like one family.</source>
        <translation>
            <numerusform>ریکارڈز کا %n جوڑا ایک ہی خاندان کا لگتا ہے۔</numerusform>
            <numerusform>ریکارڈز کے %n جوڑے ایک ہی خاندان کے لگتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>کوئی ممکنہ دہرا ریکارڈ نہیں۔</translation>
    </message>
</context>
<context>
    <name>FaceRow</name>
    <message>
        <source>Thank you for telling us.</source>
        <translation>ہمیں بتانے کا شکریہ۔</translation>
    </message>
    <message>
        <source>How was today? Tap a face, if you like.</source>
        <translation>آج کیسا رہا؟ چاہیں تو کسی چہرے کو چھوئیں۔</translation>
    </message>
    <message>
        <source>How is today going? Tap a face, if you like.</source>
        <translation>آج کا دن کیسا جا رہا ہے؟ چاہیں تو کسی چہرے کو چھوئیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n quick question(s)</source>
        <translation>
            <numerusform>%n مختصر سوال کا جواب دیں</numerusform>
            <numerusform>%n مختصر سوالات کے جواب دیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Families</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>نیا خاندان</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>ممکنہ دہرے ریکارڈ</translation>
    </message>
    <message>
        <source>Search for a family by name, a child&apos;s name, postcode or pass code.</source>
        <translation>نام، بچے کے نام، پوسٹ کوڈ یا پاس کوڈ سے خاندان تلاش کریں۔</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ترمیم کریں</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>دہرا ریکارڈ ضم کریں…</translation>
    </message>
    <message>
        <source>Your role does not allow merging families.</source>
        <translation>آپ کے کردار میں خاندانوں کو ضم کرنے کی اجازت نہیں۔</translation>
    </message>
    <message>
        <source>Checked with the family</source>
        <translation>خاندان سے تصدیق ہو گئی</translation>
    </message>
    <message>
        <source>Expected baby…</source>
        <translation>آنے والا بچہ…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>رضامندی درج کریں…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>انضمام واپس لیں</translation>
    </message>
    <message>
        <source>Find the other record of this family:</source>
        <translation>اس خاندان کا دوسرا ریکارڈ تلاش کریں:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>دورے</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Here to Help رابطے</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>QR پاس</translation>
    </message>
    <message>
        <source>Issue a new pass</source>
        <translation>نیا پاس جاری کریں</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>دوبارہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>کارڈ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Added by the family at the kiosk, to check with them: {names}</source>
        <translation>خاندان نے کیوسک پر شامل کیا، ان سے تصدیق کرنی ہے: {names}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>نوٹس: {notes}</translation>
    </message>
    <message>
        <source>Baby due {day} (not counted as a child until born).</source>
        <translation>بچے کی متوقع پیدائش {day} (پیدائش تک بچے کے طور پر نہیں گنا جاتا)۔</translation>
    </message>
    <message>
        <source>Another record was merged into this one on {day}.</source>
        <translation>{day} کو ایک اور ریکارڈ اس میں ضم کیا گیا۔</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>ابھی کوئی آمد نہیں۔</translation>
    </message>
    <message>
        <source>follow-up {day}</source>
        <translation>فالو اپ {day}</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>ابھی کوئی رابطہ نہیں۔</translation>
    </message>
    <message>
        <source>Pass {code}, issued {day}</source>
        <translation>پاس {code}، جاری کردہ {day}</translation>
    </message>
    <message>
        <source>No pass yet.</source>
        <translation>ابھی کوئی پاس نہیں۔</translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation>پاس کالعدم کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Issue a new pass? The old one stops working.</source>
        <translation>نیا پاس جاری کریں؟ پرانا پاس کام کرنا بند کر دے گا۔</translation>
    </message>
    <message>
        <source>Yes, issue a new pass</source>
        <translation>جی ہاں، نیا پاس جاری کریں</translation>
    </message>
    <message>
        <source>Pass {code}: print the card for the family.</source>
        <translation>پاس {code}: خاندان کے لیے کارڈ پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Revoke pass {code}? It will stop working at the kiosk.</source>
        <translation>پاس {code} کالعدم کریں؟ یہ کیوسک پر کام کرنا بند کر دے گا۔</translation>
    </message>
    <message>
        <source>Yes, revoke</source>
        <translation>جی ہاں، کالعدم کریں</translation>
    </message>
    <message>
        <source>Scan this at the kiosk, or type the code under it.</source>
        <translation>اسے کیوسک پر اسکین کریں، یا اس کے نیچے لکھا کوڈ درج کریں۔</translation>
    </message>
    <message>
        <source>Pass card saved: {path}</source>
        <translation>پاس کارڈ محفوظ ہو گیا: {path}</translation>
    </message>
    <message>
        <source>Pass card sent to {printer}.</source>
        <translation>پاس کارڈ {printer} کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>That is this family: choose the duplicate.</source>
        <translation>یہ یہی خاندان ہے: دہرا ریکارڈ چنیں۔</translation>
    </message>
    <message>
        <source>Undo the merge? Both records come back as they were, with their visits.</source>
        <translation>انضمام واپس لیں؟ دونوں ریکارڈ اپنے دوروں سمیت پہلے جیسے ہو جائیں گے۔</translation>
    </message>
    <message>
        <source>Yes, undo the merge</source>
        <translation>جی ہاں، انضمام واپس لیں</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>انضمام واپس لے لیا گیا: دونوں ریکارڈ پہلے جیسے ہو گئے ہیں۔</translation>
    </message>
    <message>
        <source>Kept apart: that pair will not be listed again.</source>
        <translation>الگ رکھے گئے: یہ جوڑا دوبارہ فہرست میں نہیں آئے گا۔</translation>
    </message>
    <message>
        <source>Families merged. Undo merge puts both records back.</source>
        <translation>خاندان ضم ہو گئے۔ «انضمام واپس لیں» سے دونوں ریکارڈ واپس آ جائیں گے۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>People in the family</source>
        <translation>خاندان کے افراد</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Adult or child</source>
        <translation>بالغ یا بچہ</translation>
    </message>
    <message>
        <source>Role / date of birth</source>
        <translation>کردار / تاریخ پیدائش</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>بالغ شامل کریں</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>بچہ شامل کریں</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>فرد ہٹائیں</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Edit {family}</source>
        <translation>{family} میں ترمیم کریں</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>فرد {number}</translation>
    </message>
    <message>
        <source>{person}, {column}</source>
        <translation>{person}، {column}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <source>Search: name, child&apos;s name, postcode or pass code</source>
        <translation>تلاش: نام، بچے کا نام، پوسٹ کوڈ یا پاس کوڈ</translation>
    </message>
    <message>
        <source>Search for a family</source>
        <translation>خاندان تلاش کریں</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>تلاش صاف کریں</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>تلاش جاری ہے</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>ملنے والے خاندان</translation>
    </message>
    <message>
        <source>No family found. Check the spelling, or add a new one.</source>
        <translation>کوئی خاندان نہیں ملا۔ ہجے چیک کریں، یا نیا خاندان شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>FamilyPrivacyPanel</name>
    <message>
        <source>Subject access and erasure:</source>
        <translation>ذاتی ڈیٹا تک رسائی اور مٹانا:</translation>
    </message>
    <message>
        <source>Export everything we hold</source>
        <translation>ہمارے پاس موجود سب کچھ ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>Erase this family</source>
        <translation>یہ خاندان مٹائیں</translation>
    </message>
    <message>
        <source>The family&apos;s record is saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to the family another way than the file (read it out, or write it down).</source>
        <translation>خاندان کا ریکارڈ ایک PDF کے طور پر محفوظ ہوتا ہے جسے وہ کسی بھی PDF ریڈر میں کھول سکتے ہیں، اور اس کے لیے ایک پاس ورڈ بنایا جاتا ہے۔ پاس ورڈ یہاں صرف ایک بار دکھایا جاتا ہے: اسے فائل سے ہٹ کر کسی اور طریقے سے خاندان کو دیں (پڑھ کر سنائیں، یا لکھ کر دیں)۔</translation>
    </message>
    <message>
        <source>Folder to save it in</source>
        <translation>محفوظ کرنے کا فولڈر</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>فولڈر چنیں…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>خاندان کی PDF کا پاس ورڈ (اسے فائل سے الگ دیں؛ یہ کہیں محفوظ نہیں کیا جاتا):</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF</source>
        <translation>خاندان کی PDF کا پاس ورڈ</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>پاس ورڈ کاپی کریں</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>میں نے اسے لکھ لیا ہے</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>ایکسپورٹ کہاں محفوظ کریں</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>ایکسپورٹ محفوظ کرنے کے لیے فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>Saved {path} ({members}, {visits}, {contacts}). Give the family the password below separately.</source>
        <translation>{path} محفوظ ہو گیا ({members}، {visits}، {contacts})۔ نیچے دیا گیا پاس ورڈ خاندان کو الگ سے دیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n فرد</numerusform>
            <numerusform>%n افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n دورہ</numerusform>
            <numerusform>%n دورے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n رابطہ</numerusform>
            <numerusform>%n رابطے</numerusform>
        </translation>
    </message>
    <message>
        <source>Password copied.</source>
        <translation>پاس ورڈ کاپی ہو گیا۔</translation>
    </message>
    <message>
        <source>Erase “{name}”? Names, contact details, notes and dates of birth go from every device of the hub; visit counts stay. This cannot be undone.</source>
        <translation>“{name}” کو مٹائیں؟ نام، رابطے کی تفصیلات، نوٹس اور تاریخ پیدائش ہب کی ہر ڈیوائس سے ہٹ جائیں گے؛ دوروں کی تعداد باقی رہے گی۔ اسے واپس نہیں لیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Yes, erase “{name}”</source>
        <translation>جی ہاں، “{name}” کو مٹائیں</translation>
    </message>
    <message>
        <source>Family erased ({members} people; {visits} visits kept as counts).</source>
        <translation>خاندان مٹا دیا گیا ({members} افراد؛ {visits} دورے صرف تعداد کے طور پر محفوظ)۔</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up hubdesk</source>
        <translation>hubdesk سیٹ اپ کریں</translation>
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
    <name>HelpPage</name>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>ذریعہ:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>کون:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <source>Quick new family</source>
        <translation>فوری نیا خاندان</translation>
    </message>
    <message>
        <source>Caller not registered</source>
        <translation>کالر رجسٹرڈ نہیں</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>ضروریات:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>کیا کیا گیا:</translation>
    </message>
    <message>
        <source>Signposted to (organisation)</source>
        <translation>رہنمائی کی گئی (ادارہ)</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>رہنمائی کی گئی</translation>
    </message>
    <message>
        <source>Referral made to (service)</source>
        <translation>ریفر کیا گیا (سروس)</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>ریفر کیا گیا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>نوٹس (اختیاری)</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>صرف شدہ منٹ:</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>صرف شدہ منٹ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>counted for you</source>
        <translation>خودکار طور پر گنا گیا</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Follow-up to be done by</source>
        <translation>فالو اپ کس کے ذمے ہے</translation>
    </message>
    <message>
        <source>by</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>کالر کا نام</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>واپس کال کرنے کا نمبر</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>New family added.</source>
        <translation>نیا خاندان شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>میرے</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>مدت گزر چکی</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>اس ہفتے واجب</translation>
    </message>
    <message>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>واجب تاریخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <source>No follow-ups here.</source>
        <translation>یہاں کوئی فالو اپ نہیں۔</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>مکمل درج کریں</translation>
    </message>
    <message>
        <source>Give the follow-up to</source>
        <translation>فالو اپ کس کو دیں</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>سونپیں</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (میں)</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: %n</source>
        <translation>
            <numerusform>فالو اپ: %n</numerusform>
            <numerusform>فالو اپ: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (مدت گزر چکی)</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (آج)</translation>
    </message>
    <message>
        <source>No family</source>
        <translation>کوئی خاندان نہیں</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>فالو اپ مکمل ہو گیا۔</translation>
    </message>
    <message>
        <source>Follow-up given to {name}.</source>
        <translation>فالو اپ {name} کو دے دیا گیا۔</translation>
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
    <name>HubWizardPage</name>
    <message>
        <source>The hub</source>
        <translation>ہب</translation>
    </message>
    <message>
        <source>Does the council run hubdesk&apos;s central service?</source>
        <translation>کیا کونسل hubdesk کی مرکزی سروس چلاتی ہے؟</translation>
    </message>
    <message>
        <source>Join a hub with an enrolment code</source>
        <translation>انرولمنٹ کوڈ سے کسی ہب میں شامل ہوں</translation>
    </message>
    <message>
        <source>Set up a standalone hub on this PC</source>
        <translation>اس کمپیوٹر پر ایک خود مختار ہب سیٹ اپ کریں</translation>
    </message>
    <message>
        <source>This build cannot talk to a central service.</source>
        <translation>یہ ورژن مرکزی سروس سے رابطہ نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>مرکزی سروس کا پتہ</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>انرولمنٹ کوڈ</translation>
    </message>
    <message>
        <source>Hub passphrase (if you have one)</source>
        <translation>ہب کا پاس فریز (اگر آپ کے پاس ہو)</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>ہب کا نام</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>ہب کوڈ</translation>
    </message>
    <message>
        <source>short, e.g. RIV</source>
        <translation>مختصر، مثلاً RIV</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>مقام کا نام</translation>
    </message>
    <message>
        <source>Leave empty to use the hub&apos;s name</source>
        <translation>ہب کا نام استعمال کرنے کے لیے خالی چھوڑ دیں</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>مقام کا پوسٹ کوڈ</translation>
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
    <name>LockPage</name>
    <message>
        <source>The desk is locked</source>
        <translation>ڈیسک لاک ہے</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN.</source>
        <translation>اپنا نام چنیں، پھر اپنا PIN درج کریں۔</translation>
    </message>
    <message>
        <source>No staff accounts yet: add one with `hubdesk staff add`.</source>
        <translation>ابھی عملے کا کوئی اکاؤنٹ نہیں: `hubdesk staff add` سے ایک شامل کریں۔</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The desk is locked for a while; try again later.</source>
        <translation>بہت زیادہ غلط PIN۔ ڈیسک کچھ دیر کے لیے لاک ہے؛ بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>غلط PIN۔ %n کوشش باقی ہے۔</numerusform>
            <numerusform>غلط PIN۔ %n کوششیں باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name. Try again after {when}.</source>
        <translation>اس نام کے لیے بہت زیادہ غلط PIN۔ {when} کے بعد دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Two records of one family: choose what to keep</source>
        <translation>ایک خاندان کے دو ریکارڈ: چنیں کہ کیا رکھنا ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ضم کریں</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Baby due</source>
        <translation>بچے کی متوقع پیدائش</translation>
    </message>
    <message>
        <source>The same person in both records becomes one. Check the pairs:</source>
        <translation>دونوں ریکارڈ میں موجود ایک ہی فرد کو ایک کر دیا جاتا ہے۔ جوڑے چیک کریں:</translation>
    </message>
    <message>
        <source>The same person in both records</source>
        <translation>دونوں ریکارڈ میں ایک ہی فرد</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>ایک ہی فرد نہیں</translation>
    </message>
    <message>
        <source>Person in record 1</source>
        <translation>ریکارڈ 1 میں فرد</translation>
    </message>
    <message>
        <source>Person in record 2</source>
        <translation>ریکارڈ 2 میں فرد</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>ایک ہی فرد</translation>
    </message>
    <message>
        <source>Record {number}: {family}</source>
        <translation>ریکارڈ {number}: {family}</translation>
    </message>
    <message>
        <source>Keep record {number}</source>
        <translation>ریکارڈ {number} رکھیں</translation>
    </message>
    <message>
        <source>Record {number}&apos;s visits, contacts and passes move to the record kept. You can undo the merge afterwards.</source>
        <translation>ریکارڈ {number} کی آمد، رابطے اور پاس رکھے گئے ریکارڈ میں منتقل ہو جاتے ہیں۔ آپ بعد میں انضمام واپس لے سکتے ہیں۔</translation>
    </message>
    <message>
        <source>No postcode</source>
        <translation>کوئی پوسٹ کوڈ نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n بالغ</numerusform>
            <numerusform>%n بالغ افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n بچہ</numerusform>
            <numerusform>%n بچے</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: {day}</source>
        <translation>بنایا گیا: {day}</translation>
    </message>
    <message>
        <source>Last visit: {day}</source>
        <translation>آخری آمد: {day}</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>ابھی کوئی آمد نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n دورہ</numerusform>
            <numerusform>%n دورے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n رابطہ</numerusform>
            <numerusform>%n رابطے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n پاس</numerusform>
            <numerusform>%n پاس</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>No one is in both records.</source>
        <translation>کوئی بھی فرد دونوں ریکارڈز میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Each pair of the same person becomes one.</source>
        <translation>ایک ہی فرد کا ہر جوڑا ایک بن جاتا ہے۔</translation>
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
    <name>OfferForm</name>
    <message>
        <source>Public: in the council&apos;s service directory and families&apos; calendars</source>
        <translation>عوامی: کونسل کی سروس ڈائریکٹری اور خاندانوں کے کیلنڈروں میں</translation>
    </message>
    <message>
        <source>What happens, who it is for</source>
        <translation>کیا ہوتا ہے، کس کے لیے ہے</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>کم سے کم عمر</translation>
    </message>
    <message>
        <source>from </source>
        <translation>سے </translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>زیادہ سے زیادہ عمر</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>تک </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مفت</translation>
    </message>
    <message>
        <source>Booking needed</source>
        <translation>بکنگ ضروری ہے</translation>
    </message>
    <message>
        <source>Accessibility: step-free, hearing loop ...</source>
        <translation>رسائی: بغیر سیڑھی، ہیئرنگ لوپ ...</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>رسائی کے بارے میں نوٹ</translation>
    </message>
    <message>
        <source>Hub contact: reception and its phone</source>
        <translation>حب کا رابطہ: استقبالیہ اور اس کا فون</translation>
    </message>
    <message>
        <source>Hub contact</source>
        <translation>حب کا رابطہ</translation>
    </message>
    <message>
        <source>The hub&apos;s email</source>
        <translation>حب کی ای میل</translation>
    </message>
    <message>
        <source>Hub email</source>
        <translation>حب کی ای میل</translation>
    </message>
    <message>
        <source>Also the later sessions of this name</source>
        <translation>اس نام کے بعد والے سیشن بھی</translation>
    </message>
    <message>
        <source>Save the offer</source>
        <translation>پیشکش محفوظ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> سال</translation>
    </message>
    <message>
        <source>Public offer: {name}</source>
        <translation>عوامی پیشکش: {name}</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Outreach</source>
        <translation>آؤٹ ریچ</translation>
    </message>
    <message>
        <source>Where are you today?</source>
        <translation>آج آپ کہاں ہیں؟</translation>
    </message>
    <message>
        <source>Outreach point</source>
        <translation>آؤٹ ریچ مقام</translation>
    </message>
    <message>
        <source>Work here</source>
        <translation>یہاں کام کریں</translation>
    </message>
    <message>
        <source>Or add a new outreach point (works offline):</source>
        <translation>یا نیا آؤٹ ریچ مقام شامل کریں (آف لائن بھی کام کرتا ہے):</translation>
    </message>
    <message>
        <source>Name, e.g. Station Road Fire Station</source>
        <translation>نام، مثلاً Station Road Fire Station</translation>
    </message>
    <message>
        <source>Name of the outreach point</source>
        <translation>آؤٹ ریچ مقام کا نام</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>جگہ کی قسم</translation>
    </message>
    <message>
        <source>Postcode (optional)</source>
        <translation>پوسٹ کوڈ (اختیاری)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Add and work here</source>
        <translation>شامل کریں اور یہاں کام کریں</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>سیشن شروع کریں</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>سیشن ختم کریں</translation>
    </message>
    <message>
        <source>Hand to families (kiosk)</source>
        <translation>خاندانوں کے حوالے کریں (کیوسک)</translation>
    </message>
    <message>
        <source>Families sign themselves in; take it back with your PIN.</source>
        <translation>خاندان خود اپنی آمد درج کرتے ہیں؛ اپنے PIN سے اسے واپس لیں۔</translation>
    </message>
    <message>
        <source>To take the laptop back: tap the logo on the kiosk five times (or press Ctrl+Alt+Shift+L), choose your name and enter your PIN.</source>
        <translation>لیپ ٹاپ واپس لینے کے لیے: کیوسک پر لوگو کو پانچ بار دبائیں (یا Ctrl+Alt+Shift+L دبائیں)، اپنا نام چنیں اور اپنا PIN درج کریں۔</translation>
    </message>
    <message>
        <source>When a family asks the kiosk for someone to speak to, they can say which of these rooms they will be in. One room a line; leave it empty for none.</source>
        <translation>جب کوئی خاندان کیوسک پر کسی سے بات کرنے کا کہتا ہے تو وہ بتا سکتا ہے کہ وہ ان میں سے کس کمرے میں ہوگا۔ ہر سطر میں ایک کمرہ؛ کوئی نہ ہو تو خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Rooms at this site, one a line</source>
        <translation>اس مقام کے کمرے، ہر سطر میں ایک</translation>
    </message>
    <message>
        <source>Save rooms</source>
        <translation>کمرے محفوظ کریں</translation>
    </message>
    <message>
        <source>Rooms at {site}</source>
        <translation>{site} کے کمرے</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>کمرے</translation>
    </message>
    <message>
        <source>No outreach session running here.</source>
        <translation>یہاں کوئی آؤٹ ریچ سیشن جاری نہیں۔</translation>
    </message>
    <message>
        <source>Session running at {site} since {when}.</source>
        <translation>{site} پر {when} سے سیشن جاری ہے۔</translation>
    </message>
    <message>
        <source>This laptop now works at the chosen outreach point.</source>
        <translation>یہ لیپ ٹاپ اب منتخب آؤٹ ریچ مقام پر کام کر رہا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms saved.</source>
        <translation>
            <numerusform>%n کمرہ محفوظ ہو گیا۔</numerusform>
            <numerusform>%n کمرے محفوظ ہو گئے۔</numerusform>
        </translation>
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
    <name>PassphraseWizardPage</name>
    <message>
        <source>Administrator passphrase</source>
        <translation>ایڈمنسٹریٹر کا پاس فریز</translation>
    </message>
    <message>
        <source>The store on this PC is encrypted. The passphrase opens it when the PC&apos;s own key store cannot (a new PC, a restored backup) and is needed to change keys. Use at least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>اس PC پر ڈیٹا اسٹور خفیہ (encrypted) ہے۔ پاس فریز اسے اس وقت کھولتا ہے جب PC کا اپنا کلیدوں کا اسٹور نہ کھول سکے (نیا PC، بحال کیا گیا بیک اپ)، اور کلیدیں بدلنے کے لیے بھی اس کی ضرورت ہوتی ہے۔ کم از کم %1 حروف استعمال کریں؛ ایک مختصر جملہ یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔</translation>
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
    <name>RecoveryWizardPage</name>
    <message>
        <source>Recovery code</source>
        <translation>بحالی کوڈ</translation>
    </message>
    <message>
        <source>Write this code down now and keep it somewhere safe, away from this PC (the hub manager&apos;s locked drawer). It opens the store if the passphrase is forgotten. It is shown only this once.</source>
        <translation>یہ کوڈ ابھی لکھ لیں اور اسے اس PC سے دور کسی محفوظ جگہ رکھیں (ہب مینیجر کی مقفل دراز)۔ اگر پاس فریز بھول جائے تو یہ ڈیٹا اسٹور کھولتا ہے۔ یہ صرف اسی ایک بار دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>میں نے اسے لکھ لیا ہے</translation>
    </message>
    <message>
        <source>This PC&apos;s key store keeps the key, so hubdesk starts without the passphrase.</source>
        <translation>اس PC کا کلیدوں کا اسٹور کلید محفوظ رکھتا ہے، اس لیے hubdesk پاس فریز کے بغیر شروع ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>This PC has no key store hubdesk can use: the passphrase is asked at each start.</source>
        <translation>اس PC پر کلیدوں کا کوئی ایسا اسٹور نہیں جسے hubdesk استعمال کر سکے: ہر بار شروع ہونے پر پاس فریز پوچھا جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Quick pick</source>
        <translation>فوری انتخاب</translation>
    </message>
    <message>
        <source>Quick pick of a period</source>
        <translation>مدت کا فوری انتخاب</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>مدت چنیں…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>جدولیں</translation>
    </message>
    <message>
        <source>For sharing beyond the hub: round every figure to a multiple of 5 (&quot;&lt;5&quot;)</source>
        <translation>ہب سے باہر شیئر کرنے کے لیے: ہر عدد کو 5 کے مضرب تک گول کریں (&quot;&lt;5&quot;)</translation>
    </message>
    <message>
        <source>Leave unticked for the hub&apos;s own exact figures (0 is 0). Tick it for files that leave the hub: each figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so no small count can be worked out.</source>
        <translation>ہب کے اپنے درست اعداد کے لیے نشان نہ لگائیں (0 کا مطلب 0)۔ ہب سے باہر جانے والی فائلوں کے لیے نشان لگائیں: ہر عدد 5 کے مضرب تک گول کیا جاتا ہے اور جو عدد 0 تک گول ہو وہ &quot;&lt;5&quot; دکھایا جاتا ہے، تاکہ کوئی چھوٹی تعداد معلوم نہ کی جا سکے۔</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV برآمد کریں…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX برآمد کریں…</translation>
    </message>
    <message>
        <source>Board pack PDF…</source>
        <translation>بورڈ پیک PDF…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>برآمد کی پیش رفت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>دورے</translation>
    </message>
    <message>
        <source>People (footfall)</source>
        <translation>افراد (آمد و رفت)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>بالغ افراد</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>خاندان جن تک رسائی ہوئی</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>بچے جن تک رسائی ہوئی</translation>
    </message>
    <message>
        <source>New families</source>
        <translation>نئے خاندان</translation>
    </message>
    <message>
        <source>Returning families</source>
        <translation>دوبارہ آنے والے خاندان</translation>
    </message>
    <message>
        <source>Families who came more than once</source>
        <translation>ایک سے زیادہ بار آنے والے خاندان</translation>
    </message>
    <message>
        <source>Re-attendance</source>
        <translation>دوبارہ آمد</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>نئے دورے</translation>
    </message>
    <message>
        <source>Returning visits</source>
        <translation>دوبارہ آنے والوں کے دورے</translation>
    </message>
    <message>
        <source>Visits by parties not registered</source>
        <translation>غیر رجسٹرڈ افراد کے دورے</translation>
    </message>
    <message>
        <source>Fathers</source>
        <translation>والد</translation>
    </message>
    <message>
        <source>Male carers</source>
        <translation>مرد نگہداشت کنندگان</translation>
    </message>
    <message>
        <source>Fathers and male carers</source>
        <translation>والد اور مرد نگہداشت کنندگان</translation>
    </message>
    <message>
        <source>Families with a father or male carer</source>
        <translation>والد یا مرد نگہداشت کنندہ والے خاندان</translation>
    </message>
    <message>
        <source>Children with SEND</source>
        <translation>SEND والے بچے</translation>
    </message>
    <message>
        <source>Visits from outside the reach area</source>
        <translation>رسائی کے علاقے سے باہر سے دورے</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>Here to Help رابطے</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>واجب الادا فالو اپ</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>وقت پر مکمل ہونے والے فالو اپ</translation>
    </message>
    <message>
        <source>Follow-ups done late</source>
        <translation>تاخیر سے مکمل ہونے والے فالو اپ</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>وقت گزر جانے والے فالو اپ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>عمر کا گروپ</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>حاضریاں</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>مقام کے لحاظ سے</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>وجہ کے لحاظ سے</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>سرگرمی کے لحاظ سے</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>ہفتے کے لحاظ سے</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>مہینے کے لحاظ سے</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>دن کے لحاظ سے</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>دن کے گھنٹے کے لحاظ سے</translation>
    </message>
    <message>
        <source>By day of the week</source>
        <translation>ہفتے کے دن کے لحاظ سے</translation>
    </message>
    <message>
        <source>By postcode district</source>
        <translation>پوسٹ کوڈ ڈسٹرکٹ کے لحاظ سے</translation>
    </message>
    <message>
        <source>By ward</source>
        <translation>وارڈ کے لحاظ سے</translation>
    </message>
    <message>
        <source>By LSOA</source>
        <translation>LSOA کے لحاظ سے</translation>
    </message>
    <message>
        <source>By deprivation decile</source>
        <translation>محرومی کے ڈیسائل کے لحاظ سے</translation>
    </message>
    <message>
        <source>Inside or outside reach area</source>
        <translation>رسائی کے علاقے کے اندر یا باہر</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>ذریعے کے لحاظ سے رابطے</translation>
    </message>
    <message>
        <source>Contacts by need</source>
        <translation>ضرورت کے لحاظ سے رابطے</translation>
    </message>
    <message>
        <source>Contacts by outcome</source>
        <translation>نتیجے کے لحاظ سے رابطے</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروپ</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>پروگرام کے لحاظ سے</translation>
    </message>
    <message>
        <source>By session</source>
        <translation>سیشن کے لحاظ سے</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>سرگرمی کی قسم</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>پہلا سیشن</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>آخری سیشن</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>منعقدہ سیشن</translation>
    </message>
    <message>
        <source>Sessions with visits</source>
        <translation>دوروں والے سیشن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>ہفتے کا آغاز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>بک شدہ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <source>Decile {n}</source>
        <translation>ڈیسائل {n}</translation>
    </message>
    <message>
        <source>Decile 1 (most deprived)</source>
        <translation>ڈیسائل 1 (سب سے زیادہ محروم)</translation>
    </message>
    <message>
        <source>Decile 10 (least deprived)</source>
        <translation>ڈیسائل 10 (سب سے کم محروم)</translation>
    </message>
    <message>
        <source>Nobody signed in during this period.</source>
        <translation>اس مدت میں کسی کی آمد درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Every visit is &apos;Not known&apos; here because no postcode lookup is loaded on this desk: visits carry no ward, LSOA or deprivation decile. Load the council&apos;s postcode lookup in Hub settings; visits from then on are counted by area.</source>
        <translation>یہاں ہر دورہ &apos;معلوم نہیں&apos; ہے کیونکہ اس ڈیسک پر کوئی پوسٹ کوڈ لُک اپ لوڈ نہیں ہے: دوروں کے ساتھ کوئی وارڈ، LSOA یا محرومی کا ڈیسائل درج نہیں ہوتا۔ ہب کی ترتیبات میں کونسل کا پوسٹ کوڈ لُک اپ لوڈ کریں؛ اس کے بعد کے دورے علاقے کے لحاظ سے گنے جائیں گے۔</translation>
    </message>
    <message>
        <source>Not known for every visit: none in this period had a full postcode found in the postcode lookup.</source>
        <translation>ہر دورے کے لیے معلوم نہیں: اس مدت میں کسی بھی دورے کا پورا پوسٹ کوڈ پوسٹ کوڈ لُک اپ میں نہیں ملا۔</translation>
    </message>
    <message>
        <source>Not known for every visit: nobody in this period gave a postcode.</source>
        <translation>ہر دورے کے لیے معلوم نہیں: اس مدت میں کسی نے پوسٹ کوڈ نہیں دیا۔</translation>
    </message>
    <message>
        <source>Every visit is &apos;Reach area not set&apos; here because this hub has no reach area set, so no visit can be inside or outside it. Set the reach area (the postcode districts the council&apos;s map gives this hub) in Hub settings.</source>
        <translation>یہاں ہر دورہ &apos;رسائی کا علاقہ مقرر نہیں&apos; ہے کیونکہ اس ہب کا کوئی رسائی کا علاقہ مقرر نہیں، اس لیے کوئی دورہ اس کے اندر یا باہر نہیں ہو سکتا۔ ہب کی ترتیبات میں رسائی کا علاقہ مقرر کریں (وہ پوسٹ کوڈ ڈسٹرکٹ جو کونسل کے نقشے میں اس ہب کو دیے گئے ہیں)۔</translation>
    </message>
    <message>
        <source>Family voice</source>
        <translation>خاندانوں کی آواز</translation>
    </message>
    <message>
        <source>Family voice by site</source>
        <translation>خاندانوں کی آواز، مقام کے لحاظ سے</translation>
    </message>
    <message>
        <source>Family voice by reason</source>
        <translation>خاندانوں کی آواز، وجہ کے لحاظ سے</translation>
    </message>
    <message>
        <source>Family voice by session</source>
        <translation>خاندانوں کی آواز، سیشن کے لحاظ سے</translation>
    </message>
    <message>
        <source>Family voice by month</source>
        <translation>خاندانوں کی آواز، مہینے کے لحاظ سے</translation>
    </message>
    <message>
        <source>Family voice questions</source>
        <translation>خاندانوں سے سوالات</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>جوابات</translation>
    </message>
    <message>
        <source>With a face</source>
        <translation>چہرے کے ساتھ</translation>
    </message>
    <message>
        <source>Good or very good</source>
        <translation>اچھا یا بہت اچھا</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>جواب دیا</translation>
    </message>
    <message>
        <source>Yes (share)</source>
        <translation>ہاں (تناسب)</translation>
    </message>
    <message>
        <source>No timetabled session</source>
        <translation>کوئی طے شدہ سیشن نہیں</translation>
    </message>
    <message>
        <source>No family said how their day was in this period.</source>
        <translation>اس مدت میں کسی خاندان نے نہیں بتایا کہ ان کا دن کیسا رہا۔</translation>
    </message>
    <message>
        <source>Inside the reach area</source>
        <translation>رسائی کے علاقے کے اندر</translation>
    </message>
    <message>
        <source>Outside the reach area</source>
        <translation>رسائی کے علاقے سے باہر</translation>
    </message>
    <message>
        <source>No postcode given</source>
        <translation>کوئی پوسٹ کوڈ نہیں دیا گیا</translation>
    </message>
    <message>
        <source>Reach area not set</source>
        <translation>رسائی کا علاقہ مقرر نہیں</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>تمام مقامات</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>یہ مہینہ</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>پچھلا مہینہ</translation>
    </message>
    <message>
        <source>This financial year (April–March)</source>
        <translation>رواں مالی سال (اپریل–مارچ)</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>پچھلا مالی سال</translation>
    </message>
    <message>
        <source>Q1 (April–June)</source>
        <translation>Q1 (اپریل–جون)</translation>
    </message>
    <message>
        <source>Q2 (July–September)</source>
        <translation>Q2 (جولائی–ستمبر)</translation>
    </message>
    <message>
        <source>Q3 (October–December)</source>
        <translation>Q3 (اکتوبر–دسمبر)</translation>
    </message>
    <message>
        <source>Q4 (January–March)</source>
        <translation>Q4 (جنوری–مارچ)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>پچھلے 12 مہینے</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>اعداد و شمار تیار کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>The report could not be worked out.</source>
        <translation>رپورٹ تیار نہیں ہو سکی۔</translation>
    </message>
    <message>
        <source>{hub}: {start} to {end}</source>
        <translation>{hub}: {start} سے {end} تک</translation>
    </message>
    <message>
        <source>Visits by day</source>
        <translation>دن کے لحاظ سے آمد</translation>
    </message>
    <message>
        <source>Visits by week</source>
        <translation>ہفتے کے لحاظ سے آمد</translation>
    </message>
    <message>
        <source>Children by age band</source>
        <translation>عمر کے گروپ کے لحاظ سے بچے</translation>
    </message>
    <message>
        <source>Visits by reason</source>
        <translation>وجہ کے لحاظ سے آمد</translation>
    </message>
    <message>
        <source>Visits by hour of day</source>
        <translation>دن کے گھنٹے کے لحاظ سے آمد</translation>
    </message>
    <message>
        <source>Load the postcode lookup…</source>
        <translation>پوسٹ کوڈ فہرست لوڈ کریں…</translation>
    </message>
    <message>
        <source>Set the reach area…</source>
        <translation>رسائی کا علاقہ مقرر کریں…</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>کسی ایڈمنسٹریٹر سے پوچھیں</translation>
    </message>
    <message>
        <source>Only an administrator can change Hub settings.</source>
        <translation>صرف ایڈمنسٹریٹر ہب کی ترتیبات بدل سکتا ہے۔</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>برآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>{path} میں محفوظ ہو گیا</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was saved.</source>
        <translation>برآمد منسوخ: کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The export failed: nothing was saved.</source>
        <translation>برآمد ناکام ہو گئی: کچھ محفوظ نہیں ہوا۔</translation>
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
    <name>SendStatusCard</name>
    <message>
        <source>Send now</source>
        <translation>ابھی بھیجیں</translation>
    </message>
    <message>
        <source>How to enrol</source>
        <translation>رجسٹر کرنے کا طریقہ</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Choose a session</source>
        <translation>سیشن چنیں</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>منتخب سیشن</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>بک کریں</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>حاضری رجسٹر</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Find the family, tick who is coming, then Book.</source>
        <translation>خاندان تلاش کریں، جو آ رہے ہیں ان پر نشان لگائیں، پھر «بک کریں» دبائیں۔</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>کون آ رہا ہے</translation>
    </message>
    <message>
        <source>Reason to book beyond the places (optional)</source>
        <translation>گنجائش سے زیادہ بک کرنے کی وجہ (اختیاری)</translation>
    </message>
    <message>
        <source>Reason to book beyond the places</source>
        <translation>گنجائش سے زیادہ بک کرنے کی وجہ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>No places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>کوئی جگہ باقی نہیں: یہ انتظار کی فہرست میں جائیں گے، جب تک آپ گنجائش سے زیادہ بک کرنے کی وجہ نہ دیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Only %n places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>
            <numerusform>صرف %n جگہ باقی ہے: یہ انتظار کی فہرست میں جائیں گے، جب تک آپ گنجائش سے زیادہ بک کرنے کی وجہ نہ دیں۔</numerusform>
            <numerusform>صرف %n جگہیں باقی ہیں: یہ انتظار کی فہرست میں جائیں گے، جب تک آپ گنجائش سے زیادہ بک کرنے کی وجہ نہ دیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n beyond the places</source>
        <translation>
            <numerusform>گنجائش سے زیادہ %n بک کریں</numerusform>
            <numerusform>گنجائش سے زیادہ %n بک کریں</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {family} on the waiting list</source>
        <translation>{family} کو انتظار کی فہرست میں ڈالیں</translation>
    </message>
    <message numerus="yes">
        <source>Book %n places for {family}</source>
        <translation>
            <numerusform>{family} کے لیے %n جگہ بک کریں</numerusform>
            <numerusform>{family} کے لیے %n جگہیں بک کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} booked: %n places.</source>
        <translation>
            <numerusform>{who} کی بکنگ ہو گئی: %n جگہ۔</numerusform>
            <numerusform>{who} کی بکنگ ہو گئی: %n جگہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Signs the family in now, for this session</source>
        <translation>اس سیشن کے لیے خاندان کی آمد ابھی درج کرتا ہے</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>بکنگ منسوخ کریں</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>حاضری رجسٹر پرنٹ کریں</translation>
    </message>
    <message>
        <source>They take it</source>
        <translation>وہ جگہ لے رہے ہیں</translation>
    </message>
    <message>
        <source>Pass to next</source>
        <translation>اگلے کو دیں</translation>
    </message>
    <message>
        <source>They cannot come: offer the place to the next family waiting</source>
        <translation>وہ نہیں آ سکتے: جگہ انتظار کرنے والے اگلے خاندان کو پیش کریں</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>نہیں آئے</translation>
    </message>
    <message>
        <source>Came {time}</source>
        <translation>{time} بجے آئے</translation>
    </message>
    <message>
        <source>{who} is number {position} on the waiting list.</source>
        <translation>انتظار کی فہرست میں {who} کا نمبر {position} ہے۔</translation>
    </message>
    <message>
        <source>Waiting list {position}</source>
        <translation>انتظار کی فہرست {position}</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>جگہ پیش کی گئی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Booked beyond places</source>
        <translation>گنجائش سے زیادہ بک</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>بک شدہ</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(مٹا دیا گیا)</translation>
    </message>
    <message>
        <source>Booked beyond the places: {reason}</source>
        <translation>گنجائش سے زیادہ بک: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n بک شدہ</numerusform>
            <numerusform>%n بک شدہ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n انتظار میں</numerusform>
            <numerusform>%n انتظار میں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>%n حاضر</numerusform>
            <numerusform>%n حاضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not come</source>
        <translation>
            <numerusform>%n غیر حاضر</numerusform>
            <numerusform>%n غیر حاضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places freed: offer them to {who} (%n people).</source>
        <translation>
            <numerusform>جگہیں خالی ہو گئیں: {who} کو پیش کریں (%n فرد)۔</numerusform>
            <numerusform>جگہیں خالی ہو گئیں: {who} کو پیش کریں (%n افراد)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>“Came” is marked on the day of the session</source>
        <translation>“حاضر” کا نشان سیشن کے دن ہی لگایا جاتا ہے</translation>
    </message>
    <message>
        <source>{who} signed in at {time}.</source>
        <translation>{who} کی آمد {time} بجے درج ہو گئی۔</translation>
    </message>
    <message>
        <source>Booking cancelled for {who}.</source>
        <translation>{who} کی بکنگ منسوخ ہو گئی۔</translation>
    </message>
    <message>
        <source>{who} booked from the waiting list.</source>
        <translation>{who} کو انتظار کی فہرست سے بک کر لیا گیا۔</translation>
    </message>
    <message>
        <source>The place is offered to the next family waiting.</source>
        <translation>جگہ انتظار کرنے والے اگلے خاندان کو پیش کر دی گئی ہے۔</translation>
    </message>
    <message>
        <source>Register: {name}</source>
        <translation>حاضری رجسٹر: {name}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} at {site}</source>
        <translation>{day}، {start}–{end}، بمقام {site}</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>{capacity} میں سے {taken} جگہیں بھر چکی ہیں</translation>
    </message>
    <message>
        <source>Booked as</source>
        <translation>بکنگ کی قسم</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>انتظار کی فہرست</translation>
    </message>
    <message>
        <source>Nobody booked.</source>
        <translation>کوئی بکنگ نہیں۔</translation>
    </message>
    <message>
        <source>Register saved: {path}</source>
        <translation>حاضری رجسٹر محفوظ ہو گیا: {path}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Sessions of one name and kind at one site</source>
        <translation>ایک ہی مقام پر ایک ہی نام اور قسم کے سیشن</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>Sessions held (not cancelled) in these dates</source>
        <translation>ان تاریخوں میں منعقد ہونے والے سیشن (منسوخ شدہ نہیں)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>پہلا</translation>
    </message>
    <message>
        <source>The first session in these dates</source>
        <translation>ان تاریخوں میں پہلا سیشن</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>آخری</translation>
    </message>
    <message>
        <source>The last session in these dates</source>
        <translation>ان تاریخوں میں آخری سیشن</translation>
    </message>
    <message>
        <source>Families booked (not the waiting list)</source>
        <translation>بک شدہ خاندان (انتظار کی فہرست نہیں)</translation>
    </message>
    <message>
        <source>Booked families marked as came</source>
        <translation>بک شدہ خاندان جنہیں حاضر نشان زد کیا گیا</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Booked families who did not come, once it ended</source>
        <translation>بک شدہ خاندان جو سیشن ختم ہونے تک نہیں آئے</translation>
    </message>
    <message>
        <source>People signed in for its sessions, booked or walk-in</source>
        <translation>اس کے سیشنز کے لیے آمد درج کرنے والے افراد، بکنگ کے ساتھ یا بغیر بکنگ</translation>
    </message>
    <message>
        <source>Attendance by programme</source>
        <translation>پروگرام کے لحاظ سے حاضری</translation>
    </message>
    <message>
        <source>No sessions in those dates.</source>
        <translation>ان تاریخوں میں کوئی سیشن نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n places taken</source>
        <translation>
            <numerusform>%n میں سے {taken} جگہیں بھر چکی ہیں</numerusform>
            <numerusform>%n میں سے {taken} جگہیں بھر چکی ہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>%n جگہ بھر چکی ہے</numerusform>
            <numerusform>%n جگہیں بھر چکی ہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(منسوخ)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Hub settings</source>
        <translation>ہب کی ترتیبات</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>رازداری کا نوٹس</translation>
    </message>
    <message>
        <source>Families agree to this at the kiosk. Changing the words raises the version, and returning families see the notice again. Leave it empty for the standard wording.</source>
        <translation>خاندان کیوسک پر اس سے اتفاق کرتے ہیں۔ الفاظ بدلنے سے ورژن بڑھ جاتا ہے، اور واپس آنے والے خاندان نوٹس دوبارہ دیکھتے ہیں۔ معیاری عبارت کے لیے اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>رازداری کے نوٹس کا متن</translation>
    </message>
    <message>
        <source>Empty: families see the standard wording.</source>
        <translation>خالی: خاندان معیاری عبارت دیکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>نوٹس محفوظ کریں</translation>
    </message>
    <message>
        <source>Keeping personal data</source>
        <translation>ذاتی ڈیٹا رکھنا</translation>
    </message>
    <message>
        <source>Erase families after this long with no visit or contact:</source>
        <translation>کسی آمد یا رابطے کے بغیر اتنی مدت گزرنے پر خاندانوں کو مٹا دیں:</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>محفوظ رکھنے کی مدت، مہینوں میں</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>مدت محفوظ کریں</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>محفوظ رکھنے کی مدت</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>محفوظ رکھنے کی پالیسی ابھی نافذ کریں</translation>
    </message>
    <message>
        <source>Audit log: every entry carries the hash of the one before.</source>
        <translation>آڈٹ لاگ: ہر اندراج میں پچھلے اندراج کا ہیش شامل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>آڈٹ لاگ کی تصدیق کریں</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>ورژن {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n سال</numerusform>
            <numerusform>%n سال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n مہینہ</numerusform>
            <numerusform>%n مہینے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for erasure now: %n families.</source>
        <translation>
            <numerusform>اب مٹانے کے لیے واجب: %n خاندان۔</numerusform>
            <numerusform>اب مٹانے کے لیے واجب: %n خاندان۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice is unchanged (still version {version}).</source>
        <translation>نوٹس میں کوئی تبدیلی نہیں (اب بھی ورژن {version})۔</translation>
    </message>
    <message>
        <source>Notice saved as version {version}. Returning families will see it again.</source>
        <translation>نوٹس ورژن {version} کے طور پر محفوظ ہو گیا۔ واپس آنے والے خاندان اسے دوبارہ دیکھیں گے۔</translation>
    </message>
    <message>
        <source>Personal data is now kept for {period}.</source>
        <translation>ذاتی ڈیٹا اب {period} تک رکھا جائے گا۔</translation>
    </message>
    <message>
        <source>Retention ran.</source>
        <translation>محفوظ رکھنے کی پالیسی نافذ ہو گئی۔</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries link up.</source>
        <translation>
            <numerusform>درست: %n اندراج سلسلے سے جڑا ہوا ہے۔</numerusform>
            <numerusform>درست: تمام %n اندراجات آپس میں جڑے ہوئے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: entry {seq} does not match (changed, or an entry before it was removed).</source>
        <translation>خراب: اندراج {seq} مطابقت نہیں رکھتا (تبدیل کیا گیا، یا اس سے پہلے کا کوئی اندراج ہٹا دیا گیا)۔</translation>
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
    <name>SummaryWizardPage</name>
    <message>
        <source>Check and set up</source>
        <translation>جانچیں اور سیٹ اپ کریں</translation>
    </message>
    <message>
        <source>Check what this PC will be. Back changes anything; Set up creates the encrypted store, which takes a few seconds. The passphrase and the PIN are not shown.</source>
        <translation>دیکھ لیں کہ یہ PC کیا بنے گا۔ «پیچھے» سے کچھ بھی بدلا جا سکتا ہے؛ «سیٹ اپ کریں» خفیہ (encrypted) ڈیٹا اسٹور بناتا ہے، جس میں چند سیکنڈ لگتے ہیں۔ پاس فریز اور PIN نہیں دکھائے جاتے۔</translation>
    </message>
    <message>
        <source>Setting up...</source>
        <translation>سیٹ اپ ہو رہا ہے...</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>سیٹ اپ کریں</translation>
    </message>
    <message>
        <source>The sign-in kiosk</source>
        <translation>آمد کے اندراج کا کیوسک</translation>
    </message>
    <message>
        <source>A front desk</source>
        <translation>ایک فرنٹ ڈیسک</translation>
    </message>
    <message>
        <source>An outreach laptop</source>
        <translation>ایک آؤٹ ریچ لیپ ٹاپ</translation>
    </message>
    <message>
        <source>This PC will be</source>
        <translation>یہ PC بنے گا</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>ڈیوائس کا نام</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>ہب</translation>
    </message>
    <message>
        <source>Joins a hub through the central service</source>
        <translation>مرکزی سروس کے ذریعے کسی ہب میں شامل ہوتا ہے</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>مرکزی سروس</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>انرولمنٹ کوڈ</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>ہب کوڈ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>%1 (the hub&apos;s name)</source>
        <translation>%1 (ہب کا نام)</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>مقام کا پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>پہلا منتظم</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>ڈیٹا اسٹور</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>سنک</translation>
    </message>
    <message>
        <source>The hub&apos;s other devices</source>
        <translation>مرکز کے دیگر آلات</translation>
    </message>
    <message>
        <source>Records the central service refused</source>
        <translation>وہ ریکارڈ جنہیں مرکزی سروس نے مسترد کیا</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>قرنطینہ میں رکھے گئے ریکارڈ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>کوششیں</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>قرنطینہ میں کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Send again (after fixing the record)</source>
        <translation>دوبارہ بھیجیں (ریکارڈ درست کرنے کے بعد)</translation>
    </message>
    <message>
        <source>Discard (keep it on this computer only)</source>
        <translation>رد کریں (صرف اسی کمپیوٹر پر رکھیں)</translation>
    </message>
    <message>
        <source>This computer keeps everything safely and works offline. Once it is enrolled with the council&apos;s central service (see below), waiting records are sent.</source>
        <translation>یہ کمپیوٹر سب کچھ محفوظ طریقے سے رکھتا ہے اور آف لائن کام کرتا ہے۔ کونسل کی مرکزی سروس میں رجسٹر ہونے کے بعد (نیچے دیکھیں)، منتظر ریکارڈ بھیج دیے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the central service yet.</source>
        <translation>یہ کمپیوٹر ابھی مرکزی سروس میں رجسٹر نہیں ہے۔</translation>
    </message>
    <message>
        <source>This computer has not received the hub key yet.</source>
        <translation>اس کمپیوٹر کو ابھی ہب کی کلید نہیں ملی۔</translation>
    </message>
    <message>
        <source>The central service cannot be reached: working offline.</source>
        <translation>مرکزی سروس سے رابطہ نہیں ہو سکا: آف لائن کام ہو رہا ہے۔</translation>
    </message>
    <message>
        <source>The central service is busy: trying again shortly.</source>
        <translation>مرکزی سروس مصروف ہے: تھوڑی دیر میں دوبارہ کوشش کی جائے گی۔</translation>
    </message>
    <message>
        <source>The central service asked us to wait: trying again shortly.</source>
        <translation>مرکزی سروس نے انتظار کرنے کو کہا ہے: تھوڑی دیر میں دوبارہ کوشش کی جائے گی۔</translation>
    </message>
    <message>
        <source>The central service no longer accepts this computer.</source>
        <translation>مرکزی سروس اب اس کمپیوٹر کو قبول نہیں کرتی۔</translation>
    </message>
    <message>
        <source>Last problem: {code}</source>
        <translation>آخری مسئلہ: {code}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>آمد</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Here to Help contact</source>
        <translation>Here to Help رابطہ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>QR پاس</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>عملے کا فرد</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>اگلی سنک پر اسے دوبارہ بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>Discarded: it stays on this computer only.</source>
        <translation>رد کر دیا گیا: یہ صرف اسی کمپیوٹر پر رہے گا۔</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable</source>
        <translation>نظام الاوقات</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>تمام مقامات</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ پچھلا</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>اگلا ◀</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>یہ ہفتہ</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>پچھلا ہفتہ نقل کریں</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>سیشن شامل کریں</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>سیشن منسوخ کریں</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>سیشن تبدیل کریں</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s day, times or places</source>
        <translation>منتخب سیشن کا دن، اوقات یا جگہیں تبدیل کریں</translation>
    </message>
    <message>
        <source>Public offer</source>
        <translation>عوامی پیشکش</translation>
    </message>
    <message>
        <source>Publish the chosen session to the council&apos;s directory and families&apos; calendars</source>
        <translation>منتخب سیشن کو کونسل کی ڈائریکٹری اور خاندانوں کے کیلنڈروں میں شائع کریں</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>اس ہفتے کے سیشن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <source>Public sessions are in the council&apos;s directory and families&apos; calendars.</source>
        <translation>عوامی سیشن کونسل کی ڈائریکٹری اور خاندانوں کے کیلنڈروں میں ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>No sessions this week. Use “Copy last week” to bring last week&apos;s over.</source>
        <translation>اس ہفتے کوئی سیشن نہیں۔ پچھلے ہفتے کے سیشن لانے کے لیے “پچھلا ہفتہ نقل کریں” استعمال کریں۔</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>سیشن کا نام</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>سیشن کی قسم</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ختم</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>کوئی حد نہیں</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>تبدیلیاں محفوظ کریں</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>سیشن شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation>سیشن تبدیل ہو گیا۔</translation>
    </message>
    <message>
        <source>Cancel {name} on {day}? Families already booked stay on record.</source>
        <translation>{day} کو {name} منسوخ کریں؟ پہلے سے بک شدہ خاندان ریکارڈ میں رہیں گے۔</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>جی ہاں، منسوخ کریں</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>سیشن منسوخ ہو گیا۔</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>{day} کا ہفتہ</translation>
    </message>
    <message>
        <source>In the building now:</source>
        <translation>اس وقت عمارت میں:</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n انتظار میں</numerusform>
            <numerusform>%n انتظار میں</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(منسوخ)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>عوامی</translation>
    </message>
    <message numerus="yes">
        <source>Public offer saved for %n sessions.</source>
        <translation>
            <numerusform>%n سیشن کے لیے عوامی پیشکش محفوظ ہو گئی۔</numerusform>
            <numerusform>%n سیشنوں کے لیے عوامی پیشکش محفوظ ہو گئی۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions copied from last week.</source>
        <translation>
            <numerusform>پچھلے ہفتے سے %n سیشن نقل ہو گیا۔</numerusform>
            <numerusform>پچھلے ہفتے سے %n سیشن نقل ہو گئے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>Fire roll call</source>
        <translation>فائر رول کال</translation>
    </message>
    <message>
        <source>Save as PDF (and print, if there is a printer)</source>
        <translation>PDF کے طور پر محفوظ کریں (اور اگر پرنٹر ہو تو پرنٹ کریں)</translation>
    </message>
    <message>
        <source>Sign a family in</source>
        <translation>کسی خاندان کی آمد درج کریں</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>روانگی درج کریں</translation>
    </message>
    <message>
        <source>Sign everyone out</source>
        <translation>سب کی روانگی درج کریں</translation>
    </message>
    <message>
        <source>Who is in the building now</source>
        <translation>اس وقت عمارت میں کون ہے</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>کب سے موجود</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Signed in on</source>
        <translation>کس آلے پر اندراج ہوا</translation>
    </message>
    <message>
        <source>Nobody is signed in yet today.</source>
        <translation>آج ابھی تک کسی کی آمد درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>غیر رجسٹرڈ</translation>
    </message>
    <message>
        <source>Count who is here without a family record</source>
        <translation>خاندانی ریکارڈ کے بغیر موجود افراد کو گنیں</translation>
    </message>
    <message>
        <source>Why they came</source>
        <translation>آنے کی وجہ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>آمد درج کریں</translation>
    </message>
    <message>
        <source>Children {band}</source>
        <translation>بچے {band}</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>غیر رجسٹرڈ</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: {who} (%n people).</source>
        <translation>
            <numerusform>آمد درج ہو گئی: {who} (%n فرد)۔</numerusform>
            <numerusform>آمد درج ہو گئی: {who} (%n افراد)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>{total}: {adults}, {children}</source>
        <translation>{total}: {adults}، {children}</translation>
    </message>
    <message numerus="yes">
        <source>%n adults</source>
        <translation>
            <numerusform>%n بالغ</numerusform>
            <numerusform>%n بالغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n بچہ</numerusform>
            <numerusform>%n بچے</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: data up to {when}</source>
        <translation>{device}: {when} تک کا ڈیٹا</translation>
    </message>
    <message>
        <source>{device}: nothing received yet</source>
        <translation>{device}: ابھی کچھ موصول نہیں ہوا</translation>
    </message>
    <message>
        <source>{people} in {parties}</source>
        <translation>{parties} میں {people}</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n فرد</numerusform>
            <numerusform>%n افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n گروپ</numerusform>
            <numerusform>%n گروپ</numerusform>
        </translation>
    </message>
    <message>
        <source>a party with no family record</source>
        <translation>خاندانی ریکارڈ کے بغیر ایک گروپ</translation>
    </message>
    <message numerus="yes">
        <source>Sign out {who} (%n people)?</source>
        <translation>
            <numerusform>{who} کی روانگی درج کریں (%n فرد)؟</numerusform>
            <numerusform>{who} کی روانگی درج کریں (%n افراد)؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>جی ہاں، روانگی درج کریں</translation>
    </message>
    <message numerus="yes">
        <source>Signed out: {who} (%n people).</source>
        <translation>
            <numerusform>روانگی درج ہو گئی: {who} (%n فرد)۔</numerusform>
            <numerusform>روانگی درج ہو گئی: {who} (%n افراد)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed back in: {who}.</source>
        <translation>دوبارہ آمد درج ہو گئی: {who}۔</translation>
    </message>
    <message numerus="yes">
        <source>Sign out everyone in the building (%n people)? Do this at closing time.</source>
        <translation>
            <numerusform>عمارت میں موجود سب کی روانگی درج کریں (%n فرد)؟ یہ بند ہونے کے وقت کریں۔</numerusform>
            <numerusform>عمارت میں موجود سب کی روانگی درج کریں (%n افراد)؟ یہ بند ہونے کے وقت کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign everyone out</source>
        <translation>جی ہاں، سب کی روانگی درج کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n parties signed out.</source>
        <translation>
            <numerusform>%n گروپ کی روانگی درج ہو گئی۔</numerusform>
            <numerusform>%n گروپوں کی روانگی درج ہو گئی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at {when}</source>
        <translation>{when} پر لی گئی</translation>
    </message>
    <message>
        <source>Out?</source>
        <translation>چلے گئے؟</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>بالغ افراد</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Not registered ({how_many})</source>
        <translation>غیر رجسٹرڈ ({how_many})</translation>
    </message>
    <message>
        <source>How fresh each device&apos;s data is</source>
        <translation>ہر آلے کا ڈیٹا کتنا تازہ ہے</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>آلہ</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>ڈیٹا کب تک کا</translation>
    </message>
    <message>
        <source>this computer: live</source>
        <translation>یہ کمپیوٹر: براہ راست</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>ابھی کچھ موصول نہیں ہوا</translation>
    </message>
    <message>
        <source>Last sync with the central service: {when}</source>
        <translation>مرکزی سروس کے ساتھ آخری سنک: {when}</translation>
    </message>
    <message>
        <source>Not connected to a central service: other devices&apos; sign-ins may be missing.</source>
        <translation>کسی مرکزی سروس سے منسلک نہیں: ہو سکتا ہے دوسرے آلات پر درج آمد یہاں شامل نہ ہو۔</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>کسی کی آمد درج نہیں ہے۔</translation>
    </message>
    <message>
        <source>Taking the roll call…</source>
        <translation>رول کال تیار ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Roll call saved: {path}</source>
        <translation>رول کال محفوظ ہو گئی: {path}</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>{printer} پر پرنٹ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>VoiceAskBar</name>
    <message>
        <source>If the family would like to: how was today? (anonymous)</source>
        <translation>اگر خاندان چاہے: آج کیسا رہا؟ (گمنام)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
</context>
<context>
    <name>VoiceCard</name>
    <message>
        <source>Family voice: questions after the faces</source>
        <translation>خاندانوں کی آواز: چہروں کے بعد سوالات</translation>
    </message>
    <message>
        <source>After tapping a face, families may answer these by tapping yes, a little or no. Own words: English is needed; a language left empty shows the English (or, for a standard question, the kiosk&apos;s own translation). Saving a change starts a new version: earlier answers stay with the words they answered.</source>
        <translation>چہرہ چھونے کے بعد خاندان ہاں، تھوڑا یا نہیں چھو کر ان کا جواب دے سکتے ہیں۔ اپنے الفاظ: انگریزی ضروری ہے؛ خالی چھوڑی گئی زبان انگریزی دکھاتی ہے (یا معیاری سوال کے لیے کیوسک کا اپنا ترجمہ)۔ تبدیلی محفوظ کرنے سے نیا ورژن شروع ہوتا ہے: پہلے کے جوابات انہی الفاظ کے ساتھ رہتے ہیں جن کا انہوں نے جواب دیا۔</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>سوال %1</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>نہیں پوچھا جاتا</translation>
    </message>
    <message>
        <source>Question %1 in %2</source>
        <translation>سوال %1، %2 میں</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>سوالات</translation>
    </message>
    <message>
        <source>Save questions</source>
        <translation>سوالات محفوظ کریں</translation>
    </message>
    <message>
        <source>Version %1 of the hub&apos;s questions is in use.</source>
        <translation>ہب کے سوالات کا ورژن %1 استعمال میں ہے۔</translation>
    </message>
    <message>
        <source>No questions yet: the kiosk shows the faces only.</source>
        <translation>ابھی کوئی سوال نہیں: کیوسک صرف چہرے دکھاتا ہے۔</translation>
    </message>
    <message>
        <source>The questions are unchanged.</source>
        <translation>سوالات میں کوئی تبدیلی نہیں۔</translation>
    </message>
    <message>
        <source>Questions saved as version %1.</source>
        <translation>سوالات ورژن %1 کے طور پر محفوظ ہو گئے۔</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Thank you. It helps us make the hub better.</source>
        <translation>شکریہ۔ اس سے ہمیں ہب کو بہتر بنانے میں مدد ملتی ہے۔</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>خدا حافظ، جلد ملیں گے!</translation>
    </message>
    <message>
        <source>Enjoy the rest of your visit!</source>
        <translation>آپ کا باقی وقت اچھا گزرے!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>Question %1 of %2. Tap an answer.</source>
        <translation>سوال %1 از %2۔ کوئی جواب چھوئیں۔</translation>
    </message>
    <message>
        <source>No more questions</source>
        <translation>مزید سوال نہیں</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <source>Not good</source>
        <translation>اچھا نہیں</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>بہتر ہو سکتا تھا</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>اچھا</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>بہت اچھا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>تھوڑا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Did you get the help you came for?</source>
        <translation>کیا آپ کو وہ مدد ملی جس کے لیے آپ آئے تھے؟</translation>
    </message>
    <message>
        <source>Would you tell a friend about the hub?</source>
        <translation>کیا آپ کسی دوست کو ہب کے بارے میں بتائیں گے؟</translation>
    </message>
    <message>
        <source>Did you feel welcome?</source>
        <translation>کیا آپ نے خوش آمدید محسوس کیا؟</translation>
    </message>
    <message>
        <source>Did you learn something useful today?</source>
        <translation>کیا آج آپ نے کچھ مفید سیکھا؟</translation>
    </message>
    <message>
        <source>Did your child enjoy it?</source>
        <translation>کیا آپ کے بچے کو مزہ آیا؟</translation>
    </message>
    <message>
        <source>Our own question</source>
        <translation>ہمارا اپنا سوال</translation>
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
    <message>
        <source>What&apos;s on</source>
        <translation>سرگرمیاں</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to hubdesk</source>
        <translation>hubdesk میں خوش آمدید</translation>
    </message>
    <message>
        <source>This PC has not been set up yet. In a few steps it becomes the sign-in kiosk, the front desk or an outreach laptop of a Family Hub.

You will need: the hub&apos;s details (or an enrolment code from the council&apos;s central service), a passphrase for the administrator, and a PIN for the first administrator. Have a pen ready: a recovery code is shown once at the end.</source>
        <translation>یہ PC ابھی سیٹ اپ نہیں ہوا۔ چند مراحل میں یہ کسی Family Hub کا آمد کے اندراج کا کیوسک، فرنٹ ڈیسک یا آؤٹ ریچ لیپ ٹاپ بن جائے گا۔

آپ کو ان کی ضرورت ہوگی: ہب کی تفصیلات (یا کونسل کی مرکزی سروس سے رجسٹریشن کوڈ)، ایڈمنسٹریٹر کے لیے ایک پاس فریز، اور پہلے ایڈمنسٹریٹر کے لیے ایک PIN۔ قلم تیار رکھیں: آخر میں ایک بار بحالی کوڈ دکھایا جاتا ہے۔</translation>
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
<context>
    <name>_Page</name>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>the same phone number</source>
        <translation>ایک ہی فون نمبر</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>ایک ہی ای میل</translation>
    </message>
    <message>
        <source>a child with the same name and date of birth</source>
        <translation>ایک ہی نام اور تاریخ پیدائش والا بچہ</translation>
    </message>
    <message>
        <source>the same surname and postcode</source>
        <translation>ایک ہی خاندانی نام اور پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>an adult with the same name</source>
        <translation>ایک ہی نام والا بالغ</translation>
    </message>
    <message numerus="yes">
        <source>+ %n adults</source>
        <translation>
            <numerusform>+ %n بالغ</numerusform>
            <numerusform>+ %n بالغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n children</source>
        <translation>
            <numerusform>+ %n بچہ</numerusform>
            <numerusform>+ %n بچے</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>کہاں ریفر کیا گیا</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>رہنمائی کی گئی</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>صرف شدہ وقت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>خود آ کر (واک اِن)</translation>
    </message>
    <message>
        <source>Online request</source>
        <translation>آن لائن درخواست</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>رہائش</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>پیسے اور بینیفٹس</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>بچوں کی پرورش</translation>
    </message>
    <message>
        <source>Child development</source>
        <translation>بچے کی نشوونما</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>ذہنی صحت</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>گھریلو زیادتی</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>تعلیم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>مشورہ دیا گیا</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>ریفر کیا گیا</translation>
    </message>
    <message>
        <source>Booked into a group</source>
        <translation>گروپ میں بک کیا گیا</translation>
    </message>
    <message>
        <source>Early help request raised</source>
        <translation>ابتدائی مدد کی درخواست کی گئی</translation>
    </message>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>ہیلتھ وزیٹر یا کلینک</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>اپائنٹمنٹ</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>بس ملنے آئے ہیں</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>Family Hub</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>فائر اسٹیشن</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>فوجی اڈہ</translation>
    </message>
    <message>
        <source>School</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <source>Community venue</source>
        <translation>کمیونٹی مرکز</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>استقبالیہ</translation>
    </message>
    <message>
        <source>Outreach laptop</source>
        <translation>آؤٹ ریچ لیپ ٹاپ</translation>
    </message>
    <message>
        <source>Another device</source>
        <translation>کوئی اور آلہ</translation>
    </message>
    <message>
        <source>Stay and play</source>
        <translation>اسٹے اینڈ پلے</translation>
    </message>
    <message>
        <source>Baby clinic</source>
        <translation>بے بی کلینک</translation>
    </message>
    <message>
        <source>Youth group</source>
        <translation>نوجوانوں کا گروپ</translation>
    </message>
    <message>
        <source>Breakfast club</source>
        <translation>ناشتہ کلب</translation>
    </message>
    <message>
        <source>Learning through play</source>
        <translation>کھیل کے ذریعے سیکھنا</translation>
    </message>
    <message>
        <source>Parenting course</source>
        <translation>بچوں کی پرورش کا کورس</translation>
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
        <source>Other adult</source>
        <translation>کوئی اور بالغ</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>استقبالیہ</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>آؤٹ ریچ ورکر</translation>
    </message>
    <message>
        <source>Hub manager</source>
        <translation>ہب مینیجر</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ایڈمنسٹریٹر</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>کون آیا ہے</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ختم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>بکنگ</translation>
    </message>
    <message>
        <source>is needed.</source>
        <translation>ضروری ہے۔</translation>
    </message>
    <message>
        <source>is not a date. Type it as day/month/year, for example 10/12/2026.</source>
        <translation>تاریخ نہیں ہے۔ اسے دن/مہینہ/سال کی صورت میں لکھیں، مثلاً 10/12/2026۔</translation>
    </message>
    <message>
        <source>is not a real date (check the day and the month).</source>
        <translation>درست تاریخ نہیں ہے (دن اور مہینہ دیکھ لیں)۔</translation>
    </message>
    <message>
        <source>choose a date.</source>
        <translation>تاریخ چنیں۔</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>مستقبل کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>cannot be in the past.</source>
        <translation>ماضی کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>is too far in the past.</source>
        <translation>ماضی میں بہت پیچھے ہے۔</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>بہت لمبا ہے۔</translation>
    </message>
    <message>
        <source>is too short.</source>
        <translation>بہت چھوٹا ہے۔</translation>
    </message>
    <message>
        <source>is not the right length.</source>
        <translation>کی لمبائی درست نہیں۔</translation>
    </message>
    <message>
        <source>is outside what is allowed.</source>
        <translation>اجازت شدہ حد سے باہر ہے۔</translation>
    </message>
    <message>
        <source>is not a UK postcode. Check it, or leave it empty.</source>
        <translation>برطانیہ کا پوسٹ کوڈ نہیں ہے۔ اسے چیک کریں، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>has characters that cannot be stored.</source>
        <translation>میں ایسے حروف ہیں جو محفوظ نہیں کیے جا سکتے۔</translation>
    </message>
    <message>
        <source>is already used.</source>
        <translation>پہلے سے استعمال میں ہے۔</translation>
    </message>
    <message>
        <source>is already there.</source>
        <translation>پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>choose people from this family.</source>
        <translation>اسی خاندان کے افراد چنیں۔</translation>
    </message>
    <message>
        <source>has no places left.</source>
        <translation>میں کوئی جگہ باقی نہیں۔</translation>
    </message>
    <message>
        <source>is already booked for this session.</source>
        <translation>اس سیشن کے لیے پہلے سے بک ہے۔</translation>
    </message>
    <message>
        <source>tick at least one person who is coming.</source>
        <translation>آنے والے کم از کم ایک فرد پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>has already ended.</source>
        <translation>پہلے ہی ختم ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>can be marked as came on the day only.</source>
        <translation>صرف اسی دن حاضر نشان زد کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>must be after the start.</source>
        <translation>شروع کے بعد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>must be on the same day as the start.</source>
        <translation>شروع والے دن ہی ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>پورا عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>choose one from the list.</source>
        <translation>فہرست میں سے ایک چنیں۔</translation>
    </message>
    <message>
        <source>must be digits only.</source>
        <translation>صرف ہندسوں پر مشتمل ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>is too easy to guess: choose another.</source>
        <translation>اندازہ لگانا بہت آسان ہے: کوئی اور چنیں۔</translation>
    </message>
    <message>
        <source>They had already signed out.</source>
        <translation>ان کی روانگی پہلے ہی درج ہو چکی تھی۔</translation>
    </message>
    <message>
        <source>That visit is not in the list any more.</source>
        <translation>وہ آمد اب فہرست میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>It is too late to undo that sign-out: sign them in again instead.</source>
        <translation>اس روانگی کو واپس لینے میں بہت دیر ہو چکی ہے: اس کے بجائے ان کی آمد دوبارہ درج کریں۔</translation>
    </message>
    <message>
        <source>The sign-out has already gone to the other devices, so it cannot be undone: sign them in again instead.</source>
        <translation>روانگی کا اندراج دوسرے آلات تک پہنچ چکا ہے، اس لیے اسے واپس نہیں لیا جا سکتا: اس کے بجائے ان کی آمد دوبارہ درج کریں۔</translation>
    </message>
    <message>
        <source>They have signed in again since, so there is nothing to undo.</source>
        <translation>اس کے بعد ان کی آمد دوبارہ درج ہو چکی ہے، اس لیے واپس لینے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n problem(s) shown beside the fields.</source>
        <translation>
            <numerusform>براہ کرم خانوں کے ساتھ دکھایا گیا %n مسئلہ درست کریں۔</numerusform>
            <numerusform>براہ کرم خانوں کے ساتھ دکھائے گئے %n مسائل درست کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>آپ کے کردار میں اس کی اجازت نہیں۔</translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked for now.</source>
        <translation>بہت زیادہ غلط PIN: فی الحال لاک ہے۔</translation>
    </message>
    <message>
        <source>That did not work ({kind}). Please try again.</source>
        <translation>یہ کام نہیں ہوا ({kind})۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That session is full.</source>
        <translation>وہ سیشن بھر چکا ہے۔</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>براہ کرم فارم چیک کریں: {problem}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>آج {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>کل {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n دن پہلے</numerusform>
            <numerusform>%n دن پہلے</numerusform>
        </translation>
    </message>
    <message>
        <source>To send them, enrol this laptop with the council&apos;s central service:</source>
        <translation>انہیں بھیجنے کے لیے، اس لیپ ٹاپ کو کونسل کی مرکزی سروس میں رجسٹر کریں:</translation>
    </message>
    <message>
        <source>1. Ask your hub&apos;s administrator for an enrolment code for this laptop (a code or a QR code).</source>
        <translation>1۔ اپنے ہب کے ایڈمنسٹریٹر سے اس لیپ ٹاپ کے لیے انرولمنٹ کوڈ مانگیں (ایک کوڈ یا QR کوڈ)۔</translation>
    </message>
    <message>
        <source>2. Close hubdesk (Lock, then close the window).</source>
        <translation>2۔ hubdesk بند کریں (لاک کریں، پھر ونڈو بند کریں)۔</translation>
    </message>
    <message>
        <source>3. Open a terminal (on Windows: Command Prompt), type: hubdesk enrol THE-CODE --kind outreach, and press Enter.</source>
        <translation>3۔ ٹرمینل کھولیں (Windows پر: Command Prompt)، یہ ٹائپ کریں: hubdesk enrol THE-CODE --kind outreach، اور Enter دبائیں۔</translation>
    </message>
    <message>
        <source>4. Open hubdesk again: this box then says when records were last sent.</source>
        <translation>4۔ hubdesk دوبارہ کھولیں: پھر یہ خانہ بتائے گا کہ ریکارڈ آخری بار کب بھیجے گئے۔</translation>
    </message>
    <message>
        <source>Safe to close the lid: everything is sent.</source>
        <translation>ڈھکن بند کرنا محفوظ ہے: سب کچھ بھیج دیا گیا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Not safe yet: %n records not sent.</source>
        <translation>
            <numerusform>ابھی محفوظ نہیں: %n ریکارڈ نہیں بھیجا گیا۔</numerusform>
            <numerusform>ابھی محفوظ نہیں: %n ریکارڈ نہیں بھیجے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation>ابھی بھیجنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Last sent: {when}</source>
        <translation>آخری بار بھیجا گیا: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to send</source>
        <translation>
            <numerusform>%n ریکارڈ بھیجے جانے کا منتظر</numerusform>
            <numerusform>%n ریکارڈ بھیجے جانے کے منتظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the central service: see the Sync tab</source>
        <translation>
            <numerusform>%n کو مرکزی سروس نے مسترد کیا: سنک ٹیب دیکھیں</numerusform>
            <numerusform>%n کو مرکزی سروس نے مسترد کیا: سنک ٹیب دیکھیں</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled, so nothing is sent: all is kept safely on this laptop</source>
        <translation>رجسٹر نہیں، اس لیے کچھ نہیں بھیجا جاتا: سب کچھ اسی لیپ ٹاپ پر محفوظ ہے</translation>
    </message>
    <message>
        <source>offline: kept safely on this laptop, sent when back online</source>
        <translation>آف لائن: اسی لیپ ٹاپ پر محفوظ ہے، دوبارہ آن لائن ہونے پر بھیج دیا جائے گا</translation>
    </message>
    <message>
        <source>sending: keep the laptop open and connected for a moment</source>
        <translation>بھیجا جا رہا ہے: لیپ ٹاپ کو کچھ دیر کھلا اور منسلک رکھیں</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a central service · %n records kept on this computer</source>
        <translation>
            <numerusform>کسی مرکزی سروس سے منسلک نہیں · %n ریکارڈ اسی کمپیوٹر پر محفوظ</numerusform>
            <numerusform>کسی مرکزی سروس سے منسلک نہیں · %n ریکارڈ اسی کمپیوٹر پر محفوظ</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>سنک ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>آف لائن</translation>
    </message>
    <message>
        <source>Refused by the central service: ask your administrator</source>
        <translation>مرکزی سروس نے مسترد کر دیا: اپنے ایڈمنسٹریٹر سے پوچھیں</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>آخری سنک {when}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>کبھی سنک نہیں ہوا</translation>
    </message>
    <message numerus="yes">
        <source>{state} · {last} · %n waiting</source>
        <translation>
            <numerusform>{state} · {last} · %n منتظر</numerusform>
            <numerusform>{state} · {last} · %n منتظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes ahead: please set it right</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی %n منٹ آگے ہے: براہ کرم اسے درست کریں</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی %n منٹ آگے ہے: براہ کرم اسے درست کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes behind: please set it right</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی %n منٹ پیچھے ہے: براہ کرم اسے درست کریں</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی %n منٹ پیچھے ہے: براہ کرم اسے درست کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours ahead: please set it right</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی %n گھنٹہ آگے ہے: براہ کرم اسے درست کریں</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی %n گھنٹے آگے ہے: براہ کرم اسے درست کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours behind: please set it right</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی %n گھنٹہ پیچھے ہے: براہ کرم اسے درست کریں</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی %n گھنٹے پیچھے ہے: براہ کرم اسے درست کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days ahead: please set it right</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی %n دن آگے ہے: براہ کرم اسے درست کریں</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی %n دن آگے ہے: براہ کرم اسے درست کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days behind: please set it right</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی %n دن پیچھے ہے: براہ کرم اسے درست کریں</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی %n دن پیچھے ہے: براہ کرم اسے درست کریں</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: directly, {when}</source>
        <translation>{device}: براہ راست، {when}</translation>
    </message>
    <message>
        <source>{device}: through the service, {when}</source>
        <translation>{device}: مرکزی سروس کے ذریعے، {when}</translation>
    </message>
    <message>
        <source>{device}: through the service</source>
        <translation>{device}: مرکزی سروس کے ذریعے</translation>
    </message>
    <message>
        <source>{device}: not heard from since {when}</source>
        <translation>{device}: {when} سے کوئی رابطہ نہیں</translation>
    </message>
    <message>
        <source>{device}: not heard from</source>
        <translation>{device}: کوئی رابطہ نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n devices heard directly</source>
        <translation>
            <numerusform>%n آلہ براہ راست</numerusform>
            <numerusform>%n آلات براہ راست</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n through the service</source>
        <translation>
            <numerusform>%n مرکزی سروس کے ذریعے</numerusform>
            <numerusform>%n مرکزی سروس کے ذریعے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not heard from</source>
        <translation>
            <numerusform>%n کوئی رابطہ نہیں</numerusform>
            <numerusform>%n کوئی رابطہ نہیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>This must be filled in.</source>
        <translation>یہ پُر کرنا ضروری ہے۔</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>یہ بہت چھوٹا ہے۔</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>یہ بہت لمبا ہے۔</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>صرف ہندسے استعمال کریں۔</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN میں 4 سے 12 ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>This is not a valid UK postcode.</source>
        <translation>یہ برطانیہ کا درست پوسٹ کوڈ نہیں ہے۔</translation>
    </message>
    <message>
        <source>There is already a store here.</source>
        <translation>یہاں پہلے سے ایک ڈیٹا اسٹور موجود ہے۔</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>دونوں ایک جیسے نہیں ہیں۔</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>پتہ https:// سے شروع ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The files could not be written: check the disk and try again.</source>
        <translation>فائلیں لکھی نہیں جا سکیں: ڈسک چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>یہ کام نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>The central service could not be reached. Check the address and the network, or set up a standalone hub.</source>
        <translation>مرکزی سروس سے رابطہ نہیں ہو سکا۔ پتہ اور نیٹ ورک چیک کریں، یا ایک الگ (اسٹینڈ الون) ہب سیٹ اپ کریں۔</translation>
    </message>
    <message>
        <source>The central service refused the enrolment code (wrong, used or expired). Ask for a new one.</source>
        <translation>مرکزی سروس نے رجسٹریشن کوڈ مسترد کر دیا (غلط، استعمال شدہ یا میعاد ختم)۔ نیا کوڈ مانگیں۔</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was saved; please try again.</source>
        <translation>کچھ غلط ہو گیا (%1)۔ کچھ محفوظ نہیں ہوا؛ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
</TS>
