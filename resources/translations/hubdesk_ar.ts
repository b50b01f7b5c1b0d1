<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Machine-drafted translation, to be reviewed by a native speaker before use with families (see docs/kiosk.md, Translations). -->
<TS version="2.1" language="ar" sourcelanguage="en">
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
    <name>NotBuiltYetWindow</name>
    <message>
        <source>The front desk is not built yet (hubdesk.ui.desk.desk_window is missing).</source>
        <translation>مكتب الاستقبال غير جاهز بعد (hubdesk.ui.desk.desk_window غير موجود).</translation>
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
</TS>
