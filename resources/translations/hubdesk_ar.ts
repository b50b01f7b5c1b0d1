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
        <source>Both questions are optional: tap Next to skip.</source>
        <translation>كلا السؤالين اختياري: اضغط &quot;التالي&quot; للتخطي.</translation>
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
        <source>Only the first half (like NE1) is used, to plan services near you.</source>
        <translation>نستخدم الجزء الأول فقط (مثل NE1) لتخطيط الخدمات القريبة منك.</translation>
    </message>
    <message>
        <source>Is this your first time at a Family Hub?</source>
        <translation>هل هذه أول مرة تزور فيها مركز عائلة؟</translation>
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
        <source>That&apos;s fine</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <source>Staff sign everyone out when we close. Goodbye, and see you soon!</source>
        <translation>يسجّل الموظفون خروج الجميع عند الإغلاق. مع السلامة، نراك قريباً!</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
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
        <source>You are signed in already today. Leaving? Sign out here.</source>
        <translation>لقد سجّلت دخولك اليوم بالفعل. هل تغادر؟ سجّل خروجك هنا.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Please tick at least one person.</source>
        <translation>يرجى تحديد شخص واحد على الأقل.</translation>
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
        <source>I&apos;d like a private word</source>
        <translation>أودّ التحدث على انفراد</translation>
    </message>
    <message>
        <source>I&apos;d like a private word with someone</source>
        <translation>أودّ التحدث مع أحد على انفراد</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>This screen will start again soon, to keep your details private.</source>
        <translation>ستبدأ هذه الشاشة من جديد قريباً للحفاظ على خصوصية بياناتك.</translation>
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
        <source>Who is here today?</source>
        <translation>من حضر اليوم؟</translation>
    </message>
    <message>
        <source>Tap + for each person. No names needed.</source>
        <translation>اضغط + لكل شخص. لا حاجة إلى أسماء.</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>الأطفال والشباب</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Of them with SEND</source>
        <translation>منهم ذوو SEND</translation>
    </message>
    <message>
        <source>{band}, with SEND</source>
        <translation>{band}، مع SEND</translation>
    </message>
    <message>
        <source>Add a child by date of birth</source>
        <translation>أضف طفلاً حسب تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (day/month/year):</source>
        <translation>تاريخ ميلاد الطفل (يوم/شهر/سنة):</translation>
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
        <source>e.g. 25/12/2021</source>
        <translation>مثلاً 25/12/2021</translation>
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
        <source>QR code of your pass</source>
        <translation>رمز QR الخاص ببطاقتك</translation>
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
        <source>{hub} keeps a record of visits so that it can plan its groups and services.

If you finish without registering, we only count how many people came, the children&apos;s age groups, why you came and the first half of your postcode. No names are kept.

If you register, we also keep your first names and your children&apos;s dates of birth, so that next time you can sign in with one scan of your pass. Only staff at this Family Hub can see them. They are kept for two years after your last visit and then deleted.

You can ask at the front desk to see, correct or delete your details at any time.</source>
        <translation>يحتفظ {hub} بسجل للزيارات ليخطط لمجموعاته وخدماته.

إذا أنهيت دون تسجيل، فإننا نعدّ فقط عدد الحاضرين والفئات العمرية للأطفال وسبب الزيارة والجزء الأول من رمزك البريدي. لا نحتفظ بأي أسماء.

إذا سجّلت، نحتفظ أيضاً بأسمائكم الأولى وتواريخ ميلاد أطفالك، لتتمكن في المرة القادمة من تسجيل الدخول بمسحة واحدة لبطاقتك. لا يطّلع عليها إلا موظفو مركز العائلة هذا. نحتفظ بها لمدة سنتين بعد آخر زيارة ثم نحذفها.

يمكنك في أي وقت أن تطلب من مكتب الاستقبال الاطلاع على بياناتك أو تصحيحها أو حذفها.</translation>
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
        <source>Please speak to someone at the front desk when you are ready.</source>
        <translation>يرجى التحدث مع أحد في مكتب الاستقبال عندما تكون مستعداً.</translation>
    </message>
    <message>
        <source>Someone will come and find you for a quiet word soon.</source>
        <translation>سيأتي إليك أحد قريباً للتحدث بهدوء.</translation>
    </message>
    <message>
        <source>One moment...</source>
        <translation>لحظة من فضلك...</translation>
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
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register for a pass</source>
        <translation>التسجيل للحصول على بطاقة</translation>
    </message>
    <message>
        <source>First names only. We need each child&apos;s date of birth to count age groups.</source>
        <translation>الأسماء الأولى فقط. نحتاج تاريخ ميلاد كل طفل لحساب الفئات العمرية.</translation>
    </message>
    <message>
        <source>Register and sign in</source>
        <translation>سجّل وادخل</translation>
    </message>
    <message>
        <source>First name of adult {n}</source>
        <translation>الاسم الأول للبالغ {n}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation>الاسم الأول للطفل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>{band} (SEND)</source>
        <translation>{band} (SEND)</translation>
    </message>
    <message>
        <source>First name of child {n}</source>
        <translation>الاسم الأول للطفل {n}</translation>
    </message>
    <message>
        <source>Date of birth of child {n}</source>
        <translation>تاريخ ميلاد الطفل {n}</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Adult {n}</source>
        <translation>البالغ {n}</translation>
    </message>
    <message>
        <source>Child {n}</source>
        <translation>الطفل {n}</translation>
    </message>
    <message>
        <source>{who}, {problem}</source>
        <translation>{who}: {problem}</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>Have a Family Hub pass? Scan it, or type the code printed under the QR.</source>
        <translation>هل لديك بطاقة مركز العائلة؟ امسحها، أو اكتب الرمز المطبوع تحت رمز QR.</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <source>Pass code, e.g. ABCD-EFGH-J</source>
        <translation>رمز البطاقة، مثلاً ABCD-EFGH-J</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>انطلق</translation>
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
        <source>Scan your pass, or tap your name below.</source>
        <translation>امسح بطاقتك، أو اضغط على اسمك في الأسفل.</translation>
    </message>
    <message>
        <source>Signed in on this screen today:</source>
        <translation>من سجّلوا الدخول على هذه الشاشة اليوم:</translation>
    </message>
    <message>
        <source>Nobody is signed in on this screen at the moment.</source>
        <translation>لا أحد مسجّل الدخول على هذه الشاشة حالياً.</translation>
    </message>
    <message>
        <source>Skip: staff will sign us out</source>
        <translation>تخطَّ: سيسجّل الموظفون خروجنا</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n people)</source>
        <translation>
            <numerusform>{name} (لا أحد)</numerusform>
            <numerusform>{name} (شخص واحد)</numerusform>
            <numerusform>{name} (شخصان)</numerusform>
            <numerusform>{name} (%n أشخاص)</numerusform>
            <numerusform>{name} (%n شخصاً)</numerusform>
            <numerusform>{name} (%n شخص)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>مجموعة من %n أشخاص</numerusform>
            <numerusform>مجموعة من %n شخصاً</numerusform>
            <numerusform>مجموعة من %n شخص</numerusform>
        </translation>
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
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>Family Hubs are for children and young people up to 25.</source>
        <translation>مراكز العائلة مخصصة للأطفال والشباب حتى سن 25.</translation>
    </message>
    <message>
        <source>Over 19 is for young people with SEND: tick SEND if this applies.</source>
        <translation>فوق 19 سنة مخصص للشباب من ذوي SEND: حدّد SEND إن كان ذلك ينطبق.</translation>
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
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>عذراً، حدث خطأ ما. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
</TS>
