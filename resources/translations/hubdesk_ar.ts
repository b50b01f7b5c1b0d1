<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Agreed to version {v} on {when}, recorded at the desk by {name}.</source>
        <translation>تمت الموافقة على الإصدار {v} في {when}، وسجّلها {name} في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Agreed to version {v} on {when}.</source>
        <translation>تمت الموافقة على الإصدار {v} في {when}.</translation>
    </message>
    <message>
        <source>Has not agreed to the privacy notice (version {version}).</source>
        <translation>لم تتم الموافقة على إشعار الخصوصية (الإصدار {version}).</translation>
    </message>
    <message>
        <source>The notice has changed since (now version {version}).</source>
        <translation>تغيّر الإشعار منذ ذلك الحين (الإصدار الحالي {version}).</translation>
    </message>
    <message>
        <source>This Family Hub keeps a record of visits so that it can plan its groups and services.</source>
        <translation>يحتفظ مركز العائلة (Family Hub) هذا بسجل للزيارات حتى يتمكن من تخطيط مجموعاته وخدماته.</translation>
    </message>
    <message>
        <source>If you register, we keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, your full postcode and, if you give them, a phone number or email and an expected baby&apos;s due date. Only staff at this Family Hub can see them. They are kept for the hub&apos;s retention period after your last visit and then deleted.</source>
        <translation>إذا سجّلت، نحتفظ بأسمائكم الأولى، ومن هو من (الأم، الأب ...)، وتواريخ ميلاد أطفالك وما إذا كانوا من ذوي SEND، ورمزك البريدي كاملاً، وكذلك رقم الهاتف أو البريد الإلكتروني وموعد الولادة المتوقع لطفل منتظر إن أعطيتنا إياها. لا يراها إلا موظفو مركز العائلة هذا. وتُحفظ طوال مدة الاحتفاظ المعتمدة في المركز بعد آخر زيارة لك ثم تُحذف.</translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>يمكنك أن تطلب في مكتب الاستقبال في أي وقت رؤية بياناتك أو تصحيحها أو حذفها.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n months, so everything before {cutoff} was due.</source>
        <translation>
            <numerusform>لا تُحفظ البيانات لأي مدة، لذا حان موعد حذف كل ما قبل {cutoff}.</numerusform>
            <numerusform>تُحفظ البيانات لمدة شهر واحد، لذا حان موعد حذف كل ما قبل {cutoff}.</numerusform>
            <numerusform>تُحفظ البيانات لمدة شهرين، لذا حان موعد حذف كل ما قبل {cutoff}.</numerusform>
            <numerusform>تُحفظ البيانات لمدة %n أشهر، لذا حان موعد حذف كل ما قبل {cutoff}.</numerusform>
            <numerusform>تُحفظ البيانات لمدة %n شهراً، لذا حان موعد حذف كل ما قبل {cutoff}.</numerusform>
            <numerusform>تُحفظ البيانات لمدة %n شهر، لذا حان موعد حذف كل ما قبل {cutoff}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Families erased: {families} (%n people).</source>
        <translation>
            <numerusform>العائلات التي مُحيت: {families} (لا أحد).</numerusform>
            <numerusform>العائلات التي مُحيت: {families} (شخص واحد).</numerusform>
            <numerusform>العائلات التي مُحيت: {families} (شخصان).</numerusform>
            <numerusform>العائلات التي مُحيت: {families} (%n أشخاص).</numerusform>
            <numerusform>العائلات التي مُحيت: {families} (%n شخصاً).</numerusform>
            <numerusform>العائلات التي مُحيت: {families} (%n شخص).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits&apos; names cleared: {visits}. Notes of contacts with no family cleared: {contacts}. Former staff names removed: {staff}. Old backups deleted: {backups}. Synced outbox events deleted: {sent}.</source>
        <translation>زيارات أُزيلت منها الأسماء: {visits}. حالات تواصل بلا عائلة أُزيلت ملاحظاتها: {contacts}. أسماء موظفين سابقين أُزيلت: {staff}. نسخ احتياطية قديمة حُذفت: {backups}. أحداث صندوق الصادر المُزامَنة التي حُذفت: {sent}.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>A little about you</source>
        <translation>قليلاً عنك</translation>
    </message>
    <message>
        <source>Your postcode</source>
        <translation>رمزك البريدي</translation>
    </message>
    <message>
        <source>e.g. NE1 4XF</source>
        <translation>مثلاً NE1 4XF</translation>
    </message>
    <message>
        <source>Your postcode (optional)</source>
        <translation>رمزك البريدي (اختياري)</translation>
    </message>
    <message>
        <source>To plan services near you. Unless you register, we keep only the area it is in (like {district}, the ward and the neighbourhood), not the postcode itself.</source>
        <translation>لنخطط لخدمات قريبة منك. إذا لم تسجّل، نحتفظ فقط بالمنطقة التي يقع فيها (مثل {district} والدائرة والحي)، لا بالرمز البريدي نفسه.</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub? (optional)</source>
        <translation>هل هذه أول مرة تزور فيها مركز عائلة (Family Hub)؟ (اختياري)</translation>
    </message>
    <message>
        <source>Yes, first time</source>
        <translation>نعم، أول مرة</translation>
    </message>
    <message>
        <source>No, I have been before</source>
        <translation>لا، زرته من قبل</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>رمز PIN (من 4 إلى 12 رقماً)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>إلغاء التفعيل</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>تمت إضافة الموظف.</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>تم إلغاء التفعيل.</translation>
    </message>
</context>
<context>
    <name>AdminWizardPage</name>
    <message>
        <source>First administrator</source>
        <translation>المسؤول الأول</translation>
    </message>
    <message>
        <source>The first staff member is this hub&apos;s administrator: they add the other staff. Staff sign in to hubdesk with a PIN of 4 to 12 digits.</source>
        <translation>أول موظف هو مسؤول هذا المركز: وهو من يضيف بقية الموظفين. يسجّل الموظفون الدخول إلى hubdesk برمز PIN من 4 إلى 12 رقماً.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>رمز PIN مرة أخرى</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>رمزا PIN غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>AlertBar</name>
    <message>
        <source>Seen</source>
        <translation>تم الاطلاع</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word: they will be in {room} ({when}).</source>
        <translation>شخص في {where} يودّ التحدث على انفراد: سيكون في {room} ({when}).</translation>
    </message>
    <message>
        <source>Someone at {where} would like a private word ({when}).</source>
        <translation>شخص في {where} يودّ التحدث على انفراد ({when}).</translation>
    </message>
    <message numerus="yes">
        <source>(%n requests)</source>
        <translation>
            <numerusform>(لا طلبات)</numerusform>
            <numerusform>(طلب واحد)</numerusform>
            <numerusform>(طلبان)</numerusform>
            <numerusform>(%n طلبات)</numerusform>
            <numerusform>(%n طلباً)</numerusform>
            <numerusform>(%n طلب)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasCard</name>
    <message>
        <source>Areas for reports</source>
        <translation>مناطق التقارير</translation>
    </message>
    <message>
        <source>Load postcode lookup…</source>
        <translation>تحميل جدول الرموز البريدية…</translation>
    </message>
    <message>
        <source>Reach area: the postcode districts the council&apos;s map gives this hub, separated by spaces or commas (for example NE61, NE62).</source>
        <translation>منطقة التغطية: مقاطعات الرموز البريدية التي تخصصها خريطة المجلس لهذا المركز، مفصولة بمسافات أو فواصل (مثلاً NE61, NE62).</translation>
    </message>
    <message>
        <source>Reach area postcode districts</source>
        <translation>مقاطعات الرموز البريدية لمنطقة التغطية</translation>
    </message>
    <message>
        <source>Save reach area</source>
        <translation>حفظ منطقة التغطية</translation>
    </message>
    <message>
        <source>Reach area</source>
        <translation>منطقة التغطية</translation>
    </message>
    <message>
        <source>Lookup file</source>
        <translation>ملف جدول الرموز</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation decile.</source>
        <translation>
            <numerusform>الرموز البريدية في الجدول: %n. تُحسب الزيارات حسب الدائرة وLSOA وعُشير الحرمان.</numerusform>
            <numerusform>الرموز البريدية في الجدول: %n. تُحسب الزيارات حسب الدائرة وLSOA وعُشير الحرمان.</numerusform>
            <numerusform>الرموز البريدية في الجدول: %n. تُحسب الزيارات حسب الدائرة وLSOA وعُشير الحرمان.</numerusform>
            <numerusform>الرموز البريدية في الجدول: %n. تُحسب الزيارات حسب الدائرة وLSOA وعُشير الحرمان.</numerusform>
            <numerusform>الرموز البريدية في الجدول: %n. تُحسب الزيارات حسب الدائرة وLSOA وعُشير الحرمان.</numerusform>
            <numerusform>الرموز البريدية في الجدول: %n. تُحسب الزيارات حسب الدائرة وLSOA وعُشير الحرمان.</numerusform>
        </translation>
    </message>
    <message>
        <source>No postcode lookup is loaded: reports cannot count visits by ward, LSOA or deprivation decile. Load the council&apos;s lookup (a CSV from the ONS Postcode Directory).</source>
        <translation>لم يُحمَّل جدول الرموز البريدية: لا يمكن للتقارير حساب الزيارات حسب الدائرة أو LSOA أو عُشير الحرمان. حمّل جدول المجلس (ملف CSV من ONS Postcode Directory).</translation>
    </message>
    <message>
        <source>Choose the postcode lookup</source>
        <translation>اختر جدول الرموز البريدية</translation>
    </message>
    <message>
        <source>Loading the postcode lookup…</source>
        <translation>جارٍ تحميل جدول الرموز البريدية…</translation>
    </message>
    <message numerus="yes">
        <source>Postcodes loaded: %n.</source>
        <translation>
            <numerusform>الرموز البريدية المحمَّلة: %n.</numerusform>
            <numerusform>الرموز البريدية المحمَّلة: %n.</numerusform>
            <numerusform>الرموز البريدية المحمَّلة: %n.</numerusform>
            <numerusform>الرموز البريدية المحمَّلة: %n.</numerusform>
            <numerusform>الرموز البريدية المحمَّلة: %n.</numerusform>
            <numerusform>الرموز البريدية المحمَّلة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines skipped (not a postcode or an area code): %n (line {lines}).</source>
        <translation>
            <numerusform>الأسطر المتجاوَزة (ليست رمزاً بريدياً ولا رمز منطقة): %n (الأسطر {lines}).</numerusform>
            <numerusform>الأسطر المتجاوَزة (ليست رمزاً بريدياً ولا رمز منطقة): %n (السطر {lines}).</numerusform>
            <numerusform>الأسطر المتجاوَزة (ليست رمزاً بريدياً ولا رمز منطقة): %n (السطران {lines}).</numerusform>
            <numerusform>الأسطر المتجاوَزة (ليست رمزاً بريدياً ولا رمز منطقة): %n (الأسطر {lines}).</numerusform>
            <numerusform>الأسطر المتجاوَزة (ليست رمزاً بريدياً ولا رمز منطقة): %n (الأسطر {lines}).</numerusform>
            <numerusform>الأسطر المتجاوَزة (ليست رمزاً بريدياً ولا رمز منطقة): %n (الأسطر {lines}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode lookup is loaded.</source>
        <translation>تم تحميل جدول الرموز البريدية.</translation>
    </message>
    <message>
        <source>Reach area saved: {districts}.</source>
        <translation>تم حفظ منطقة التغطية: {districts}.</translation>
    </message>
    <message>
        <source>Reach area cleared.</source>
        <translation>تم مسح منطقة التغطية.</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Would you like a member of staff to come to you?</source>
        <translation>هل تود أن يأتي إليك أحد الموظفين؟</translation>
    </message>
    <message>
        <source>We will let a member of staff know, quietly.</source>
        <translation>سنُبلغ أحد الموظفين بهدوء.</translation>
    </message>
    <message>
        <source>Where will you be? Tap one if you like, or leave it.</source>
        <translation>أين ستكون؟ اختر واحداً إن شئت، أو اتركه.</translation>
    </message>
    <message>
        <source>Yes, please</source>
        <translation>نعم، من فضلك</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>لا، رجوع</translation>
    </message>
</context>
<context>
    <name>BabyPanel</name>
    <message>
        <source>Start for Life support begins before birth. An expected baby is not counted as a child in any figure until you record the birth.</source>
        <translation>يبدأ دعم Start for Life قبل الولادة. لا يُحتسب الطفل المنتظر طفلاً في أي رقم حتى تُسجَّل الولادة.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد الولادة المتوقع</translation>
    </message>
    <message>
        <source>Save due date</source>
        <translation>حفظ موعد الولادة</translation>
    </message>
    <message>
        <source>No longer expected</source>
        <translation>لم يعد منتظراً</translation>
    </message>
    <message>
        <source>The baby is born</source>
        <translation>وُلد الطفل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Record the birth</source>
        <translation>تسجيل الولادة</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>العودة إلى العائلة</translation>
    </message>
    <message>
        <source>Expected baby: {family}</source>
        <translation>طفل منتظر: {family}</translation>
    </message>
    <message>
        <source>Baby due {day}.</source>
        <translation>موعد الولادة المتوقع {day}.</translation>
    </message>
    <message>
        <source>No baby expected now.</source>
        <translation>لا يوجد طفل منتظر حالياً.</translation>
    </message>
    <message>
        <source>{name} added to the family.</source>
        <translation>تمت إضافة {name} إلى العائلة.</translation>
    </message>
</context>
<context>
    <name>BirthDatePage</name>
    <message>
        <source>Date of birth, day/month/year</source>
        <translation>تاريخ الميلاد، يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>لديه احتياجات تعليمية خاصة أو إعاقة (SEND)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message numerus="yes">
        <source>With this date the child is %n year(s) old, but was counted in the group “{band}”. Please check the date. If it is right, tap Next again.</source>
        <translation>
            <numerusform>بهذا التاريخ يكون عمر الطفل أقل من سنة، لكنه احتُسب في فئة «{band}». يرجى التحقق من التاريخ. إذا كان صحيحاً، فاضغط «التالي» مرة أخرى.</numerusform>
            <numerusform>بهذا التاريخ يكون عمر الطفل سنة واحدة، لكنه احتُسب في فئة «{band}». يرجى التحقق من التاريخ. إذا كان صحيحاً، فاضغط «التالي» مرة أخرى.</numerusform>
            <numerusform>بهذا التاريخ يكون عمر الطفل سنتين، لكنه احتُسب في فئة «{band}». يرجى التحقق من التاريخ. إذا كان صحيحاً، فاضغط «التالي» مرة أخرى.</numerusform>
            <numerusform>بهذا التاريخ يكون عمر الطفل %n سنوات، لكنه احتُسب في فئة «{band}». يرجى التحقق من التاريخ. إذا كان صحيحاً، فاضغط «التالي» مرة أخرى.</numerusform>
            <numerusform>بهذا التاريخ يكون عمر الطفل %n سنة، لكنه احتُسب في فئة «{band}». يرجى التحقق من التاريخ. إذا كان صحيحاً، فاضغط «التالي» مرة أخرى.</numerusform>
            <numerusform>بهذا التاريخ يكون عمر الطفل %n سنة، لكنه احتُسب في فئة «{band}». يرجى التحقق من التاريخ. إذا كان صحيحاً، فاضغط «التالي» مرة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>Monthly board pack</source>
        <translation>التقرير الشهري للجنة</translation>
    </message>
    <message>
        <source>The scrutiny boards&apos; questions, answered</source>
        <translation>أسئلة لجان الرقابة، مع إجاباتها</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>هذه الفترة</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>الجهة السائلة</translation>
    </message>
    <message>
        <source>Asked, but not measured by hubdesk</source>
        <translation>أسئلة مطروحة لا يقيسها hubdesk</translation>
    </message>
    <message>
        <source>The figures behind the answers</source>
        <translation>الأرقام التي تستند إليها الإجابات</translation>
    </message>
    <message>
        <source>Exact figures, for use inside the hub.</source>
        <translation>أرقام دقيقة، للاستخدام داخل المركز.</translation>
    </message>
    <message>
        <source>For sharing: every figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so figures may not add up exactly.</source>
        <translation>للمشاركة: يُقرَّب كل رقم إلى أقرب مضاعف للعدد 5، والرقم الذي يُقرَّب إلى 0 يظهر بصيغة &quot;&lt;5&quot;، لذا قد لا تتطابق المجاميع تماماً.</translation>
    </message>
    <message>
        <source>Made {when}. Days are UK local days. Definitions: docs/measures.md.</source>
        <translation>أُعدّ في {when}. الأيام بحسب التوقيت المحلي في المملكة المتحدة. التعريفات: docs/measures.md.</translation>
    </message>
    <message>
        <source>{visits} visits; {people} people ({adults} adults, {children} children).</source>
        <translation>الزيارات: {visits}؛ الأشخاص: {people} (البالغون: {adults}، الأطفال: {children}).</translation>
    </message>
    <message>
        <source>{families} families reached: {new} new, {returning} returning; {children} children reached.</source>
        <translation>العائلات التي وُصل إليها: {families} (جديدة: {new}، عائدة: {returning})؛ الأطفال الذين وُصل إليهم: {children}.</translation>
    </message>
    <message>
        <source>{n} families came more than once (re-attendance {rate}).</source>
        <translation>عائلات حضرت أكثر من مرة: {n} (معدل تكرار الحضور {rate}).</translation>
    </message>
    <message>
        <source>Attendances by age: {bands}.</source>
        <translation>الحضور حسب العمر: {bands}.</translation>
    </message>
    <message>
        <source>{n} attendances by 17-19 year olds; {m} by 12-16 year olds.</source>
        <translation>مرات حضور من هم بعمر 17-19 سنة: {n}؛ ومن هم بعمر 12-16 سنة: {m}.</translation>
    </message>
    <message>
        <source>{n} attendances by 20-25 year olds with SEND; {m} by children with SEND in all.</source>
        <translation>مرات حضور من هم بعمر 20-25 سنة من ذوي SEND: {n}؛ ومجموع مرات حضور الأطفال من ذوي SEND: {m}.</translation>
    </message>
    <message>
        <source>{n} fathers and male carers came; {m} families reached came with a father or male carer.</source>
        <translation>الآباء ومقدّمو الرعاية الذكور الذين حضروا: {n}؛ العائلات التي وُصل إليها وحضرت مع أب أو مقدّم رعاية ذكر: {m}.</translation>
    </message>
    <message>
        <source>{n} visits from outside the reach area ({share} of visits with a district).</source>
        <translation>زيارات من خارج منطقة التغطية: {n} ({share} من الزيارات المعروفة مقاطعتها البريدية).</translation>
    </message>
    <message>
        <source>{n} visits from the most deprived 20% of areas (deciles 1 and 2).</source>
        <translation>زيارات من المناطق الأكثر حرماناً بنسبة 20% (العُشيران 1 و2): {n}.</translation>
    </message>
    <message>
        <source>Visits by site: {sites}.</source>
        <translation>الزيارات حسب الموقع: {sites}.</translation>
    </message>
    <message>
        <source>{n} Here to Help contacts; most asked about: {needs}; {ehr} early help requests raised.</source>
        <translation>حالات تواصل Here to Help: {n}؛ أكثر ما سُئل عنه: {needs}؛ طلبات المساعدة المبكرة المقدَّمة: {ehr}.</translation>
    </message>
    <message>
        <source>{due} follow-ups due: {on_time} done on time, {late} late, {overdue} overdue.</source>
        <translation>المتابعات المستحقة: {due} (أُنجزت في موعدها: {on_time}، أُنجزت متأخرة: {late}، متأخرة لم تُنجز: {overdue}).</translation>
    </message>
    <message>
        <source>{n} programmes, {sessions} sessions held; the busiest: {top}.</source>
        <translation>البرامج: {n}، الجلسات المنعقدة: {sessions}؛ الأكثر حضوراً: {top}.</translation>
    </message>
    <message>
        <source>No timetabled sessions in this period.</source>
        <translation>لا توجد جلسات مجدولة في هذه الفترة.</translation>
    </message>
    <message>
        <source>{n} answers to &quot;how was today?&quot;: {happy} good or very good ({share}) of {rated} with a face.</source>
        <translation>{n} إجابة على سؤال &quot;كيف كان يومكم؟&quot;: {happy} جيد أو جيد جداً ({share}) من {rated} اختاروا وجهاً.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; (version {version}): yes {yes} of {answered}.</source>
        <translation>&quot;{question}&quot; (الإصدار {version}): نعم {yes} من {answered}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Coventry scrutiny board</source>
        <translation>لجنة الرقابة في كوفنتري</translation>
    </message>
    <message>
        <source>Northumberland</source>
        <translation>نورثمبرلاند</translation>
    </message>
    <message>
        <source>Staffordshire scrutiny committee</source>
        <translation>لجنة الرقابة في ستافوردشير</translation>
    </message>
    <message>
        <source>Bradford</source>
        <translation>برادفورد</translation>
    </message>
    <message>
        <source>How many people come to the hub (footfall)?</source>
        <translation>كم عدد الأشخاص الذين يأتون إلى المركز (عدد الزوار)؟</translation>
    </message>
    <message>
        <source>How many children, young people and families does the hub reach, and how many are new?</source>
        <translation>كم عدد الأطفال والشباب والعائلات الذين يصل إليهم المركز، وكم منهم جدد؟</translation>
    </message>
    <message>
        <source>Do families come back? (re-attendance; hubdesk does not record re-referrals)</source>
        <translation>هل تعود العائلات؟ (تكرار الحضور؛ لا يسجّل hubdesk الإحالات المتكررة)</translation>
    </message>
    <message>
        <source>What ages are the children? Is the 0-2 and 0-5 work (Start for Life) kept up?</source>
        <translation>ما أعمار الأطفال؟ هل يستمر العمل مع الفئتين 0-2 و0-5 (Start for Life)؟</translation>
    </message>
    <message>
        <source>Are young people over 16 supported?</source>
        <translation>هل يحصل الشباب فوق 16 سنة على الدعم؟</translation>
    </message>
    <message>
        <source>Are young people aged 19-25 with SEND reached?</source>
        <translation>هل يصل المركز إلى الشباب بعمر 19-25 سنة من ذوي SEND؟</translation>
    </message>
    <message>
        <source>Are fathers engaged?</source>
        <translation>هل يشارك الآباء؟</translation>
    </message>
    <message>
        <source>Do people use the hub the map allocates to them, or travel to another?</source>
        <translation>هل يستخدم الناس المركز الذي تخصصه لهم الخريطة، أم يذهبون إلى مركز آخر؟</translation>
    </message>
    <message>
        <source>Does the hub reach the most deprived areas?</source>
        <translation>هل يصل المركز إلى المناطق الأكثر حرماناً؟</translation>
    </message>
    <message>
        <source>How much happens at outreach points and spokes in the community?</source>
        <translation>ما حجم النشاط في نقاط العمل الميداني والمراكز الفرعية في المجتمع؟</translation>
    </message>
    <message>
        <source>What do people ask Here to Help for, and how many requests for early help?</source>
        <translation>ماذا يطلب الناس من Here to Help، وكم عدد طلبات المساعدة المبكرة؟</translation>
    </message>
    <message>
        <source>Is the help given on time? (follow-ups, for the performance framework)</source>
        <translation>هل تُقدَّم المساعدة في وقتها؟ (المتابعات، لإطار الأداء)</translation>
    </message>
    <message>
        <source>Which groups run, and who comes to them?</source>
        <translation>ما المجموعات التي تُعقد، ومن يحضرها؟</translation>
    </message>
    <message>
        <source>What do families say about the hub? (family voice and experience)</source>
        <translation>ماذا تقول العائلات عن المركز؟ (صوت العائلات وتجربتها)</translation>
    </message>
    <message>
        <source>Are staff confident working with every age range?</source>
        <translation>هل يعمل الموظفون بثقة مع جميع الفئات العمرية؟</translation>
    </message>
    <message>
        <source>Do families keep the same support worker? Are staff retained?</source>
        <translation>هل تحتفظ العائلات بموظف الدعم نفسه؟ هل يبقى الموظفون في عملهم؟</translation>
    </message>
    <message>
        <source>What is the impact on social work caseloads, compared with before?</source>
        <translation>ما الأثر على أعباء حالات العمل الاجتماعي مقارنةً بما سبق؟</translation>
    </message>
    <message>
        <source>What difference did the help make to families (outcomes, case studies)?</source>
        <translation>ما الفرق الذي أحدثته المساعدة للعائلات (النتائج، دراسات الحالة)؟</translation>
    </message>
    <message>
        <source>How is public sector estate shared with health and other services?</source>
        <translation>كيف تُتقاسم مباني القطاع العام مع الخدمات الصحية وغيرها؟</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>What&apos;s on here, on your phone</source>
        <translation>ما يجري هنا، على هاتفك</translation>
    </message>
    <message>
        <source>Follow our timetable in your phone&apos;s calendar.</source>
        <translation>تابع جدولنا في تقويم هاتفك.</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. افتح كاميرا هاتفك.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. وجّهها نحو الرمز.</translation>
    </message>
    <message>
        <source>3. Tap Subscribe or Add to calendar.</source>
        <translation>3. اضغط اشتراك أو إضافة إلى التقويم.</translation>
    </message>
    <message>
        <source>Our sessions then show in your calendar, and so do changes and cancellations. Nothing about you is shared.</source>
        <translation>ستظهر جلساتنا بعد ذلك في تقويمك، وكذلك التغييرات والإلغاءات. لا تُشارك أي معلومات عنك.</translation>
    </message>
    <message>
        <source>QR code of our timetable</source>
        <translation>رمز QR لجدولنا</translation>
    </message>
</context>
<context>
    <name>CallerPrivacyPanel</name>
    <message>
        <source>Subject access and erasure for this caller:</source>
        <translation>الاطلاع على البيانات ومحوها لهذا المتصل:</translation>
    </message>
    <message>
        <source>Export everything held about this caller</source>
        <translation>تصدير كل ما نحتفظ به عن هذا المتصل</translation>
    </message>
    <message>
        <source>Erase this caller</source>
        <translation>محو بيانات هذا المتصل</translation>
    </message>
    <message>
        <source>Their contacts are saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to them another way than the file (read it out, or write it down).</source>
        <translation>تُحفظ اتصالاته كملف PDF يمكن فتحه بأي قارئ PDF، بكلمة مرور أُنشئت له. تظهر كلمة المرور هنا مرة واحدة: أعطها له بطريقة غير الملف (اقرأها بصوت عالٍ أو اكتبها).</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>كلمة مرور ملف PDF الخاص بالمتصل (أعطها له منفصلة عن الملف؛ لا تُحفظ في أي مكان):</translation>
    </message>
    <message>
        <source>Password for the caller&apos;s PDF</source>
        <translation>كلمة مرور ملف PDF الخاص بالمتصل</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>اختر مجلداً لحفظ الملف المُصدَّر فيه.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n contact(s)). Give the caller the password below separately.</source>
        <translation>
            <numerusform>تم الحفظ في {path} (لا اتصالات). أعطِ المتصل كلمة المرور أدناه بشكل منفصل.</numerusform>
            <numerusform>تم الحفظ في {path} (اتصال واحد). أعطِ المتصل كلمة المرور أدناه بشكل منفصل.</numerusform>
            <numerusform>تم الحفظ في {path} (اتصالان). أعطِ المتصل كلمة المرور أدناه بشكل منفصل.</numerusform>
            <numerusform>تم الحفظ في {path} (%n اتصالات). أعطِ المتصل كلمة المرور أدناه بشكل منفصل.</numerusform>
            <numerusform>تم الحفظ في {path} (%n اتصالاً). أعطِ المتصل كلمة المرور أدناه بشكل منفصل.</numerusform>
            <numerusform>تم الحفظ في {path} (%n اتصال). أعطِ المتصل كلمة المرور أدناه بشكل منفصل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name and number, the notes and who they were referred to go from every contact with this number; the needs stay, for the counts. This cannot be undone.</source>
        <translation>محو «{caller}»؟ يُحذف الاسم والرقم والملاحظات والجهة التي أُحيل إليها من كل اتصال بهذا الرقم؛ وتبقى الاحتياجات لأغراض الإحصاء. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erase “{caller}”? Their name, any number given with it, the notes and who they were referred to go from every contact with this name; the needs stay, for the counts. This cannot be undone.</source>
        <translation>محو «{caller}»؟ يُحذف الاسم وأي رقم أُعطي معه والملاحظات والجهة التي أُحيل إليها من كل اتصال بهذا الاسم؛ وتبقى الاحتياجات لأغراض الإحصاء. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Yes, erase this caller</source>
        <translation>نعم، امحُ بيانات هذا المتصل</translation>
    </message>
    <message numerus="yes">
        <source>The caller&apos;s name and number are erased from %n contact(s).</source>
        <translation>
            <numerusform>لم يُمحَ اسم المتصل ورقمه من أي اتصال.</numerusform>
            <numerusform>مُحي اسم المتصل ورقمه من اتصال واحد.</numerusform>
            <numerusform>مُحي اسم المتصل ورقمه من اتصالين.</numerusform>
            <numerusform>مُحي اسم المتصل ورقمه من %n اتصالات.</numerusform>
            <numerusform>مُحي اسم المتصل ورقمه من %n اتصالاً.</numerusform>
            <numerusform>مُحي اسم المتصل ورقمه من %n اتصال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Show your pass to the camera</source>
        <translation>اعرض بطاقتك أمام الكاميرا</translation>
    </message>
    <message>
        <source>Sorry, there is no camera here. Please go back and type your code.</source>
        <translation>عذراً، لا توجد كاميرا هنا. يرجى الرجوع وكتابة الرمز.</translation>
    </message>
    <message>
        <source>Hold the QR code still, about a hand&apos;s width away.</source>
        <translation>أمسك رمز QR ثابتاً على بعد كفّ تقريباً.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>صورة الكاميرا</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>راجع إجاباتك</translation>
    </message>
    <message>
        <source>Tap Change to put anything right.</source>
        <translation>اضغط «تغيير» لتصحيح أي شيء.</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>سجّل وسجّل الدخول</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>تغيير الاسم</translation>
    </message>
    <message>
        <source>Change the name of {who}</source>
        <translation>تغيير اسم: {who}</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>تغيير التاريخ</translation>
    </message>
    <message>
        <source>Change the date of birth of {who}</source>
        <translation>تغيير تاريخ ميلاد: {who}</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}، مواليد {date}</translation>
    </message>
    <message>
        <source>Please put right what is marked above, then register again.</source>
        <translation>يرجى تصحيح ما هو مؤشر أعلاه، ثم التسجيل مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Read the notice with the family, or give them the printed copy.</source>
        <translation>اقرأ الإشعار مع العائلة، أو أعطهم النسخة المطبوعة.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Back to the family</source>
        <translation>العودة إلى العائلة</translation>
    </message>
    <message>
        <source>The family has read it and agrees</source>
        <translation>قرأته العائلة وتوافق عليه</translation>
    </message>
    <message>
        <source>Privacy notice, version {version}: {family}</source>
        <translation>إشعار الخصوصية، الإصدار {version}: {family}</translation>
    </message>
    <message>
        <source>Consent to privacy notice version {version} recorded by {name}.</source>
        <translation>سجّل {name} الموافقة على إشعار الخصوصية، الإصدار {version}.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما تم عمله</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>الإحالة إلى</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>التوجيه إلى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>الدقائق المستغرقة</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>من يتابع</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>رقم معاودة الاتصال</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>حفظ التصحيحات</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>تحديد المتابعة كمنجزة</translation>
    </message>
    <message>
        <source>Back to follow-ups</source>
        <translation>العودة إلى المتابعات</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>الدقائق المستغرقة:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>الاحتياجات:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>ما تم عمله:</translation>
    </message>
    <message>
        <source>Follow-up date:</source>
        <translation>تاريخ المتابعة:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>What happened to this contact</source>
        <translation>ما حدث لهذا التواصل</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>(former staff)</source>
        <translation>(موظف سابق)</translation>
    </message>
    <message>
        <source>{how} on {day} at {time}, logged by {who}</source>
        <translation>{how} في {day} الساعة {time}، سجّله {who}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>Family: {name}</source>
        <translation>العائلة: {name}</translation>
    </message>
    <message>
        <source>Not registered: caller&apos;s details below</source>
        <translation>غير مسجّل: بيانات المتصل أدناه</translation>
    </message>
    <message>
        <source>No family: not registered</source>
        <translation>لا عائلة: غير مسجّل</translation>
    </message>
    <message>
        <source>Follow-up done on {day}.</source>
        <translation>أُنجزت المتابعة في {day}.</translation>
    </message>
    <message>
        <source>{when}: {who} logged it</source>
        <translation>{when}: سجّله {who}</translation>
    </message>
    <message>
        <source>{when}: {who} corrected {fields}</source>
        <translation>{when}: صحّح {who} {fields}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to {name}</source>
        <translation>{when}: أسند {who} المتابعة إلى {name}</translation>
    </message>
    <message>
        <source>{when}: {who} gave the follow-up to no one</source>
        <translation>{when}: ألغى {who} إسناد المتابعة لأي أحد</translation>
    </message>
    <message>
        <source>{when}: {who} marked the follow-up done</source>
        <translation>{when}: حدّد {who} المتابعة كمنجزة</translation>
    </message>
    <message>
        <source>{when}: {who} changed it</source>
        <translation>{when}: غيّره {who}</translation>
    </message>
    <message>
        <source>Nothing to correct: it is as it was.</source>
        <translation>لا شيء للتصحيح: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Corrected: {fields}.</source>
        <translation>تم التصحيح: {fields}.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>أُنجزت المتابعة.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Choose the {field} on a calendar</source>
        <translation>اختر {field} من التقويم</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Year: {value}</source>
        <translation>السنة: {value}</translation>
    </message>
    <message>
        <source>Month: {value}</source>
        <translation>الشهر: {value}</translation>
    </message>
    <message>
        <source>Day: {value}</source>
        <translation>اليوم: {value}</translation>
    </message>
    <message>
        <source>Later years</source>
        <translation>سنوات أحدث</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>سنوات أقدم</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>اختر السنة</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>اختر الشهر</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>اختر اليوم</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>hubdesk: front desk</source>
        <translation>hubdesk: مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>دورك لا يسمح بهذا.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>لا سجلات معزولة</numerusform>
            <numerusform>سجل واحد معزول</numerusform>
            <numerusform>سجلان معزولان</numerusform>
            <numerusform>%n سجلات معزولة</numerusform>
            <numerusform>%n سجلاً معزولاً</numerusform>
            <numerusform>%n سجل معزول</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceWizardPage</name>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>What will this PC be used for?</source>
        <translation>لأي غرض سيُستخدم هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Sign-in kiosk: the touch screen families use</source>
        <translation>كشك تسجيل الدخول: شاشة اللمس التي تستخدمها العائلات</translation>
    </message>
    <message>
        <source>Front desk: reception staff</source>
        <translation>مكتب الاستقبال: موظفو الاستقبال</translation>
    </message>
    <message>
        <source>Outreach laptop: taken to community venues</source>
        <translation>حاسوب محمول للعمل الميداني: يُؤخذ إلى أماكن المجتمع</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>e.g. Entrance kiosk, Reception 1</source>
        <translation>مثلاً كشك المدخل، الاستقبال 1</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you, you&apos;re signed in</source>
        <translation>شكراً، تم تسجيل دخولك</translation>
    </message>
    <message numerus="yes">
        <source>%n people signed in. Enjoy your visit!</source>
        <translation>
            <numerusform>لم يُسجَّل أحد.</numerusform>
            <numerusform>سُجِّل شخص واحد. نتمنى لك زيارة طيبة!</numerusform>
            <numerusform>سُجِّل شخصان. نتمنى لكم زيارة طيبة!</numerusform>
            <numerusform>سُجِّل %n أشخاص. نتمنى لكم زيارة طيبة!</numerusform>
            <numerusform>سُجِّل %n شخصاً. نتمنى لكم زيارة طيبة!</numerusform>
            <numerusform>سُجِّل %n شخص. نتمنى لكم زيارة طيبة!</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you, you&apos;re signed out</source>
        <translation>شكراً، تم تسجيل خروجك</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>مع السلامة، نراك قريباً!</translation>
    </message>
    <message>
        <source>You&apos;re not signed in at the moment</source>
        <translation>أنت غير مسجّل الدخول حالياً</translation>
    </message>
    <message>
        <source>So there is nothing to do. Thank you, and see you soon!</source>
        <translation>لذا لا حاجة لفعل شيء. شكراً لك، نراك قريباً!</translation>
    </message>
    <message>
        <source>That&apos;s fine</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>You&apos;re still signed in. Enjoy your visit!</source>
        <translation>ما زلت مسجّل الدخول. نتمنى لك زيارة طيبة!</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>يسجّل الموظفون خروج الجميع عند الإغلاق. مع السلامة، نراك قريباً!</translation>
    </message>
    <message>
        <source>Your number for signing out:</source>
        <translation>رقمك لتسجيل الخروج:</translation>
    </message>
    <message>
        <source>When you leave, tap Sign out, then this number.</source>
        <translation>عند المغادرة، اضغط تسجيل الخروج ثم هذا الرقم.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>DoneWizardPage</name>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>the sign-in kiosk</source>
        <translation>كشك تسجيل الدخول</translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation>مكتب استقبال</translation>
    </message>
    <message>
        <source>an outreach laptop</source>
        <translation>حاسوب محمول للعمل الميداني</translation>
    </message>
    <message>
        <source>This PC is now %1 of %2.</source>
        <translation>أصبح هذا الحاسوب الآن: %1 في %2.</translation>
    </message>
    <message>
        <source>Finish opens the kiosk.</source>
        <translation>يفتح زر «إنهاء» الكشك.</translation>
    </message>
    <message>
        <source>Finish opens the front desk: sign in with your name and PIN.</source>
        <translation>يفتح زر «إنهاء» مكتب الاستقبال: سجّل الدخول باسمك ورمز PIN.</translation>
    </message>
    <message>
        <source>Its settings were saved in %1.</source>
        <translation>حُفظت إعداداته في %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Likely duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Record 1</source>
        <translation>السجل 1</translation>
    </message>
    <message>
        <source>Record 2</source>
        <translation>السجل 2</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>سبب التشابه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>ليست العائلة نفسها</translation>
    </message>
    <message>
        <source>Open side by side</source>
        <translation>فتح جنباً إلى جنب</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translation>بلا رمز بريدي</translation>
    </message>
    <message>
        <source>last visit {day}</source>
        <translation>آخر زيارة {day}</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>لا زيارات</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of records look like one family.</source>
        <translation>
            <numerusform>لا توجد أزواج سجلات تبدو كأنها لعائلة واحدة.</numerusform>
            <numerusform>زوج واحد من السجلات يبدو كأنه لعائلة واحدة.</numerusform>
            <numerusform>زوجان من السجلات يبدوان كأنهما لعائلة واحدة.</numerusform>
            <numerusform>%n أزواج من السجلات تبدو كأنها لعائلة واحدة.</numerusform>
            <numerusform>%n زوجاً من السجلات تبدو كأنها لعائلة واحدة.</numerusform>
            <numerusform>%n زوج من السجلات تبدو كأنها لعائلة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>لا توجد تكرارات محتملة.</translation>
    </message>
</context>
<context>
    <name>FaceRow</name>
    <message>
        <source>Thank you for telling us.</source>
        <translation>شكراً لإخبارنا.</translation>
    </message>
    <message>
        <source>How was today? Tap a face, if you like.</source>
        <translation>كيف كان يومكم؟ المسوا وجهاً إن أردتم.</translation>
    </message>
    <message>
        <source>How is today going? Tap a face, if you like.</source>
        <translation>كيف يسير يومكم؟ المسوا وجهاً إن أردتم.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n quick question(s)</source>
        <translation>
            <numerusform>أجيبوا عن أسئلة قصيرة</numerusform>
            <numerusform>أجيبوا عن سؤال قصير واحد</numerusform>
            <numerusform>أجيبوا عن سؤالين قصيرين</numerusform>
            <numerusform>أجيبوا عن %n أسئلة قصيرة</numerusform>
            <numerusform>أجيبوا عن %n سؤالاً قصيراً</numerusform>
            <numerusform>أجيبوا عن %n سؤال قصير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Families</source>
        <translation>العائلات</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>عائلة جديدة</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Search for a family by name, a child&apos;s name, postcode or pass code.</source>
        <translation>ابحث عن عائلة بالاسم أو اسم طفل أو الرمز البريدي أو رمز البطاقة.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>دمج سجل مكرر…</translation>
    </message>
    <message>
        <source>Your role does not allow merging families.</source>
        <translation>دورك لا يسمح بدمج العائلات.</translation>
    </message>
    <message>
        <source>Checked with the family</source>
        <translation>تم التحقق مع العائلة</translation>
    </message>
    <message>
        <source>Expected baby…</source>
        <translation>طفل منتظر…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>تسجيل الموافقة…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Find the other record of this family:</source>
        <translation>ابحث عن السجل الآخر لهذه العائلة:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>حالات تواصل Here to Help</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>بطاقة QR</translation>
    </message>
    <message>
        <source>Issue a new pass</source>
        <translation>إصدار بطاقة جديدة</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>طباعة البطاقة</translation>
    </message>
    <message>
        <source>Added by the family at the kiosk, to check with them: {names}</source>
        <translation>أضافتها العائلة في الكشك، يجب التحقق منها معهم: {names}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>ملاحظات: {notes}</translation>
    </message>
    <message>
        <source>Baby due {day} (not counted as a child until born).</source>
        <translation>موعد الولادة المتوقع {day} (لا يُحتسب طفلاً حتى يولد).</translation>
    </message>
    <message>
        <source>Another record was merged into this one on {day}.</source>
        <translation>دُمج سجل آخر في هذا السجل في {day}.</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>لا زيارات بعد.</translation>
    </message>
    <message>
        <source>follow-up {day}</source>
        <translation>متابعة {day}</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>لا حالات تواصل بعد.</translation>
    </message>
    <message>
        <source>Pass {code}, issued {day}</source>
        <translation>البطاقة {code}، صدرت في {day}</translation>
    </message>
    <message>
        <source>No pass yet.</source>
        <translation>لا بطاقة بعد.</translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation>تم إبطال البطاقة.</translation>
    </message>
    <message>
        <source>Issue a new pass? The old one stops working.</source>
        <translation>إصدار بطاقة جديدة؟ ستتوقف البطاقة القديمة عن العمل.</translation>
    </message>
    <message>
        <source>Yes, issue a new pass</source>
        <translation>نعم، أصدر بطاقة جديدة</translation>
    </message>
    <message>
        <source>Pass {code}: print the card for the family.</source>
        <translation>البطاقة {code}: اطبع البطاقة للعائلة.</translation>
    </message>
    <message>
        <source>Revoke pass {code}? It will stop working at the kiosk.</source>
        <translation>إبطال البطاقة {code}؟ ستتوقف عن العمل في الكشك.</translation>
    </message>
    <message>
        <source>Yes, revoke</source>
        <translation>نعم، أبطِلها</translation>
    </message>
    <message>
        <source>Scan this at the kiosk, or type the code under it.</source>
        <translation>امسح هذا في الكشك، أو اكتب الرمز الموجود تحته.</translation>
    </message>
    <message>
        <source>Pass card saved: {path}</source>
        <translation>حُفظت البطاقة: {path}</translation>
    </message>
    <message>
        <source>Pass card sent to {printer}.</source>
        <translation>أُرسلت البطاقة إلى {printer}.</translation>
    </message>
    <message>
        <source>That is this family: choose the duplicate.</source>
        <translation>هذه هي العائلة نفسها: اختر السجل المكرر.</translation>
    </message>
    <message>
        <source>Undo the merge? Both records come back as they were, with their visits.</source>
        <translation>التراجع عن الدمج؟ يعود السجلان كما كانا، مع زياراتهما.</translation>
    </message>
    <message>
        <source>Yes, undo the merge</source>
        <translation>نعم، تراجع عن الدمج</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>تم التراجع عن الدمج: عاد السجلان كما كانا.</translation>
    </message>
    <message>
        <source>Kept apart: that pair will not be listed again.</source>
        <translation>أُبقيا منفصلين: لن يظهر هذان السجلان في القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Families merged. Undo merge puts both records back.</source>
        <translation>تم دمج العائلتين. «التراجع عن الدمج» يعيد السجلين كما كانا.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>People in the family</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Adult or child</source>
        <translation>بالغ أو طفل</translation>
    </message>
    <message>
        <source>Role / date of birth</source>
        <translation>الدور / تاريخ الميلاد</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>إضافة بالغ</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>إضافة طفل</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>إزالة الشخص</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Edit {family}</source>
        <translation>تعديل {family}</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>الشخص {number}</translation>
    </message>
    <message>
        <source>{person}, {column}</source>
        <translation>{person}، {column}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <source>Search: name, child&apos;s name, postcode or pass code</source>
        <translation>بحث: الاسم، اسم الطفل، الرمز البريدي أو رمز البطاقة</translation>
    </message>
    <message>
        <source>Search for a family</source>
        <translation>ابحث عن عائلة</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>العائلات التي عُثر عليها</translation>
    </message>
    <message>
        <source>No family found. Check the spelling, or add a new one.</source>
        <translation>لم يُعثر على أي عائلة. تحقق من الإملاء، أو أضف عائلة جديدة.</translation>
    </message>
</context>
<context>
    <name>FamilyPrivacyPanel</name>
    <message>
        <source>Subject access and erasure:</source>
        <translation>حق الاطلاع على البيانات ومحوها:</translation>
    </message>
    <message>
        <source>Export everything we hold</source>
        <translation>تصدير كل ما نحتفظ به</translation>
    </message>
    <message>
        <source>Erase this family</source>
        <translation>محو هذه العائلة</translation>
    </message>
    <message>
        <source>The family&apos;s record is saved as a PDF they can open in any PDF reader, with a password made for it. The password is shown here once: give it to the family another way than the file (read it out, or write it down).</source>
        <translation>يُحفظ سجل العائلة كملف PDF يمكنهم فتحه بأي قارئ PDF، بكلمة مرور أُنشئت له. تظهر كلمة المرور هنا مرة واحدة فقط: أعطها للعائلة بطريقة غير الملف (اقرأها لهم بصوت عالٍ، أو اكتبها لهم).</translation>
    </message>
    <message>
        <source>Folder to save it in</source>
        <translation>المجلد الذي يُحفظ فيه</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>اختر مجلداً…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF (give it to them separately from the file; it is not kept anywhere):</source>
        <translation>كلمة مرور ملف PDF الخاص بالعائلة (أعطها لهم بمعزل عن الملف؛ لا تُحفظ في أي مكان):</translation>
    </message>
    <message>
        <source>Password for the family&apos;s PDF</source>
        <translation>كلمة مرور ملف PDF الخاص بالعائلة</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>نسخ كلمة المرور</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد دوّنتها</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>مكان حفظ الملف المُصدَّر</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>اختر مجلداً لحفظ الملف المُصدَّر فيه.</translation>
    </message>
    <message>
        <source>Saved {path} ({members}, {visits}, {contacts}). Give the family the password below separately.</source>
        <translation>حُفظ {path} ({members}، {visits}، {contacts}). أعطِ العائلة كلمة المرور أدناه بشكل منفصل.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصاً</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>لا زيارات</numerusform>
            <numerusform>زيارة واحدة</numerusform>
            <numerusform>زيارتان</numerusform>
            <numerusform>%n زيارات</numerusform>
            <numerusform>%n زيارة</numerusform>
            <numerusform>%n زيارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>لا حالات تواصل</numerusform>
            <numerusform>حالة تواصل واحدة</numerusform>
            <numerusform>حالتا تواصل</numerusform>
            <numerusform>%n حالات تواصل</numerusform>
            <numerusform>%n حالة تواصل</numerusform>
            <numerusform>%n حالة تواصل</numerusform>
        </translation>
    </message>
    <message>
        <source>Password copied.</source>
        <translation>تم نسخ كلمة المرور.</translation>
    </message>
    <message>
        <source>Erase “{name}”? Names, contact details, notes and dates of birth go from every device of the hub; visit counts stay. This cannot be undone.</source>
        <translation>محو «{name}»؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد من جميع أجهزة المركز؛ وتبقى أعداد الزيارات. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Yes, erase “{name}”</source>
        <translation>نعم، امحُ «{name}»</translation>
    </message>
    <message>
        <source>Family erased ({members} people; {visits} visits kept as counts).</source>
        <translation>مُحيت العائلة (الأشخاص: {members}؛ الزيارات المحفوظة كأعداد: {visits}).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up hubdesk</source>
        <translation>إعداد hubdesk</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <source>A child visiting with you today</source>
        <translation>طفل يزور معك اليوم</translation>
    </message>
    <message>
        <source>Tap their age. No name needed.</source>
        <translation>اضغط على عمره. لا حاجة إلى الاسم.</translation>
    </message>
    <message>
        <source>Has special educational needs or a disability (SEND)</source>
        <translation>لديه احتياجات تعليمية خاصة أو إعاقة (SEND)</translation>
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
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Quick new family</source>
        <translation>عائلة جديدة سريعة</translation>
    </message>
    <message>
        <source>Caller not registered</source>
        <translation>المتصل غير مسجّل</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>الاحتياجات:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>ما تم عمله:</translation>
    </message>
    <message>
        <source>Signposted to (organisation)</source>
        <translation>التوجيه إلى (جهة)</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>التوجيه إلى</translation>
    </message>
    <message>
        <source>Referral made to (service)</source>
        <translation>الإحالة إلى (خدمة)</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>الإحالة إلى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>ملاحظات (اختياري)</translation>
    </message>
    <message>
        <source>Minutes spent:</source>
        <translation>الدقائق المستغرقة:</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>الدقائق المستغرقة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>counted for you</source>
        <translation>تُحسب تلقائياً</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Follow-up to be done by</source>
        <translation>يتولى المتابعة</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>رقم معاودة الاتصال</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>New family added.</source>
        <translation>تمت إضافة عائلة جديدة.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>متابعاتي</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>مستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>No follow-ups here.</source>
        <translation>لا توجد متابعات هنا.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تحديد كمنجزة</translation>
    </message>
    <message>
        <source>Give the follow-up to</source>
        <translation>إسناد المتابعة إلى</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (أنا)</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: %n</source>
        <translation>
            <numerusform>المتابعات: %n</numerusform>
            <numerusform>المتابعات: %n</numerusform>
            <numerusform>المتابعات: %n</numerusform>
            <numerusform>المتابعات: %n</numerusform>
            <numerusform>المتابعات: %n</numerusform>
            <numerusform>المتابعات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (متأخرة)</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (اليوم)</translation>
    </message>
    <message>
        <source>No family</source>
        <translation>لا عائلة</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>أُنجزت المتابعة.</translation>
    </message>
    <message>
        <source>Follow-up given to {name}.</source>
        <translation>أُسندت المتابعة إلى {name}.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Hello! Who is here today?</source>
        <translation>مرحباً! من حضر اليوم؟</translation>
    </message>
    <message>
        <source>Tap a name to untick anyone who has not come today.</source>
        <translation>اضغط على الاسم لإلغاء تحديد من لم يحضر اليوم.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Add a new baby or child in our family</source>
        <translation>أضف طفلاً رضيعاً أو طفلاً جديداً في عائلتنا</translation>
    </message>
    <message>
        <source>Add a child visiting with us</source>
        <translation>أضف طفلاً يزور معنا</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (جديد)</translation>
    </message>
    <message>
        <source>Visiting: {band}</source>
        <translation>زائر: {band}</translation>
    </message>
    <message>
        <source>Please tick at least one person in your family.</source>
        <translation>يرجى تحديد شخص واحد على الأقل من عائلتك.</translation>
    </message>
</context>
<context>
    <name>HubWizardPage</name>
    <message>
        <source>The hub</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Does the council run hubdesk&apos;s central service?</source>
        <translation>هل يشغّل المجلس الخدمة المركزية لـ hubdesk؟</translation>
    </message>
    <message>
        <source>Join a hub with an enrolment code</source>
        <translation>الانضمام إلى مركز باستخدام رمز انضمام</translation>
    </message>
    <message>
        <source>Set up a standalone hub on this PC</source>
        <translation>إعداد مركز مستقل على هذا الحاسوب</translation>
    </message>
    <message>
        <source>This build cannot talk to a central service.</source>
        <translation>هذا الإصدار لا يمكنه الاتصال بخدمة مركزية.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>عنوان الخدمة المركزية</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>رمز الانضمام</translation>
    </message>
    <message>
        <source>Hub passphrase (if you have one)</source>
        <translation>عبارة مرور المركز (إن وُجدت)</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>رمز المركز</translation>
    </message>
    <message>
        <source>short, e.g. RIV</source>
        <translation>قصير، مثلاً RIV</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <source>Leave empty to use the hub&apos;s name</source>
        <translation>اتركه فارغاً لاستخدام اسم المركز</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>الرمز البريدي للموقع</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Family Hub sign-in</source>
        <translation>تسجيل الدخول في مركز العائلة</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Speak to someone</source>
        <translation>التحدث إلى شخص</translation>
    </message>
    <message>
        <source>Ask for a member of staff to come and speak to you</source>
        <translation>اطلب أن يأتي أحد الموظفين ليتحدث معك</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <source>Family Hub logo</source>
        <translation>شعار مركز العائلة</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>مركز العائلة</translation>
    </message>
    <message numerus="yes">
        <source>This screen will start again in %n second(s), to keep your details private.</source>
        <translation>
            <numerusform>ستبدأ هذه الشاشة من جديد الآن حفاظاً على خصوصية بياناتك.</numerusform>
            <numerusform>ستبدأ هذه الشاشة من جديد بعد ثانية واحدة حفاظاً على خصوصية بياناتك.</numerusform>
            <numerusform>ستبدأ هذه الشاشة من جديد بعد ثانيتين حفاظاً على خصوصية بياناتك.</numerusform>
            <numerusform>ستبدأ هذه الشاشة من جديد بعد %n ثوانٍ حفاظاً على خصوصية بياناتك.</numerusform>
            <numerusform>ستبدأ هذه الشاشة من جديد بعد %n ثانية حفاظاً على خصوصية بياناتك.</numerusform>
            <numerusform>ستبدأ هذه الشاشة من جديد بعد %n ثانية حفاظاً على خصوصية بياناتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is the new child&apos;s first name?</source>
        <translation>ما الاسم الأول للطفل الجديد؟</translation>
    </message>
    <message>
        <source>We will add them to your family. Staff will check it with you.</source>
        <translation>سنضيفه إلى عائلتك. سيتحقق الموظفون من ذلك معك.</translation>
    </message>
    <message>
        <source>When was {name} born?</source>
        <translation>متى وُلد {name}؟</translation>
    </message>
    <message>
        <source>Child&apos;s first name ({who})</source>
        <translation>الاسم الأول للطفل ({who})</translation>
    </message>
    <message>
        <source>First name: {who}</source>
        <translation>الاسم الأول: {who}</translation>
    </message>
    <message>
        <source>First names only. Nobody else will see them here.</source>
        <translation>الأسماء الأولى فقط. لن يراها أحد غيرك هنا.</translation>
    </message>
</context>
<context>
    <name>LeavingPage</name>
    <message>
        <source>Signing out?</source>
        <translation>هل تغادر؟</translation>
    </message>
    <message>
        <source>You&apos;re signed in already. Signing out?</source>
        <translation>أنت مسجّل الدخول بالفعل. هل تغادر؟</translation>
    </message>
    <message>
        <source>Sign out now?</source>
        <translation>تسجيل الخروج الآن؟</translation>
    </message>
    <message>
        <source>Sign out number {number}?</source>
        <translation>تسجيل خروج الرقم {number}؟</translation>
    </message>
    <message>
        <source>You arrived at {time}.</source>
        <translation>وصلت الساعة {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصاً</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign us out</source>
        <translation>نعم، سجّل خروجنا</translation>
    </message>
    <message>
        <source>No, we&apos;re staying</source>
        <translation>لا، سنبقى</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>لا، رجوع</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The desk is locked</source>
        <translation>مكتب الاستقبال مقفل</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN.</source>
        <translation>اختر اسمك، ثم أدخل رمز PIN.</translation>
    </message>
    <message>
        <source>No staff accounts yet: add one with `hubdesk staff add`.</source>
        <translation>لا توجد حسابات موظفين بعد: أضف حساباً باستخدام `hubdesk staff add`.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The desk is locked for a while; try again later.</source>
        <translation>عدد كبير من رموز PIN الخاطئة. مكتب الاستقبال مقفل لبعض الوقت؛ حاول مرة أخرى لاحقاً.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>رمز PIN خاطئ. لم تبقَ محاولات.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولة واحدة.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولتان.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولات.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name. Try again after {when}.</source>
        <translation>عدد كبير من رموز PIN الخاطئة لهذا الاسم. حاول مرة أخرى بعد {when}.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Two records of one family: choose what to keep</source>
        <translation>سجلان لعائلة واحدة: اختر ما تريد الاحتفاظ به</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Baby due</source>
        <translation>موعد الولادة المتوقع</translation>
    </message>
    <message>
        <source>The same person in both records becomes one. Check the pairs:</source>
        <translation>الشخص نفسه في السجلين يصبح شخصاً واحداً. تحقق من الأزواج:</translation>
    </message>
    <message>
        <source>The same person in both records</source>
        <translation>الشخص نفسه في السجلين</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>ليس الشخص نفسه</translation>
    </message>
    <message>
        <source>Person in record 1</source>
        <translation>الشخص في السجل 1</translation>
    </message>
    <message>
        <source>Person in record 2</source>
        <translation>الشخص في السجل 2</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Record {number}: {family}</source>
        <translation>السجل {number}: {family}</translation>
    </message>
    <message>
        <source>Keep record {number}</source>
        <translation>الاحتفاظ بالسجل {number}</translation>
    </message>
    <message>
        <source>Record {number}&apos;s visits, contacts and passes move to the record kept. You can undo the merge afterwards.</source>
        <translation>تنتقل زيارات السجل {number} واتصالاته وبطاقاته إلى السجل المحتفظ به. يمكن التراجع عن الدمج لاحقاً.</translation>
    </message>
    <message>
        <source>No postcode</source>
        <translation>لا رمز بريدي</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>لا بالغين</numerusform>
            <numerusform>بالغ واحد</numerusform>
            <numerusform>بالغان</numerusform>
            <numerusform>%n بالغين</numerusform>
            <numerusform>%n بالغاً</numerusform>
            <numerusform>%n بالغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>لا أطفال</numerusform>
            <numerusform>طفل واحد</numerusform>
            <numerusform>طفلان</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلاً</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: {day}</source>
        <translation>تاريخ الإنشاء: {day}</translation>
    </message>
    <message>
        <source>Last visit: {day}</source>
        <translation>آخر زيارة: {day}</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>لا زيارات بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>لا زيارات</numerusform>
            <numerusform>زيارة واحدة</numerusform>
            <numerusform>زيارتان</numerusform>
            <numerusform>%n زيارات</numerusform>
            <numerusform>%n زيارة</numerusform>
            <numerusform>%n زيارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا اتصالات</numerusform>
            <numerusform>اتصال واحد</numerusform>
            <numerusform>اتصالان</numerusform>
            <numerusform>%n اتصالات</numerusform>
            <numerusform>%n اتصالاً</numerusform>
            <numerusform>%n اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>لا بطاقات</numerusform>
            <numerusform>بطاقة واحدة</numerusform>
            <numerusform>بطاقتان</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>No one is in both records.</source>
        <translation>لا يوجد أحد في كلا السجلين.</translation>
    </message>
    <message>
        <source>Each pair of the same person becomes one.</source>
        <translation>كل سجلين للشخص نفسه يصبحان سجلاً واحداً.</translation>
    </message>
</context>
<context>
    <name>NameKeyboard</name>
    <message>
        <source>Capital letter next</source>
        <translation>الحرف التالي كبير</translation>
    </message>
    <message>
        <source>Small letter next</source>
        <translation>الحرف التالي صغير</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Switch to Latin letters (A B C)</source>
        <translation>التبديل إلى الحروف اللاتينية (A B C)</translation>
    </message>
    <message>
        <source>Switch to Arabic letters</source>
        <translation>التبديل إلى الحروف العربية</translation>
    </message>
    <message>
        <source>Switch to Urdu letters</source>
        <translation>التبديل إلى الحروف الأردية</translation>
    </message>
    <message>
        <source>Back to letters without accents</source>
        <translation>العودة إلى الحروف دون علامات</translation>
    </message>
    <message>
        <source>Letters with accents (é, ñ, ü)</source>
        <translation>حروف بعلامات (é, ñ, ü)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>شرطة</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>فاصلة علوية</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>Public: in the council&apos;s service directory and families&apos; calendars</source>
        <translation>عام: في دليل خدمات المجلس وفي تقويمات العائلات</translation>
    </message>
    <message>
        <source>What happens, who it is for</source>
        <translation>ماذا يحدث، ولمن هي</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>أصغر عمر</translation>
    </message>
    <message>
        <source>from </source>
        <translation>من </translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>أكبر عمر</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>حتى </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Booking needed</source>
        <translation>الحجز مطلوب</translation>
    </message>
    <message>
        <source>Accessibility: step-free, hearing loop ...</source>
        <translation>إمكانية الوصول: بلا درج، حلقة سمعية ...</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>ملاحظات إمكانية الوصول</translation>
    </message>
    <message>
        <source>Hub contact: reception and its phone</source>
        <translation>جهة اتصال المركز: الاستقبال وهاتفه</translation>
    </message>
    <message>
        <source>Hub contact</source>
        <translation>جهة اتصال المركز</translation>
    </message>
    <message>
        <source>The hub&apos;s email</source>
        <translation>البريد الإلكتروني للمركز</translation>
    </message>
    <message>
        <source>Hub email</source>
        <translation>بريد المركز الإلكتروني</translation>
    </message>
    <message>
        <source>Also the later sessions of this name</source>
        <translation>والجلسات اللاحقة بهذا الاسم أيضًا</translation>
    </message>
    <message>
        <source>Save the offer</source>
        <translation>احفظ العرض</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي عمر</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> سنة</translation>
    </message>
    <message>
        <source>Public offer: {name}</source>
        <translation>العرض العام: {name}</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Outreach</source>
        <translation>العمل الميداني</translation>
    </message>
    <message>
        <source>Where are you today?</source>
        <translation>أين مكان العمل اليوم؟</translation>
    </message>
    <message>
        <source>Outreach point</source>
        <translation>نقطة العمل الميداني</translation>
    </message>
    <message>
        <source>Work here</source>
        <translation>العمل هنا</translation>
    </message>
    <message>
        <source>Or add a new outreach point (works offline):</source>
        <translation>أو أضف نقطة عمل ميداني جديدة (تعمل دون اتصال):</translation>
    </message>
    <message>
        <source>Name, e.g. Station Road Fire Station</source>
        <translation>الاسم، مثلاً Station Road Fire Station</translation>
    </message>
    <message>
        <source>Name of the outreach point</source>
        <translation>اسم نقطة العمل الميداني</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Postcode (optional)</source>
        <translation>الرمز البريدي (اختياري)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Add and work here</source>
        <translation>الإضافة والعمل هنا</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>بدء الجلسة</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Hand to families (kiosk)</source>
        <translation>تسليم الجهاز للعائلات (الكشك)</translation>
    </message>
    <message>
        <source>Families sign themselves in; take it back with your PIN.</source>
        <translation>تسجّل العائلات دخولها بنفسها؛ ويُستعاد الجهاز برمز PIN الخاص بك.</translation>
    </message>
    <message>
        <source>To take the laptop back: tap the logo on the kiosk five times (or press Ctrl+Alt+Shift+L), choose your name and enter your PIN.</source>
        <translation>لاستعادة الحاسوب المحمول: اضغط على الشعار في الكشك خمس مرات (أو اضغط Ctrl+Alt+Shift+L)، واختر اسمك وأدخل رمز PIN.</translation>
    </message>
    <message>
        <source>When a family asks the kiosk for someone to speak to, they can say which of these rooms they will be in. One room a line; leave it empty for none.</source>
        <translation>عندما تطلب عائلة من الكشك التحدث إلى أحد، يمكنها أن تحدد في أي من هذه الغرف ستكون. غرفة واحدة في كل سطر؛ اتركه فارغاً إن لم توجد غرف.</translation>
    </message>
    <message>
        <source>Rooms at this site, one a line</source>
        <translation>الغرف في هذا الموقع، غرفة في كل سطر</translation>
    </message>
    <message>
        <source>Save rooms</source>
        <translation>حفظ الغرف</translation>
    </message>
    <message>
        <source>Rooms at {site}</source>
        <translation>الغرف في {site}</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
    <message>
        <source>No outreach session running here.</source>
        <translation>لا توجد جلسة عمل ميداني جارية هنا.</translation>
    </message>
    <message>
        <source>Session running at {site} since {when}.</source>
        <translation>جلسة جارية في {site} منذ {when}.</translation>
    </message>
    <message>
        <source>This laptop now works at the chosen outreach point.</source>
        <translation>يعمل هذا الحاسوب المحمول الآن في نقطة العمل الميداني المختارة.</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms saved.</source>
        <translation>
            <numerusform>لم تُحفظ أي غرفة.</numerusform>
            <numerusform>حُفظت غرفة واحدة.</numerusform>
            <numerusform>حُفظت غرفتان.</numerusform>
            <numerusform>حُفظت %n غرف.</numerusform>
            <numerusform>حُفظت %n غرفة.</numerusform>
            <numerusform>حُفظت %n غرفة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>{band}, with SEND</source>
        <translation>{band}، مع SEND</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>أضف طفلاً حسب تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>تاريخ ميلاد الطفل</translation>
    </message>
    <message>
        <source>Who is here today? First, the adults</source>
        <translation>من الحاضرون اليوم؟ أولاً البالغون</translation>
    </message>
    <message>
        <source>Tap + for each adult. No names needed.</source>
        <translation>اضغط + لكل شخص بالغ. لا حاجة إلى أسماء.</translation>
    </message>
    <message>
        <source>And the children and young people?</source>
        <translation>والأطفال والشباب؟</translation>
    </message>
    <message>
        <source>Tap + for each child or young person. No names needed.</source>
        <translation>اضغط + لكل طفل أو شاب. لا حاجة إلى أسماء.</translation>
    </message>
    <message>
        <source>Of them, how many have special educational needs or a disability (SEND)?</source>
        <translation>كم منهم لديه احتياجات تعليمية خاصة أو إعاقة (SEND)؟</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth: tap the year, then the month, then the day.</source>
        <translation>تاريخ ميلاد الطفل: اضغط السنة، ثم الشهر، ثم اليوم.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>This child has SEND</source>
        <translation>هذا الطفل من ذوي SEND</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>أضف الطفل</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>PassCardPage</name>
    <message>
        <source>You&apos;re signed in. Here is your pass</source>
        <translation>تم تسجيل دخولك. هذه بطاقتك</translation>
    </message>
    <message>
        <source>Take a photo of it, or print it. Next time, just scan it.</source>
        <translation>التقط صورة لها أو اطبعها. في المرة القادمة، امسحها فقط.</translation>
    </message>
    <message>
        <source>Take a photo of it. Next time, just scan it.</source>
        <translation>التقط صورة لها. في المرة القادمة، امسحها فقط.</translation>
    </message>
    <message>
        <source>Your code (if the scan does not work):</source>
        <translation>رمزك (إذا لم ينجح المسح):</translation>
    </message>
    <message>
        <source>Keep it safe: it holds no names. If you lose it, ask at the front desk.</source>
        <translation>احتفظ بها في مكان آمن: لا تحمل أي أسماء. إذا فقدتها، اسأل في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Print my pass</source>
        <translation>اطبع بطاقتي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>To sign out, scan your pass, or tap Sign out and then number {number}.</source>
        <translation>لتسجيل الخروج، امسح بطاقتك أو اضغط تسجيل الخروج ثم الرقم {number}.</translation>
    </message>
    <message>
        <source>QR code of your pass</source>
        <translation>رمز QR الخاص ببطاقتك</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds, to keep your pass private.</source>
        <translation>
            <numerusform>تُغلق هذه الشاشة الآن حفاظاً على خصوصية بطاقتك.</numerusform>
            <numerusform>تُغلق هذه الشاشة بعد ثانية واحدة حفاظاً على خصوصية بطاقتك.</numerusform>
            <numerusform>تُغلق هذه الشاشة بعد ثانيتين حفاظاً على خصوصية بطاقتك.</numerusform>
            <numerusform>تُغلق هذه الشاشة بعد %n ثوانٍ حفاظاً على خصوصية بطاقتك.</numerusform>
            <numerusform>تُغلق هذه الشاشة بعد %n ثانية حفاظاً على خصوصية بطاقتك.</numerusform>
            <numerusform>تُغلق هذه الشاشة بعد %n ثانية حفاظاً على خصوصية بطاقتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan this at the Family Hub kiosk, or type the code.</source>
        <translation>امسح هذا في كشك مركز العائلة، أو اكتب الرمز.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working. Please take a photo of your pass.</source>
        <translation>عذراً، الطابعة لا تعمل. يرجى التقاط صورة لبطاقتك.</translation>
    </message>
</context>
<context>
    <name>PassCodePad</name>
    <message>
        <source>Go</source>
        <translation>انطلق</translation>
    </message>
</context>
<context>
    <name>PassCodePage</name>
    <message>
        <source>Type your pass code</source>
        <translation>اكتب رمز بطاقتك</translation>
    </message>
    <message>
        <source>It is printed under the QR code on your pass.</source>
        <translation>إنه مطبوع تحت رمز QR على بطاقتك.</translation>
    </message>
    <message>
        <source>Your pass code</source>
        <translation>رمز بطاقتك</translation>
    </message>
    <message>
        <source>The code has only the letters and numbers on the keys.</source>
        <translation>يحتوي الرمز فقط على الحروف والأرقام الموجودة على المفاتيح.</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>انطلق</translation>
    </message>
    <message>
        <source>Please type the code from your pass.</source>
        <translation>يرجى كتابة الرمز الموجود على بطاقتك.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not finished: it has %n more letter(s) or number(s), the last one after the second dash.</source>
        <translation>
            <numerusform>الرمز غير مكتمل.</numerusform>
            <numerusform>الرمز غير مكتمل: ينقصه حرف أو رقم واحد، وهو الأخير بعد الشرطة الثانية.</numerusform>
            <numerusform>الرمز غير مكتمل: ينقصه حرفان أو رقمان، آخرهما بعد الشرطة الثانية.</numerusform>
            <numerusform>الرمز غير مكتمل: ينقصه %n أحرف أو أرقام، آخرها بعد الشرطة الثانية.</numerusform>
            <numerusform>الرمز غير مكتمل: ينقصه %n حرفاً أو رقماً، آخرها بعد الشرطة الثانية.</numerusform>
            <numerusform>الرمز غير مكتمل: ينقصه %n حرف أو رقم، آخرها بعد الشرطة الثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassQuestionPage</name>
    <message>
        <source>Do you have a Family Hub pass?</source>
        <translation>هل لديك بطاقة مركز العائلة؟</translation>
    </message>
    <message>
        <source>With a pass you can sign in your whole family in one go.</source>
        <translation>بالبطاقة يمكنك تسجيل دخول عائلتك كلها دفعة واحدة.</translation>
    </message>
    <message>
        <source>No pass, or first time here: sign in without one</source>
        <translation>لا بطاقة، أو أول مرة هنا: سجّل الدخول بدونها</translation>
    </message>
</context>
<context>
    <name>PassphraseWizardPage</name>
    <message>
        <source>Administrator passphrase</source>
        <translation>عبارة مرور المسؤول</translation>
    </message>
    <message>
        <source>The store on this PC is encrypted. The passphrase opens it when the PC&apos;s own key store cannot (a new PC, a restored backup) and is needed to change keys. Use at least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>مخزن البيانات على هذا الحاسوب مشفّر. تفتحه عبارة المرور عندما لا يستطيع مخزن المفاتيح في الحاسوب نفسه ذلك (حاسوب جديد، نسخة احتياطية مستعادة)، وهي لازمة لتغيير المفاتيح. استخدم %1 حرفاً على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظف</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>احذف الرقم الأخير</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>PostcodePad</name>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>خصوصيتك</translation>
    </message>
    <message>
        <source>You can finish now without giving any names, or register for a pass.</source>
        <translation>يمكنك الإنهاء الآن دون ذكر أي أسماء، أو التسجيل للحصول على بطاقة.</translation>
    </message>
    <message>
        <source>Our privacy notice has changed. Please read it.</source>
        <translation>تغيّر إشعار الخصوصية لدينا. يرجى قراءته.</translation>
    </message>
    <message>
        <source>{hub} keeps a record of visits so that it can plan its groups and services.</source>
        <translation>يحتفظ {hub} بسجل للزيارات حتى يتمكن من تخطيط مجموعاته وخدماته.</translation>
    </message>
    <message>
        <source>If you finish without registering, we count how many people came, the children&apos;s age groups, whether any have special educational needs or a disability (SEND), and why you came. If you give your postcode, we keep only the area it is in: its first half (like {district}), the council ward, the neighbourhood and how deprived that neighbourhood is. No names and no postcode are kept.</source>
        <translation>إذا أنهيت دون تسجيل، نحسب عدد الحاضرين، والفئات العمرية للأطفال، وما إذا كان لدى أي منهم احتياجات تعليمية خاصة أو إعاقة (SEND)، وسبب حضورك. وإذا أعطيت رمزك البريدي، نحتفظ فقط بالمنطقة التي يقع فيها: نصفه الأول (مثل {district})، ودائرة المجلس، والحي، ومدى حرمان ذلك الحي. لا نحتفظ بأي أسماء ولا بالرمز البريدي.</translation>
    </message>
    <message numerus="yes">
        <source>If you register, we also keep your first names, who is who (Mum, Dad ...), your children&apos;s dates of birth and whether they have SEND, and your full postcode, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for %n months after your last visit and then deleted.</source>
        <translation>
            <numerusform>إذا سجّلت، نحتفظ أيضاً بأسمائكم الأولى، ومن هو من (الأم، الأب ...)، وتواريخ ميلاد أطفالك وما إذا كانوا من ذوي SEND، ورمزك البريدي كاملاً، حتى تتمكن في المرة القادمة من تسجيل الدخول بمسح بطاقتك مرة واحدة. لا يراها إلا موظفو مركز العائلة هذا. وتُحفظ بعد آخر زيارة لك ثم تُحذف.</numerusform>
            <numerusform>إذا سجّلت، نحتفظ أيضاً بأسمائكم الأولى، ومن هو من (الأم، الأب ...)، وتواريخ ميلاد أطفالك وما إذا كانوا من ذوي SEND، ورمزك البريدي كاملاً، حتى تتمكن في المرة القادمة من تسجيل الدخول بمسح بطاقتك مرة واحدة. لا يراها إلا موظفو مركز العائلة هذا. وتُحفظ لمدة شهر واحد بعد آخر زيارة لك ثم تُحذف.</numerusform>
            <numerusform>إذا سجّلت، نحتفظ أيضاً بأسمائكم الأولى، ومن هو من (الأم، الأب ...)، وتواريخ ميلاد أطفالك وما إذا كانوا من ذوي SEND، ورمزك البريدي كاملاً، حتى تتمكن في المرة القادمة من تسجيل الدخول بمسح بطاقتك مرة واحدة. لا يراها إلا موظفو مركز العائلة هذا. وتُحفظ لمدة شهرين بعد آخر زيارة لك ثم تُحذف.</numerusform>
            <numerusform>إذا سجّلت، نحتفظ أيضاً بأسمائكم الأولى، ومن هو من (الأم، الأب ...)، وتواريخ ميلاد أطفالك وما إذا كانوا من ذوي SEND، ورمزك البريدي كاملاً، حتى تتمكن في المرة القادمة من تسجيل الدخول بمسح بطاقتك مرة واحدة. لا يراها إلا موظفو مركز العائلة هذا. وتُحفظ لمدة %n أشهر بعد آخر زيارة لك ثم تُحذف.</numerusform>
            <numerusform>إذا سجّلت، نحتفظ أيضاً بأسمائكم الأولى، ومن هو من (الأم، الأب ...)، وتواريخ ميلاد أطفالك وما إذا كانوا من ذوي SEND، ورمزك البريدي كاملاً، حتى تتمكن في المرة القادمة من تسجيل الدخول بمسح بطاقتك مرة واحدة. لا يراها إلا موظفو مركز العائلة هذا. وتُحفظ لمدة %n شهراً بعد آخر زيارة لك ثم تُحذف.</numerusform>
            <numerusform>إذا سجّلت، نحتفظ أيضاً بأسمائكم الأولى، ومن هو من (الأم، الأب ...)، وتواريخ ميلاد أطفالك وما إذا كانوا من ذوي SEND، ورمزك البريدي كاملاً، حتى تتمكن في المرة القادمة من تسجيل الدخول بمسح بطاقتك مرة واحدة. لا يراها إلا موظفو مركز العائلة هذا. وتُحفظ لمدة %n شهر بعد آخر زيارة لك ثم تُحذف.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>يمكنك أن تطلب في مكتب الاستقبال في أي وقت رؤية بياناتك أو تصحيحها أو حذفها.</translation>
    </message>
    <message>
        <source>This Family Hub</source>
        <translation>مركز العائلة هذا</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Finish without registering</source>
        <translation>إنهاء دون تسجيل</translation>
    </message>
    <message>
        <source>Register and get a pass</source>
        <translation>سجّل واحصل على بطاقة</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>PrivateWordPage</name>
    <message>
        <source>Thank you</source>
        <translation>شكراً لك</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>لحظة من فضلك</translation>
    </message>
    <message>
        <source>Please speak to a member of staff at the front desk when you are ready.</source>
        <translation>يرجى التحدث إلى أحد الموظفين في مكتب الاستقبال عندما تكون مستعداً.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you in {room} soon.</source>
        <translation>سيأتي إليك أحد الموظفين قريباً في {room}.</translation>
    </message>
    <message>
        <source>A member of staff will come and find you soon.</source>
        <translation>سيأتي إليك أحد الموظفين قريباً.</translation>
    </message>
    <message>
        <source>Letting a member of staff know...</source>
        <translation>جارٍ إبلاغ أحد الموظفين...</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>Why did you come today?</source>
        <translation>لماذا جئت اليوم؟</translation>
    </message>
    <message>
        <source>Tap one. Today&apos;s groups are first.</source>
        <translation>اضغط على واحد. مجموعات اليوم في الأعلى.</translation>
    </message>
    <message>
        <source>{name}, {start} to {end}</source>
        <translation>{name}، من {start} إلى {end}</translation>
    </message>
    <message>
        <source>{session}: full</source>
        <translation>{session}: مكتمل</translation>
    </message>
</context>
<context>
    <name>RecoveryWizardPage</name>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Write this code down now and keep it somewhere safe, away from this PC (the hub manager&apos;s locked drawer). It opens the store if the passphrase is forgotten. It is shown only this once.</source>
        <translation>اكتب هذا الرمز الآن واحفظه في مكان آمن بعيداً عن هذا الحاسوب (درج مدير المركز المقفل). فهو يفتح مخزن البيانات إذا نُسيت عبارة المرور. لا يُعرض إلا هذه المرة فقط.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد دوّنتها</translation>
    </message>
    <message>
        <source>This PC&apos;s key store keeps the key, so hubdesk starts without the passphrase.</source>
        <translation>يحتفظ مخزن المفاتيح في هذا الحاسوب بالمفتاح، لذا يبدأ hubdesk دون عبارة المرور.</translation>
    </message>
    <message>
        <source>This PC has no key store hubdesk can use: the passphrase is asked at each start.</source>
        <translation>لا يوجد في هذا الحاسوب مخزن مفاتيح يمكن لـ hubdesk استخدامه: تُطلب عبارة المرور عند كل تشغيل.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Quick pick</source>
        <translation>اختيار سريع</translation>
    </message>
    <message>
        <source>Quick pick of a period</source>
        <translation>اختيار سريع لفترة</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>اختر فترة…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <source>For sharing beyond the hub: round every figure to a multiple of 5 (&quot;&lt;5&quot;)</source>
        <translation>للمشاركة خارج المركز: تقريب كل رقم إلى مضاعف للعدد 5 (&quot;&lt;5&quot;)</translation>
    </message>
    <message>
        <source>Leave unticked for the hub&apos;s own exact figures (0 is 0). Tick it for files that leave the hub: each figure is rounded to a multiple of 5 and one that rounds to 0 shows as &quot;&lt;5&quot;, so no small count can be worked out.</source>
        <translation>اتركه دون تحديد لأرقام المركز الدقيقة الخاصة به (0 تعني 0). حدّده للملفات التي تخرج من المركز: يُقرَّب كل رقم إلى مضاعف للعدد 5، والرقم الذي يُقرَّب إلى 0 يظهر &quot;&lt;5&quot;، فلا يمكن استنتاج أي عدد صغير.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>تصدير XLSX…</translation>
    </message>
    <message>
        <source>Board pack PDF…</source>
        <translation>ملف PDF لمجلس الإدارة…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>People (footfall)</source>
        <translation>الأشخاص (عدد الزوار)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>العائلات التي تم الوصول إليها</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>الأطفال الذين تم الوصول إليهم</translation>
    </message>
    <message>
        <source>New families</source>
        <translation>العائلات الجديدة</translation>
    </message>
    <message>
        <source>Returning families</source>
        <translation>العائلات العائدة</translation>
    </message>
    <message>
        <source>Families who came more than once</source>
        <translation>العائلات التي جاءت أكثر من مرة</translation>
    </message>
    <message>
        <source>Re-attendance</source>
        <translation>تكرار الحضور</translation>
    </message>
    <message>
        <source>New visits</source>
        <translation>الزيارات الجديدة</translation>
    </message>
    <message>
        <source>Returning visits</source>
        <translation>الزيارات المتكررة</translation>
    </message>
    <message>
        <source>Visits by parties not registered</source>
        <translation>زيارات أشخاص غير مسجّلين</translation>
    </message>
    <message>
        <source>Fathers</source>
        <translation>الآباء</translation>
    </message>
    <message>
        <source>Male carers</source>
        <translation>مقدّمو الرعاية الذكور</translation>
    </message>
    <message>
        <source>Fathers and male carers</source>
        <translation>الآباء ومقدّمو الرعاية الذكور</translation>
    </message>
    <message>
        <source>Families with a father or male carer</source>
        <translation>العائلات التي فيها أب أو مقدّم رعاية ذكر</translation>
    </message>
    <message>
        <source>Children with SEND</source>
        <translation>الأطفال من ذوي SEND</translation>
    </message>
    <message>
        <source>Visits from outside the reach area</source>
        <translation>الزيارات من خارج منطقة التغطية</translation>
    </message>
    <message>
        <source>Here to Help contacts</source>
        <translation>حالات تواصل Here to Help</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>المتابعات المنجزة في موعدها</translation>
    </message>
    <message>
        <source>Follow-ups done late</source>
        <translation>المتابعات المنجزة متأخرة</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>المتابعات المتأخرة التي لم تُنجز</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>مرات الحضور</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>حسب الموقع</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>حسب السبب</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>حسب النشاط</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>حسب اليوم</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>حسب ساعة اليوم</translation>
    </message>
    <message>
        <source>By day of the week</source>
        <translation>حسب يوم الأسبوع</translation>
    </message>
    <message>
        <source>By postcode district</source>
        <translation>حسب مقاطعة الرمز البريدي</translation>
    </message>
    <message>
        <source>By ward</source>
        <translation>حسب الدائرة</translation>
    </message>
    <message>
        <source>By LSOA</source>
        <translation>حسب LSOA</translation>
    </message>
    <message>
        <source>By deprivation decile</source>
        <translation>حسب عُشير الحرمان</translation>
    </message>
    <message>
        <source>Inside or outside reach area</source>
        <translation>داخل منطقة التغطية أو خارجها</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>حالات التواصل حسب القناة</translation>
    </message>
    <message>
        <source>Contacts by need</source>
        <translation>حالات التواصل حسب الاحتياج</translation>
    </message>
    <message>
        <source>Contacts by outcome</source>
        <translation>حالات التواصل حسب النتيجة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>حسب البرنامج</translation>
    </message>
    <message>
        <source>By session</source>
        <translation>حسب الجلسة</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>الجلسة الأولى</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>الجلسة الأخيرة</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>الجلسات المنعقدة</translation>
    </message>
    <message>
        <source>Sessions with visits</source>
        <translation>الجلسات التي فيها زيارات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>بداية الأسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>الغياب</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Decile {n}</source>
        <translation>العُشير {n}</translation>
    </message>
    <message>
        <source>Decile 1 (most deprived)</source>
        <translation>العُشير 1 (الأكثر حرماناً)</translation>
    </message>
    <message>
        <source>Decile 10 (least deprived)</source>
        <translation>العُشير 10 (الأقل حرماناً)</translation>
    </message>
    <message>
        <source>Nobody signed in during this period.</source>
        <translation>لم يسجّل أحد دخوله خلال هذه الفترة.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Not known&apos; here because no postcode lookup is loaded on this desk: visits carry no ward, LSOA or deprivation decile. Load the council&apos;s postcode lookup in Hub settings; visits from then on are counted by area.</source>
        <translation>كل الزيارات «غير معروف» هنا لأنه لم يُحمَّل جدول الرموز البريدية في مكتب الاستقبال هذا: لا تحمل الزيارات دائرة ولا LSOA ولا عُشير حرمان. حمّل جدول الرموز البريدية الخاص بالمجلس في إعدادات المركز؛ وستُحسب الزيارات من ذلك الحين حسب المنطقة.</translation>
    </message>
    <message>
        <source>Not known for every visit: none in this period had a full postcode found in the postcode lookup.</source>
        <translation>غير معروف لكل الزيارات: لم يكن لأي زيارة في هذه الفترة رمز بريدي كامل موجود في جدول الرموز البريدية.</translation>
    </message>
    <message>
        <source>Not known for every visit: nobody in this period gave a postcode.</source>
        <translation>غير معروف لكل الزيارات: لم يُعطِ أحد في هذه الفترة رمزاً بريدياً.</translation>
    </message>
    <message>
        <source>Every visit is &apos;Reach area not set&apos; here because this hub has no reach area set, so no visit can be inside or outside it. Set the reach area (the postcode districts the council&apos;s map gives this hub) in Hub settings.</source>
        <translation>كل الزيارات «منطقة التغطية غير محددة» هنا لأنه لم تُحدَّد منطقة تغطية لهذا المركز، فلا يمكن أن تكون أي زيارة داخلها أو خارجها. حدّد منطقة التغطية (مقاطعات الرموز البريدية التي تخصصها خريطة المجلس لهذا المركز) في إعدادات المركز.</translation>
    </message>
    <message>
        <source>Family voice</source>
        <translation>صوت العائلات</translation>
    </message>
    <message>
        <source>Family voice by site</source>
        <translation>صوت العائلات حسب الموقع</translation>
    </message>
    <message>
        <source>Family voice by reason</source>
        <translation>صوت العائلات حسب السبب</translation>
    </message>
    <message>
        <source>Family voice by session</source>
        <translation>صوت العائلات حسب الجلسة</translation>
    </message>
    <message>
        <source>Family voice by month</source>
        <translation>صوت العائلات حسب الشهر</translation>
    </message>
    <message>
        <source>Family voice questions</source>
        <translation>أسئلة العائلات</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>With a face</source>
        <translation>مع وجه</translation>
    </message>
    <message>
        <source>Good or very good</source>
        <translation>جيد أو جيد جداً</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أجابوا</translation>
    </message>
    <message>
        <source>Yes (share)</source>
        <translation>نعم (النسبة)</translation>
    </message>
    <message>
        <source>No timetabled session</source>
        <translation>بدون جلسة مجدولة</translation>
    </message>
    <message>
        <source>No family said how their day was in this period.</source>
        <translation>لم تخبرنا أي عائلة كيف كان يومها في هذه الفترة.</translation>
    </message>
    <message>
        <source>Inside the reach area</source>
        <translation>داخل منطقة التغطية</translation>
    </message>
    <message>
        <source>Outside the reach area</source>
        <translation>خارج منطقة التغطية</translation>
    </message>
    <message>
        <source>No postcode given</source>
        <translation>لم يُعطَ رمز بريدي</translation>
    </message>
    <message>
        <source>Reach area not set</source>
        <translation>منطقة التغطية غير محددة</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>جميع المواقع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>This financial year (April–March)</source>
        <translation>هذه السنة المالية (أبريل–مارس)</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>السنة المالية الماضية</translation>
    </message>
    <message>
        <source>Q1 (April–June)</source>
        <translation>الربع الأول (أبريل–يونيو)</translation>
    </message>
    <message>
        <source>Q2 (July–September)</source>
        <translation>الربع الثاني (يوليو–سبتمبر)</translation>
    </message>
    <message>
        <source>Q3 (October–December)</source>
        <translation>الربع الثالث (أكتوبر–ديسمبر)</translation>
    </message>
    <message>
        <source>Q4 (January–March)</source>
        <translation>الربع الرابع (يناير–مارس)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهراً</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>جارٍ حساب الأرقام…</translation>
    </message>
    <message>
        <source>The report could not be worked out.</source>
        <translation>تعذّر إعداد التقرير.</translation>
    </message>
    <message>
        <source>{hub}: {start} to {end}</source>
        <translation>{hub}: من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Visits by day</source>
        <translation>الزيارات حسب اليوم</translation>
    </message>
    <message>
        <source>Visits by week</source>
        <translation>الزيارات حسب الأسبوع</translation>
    </message>
    <message>
        <source>Children by age band</source>
        <translation>الأطفال حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Visits by reason</source>
        <translation>الزيارات حسب السبب</translation>
    </message>
    <message>
        <source>Visits by hour of day</source>
        <translation>الزيارات حسب ساعة اليوم</translation>
    </message>
    <message>
        <source>Load the postcode lookup…</source>
        <translation>تحميل جدول الرموز البريدية…</translation>
    </message>
    <message>
        <source>Set the reach area…</source>
        <translation>تحديد منطقة التغطية…</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>اسأل أحد المسؤولين</translation>
    </message>
    <message>
        <source>Only an administrator can change Hub settings.</source>
        <translation>لا يمكن تغيير إعدادات المركز إلا للمسؤول.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was saved.</source>
        <translation>أُلغي التصدير: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The export failed: nothing was saved.</source>
        <translation>فشل التصدير: لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>هل لديك بطاقة مركز العائلة؟ امسحها، أو اكتب الرمز المطبوع تحت رمز QR.</translation>
    </message>
    <message>
        <source>Scan it, or type the code printed under the QR.</source>
        <translation>امسحها، أو اكتب الرمز المطبوع تحت رمز QR.</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <source>Scan, or tap to type</source>
        <translation>امسح أو اضغط للكتابة</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>اكتب رمزي</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>استخدم الكاميرا</translation>
    </message>
</context>
<context>
    <name>SendStatusCard</name>
    <message>
        <source>Send now</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>How to enrol</source>
        <translation>طريقة التسجيل في الخدمة</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Choose a session</source>
        <translation>اختر جلسة</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>الجلسة المختارة</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>سجل الحضور</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Find the family, tick who is coming, then Book.</source>
        <translation>ابحث عن العائلة، وحدّد من سيحضر، ثم اضغط «حجز».</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>من سيحضر</translation>
    </message>
    <message>
        <source>Reason to book beyond the places (optional)</source>
        <translation>سبب الحجز فوق عدد الأماكن (اختياري)</translation>
    </message>
    <message>
        <source>Reason to book beyond the places</source>
        <translation>سبب الحجز فوق عدد الأماكن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>No places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>لا توجد أماكن متبقية: يُدرجون في قائمة الانتظار، ما لم يُذكر سبب للحجز فوق عدد الأماكن.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n places left: they go on the waiting list, unless you give a reason to book beyond the places.</source>
        <translation>
            <numerusform>لا توجد أماكن متبقية: يُدرجون في قائمة الانتظار، ما لم يُذكر سبب للحجز فوق عدد الأماكن.</numerusform>
            <numerusform>لم يتبقَّ سوى مكان واحد: يُدرجون في قائمة الانتظار، ما لم يُذكر سبب للحجز فوق عدد الأماكن.</numerusform>
            <numerusform>لم يتبقَّ سوى مكانين: يُدرجون في قائمة الانتظار، ما لم يُذكر سبب للحجز فوق عدد الأماكن.</numerusform>
            <numerusform>لم يتبقَّ سوى %n أماكن: يُدرجون في قائمة الانتظار، ما لم يُذكر سبب للحجز فوق عدد الأماكن.</numerusform>
            <numerusform>لم يتبقَّ سوى %n مكاناً: يُدرجون في قائمة الانتظار، ما لم يُذكر سبب للحجز فوق عدد الأماكن.</numerusform>
            <numerusform>لم يتبقَّ سوى %n مكان: يُدرجون في قائمة الانتظار، ما لم يُذكر سبب للحجز فوق عدد الأماكن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n beyond the places</source>
        <translation>
            <numerusform>حجز %n فوق عدد الأماكن</numerusform>
            <numerusform>حجز شخص واحد فوق عدد الأماكن</numerusform>
            <numerusform>حجز شخصين فوق عدد الأماكن</numerusform>
            <numerusform>حجز %n أشخاص فوق عدد الأماكن</numerusform>
            <numerusform>حجز %n شخصاً فوق عدد الأماكن</numerusform>
            <numerusform>حجز %n شخص فوق عدد الأماكن</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {family} on the waiting list</source>
        <translation>إدراج {family} في قائمة الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>Book %n places for {family}</source>
        <translation>
            <numerusform>حجز %n مكان لـ {family}</numerusform>
            <numerusform>حجز مكان واحد لـ {family}</numerusform>
            <numerusform>حجز مكانين لـ {family}</numerusform>
            <numerusform>حجز %n أماكن لـ {family}</numerusform>
            <numerusform>حجز %n مكاناً لـ {family}</numerusform>
            <numerusform>حجز %n مكان لـ {family}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} booked: %n places.</source>
        <translation>
            <numerusform>{who}: لم يُحجز أي مكان.</numerusform>
            <numerusform>{who}: حُجز مكان واحد.</numerusform>
            <numerusform>{who}: حُجز مكانان.</numerusform>
            <numerusform>{who}: حُجزت %n أماكن.</numerusform>
            <numerusform>{who}: حُجز %n مكاناً.</numerusform>
            <numerusform>{who}: حُجز %n مكان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Signs the family in now, for this session</source>
        <translation>يسجّل دخول العائلة الآن لهذه الجلسة</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>طباعة سجل الحضور</translation>
    </message>
    <message>
        <source>They take it</source>
        <translation>قبلوا المكان</translation>
    </message>
    <message>
        <source>Pass to next</source>
        <translation>عرضه على التالي</translation>
    </message>
    <message>
        <source>They cannot come: offer the place to the next family waiting</source>
        <translation>لا يستطيعون الحضور: اعرض المكان على العائلة التالية في الانتظار</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Came {time}</source>
        <translation>حضر {time}</translation>
    </message>
    <message>
        <source>{who} is number {position} on the waiting list.</source>
        <translation>{who} رقم {position} في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Waiting list {position}</source>
        <translation>قائمة الانتظار {position}</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>عُرض المكان</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Booked beyond places</source>
        <translation>محجوز فوق عدد الأماكن</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Booked beyond the places: {reason}</source>
        <translation>محجوز فوق عدد الأماكن: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>محجوز: %n</numerusform>
            <numerusform>محجوز: %n</numerusform>
            <numerusform>محجوز: %n</numerusform>
            <numerusform>محجوز: %n</numerusform>
            <numerusform>محجوز: %n</numerusform>
            <numerusform>محجوز: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>حضر: %n</numerusform>
            <numerusform>حضر: %n</numerusform>
            <numerusform>حضر: %n</numerusform>
            <numerusform>حضر: %n</numerusform>
            <numerusform>حضر: %n</numerusform>
            <numerusform>حضر: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not come</source>
        <translation>
            <numerusform>لم يحضر: %n</numerusform>
            <numerusform>لم يحضر: %n</numerusform>
            <numerusform>لم يحضر: %n</numerusform>
            <numerusform>لم يحضر: %n</numerusform>
            <numerusform>لم يحضر: %n</numerusform>
            <numerusform>لم يحضر: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places freed: offer them to {who} (%n people).</source>
        <translation>
            <numerusform>أماكن شاغرة: اعرضها على {who} (لا أحد).</numerusform>
            <numerusform>أماكن شاغرة: اعرضها على {who} (شخص واحد).</numerusform>
            <numerusform>أماكن شاغرة: اعرضها على {who} (شخصان).</numerusform>
            <numerusform>أماكن شاغرة: اعرضها على {who} (%n أشخاص).</numerusform>
            <numerusform>أماكن شاغرة: اعرضها على {who} (%n شخصاً).</numerusform>
            <numerusform>أماكن شاغرة: اعرضها على {who} (%n شخص).</numerusform>
        </translation>
    </message>
    <message>
        <source>“Came” is marked on the day of the session</source>
        <translation>يُحدَّد «حضر» في يوم الجلسة</translation>
    </message>
    <message>
        <source>{who} signed in at {time}.</source>
        <translation>سُجِّل دخول {who} الساعة {time}.</translation>
    </message>
    <message>
        <source>Booking cancelled for {who}.</source>
        <translation>أُلغي حجز {who}.</translation>
    </message>
    <message>
        <source>{who} booked from the waiting list.</source>
        <translation>حُجز لـ {who} من قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The place is offered to the next family waiting.</source>
        <translation>عُرض المكان على العائلة التالية في الانتظار.</translation>
    </message>
    <message>
        <source>Register: {name}</source>
        <translation>سجل الحضور: {name}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} at {site}</source>
        <translation>{day}، {start}–{end} في {site}</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>الأماكن المحجوزة: {taken} من {capacity}</translation>
    </message>
    <message>
        <source>Booked as</source>
        <translation>نوع الحجز</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Nobody booked.</source>
        <translation>لا يوجد أي حجز.</translation>
    </message>
    <message>
        <source>Register saved: {path}</source>
        <translation>حُفظ سجل الحضور: {path}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Sessions of one name and kind at one site</source>
        <translation>جلسات بالاسم والنوع نفسيهما في موقع واحد</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Sessions held (not cancelled) in these dates</source>
        <translation>الجلسات المنعقدة (غير الملغاة) في هذه التواريخ</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأولى</translation>
    </message>
    <message>
        <source>The first session in these dates</source>
        <translation>أول جلسة في هذه التواريخ</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخيرة</translation>
    </message>
    <message>
        <source>The last session in these dates</source>
        <translation>آخر جلسة في هذه التواريخ</translation>
    </message>
    <message>
        <source>Families booked (not the waiting list)</source>
        <translation>العائلات المحجوز لها (دون قائمة الانتظار)</translation>
    </message>
    <message>
        <source>Booked families marked as came</source>
        <translation>العائلات المحجوز لها التي حُدِّدت بأنها حضرت</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>الغياب</translation>
    </message>
    <message>
        <source>Booked families who did not come, once it ended</source>
        <translation>العائلات المحجوز لها التي لم تحضر، بعد انتهاء الجلسة</translation>
    </message>
    <message>
        <source>People signed in for its sessions, booked or walk-in</source>
        <translation>الأشخاص المسجَّل دخولهم لجلساته، بحجز أو دون حجز</translation>
    </message>
    <message>
        <source>Attendance by programme</source>
        <translation>الحضور حسب البرنامج</translation>
    </message>
    <message>
        <source>No sessions in those dates.</source>
        <translation>لا توجد جلسات في تلك التواريخ.</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n places taken</source>
        <translation>
            <numerusform>الأماكن المحجوزة: {taken} من %n</numerusform>
            <numerusform>الأماكن المحجوزة: {taken} من %n</numerusform>
            <numerusform>الأماكن المحجوزة: {taken} من %n</numerusform>
            <numerusform>الأماكن المحجوزة: {taken} من %n</numerusform>
            <numerusform>الأماكن المحجوزة: {taken} من %n</numerusform>
            <numerusform>الأماكن المحجوزة: {taken} من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>لا أماكن محجوزة</numerusform>
            <numerusform>مكان واحد محجوز</numerusform>
            <numerusform>مكانان محجوزان</numerusform>
            <numerusform>%n أماكن محجوزة</numerusform>
            <numerusform>%n مكاناً محجوزاً</numerusform>
            <numerusform>%n مكان محجوز</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(ملغاة)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Hub settings</source>
        <translation>إعدادات المركز</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Families agree to this at the kiosk. Changing the words raises the version, and returning families see the notice again. Leave it empty for the standard wording.</source>
        <translation>توافق العائلات على هذا في الكشك. تغيير النص يرفع رقم الإصدار، فترى العائلات العائدة الإشعار مرة أخرى. اتركه فارغاً لاستخدام الصياغة القياسية.</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>نص إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Empty: families see the standard wording.</source>
        <translation>فارغ: ترى العائلات الصياغة القياسية.</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>حفظ الإشعار</translation>
    </message>
    <message>
        <source>Keeping personal data</source>
        <translation>الاحتفاظ بالبيانات الشخصية</translation>
    </message>
    <message>
        <source>Erase families after this long with no visit or contact:</source>
        <translation>محو العائلات بعد هذه المدة دون زيارة أو اتصال:</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>مدة الاحتفاظ بالأشهر</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>حفظ المدة</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>تطبيق الاحتفاظ الآن</translation>
    </message>
    <message>
        <source>Audit log: every entry carries the hash of the one before.</source>
        <translation>سجل التدقيق: كل إدخال يحمل تجزئة (hash) الإدخال الذي قبله.</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهراً</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for erasure now: %n families.</source>
        <translation>
            <numerusform>لا توجد عائلات مستحقة للمحو الآن.</numerusform>
            <numerusform>مستحق للمحو الآن: عائلة واحدة.</numerusform>
            <numerusform>مستحق للمحو الآن: عائلتان.</numerusform>
            <numerusform>مستحق للمحو الآن: %n عائلات.</numerusform>
            <numerusform>مستحق للمحو الآن: %n عائلة.</numerusform>
            <numerusform>مستحق للمحو الآن: %n عائلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice is unchanged (still version {version}).</source>
        <translation>لم يتغير الإشعار (لا يزال الإصدار {version}).</translation>
    </message>
    <message>
        <source>Notice saved as version {version}. Returning families will see it again.</source>
        <translation>حُفظ الإشعار بوصفه الإصدار {version}. ستراه العائلات العائدة مرة أخرى.</translation>
    </message>
    <message>
        <source>Personal data is now kept for {period}.</source>
        <translation>مدة الاحتفاظ بالبيانات الشخصية الآن: {period}.</translation>
    </message>
    <message>
        <source>Retention ran.</source>
        <translation>طُبِّق الاحتفاظ.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries link up.</source>
        <translation>
            <numerusform>سليم: لا توجد إدخالات.</numerusform>
            <numerusform>سليم: الإدخال الوحيد مترابط.</numerusform>
            <numerusform>سليم: الإدخالان مترابطان.</numerusform>
            <numerusform>سليم: جميع الإدخالات الـ %n مترابطة.</numerusform>
            <numerusform>سليم: جميع الإدخالات الـ %n مترابطة.</numerusform>
            <numerusform>سليم: جميع الإدخالات الـ %n مترابطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: entry {seq} does not match (changed, or an entry before it was removed).</source>
        <translation>تالف: الإدخال {seq} غير مطابق (تم تغييره، أو حُذف إدخال قبله).</translation>
    </message>
</context>
<context>
    <name>SignOutPage</name>
    <message>
        <source>Signing out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Or tap the number you were given when you signed in:</source>
        <translation>أو اضغط على الرقم الذي أُعطي لك عند تسجيل الدخول:</translation>
    </message>
    <message>
        <source>Leave without signing out</source>
        <translation>المغادرة دون تسجيل الخروج</translation>
    </message>
    <message numerus="yes">
        <source>arrived {time}, %n people</source>
        <translation>
            <numerusform>الوصول {time}، لا أحد</numerusform>
            <numerusform>الوصول {time}، شخص واحد</numerusform>
            <numerusform>الوصول {time}، شخصان</numerusform>
            <numerusform>الوصول {time}، %n أشخاص</numerusform>
            <numerusform>الوصول {time}، %n شخصاً</numerusform>
            <numerusform>الوصول {time}، %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Number {number}, {detail}</source>
        <translation>الرقم {number}، {detail}</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>لا أحد مسجّل الدخول على هذه الشاشة حالياً.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff only</source>
        <translation>للموظفين فقط</translation>
    </message>
    <message>
        <source>PIN accepted.</source>
        <translation>تم قبول رمز PIN.</translation>
    </message>
    <message>
        <source>Tap your name, then enter your PIN.</source>
        <translation>اضغط على اسمك، ثم أدخل رمز PIN.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>أدخل رمز PIN.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>أغلق الكشك</translation>
    </message>
    <message>
        <source>No staff accounts yet: set one up at the desk.</source>
        <translation>لا توجد حسابات موظفين بعد: أنشئ حساباً في مكتب الاستقبال.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>رمز PIN خاطئ. لم تبقَ محاولات.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولة واحدة.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولتان.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولات.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>عدد كبير من رموز PIN الخاطئة. يرجى المحاولة لاحقاً.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>لم ينجح ذلك. يرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>One fewer: {what}</source>
        <translation>واحد أقل: {what}</translation>
    </message>
    <message>
        <source>One more: {what}</source>
        <translation>واحد إضافي: {what}</translation>
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
        <translation>المراجعة والإعداد</translation>
    </message>
    <message>
        <source>Check what this PC will be. Back changes anything; Set up creates the encrypted store, which takes a few seconds. The passphrase and the PIN are not shown.</source>
        <translation>راجع ما سيكون عليه هذا الحاسوب. «رجوع» لتغيير أي شيء؛ و«إعداد» ينشئ مخزن البيانات المشفّر، ويستغرق ذلك بضع ثوانٍ. لا تُعرض عبارة المرور ولا رمز PIN.</translation>
    </message>
    <message>
        <source>Setting up...</source>
        <translation>جارٍ الإعداد...</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>The sign-in kiosk</source>
        <translation>كشك تسجيل الدخول</translation>
    </message>
    <message>
        <source>A front desk</source>
        <translation>مكتب استقبال</translation>
    </message>
    <message>
        <source>An outreach laptop</source>
        <translation>حاسوب محمول للعمل الميداني</translation>
    </message>
    <message>
        <source>This PC will be</source>
        <translation>سيكون هذا الحاسوب</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Joins a hub through the central service</source>
        <translation>ينضم إلى مركز عبر الخدمة المركزية</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>الخدمة المركزية</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>رمز الانضمام</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>رمز المركز</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>%1 (the hub&apos;s name)</source>
        <translation>%1 (اسم المركز)</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <translation>الرمز البريدي للموقع</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>المسؤول الأول</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>مخزن البيانات</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>The hub&apos;s other devices</source>
        <translation>أجهزة المركز الأخرى</translation>
    </message>
    <message>
        <source>Records the central service refused</source>
        <translation>السجلات التي رفضتها الخدمة المركزية</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>السجلات المعزولة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>لا يوجد شيء معزول.</translation>
    </message>
    <message>
        <source>Send again (after fixing the record)</source>
        <translation>إعادة الإرسال (بعد تصحيح السجل)</translation>
    </message>
    <message>
        <source>Discard (keep it on this computer only)</source>
        <translation>تجاهل (الاحتفاظ به على هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>This computer keeps everything safely and works offline. Once it is enrolled with the council&apos;s central service (see below), waiting records are sent.</source>
        <translation>يحتفظ هذا الحاسوب بكل شيء بأمان ويعمل دون اتصال. وبمجرد تسجيله في الخدمة المركزية للمجلس (انظر أدناه)، تُرسل السجلات المنتظرة.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the central service yet.</source>
        <translation>هذا الحاسوب غير مسجّل في الخدمة المركزية بعد.</translation>
    </message>
    <message>
        <source>This computer has not received the hub key yet.</source>
        <translation>لم يتلقَّ هذا الحاسوب مفتاح المركز بعد.</translation>
    </message>
    <message>
        <source>The central service cannot be reached: working offline.</source>
        <translation>تعذّر الوصول إلى الخدمة المركزية: العمل دون اتصال.</translation>
    </message>
    <message>
        <source>The central service is busy: trying again shortly.</source>
        <translation>الخدمة المركزية مشغولة: ستُعاد المحاولة قريباً.</translation>
    </message>
    <message>
        <source>The central service asked us to wait: trying again shortly.</source>
        <translation>طلبت الخدمة المركزية الانتظار: ستُعاد المحاولة قريباً.</translation>
    </message>
    <message>
        <source>The central service no longer accepts this computer.</source>
        <translation>لم تعد الخدمة المركزية تقبل هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Last problem: {code}</source>
        <translation>آخر مشكلة: {code}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Here to Help contact</source>
        <translation>اتصال Here to Help</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>QR pass</source>
        <translation>بطاقة QR</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>سيُرسل مرة أخرى في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Discarded: it stays on this computer only.</source>
        <translation>تم التجاهل: يبقى على هذا الحاسوب فقط.</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>جميع المواقع</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>نسخ الأسبوع الماضي</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>إضافة جلسة</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>إلغاء الجلسة</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>تغيير الجلسة</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s day, times or places</source>
        <translation>تغيير يوم الجلسة المختارة أو أوقاتها أو عدد أماكنها</translation>
    </message>
    <message>
        <source>Public offer</source>
        <translation>العرض العام</translation>
    </message>
    <message>
        <source>Publish the chosen session to the council&apos;s directory and families&apos; calendars</source>
        <translation>انشر الجلسة المختارة في دليل المجلس وتقويمات العائلات</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>جلسات هذا الأسبوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Public sessions are in the council&apos;s directory and families&apos; calendars.</source>
        <translation>الجلسات العامة موجودة في دليل المجلس وتقويمات العائلات.</translation>
    </message>
    <message>
        <source>No sessions this week. Use “Copy last week” to bring last week&apos;s over.</source>
        <translation>لا توجد جلسات هذا الأسبوع. استخدم «نسخ الأسبوع الماضي» لنقل جلسات الأسبوع الماضي.</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>اسم الجلسة</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>أُضيفت الجلسة.</translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation>تغيّرت الجلسة.</translation>
    </message>
    <message>
        <source>Cancel {name} on {day}? Families already booked stay on record.</source>
        <translation>إلغاء {name} يوم {day}؟ تبقى العائلات المحجوز لها مسجّلة.</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>نعم، ألغها</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>أُلغيت الجلسة.</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>أسبوع {day}</translation>
    </message>
    <message>
        <source>In the building now:</source>
        <translation>في المبنى الآن:</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
            <numerusform>في الانتظار: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(ملغاة)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>عام</translation>
    </message>
    <message numerus="yes">
        <source>Public offer saved for %n sessions.</source>
        <translation>
            <numerusform>لم يُحفظ العرض العام لأي جلسة.</numerusform>
            <numerusform>حُفظ العرض العام لجلسة واحدة.</numerusform>
            <numerusform>حُفظ العرض العام لجلستين.</numerusform>
            <numerusform>حُفظ العرض العام لـ %n جلسات.</numerusform>
            <numerusform>حُفظ العرض العام لـ %n جلسة.</numerusform>
            <numerusform>حُفظ العرض العام لـ %n جلسة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions copied from last week.</source>
        <translation>
            <numerusform>لم تُنسخ أي جلسة من الأسبوع الماضي.</numerusform>
            <numerusform>نُسخت جلسة واحدة من الأسبوع الماضي.</numerusform>
            <numerusform>نُسخت جلستان من الأسبوع الماضي.</numerusform>
            <numerusform>نُسخت %n جلسات من الأسبوع الماضي.</numerusform>
            <numerusform>نُسخت %n جلسة من الأسبوع الماضي.</numerusform>
            <numerusform>نُسخت %n جلسة من الأسبوع الماضي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Fire roll call</source>
        <translation>تفقّد الحضور عند الحريق</translation>
    </message>
    <message>
        <source>Save as PDF (and print, if there is a printer)</source>
        <translation>حفظ بصيغة PDF (والطباعة، إن وُجدت طابعة)</translation>
    </message>
    <message>
        <source>Sign a family in</source>
        <translation>تسجيل دخول عائلة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign everyone out</source>
        <translation>تسجيل خروج الجميع</translation>
    </message>
    <message>
        <source>Who is in the building now</source>
        <translation>من في المبنى الآن</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>موجود منذ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Signed in on</source>
        <translation>سُجِّل الدخول على</translation>
    </message>
    <message>
        <source>Nobody is signed in yet today.</source>
        <translation>لم يسجّل أحد دخوله اليوم بعد.</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Count who is here without a family record</source>
        <translation>عدّ الحاضرين دون سجل عائلة</translation>
    </message>
    <message>
        <source>Why they came</source>
        <translation>سبب الحضور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Children {band}</source>
        <translation>الأطفال {band}</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>غير مسجّل</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: {who} (%n people).</source>
        <translation>
            <numerusform>تم تسجيل الدخول: {who} (لا أحد).</numerusform>
            <numerusform>تم تسجيل الدخول: {who} (شخص واحد).</numerusform>
            <numerusform>تم تسجيل الدخول: {who} (شخصان).</numerusform>
            <numerusform>تم تسجيل الدخول: {who} (%n أشخاص).</numerusform>
            <numerusform>تم تسجيل الدخول: {who} (%n شخصاً).</numerusform>
            <numerusform>تم تسجيل الدخول: {who} (%n شخص).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total}: {adults}, {children}</source>
        <translation>{total}: {adults}، {children}</translation>
    </message>
    <message numerus="yes">
        <source>%n adults</source>
        <translation>
            <numerusform>لا بالغين</numerusform>
            <numerusform>بالغ واحد</numerusform>
            <numerusform>بالغان</numerusform>
            <numerusform>%n بالغين</numerusform>
            <numerusform>%n بالغاً</numerusform>
            <numerusform>%n بالغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>لا أطفال</numerusform>
            <numerusform>طفل واحد</numerusform>
            <numerusform>طفلان</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلاً</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: data up to {when}</source>
        <translation>{device}: البيانات حتى {when}</translation>
    </message>
    <message>
        <source>{device}: nothing received yet</source>
        <translation>{device}: لم يُستلم شيء بعد</translation>
    </message>
    <message>
        <source>{people} in {parties}</source>
        <translation>{people} في {parties}</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصاً</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتين</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>a party with no family record</source>
        <translation>مجموعة دون سجل عائلة</translation>
    </message>
    <message numerus="yes">
        <source>Sign out {who} (%n people)?</source>
        <translation>
            <numerusform>تسجيل خروج {who} (لا أحد)؟</numerusform>
            <numerusform>تسجيل خروج {who} (شخص واحد)؟</numerusform>
            <numerusform>تسجيل خروج {who} (شخصان)؟</numerusform>
            <numerusform>تسجيل خروج {who} (%n أشخاص)؟</numerusform>
            <numerusform>تسجيل خروج {who} (%n شخصاً)؟</numerusform>
            <numerusform>تسجيل خروج {who} (%n شخص)؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>نعم، سجّل الخروج</translation>
    </message>
    <message numerus="yes">
        <source>Signed out: {who} (%n people).</source>
        <translation>
            <numerusform>تم تسجيل الخروج: {who} (لا أحد).</numerusform>
            <numerusform>تم تسجيل الخروج: {who} (شخص واحد).</numerusform>
            <numerusform>تم تسجيل الخروج: {who} (شخصان).</numerusform>
            <numerusform>تم تسجيل الخروج: {who} (%n أشخاص).</numerusform>
            <numerusform>تم تسجيل الخروج: {who} (%n شخصاً).</numerusform>
            <numerusform>تم تسجيل الخروج: {who} (%n شخص).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed back in: {who}.</source>
        <translation>أُعيد تسجيل الدخول: {who}.</translation>
    </message>
    <message numerus="yes">
        <source>Sign out everyone in the building (%n people)? Do this at closing time.</source>
        <translation>
            <numerusform>تسجيل خروج كل من في المبنى (لا أحد)؟ يكون ذلك عند وقت الإغلاق.</numerusform>
            <numerusform>تسجيل خروج كل من في المبنى (شخص واحد)؟ يكون ذلك عند وقت الإغلاق.</numerusform>
            <numerusform>تسجيل خروج كل من في المبنى (شخصان)؟ يكون ذلك عند وقت الإغلاق.</numerusform>
            <numerusform>تسجيل خروج كل من في المبنى (%n أشخاص)؟ يكون ذلك عند وقت الإغلاق.</numerusform>
            <numerusform>تسجيل خروج كل من في المبنى (%n شخصاً)؟ يكون ذلك عند وقت الإغلاق.</numerusform>
            <numerusform>تسجيل خروج كل من في المبنى (%n شخص)؟ يكون ذلك عند وقت الإغلاق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, sign everyone out</source>
        <translation>نعم، سجّل خروج الجميع</translation>
    </message>
    <message numerus="yes">
        <source>%n parties signed out.</source>
        <translation>
            <numerusform>لم يُسجَّل خروج أي مجموعة.</numerusform>
            <numerusform>سُجِّل خروج مجموعة واحدة.</numerusform>
            <numerusform>سُجِّل خروج مجموعتين.</numerusform>
            <numerusform>سُجِّل خروج %n مجموعات.</numerusform>
            <numerusform>سُجِّل خروج %n مجموعة.</numerusform>
            <numerusform>سُجِّل خروج %n مجموعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at {when}</source>
        <translation>أُخذ في {when}</translation>
    </message>
    <message>
        <source>Out?</source>
        <translation>خرج؟</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Not registered ({how_many})</source>
        <translation>غير مسجّلين ({how_many})</translation>
    </message>
    <message>
        <source>How fresh each device&apos;s data is</source>
        <translation>مدى حداثة بيانات كل جهاز</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>البيانات حتى</translation>
    </message>
    <message>
        <source>this computer: live</source>
        <translation>هذا الحاسوب: مباشر</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>لم يُستلم شيء بعد</translation>
    </message>
    <message>
        <source>Last sync with the central service: {when}</source>
        <translation>آخر مزامنة مع الخدمة المركزية: {when}</translation>
    </message>
    <message>
        <source>Not connected to a central service: other devices&apos; sign-ins may be missing.</source>
        <translation>غير متصل بخدمة مركزية: قد تنقص عمليات تسجيل الدخول من الأجهزة الأخرى.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>لا أحد مسجّل الدخول.</translation>
    </message>
    <message>
        <source>Taking the roll call…</source>
        <translation>جارٍ تفقّد الحضور…</translation>
    </message>
    <message>
        <source>Roll call saved: {path}</source>
        <translation>حُفظ تفقّد الحضور: {path}</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>طُبع على {printer}.</translation>
    </message>
</context>
<context>
    <name>VoiceAskBar</name>
    <message>
        <source>If the family would like to: how was today? (anonymous)</source>
        <translation>إن رغبت العائلة: كيف كان اليوم؟ (دون ذكر الاسم)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>VoiceCard</name>
    <message>
        <source>Family voice: questions after the faces</source>
        <translation>صوت العائلات: أسئلة بعد الوجوه</translation>
    </message>
    <message>
        <source>After tapping a face, families may answer these by tapping yes, a little or no. Own words: English is needed; a language left empty shows the English (or, for a standard question, the kiosk&apos;s own translation). Saving a change starts a new version: earlier answers stay with the words they answered.</source>
        <translation>بعد لمس وجه، يمكن للعائلات الإجابة بلمس نعم أو قليلاً أو لا. صياغتكم الخاصة: الإنجليزية مطلوبة؛ واللغة المتروكة فارغة تعرض النص الإنجليزي (أو ترجمة الكشك للسؤال القياسي). حفظ أي تغيير يبدأ إصداراً جديداً: تبقى الإجابات السابقة مع الكلمات التي أجابت عنها.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>السؤال %1</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>لا يُسأل</translation>
    </message>
    <message>
        <source>Question %1 in %2</source>
        <translation>السؤال %1 باللغة %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Save questions</source>
        <translation>حفظ الأسئلة</translation>
    </message>
    <message>
        <source>Version %1 of the hub&apos;s questions is in use.</source>
        <translation>الإصدار %1 من أسئلة المركز قيد الاستخدام.</translation>
    </message>
    <message>
        <source>No questions yet: the kiosk shows the faces only.</source>
        <translation>لا توجد أسئلة بعد: يعرض الكشك الوجوه فقط.</translation>
    </message>
    <message>
        <source>The questions are unchanged.</source>
        <translation>الأسئلة دون تغيير.</translation>
    </message>
    <message>
        <source>Questions saved as version %1.</source>
        <translation>حُفظت الأسئلة بوصفها الإصدار %1.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Thank you. It helps us make the hub better.</source>
        <translation>شكراً لكم. هذا يساعدنا على تحسين المركز.</translation>
    </message>
    <message>
        <source>Goodbye, and see you soon!</source>
        <translation>مع السلامة، نراك قريباً!</translation>
    </message>
    <message>
        <source>Enjoy the rest of your visit!</source>
        <translation>نتمنى لكم بقية زيارة ممتعة!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Question %1 of %2. Tap an answer.</source>
        <translation>السؤال %1 من %2. المسوا إجابة.</translation>
    </message>
    <message>
        <source>No more questions</source>
        <translation>لا مزيد من الأسئلة</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <source>Not good</source>
        <translation>ليس جيداً</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>ممكن أفضل</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>جيد جداً</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>قليلاً</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Did you get the help you came for?</source>
        <translation>هل حصلتم على المساعدة التي جئتم من أجلها؟</translation>
    </message>
    <message>
        <source>Would you tell a friend about the hub?</source>
        <translation>هل ستخبرون صديقاً عن المركز؟</translation>
    </message>
    <message>
        <source>Did you feel welcome?</source>
        <translation>هل شعرتم بالترحيب؟</translation>
    </message>
    <message>
        <source>Did you learn something useful today?</source>
        <translation>هل تعلمتم شيئاً مفيداً اليوم؟</translation>
    </message>
    <message>
        <source>Did your child enjoy it?</source>
        <translation>هل استمتع طفلكم؟</translation>
    </message>
    <message>
        <source>Our own question</source>
        <translation>سؤالنا الخاص</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <source>Please sign in when you arrive, and sign out when you leave.</source>
        <translation>يرجى تسجيل الدخول عند وصولك وتسجيل الخروج عند مغادرتك.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>الأنشطة</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to hubdesk</source>
        <translation>مرحباً بك في hubdesk</translation>
    </message>
    <message>
        <source>This PC has not been set up yet. In a few steps it becomes the sign-in kiosk, the front desk or an outreach laptop of a Family Hub.

You will need: the hub&apos;s details (or an enrolment code from the council&apos;s central service), a passphrase for the administrator, and a PIN for the first administrator. Have a pen ready: a recovery code is shown once at the end.</source>
        <translation>لم يُعدّ هذا الحاسوب بعد. في بضع خطوات يصبح كشك تسجيل الدخول، أو مكتب الاستقبال، أو حاسوباً محمولاً للعمل الميداني في مركز العائلة (Family Hub).

ستحتاج إلى: بيانات المركز (أو رمز تسجيل من الخدمة المركزية للمجلس)، وعبارة مرور للمسؤول، ورمز PIN لأول مسؤول. جهّز قلماً: يُعرض رمز الاسترداد مرة واحدة في النهاية.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Here to Help: advice and support</source>
        <translation>Here to Help: نصيحة ودعم</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>الزائرة الصحية أو العيادة</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>مجرد زيارة</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>مقدّم رعاية</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>الجدّ أو الجدّة</translation>
    </message>
    <message>
        <source>Another adult</source>
        <translation>بالغ آخر</translation>
    </message>
    <message>
        <source>Babies, under 2</source>
        <translation>رُضّع، دون السنتين</translation>
    </message>
    <message>
        <source>Aged 2 to 4</source>
        <translation>من 2 إلى 4 سنوات</translation>
    </message>
    <message>
        <source>Aged 5 to 11</source>
        <translation>من 5 إلى 11 سنة</translation>
    </message>
    <message>
        <source>Aged 12 to 16</source>
        <translation>من 12 إلى 16 سنة</translation>
    </message>
    <message>
        <source>Aged 17 to 19</source>
        <translation>من 17 إلى 19 سنة</translation>
    </message>
    <message>
        <source>Aged 20 to 25 with SEND</source>
        <translation>من 20 إلى 25 سنة مع SEND</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Why you came</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>يرجى تعبئة هذا الحقل.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>هذا طويل جداً. يرجى اختصاره.</translation>
    </message>
    <message>
        <source>Please use letters.</source>
        <translation>يرجى استخدام الحروف.</translation>
    </message>
    <message>
        <source>This has a character we cannot use.</source>
        <translation>يحتوي على رمز لا يمكننا استخدامه.</translation>
    </message>
    <message>
        <source>Please keep this on one line.</source>
        <translation>يرجى كتابته في سطر واحد.</translation>
    </message>
    <message>
        <source>This does not look like a UK postcode. Check it, or leave it empty.</source>
        <translation>لا يبدو هذا رمزاً بريدياً في المملكة المتحدة. تحقق منه، أو اتركه فارغاً.</translation>
    </message>
    <message>
        <source>Please write the date as day/month/year.</source>
        <translation>يرجى كتابة التاريخ بصيغة يوم/شهر/سنة.</translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day and the month.</source>
        <translation>هذا التاريخ غير موجود. يرجى التحقق من اليوم والشهر.</translation>
    </message>
    <message>
        <source>Please choose the date of birth.</source>
        <translation>يرجى اختيار تاريخ الميلاد.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>مراكز العائلة مخصصة للأطفال والشباب حتى سن 25.</translation>
    </message>
    <message>
        <source>Over 19 is for young people with special educational needs or a disability (SEND): tick SEND if this applies.</source>
        <translation>ما فوق 19 سنة مخصص للشباب ذوي الاحتياجات التعليمية الخاصة أو الإعاقة (SEND): حدد SEND إن كان ذلك ينطبق.</translation>
    </message>
    <message>
        <source>Sorry, this session is full. Please choose another reason, or ask at the front desk.</source>
        <translation>عذراً، هذه الجلسة مكتملة. يرجى اختيار سبب آخر، أو السؤال في مكتب الاستقبال.</translation>
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
        <translation>يرجى إضافة شخص واحد على الأقل.</translation>
    </message>
    <message>
        <source>We don&apos;t recognise this pass. Please ask at the front desk.</source>
        <translation>لا نتعرّف على هذه البطاقة. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>This pass has been replaced. Please ask at the front desk for a new one.</source>
        <translation>تم استبدال هذه البطاقة. يرجى طلب بطاقة جديدة من مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>This is not a Family Hub pass.</source>
        <translation>هذه ليست بطاقة مركز العائلة.</translation>
    </message>
    <message>
        <source>The pass could not be read. Please try again.</source>
        <translation>تعذّرت قراءة البطاقة. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The code has a typo. Please check each letter and number.</source>
        <translation>في الرمز خطأ مطبعي. يرجى التحقق من كل حرف ورقم.</translation>
    </message>
    <message>
        <source>That number is too big.</source>
        <translation>هذا الرقم كبير جداً.</translation>
    </message>
    <message>
        <source>Please tick who is here today.</source>
        <translation>يرجى تحديد من حضر اليوم.</translation>
    </message>
    <message>
        <source>You are signed in here already today.</source>
        <translation>أنت مسجّل الدخول هنا بالفعل اليوم.</translation>
    </message>
    <message>
        <source>Please choose one of the rooms shown.</source>
        <translation>يرجى اختيار إحدى الغرف المعروضة.</translation>
    </message>
    <message>
        <source>Sorry, this screen is very busy. Please ask at the desk.</source>
        <translation>عذراً، هذه الشاشة مشغولة جداً. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>عذراً، حدث خطأ ما. يرجى السؤال في مكتب الاستقبال.</translation>
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
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>the same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>a child with the same name and date of birth</source>
        <translation>طفل بالاسم وتاريخ الميلاد نفسيهما</translation>
    </message>
    <message>
        <source>the same surname and postcode</source>
        <translation>اسم العائلة والرمز البريدي نفسيهما</translation>
    </message>
    <message>
        <source>an adult with the same name</source>
        <translation>بالغ بالاسم نفسه</translation>
    </message>
    <message numerus="yes">
        <source>+ %n adults</source>
        <translation>
            <numerusform>+ %n بالغ</numerusform>
            <numerusform>+ بالغ واحد</numerusform>
            <numerusform>+ بالغان</numerusform>
            <numerusform>+ %n بالغين</numerusform>
            <numerusform>+ %n بالغاً</numerusform>
            <numerusform>+ %n بالغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n children</source>
        <translation>
            <numerusform>+ %n طفل</numerusform>
            <numerusform>+ طفل واحد</numerusform>
            <numerusform>+ طفلان</numerusform>
            <numerusform>+ %n أطفال</numerusform>
            <numerusform>+ %n طفلاً</numerusform>
            <numerusform>+ %n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation>التوجيه إلى</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>الوقت المستغرق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>حضور مباشر</translation>
    </message>
    <message>
        <source>Online request</source>
        <translation>طلب عبر الإنترنت</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>المال والإعانات</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>الغذاء</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>التربية الوالدية</translation>
    </message>
    <message>
        <source>Child development</source>
        <translation>نمو الطفل</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>الصحة النفسية</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>العنف الأسري</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>قُدِّمت المشورة</translation>
    </message>
    <message>
        <source>Referral made to</source>
        <translation>الإحالة إلى</translation>
    </message>
    <message>
        <source>Booked into a group</source>
        <translation>حُجز في مجموعة</translation>
    </message>
    <message>
        <source>Early help request raised</source>
        <translation>قُدِّم طلب مساعدة مبكرة</translation>
    </message>
    <message>
        <source>Here to Help</source>
        <translation>Here to Help</translation>
    </message>
    <message>
        <source>Health visitor or clinic</source>
        <translation>الزائرة الصحية أو العيادة</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Just visiting</source>
        <translation>مجرد زيارة</translation>
    </message>
    <message>
        <source>Family Hub</source>
        <translation>مركز العائلة (Family Hub)</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>محطة إطفاء</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>قاعدة عسكرية</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <source>Community venue</source>
        <translation>مكان مجتمعي</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Outreach laptop</source>
        <translation>حاسوب التواصل الميداني</translation>
    </message>
    <message>
        <source>Another device</source>
        <translation>جهاز آخر</translation>
    </message>
    <message>
        <source>Stay and play</source>
        <translation>ابقَ والعب</translation>
    </message>
    <message>
        <source>Baby clinic</source>
        <translation>عيادة الرضّع</translation>
    </message>
    <message>
        <source>Youth group</source>
        <translation>مجموعة الشباب</translation>
    </message>
    <message>
        <source>Breakfast club</source>
        <translation>نادي الإفطار</translation>
    </message>
    <message>
        <source>Learning through play</source>
        <translation>التعلّم باللعب</translation>
    </message>
    <message>
        <source>Parenting course</source>
        <translation>دورة التربية الوالدية</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>مقدّم رعاية</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>الجدّ أو الجدّة</translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation>بالغ آخر</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>موظف العمل الميداني</translation>
    </message>
    <message>
        <source>Hub manager</source>
        <translation>مدير المركز</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>is needed.</source>
        <translation>مطلوب.</translation>
    </message>
    <message>
        <source>is not a date. Type it as day/month/year, for example 10/12/2026.</source>
        <translation>ليس تاريخاً. اكتبه بصيغة يوم/شهر/سنة، مثلاً 10/12/2026.</translation>
    </message>
    <message>
        <source>is not a real date (check the day and the month).</source>
        <translation>ليس تاريخاً صحيحاً (تحقق من اليوم والشهر).</translation>
    </message>
    <message>
        <source>choose a date.</source>
        <translation>اختر تاريخاً.</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>لا يمكن أن يكون في المستقبل.</translation>
    </message>
    <message>
        <source>cannot be in the past.</source>
        <translation>لا يمكن أن يكون في الماضي.</translation>
    </message>
    <message>
        <source>is too far in the past.</source>
        <translation>بعيد جداً في الماضي.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>طويل جداً.</translation>
    </message>
    <message>
        <source>is too short.</source>
        <translation>قصير جداً.</translation>
    </message>
    <message>
        <source>is not the right length.</source>
        <translation>طوله غير صحيح.</translation>
    </message>
    <message>
        <source>is outside what is allowed.</source>
        <translation>خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>is not a UK postcode. Check it, or leave it empty.</source>
        <translation>ليس رمزاً بريدياً في المملكة المتحدة. تحقق منه، أو اتركه فارغاً.</translation>
    </message>
    <message>
        <source>has characters that cannot be stored.</source>
        <translation>يحتوي على رموز لا يمكن حفظها.</translation>
    </message>
    <message>
        <source>is already used.</source>
        <translation>مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>is already there.</source>
        <translation>موجود بالفعل.</translation>
    </message>
    <message>
        <source>choose people from this family.</source>
        <translation>اختر أشخاصاً من هذه العائلة.</translation>
    </message>
    <message>
        <source>has no places left.</source>
        <translation>لم تتبقَّ فيها أماكن.</translation>
    </message>
    <message>
        <source>is already booked for this session.</source>
        <translation>محجوز بالفعل لهذه الجلسة.</translation>
    </message>
    <message>
        <source>tick at least one person who is coming.</source>
        <translation>حدّد شخصاً واحداً على الأقل سيحضر.</translation>
    </message>
    <message>
        <source>has already ended.</source>
        <translation>انتهت بالفعل.</translation>
    </message>
    <message>
        <source>can be marked as came on the day only.</source>
        <translation>لا يمكن تحديد الحضور إلا في يوم الجلسة.</translation>
    </message>
    <message>
        <source>must be after the start.</source>
        <translation>يجب أن يكون بعد البداية.</translation>
    </message>
    <message>
        <source>must be on the same day as the start.</source>
        <translation>يجب أن يكون في يوم البداية نفسه.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>يجب أن يكون عدداً صحيحاً.</translation>
    </message>
    <message>
        <source>choose one from the list.</source>
        <translation>اختر واحداً من القائمة.</translation>
    </message>
    <message>
        <source>must be digits only.</source>
        <translation>يجب أن يتكون من أرقام فقط.</translation>
    </message>
    <message>
        <source>is too easy to guess: choose another.</source>
        <translation>سهل التخمين جداً: اختر غيره.</translation>
    </message>
    <message>
        <source>They had already signed out.</source>
        <translation>كانوا قد سجّلوا خروجهم بالفعل.</translation>
    </message>
    <message>
        <source>That visit is not in the list any more.</source>
        <translation>لم تعد تلك الزيارة في القائمة.</translation>
    </message>
    <message>
        <source>It is too late to undo that sign-out: sign them in again instead.</source>
        <translation>فات الأوان للتراجع عن تسجيل الخروج هذا: سجّل دخولهم مرة أخرى بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The sign-out has already gone to the other devices, so it cannot be undone: sign them in again instead.</source>
        <translation>وصل تسجيل الخروج بالفعل إلى الأجهزة الأخرى، لذا لا يمكن التراجع عنه: سجّل دخولهم مرة أخرى بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>They have signed in again since, so there is nothing to undo.</source>
        <translation>سجّلوا دخولهم مرة أخرى منذ ذلك الحين، فلا يوجد ما يُتراجع عنه.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n problem(s) shown beside the fields.</source>
        <translation>
            <numerusform>يرجى تصحيح المشكلات المبيّنة بجانب الحقول.</numerusform>
            <numerusform>يرجى تصحيح المشكلة المبيّنة بجانب الحقل.</numerusform>
            <numerusform>يرجى تصحيح المشكلتين المبيّنتين بجانب الحقول.</numerusform>
            <numerusform>يرجى تصحيح المشكلات الـ %n المبيّنة بجانب الحقول.</numerusform>
            <numerusform>يرجى تصحيح المشكلات الـ %n المبيّنة بجانب الحقول.</numerusform>
            <numerusform>يرجى تصحيح المشكلات الـ %n المبيّنة بجانب الحقول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>دورك لا يسمح بذلك.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked for now.</source>
        <translation>محاولات كثيرة برمز PIN خاطئ: القفل مؤقت حالياً.</translation>
    </message>
    <message>
        <source>That did not work ({kind}). Please try again.</source>
        <translation>لم ينجح ذلك ({kind}). يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>That session is full.</source>
        <translation>تلك الجلسة ممتلئة.</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>يُرجى التحقق من النموذج: {problem}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم يحدث قط</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>اليوم {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>أمس {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ يوم واحد</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يوماً</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>To send them, enrol this laptop with the council&apos;s central service:</source>
        <translation>لإرسالها، سجّل هذا الحاسوب المحمول في الخدمة المركزية للمجلس:</translation>
    </message>
    <message>
        <source>1. Ask your hub&apos;s administrator for an enrolment code for this laptop (a code or a QR code).</source>
        <translation>1. اطلب من مسؤول المركز رمز انضمام لهذا الحاسوب المحمول (رمزاً نصياً أو رمز QR).</translation>
    </message>
    <message>
        <source>2. Close hubdesk (Lock, then close the window).</source>
        <translation>2. أغلق hubdesk (اضغط «قفل»، ثم أغلق النافذة).</translation>
    </message>
    <message>
        <source>3. Open a terminal (on Windows: Command Prompt), type: hubdesk enrol THE-CODE --kind outreach, and press Enter.</source>
        <translation>3. افتح نافذة الأوامر (في Windows: Command Prompt)، واكتب: hubdesk enrol THE-CODE --kind outreach (مع وضع الرمز مكان THE-CODE)، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>4. Open hubdesk again: this box then says when records were last sent.</source>
        <translation>4. افتح hubdesk مرة أخرى: سيُظهر هذا المربع حينها آخر وقت أُرسلت فيه السجلات.</translation>
    </message>
    <message>
        <source>Safe to close the lid: everything is sent.</source>
        <translation>يمكن إغلاق الغطاء بأمان: أُرسل كل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Not safe yet: %n records not sent.</source>
        <translation>
            <numerusform>ليس آمناً بعد: %n سجل لم يُرسل.</numerusform>
            <numerusform>ليس آمناً بعد: سجل واحد لم يُرسل.</numerusform>
            <numerusform>ليس آمناً بعد: سجلان لم يُرسلا.</numerusform>
            <numerusform>ليس آمناً بعد: %n سجلات لم تُرسل.</numerusform>
            <numerusform>ليس آمناً بعد: %n سجلاً لم يُرسل.</numerusform>
            <numerusform>ليس آمناً بعد: %n سجل لم يُرسل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation>لا شيء للإرسال بعد.</translation>
    </message>
    <message>
        <source>Last sent: {when}</source>
        <translation>آخر إرسال: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to send</source>
        <translation>
            <numerusform>لا سجلات بانتظار الإرسال</numerusform>
            <numerusform>سجل واحد بانتظار الإرسال</numerusform>
            <numerusform>سجلان بانتظار الإرسال</numerusform>
            <numerusform>%n سجلات بانتظار الإرسال</numerusform>
            <numerusform>%n سجلاً بانتظار الإرسال</numerusform>
            <numerusform>%n سجل بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the central service: see the Sync tab</source>
        <translation>
            <numerusform>لا سجلات رفضتها الخدمة المركزية: راجع تبويب «المزامنة»</numerusform>
            <numerusform>سجل واحد رفضته الخدمة المركزية: راجع تبويب «المزامنة»</numerusform>
            <numerusform>سجلان رفضتهما الخدمة المركزية: راجع تبويب «المزامنة»</numerusform>
            <numerusform>%n سجلات رفضتها الخدمة المركزية: راجع تبويب «المزامنة»</numerusform>
            <numerusform>%n سجلاً رفضته الخدمة المركزية: راجع تبويب «المزامنة»</numerusform>
            <numerusform>%n سجل رفضته الخدمة المركزية: راجع تبويب «المزامنة»</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled, so nothing is sent: all is kept safely on this laptop</source>
        <translation>غير مسجّل في الخدمة، لذا لا يُرسل شيء: كل شيء محفوظ بأمان على هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>offline: kept safely on this laptop, sent when back online</source>
        <translation>دون اتصال: محفوظ بأمان على هذا الحاسوب المحمول، ويُرسل عند عودة الاتصال</translation>
    </message>
    <message>
        <source>sending: keep the laptop open and connected for a moment</source>
        <translation>جارٍ الإرسال: أبقِ الحاسوب المحمول مفتوحاً ومتصلاً لحظات</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a central service · %n records kept on this computer</source>
        <translation>
            <numerusform>غير متصل بخدمة مركزية · لا سجلات محفوظة على هذا الحاسوب</numerusform>
            <numerusform>غير متصل بخدمة مركزية · سجل واحد محفوظ على هذا الحاسوب</numerusform>
            <numerusform>غير متصل بخدمة مركزية · سجلان محفوظان على هذا الحاسوب</numerusform>
            <numerusform>غير متصل بخدمة مركزية · %n سجلات محفوظة على هذا الحاسوب</numerusform>
            <numerusform>غير متصل بخدمة مركزية · %n سجلاً محفوظاً على هذا الحاسوب</numerusform>
            <numerusform>غير متصل بخدمة مركزية · %n سجل محفوظ على هذا الحاسوب</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>Refused by the central service: ask your administrator</source>
        <translation>رفضته الخدمة المركزية: راجع المسؤول</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>آخر مزامنة {when}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message numerus="yes">
        <source>{state} · {last} · %n waiting</source>
        <translation>
            <numerusform>{state} · {last} · في الانتظار: %n</numerusform>
            <numerusform>{state} · {last} · في الانتظار: %n</numerusform>
            <numerusform>{state} · {last} · في الانتظار: %n</numerusform>
            <numerusform>{state} · {last} · في الانتظار: %n</numerusform>
            <numerusform>{state} · {last} · في الانتظار: %n</numerusform>
            <numerusform>{state} · {last} · في الانتظار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes ahead: please set it right</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n دقيقة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بدقيقة واحدة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بدقيقتين: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n دقائق: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n دقيقة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n دقيقة: يُرجى ضبطها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minutes behind: please set it right</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n دقيقة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بدقيقة واحدة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بدقيقتين: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n دقائق: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n دقيقة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n دقيقة: يُرجى ضبطها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours ahead: please set it right</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n ساعة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بساعة واحدة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بساعتين: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n ساعات: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n ساعة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n ساعة: يُرجى ضبطها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hours behind: please set it right</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n ساعة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بساعة واحدة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بساعتين: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n ساعات: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n ساعة: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n ساعة: يُرجى ضبطها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days ahead: please set it right</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n يوم: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بيوم واحد: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بيومين: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n أيام: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n يومًا: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة بـ%n يوم: يُرجى ضبطها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n days behind: please set it right</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n يوم: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بيوم واحد: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بيومين: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n أيام: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n يومًا: يُرجى ضبطها</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة بـ%n يوم: يُرجى ضبطها</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: directly, {when}</source>
        <translation>{device}: مباشرة، {when}</translation>
    </message>
    <message>
        <source>{device}: through the service, {when}</source>
        <translation>{device}: عبر الخدمة المركزية، {when}</translation>
    </message>
    <message>
        <source>{device}: through the service</source>
        <translation>{device}: عبر الخدمة المركزية</translation>
    </message>
    <message>
        <source>{device}: not heard from since {when}</source>
        <translation>{device}: لا اتصال منذ {when}</translation>
    </message>
    <message>
        <source>{device}: not heard from</source>
        <translation>{device}: لا اتصال</translation>
    </message>
    <message numerus="yes">
        <source>%n devices heard directly</source>
        <translation>
            <numerusform>%n جهاز مباشرة</numerusform>
            <numerusform>%n جهاز مباشرة</numerusform>
            <numerusform>%n جهازان مباشرة</numerusform>
            <numerusform>%n أجهزة مباشرة</numerusform>
            <numerusform>%n جهازًا مباشرة</numerusform>
            <numerusform>%n جهاز مباشرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n through the service</source>
        <translation>
            <numerusform>%n عبر الخدمة المركزية</numerusform>
            <numerusform>%n عبر الخدمة المركزية</numerusform>
            <numerusform>%n عبر الخدمة المركزية</numerusform>
            <numerusform>%n عبر الخدمة المركزية</numerusform>
            <numerusform>%n عبر الخدمة المركزية</numerusform>
            <numerusform>%n عبر الخدمة المركزية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not heard from</source>
        <translation>
            <numerusform>%n دون اتصال</numerusform>
            <numerusform>%n دون اتصال</numerusform>
            <numerusform>%n دون اتصال</numerusform>
            <numerusform>%n دون اتصال</numerusform>
            <numerusform>%n دون اتصال</numerusform>
            <numerusform>%n دون اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>This must be filled in.</source>
        <translation>يجب تعبئة هذا الحقل.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>هذا قصير جداً.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>هذا طويل جداً.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>استخدم الأرقام فقط.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>يتكون رمز PIN من 4 إلى 12 رقماً.</translation>
    </message>
    <message>
        <source>This is not a valid UK postcode.</source>
        <translation>هذا ليس رمزاً بريدياً صالحاً في المملكة المتحدة.</translation>
    </message>
    <message>
        <source>There is already a store here.</source>
        <translation>يوجد مخزن بيانات هنا بالفعل.</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>القيمتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>يجب أن يبدأ العنوان بـ https://.</translation>
    </message>
    <message>
        <source>The files could not be written: check the disk and try again.</source>
        <translation>تعذّرت كتابة الملفات: تحقق من القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>لم ينجح ذلك: %1</translation>
    </message>
    <message>
        <source>The central service could not be reached. Check the address and the network, or set up a standalone hub.</source>
        <translation>تعذّر الوصول إلى الخدمة المركزية. تحقق من العنوان والشبكة، أو أعدّ مركزاً مستقلاً.</translation>
    </message>
    <message>
        <source>The central service refused the enrolment code (wrong, used or expired). Ask for a new one.</source>
        <translation>رفضت الخدمة المركزية رمز التسجيل (خاطئ أو مستخدم أو منتهي الصلاحية). اطلب رمزاً جديداً.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was saved; please try again.</source>
        <translation>حدث خطأ ما (%1). لم يُحفظ شيء؛ يرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
</TS>
